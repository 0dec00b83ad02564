"""A comment's text as HTML: paragraphs, line breaks and http(s) links, and nothing else.

Everything a commenter typed is escaped first; the only markup added is <p>, <br> and links to
http(s) addresses found in the text, each with rel="nofollow ugc noopener" (search engines give
them no weight, the page they open cannot reach back to this one). An address is one run of
non-space characters; punctuation that usually ends a sentence (".", ",", ")" without its "(")
stays outside the link.
"""

from __future__ import annotations

import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from comments.web_addresses import is_http_url

_ADDRESS = re.compile(r"\bhttps?://[^\s<>\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"»”’"
_PARAGRAPHS = re.compile(r"\n\s*\n")
# A link's text is cut here; its href keeps the whole address.
LINK_TEXT_LENGTH = 60


def _split_trailing(address: str) -> tuple[str, str]:
    """The address without the punctuation after it, and that punctuation."""
    end = len(address)
    while end > 0:
        last = address[end - 1]
        if last in _TRAILING or (
            last == ")" and address[:end].count("(") < address[:end].count(")")
        ):
            end -= 1
        else:
            break
    return address[:end], address[end:]


def _link(address: str) -> str:
    shown = address if len(address) <= LINK_TEXT_LENGTH else address[: LINK_TEXT_LENGTH - 1] + "…"
    return format_html('<a href="{}" rel="nofollow ugc noopener">{}</a>', address, shown)


def _linked(text: str) -> str:
    """`text` escaped, its http(s) addresses made links."""
    out: list[str] = []
    position = 0
    for match in _ADDRESS.finditer(text):
        # The punctuation cut off stays in the text, after the link.
        address, _punctuation = _split_trailing(match.group())
        if not is_http_url(address):
            continue
        out.append(escape(text[position : match.start()]))
        out.append(_link(address))
        position = match.start() + len(address)
    out.append(escape(text[position:]))
    return "".join(out)


def as_html(text: str) -> SafeString:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = [part.strip("\n") for part in _PARAGRAPHS.split(text) if part.strip()]
    html = "".join(
        "<p>" + "<br>".join(_linked(line) for line in part.split("\n")) + "</p>"
        for part in paragraphs
    )
    return mark_safe(html)  # noqa: S308 (every piece of text went through escape or format_html)
