from __future__ import annotations

from datetime import UTC, datetime

from moderation import history
from moderation.checks.context import ReviewContext
from moderation.conf import gate_setting
from moderation.fingerprints import content_key, words
from moderation.verdict import Action, CheckName, Reason, RejectCode

# Fewer words than this are stock phrases ("Setuju sekali!") that many readers write alike.
CAMPAIGN_MIN_WORDS = 5


def duplicate(ctx: ReviewContext) -> list[Reason]:
    """The same words in the same thread, recently: refused from the same address, held from
    another when they are more than a stock phrase.

    The email plays no part. When it did, re-posting a public comment's text answered 409 only
    for its author's real email, which confirmed a guessed address; the client's address is the
    one thing a guesser cannot choose.
    """
    sub = ctx.submission
    since = datetime.fromtimestamp(ctx.now - gate_setting("duplicate_window"), tz=UTC)
    earlier = history.current().earlier_same_words(
        sub.thread.pk, content_key(sub.content), since, sub.ip_address, sub.editing_id
    )
    if earlier is None:
        return []
    pk = earlier.pk
    if earlier.same_address:
        text = f"rejected: duplicate of comment #{pk}"
        return [Reason(CheckName.DUPLICATE, Action.REJECT, text, RejectCode.DUPLICATE)]
    if len(words(sub.content)) < CAMPAIGN_MIN_WORDS:
        return []
    return [
        Reason(
            CheckName.DUPLICATE,
            Action.HOLD,
            f"held: same words as comment #{pk} from another address",
        )
    ]
