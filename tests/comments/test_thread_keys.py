"""A thread key is a slug and can never choose a template outside articles/ (issue 12, item 14)."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from comments.models import Thread

BAD_KEYS = ["../admin/login", "admin/login", "a.b", "artikel baru", "kunci\x00", ""]

# Everything the admin's add form needs, valid.
ADMIN_FORM = {
    "key": "artikel-baru",
    "title": "Artikel",
    "url": "",
    "is_open": "on",
    "created_0": "2025-01-01",
    "created_1": "10:00:00",
}


@pytest.fixture
def admin_client_en(db, django_user_model) -> Client:
    alice = django_user_model.objects.create_superuser("alice", password="pw-12345678")
    client = Client(headers={"accept-language": "en"})
    client.force_login(alice)
    return client


def create_over_api(client: Client, key: str) -> Any:
    return client.post(
        "/api/v1/moderation/threads/",
        {"key": key, "title": "Artikel"},
        content_type="application/json",
    )


def test_it_refuses_a_path_as_a_thread_key_over_the_api(moderator):
    response = create_over_api(moderator, "../admin/login")
    assert response.status_code == 400
    errors = response.json()
    assert "key" in errors
    assert "letters, digits, hyphens and underscores" in str(errors["key"])
    assert not Thread.objects.filter(key="../admin/login").exists()


@pytest.mark.parametrize("key", BAD_KEYS[1:-1], ids=repr)
def test_it_refuses_any_key_that_is_not_a_slug_over_the_api(moderator, key):
    before = Thread.objects.count()
    assert create_over_api(moderator, key).status_code == 400
    # Counted, not looked up by key: PostgreSQL refuses a NUL byte in any query.
    assert Thread.objects.count() == before


@pytest.mark.parametrize("key", ["artikel-baru", "Artikel_2025", "42"])
def test_it_accepts_slugs_over_the_api(moderator, key):
    assert create_over_api(moderator, key).status_code == 201
    assert Thread.objects.filter(key=key).exists()


def test_it_refuses_a_path_as_a_thread_key_in_the_admin(admin_client_en):
    response = admin_client_en.post(
        "/admin/comments/thread/add/", {**ADMIN_FORM, "key": "../admin/login"}
    )
    assert response.status_code == 200  # the form again, with its error
    assert list(response.context["adminform"].form.errors) == ["key"]
    assert "letters, digits, hyphens and underscores" in response.content.decode()
    assert not Thread.objects.filter(key="../admin/login").exists()


def test_the_admin_accepts_a_slug(admin_client_en):
    response = admin_client_en.post("/admin/comments/thread/add/", ADMIN_FORM)
    assert response.status_code == 302
    assert Thread.objects.filter(key="artikel-baru").exists()


@pytest.mark.parametrize("key", ["../admin/login", "../../templates/admin/login", "admin/login"])
def test_an_old_row_with_a_bad_key_gets_the_default_article_template(client, thread, key):
    # Rows written before keys were validated (or by an import) never passed the validator.
    Thread.objects.filter(pk=thread.pk).update(key=key)
    # An empty form comes back on the thread's page: the one way to render a key with a slash.
    response = client.post("/comments/post/", {"thread": key, "content": ""})
    assert response.status_code == 400
    names = [t.name for t in response.templates]
    assert "articles/default.html" in names
    assert not any(name and name.startswith("admin/") for name in names)
    assert 'id="login-form"' not in response.content.decode()


def test_a_slug_key_still_gets_its_own_article_template(client, thread):
    response = client.get("/")
    assert "articles/demo-article.html" in [t.name for t in response.templates]
