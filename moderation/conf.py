"""The one accessor for gate tunables: settings.COMMENT_GATE over moderation.defaults."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error
from django.core.exceptions import ImproperlyConfigured

from moderation.defaults import DEFAULTS


def unknown_keys(setting: str, defaults: dict[str, Any], moved: dict[str, str]) -> list[Error]:
    """A system check's errors for keys of settings.<setting> that are not tunables."""
    overrides = getattr(settings, setting, {})
    if not isinstance(overrides, dict):
        return [Error(f"settings.{setting} must be a dict", id="moderation.E001")]
    errors = []
    for key in sorted(set(overrides) - set(defaults)):
        hint = (
            f"It moved to settings.{moved[key]}."
            if key in moved
            else f"Known keys: {', '.join(sorted(defaults))}."
        )
        errors.append(
            Error(f"settings.{setting} has an unknown key {key!r}", hint=hint, id="moderation.E002")
        )
    return errors


# Tunables that were once gate settings and now belong to the comments app (settings.COMMENTS).
MOVED_TO_COMMENTS = dict.fromkeys(
    (
        "edit_minutes",
        "uncached_read_rates",
        "notify_per_hour",
        "email_link_days",
        "purge_after_days",
        "anonymise_after_days",
    ),
    "COMMENTS",
)


def check_gate_settings(**kwargs: Any) -> list[Error]:
    return unknown_keys("COMMENT_GATE", DEFAULTS, MOVED_TO_COMMENTS)


def gate_setting(name: str) -> Any:
    overrides: dict[str, Any] = getattr(settings, "COMMENT_GATE", {})
    if name in overrides:
        return overrides[name]
    try:
        return DEFAULTS[name]
    except KeyError:
        raise ImproperlyConfigured(f"unknown comment gate setting {name!r}") from None
