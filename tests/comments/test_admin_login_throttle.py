"""The admin login locks a username at an address after ten wrong passwords (issue 12, item 15)."""

from __future__ import annotations

import ipaddress
from typing import Any

import pytest
from django.http import HttpRequest
from django.test import Client

PASSWORD = "kata-sandi-yang-benar-2025"
ATTACKER = "203.0.113.66"
PROXY = "10.0.0.1"


@pytest.fixture
def alice(db, django_user_model):
    return django_user_model.objects.create_superuser("alice", password=PASSWORD)


@pytest.fixture
def bob(db, django_user_model):
    return django_user_model.objects.create_superuser("bob", password=PASSWORD)


def log_in(username: str, password: str, address: str = ATTACKER, **headers: Any) -> Any:
    """One try at the admin's login form from `address`, in a fresh browser."""
    client = Client(headers={"accept-language": "en"})
    response = client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )
    return response, client


def logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def fail(times: int, username: str = "alice", address: str = ATTACKER, **headers: Any) -> None:
    for _ in range(times):
        response, _client = log_in(username, "salah-lagi", address, **headers)
        assert response.status_code in (200, 429)


def test_it_refuses_the_right_password_after_ten_wrong_ones(alice):
    fail(10)
    response, client = log_in("alice", PASSWORD)
    assert response.status_code == 429
    assert "locked" in response.content.decode().lower()
    assert response["Retry-After"] == str(15 * 60)
    assert not logged_in(client)


def test_a_right_password_before_the_threshold_works(alice):
    fail(9)
    response, client = log_in("alice", PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_another_username_from_the_same_address_is_not_locked(alice, bob):
    fail(10)
    response, client = log_in("bob", PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_the_same_username_from_another_address_is_not_locked(alice):
    fail(10)
    response, client = log_in("alice", PASSWORD, address="198.51.100.20")
    assert response.status_code == 302
    assert logged_in(client)


def test_a_forged_forwarded_for_does_not_dodge_the_lock(alice):
    # No trusted proxy: X-Forwarded-For is the client's own writing and is not believed.
    for n in range(10):
        fail(1, HTTP_X_FORWARDED_FOR=f"192.0.2.{n + 1}")
    response, client = log_in("alice", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert response.status_code == 429
    assert not logged_in(client)


def test_behind_a_trusted_proxy_the_lock_is_on_the_forwarded_client(alice, settings):
    settings.TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.0/8")]
    fail(10, address=PROXY, HTTP_X_FORWARDED_FOR=ATTACKER)
    locked, _client = log_in("alice", PASSWORD, PROXY, HTTP_X_FORWARDED_FOR=ATTACKER)
    assert locked.status_code == 429
    # Another reader behind the same proxy is someone else.
    response, client = log_in("alice", PASSWORD, PROXY, HTTP_X_FORWARDED_FOR="198.51.100.20")
    assert response.status_code == 302
    assert logged_in(client)


def test_the_test_clients_login_works_when_handed_a_request(alice):
    # django-axes needs the request to know the address; force_login needs nothing.
    client = Client()
    assert client.login(request=HttpRequest(), username="alice", password=PASSWORD)
    assert logged_in(client)
