from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def no_rate_limits(settings: Any) -> None:
    """Page tests post several comments from one address in a second; limits are tested apart."""
    settings.COMMENT_GATE = {"ip_rates": [], "email_rates": [], "flood_interval": 0}
