from __future__ import annotations

from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Comments"

    def ready(self) -> None:
        from django.core import checks

        from comments.checks import check_comments_settings

        checks.register(check_comments_settings, checks.Tags.compatibility)
        from comments.history import StoredComments
        from moderation import history

        # The gate's questions about stored comments (duplicates, trust, training labels).
        history.register(StoredComments())
        from comments import events
        from moderation import signals

        # A new active spam model is an event for webhooks; moderation cannot call comments.
        signals.model_activated.connect(events.model_activated, dispatch_uid="comments.events")
        from django.db.models.signals import post_migrate

        from comments import moderators_group

        # The Moderators group is made again when a migrate (or a flush) finds it missing.
        post_migrate.connect(moderators_group.ensure, sender=self, dispatch_uid="comments.group")
