"""What a refused commenter is told, and with which HTTP status: one table for the form, the
API and the embed.

The gate answers in its own terms (moderation.verdict.RejectCode and Retry-After seconds); this
module is the only place those become a status and a sentence in the commenter's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from moderation.verdict import RejectCode, Verdict


@dataclass(frozen=True)
class Rejection:
    status: int
    code: str  # the API's machine-readable "code"
    message: str
    retry_after: int | None = None


_STATUS_AND_MESSAGE: dict[RejectCode, tuple[int, Promise]] = {
    RejectCode.CLOSED: (403, _("Comments are closed for this article.")),
    RejectCode.BANNED: (403, _("You cannot comment on this site.")),
    RejectCode.DUPLICATE: (
        409,
        _("Duplicate comment detected; it looks as though you've already said that!"),
    ),
    RejectCode.RATE_LIMITED: (
        429,
        _("You are posting comments too quickly. Please wait %(seconds)d seconds and try again."),
    ),
}
_UNKNOWN = (400, _("The comment could not be accepted."))
# A suspension says until when, instead of the table's "cannot comment on this site".
_BANNED_UNTIL = _("You cannot comment until %(date)s.")
_TOLD = _("Reason: %(reason)s")


def rejection(verdict: Verdict) -> Rejection:
    """The answer to a rejected submission, in the active language."""
    status, message = _STATUS_AND_MESSAGE.get(verdict.code, _UNKNOWN) if verdict.code else _UNKNOWN
    text = str(message)
    if verdict.code == RejectCode.RATE_LIMITED:
        text = text % {"seconds": verdict.retry_after or 1}
    if verdict.code == RejectCode.BANNED:
        if verdict.until is not None:
            day = date_format(timezone.localtime(verdict.until), "DATE_FORMAT")
            text = str(_BANNED_UNTIL) % {"date": day}
        if verdict.told:
            text = f"{text} {str(_TOLD) % {'reason': verdict.told}}"
    code = verdict.code.value if verdict.code else "rejected"
    return Rejection(status, code, text, verdict.retry_after)


def nudge_message() -> str:
    """What an author is asked when the abuse classifier would hold their comment (the nudge:
    nothing is stored yet, the text is kept for them to edit or send again)."""
    return str(
        _(
            "Your comment may break our community guidelines. Edit it, or post it for a "
            "moderator to review."
        )
    )
