"""Which address a submission came from, and which network it counts against.

Behind a reverse proxy REMOTE_ADDR is the proxy, and the client is in X-Forwarded-For. That
header is only believed when the peer is a trusted proxy (TRUSTED_PROXIES); anyone else could
write anything there and escape the per-address limits by rotating it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from django.conf import settings
from django.http import HttpRequest

from moderation.conf import gate_setting

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# A header longer than this is not a real proxy chain; only its right-most part is read.
_MAX_FORWARDED_LENGTH = 2048


def parse_address(value: str) -> Address | None:
    """An address from a header entry, tolerating ports ("1.2.3.4:80", "[::1]:80"); else None."""
    value = value.strip()
    if value.startswith("["):
        value = value[1:].split("]", 1)[0]
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def trusted_proxies() -> list[Network]:
    """settings.TRUSTED_PROXIES (networks, or strings a host project wrote); none by default."""
    configured = getattr(settings, "TRUSTED_PROXIES", [])
    return [
        n
        if isinstance(n, ipaddress.IPv4Network | ipaddress.IPv6Network)
        else ipaddress.ip_network(str(n), strict=False)
        for n in configured
    ]


def _is_trusted(address: Address, trusted: Sequence[Network]) -> bool:
    return any(address in network for network in trusted)


def client_address(request: HttpRequest) -> str | None:
    peer = parse_address(str(request.META.get("REMOTE_ADDR", "")))
    if peer is None:
        return None
    trusted = trusted_proxies()
    if not trusted or not _is_trusted(peer, trusted):
        return str(peer)
    forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))[-_MAX_FORWARDED_LENGTH:]
    nearest = peer
    # Right to left: each trusted proxy appended the address it received the request from.
    for entry in reversed(forwarded.split(",")):
        address = parse_address(entry)
        if address is None:
            # Garbage can only come from the untrusted side: stop at the last hop we believe.
            break
        if not _is_trusted(address, trusted):
            return str(address)
        nearest = address
    return str(nearest)


def network_key(address: str | None) -> str | None:
    """The network an address counts against: IPv4 /32 and IPv6 /64 by default."""
    if not address:
        return None
    parsed = ipaddress.ip_address(address)
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped:
        parsed = parsed.ipv4_mapped
    prefix = gate_setting("ipv4_prefix") if parsed.version == 4 else gate_setting("ipv6_prefix")
    return str(ipaddress.ip_network(f"{parsed}/{prefix}", strict=False))
