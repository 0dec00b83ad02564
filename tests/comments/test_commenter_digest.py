"""Every comment carries its commenter digest: set when saved, imported or refreshed, cleared
when the person's data is erased; never the email, never readable by the public."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command
from django.test import Client

from comments import personal_data
from comments.models import Comment
from moderation.identity import commenter_digest
from tests.conftest import make_comment

EMAIL = "rina.pembaca@example.id"


def test_a_saved_comment_carries_its_mailboxs_digest(thread):
    comment = make_comment(thread, author_email=EMAIL)
    assert comment.author_digest == commenter_digest(EMAIL)
    assert EMAIL not in comment.author_digest


def test_changing_the_email_changes_the_digest_even_with_update_fields(thread):
    comment = make_comment(thread, author_email=EMAIL)
    comment.author_email = "lain@example.id"
    comment.save(update_fields=["author_email"])
    assert Comment.objects.get(pk=comment.pk).author_digest == commenter_digest("lain@example.id")


def test_erasing_a_persons_data_clears_the_digest(thread):
    make_comment(thread, author_email=EMAIL)
    personal_data.erase(EMAIL, actor="alice")
    assert Comment.objects.get().author_digest == ""


def test_refresh_computes_every_digest_again(thread, settings):
    comment = make_comment(thread, author_email=EMAIL)
    settings.SECRET_KEY = "a-new-secret-key-after-rotation-" + "x" * 30
    out = StringIO()
    call_command("refresh_commenter_digests", stdout=out)
    assert out.getvalue().strip() == "1 comments got their commenter digest again."
    assert Comment.objects.get(pk=comment.pk).author_digest == commenter_digest(EMAIL)
    assert Comment.objects.get(pk=comment.pk).author_digest != comment.author_digest


def test_the_public_never_sees_the_digest(thread):
    make_comment(thread, author_email=EMAIL)
    digest = commenter_digest(EMAIL)
    assert digest not in Client().get("/api/v1/comments/", {"thread": thread.key}).content.decode()
    assert digest not in Client().get("/").content.decode()


def test_moderators_notes_are_part_of_a_persons_data(thread):
    from comments.models import CommenterNote

    make_comment(thread, author_email=EMAIL)
    CommenterNote.objects.create(commenter=commenter_digest(EMAIL), text="Sering menautkan iklan.")
    CommenterNote.objects.create(commenter=commenter_digest("lain@example.id"), text="Orang lain.")
    exported = personal_data.export(EMAIL, actor="alice")
    assert [n["note"] for n in exported["moderators_notes"]] == ["Sering menautkan iklan."]
    personal_data.erase(EMAIL, actor="alice")
    assert list(CommenterNote.objects.values_list("text", flat=True)) == ["Orang lain."]
