"""The figures of the admin dashboard, and its chart drawn as inline SVG."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from comments import calibration
from comments.models import Comment
from comments.outcomes import WINDOW_DAYS, abuse_outcomes, gate_outcomes, submitted_since
from moderation.conf import gate_setting
from moderation.models import SpamModel

CHART_DAYS = 30
_COLOURS = {"approved": "#2e7d32", "pending": "#f9a825", "spam": "#c62828", "trash": "#757575"}


def figures(now: datetime) -> dict[str, Any]:
    windows = []
    for days in WINDOW_DAYS:
        since = now - timedelta(days=days)
        recent = submitted_since(since)
        by_status = dict(recent.values_list("status").annotate(n=Count("pk")).order_by())
        windows.append(
            {
                "days": days,
                "total": sum(by_status.values()),
                "by_status": [
                    (status.label, by_status.get(status.value, 0)) for status in Comment.Status
                ],
                # The same function /metrics reads (comment_gate_outcomes): one set of figures.
                "outcomes": gate_outcomes(since),
                "abuse": abuse_outcomes(since),
            }
        )
    model = SpamModel.objects.filter(kind=SpamModel.Kind.SPAM, active=True).defer("blob").first()
    abuse_model = (
        SpamModel.objects.filter(kind=SpamModel.Kind.ABUSE, active=True).defer("blob").first()
    )
    return {
        "windows": windows,
        "model": model,
        "abuse_model": abuse_model,
        "abuse_hold_percent": _percent(abuse_model.hold_threshold) if abuse_model else "",
        "abuse_trash_percent": _percent(abuse_model.spam_threshold) if abuse_model else "",
        "hold_percent": _percent(model.hold_threshold) if model else "",
        "spam_percent": _percent(model.spam_threshold) if model else "",
        "calibrate_after": gate_setting("calibrate_after_labels"),
        "chart": daily_chart(now),
        **_calibration(now),
    }


def _calibration(now: datetime) -> dict[str, Any]:
    found = calibration.weeks(now)
    return {
        "calibration_weeks": [week for week in found if week.labelled],
        "calibration_chart": calibration.chart(found),
    }


def _percent(threshold: float) -> str:
    return "never" if threshold > 1 else f"{threshold:.1%}"


def daily_chart(now: datetime) -> SafeString:
    """Stacked bars of comments per day and status, last 30 days; numbers only, no user text."""
    # The site's calendar days, as TruncDate and __date cut them (the current time zone): from
    # UTC dates, today's comments vanished from the chart until UTC midnight.
    start = (timezone.localtime(now) - timedelta(days=CHART_DAYS - 1)).date()
    rows = (
        Comment.objects.filter(created__date__gte=start)
        .annotate(day=TruncDate("created"))
        .values_list("day", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: dict[tuple[Any, str], int] = {(day, status): n for day, status, n in rows}
    days = [start + timedelta(days=i) for i in range(CHART_DAYS)]
    totals = [sum(counts.get((day, s), 0) for s in _COLOURS) for day in days]
    peak = max([*totals, 1])
    width, height, bar = 620, 180, 18
    bars = []
    for i, day in enumerate(days):
        y: float = height - 20
        for status, colour in _COLOURS.items():
            n = counts.get((day, status), 0)
            if not n:
                continue
            h = round(n / peak * (height - 40), 1)
            y -= h
            bars.append((i * (bar + 2) + 30, round(y, 1), bar, h, colour, f"{day}: {n} {status}"))
    shapes = format_html_join(
        "", '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}</title></rect>', bars
    )
    legend = format_html_join(
        "",
        '<rect x="{}" y="4" width="10" height="10" fill="{}"/><text x="{}" y="13" '
        'font-size="11">{}</text>',
        (
            (30 + k * 90, colour, 44 + k * 90, status)
            for k, (status, colour) in enumerate(_COLOURS.items())
        ),
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" role="img" '
        'aria-label="Comments per day, last {} days">{}{}<text x="30" y="{}" font-size="11">'
        '{}</text><text x="{}" y="{}" font-size="11" text-anchor="end">{}</text>'
        '<text x="4" y="30" font-size="11">{}</text></svg>',
        width,
        height,
        CHART_DAYS,
        legend,
        shapes,
        height - 4,
        days[0],
        width - 10,
        height - 4,
        days[-1],
        peak,
    )
