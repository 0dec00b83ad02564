from __future__ import annotations

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from comments.models import Comment
from tests.conftest import make_comment

OLD = timezone.now() - timedelta(days=31)
RECENT = timezone.now() - timedelta(days=29)


def purge(*args: str) -> str:
    out = StringIO()
    call_command("purge_comments", *args, stdout=out)
    return out.getvalue()


def test_it_deletes_old_spam_and_trash_only(thread):
    old_spam = make_comment(thread, status=Comment.Status.SPAM, created=OLD)
    old_trash = make_comment(thread, status=Comment.Status.TRASH, created=OLD)
    new_spam = make_comment(thread, status=Comment.Status.SPAM, created=RECENT)
    old_pending = make_comment(thread, status=Comment.Status.PENDING, created=OLD)
    old_approved = make_comment(thread, created=OLD)
    output = purge()
    remaining = set(Comment.objects.values_list("pk", flat=True))
    assert remaining == {new_spam.pk, old_pending.pk, old_approved.pk}
    assert old_spam.pk not in remaining and old_trash.pk not in remaining
    assert "Deleted 2 spam/trash comments older than 30 days" in output


def test_it_erases_old_addresses_and_user_agents(thread):
    old = make_comment(thread, created=OLD, ip_address="198.51.100.4", user_agent="Firefox")
    new = make_comment(thread, created=RECENT, ip_address="198.51.100.5", user_agent="Safari")
    purge()
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.ip_address is None and old.user_agent == ""
    assert new.ip_address == "198.51.100.5" and new.user_agent == "Safari"


def test_the_ages_are_settings(thread, tune_comments):
    tune_comments(purge_after_days=60, anonymise_after_days=7)
    spam = make_comment(thread, status=Comment.Status.SPAM, created=OLD)
    week_old = make_comment(
        thread, created=timezone.now() - timedelta(days=8), ip_address="198.51.100.9"
    )
    purge()
    spam.refresh_from_db()
    week_old.refresh_from_db()
    assert week_old.ip_address is None


def test_a_reply_survives_its_purged_parent(thread):
    parent = make_comment(thread, status=Comment.Status.TRASH, created=OLD)
    reply = make_comment(thread, parent=parent)
    purge()
    reply.refresh_from_db()
    assert reply.parent is None


def test_a_dry_run_changes_nothing(thread):
    make_comment(thread, status=Comment.Status.SPAM, created=OLD, ip_address="198.51.100.4")
    output = purge("--dry-run")
    assert Comment.objects.count() == 1
    assert Comment.objects.get().ip_address == "198.51.100.4"
    assert "Would delete 1" in output
