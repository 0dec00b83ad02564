"""A thread's URL is an http(s) address or a path on this site, never a script (issue 12, #14)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from comments.models import Thread

SCRIPT_URLS = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/",
    "ftp://files.example/a",
]
# Everything else the admin's add form needs, valid.
ADMIN_FORM = {
    "key": "artikel-baru",
    "title": "Artikel",
    "is_open": "on",
    "created_0": "2025-01-01",
    "created_1": "10:00:00",
}
# A link that runs something (the base page's own `<link rel="icon" href="data:,">` is no link).
SCRIPT_HREF = re.compile(r"<a\b[^>]*href=\"\s*(javascript|data|vbscript):", re.IGNORECASE)


def create_over_api(client: Client, url: str) -> Any:
    return client.post(
        "/api/v1/moderation/threads/",
        {"key": "artikel-baru", "title": "Artikel", "url": url},
        content_type="application/json",
    )


def test_it_refuses_a_javascript_url_over_the_api(moderator):
    response = create_over_api(moderator, "javascript:alert(1)")
    assert response.status_code == 400
    assert "url" in response.json()
    assert not Thread.objects.filter(key="artikel-baru").exists()


@pytest.mark.parametrize("url", SCRIPT_URLS, ids=repr)
def test_it_refuses_every_url_that_is_not_http_or_a_local_path(moderator, url):
    assert create_over_api(moderator, url).status_code == 400


@pytest.mark.parametrize("url", ["https://koran.example/artikel", "http://koran.example/", "/", ""])
def test_it_accepts_http_urls_local_paths_and_none(moderator, url):
    assert create_over_api(moderator, url).status_code == 201


def test_the_admin_refuses_a_javascript_url(db, django_user_model):
    client = Client(headers={"accept-language": "en"})
    client.force_login(django_user_model.objects.create_superuser("alice", password="pw-1234567"))
    response = client.post(
        "/admin/comments/thread/add/",
        {**ADMIN_FORM, "url": "javascript:alert(1)"},
    )
    assert response.status_code == 200  # the form again, with its error
    assert "url" in response.context["adminform"].form.errors
    assert not Thread.objects.filter(key="artikel-baru").exists()


@pytest.mark.parametrize("url", SCRIPT_URLS[:5], ids=repr)
def test_an_old_row_with_a_script_url_is_never_rendered_as_a_link(client, db, url):
    Thread.objects.create(key="artikel-lama", title="Artikel lama")
    # Rows written before URLs were validated (or by an import) never passed the validator.
    Thread.objects.filter(key="artikel-lama").update(url=url)
    response = client.get("/articles/artikel-lama/")
    assert response.status_code == 200
    assert not SCRIPT_HREF.search(response.content.decode())


def test_the_admin_accepts_an_http_url(db, django_user_model):
    client = Client(headers={"accept-language": "en"})
    client.force_login(django_user_model.objects.create_superuser("alice", password="pw-1234567"))
    response = client.post(
        "/admin/comments/thread/add/", {**ADMIN_FORM, "url": "https://koran.example/a"}
    )
    assert response.status_code == 302
    assert Thread.objects.get(key="artikel-baru").url == "https://koran.example/a"


def test_an_http_url_is_still_a_link(client, db):
    Thread.objects.create(key="artikel-lain", title="Artikel", url="https://koran.example/a")
    response = client.get("/articles/artikel-lain/")
    assert 'href="https://koran.example/a"' in response.content.decode()
