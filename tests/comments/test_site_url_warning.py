"""A production start warns when SITE_URL, the base of moderators' links, is left at its default."""

from __future__ import annotations

from django.conf import settings as django_settings
from django.core import checks


def warning_ids() -> set[str]:
    return {message.id for message in checks.run_checks() if message.id}


def test_it_warns_with_debug_off_and_the_default_site_url(settings):
    settings.DEBUG = False
    settings.SITE_URL = django_settings.DEFAULT_SITE_URL
    assert "config.W001" in warning_ids()
    (warning,) = [m for m in checks.run_checks() if m.id == "config.W001"]
    assert warning.level == checks.WARNING
    assert "SITE_URL" in warning.msg


def test_it_is_quiet_with_a_real_site_url(settings):
    settings.DEBUG = False
    settings.SITE_URL = "https://komentar.koran.example"
    assert "config.W001" not in warning_ids()


def test_it_is_quiet_in_development(settings):
    settings.DEBUG = True
    settings.SITE_URL = django_settings.DEFAULT_SITE_URL
    assert "config.W001" not in warning_ids()
