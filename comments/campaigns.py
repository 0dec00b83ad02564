"""Spam campaigns in storage: every stored comment's band keys, the campaign it joins or forms,
and the moderators' two answers, "mark all spam" and "not a campaign" (issue 14).

The gate (moderation.checks.campaigns) decides what to do with a new comment from the same
fingerprints (moderation.campaigns); this module keeps the campaigns it reads. The admin and the
API call these same functions.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db import connection, transaction
from django.db.models import CharField, Count, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Cast, Greatest, Least
from django.utils import timezone

from comments import events, services
from comments.history import StoredComments
from comments.models import BandKey, Campaign, CampaignMember, Comment, Decision
from moderation import campaigns
from moderation.campaigns import Review
from moderation.conf import gate_setting
from moderation.history import NearDuplicate
from moderation.sql_names import column, table
from moderation.verdict import CheckName

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def window() -> timedelta:
    return timedelta(hours=gate_setting("campaign_window_hours"))


def record(comment: Comment, near_duplicates: tuple[int, ...] | None = None) -> Campaign | None:
    """After a comment is stored: keep its band keys, and add it to the campaign it joins, or
    to a new one when it and its near-duplicates of the window make one. Returns the campaign.

    Near-duplicates in no campaign yet join with it, but only an unreviewed campaign: one that
    moderators reviewed keeps the members they reviewed.

    `near_duplicates` is what the gate found for this comment an instant ago (its verdict's):
    when that is none, most comments, the keys are all there is to do. A near-duplicate stored
    in that instant, in another request, is then not compared with this one now; the next one
    that comes finds both, so a campaign forms one comment later at most.
    """
    sought = campaigns.fingerprint(comment.content)
    if sought is None:
        return None
    _store_keys(comment, sought.keys)
    if near_duplicates == ():
        return None
    since = comment.created - window()
    near = StoredComments().near_duplicates(sought.keys, since, comment.pk)
    found = campaigns.match(
        sought, near, comment.author_digest, campaigns.network_of(comment.ip_address)
    )
    loose = {each.pk for each in found.loose}
    if found.campaign is not None:
        campaign = Campaign.objects.select_for_update().get(pk=found.campaign.pk)
        if campaign.status != Review.UNREVIEWED:
            loose = set()
    elif found.forms:
        campaign = Campaign.objects.create(first_seen=comment.created, last_seen=comment.created)
        loose |= _neighbours(found.loose, since)
        events.campaign_found(campaign)
    else:
        return None
    _join(campaign, [comment.pk, *sorted(loose)])
    return campaign


def _store_keys(comment: Comment, keys: tuple[int, ...]) -> None:
    """One INSERT of the comment's band keys, hand-written: bulk_create's preparation of a
    dozen model instances cost a tenth of a POST's CPU under benchmarks/load.py."""
    created = connection.ops.adapt_datetimefield_value(comment.created)
    params: list[Any] = []
    for key in keys:
        params += [comment.pk, key, created]
    with connection.cursor() as cursor:
        cursor.execute(_keys_sql(connection.vendor, len(keys)), params)


@functools.lru_cache(maxsize=8)
def _keys_sql(vendor: str, count: int) -> str:
    rows = ", ".join(["(%s, %s, %s)"] * count)
    names = ", ".join(column(BandKey, name) for name in ("comment", "key", "created"))
    # Only names from the model's own metadata go into the text; every value is a parameter.
    return f"INSERT INTO {table(BandKey)} ({names}) VALUES {rows}"  # noqa: S608


def _neighbours(nears: list[NearDuplicate], since: datetime) -> set[int]:
    """The near-duplicates, in no campaign yet, of these comments: a new campaign takes them in
    too. The keys find a given near-duplicate only most of the time (see moderation.campaigns),
    so the comment that starts a campaign misses some that its near-duplicates find. One step
    only, once per campaign."""
    found: set[int] = set()
    for near in nears:
        sought = campaigns.fingerprint(near.content)
        if sought is None:
            continue
        more = StoredComments().near_duplicates(sought.keys, since, near.pk)
        found |= {each.pk for each in campaigns.match(sought, more, near.commenter, "").loose}
    return found


def _join(campaign: Campaign, ids: Iterable[int]) -> None:
    """Add these comments to the campaign and count them in (the campaign row is locked or
    new, so two comments joining at once are counted one after the other)."""
    rows = list(
        Comment.objects.filter(pk__in=list(ids), campaign_membership__isnull=True)
        .order_by("pk")
        .values_list("pk", "thread_id", "author_digest", "ip_address", "created")
    )
    if not rows:
        return
    joining = [
        CampaignMember(
            comment_id=pk,
            campaign=campaign,
            thread_id=thread_id,
            commenter=digest,
            network=campaigns.network_of(address),
        )
        for pk, thread_id, digest, address, _created in rows
    ]
    people = {member.commenter for member in joining} - {""}
    places = {member.network for member in joining} - {""}
    threads = {member.thread_id for member in joining}
    known_people, known_places, known_threads = _already_in(campaign, people, places, threads)
    # A comment that joined another campaign an instant ago stays there.
    CampaignMember.objects.bulk_create(joining, ignore_conflicts=True)
    first = min(created for *_, created in rows)
    last = max(created for *_, created in rows)
    Campaign.objects.filter(pk=campaign.pk).update(
        size=F("size") + len(joining),
        commenters=F("commenters") + len(people - known_people),
        networks=F("networks") + len(places - known_places),
        threads=F("threads") + len(threads - known_threads),
        first_seen=Least(F("first_seen"), first),
        last_seen=Greatest(F("last_seen"), last),
    )


def _already_in(
    campaign: Campaign, people: set[str], places: set[str], threads: set[int]
) -> tuple[set[str], set[str], set[int]]:
    """Which of these commenters, networks and threads the campaign's members have already:
    one query (a union of three), however many comments join."""
    members = CampaignMember.objects.filter(campaign=campaign).order_by()

    def seen(field: str, values: set[Any], kind: str) -> QuerySet[Any]:
        as_text = Cast(field, CharField()) if field == "thread_id" else F(field)
        return (
            members.filter(**{f"{field}__in": list(values)})
            .annotate(kind=Value(kind), value=as_text)
            .values_list("kind", "value")
            .distinct()
        )

    found = seen("commenter", people, "c").union(
        seen("network", places, "n"), seen("thread_id", threads, "t")
    )
    known: dict[str, set[str]] = {"c": set(), "n": set(), "t": set()}
    for kind, value in found:
        known[kind].add(value)
    return known["c"], known["n"], {int(value) for value in known["t"]}


@dataclass(frozen=True)
class Reviewed:
    """What a review did: comments it moved (to spam, or published), and those it left."""

    campaign: Campaign
    changed: int
    kept: int


def mark_spam(campaign: Campaign, actor: User | None) -> Reviewed:
    """Every member to spam, each with its moderator's decision (so each is a training label),
    and later near-duplicates are spam at the gate. A member a moderator approved by itself is
    left as it is: that was a decision about that very comment."""
    with transaction.atomic():
        locked = Campaign.objects.select_for_update().get(pk=campaign.pk)
        members = Comment.objects.filter(campaign_membership__campaign=locked).exclude(
            status=Comment.Status.SPAM
        )
        approved = members.filter(
            status=Comment.Status.APPROVED,
            decisions__source=Decision.Source.HUMAN,
            decisions__action__in=[Decision.Action.APPROVE, Decision.Action.HAM],
        ).values_list("pk", flat=True)
        kept = set(approved)
        changed = 0
        for comment in members.exclude(pk__in=kept).order_by("pk"):
            services.moderate(
                comment, services.ModerationAction.SPAM, actor, via=f"campaign #{locked.pk}"
            )
            changed += 1
        _reviewed(locked, Review.SPAM, actor)
    return Reviewed(locked, changed, len(kept))


def not_campaign(campaign: Campaign, actor: User | None) -> Reviewed:
    """Not a campaign: its near-duplicates are no longer held, and members held for nothing
    but the campaign are published (each with its moderator's decision). Members held for
    another reason too wait for a moderator, as before."""
    with transaction.atomic():
        locked = Campaign.objects.select_for_update().get(pk=campaign.pk)
        held = Comment.objects.filter(
            campaign_membership__campaign=locked, status=Comment.Status.PENDING
        ).prefetch_related("decisions")
        changed = kept = 0
        for comment in held.order_by("pk"):
            holds = [d for d in comment.decisions.all() if d.action == Decision.Action.HOLD]
            if holds and all(d.check_name == CheckName.CAMPAIGN for d in holds):
                services.moderate(
                    comment,
                    services.ModerationAction.APPROVE,
                    actor,
                    via=f"campaign #{locked.pk}",
                )
                changed += 1
            else:
                kept += 1
        _reviewed(locked, Review.NOT_CAMPAIGN, actor)
    return Reviewed(locked, changed, kept)


def _reviewed(campaign: Campaign, status: Review, actor: User | None) -> None:
    campaign.status = status
    campaign.reviewed_by = actor
    campaign.reviewed_at = timezone.now()
    campaign.save(update_fields=["status", "reviewed_by", "reviewed_at"])
    recount(campaign)


def recount(campaign: Campaign) -> None:
    """Count the members again (a deleted comment leaves its campaign without a decrement)."""
    figures = CampaignMember.objects.filter(campaign=campaign).aggregate(
        size=Count("pk"),
        commenters=Count("commenter", distinct=True, filter=~Q(commenter="")),
        networks=Count("network", distinct=True, filter=~Q(network="")),
        threads=Count("thread", distinct=True),
    )
    Campaign.objects.filter(pk=campaign.pk).update(**figures)
    for name, value in figures.items():
        setattr(campaign, name, value)


def listed() -> QuerySet[Campaign]:
    """Campaigns, most recently active first, each with `sample`: its first comment's text."""
    first = (
        Comment.objects.filter(campaign_membership__campaign=OuterRef("pk"))
        .order_by("pk")
        .values("content")[:1]
    )
    return (
        Campaign.objects.annotate(sample=Subquery(first))
        .select_related("reviewed_by")
        .order_by("-last_seen", "-pk")
    )
