"""Spam campaigns across threads: near-duplicates from three or more commenters or networks in
48 h are grouped; moderators mark them all spam or "not a campaign", in the admin and the API
(issue 14)."""

from __future__ import annotations

import itertools
import json
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

from comments import campaigns
from comments.history import near_duplicates_query
from comments.models import BandKey, Campaign, CampaignMember, Comment, Decision, Thread
from comments.services import ModerationAction, moderate
from moderation import history
from moderation.campaigns import fingerprint
from tests.conftest import comment_data

BASE = (
    "<em>Info</em> penting! Saya sudah buktikan sendiri: modal kecil bisa jadi jutaan rupiah per "
    "hari dari rumah. Caranya gampang sekali, tinggal hubungi admin kami lewat nomor di profil "
    "dan sebut kode promo HOKI88 hari ini juga"
)
SWAPS = [
    ("Saya sudah", "Aku sudah"),
    ("jutaan rupiah", "ratusan ribu"),
    ("per hari", "tiap hari"),
    ("gampang sekali", "mudah sekali"),
    ("admin kami", "admin kita"),
    ("hari ini juga", "sekarang juga"),
    ("dari rumah", "dari kos"),
    ("modal kecil", "modal receh"),
]
SIGNED = ["Rina", "Bayu", "Sinta", "Joko", "Maya"]
PAIRS = list(itertools.combinations(range(len(SWAPS)), 2))


def campaign_text(n: int) -> str:
    """The n-th variant of one spam message: two phrases changed, sometimes signed."""
    text = BASE
    for i in PAIRS[n * 3 % len(PAIRS)]:
        text = text.replace(*SWAPS[i])
    return text if n % 2 else f"{text}. Salam, {SIGNED[n % 5]}"


def address(n: int) -> str:
    return f"2001:db8:{n:x}::7" if n % 4 == 0 else f"198.18.{n}.20"


ORDINARY = [
    "Liputan soal harga cabai di pasar induk ini lengkap, tapi data bulan lalu belum ada.",
    "Saya tinggal dekat lokasi banjir itu, airnya sudah surut sejak kemarin sore.",
    "Semoga pemerintah daerah cepat memperbaiki jalan rusak menuju pelabuhan nelayan.",
    "The interview with the harbour master explains the new auction rules really well.",
    "Angka inflasi yang dikutip berbeda dengan rilis resmi, mohon dicek kembali.",
    "My grandmother sold fish at that market for forty years, thank you for the story.",
    "Apakah ada jadwal pelatihan koperasi berikutnya untuk warga di kecamatan kami?",
    "Foto-foto dermaga saat matahari terbit di artikel ini bagus sekali.",
    "Kenapa tarif listrik untuk usaha kecil naik lagi padahal baru tahun lalu?",
    "The second chart would be easier to read with the months on the bottom axis.",
]


@pytest.fixture
def threads(thread) -> list[Thread]:
    more = [Thread.objects.create(key=f"artikel-{n}", title=f"Artikel {n}") for n in range(4)]
    return [thread, *more]


def post(client, thread: Thread, content: str, n: int, email: str = "", ip: str = ""):
    data = comment_data(
        thread,
        content=content,
        author_name=f"Pembaca {n}",
        author_email=email or f"pembaca{n}@example.id",
    )
    return client.post(
        "/api/v1/comments/",
        {**data, "parent": None},
        content_type="application/json",
        REMOTE_ADDR=ip or address(n),
    )


def post_campaign(client, threads: list[Thread], count: int = 20) -> list[Comment]:
    posted = []
    for n in range(count):
        response = post(client, threads[n % len(threads)], campaign_text(n), n)
        assert response.status_code == 201, response.content
        posted.append(Comment.objects.get(pk=response.json()["id"]))
    return posted


def reasons(comment: Comment) -> list[str]:
    return list(comment.decisions.values_list("reason", flat=True))


@pytest.fixture
def campaign(client, threads) -> Campaign:
    post_campaign(client, threads)
    return Campaign.objects.get()


def test_twenty_variants_across_five_threads_are_one_campaign(client, threads):
    posted = post_campaign(client, threads)
    made = Campaign.objects.get()
    assert (made.size, made.commenters, made.threads) == (20, 20, 5)
    assert made.networks == 20
    assert set(CampaignMember.objects.values_list("comment_id", flat=True)) == {
        c.pk for c in posted
    }
    assert made.first_seen == posted[0].created and made.last_seen == posted[-1].created
    # The first two were published before anything looked like a campaign; the third started
    # it, every later one joined it, and none was rejected or called spam.
    assert [c.status for c in posted[:2]] == [Comment.Status.APPROVED] * 2
    assert all(c.status == Comment.Status.PENDING for c in posted[2:])
    assert any(
        r.startswith("held: starts a campaign: near-duplicate of 2 comments")
        for r in reasons(posted[2])
    )
    last = reasons(posted[-1])
    assert (
        f"held: joins campaign #{made.pk} (19 comments from 19 commenters on 19 networks in 1 h)"
        in last
    )


def test_ordinary_different_comments_are_not_grouped(client, threads):
    for n, text in enumerate(ORDINARY):
        assert post(client, threads[n % 5], text, n).status_code == 201
    assert not Campaign.objects.exists()
    assert BandKey.objects.count() == len(ORDINARY) * 12
    assert set(Comment.objects.values_list("status", flat=True)) == {Comment.Status.APPROVED}


def test_a_comment_the_gate_found_no_near_duplicate_of_costs_storage_one_query(
    threads, django_assert_num_queries
):
    ordinary = Comment.objects.create(thread=threads[0], content=ORDINARY[0])
    with django_assert_num_queries(1):  # its band keys; no second near-duplicate lookup
        assert campaigns.record(ordinary, near_duplicates=()) is None
    assert BandKey.objects.filter(comment=ordinary).count() == 12


def test_storage_looks_again_when_the_gate_found_near_duplicates(threads):
    # Two near-duplicates from other commenters: this third one starts a campaign in storage,
    # from a fresh lookup (what the gate saw may be an instant old).
    earlier = []
    for n in range(2):
        comment = Comment.objects.create(
            thread=threads[n],
            content=campaign_text(n),
            author_email=f"p{n}@example.id",
            ip_address=address(n),
        )
        campaigns.record(comment)
        earlier.append(comment)
    third = Comment.objects.create(
        thread=threads[2],
        content=campaign_text(2),
        author_email="p2@example.id",
        ip_address=address(2),
    )
    made = campaigns.record(third, near_duplicates=tuple(c.pk for c in earlier))
    assert made is not None
    made.refresh_from_db()
    assert made.size == 3


def test_a_short_stock_phrase_from_many_readers_is_no_campaign(client, threads):
    for n in range(6):
        assert post(client, threads[n % 5], "Mantap, terima kasih infonya!", n).status_code == 201
    assert not Campaign.objects.exists()
    assert not BandKey.objects.exists()
    assert fingerprint("Mantap, terima kasih infonya!") is None


def test_two_commenters_on_one_network_are_no_campaign_until_a_third_joins(client, threads):
    for n in range(6):
        who = n % 2
        ip = f"203.0.113.{10 + n}"  # one /24
        response = post(client, threads[n % 5], campaign_text(n), who, ip=ip)
        assert response.status_code == 201
    assert not Campaign.objects.exists()
    assert set(Comment.objects.values_list("status", flat=True)) == {Comment.Status.APPROVED}
    third = post(client, threads[0], campaign_text(7), 2, ip="203.0.113.99")
    assert Comment.objects.get(pk=third.json()["id"]).status == Comment.Status.PENDING
    made = Campaign.objects.get()
    assert (made.size, made.commenters, made.networks) == (7, 3, 1)


def test_one_commenter_from_three_networks_is_a_campaign(client, threads):
    for n in range(3):
        post(client, threads[n], campaign_text(n), 0, email="satu@example.id", ip=address(n + 1))
    made = Campaign.objects.get()
    assert (made.commenters, made.networks) == (1, 3)


@pytest.mark.parametrize(("hours_ago", "grouped"), [(47, True), (49, False)])
def test_only_comments_of_the_last_48_hours_count(client, threads, hours_ago, grouped):
    earlier = [post(client, threads[n], campaign_text(n), n).json()["id"] for n in range(2)]
    then = timezone.now() - timedelta(hours=hours_ago)
    Comment.objects.filter(pk__in=earlier).update(created=then)
    BandKey.objects.filter(comment_id__in=earlier).update(created=then)
    third = post(client, threads[2], campaign_text(2), 2).json()["id"]
    assert Campaign.objects.exists() is grouped
    status = Comment.objects.get(pk=third).status
    assert status == (Comment.Status.PENDING if grouped else Comment.Status.APPROVED)


def test_mark_all_spam_moves_members_to_spam_as_training_labels(campaign, client, threads):
    kept = Comment.objects.filter(campaign_membership__campaign=campaign).order_by("pk")[1]
    moderate(kept, ModerationAction.HAM, None)
    done = campaigns.mark_spam(campaign, None)
    assert (done.changed, done.kept) == (19, 1)
    members = Comment.objects.filter(campaign_membership__campaign=campaign)
    assert members.filter(status=Comment.Status.SPAM).count() == 19
    assert Comment.objects.get(pk=kept.pk).status == Comment.Status.APPROVED
    decision = Decision.objects.filter(check_name=f"campaign #{campaign.pk}").first()
    assert decision is not None and decision.source == Decision.Source.HUMAN
    assert decision.action == Decision.Action.SPAM
    labels = [label for label in history.current().moderated() if label.is_spam]
    assert {label.content for label in labels} == set(
        members.filter(status=Comment.Status.SPAM).values_list("content", flat=True)
    )
    campaign.refresh_from_db()
    assert campaign.status == Campaign.Status.SPAM
    # A later variant is spam at the gate, and joins.
    late = post(client, threads[0], campaign_text(21), 40).json()["id"]
    late_comment = Comment.objects.get(pk=late)
    assert late_comment.status == Comment.Status.SPAM
    assert f"spam: joins campaign #{campaign.pk}, 20 comments marked spam" in reasons(late_comment)
    assert Campaign.objects.get().size == 21


def test_not_a_campaign_publishes_what_it_held_and_stops_holding(campaign, client, threads):
    held = Comment.objects.filter(campaign_membership__campaign=campaign, status="pending")
    also_held = held.order_by("pk").first()
    assert also_held is not None
    Decision.objects.create(
        comment=also_held, source="gate", check_name="links", action="hold", reason="held: links"
    )
    done = campaigns.not_campaign(campaign, None)
    assert (done.changed, done.kept) == (17, 1)
    assert Comment.objects.get(pk=also_held.pk).status == Comment.Status.PENDING
    assert Comment.objects.filter(status=Comment.Status.APPROVED).count() == 19
    late = post(client, threads[0], campaign_text(21), 40).json()["id"]
    assert Comment.objects.get(pk=late).status == Comment.Status.APPROVED
    assert not any("campaign" in r for r in reasons(Comment.objects.get(pk=late)))


def test_the_admin_lists_campaigns_for_moderators_only(campaign, moderator, outsider, viewer):
    page = moderator.get("/admin/comments/campaign/")
    assert page.status_code == 200
    text = page.content.decode()
    assert f"#{campaign.pk}" in text
    assert "&lt;em&gt;Info&lt;/em&gt; penting!" in text and "<em>Info" not in text
    assert moderator.get(f"/admin/comments/campaign/{campaign.pk}/change/").status_code == 200
    assert outsider.get("/admin/comments/campaign/").status_code == 403
    assert viewer.get("/admin/comments/campaign/").status_code == 403


def test_the_admin_actions(campaign, moderator, outsider):
    denied = outsider.post(
        "/admin/comments/campaign/", {"action": "mark_all_spam", "_selected_action": [campaign.pk]}
    )
    assert denied.status_code == 403
    assert not Comment.objects.filter(status=Comment.Status.SPAM).exists()
    done = moderator.post(
        "/admin/comments/campaign/",
        {"action": "mark_all_spam", "_selected_action": [campaign.pk]},
        follow=True,
    )
    assert f"Campaign #{campaign.pk}: 20 comments marked spam." in done.content.decode()
    assert Comment.objects.filter(status=Comment.Status.SPAM).count() == 20
    assert (
        Decision.objects.filter(
            check_name=f"campaign #{campaign.pk}", actor__username="bob"
        ).count()
        == 20
    )
    moderator.post(
        "/admin/comments/campaign/",
        {"action": "mark_not_campaign", "_selected_action": [campaign.pk]},
    )
    assert Campaign.objects.get().status == Campaign.Status.NOT_CAMPAIGN


@pytest.fixture
def openapi(client, db) -> OpenAPI:
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    return OpenAPI.from_dict(json.loads(schema.content))


def matches_schema(openapi: OpenAPI, response) -> None:
    openapi.validate_response(
        DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response)
    )


def test_the_api_lists_and_reviews_campaigns_for_moderators(
    campaign, moderator, outsider, viewer, openapi
):
    url = "/api/v1/moderation/campaigns/"
    assert outsider.get(url).status_code == 403
    assert viewer.get(url).status_code == 403
    assert outsider.post(f"{url}{campaign.pk}/spam/").status_code == 403
    listed = moderator.get(url)
    matches_schema(openapi, listed)
    [shown] = listed.json()["results"]
    assert shown["id"] == campaign.pk and shown["status"] == "unreviewed"
    assert (shown["size"], shown["commenters"], shown["threads"]) == (20, 20, 5)
    assert shown["sample"] == campaign_text(0)
    assert moderator.post(f"{url}{campaign.pk}/nonsense/").status_code == 404
    assert moderator.post(f"{url}99999/spam/").status_code == 404
    spam = moderator.post(f"{url}{campaign.pk}/spam/")
    matches_schema(openapi, spam)
    body = spam.json()
    assert body["changed"] == 20 and body["campaign"]["status"] == "spam"
    assert body["campaign"]["reviewed_by"] == "bob"
    assert Comment.objects.filter(status=Comment.Status.SPAM).count() == 20
    back = moderator.post(f"{url}{campaign.pk}/not_campaign/")
    assert back.status_code == 200 and back.json()["campaign"]["status"] == "not_campaign"


def test_the_list_is_newest_first(client, threads, moderator):
    post_campaign(client, threads, count=3)
    older = Campaign.objects.get()
    Campaign.objects.filter(pk=older.pk).update(last_seen=timezone.now() - timedelta(days=3))
    newer = Campaign.objects.create(first_seen=timezone.now(), last_seen=timezone.now())
    ids = [c["id"] for c in moderator.get("/api/v1/moderation/campaigns/").json()["results"]]
    assert ids == [newer.pk, older.pk]


def test_the_lookup_is_an_index_probe_on_postgresql(thread):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's planner (CI's second run)")
    comments = Comment.objects.bulk_create(
        Comment(thread=thread, author_name="A", author_email="a@example.id", content=f"isi {n}")
        for n in range(500)
    )
    now = timezone.now()
    BandKey.objects.bulk_create(
        BandKey(comment=c, key=n * 7919 + band, created=now - timedelta(hours=n % 400))
        for n, c in enumerate(comments)
        for band in range(12)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE comments_bandkey")
    sql, params = near_duplicates_query(list(range(12)), now - timedelta(hours=48), None)
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "bandkey_key_created_idx" in plan, plan
    assert "Seq Scan on comments_bandkey" not in plan, plan
    assert "Seq Scan on comments_campaignmember" not in plan, plan
