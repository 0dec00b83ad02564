"""How the gate's verdicts turned out: the one count the dashboard and /metrics both show.

A window is a set of comments, not of decisions: the comments submitted since a moment, each
counted once under what the gate said of it and what moderators decided about it last. So the
figures of one window compare with each other (false positives over spam caught is a rate), and
a moderator's correction made today of a comment submitted 20 days ago moves the 30-day figure,
not the 7-day one.

Each comment's two facts come from its Decision rows:

- The gate's verdict: the strongest action of its gate rows, spam over hold over approve (the
  gate's own rule, moderation.gate). An edit passes the gate again; its rows count as well, so a
  comment the gate held at an edit counts as held.
- The moderators' last word: the action of its latest human row (approve, ham, spam, trash, or
  hold when a lifted ban put it back in the queue). A moderator who undoes a mistake has the last
  word, and a ban that removed a commenter's comments "as spam" wrote spam rows. The two are
  not put in time order: a moderator decides after the gate, except when an author edits within
  the edit window after an approval, and that edit's verdict then counts as if it came first.

Readers' reports (source "readers") and an author deleting their own comment ("author") are
neither. Comments without gate rows (imported, a moderator's replies) are in no count.

The outcomes, each a number of distinct comments:

- spam_caught: the gate sent it to the spam folder.
- held: the gate held it for a moderator (and did not call it spam).
- false_positives: the gate sent it to spam and moderators then published it (approve or not
  spam). A real comment lost in the spam folder is the costly error: its author hears nothing.
- held_approved: the gate held it and moderators then published it. A cautious hold, counted
  apart: the reader waited, but nothing was lost and a moderator looked.
- false_negatives: the gate published it (no hold, no spam) and moderators then marked it spam.
  Trash alone is not counted: moderators trash abuse and off-topic comments too, and trash is
  no spam label for training either.

The count is one query per window: the comments of the window read from the (status, -created)
index, and for each a lookup of the gate's verdict and of the last human action, both probes of
Decision's comment index (Decision has no index on its time, and needs none for this).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Case, Count, IntegerField, OuterRef, QuerySet, Subquery, When

from comments.models import Comment, Decision

# The windows the dashboard and /metrics show, in days.
WINDOW_DAYS = (7, 30)

_GATE_ACTIONS = (Decision.Action.APPROVE, Decision.Action.HOLD, Decision.Action.SPAM)
_PUBLISHED = (Decision.Action.APPROVE, Decision.Action.HAM)


@dataclass(frozen=True)
class GateOutcomes:
    """Distinct comments of one window by how the gate's verdict on them turned out."""

    spam_caught: int = 0
    held: int = 0
    false_positives: int = 0
    held_approved: int = 0
    false_negatives: int = 0

    def by_outcome(self) -> dict[str, int]:
        """The counts under their label values in comment_gate_outcomes{outcome}."""
        return {
            "spam_caught": self.spam_caught,
            "held": self.held,
            "false_positive": self.false_positives,
            "held_approved": self.held_approved,
            "false_negative": self.false_negatives,
        }


def submitted_since(since: datetime) -> QuerySet[Comment]:
    """The comments submitted since `since`.

    Naming every status looks like no filter, but it lets the database read the window from the
    (status, -created) index, one range per status, instead of scanning the whole table: no
    index leads with `created` alone.
    """
    return Comment.objects.filter(status__in=Comment.Status.values, created__gte=since)


def last_human_word() -> Subquery:
    """The action of a comment's latest human decision (a subquery on OuterRef("pk"))."""
    return Subquery(
        Decision.objects.filter(comment=OuterRef("pk"), source=Decision.Source.HUMAN)
        .order_by("-created", "-pk")
        .values("action")[:1]
    )


@dataclass(frozen=True)
class AbuseOutcomes:
    """Comments of one window the abuse classifier held or trashed, and how that turned out."""

    held: int = 0
    trashed: int = 0
    published_by_moderators: int = 0
    abusive_by_moderators: int = 0


def abuse_outcomes(since: datetime) -> AbuseOutcomes:
    """The abuse classifier's holds and trash among the comments submitted since `since`."""
    last_word = last_human_word()
    abuse = Decision.objects.filter(
        comment=OuterRef("pk"), source=Decision.Source.GATE, check_name="abuse"
    ).values("action")[:1]
    pairs = (
        submitted_since(since)
        .annotate(abuse=Subquery(abuse), last_word=last_word)
        .filter(abuse__isnull=False)
        .values_list("abuse", "last_word")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: Counter[str] = Counter()
    for said, last, n in pairs:
        counts["trashed" if said == Decision.Action.TRASH else "held"] += n
        if last in _PUBLISHED:
            counts["published_by_moderators"] += n
        elif last == Decision.Action.ABUSIVE:
            counts["abusive_by_moderators"] += n
    return AbuseOutcomes(**counts)


def gate_verdict() -> Subquery:
    """The gate's verdict on a comment, spam over hold over approve (a subquery on
    OuterRef("pk"))."""
    return Subquery(
        Decision.objects.filter(
            comment=OuterRef("pk"), source=Decision.Source.GATE, action__in=_GATE_ACTIONS
        )
        .annotate(
            severity=Case(
                When(action=Decision.Action.SPAM, then=2),
                When(action=Decision.Action.HOLD, then=1),
                default=0,
                output_field=IntegerField(),
            )
        )
        .order_by("-severity")
        .values("action")[:1]
    )


def gate_outcomes(since: datetime) -> GateOutcomes:
    """How the gate's verdicts on the comments submitted since `since` turned out (see above)."""
    verdict = gate_verdict()
    last_word = last_human_word()
    pairs = (
        submitted_since(since)
        .annotate(verdict=verdict, last_word=last_word)
        .values_list("verdict", "last_word")
        .annotate(n=Count("pk"))
        .order_by()
    )
    # Grouped by the two facts, not counted with one FILTER per outcome: SQLite would then run
    # both lookups again for every outcome. A few dozen groups at most come back.
    counts: Counter[str] = Counter()
    for said, last, n in pairs:
        published = last in _PUBLISHED
        if said == Decision.Action.SPAM:
            counts["spam_caught"] += n
            if published:
                counts["false_positives"] += n
        elif said == Decision.Action.HOLD:
            counts["held"] += n
            if published:
                counts["held_approved"] += n
        elif said == Decision.Action.APPROVE and last == Decision.Action.SPAM:
            counts["false_negatives"] += n
    return GateOutcomes(**counts)
