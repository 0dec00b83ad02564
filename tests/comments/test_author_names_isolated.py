"""Pages put every author name in <bdi>: a right-to-left name cannot reorder the text near it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from comments import notifications
from comments.models import Comment
from tests.conftest import make_comment


def test_it_wraps_names_in_bdi_on_the_article_page(client, thread):
    make_comment(thread, author_name="Rina")
    make_comment(thread, author_name="Budi", author_url="https://budi.example")
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<b class="comment-author"><bdi>Rina</bdi></b>' in html
    assert 'class="url"><bdi>Budi</bdi></a>' in html


def test_it_wraps_the_name_being_replied_to_in_bdi(client, thread):
    parent = make_comment(thread, author_name="Rina")
    html = client.get(f"/?replytocom={parent.pk}", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Replying to <bdi>Rina</bdi>" in html
    html = client.get(f"/?replytocom={parent.pk}", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Membalas <bdi>Rina</bdi>" in html


@pytest.mark.django_db
def test_it_wraps_the_name_on_the_email_moderation_page(client, thread, django_user_model):
    bob = django_user_model.objects.create_user("bob", "bob@news.example", "pw-12345678")
    bob.groups.add(Group.objects.get(name="Moderators"))
    comment = make_comment(thread, status=Comment.Status.PENDING, author_name="Rina")
    token = notifications.link_token(comment.pk, "approve", bob.pk)
    html = client.get(f"/moderation/email/{token}/").content.decode()
    assert "<b><bdi>Rina</bdi></b>" in html
