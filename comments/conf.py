"""The one accessor for the comments app's tunables: settings.COMMENTS over comments.defaults."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from comments.defaults import DEFAULTS


def comments_setting(name: str) -> Any:
    overrides: dict[str, Any] = getattr(settings, "COMMENTS", {})
    if name in overrides:
        return overrides[name]
    try:
        return DEFAULTS[name]
    except KeyError:
        raise ImproperlyConfigured(f"unknown comments setting {name!r}") from None
