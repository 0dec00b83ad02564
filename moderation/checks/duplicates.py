from __future__ import annotations

from datetime import UTC, datetime

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from moderation.checks.context import ReviewContext
from moderation.conf import gate_setting
from moderation.fingerprints import content_key
from moderation.verdict import Action, Reason

DUPLICATE_MESSAGE = _("Duplicate comment detected; it looks as though you've already said that!")


def duplicate(ctx: ReviewContext) -> list[Reason]:
    """The same words, in the same thread, from the same email or address, recently."""
    from comments.models import Comment

    sub = ctx.submission
    since = datetime.fromtimestamp(ctx.now - gate_setting("duplicate_window"), tz=UTC)
    same_author = Q(author_email__iexact=sub.author_email.strip())
    if sub.ip_address:
        same_author |= Q(ip_address=sub.ip_address)
    earlier = (
        Comment.objects.filter(
            thread=sub.thread, content_key=content_key(sub.content), created__gte=since
        )
        .exclude(status=Comment.Status.TRASH)
        .filter(same_author)
        .values_list("pk", flat=True)
        .first()
    )
    if earlier is None:
        return []
    text = f"rejected: duplicate of comment #{earlier}"
    return [Reason("duplicate", Action.REJECT, text, 409, None, DUPLICATE_MESSAGE)]
