"""How well the spam classifier agrees with the moderators, week by week (issue 19): the
dashboard's calibration table and chart.

A week is the comments submitted in it (as comments.outcomes counts its windows), each with
three facts from its Decision rows: the gate's verdict (spam over hold over approve), whether
the classifier itself held it or sent it to spam (its own "classifier" row), and the moderators'
last word. Against the comments moderators labelled (published, or marked as spam):

- precision: of those the classifier held or sent to spam, the share moderators marked as spam;
- recall: of those moderators marked as spam, the share the classifier held or sent to spam;
- false positives: the gate held or spammed it, a moderator published it;
- false negatives: the gate published it, a moderator marked it as spam.

One grouped query for all the weeks.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from comments.models import Decision
from comments.outcomes import gate_verdict, last_human_word, submitted_since
from moderation.verdict import CheckName

WEEKS = 12
_PUBLISHED = (Decision.Action.APPROVE, Decision.Action.HAM)
_FLAGGED = (Decision.Action.HOLD, Decision.Action.SPAM)


@dataclass(frozen=True)
class Week:
    start: date
    labelled: int
    spam: int  # labelled spam by moderators
    flagged: int  # labelled comments the classifier held or sent to spam
    flagged_spam: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float | None:
        return round(self.flagged_spam / self.flagged, 3) if self.flagged else None

    @property
    def recall(self) -> float | None:
        return round(self.flagged_spam / self.spam, 3) if self.spam else None


def weeks(now: datetime, count: int = WEEKS) -> list[Week]:
    """The last `count` weeks (Monday first), oldest first, every week present."""
    # Weeks of the site's own calendar, as TruncWeek cuts them (in the current time zone).
    first = (timezone.localtime(now) - timedelta(weeks=count - 1)).date()
    first -= timedelta(days=first.weekday())
    classifier = Decision.objects.filter(
        comment=OuterRef("pk"),
        source=Decision.Source.GATE,
        check_name=CheckName.CLASSIFIER,
        action__in=_FLAGGED,
    ).values("action")[:1]
    since = timezone.make_aware(datetime.combine(first, datetime.min.time()))
    rows = (
        submitted_since(since)
        .annotate(
            week=TruncWeek("created"),
            verdict=gate_verdict(),
            classifier=Subquery(classifier),
            last_word=last_human_word(),
        )
        .filter(last_word__in=[*_PUBLISHED, Decision.Action.SPAM])
        .values_list("week", "verdict", "classifier", "last_word")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for week, said, flagged_by_model, last, n in rows:
        day = week.date() if isinstance(week, datetime) else week
        tally = counts[day]
        is_spam = last == Decision.Action.SPAM
        tally["labelled"] += n
        tally["spam"] += n if is_spam else 0
        if flagged_by_model:
            tally["flagged"] += n
            tally["flagged_spam"] += n if is_spam else 0
        if said in _FLAGGED and not is_spam:
            tally["false_positives"] += n
        if said == Decision.Action.APPROVE and is_spam:
            tally["false_negatives"] += n
    found = []
    for k in range(count):
        start = first + timedelta(weeks=k)
        tally = counts.get(start, {})
        found.append(
            Week(
                start=start,
                labelled=tally.get("labelled", 0),
                spam=tally.get("spam", 0),
                flagged=tally.get("flagged", 0),
                flagged_spam=tally.get("flagged_spam", 0),
                false_positives=tally.get("false_positives", 0),
                false_negatives=tally.get("false_negatives", 0),
            )
        )
    return found


def chart(found: list[Week]) -> SafeString:
    """Precision and recall per week as two lines, false positives and negatives as bars below;
    numbers only, no user text."""
    width, height, left, step = 620, 200, 40, 46
    top, lines_bottom = 20, 120

    def y(value: float) -> float:
        return round(lines_bottom - value * (lines_bottom - top), 1)

    def line(values: list[float | None], colour: str, name: str) -> Any:
        points = " ".join(
            f"{left + i * step},{y(v)}" for i, v in enumerate(values) if v is not None
        )
        dots = format_html_join(
            "",
            '<circle cx="{}" cy="{}" r="3" fill="{}"><title>{}: {}</title></circle>',
            (
                (left + i * step, y(v), colour, name, f"{v:.0%}")
                for i, v in enumerate(values)
                if v is not None
            ),
        )
        return format_html(
            '<polyline points="{}" fill="none" stroke="{}" stroke-width="2"/>{}',
            points,
            colour,
            dots,
        )

    errors = [(w.false_positives, w.false_negatives) for w in found]
    peak = max([1, *(max(pair) for pair in errors)])
    bars = []
    for i, (fp, fn) in enumerate(errors):
        for offset, n, colour, name in ((-8, fp, "#c62828", "false positives"),
                                        (1, fn, "#f9a825", "false negatives")):  # fmt: skip
            h = round(n / peak * 50, 1)
            x = left + i * step + offset
            bars.append((x, round(height - 20 - h, 1), h, colour, f"{found[i].start}: {n} {name}"))
    shapes = format_html_join(
        "", '<rect x="{}" y="{}" width="7" height="{}" fill="{}"><title>{}</title></rect>', bars
    )
    # Coloured keys, dark text: the labels stay readable whatever the colours.
    legend = format_html_join(
        "",
        '<rect x="{}" y="3" width="10" height="10" fill="{}"/><text x="{}" y="12" '
        'font-size="11">{}</text>',
        (
            (left + k * 120, colour, left + 14 + k * 120, name)
            for k, (colour, name) in enumerate(
                [
                    ("#1565c0", "precision"),
                    ("#6a1b9a", "recall"),
                    ("#c62828", "false positives"),
                    ("#f9a825", "false negatives"),
                ]
            )
        ),
    )
    labels = format_html_join(
        "",
        '<text x="{}" y="{}" font-size="10" text-anchor="middle">{}</text>',
        ((left + i * step, height - 6, w.start.strftime("%d %b")) for i, w in enumerate(found)),
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" role="img" '
        'aria-label="Spam model against moderators per week: precision, recall, errors">'
        '<text x="4" y="{}" font-size="10">100%</text><text x="4" y="{}" font-size="10">0%</text>'
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#ccc"/>{}{}{}{}{}</svg>',
        width,
        height,
        top + 4,
        lines_bottom,
        left,
        lines_bottom,
        width - 10,
        lines_bottom,
        line([w.precision for w in found], "#1565c0", "precision"),
        line([w.recall for w in found], "#6a1b9a", "recall"),
        shapes,
        labels,
        legend,
    )
