"""What a stored spam model would change on this site, checked on moderators' latest decisions."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper

from moderation.classifier import shadow
from moderation.models import SpamModel


class Command(BaseCommand):
    help = (
        "Score the latest comments moderators decided with a stored spam model and with the "
        "active one, and report what would change; the last line is the report as JSON."
    )

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        # Our --version is the model's: it replaces Django's "print Django's version".
        return super().create_parser(prog_name, subcommand, conflict_handler="resolve", **kwargs)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--version", type=int, help="the model version (default: the newest inactive one)"
        )
        parser.add_argument(
            "--shadow-days",
            type=float,
            metavar="DAYS",
            help="then run the version in shadow for DAYS: it scores every new comment beside the "
            "active model, deciding nothing, and later checks report on that live traffic too",
        )
        parser.add_argument(
            "--limit",
            type=int,
            help="how many of the latest decided comments (default: the shadow_comments setting)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["limit"] is not None and options["limit"] < 1:
            raise CommandError("--limit must be at least 1")
        days = options["shadow_days"]
        if days is not None and not 0 < days <= 365:
            raise CommandError("--shadow-days must be more than 0 and at most 365")
        try:
            report = shadow.check(options["version"], options["limit"])
            if days is not None:
                until = shadow.start_shadow(SpamModel.objects.get(pk=report.version), days)
                report = replace(report, shadow_until=until.isoformat())
        except shadow.ShadowError as error:
            raise CommandError(str(error)) from None
        write_report(self.stdout, report)
        self.stdout.write(json.dumps(report.as_dict()))


def write_report(out: OutputWrapper, report: shadow.Report) -> None:
    """The report as a moderator reads it (the JSON line is the caller's)."""
    against = f"active v{report.against}" if report.against else "no active model"
    out.write(
        f"Shadow check of spam model v{report.version} against {against}, on the "
        f"{report.comments} latest comments moderators decided."
    )
    if report.against is not None:
        c = report.changes
        out.write(
            f"Would change: {c['published_to_held']} published -> held, "
            f"{c['held_to_published']} held -> published, {c['to_spam']} into spam, "
            f"{c['out_of_spam']} out of spam."
        )
    for name, figures in (("active", report.old), ("new", report.new)):
        if figures is None:
            continue
        out.write(
            f"  {name:6} holds or spams {figures.flagged_spam} of {figures.spam} spam "
            f"(recall {_pct(figures.recall)}) and {figures.flagged_ham} of {figures.ham} "
            f"approved (false positives {_pct(figures.false_positive_rate)}, "
            f"{figures.spammed_ham} into spam); precision {_pct(figures.precision)}"
        )
    for change in report.biggest:
        label = "spam" if change.is_spam else "approved"
        out.write(
            f"  #{change.pk} ({label} by a moderator): {change.old_action} "
            f"{change.old_score:.0%} -> {change.new_action} {change.new_score:.0%}; "
            f"{', '.join(change.reasons) or 'no single feature stands out'}: "
            f"{change.text[:120]!r}"
        )
    if report.live is not None:
        live, c = report.live, report.live.changes
        out.write(
            f"Live, in shadow: {live.comments} new comments scored; it would have changed "
            f"{c['published_to_held']} published -> held, {c['held_to_published']} held -> "
            f"published, {c['to_spam']} into spam, {c['out_of_spam']} out of spam. Of them "
            f"moderators decided {live.new.spam + live.new.ham}: the active model flagged "
            f"{live.old.flagged_spam} of {live.old.spam} spam and {live.old.flagged_ham} of "
            f"{live.old.ham} approved, the new one {live.new.flagged_spam} and "
            f"{live.new.flagged_ham}."
        )
    if report.shadow_until:
        out.write(f"In shadow until {report.shadow_until}.")
    out.write(report.why[0].upper() + report.why[1:] + ".")


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"
