from __future__ import annotations

import ipaddress
from typing import Any

import pytest
from django.test import RequestFactory

from comments.models import Comment
from moderation.addresses import client_address, network_key
from tests.moderation.conftest import post_comment

PROXY = "10.0.0.5"


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.0/24")]


def address_of(remote: str, forwarded: str | None = None) -> str | None:
    meta: dict[str, Any] = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **meta))


def test_without_trusted_proxies_it_is_the_peer_whatever_the_header_says():
    assert address_of("198.51.100.7", "1.2.3.4") == "198.51.100.7"


def test_behind_a_trusted_proxy_it_is_the_rightmost_untrusted_address(behind_proxy):
    assert address_of(PROXY, "1.2.3.4") == "1.2.3.4"
    assert address_of(PROXY, "6.6.6.6, 1.2.3.4") == "1.2.3.4"
    assert address_of(PROXY, "6.6.6.6, 1.2.3.4, 10.0.0.9") == "1.2.3.4"
    assert address_of(PROXY, "[2001:db8::1]:443") == "2001:db8::1"
    assert address_of(PROXY, "1.2.3.4:5678") == "1.2.3.4"


def test_a_header_from_an_untrusted_peer_is_ignored(behind_proxy):
    assert address_of("198.51.100.7", "1.2.3.4") == "198.51.100.7"


@pytest.mark.parametrize(
    "forwarded", ["", "garbage", "1.2.3.4, not-an-ip, 10.0.0.9", ",,,", "999.1.1.1", "x" * 5000]
)
def test_a_malformed_header_never_breaks_anything(behind_proxy, forwarded):
    address = address_of(PROXY, forwarded)
    assert address is not None
    ipaddress.ip_address(address)


def test_networks_are_ipv4_32_and_ipv6_64():
    assert network_key("198.51.100.7") == "198.51.100.7/32"
    assert network_key("2001:db8:1:2:aaaa::1") == "2001:db8:1:2::/64"
    assert network_key("::ffff:198.51.100.7") == "198.51.100.7/32"
    assert network_key(None) is None


def test_a_spoofed_header_from_an_untrusted_peer_does_not_escape_the_limit(client, thread):
    statuses = [
        post_comment(
            client,
            thread,
            address="198.51.100.7",
            HTTP_X_FORWARDED_FOR=f"1.2.3.{n}",
            author_email=f"s{n}@example.id",
            content=f"isi berbeda {n}",
        ).status_code
        for n in range(7)
    ]
    # The flood interval (15 s) answers from the second comment on: all from one address.
    assert statuses == [302] + [429] * 6
    assert set(Comment.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}


def test_with_the_peer_trusted_two_forwarded_addresses_are_limited_separately(
    client, thread, settings, tune_gate
):
    settings.TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.0/24")]
    tune_gate(flood_interval=0)

    def post(forwarded: str, n: int) -> int:
        return post_comment(
            client,
            thread,
            address=PROXY,
            HTTP_X_FORWARDED_FOR=forwarded,
            author_email=f"p{n}@example.id",
            content=f"isi ke {n} dari {forwarded}",
        ).status_code

    first = [post("1.1.1.1", n) for n in range(6)]
    second = [post("2.2.2.2", n + 10) for n in range(6)]
    assert first == [302] * 5 + [429]
    assert second == [302] * 5 + [429]
    assert Comment.objects.filter(ip_address="1.1.1.1").count() == 5
    assert Comment.objects.filter(ip_address="2.2.2.2").count() == 5


def test_a_bad_trusted_proxies_value_stops_the_start():
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "DEBUG": "true", "TRUSTED_PROXIES": "10.0.0.0/8, not-a-network"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "TRUSTED_PROXIES: 'not-a-network' is not an IP address or network" in result.stderr
