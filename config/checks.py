"""System checks for the deployment settings that Django's own `check --deploy` does not know."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security)
def site_url_is_set(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """Moderators' emails link to SITE_URL; in production the demo's address is a mistake."""
    if settings.DEBUG or settings.DEFAULT_SITE_URL.rstrip("/") != settings.SITE_URL:
        return []
    return [
        checks.Warning(
            f"SITE_URL is the development default ({settings.DEFAULT_SITE_URL}) with DEBUG off: "
            "the links in moderators' emails will not reach this site.",
            hint="Set SITE_URL to the public address, e.g. https://comments.example.org.",
            id="config.W001",
        )
    ]
