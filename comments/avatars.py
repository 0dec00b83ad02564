"""Identicon avatars derived from an HMAC of the email, drawn locally as SVG.

Gravatar-style avatars publish an unkeyed hash of the email, which anyone can match against a
list of addresses. Keying the hash with the server's secret makes the avatar stable for one
author on this site but useless for finding out who they are.
"""

from __future__ import annotations

import re

from moderation.identity import keyed_email_digest

AVATAR_KEY_LENGTH = 32
AVATAR_KEY_RE = re.compile(r"^[0-9a-f]{32}$")
_GRID = 5
_CELL = 8
_MARGIN = 4


def avatar_key(email: str) -> str:
    return keyed_email_digest(email, "avatar")[:AVATAR_KEY_LENGTH]


def identicon_svg(key: str) -> str:
    """A 5x5 left-right symmetric pattern, coloured by the key; the same key gives the same SVG."""
    if not AVATAR_KEY_RE.match(key):
        raise ValueError("not an avatar key")
    bits = int(key, 16)
    hue = bits % 360
    colour = f"hsl({hue}, 55%, 50%)"
    size = _GRID * _CELL + 2 * _MARGIN
    cells = []
    half = (_GRID + 1) // 2
    for col in range(half):
        for row in range(_GRID):
            bit = (bits >> (12 + col * _GRID + row)) & 1
            if not bit:
                continue
            for x in sorted({col, _GRID - 1 - col}):
                cells.append(
                    f'<rect x="{_MARGIN + x * _CELL}" y="{_MARGIN + row * _CELL}" '
                    f'width="{_CELL}" height="{_CELL}"/>'
                )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        f'width="{size}" height="{size}">'
        f'<rect width="{size}" height="{size}" fill="#f0f0f0"/>'
        f'<g fill="{colour}">{"".join(cells)}</g></svg>'
    )
