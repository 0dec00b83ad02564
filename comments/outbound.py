"""POSTing to an address a site owner typed in, without becoming a way into the private network.

Whoever may add a webhook endpoint could otherwise make this server call its own loopback, the
LAN or a cloud metadata service (SSRF). So, unless `webhooks_allow_private_addresses` is on:
- only http and https, no user name or password in the address;
- the host is resolved here and refused when ANY of its addresses is not public;
- the connection goes to an address checked here, never to the name again: a DNS answer that
  changes between the check and the connect (rebinding) cannot move it. TLS still checks the
  certificate against the name (SNI), and Host carries the name;
- redirects are never followed (a 3xx is a failed attempt): a public endpoint could otherwise
  send us on to an internal one.
http.client also ignores HTTP_PROXY and friends, which urllib would follow.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from comments.conf import comments_setting

_DEFAULT_PORTS = {"http": 80, "https": 443}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_MAX_ERROR = 200


class RefusedURL(ValueError):
    """An address this app will not post to; the message says why, for the admin form and log."""


class UnresolvedHost(RefusedURL):
    """The host has no address (now): a typo, or DNS that is down."""


@dataclass(frozen=True)
class Target:
    """A checked http(s) address, split the way a connection needs it."""

    scheme: str
    host: str
    port: int
    path: str


@dataclass(frozen=True)
class Outcome:
    """What one POST gave: the status code (None when no answer came), latency, a short error."""

    status_code: int | None
    latency_ms: int
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and self.status_code is not None and 200 <= self.status_code < 300


def parse(url: str) -> Target:
    """The address split into its parts, or RefusedURL saying what is wrong with it."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise RefusedURL(_("The address may not contain spaces or control characters."))
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise RefusedURL(_("This is not a valid web address.")) from None
    if parts.scheme not in _DEFAULT_PORTS:
        raise RefusedURL(_("Only http:// and https:// addresses can receive webhooks."))
    # "https://user:pass@host/" puts a password where logs and screens show it, and
    # "https://public.example@10.0.0.5/" reads as one host while connecting to another.
    if "@" in parts.netloc:
        raise RefusedURL(_("The address may not contain a user name or password."))
    if not parts.hostname:
        raise RefusedURL(_("The address has no host name."))
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(parts.scheme, parts.hostname, port or _DEFAULT_PORTS[parts.scheme], path)


def check_url(url: str) -> list[str]:
    """The addresses the URL may be posted to, or RefusedURL (UnresolvedHost if none)."""
    target = parse(url)
    return allowed_addresses(target.host, target.port)


def allowed_addresses(host: str, port: int) -> list[str]:
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise UnresolvedHost(_("The host name could not be resolved.")) from None
    # Scope ids ("fe80::1%eth0") are not part of the address.
    addresses = list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in found))
    if not addresses:
        raise UnresolvedHost(_("The host name could not be resolved."))
    if comments_setting("webhooks_allow_private_addresses"):
        return addresses
    for address in addresses:
        if not is_public(address):
            # One private answer is enough to refuse: which address a connection takes is
            # not ours to choose once a resolver hands out several.
            raise RefusedURL(
                _(
                    "%(address)s is a loopback, private or otherwise non-public address; "
                    "webhooks are only sent to public addresses."
                )
                % {"address": address}
            )
    return addresses


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        # IPv6 forms that carry an IPv4 address reach that address: judge it instead.
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public(str(embedded))
    # is_global also leaves out what is_private misses, such as 100.64.0.0/10 (carrier NAT).
    return ip.is_global and not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )


def post(url: str, body: bytes, headers: Mapping[str, str]) -> Outcome:
    """One POST of `body`, never raising: a refused address, a timeout or a 3xx is an Outcome."""
    started = time.monotonic()

    def elapsed() -> int:
        return round((time.monotonic() - started) * 1000)

    try:
        target = parse(url)
        addresses = allowed_addresses(target.host, target.port)
        status = _send(target, addresses, body, headers)
    except RefusedURL as refused:
        return Outcome(None, elapsed(), str(refused))
    except TimeoutError:
        return Outcome(None, elapsed(), _("timed out"))
    except (OSError, http.client.HTTPException) as failure:
        return Outcome(None, elapsed(), _describe(failure, url))
    if 300 <= status < 400:
        return Outcome(status, elapsed(), _("redirect refused"))
    if not 200 <= status < 300:
        return Outcome(status, elapsed(), f"HTTP {status}")
    return Outcome(status, elapsed())


def _send(target: Target, addresses: list[str], body: bytes, headers: Mapping[str, str]) -> int:
    timeout = float(comments_setting("webhook_timeout_seconds"))
    connection: http.client.HTTPConnection
    if target.scheme == "https":
        connection = _PinnedHTTPSConnection(target.host, target.port, addresses, timeout)
    else:
        connection = _PinnedHTTPConnection(target.host, target.port, addresses, timeout)
    try:
        connection.request("POST", target.path, body=body, headers=dict(headers))
        # Only the status counts; the body is never read, so a huge answer costs nothing.
        return connection.getresponse().status
    finally:
        connection.close()


def _connect_any(addresses: list[str], port: int, timeout: float) -> socket.socket:
    last: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection((address, port), timeout=timeout)
        except OSError as failure:
            last = failure
    assert last is not None  # allowed_addresses never returns an empty list
    raise last


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the addresses checked before, whatever the name resolves to by now."""

    def __init__(self, host: str, port: int, addresses: list[str], timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.addresses, self.limit = addresses, timeout

    def connect(self) -> None:
        self.sock = _connect_any(self.addresses, self.port, self.limit)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """As above, with TLS verified against the host name (SNI), not the address."""

    def __init__(self, host: str, port: int, addresses: list[str], timeout: float) -> None:
        self.tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self.tls)
        self.addresses, self.limit = addresses, timeout

    def connect(self) -> None:
        raw = _connect_any(self.addresses, self.port, self.limit)
        try:
            self.sock = self.tls.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise


def _describe(failure: BaseException, url: str) -> str:
    text = str(failure) or type(failure).__name__
    # A chat URL's path is its secret (Slack's hook id, Telegram's bot token): some
    # http.client errors quote the path, and the error is stored and shown.
    path = urlsplit(url).path
    if len(path) > 1:
        text = text.replace(path, "/…")
    return text[:_MAX_ERROR]
