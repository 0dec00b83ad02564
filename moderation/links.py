"""Counting links the way a reader would see them, including bare domains like gacor77.xyz."""

from __future__ import annotations

import re

# Top-level domains seen in comment spam and in ordinary links; a bare "word.tld" with one of
# these counts as a link. Plain file names ("setup.py") and versions ("v2.0") do not.
_TLDS = (
    "com|net|org|info|biz|xyz|top|vip|site|online|club|link|shop|store|app|io|co|me|ly|gl|gg|"
    "cc|tk|ml|ga|cf|bet|win|pro|live|fun|icu|cfd|sbs|id|my|asia|click|space|website|ru|cn|in|us"
)
LINK_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    rf"|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:{_TLDS})(?![\w-])(?:/[^\s<>\"']*)?"
)


def count_links(folded_text: str) -> int:
    """Links in text already folded (lower case, look-alikes undone)."""
    return len(LINK_RE.findall(folded_text))
