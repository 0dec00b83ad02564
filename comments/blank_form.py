"""The Leave a Reply form as a new reader gets it, rendered once per (thread, language) per process.

Rendering the form's widgets was most of the article page's time once the comment list came from
the cache (a profile of the 1,000-comment thread: 2.3 of 5.4 s, the `described` filter and
Django's widget templates). A blank form differs between readers in two values only: the CSRF
token and the signed form token (moderation.tokens). So it is rendered once with a placeholder
for each and kept in this process; each request puts its own two values in, escaped as the
template would have.

Only the blank form is kept: a form with what a reader typed, errors or a `?replytocom=` answer
is rendered for that request alone (comments.templatetags.comments_tags). Nothing in the blank
form comes from the database beyond the thread's key, which never changes, so the copy needs no
invalidation; a new deploy (templates, translations) starts new processes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

# Letters only, so escaping leaves them as they are and no real value can contain them.
CSRF_PLACEHOLDER = "BLANKFORMCSRFTOKENPLACEHOLDER"
FORM_TOKEN_PLACEHOLDER = "BLANKFORMSIGNEDTOKENPLACEHOLDER"  # noqa: S105 (not a secret)
_KEPT = 256  # (thread, language) pairs per process; a form is ~5 KB

_forms: OrderedDict[tuple[str, str], str] = OrderedDict()
_lock = threading.Lock()


def blank_form(
    thread_key: str, render: Callable[[], str], csrf_token: str, form_token: str
) -> SafeString:
    """The blank form of a thread in the active language, with this request's tokens.

    `render` renders it with CSRF_PLACEHOLDER and FORM_TOKEN_PLACEHOLDER as the two tokens; it
    runs when this process has no copy yet."""
    key = (thread_key, get_language() or "")
    with _lock:
        html = _forms.get(key)
        if html is not None:
            _forms.move_to_end(key)
    if html is None:
        html = render()
        with _lock:
            _forms[key] = html
            while len(_forms) > _KEPT:
                _forms.popitem(last=False)
    filled = html.replace(CSRF_PLACEHOLDER, escape(csrf_token)).replace(
        FORM_TOKEN_PLACEHOLDER, escape(form_token)
    )
    return mark_safe(filled)  # noqa: S308 (our template's output; the two values are escaped)


def forget() -> None:
    """Drop every kept form (tests that change templates or translations)."""
    with _lock:
        _forms.clear()
