"""System checks of the comments app: its settings dict holds only known tunables."""

from __future__ import annotations

from typing import Any

from django.core.checks import Error

from comments.defaults import DEFAULTS
from moderation.conf import DEFAULTS as GATE_DEFAULTS
from moderation.conf import unknown_keys


def check_comments_settings(**kwargs: Any) -> list[Error]:
    return unknown_keys("COMMENTS", DEFAULTS, dict.fromkeys(GATE_DEFAULTS, "COMMENT_GATE"))
