from __future__ import annotations

from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Comments"

    def ready(self) -> None:
        from comments.history import StoredComments
        from moderation import history

        # The gate's questions about stored comments (duplicates, trust, training labels).
        history.register(StoredComments())
