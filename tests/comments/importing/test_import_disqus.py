from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from comments.models import Comment, Thread
from tests.comments.importing.samples import DISQUS


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "disqus.xml"
    path.write_text(DISQUS, encoding="utf-8")
    return path


def run(path: Path) -> str:
    out = StringIO()
    call_command("import_disqus", str(path), stdout=out, verbosity=0)
    return out.getvalue()


def test_it_imports_threads_posts_replies_and_statuses(db, export):
    output = run(export)
    assert set(Thread.objects.values_list("key", "is_open")) == {
        ("pasar-malam", True),
        ("disqus-9002", False),
    }
    statuses = dict(Comment.objects.values_list("import_id", "status"))
    assert statuses == {
        "501": "approved",
        "502": "approved",
        "503": "approved",
        "504": "spam",
        "505": "trash",
        "506": "pending",
    }
    deepest = Comment.objects.get(import_id="503")
    assert deepest.depth == 3 and deepest.parent is not None
    assert deepest.parent.import_id == "502"
    assert deepest.author_name == "Çitra"
    assert deepest.content == "Balasan dari balasan & terima kasih."
    first = Comment.objects.get(import_id="501")
    assert first.content == "Akhirnya buka lagi!\nSampai jumpa di sana."
    assert first.author_name == "Ani Ö'Brien" and first.ip_address == "198.51.100.61"
    assert "a post without its id or thread" in output
    assert "Comments imported: 6" in output


def test_running_it_again_changes_nothing(db, export):
    run(export)
    before = list(Comment.objects.order_by("pk").values_list("pk", "status", "parent_id"))
    output = run(export)
    assert list(Comment.objects.order_by("pk").values_list("pk", "status", "parent_id")) == before
    assert "6 already imported before" in output
