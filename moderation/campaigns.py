"""Spam campaigns: near-duplicate comments from several commenters or networks (issue 14).

A comment's words (`moderation.fingerprints.words`: the shared normaliser's `fold`, so case,
look-alike letters and punctuation do not count) make a set of word pairs. MinHash (datasketch)
reduces that set to `campaign_bands` x `campaign_rows` values, and each band of
`campaign_rows` values is hashed into one 64-bit key. Two comments whose word-pair sets have
Jaccard similarity s share at least one key with probability 1 - (1 - s^r)^b; with 12 bands of
3 that is 0.80 at s = 0.5, 0.95 at 0.6, 0.28 at 0.3 and 0.0015 at 0.05. So the keys find the
candidates with an index probe, and the exact similarity of each candidate's word pairs decides
(`campaign_similarity`): a key shared by chance costs one comparison, never a false match.

The gate (`moderation.checks.campaigns`) and the storage (`comments.campaigns`) both compute
keys here, so a submission finds what was stored. Changing the seed, the bands or the rows
changes every key: comments stored before are no longer found, for one window (48 h) only,
since nothing older than the window is ever looked up.

Word pairs rather than single words: two unrelated comments share many single words ("the",
"yang") and few pairs. Measured on the shared Indonesian YouTube data (12,000 comments of 5
words or more, all in one window as a worst case): pairs at 0.5 put 46% of the spam and 1.5% of
the ham into campaigns, single words 54% and 2.5%; the ham that groups is mostly the same stock
greeting written by many viewers, which a moderator clears with "not a campaign".
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from datasketch import MinHash

from moderation.conf import gate_setting
from moderation.fingerprints import words
from moderation.history import CampaignFacts, NearDuplicate

# Fixed for good: the permutations, hence every stored key, follow from it.
SEED = 14
# datasketch's scheme, named so that a new default in a later version cannot change the keys.
SCHEME = "affine32"
# The networks that count apart: an IPv4 /24 or an IPv6 /64 is usually one subscriber or host.
IPV4_PREFIX = 24
IPV6_PREFIX = 64


class Review(StrEnum):
    """What moderators said about a campaign (stored as comments.Campaign.status)."""

    UNREVIEWED = "unreviewed"
    SPAM = "spam"
    NOT_CAMPAIGN = "not_campaign"


@dataclass(frozen=True)
class Fingerprint:
    """A comment's word pairs and its band keys."""

    shingles: frozenset[str]
    keys: tuple[int, ...]


def fingerprint(content: str) -> Fingerprint | None:
    """The fingerprint of a comment, or None when it is too short to form a campaign."""
    return _fingerprint(
        content,
        gate_setting("campaign_min_words"),
        gate_setting("campaign_bands"),
        gate_setting("campaign_rows"),
    )


@functools.lru_cache(maxsize=64)
def _fingerprint(content: str, min_words: int, bands: int, rows: int) -> Fingerprint | None:
    # Cached: the gate and then the storage fingerprint the same comment in one request.
    if len(words(content)) < min_words:
        return None
    pairs = shingles(content)
    signature = MinHash(
        num_perm=bands * rows, scheme=SCHEME, permutations=_permutations(bands * rows)
    )
    signature.update_batch([pair.encode() for pair in pairs])
    values = signature.hashvalues
    keys = tuple(
        _band_key(band, values[band * rows : (band + 1) * rows].tobytes()) for band in range(bands)
    )
    return Fingerprint(pairs, keys)


@functools.lru_cache(maxsize=4)
def _permutations(count: int) -> object:
    # Drawing them costs more than a whole signature: once per process.
    return MinHash(num_perm=count, seed=SEED, scheme=SCHEME).permutations


def _band_key(band: int, values: bytes) -> int:
    """A signed 64-bit key (a PostgreSQL bigint); the band's number is hashed in, so equal
    values in two different bands are two different keys."""
    digest = hashlib.blake2b(values, digest_size=8, salt=band.to_bytes(16, "little")).digest()
    return int.from_bytes(digest, "little", signed=True)


@functools.lru_cache(maxsize=512)
def shingles(content: str) -> frozenset[str]:
    """The comment's word pairs (its one word, for a one-word comment).

    Cached: the candidates of a live campaign are the same few comments, compared again at
    every submission that joins it.
    """
    folded = words(content)
    if len(folded) < 2:
        return frozenset(folded)
    return frozenset(f"{a} {b}" for a, b in itertools.pairwise(folded))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two sets of word pairs."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def network_of(address: str | None) -> str:
    """The network an address counts as for campaigns (IPv4 /24, IPv6 /64); "" when unknown."""
    if not address:
        return ""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return ""
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped:
        parsed = parsed.ipv4_mapped
    prefix = IPV4_PREFIX if parsed.version == 4 else IPV6_PREFIX
    return str(ipaddress.ip_network(f"{parsed}/{prefix}", strict=False))


@dataclass(frozen=True)
class Match:
    """What a comment's near-duplicates say about it."""

    # The near-duplicates (similarity at or over the threshold), most similar first.
    similar: list[NearDuplicate]
    # The campaign of the most similar near-duplicate that is in one: the comment joins it.
    campaign: CampaignFacts | None
    # Distinct commenters and networks of the comment and its near-duplicates in no campaign.
    commenters: int
    networks: int
    # Whether those reach `campaign_min_commenters` (in commenters or in networks): a new one.
    forms: bool

    @property
    def loose(self) -> list[NearDuplicate]:
        """The near-duplicates in no campaign yet."""
        return [near for near in self.similar if near.campaign is None]


def match(
    sought: Fingerprint, candidates: Iterable[NearDuplicate], commenter: str, network: str
) -> Match:
    """Compare a comment (`sought`, by `commenter` from `network`) with its candidates."""
    threshold = gate_setting("campaign_similarity")
    scored = [(similarity(sought.shingles, shingles(near.content)), near) for near in candidates]
    similar = [near for score, near in sorted(scored, key=lambda s: -s[0]) if score >= threshold]
    campaign = next((near.campaign for near in similar if near.campaign is not None), None)
    people = {commenter} | {near.commenter for near in similar if near.campaign is None}
    places = {network} | {network_of(near.address) for near in similar if near.campaign is None}
    people.discard("")
    places.discard("")
    needed = gate_setting("campaign_min_commenters")
    forms = campaign is None and max(len(people), len(places)) >= needed
    return Match(similar, campaign, len(people), len(places), forms)
