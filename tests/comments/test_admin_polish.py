"""The admin as a new moderator finds it: only actions that change something, scores beside the
thresholds, score bands from the model, no Save where nothing can be saved, one history
heading, messages that count right, a moderator's reply and an easy suspension (issue 14)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from comments.models import Comment, Decision
from moderation.identity import commenter_digest
from moderation.models import Ban, SpamModel
from tests.conftest import logged_in, make_comment

LIST = "/admin/comments/comment/"


def moderate_url(comment: Comment, action: str) -> str:
    return f"/admin/comments/comment/{comment.pk}/moderate/{action}/"


def active_model(hold: float = 0.4, spam: float = 0.9) -> SpamModel:
    return SpamModel.objects.create(
        active=True,
        blob=b"",
        sha256="0" * 64,
        features_version=1,
        regularisation=8,
        hold_threshold=hold,
        spam_threshold=spam,
        decision_threshold=0.5,
    )


@pytest.fixture
def superuser(django_user_model):
    return logged_in(django_user_model.objects.create_superuser("root", "root@example.id", "pw"))


def bulk_options(html: str) -> set[str]:
    select = re.search(r'<select name="action".*?</select>', html, re.S)
    assert select, "no bulk action list on the page"
    return set(re.findall(r'<option value="(\w+)"', select.group(0)))


@pytest.mark.parametrize(
    ("status", "offered", "not_offered"),
    [
        ("pending", {"approve", "spam", "trash"}, {"ham"}),
        ("approved", {"spam", "trash"}, {"approve", "ham"}),
        ("spam", {"ham", "trash"}, {"approve", "spam"}),
        ("trash", {"approve", "spam"}, {"ham", "trash"}),
    ],
)
def test_it_offers_only_the_actions_that_change_the_comment(
    moderator, thread, status, offered, not_offered
):
    comment = make_comment(thread, status=status)
    change_page = moderator.get(f"{LIST}{comment.pk}/change/").content.decode()
    queue = moderator.get(LIST, {"status__exact": status}).content.decode()
    for html in (change_page, queue):
        for action in offered:
            assert moderate_url(comment, action) in html
        for action in not_offered:
            assert moderate_url(comment, action) not in html


def test_the_bulk_actions_follow_the_status_filter(moderator, thread):
    for status in Comment.Status:  # Django shows no bulk actions over an empty list
        make_comment(thread, status=status)

    def offered(**query: str) -> set[str]:
        return bulk_options(moderator.get(LIST, query).content.decode())

    approved = offered(status__exact="approved")
    assert {"mark_spam", "trash", "ban_authors"} <= approved
    assert not {"approve", "mark_ham"} & approved
    spam = offered(status__exact="spam")
    assert "mark_ham" in spam and not {"approve", "mark_spam"} & spam
    assert "mark_ham" not in offered(status__exact="pending")
    # Without a status filter every action is there.
    assert {"approve", "mark_spam", "mark_ham", "trash", "ban_authors"} <= offered(q="")


def test_bulk_actions_still_work_on_a_filtered_list(moderator, thread):
    caught = make_comment(thread, status=Comment.Status.SPAM, content="bukan spam sebenarnya")
    response = moderator.post(
        f"{LIST}?status__exact=spam", {"action": "mark_ham", "_selected_action": [caught.pk]}
    )
    assert response.status_code == 302
    caught.refresh_from_db()
    assert caught.status == Comment.Status.APPROVED


def test_scores_are_percentages_beside_the_active_thresholds(moderator, thread):
    active_model(hold=0.4, spam=0.9)
    comment = make_comment(thread, status=Comment.Status.PENDING, score=0.873)
    queue = moderator.get(LIST, {"status__exact": "pending"}).content.decode()
    assert "spam score (hold ≥ 40%, spam ≥ 90%)" in queue.lower()
    assert "87.3%" in queue
    change_page = moderator.get(f"{LIST}{comment.pk}/change/").content.decode()
    assert "87.3% (hold ≥ 40%, spam ≥ 90%)" in change_page


def test_the_thresholds_shown_are_the_ones_settings_impose(moderator, thread, tune_gate):
    active_model(hold=0.4, spam=0.9)
    tune_gate(hold_threshold=0.25)
    comment = make_comment(thread, status=Comment.Status.PENDING, score=0.3)
    change_page = moderator.get(f"{LIST}{comment.pk}/change/").content.decode()
    assert "30% (hold ≥ 25%, spam ≥ 90%)" in change_page


def test_scores_read_with_the_languages_decimal_mark(moderator, thread):
    active_model()
    comment = make_comment(thread, status=Comment.Status.PENDING, score=0.873)
    page = moderator.get(f"{LIST}{comment.pk}/change/", headers={"accept-language": "id"})
    assert "87,3%" in page.content.decode()


@pytest.fixture
def scored(thread):
    return {
        score: make_comment(
            thread, status=Comment.Status.PENDING, content=f"skor {score}", score=score
        )
        for score in (0.1, 0.3, 0.5, 0.95)
    }


def listed(moderator, **query) -> set[int]:
    response = moderator.get(LIST, {"status__exact": "pending", **query})
    return {c.pk for c in response.context["cl"].result_list}


def test_the_score_bands_follow_the_active_models_thresholds(moderator, scored):
    active_model(hold=0.4, spam=0.9)
    assert listed(moderator, score="low") == {scored[0.1].pk, scored[0.3].pk}
    assert listed(moderator, score="mid") == {scored[0.5].pk}
    assert listed(moderator, score="high") == {scored[0.95].pk}
    html = moderator.get(LIST, {"status__exact": "pending"}).content.decode()
    assert "below hold (&lt; 40%)" in html
    assert "held (40% to 90%)" in html
    assert "spam (≥ 90%)" in html


def test_without_a_model_the_bands_fall_back_to_fixed_ones(moderator, scored):
    assert listed(moderator, score="low") == {scored[0.1].pk}
    assert listed(moderator, score="mid") == {scored[0.3].pk, scored[0.5].pk}
    assert listed(moderator, score="high") == {scored[0.95].pk}
    html = moderator.get(LIST, {"status__exact": "pending"}).content.decode()
    assert "uncertain (20% to 80%)" in html


def test_a_model_that_never_says_spam_has_an_empty_spam_band(moderator, scored):
    active_model(hold=0.4, spam=1.01)
    assert listed(moderator, score="high") == set()
    assert "spam (never with this model)" in moderator.get(LIST, {"score": "high"}).content.decode()


def save_buttons(html: str) -> set[str]:
    return set(re.findall(r'name="(_save|_continue|_addanother|_saveasnew)"', html))


def test_no_save_buttons_where_nothing_can_be_saved(moderator, viewer, superuser, thread):
    comment = make_comment(thread, status=Comment.Status.PENDING)
    # Dana may only look; Bob may moderate, but every field of a comment is read-only.
    assert save_buttons(viewer.get(f"{LIST}{comment.pk}/change/").content.decode()) == set()
    assert save_buttons(moderator.get(f"{LIST}{comment.pk}/change/").content.decode()) == set()
    model = active_model()
    url = f"/admin/moderation/spammodel/{model.pk}/change/"
    assert save_buttons(superuser.get(url).content.decode()) == set()


def test_pages_with_something_to_change_keep_their_save_buttons(superuser, db):
    made = Ban.objects.create(kind=Ban.Kind.NETWORK, value="203.0.113.0/24")
    html = superuser.get(f"/admin/moderation/ban/{made.pk}/change/").content.decode()
    assert "_save" in save_buttons(html)


def test_the_history_heading_appears_once_and_each_reason_once(moderator, thread):
    comment = make_comment(thread, status=Comment.Status.PENDING)
    Decision.objects.create(
        comment=comment,
        source=Decision.Source.GATE,
        check_name="links",
        action="hold",
        reason="held: 3 links, 2 or more are held",
    )
    html = moderator.get(f"{LIST}{comment.pk}/change/").content.decode()
    assert html.count("History: the gate&#x27;s reasons and moderators&#x27; actions") == 1
    assert html.count("held: 3 links, 2 or more are held") == 1


def test_a_comment_without_history_says_so(moderator, thread):
    comment = make_comment(thread, status=Comment.Status.PENDING)
    html = moderator.get(f"{LIST}{comment.pk}/change/").content.decode()
    assert "No decisions recorded yet." in html


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def bulk(moderator, action: str, comments: list[Comment], query: str = "?q="):
    return moderator.post(
        LIST + query,
        {"action": action, "_selected_action": [c.pk for c in comments]},
        follow=True,
    )


def test_the_messages_count_one_and_many_right(moderator, thread):
    one = [make_comment(thread, status=Comment.Status.PENDING)]
    two = [make_comment(thread, status=Comment.Status.PENDING) for _ in range(2)]
    assert "1 comment: Approved." in messages_of(bulk(moderator, "approve", one))
    assert "2 comments: Approved." in messages_of(bulk(moderator, "approve", two))


def test_the_ban_message_counts_commenters_and_comments(moderator, thread):
    troll = make_comment(thread, author_email="troll@example.id")
    assert "Banned 1 commenter. Moved 1 comment to the trash." in messages_of(
        bulk(moderator, "ban_authors", [troll])
    )
    first = make_comment(thread, author_email="satu@example.id")
    make_comment(thread, author_email="satu@example.id")
    second = make_comment(thread, author_email="dua@example.id")
    assert "Banned 2 commenters. Moved 3 comments to the trash." in messages_of(
        bulk(moderator, "ban_authors", [first, second])
    )


def test_the_messages_count_in_indonesian_too(moderator, thread):
    one = [make_comment(thread, status=Comment.Status.PENDING)]
    response = moderator.post(
        f"{LIST}?q=",
        {"action": "approve", "_selected_action": [one[0].pk]},
        follow=True,
        headers={"accept-language": "id"},
    )
    assert "1 komentar: Disetujui." in messages_of(response)


def test_a_row_button_comes_back_to_the_list_it_was_pressed_on(moderator, thread):
    comment = make_comment(thread, status=Comment.Status.PENDING)
    back = f"{LIST}?status__exact=pending&o=-7"
    response = moderator.post(moderate_url(comment, "approve"), {"next": back})
    assert response["Location"] == back
    # Anywhere else is no return address: the comment's own page instead.
    elsewhere = moderator.post(moderate_url(comment, "trash"), {"next": "https://evil.example/"})
    assert elsewhere["Location"] == f"{LIST}{comment.pk}/change/"


def test_the_queue_shows_the_keyboard_hint_to_moderators_only(moderator, viewer, thread):
    make_comment(thread, status=Comment.Status.PENDING)
    html = moderator.get(LIST, {"status__exact": "pending"}).content.decode()
    assert "Keyboard:" in html and "comments/admin_review.js" in html
    assert 'role="status"' in html and 'aria-labelledby="kb-help-title"' in html
    looking = viewer.get(LIST, {"status__exact": "pending"}).content.decode()
    assert "comments/admin_review.js" not in looking
    assert "data-kb-key" not in looking


def test_a_moderator_replies_to_a_held_comment_and_it_is_approved(moderator, thread):
    held = make_comment(thread, status=Comment.Status.PENDING, content="Kapan aplikasinya rilis?")
    page = moderator.get(f"{LIST}{held.pk}/reply/")
    assert "posting your reply also approves it" in page.content.decode()
    response = moderator.post(
        f"{LIST}{held.pk}/reply/",
        {"content": "Bulan depan, insyaallah.", "next": f"{LIST}?status__exact=pending"},
    )
    assert response["Location"] == f"{LIST}?status__exact=pending"
    held.refresh_from_db()
    assert held.status == Comment.Status.APPROVED
    reply = Comment.objects.get(parent=held)
    bob = User.objects.get(username="bob")
    assert (reply.status, reply.user, reply.author_name, reply.depth) == ("approved", bob, "bob", 2)
    assert Decision.objects.filter(comment=reply, check_name="reply", actor=bob).exists()
    assert Decision.objects.filter(comment=held, check_name="reply", action="approve").exists()


def test_a_reply_past_the_deepest_level_goes_beside_it(moderator, thread):
    parent = None
    for _ in range(5):
        parent = make_comment(thread, parent=parent)
    assert parent is not None and parent.depth == 5
    moderator.post(f"{LIST}{parent.pk}/reply/", {"content": "Setuju dengan ini."})
    reply = Comment.objects.get(content="Setuju dengan ini.")
    assert (reply.parent_id, reply.depth) == (parent.parent_id, 5)


def test_no_reply_to_spam_nor_by_a_viewer(moderator, viewer, thread):
    spam = make_comment(thread, status=Comment.Status.SPAM)
    assert moderator.get(f"{LIST}{spam.pk}/reply/").status_code == 403
    published = make_comment(thread)
    assert (
        viewer.post(f"{LIST}{published.pk}/reply/", {"content": "Halo semua."}).status_code == 403
    )
    assert not Comment.objects.filter(content="Halo semua.").exists()


def test_a_suspension_is_set_by_its_length_and_a_commenter_by_email(superuser, db):
    page = superuser.get("/admin/moderation/ban/add/").content.decode()
    assert 'class="vDateField' in page and "site time zone" in page
    response = superuser.post(
        "/admin/moderation/ban/add/",
        {"kind": "commenter", "value": "Troll@Example.id", "length": "7", "reason": "Kasar."},
    )
    assert response.status_code == 302
    made = Ban.objects.get()
    assert made.value == commenter_digest("troll@example.id")
    assert made.created_by == "root"
    assert made.until is not None
    assert abs(made.until - (timezone.now() + timedelta(days=7))) < timedelta(minutes=1)


def test_a_suspension_to_a_typed_date_and_a_ban_for_good(superuser, db):
    superuser.post(
        "/admin/moderation/ban/add/",
        {"kind": "network", "value": "203.0.113.0/24", "until_0": "2031-01-02", "until_1": "10:00"},
    )
    superuser.post("/admin/moderation/ban/add/", {"kind": "network", "value": "198.51.100.0/24"})
    typed, for_good = Ban.objects.order_by("pk")
    assert typed.until is not None and typed.until.year == 2031
    assert for_good.until is None
