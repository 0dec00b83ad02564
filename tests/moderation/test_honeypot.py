from __future__ import annotations

from django.test import Client

from comments.models import Comment, Decision
from tests.moderation.conftest import post_comment


def test_a_filled_honeypot_sends_the_comment_to_the_spam_folder(client, thread):
    response = post_comment(client, thread, subject="Great offer")
    comment = Comment.objects.get()
    # The bot is told nothing different: the same redirect as any comment.
    assert response.status_code == 302
    assert comment.status == Comment.Status.SPAM
    decision = Decision.objects.get(comment=comment, action="spam")
    assert decision.check_name == "honeypot"
    assert decision.reason == "spam: honeypot field filled in"
    # Its own browser sees it "awaiting moderation", like any held comment; nobody else sees it.
    own = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Your comment is awaiting moderation." in own
    assert comment.content not in Client().get("/").content.decode()


def test_the_honeypot_is_in_the_form_but_hidden_from_people(client, thread):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<p class="comment-form-subject" aria-hidden="true">' in html
    assert 'name="subject"' in html and 'tabindex="-1"' in html


def test_an_empty_honeypot_is_fine(client, thread):
    post_comment(client, thread, subject="")
    assert Comment.objects.get().status == Comment.Status.APPROVED
