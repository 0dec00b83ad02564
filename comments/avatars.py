"""Identicon avatars drawn locally as SVG from a random key stored on each comment.

Gravatar-style avatars publish an unkeyed hash of the email, which anyone can match against a
list of addresses. A keyed hash of the email is no better for a reader: it is the same on every
thread (one person's comments are linked across the site), and anyone who types a victim's email
is shown the victim's avatar, then finds their comments by it. So the key is random, and a new
comment reuses one only from an earlier comment in the same thread that it proves to share an
author with (comments.services chooses).
"""

from __future__ import annotations

import re
import secrets

AVATAR_KEY_LENGTH = 32
AVATAR_KEY_RE = re.compile(r"^[0-9a-f]{32}$")
_GRID = 5
_CELL = 8
_MARGIN = 4


def new_avatar_key() -> str:
    return secrets.token_hex(AVATAR_KEY_LENGTH // 2)


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
