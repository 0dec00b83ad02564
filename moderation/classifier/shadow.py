"""The shadow check: what a newly trained spam model would do to this site before it goes live.

Both models, the active one and the candidate, score the latest comments the site's moderators
decided (`shadow_comments`, default 2,000), each through its own thresholds as the gate would
apply them (moderation.classifier.slot): approved below the hold threshold, held at it, spam at
the spam threshold (on the starter regime only with a second signal). The report says what
would change (published -> held, held -> published, into and out of the spam folder), how each
model fares against the moderators' labels (precision, recall and false-positive rate of what
it holds or sends to spam), and the comments that would change most, with their texts and the
new model's reasons.

A candidate is worse when, on those labels, it holds or spams more of the moderators' ham or
lets through more of their spam than the active model does, by more than `shadow_margin` of
that ham or spam. "Never lose a reader" weighs in the same direction as the gate: a new model
that holds 1% more readers' comments is refused even if it catches more spam.

Not counted: the rules that are a second signal (links, moderation keys) for a spam verdict,
which the check cannot replay; both models miss them alike, so the comparison stands.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from moderation import history
from moderation.classifier import registry
from moderation.classifier.datasets import MODERATED, Labelled
from moderation.classifier.evaluate import Thresholds, is_spam
from moderation.classifier.features import Sample, has_signals
from moderation.classifier.model import SpamClassifier
from moderation.classifier.slot import in_force
from moderation.conf import gate_setting
from moderation.history import DecidedComment, ShadowScored
from moderation.models import SpamModel

BIGGEST = 20
EXCERPT = 300
APPROVE, HOLD, SPAM = "approve", "hold", "spam"
CALLS = [APPROVE, HOLD, SPAM]  # what a model's score makes of a comment


class ShadowError(Exception):
    """There is nothing to check: no such version, the wrong kind, or no decided comments."""


def sample_key(sample: Sample) -> str:
    """A short stable key of a comment's text, name and website (never shown, never an email)."""
    joined = "\x1f".join((sample.text, sample.name, sample.url))
    return hashlib.sha256(joined.encode()).hexdigest()[:20]


def held_out_scores(rows: Sequence[Labelled], scores: Iterable[float]) -> dict[str, float]:
    """The cross-validated scores of the moderators' comments among a training's rows."""
    return {
        sample_key(row.sample): round(float(score), 6)
        for row, score in zip(rows, scores, strict=True)
        if row.source == MODERATED
    }


@dataclass(frozen=True)
class Candidate:
    """A stored model version, loaded: its classifier and the thresholds the gate would use.

    `held_out` holds its cross-validated scores of the moderators' comments it trained on:
    those are scored as a model that had not seen them would score them. (The active model is
    scored as it is: it may have seen some of them, which only makes a new one look worse.)
    """

    version: int
    classifier: SpamClassifier
    thresholds: Thresholds
    held_out: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, row: SpamModel, with_held_out: bool = True) -> Candidate:
        if row.kind != SpamModel.Kind.SPAM:
            raise ShadowError(f"model v{row.pk} is an {row.kind} model: only spam models for now")
        stored = Thresholds(
            row.hold_threshold, row.spam_threshold, row.decision_threshold, row.regime
        )
        classifier = SpamClassifier.from_bytes(bytes(row.blob))
        return cls(row.pk, classifier, in_force(stored), row.held_out if with_held_out else {})

    def calls(self, samples: Sequence[Sample], signals: Sequence[bool]) -> list[tuple[float, str]]:
        """(score, action) for each comment, as the gate's classifier step decides."""
        found = []
        for sample, signal in zip(samples, signals, strict=True):
            known = self.held_out.get(sample_key(sample)) if self.held_out else None
            score = known if known is not None else self.classifier.score_one(sample)
            found.append((score, self.call(score, signal)))
        return found

    def call(self, score: float, signal: bool) -> str:
        """What the gate's classifier step makes of `score` under these thresholds."""
        if score < self.thresholds.hold:
            return APPROVE
        if is_spam(score, signal, self.thresholds):
            return SPAM
        return HOLD


@dataclass(frozen=True)
class Figures:
    """One model against the moderators' labels; "flagged" is held or sent to spam."""

    spam: int
    ham: int
    flagged_spam: int
    flagged_ham: int
    spammed_ham: int  # readers' comments it would put in the spam folder

    @property
    def precision(self) -> float | None:
        flagged = self.flagged_spam + self.flagged_ham
        return round(self.flagged_spam / flagged, 4) if flagged else None

    @property
    def recall(self) -> float | None:
        return round(self.flagged_spam / self.spam, 4) if self.spam else None

    @property
    def false_positive_rate(self) -> float | None:
        return round(self.flagged_ham / self.ham, 4) if self.ham else None

    def as_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "precision": self.precision,
            "recall": self.recall,
            "false_positive_rate": self.false_positive_rate,
        }


@dataclass(frozen=True)
class Change:
    """One comment the candidate would decide differently."""

    pk: int
    text: str
    is_spam: bool  # the moderator's label
    old_action: str
    old_score: float
    new_action: str
    new_score: float
    reasons: list[str] = field(default_factory=list)  # the candidate's strongest features


@dataclass(frozen=True)
class Live:
    """The live part: new comments the version scored in shadow while the active one decided."""

    comments: int
    changes: dict[str, int]
    # Of those, the ones moderators have since published or marked as spam.
    old: Figures
    new: Figures

    def as_dict(self) -> dict[str, Any]:
        return {
            "comments": self.comments,
            "changes": self.changes,
            "old": self.old.as_dict(),
            "new": self.new.as_dict(),
        }


@dataclass(frozen=True)
class Report:
    version: int
    against: int | None  # the active version, None when there is none
    comments: int
    changes: dict[str, int]
    old: Figures | None
    new: Figures
    biggest: list[Change]
    worse: bool
    why: str
    live: Live | None = None
    shadow_until: str | None = None  # when its shadow period ends (ISO time), if it has one

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "against": self.against,
            "comments": self.comments,
            "changes": self.changes,
            "old": self.old.as_dict() if self.old else None,
            "new": self.new.as_dict(),
            "biggest": [asdict(change) for change in self.biggest],
            "worse": self.worse,
            "why": self.why,
            "live": self.live.as_dict() if self.live else None,
            "shadow_until": self.shadow_until,
        }


def check(version: int | None = None, limit: int | None = None) -> Report:
    """The report for stored spam model `version` (default: the newest inactive one)."""
    rows = SpamModel.objects.filter(kind=SpamModel.Kind.SPAM)
    if version is None:
        row = rows.filter(active=False).order_by("-pk").first()
        if row is None:
            raise ShadowError("no inactive spam model to check: train one first")
    else:
        row = SpamModel.objects.filter(pk=version).first()  # Candidate.of refuses other kinds
        if row is None:
            raise ShadowError(f"there is no model v{version}")
    candidate = Candidate.of(row)
    live = rows.filter(active=True).exclude(pk=row.pk).first()
    limit = limit or gate_setting("shadow_comments")
    old = Candidate.of(live, with_held_out=False) if live else None
    report = compare(candidate, old, history.current().recently_decided(limit))
    scored = history.current().shadow_scored(row.pk, limit)
    return replace(
        report,
        live=compare_live(candidate, old, scored) if old and scored else None,
        shadow_until=row.shadow_until.isoformat() if row.shadow_until else None,
    )


def compare_live(new: Candidate, old: Candidate, scored: Sequence[ShadowScored]) -> Live:
    """The calls of both models on comments scored live: the active one's score is the one the
    gate used, the version's the one it gave in shadow."""
    kept = [row for row in scored if row.live_score is not None]
    signals = has_signals([Sample(r.content, r.author_name, r.author_url) for r in kept])
    changes = _no_changes()
    old_calls, new_calls = [], []
    for row, signal in zip(kept, signals, strict=True):
        assert row.live_score is not None
        before, after = old.call(row.live_score, signal), new.call(row.shadow_score, signal)
        if before != after:
            _count_change(changes, before, after)
        old_calls.append(before)
        new_calls.append(after)
    labelled = [i for i, row in enumerate(kept) if row.is_spam is not None]
    labels = [bool(kept[i].is_spam) for i in labelled]
    return Live(
        comments=len(kept),
        changes=changes,
        old=_figures(labels, [old_calls[i] for i in labelled]),
        new=_figures(labels, [new_calls[i] for i in labelled]),
    )


def start_shadow(row: SpamModel, days: float) -> datetime:
    """Put inactive spam version `row` in shadow for `days` (ending any other's shadow); returns
    when its shadow ends."""
    if row.kind != SpamModel.Kind.SPAM or row.active:
        raise ShadowError(f"model v{row.pk} is not an inactive spam model: nothing to shadow")
    until = timezone.now() + timedelta(days=days)
    with transaction.atomic():
        SpamModel.objects.filter(kind=row.kind, shadow_until__isnull=False).exclude(
            pk=row.pk
        ).update(shadow_until=None)
        SpamModel.objects.filter(pk=row.pk).update(shadow_until=until)
    row.shadow_until = until
    registry.forget()
    return until


def _no_changes() -> dict[str, int]:
    return {"published_to_held": 0, "held_to_published": 0, "to_spam": 0, "out_of_spam": 0}


def _count_change(changes: dict[str, int], before: str, after: str) -> None:
    """Count one comment whose call moves from `before` to `after` (they differ)."""
    if before == APPROVE:
        changes["published_to_held"] += 1
    elif after == APPROVE:
        changes["held_to_published"] += 1
    if after == SPAM:
        changes["to_spam"] += 1
    elif before == SPAM:
        changes["out_of_spam"] += 1


def compare(new: Candidate, old: Candidate | None, decided: Sequence[DecidedComment]) -> Report:
    samples = [Sample(c.content, c.author_name, c.author_url) for c in decided]
    signals = has_signals(samples)
    new_calls = new.calls(samples, signals)
    old_calls = old.calls(samples, signals) if old else None
    changes = _no_changes()
    biggest: list[Change] = []
    old_figures = None
    labels = [comment.is_spam for comment in decided]
    if old_calls is not None:
        moved: list[tuple[float, int]] = []
        for index, ((score, action), (old_score, old_action)) in enumerate(
            zip(new_calls, old_calls, strict=True)
        ):
            if action != old_action:
                _count_change(changes, old_action, action)
                moved.append((abs(score - old_score), index))
        biggest = [
            _change(decided[index], samples[index], new, new_calls[index], old_calls[index])
            for _, index in sorted(moved, reverse=True)[:BIGGEST]
        ]
        old_figures = _figures(labels, [action for _, action in old_calls])
    new_figures = _figures(labels, [action for _, action in new_calls])
    worse, why = _verdict(new_figures, old_figures)
    return Report(
        version=new.version,
        against=old.version if old else None,
        comments=len(decided),
        changes=changes,
        old=old_figures,
        new=new_figures,
        biggest=biggest,
        worse=worse,
        why=why,
    )


def _change(
    comment: DecidedComment,
    sample: Sample,
    new: Candidate,
    new_call: tuple[float, str],
    old_call: tuple[float, str],
) -> Change:
    _, reasons = new.classifier.explain(sample)
    return Change(
        pk=comment.pk,
        text=comment.content[:EXCERPT],
        is_spam=comment.is_spam,
        old_action=old_call[1],
        old_score=round(old_call[0], 4),
        new_action=new_call[1],
        new_score=round(new_call[0], 4),
        reasons=reasons,
    )


def _figures(labels: Sequence[bool], actions: Sequence[str]) -> Figures:
    pairs = list(zip(labels, actions, strict=True))
    spam = sum(labels)
    flagged_spam = sum(1 for label, action in pairs if label and action != APPROVE)
    flagged_ham = sum(1 for label, action in pairs if not label and action != APPROVE)
    spammed_ham = sum(1 for label, action in pairs if not label and action == SPAM)
    return Figures(spam, len(labels) - spam, flagged_spam, flagged_ham, spammed_ham)


def _verdict(new: Figures, old: Figures | None) -> tuple[bool, str]:
    if old is None:
        return False, "no active model to compare with"
    if not new.spam + new.ham:
        return False, "no comment decided by a moderator yet: nothing to compare on"
    margin = float(gate_setting("shadow_margin"))
    more_ham = (new.flagged_ham - old.flagged_ham) / new.ham if new.ham else 0.0
    more_spammed = (new.spammed_ham - old.spammed_ham) / new.ham if new.ham else 0.0
    missed = (old.flagged_spam - new.flagged_spam) / new.spam if new.spam else 0.0
    if more_ham > margin or more_spammed > margin:
        held = new.flagged_ham - old.flagged_ham
        return True, (
            f"worse: it would hold or spam {held} more of the moderators' {new.ham} approved "
            f"comments ({more_ham:+.1%}, margin {margin:.1%})"
        )
    if missed > margin:
        return True, (
            f"worse: it would let through {old.flagged_spam - new.flagged_spam} more of their "
            f"{new.spam} spam comments ({missed:.1%} of it, margin {margin:.1%})"
        )
    return False, "not worse on the moderators' labels"
