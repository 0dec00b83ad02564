"""Editors' picks: a moderator features a published comment; the page, the API and the embed's
data show it first, in the "Editors' picks" block (issue 14)."""

from __future__ import annotations

import pytest
from django.test import Client

from comments import picks
from comments.models import Comment, Decision
from tests.conftest import make_comment

WISE = "Datanya perlu dibandingkan dengan musim tangkap tahun lalu sebelum disimpulkan."
PLAIN = "Saya setuju dengan artikel ini."


@pytest.fixture
def pick(thread):
    return make_comment(thread, content=WISE, author_name="Wulan")


def read_api(thread) -> dict:
    return Client().get("/api/v1/comments/", {"thread": thread.key}).json()


def test_a_moderator_features_a_comment_from_the_admin(moderator, thread, pick):
    make_comment(thread, content=PLAIN)
    response = moderator.post(
        "/admin/comments/comment/", {"action": "feature", "_selected_action": [pick.pk]}
    )
    assert response.status_code == 302
    pick.refresh_from_db()
    assert pick.featured
    decision = Decision.objects.get(comment=pick, check_name="editors_pick")
    assert decision.reason == "featured as an editors' pick by bob (via admin)"
    messages = moderator.get(response["Location"], follow=True).content.decode()
    assert "1 comment is now an editors&#x27; pick." in messages


def test_the_page_shows_the_pick_first_in_its_own_block(thread, pick):
    make_comment(thread, content=PLAIN)
    picks.feature(pick, None)
    page = Client().get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    block = page.index("Editors' picks")
    assert block < page.index('class="comment-list"')
    assert page.index(WISE) < page.index('class="comment-list"')
    assert f'href="/comments/{pick.pk}/"' in page  # its permalink finds its page


def test_the_block_reads_pilihan_editor_in_indonesian(thread, pick):
    picks.feature(pick, None)
    page = Client().get("/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Pilihan editor" in page
    assert "Lihat di utas" in page


def test_without_picks_there_is_no_block(thread, pick):
    page = Client().get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "editors-picks" not in page


def test_the_api_lists_the_picks_and_marks_each_comment(thread, pick):
    plain = make_comment(thread, content=PLAIN)
    assert read_api(thread)["featured"] == []
    picks.feature(pick, None)
    body = read_api(thread)
    assert [c["id"] for c in body["featured"]] == [pick.pk]
    flags = {c["id"]: c["featured"] for c in body["results"]}
    assert flags == {pick.pk: True, plain.pk: False}


def test_a_pick_that_leaves_the_page_leaves_the_block(thread, pick):
    picks.feature(pick, None)
    Comment.objects.filter(pk=pick.pk).update(status=Comment.Status.TRASH)
    assert read_api(thread)["featured"] == []


def test_only_a_published_comment_can_be_a_pick(thread):
    held = make_comment(thread, status=Comment.Status.PENDING)
    with pytest.raises(picks.NotPublished):
        picks.feature(held, None)
    assert not Comment.objects.get(pk=held.pk).featured


def test_the_admin_says_when_a_comment_could_not_be_featured(moderator, thread):
    held = make_comment(thread, status=Comment.Status.PENDING)
    response = moderator.post(
        "/admin/comments/comment/",
        {"action": "feature", "_selected_action": [held.pk]},
        follow=True,
    )
    assert "1 comment is not published and cannot be an editors&#x27; pick." in (
        response.content.decode()
    )


def test_the_api_features_and_unfeatures(moderator, thread, pick):
    response = moderator.post(f"/api/v1/moderation/comments/{pick.pk}/feature/")
    assert response.status_code == 200
    assert response.json()["featured"] is True
    assert read_api(thread)["featured"][0]["id"] == pick.pk
    response = moderator.post(f"/api/v1/moderation/comments/{pick.pk}/unfeature/")
    assert response.json()["featured"] is False
    assert read_api(thread)["featured"] == []
    reasons = list(
        Decision.objects.filter(comment=pick, check_name="editors_pick").values_list(
            "reason", flat=True
        )
    )
    assert reasons == [
        "featured as an editors' pick by bob (via api)",
        "removed from the editors' picks by bob (via api)",
    ]


def test_the_api_refuses_to_feature_a_held_comment(moderator, thread):
    held = make_comment(thread, status=Comment.Status.PENDING)
    response = moderator.post(f"/api/v1/moderation/comments/{held.pk}/feature/")
    assert response.status_code == 409
    assert response.json()["code"] == "not_published"


def test_an_outsider_cannot_feature(outsider, thread, pick):
    assert outsider.post(f"/api/v1/moderation/comments/{pick.pk}/feature/").status_code == 403
    outsider.post("/admin/comments/comment/", {"action": "feature", "_selected_action": [pick.pk]})
    assert not Comment.objects.get(pk=pick.pk).featured


def test_featuring_twice_changes_nothing_more(thread, pick):
    assert picks.feature(pick, None) is True
    assert picks.feature(pick, None) is False
    assert Decision.objects.filter(comment=pick, check_name="editors_pick").count() == 1
