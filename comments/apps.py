from __future__ import annotations

from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Comments"

    def ready(self) -> None:
        # Saves and deletes of single comments move their thread's cache version; bulk
        # .update() calls (moderation, erasure) call read_cache.changed themselves.
        from django.db.models.signals import post_delete, post_save

        from comments import read_cache
        from comments.models import Comment

        def on_change(sender: object, instance: Comment, **kwargs: object) -> None:
            read_cache.changed([instance.thread_id])

        post_save.connect(on_change, sender=Comment, dispatch_uid="comments.read_cache")
        post_delete.connect(on_change, sender=Comment, dispatch_uid="comments.read_cache.del")
