"""The commenter page: one commenter's record, reports, notes and bans for moderators, named by
their commenter digest; emails only for those allowed to see them (issue 14)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from comments import banning, commenters
from comments.models import Comment, CommenterNote, Decision, Report
from moderation.identity import commenter_digest, keyed_digest
from moderation.models import Ban
from tests.conftest import make_comment

EMAIL = "sari.penulis@example.id"
DIGEST = commenter_digest(EMAIL)
OTHER = "budi.lain@example.id"
SECRET_NOTE = "Sering mengirim tautan judi; awasi komentarnya."


def ago(days: float):
    return timezone.now() - timedelta(days=days)


def profile_of(digest: str) -> commenters.Profile:
    found = commenters.profile(digest)
    assert found is not None
    return found


def page_url(digest: str) -> str:
    return f"/admin/comments/comment/commenter/{digest}/"


def by_author(comment: Comment) -> Comment:
    Decision.objects.create(
        comment=comment,
        source=Decision.Source.AUTHOR,
        action=Decision.Action.TRASH,
        reason="deleted by its author",
    )
    return comment


@pytest.fixture
def history(thread) -> dict[str, Comment]:
    """Sari's comments over 200 days, and one of Budi's that must not count for her."""
    made = {
        "oldest": make_comment(thread, author_email=EMAIL, created=ago(200), content="Pertama."),
        "old_spam": make_comment(
            thread, author_email=EMAIL, created=ago(120), status=Comment.Status.SPAM
        ),
        "approved": make_comment(thread, author_email=EMAIL, created=ago(10), content="Bagus."),
        "spam": make_comment(thread, author_email=EMAIL, created=ago(5), status="spam"),
        "trashed": make_comment(thread, author_email=EMAIL, created=ago(3), status="trash"),
        "own_delete": by_author(
            make_comment(thread, author_email=EMAIL, created=ago(2), status="trash")
        ),
        "pending": make_comment(
            thread, author_email=EMAIL, created=ago(1), status="pending", ip_address="203.0.113.7"
        ),
        "newest": make_comment(thread, author_email=EMAIL, content="Terbaru dari Sari."),
    }
    make_comment(thread, author_email=OTHER, status=Comment.Status.SPAM, content="Punya Budi.")
    return made


def test_it_counts_their_comments_by_status_with_first_and_last_seen(history):
    profile = profile_of(DIGEST)
    assert profile.counts == {"pending": 1, "approved": 3, "spam": 2, "trash": 2}
    assert profile.total == 8
    assert profile.first_seen == history["oldest"].created
    assert profile.last_seen == history["newest"].created
    assert [c.pk for c in profile.recent][:2] == [history["newest"].pk, history["pending"].pk]


def test_the_rejection_rate_reads_90_days_and_not_what_authors_deleted(history):
    record = profile_of(DIGEST).record
    # Approved: the newest and ten days ago. Rejected: spam and trash of the last week. The
    # author's own deletion, the pending one and the spam of 120 days ago do not count.
    assert (record.approved, record.rejected) == (2, 2)
    assert record.rejection_rate == 0.5
    assert profile_of(DIGEST).window_days == 90


def test_another_spelling_of_the_mailbox_is_the_same_commenter(thread):
    make_comment(thread, author_email="sari.penulis+berita@gmail.com", content="Satu.")
    make_comment(thread, author_email="saripenulis@googlemail.com", content="Dua.")
    digest = commenter_digest("sari.penulis@gmail.com")
    profile = profile_of(digest)
    assert profile.total == 2
    assert commenters.mailbox_spellings(digest) == [
        "sari.penulis+berita@gmail.com",
        "saripenulis@googlemail.com",
    ]


def test_a_signed_in_commenters_comments_under_another_email_are_theirs(thread, django_user_model):
    sari = django_user_model.objects.create_user("sari")
    make_comment(thread, author_email=EMAIL, user=sari)
    make_comment(thread, author_email="sari.kantor@example.id", user=sari, content="Dari kantor.")
    profile = profile_of(DIGEST)
    assert profile.user_ids == [sari.pk]
    assert profile.total == 2


def test_reports_against_them_are_counted_by_reason_without_who_reported(history):
    approved = history["approved"]
    for n, reason in enumerate(["abuse", "spam", "abuse"]):
        Report.objects.create(
            comment=approved, reason=reason, reporter=keyed_digest(f"user:{n}", "reporter")
        )
    other = Comment.objects.get(author_email=OTHER)
    Report.objects.create(comment=other, reason="off_topic", reporter="x" * 64)
    profile = profile_of(DIGEST)
    assert profile.reports_by_reason == {"abuse": 2, "spam": 1}
    assert len(profile.recent_reports) == 3
    assert {r.comment_id for r in profile.recent_reports} == {approved.pk}


def test_only_bans_in_force_on_them_are_shown(history, django_user_model):
    sari = django_user_model.objects.create_user("sari")
    Comment.objects.filter(pk=history["newest"].pk).update(user=sari)
    active = banning.ban(Ban.Kind.COMMENTER, EMAIL, reason="Spam berulang")
    by_user = banning.ban(Ban.Kind.USER, str(sari.pk), until=timezone.now() + timedelta(days=3))
    banning.ban(Ban.Kind.COMMENTER, EMAIL, until=ago(1))  # a suspension that has ended
    banning.ban(Ban.Kind.COMMENTER, OTHER)
    assert {b.pk for b in profile_of(DIGEST).bans} == {active.pk, by_user.pk}


def test_notes_are_kept_newest_first(history, django_user_model):
    bob = django_user_model.objects.create_user("bob")
    commenters.add_note(DIGEST, "Catatan pertama.", bob)
    commenters.add_note(DIGEST, "  Catatan kedua.  ", None)
    notes = profile_of(DIGEST).notes
    assert [n.text for n in notes] == ["Catatan kedua.", "Catatan pertama."]
    assert notes[1].written_by == bob
    with pytest.raises(ValueError):
        commenters.add_note(DIGEST, "   ", bob)
    with pytest.raises(ValueError):
        commenters.add_note(DIGEST, "x" * 1001, bob)


def test_a_digest_with_nothing_or_a_malformed_one_names_nobody(history):
    assert commenters.profile(commenter_digest("tidak.pernah@example.id")) is None
    assert commenters.profile(DIGEST.upper()) is None
    assert commenters.profile(DIGEST[:-1]) is None
    assert commenters.profile("../" + DIGEST) is None
    # A note, or a ban, is enough for a commenter to be found with no comment yet.
    stranger = commenter_digest("belum.komentar@example.id")
    banning.ban(Ban.Kind.COMMENTER, "belum.komentar@example.id")
    assert profile_of(stranger).total == 0


def test_the_page_for_a_moderator_shows_the_record_without_emails(moderator, history):
    response = moderator.get(page_url(DIGEST))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Terbaru dari Sari." in html
    assert '<td class="rejection-rate">50% (2 rejected of 4 decided)</td>' in html
    assert EMAIL not in html
    assert "203.0.113.7" not in html
    assert "Punya Budi." not in html


def test_the_page_shows_emails_and_addresses_only_with_the_permission(privileged, history):
    html = privileged.get(page_url(DIGEST)).content.decode()
    assert EMAIL in html
    assert "203.0.113.7" in html


@pytest.mark.parametrize("who", ["outsider", "viewer"])
def test_without_the_moderate_permission_it_is_forbidden(request, who, history):
    client = request.getfixturevalue(who)
    assert client.get(page_url(DIGEST)).status_code == 403
    # The same answer for a digest that names nobody: nothing to learn by probing.
    assert client.get(page_url(commenter_digest("siapa@example.id"))).status_code == 403


def test_a_viewer_sees_the_name_without_a_link_to_the_commenter_page(viewer, moderator, history):
    queue = "/admin/comments/comment/?status__exact=approved"
    assert page_url(DIGEST) not in viewer.get(queue).content.decode()
    assert page_url(DIGEST) in moderator.get(queue).content.decode()


@pytest.mark.parametrize(
    "digest", ["tidak-ada", "0" * 64, "A" * 64, "%00" * 3, "f" * 300, "%3Cscript%3E"]
)
def test_a_bad_or_unknown_digest_is_not_found(moderator, history, digest):
    assert moderator.get(page_url(digest)).status_code == 404


def test_the_page_escapes_what_commenters_typed(moderator, thread):
    make_comment(
        thread, author_email=EMAIL, author_name="<b>Sari</b>", content="<script>x()</script>"
    )
    html = moderator.get(page_url(DIGEST)).content.decode()
    assert "<script>x()</script>" not in html
    assert "&lt;script&gt;x()&lt;/script&gt;" in html
    assert "&lt;b&gt;Sari&lt;/b&gt;" in html


def test_reports_on_the_page_never_say_who_reported(moderator, history):
    reporter = keyed_digest("user:42", "reporter")
    Report.objects.create(
        comment=history["approved"], reason="abuse", note="Menghina.", reporter=reporter
    )
    html = moderator.get(page_url(DIGEST)).content.decode()
    assert "Abusive or hateful: 1" in html
    assert "Menghina." in html
    assert reporter not in html


def csrf_moderator(username: str = "bob") -> Client:
    client = Client(enforce_csrf_checks=True, headers={"accept-language": "en"})
    client.force_login(User.objects.get(username=username))
    return client


def form_token(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found is not None
    return found.group(1)


def test_a_moderator_adds_a_note_on_the_page(moderator, history):
    bob = csrf_moderator()
    token = form_token(bob.get(page_url(DIGEST)).content.decode())
    refused = bob.post(page_url(DIGEST), {"action": "note", "text": SECRET_NOTE})
    assert refused.status_code == 403
    assert not CommenterNote.objects.exists()
    response = bob.post(
        page_url(DIGEST), {"action": "note", "text": SECRET_NOTE, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert response["Location"] == page_url(DIGEST)
    note = CommenterNote.objects.select_related("written_by").get()
    assert (note.commenter, note.text) == (DIGEST, SECRET_NOTE)
    assert note.written_by is not None and note.written_by.username == "bob"
    html = bob.get(page_url(DIGEST)).content.decode()
    assert SECRET_NOTE in html and "Note added." in html


def test_an_empty_or_overlong_note_is_refused_on_the_page(moderator, history):
    for text in ["   ", "x" * 1001]:
        response = moderator.post(page_url(DIGEST), {"action": "note", "text": text})
        assert response.status_code == 200
        assert "errorlist" in response.content.decode()
    assert not CommenterNote.objects.exists()


def test_notes_are_never_public(client, moderator, history, thread):
    moderator.post(page_url(DIGEST), {"action": "note", "text": SECRET_NOTE})
    assert CommenterNote.objects.count() == 1
    article = client.get("/")
    assert article.status_code == 200
    assert "Terbaru dari Sari." in article.content.decode()
    assert SECRET_NOTE not in article.content.decode()
    api = client.get("/api/v1/comments/", {"thread": thread.key})
    assert SECRET_NOTE not in api.content.decode()
    assert DIGEST not in api.content.decode()


def test_the_comment_list_and_the_comment_link_to_the_commenter_page(moderator, history):
    listing = moderator.get("/admin/comments/comment/?status__exact=approved").content.decode()
    assert f'href="{page_url(DIGEST)}"' in listing
    change = moderator.get(f"/admin/comments/comment/{history['newest'].pk}/change/")
    assert f'href="{page_url(DIGEST)}"' in change.content.decode()


def test_a_moderator_suspends_them_from_the_page_and_lifts_it(moderator, history):
    response = moderator.post(
        page_url(DIGEST),
        {"action": "ban", "days": "7", "reason": "Spam judi", "remove_comments": "on"},
    )
    assert response.status_code == 302
    ban = Ban.objects.get()
    assert (ban.kind, ban.value, ban.reason, ban.created_by) == (
        "commenter",
        DIGEST,
        "Spam judi",
        "bob",
    )
    assert ban.until is not None
    assert timedelta(days=6) < ban.until - timezone.now() <= timedelta(days=7)
    assert Comment.objects.get(pk=history["newest"].pk).status == Comment.Status.TRASH
    assert "Terbaru dari Sari." in moderator.get(page_url(DIGEST)).content.decode()

    moderator.post(page_url(DIGEST), {"action": "lift", "ban": str(ban.pk)})
    assert not Ban.objects.exists()
    assert Comment.objects.get(pk=history["newest"].pk).status == Comment.Status.APPROVED


def test_a_ban_of_someone_else_cannot_be_lifted_from_this_page(moderator, history):
    theirs = banning.ban(Ban.Kind.COMMENTER, OTHER)
    response = moderator.post(page_url(DIGEST), {"action": "lift", "ban": str(theirs.pk)})
    assert response.status_code == 404
    assert Ban.objects.filter(pk=theirs.pk).exists()


def test_the_page_speaks_indonesian(moderator, history):
    html = moderator.get(page_url(DIGEST), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Tingkat penolakan, 90 hari terakhir" in html
    assert "2 ditolak dari 4 yang diputuskan" in html
    assert "Tambah catatan" in html
