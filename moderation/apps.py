from __future__ import annotations

from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from django.core import checks

        from moderation.conf import check_gate_settings

        checks.register(check_gate_settings, checks.Tags.compatibility)
        # Signals rather than save() overrides: the admin's bulk delete skips delete(), and a
        # stale rule book would keep matching a key a moderator just removed.
        from django.db.models.signals import post_delete, post_save

        from moderation import rulebook
        from moderation.models import GatePolicy, Rule

        for model in (Rule, GatePolicy):
            post_save.connect(rulebook.on_rules_changed, sender=model)
            post_delete.connect(rulebook.on_rules_changed, sender=model)
