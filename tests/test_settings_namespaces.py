"""Each app has its own settings dict, and a key neither knows is refused at start-up (issue 13)."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError


def errors_of(settings, **dicts) -> str:
    for name, value in dicts.items():
        setattr(settings, name, value)
    try:
        call_command("check", stdout=open("/dev/null", "w"))  # noqa: SIM115
    except SystemCheckError as error:
        return str(error)
    return ""


def test_known_keys_pass(settings):
    assert (
        errors_of(settings, COMMENT_GATE={"flood_interval": 0}, COMMENTS={"edit_minutes": 5}) == ""
    )


def test_a_misspelt_gate_key_is_refused_with_the_known_keys(settings):
    text = errors_of(settings, COMMENT_GATE={"flood_intervall": 0})
    assert "moderation.E002" in text and "'flood_intervall'" in text and "flood_interval" in text


def test_a_key_that_moved_says_where_it_went(settings):
    text = errors_of(settings, COMMENT_GATE={"edit_minutes": 5})
    assert "It moved to settings.COMMENTS." in text
    text = errors_of(settings, COMMENTS={"flood_interval": 5})
    assert "It moved to settings.COMMENT_GATE." in text


def test_the_comments_settings_are_read_from_their_own_dict(settings):
    from comments.conf import comments_setting

    settings.COMMENTS = {"edit_minutes": 3}
    assert comments_setting("edit_minutes") == 3
    with pytest.raises(Exception, match="unknown comments setting"):
        comments_setting("nope")
