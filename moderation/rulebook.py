"""The moderators' rules compiled for fast matching, shared by all checks of one review.

Compiling the keys into one regular expression per field keeps a review well under a
millisecond with hundreds of keys. Each process keeps its compiled copy and rebuilds it when the
version stamp in the shared cache changes (a rule was saved anywhere; looked at once a second),
or after `rules_cache_seconds` in case the cache was unreachable when the stamp moved.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache

from moderation.classifier.normalise import fold
from moderation.conf import gate_setting

logger = logging.getLogger(__name__)

_VERSION_KEY = "moderation:rulebook:version"
# A process looks at the shared version stamp at most this often: a rule saved in one process
# reaches the others within a second, and a busy process saves a cache round trip per review.
_STAMP_LOOK_SECONDS = 1.0
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class Keys:
    """One kind of keys (disallowed or moderation), ready to match."""

    words: re.Pattern[str] | None = None
    # Folded key -> the key as the moderator wrote it, to name it in the reason.
    originals: dict[str, str] = field(default_factory=dict)
    emails: dict[str, str] = field(default_factory=dict)
    networks: list[tuple[Network, str]] = field(default_factory=list)

    @classmethod
    def compile(cls, patterns: list[str]) -> Keys:
        words: dict[str, str] = {}
        emails: dict[str, str] = {}
        networks: list[tuple[Network, str]] = []
        for pattern in patterns:
            raw = pattern.strip()
            if not raw:
                continue
            network = _as_network(raw)
            if network is not None:
                networks.append((network, raw))
            elif "@" in raw:
                emails[fold(raw)] = raw
            else:
                words[fold(raw)] = raw
        regex = None
        if words:
            starts_word = [word for word in words if word[:1].isalnum()]
            anywhere = [word for word in words if not word[:1].isalnum()]
            # A key starting with a letter or digit must start a word: "slot" matches "slots"
            # and "slotgacor" but not "gas lot"; ".xyz" or "@spam.example" match anywhere.
            branches = []
            if starts_word:
                branches.append(r"(?<![a-z0-9])" + _trie_regex(starts_word))
            if anywhere:
                branches.append(_trie_regex(anywhere))
            regex = re.compile("|".join(branches))
        return cls(words=regex, originals=words, emails=emails, networks=networks)

    def match_text(self, *forms: str) -> str | None:
        if self.words is None:
            return None
        for form in forms:
            found = self.words.search(form)
            if found:
                return self.originals.get(found.group(0).strip(), found.group(0))
        return None

    def match_email(self, folded_email: str) -> str | None:
        if folded_email in self.emails:
            return self.emails[folded_email]
        return self.match_text(folded_email)

    def match_address(self, address: str | None) -> str | None:
        if not address or not self.networks:
            return None
        parsed = ipaddress.ip_address(address)
        for network, original in self.networks:
            if parsed.version == network.version and parsed in network:
                return original
        return None


def _as_network(raw: str) -> Network | None:
    try:
        return ipaddress.ip_network(raw, strict=False)
    except ValueError:
        return None


def _trie_regex(words: list[str]) -> str:
    """One alternation shaped as a trie ("kata(?:1|2)"), longest branch first.

    Python's regex engine tries the alternatives of a flat "a|b|c" one by one at every position;
    sharing prefixes lets it drop all keys but a few after the first character, which keeps a
    search with hundreds of keys in microseconds.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    # Longer matches first, so "slot gacor" is named rather than "slot" when both are keys.
    branches.sort(key=len, reverse=True)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends_here else f"(?:{'|'.join(branches)})"
    return f"{body}?" if ends_here else body


@dataclass(frozen=True)
class RuleBook:
    disallowed: Keys
    moderation: Keys
    hold_all: bool


_lock = threading.Lock()
_cached: dict[str, Any] = {}


def current() -> RuleBook:
    entry = _cached.get("entry")
    now = time.monotonic()
    looked_at = _cached.get("looked_at")
    if entry is not None and isinstance(looked_at, float) and now - looked_at < _STAMP_LOOK_SECONDS:
        return entry[0]
    version = _read_version()
    _cached["looked_at"] = now
    fresh_for = gate_setting("rules_cache_seconds")
    if entry is not None:
        book, built_for, built_at = entry
        if built_for == version and now - built_at < fresh_for:
            return book
    with _lock:
        book = _build()
        _cached["entry"] = (book, version, time.monotonic())
    return book


def invalidate() -> None:
    """Make every process rebuild its rule book on its next review."""
    _cached.clear()
    try:
        cache.set(_VERSION_KEY, uuid.uuid4().hex, None)
    except Exception:
        logger.warning("could not publish a rule change to the shared cache", exc_info=True)


def on_rules_changed(**kwargs: Any) -> None:
    invalidate()


def _read_version() -> str | None:
    try:
        return cache.get(_VERSION_KEY)
    except Exception:
        return None


def _build() -> RuleBook:
    from moderation.models import GatePolicy, Rule

    patterns: dict[str, list[str]] = {Rule.Kind.DISALLOWED: [], Rule.Kind.MODERATION: []}
    for kind, pattern in Rule.objects.filter(enabled=True).values_list("kind", "pattern"):
        patterns[kind].append(pattern)
    policy = GatePolicy.objects.filter(pk=1).first()
    return RuleBook(
        disallowed=Keys.compile(patterns[Rule.Kind.DISALLOWED]),
        moderation=Keys.compile(patterns[Rule.Kind.MODERATION]),
        hold_all=bool(policy and policy.hold_all),
    )
