"""The one accessor for gate tunables: settings.COMMENT_GATE over moderation.defaults."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from moderation.defaults import DEFAULTS


def gate_setting(name: str) -> Any:
    overrides: dict[str, Any] = getattr(settings, "COMMENT_GATE", {})
    if name in overrides:
        return overrides[name]
    try:
        return DEFAULTS[name]
    except KeyError:
        raise ImproperlyConfigured(f"unknown comment gate setting {name!r}") from None
