"""Creates the demo article's thread (key `demo-article`) served at `/`; safe to run again."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from comments.models import Thread
from comments.views.pages import DEMO_THREAD_KEY

DEMO_TITLE = "Koperasi Nelayan Uji Coba Aplikasi Pencatat Tangkapan yang Jalan Tanpa Sinyal"


class Command(BaseCommand):
    help = "Create the demo article thread if it does not exist yet."

    def handle(self, *args: Any, **options: Any) -> None:
        thread, created = Thread.objects.get_or_create(
            key=DEMO_THREAD_KEY, defaults={"title": DEMO_TITLE, "url": "/"}
        )
        verb = "Created" if created else "Already there:"
        self.stdout.write(f"{verb} thread {thread.key!r} ({thread.title})")
