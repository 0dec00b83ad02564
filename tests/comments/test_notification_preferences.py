"""Moderators choose the events emailed to them in the admin; old held-comment notices carry
over to the channel-neutral notices (migration 0019)."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from comments.models import Comment, Notice, NotificationPreference
from tests.conftest import make_comment

PAGE = "/admin/comments/notificationpreference/"


@pytest.fixture
def ani(django_user_model):
    user = django_user_model.objects.create_user(
        "ani", "ani@news.example", "pw-12345678", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def bayu(django_user_model):
    user = django_user_model.objects.create_user(
        "bayu", "bayu@news.example", "pw-12345678", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_a_moderator_is_taken_to_their_own_choice(client, ani):
    client.force_login(ani)
    assert client.get(PAGE).url == f"{PAGE}add/"
    form = client.get(f"{PAGE}add/").content.decode()
    # The default is ticked until the moderator chooses.
    assert re.findall(r'value="([\w.]+)" id="id_email_events_\d" checked', form) == ["comment.held"]
    answer = client.post(f"{PAGE}add/", {"email_events": ["comment.reported", "campaign.found"]})
    assert answer.status_code == 302
    chosen = NotificationPreference.objects.get()
    assert chosen.user == ani and chosen.email_events == ["comment.reported", "campaign.found"]
    assert client.get(PAGE).url == f"{PAGE}{chosen.pk}/change/"
    # One choice each: no second one to add.
    assert client.get(f"{PAGE}add/").status_code == 403


def test_a_moderator_cannot_read_or_change_anothers(client, ani, bayu):
    theirs = NotificationPreference.objects.create(user=bayu, email_events=["comment.held"])
    client.force_login(ani)
    assert client.get(f"{PAGE}{theirs.pk}/change/").status_code in (302, 403)
    client.post(f"{PAGE}{theirs.pk}/change/", {"email_events": []})
    theirs.refresh_from_db()
    assert theirs.email_events == ["comment.held"]


def test_a_moderator_cannot_pick_another_user_by_posting_one(client, ani, bayu):
    client.force_login(ani)
    client.post(f"{PAGE}add/", {"user": bayu.pk, "email_events": []})
    assert NotificationPreference.objects.get().user == ani


def test_staff_without_moderation_rights_see_nothing(client, django_user_model):
    clerk = django_user_model.objects.create_user("clerk", "c@news.example", "pw", is_staff=True)
    client.force_login(clerk)
    assert client.get(f"{PAGE}add/").status_code == 403


def test_a_superuser_sees_everyones(client, admin_user, ani, bayu):
    NotificationPreference.objects.create(user=ani, email_events=[])
    NotificationPreference.objects.create(user=bayu, email_events=["comment.held"])
    client.force_login(admin_user)
    page = client.get(PAGE, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "ani" in page and "bayu" in page and "no email" in page


@pytest.mark.django_db(transaction=True)
def test_old_held_notices_become_one_notice_per_moderator(django_user_model):
    call_command("create_demo_article", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from comments.models import Thread

    thread = Thread.objects.get(key="demo-article")
    moderator = django_user_model.objects.create_user("ani", "ani@news.example", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    emailed = make_comment(thread, status=Comment.Status.PENDING)
    waiting = make_comment(thread, status=Comment.Status.PENDING)
    before = [("comments", "0018_thread_page_size_help")]
    after = [("comments", "0019_notification_channels")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps.get_model("comments", "HeldNotice")
        now = timezone.now()
        old.objects.create(comment_id=emailed.pk, created=now, emailed=now)
        old.objects.create(comment_id=waiting.pk, created=now)
        executor = MigrationExecutor(connection)
        executor.migrate(after)
        carried = {n.comment_id: n for n in Notice.objects.all()}
    finally:
        # Back to the latest schema: the tests after this one need every later migration's
        # tables (a browser test found comments_followup missing).
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
    assert set(carried) == {emailed.pk, waiting.pk}
    assert {n.channel for n in carried.values()} == {f"email:{moderator.pk}"}
    assert carried[emailed.pk].sent is not None
    assert carried[waiting.pk].sent is None and carried[waiting.pk].in_digest is None
