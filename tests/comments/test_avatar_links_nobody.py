"""The avatar neither follows a person from thread to thread nor confirms a typed email.

It was an HMAC of the email: the same on every thread, and anyone could post with a victim's
email, read the avatar they were given and find the victim's comments by it (issue 12, finding 4).
Now each comment draws a random avatar, kept only for later comments in the same thread that
prove they come from the same author (the signed author cookie, or the same signed-in user).
"""

from __future__ import annotations

import pytest
from django.test import Client

from comments.avatars import AVATAR_KEY_RE
from comments.models import Comment, Thread
from tests.conftest import comment_data

VICTIM = "korban.pembaca@example.id"


@pytest.fixture(autouse=True)
def no_rate_limits(tune_gate) -> None:
    tune_gate(ip_rates=[], email_rates=[], flood_interval=0)


@pytest.fixture
def other_thread(db) -> Thread:
    return Thread.objects.create(key="berita-lain", title="Berita lain")


def post(client: Client, thread: Thread, content: str, email: str = VICTIM) -> dict:
    data = {**comment_data(thread, content=content, author_email=email), "parent": None}
    response = client.post("/api/v1/comments/", data, content_type="application/json")
    assert response.status_code == 201, response.content
    body = response.json()
    # The 201 answer shows the published comment, avatar included, to whoever posted it.
    return {"id": body["id"], "avatar": body["comment"]["avatar"]}


def public_avatars(client: Client, thread: Thread) -> dict[int, str]:
    body = client.get("/api/v1/comments/", {"thread": thread.key}).json()
    return {comment["id"]: comment["avatar"] for comment in body["results"]}


def test_an_email_typed_by_someone_else_gets_another_avatar(thread):
    victim = post(Client(), thread, "Saya tinggal dekat pelabuhan itu.")
    attacker = post(Client(), thread, "Siapa yang menulis komentar ini?")
    assert attacker["avatar"] != victim["avatar"]
    shown = public_avatars(Client(), thread)
    assert list(shown.values()).count(attacker["avatar"]) == 1


def test_the_same_email_on_two_threads_gets_two_avatars(thread, other_thread):
    author = Client()
    here = post(author, thread, "Komentar di artikel pertama.")
    there = post(author, other_thread, "Komentar di artikel kedua.")
    assert here["avatar"] != there["avatar"]


def post_form(client: Client, thread: Thread, content: str, email: str = VICTIM) -> str:
    """Posts through the Leave a Reply form (which sets the signed author cookie)."""
    data = {**comment_data(thread, content=content, author_email=email)}
    response = client.post("/comments/post/", data)
    assert response.status_code == 302, response.status_code
    return Comment.objects.get(content=content).avatar_key


def test_the_author_keeps_their_avatar_within_a_thread(thread):
    author = Client()
    first = post_form(author, thread, "Komentar pertama saya.")
    second = post_form(author, thread, "Komentar kedua saya, masih di sini.")
    assert first == second
    assert post_form(Client(), thread, "Orang lain, email sama.") != first


def test_the_cookie_does_not_carry_an_avatar_to_another_thread(thread, other_thread):
    author = Client()
    here = post_form(author, thread, "Komentar di artikel pertama.")
    there = post_form(author, other_thread, "Komentar di artikel kedua.")
    assert here != there


def test_a_proven_author_with_another_email_does_not_inherit_the_avatar(thread):
    author = Client()
    first = post_form(author, thread, "Komentar pertama saya.")
    second = post_form(author, thread, "Sekarang dengan email lain.", email="lain@example.id")
    assert first != second


def test_a_signed_in_user_keeps_their_avatar_within_a_thread(thread, django_user_model):
    user = django_user_model.objects.create_user("rina", password="pw-12345678")
    first_browser, second_browser = Client(), Client()
    first_browser.force_login(user)
    second_browser.force_login(user)
    first = post_form(first_browser, thread, "Dari laptop.")
    second = post_form(second_browser, thread, "Dari ponsel.", email="rina@example.id")
    assert first == second


def test_the_avatar_does_not_depend_on_the_email(thread, settings):
    comment = Comment.objects.get(pk=post(Client(), thread, "Satu komentar.")["id"])
    key = comment.avatar_key
    assert AVATAR_KEY_RE.match(key)
    Comment.objects.filter(pk=comment.pk).update(author_email="ganti@example.id")
    assert Comment.objects.get(pk=comment.pk).avatar_key == key
    settings.SECRET_KEY = "another-secret-key-" + "x" * 40
    assert Comment.objects.get(pk=comment.pk).avatar_key == key


def test_comments_made_outside_the_api_get_distinct_avatars(thread):
    from tests.conftest import make_comment

    first = make_comment(thread, author_email=VICTIM)
    second = make_comment(thread, author_email=VICTIM)
    assert AVATAR_KEY_RE.match(first.avatar_key)
    assert first.avatar_key != second.avatar_key
