from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def no_rate_limits(tune_gate: Callable[..., Any]) -> None:
    """Page tests post several comments from one address in a second; limits are tested apart."""
    tune_gate(ip_rates=[], email_rates=[], flood_interval=0)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate holds every submission, whatever it is."""
    from moderation import gate
    from moderation.verdict import Action, Reason, Verdict

    monkeypatch.setattr(
        gate,
        "review",
        lambda submission: Verdict(Action.HOLD, [Reason("test", Action.HOLD, "held for test")]),
    )
