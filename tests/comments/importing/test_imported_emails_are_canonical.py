"""Imported emails are stored canonical too, so export and erasure by email find them."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

from django.core.management import call_command

from comments import personal_data
from comments.models import Comment
from moderation.identity import commenter_digest
from tests.comments.importing.samples import WXR


def test_it_stores_an_imported_email_in_its_canonical_spelling(db, tmp_path: Path):
    odd = WXR.replace("siti@kabar.example", "Siti\u200b@ｋａｂａｒ.example")
    assert odd != WXR
    path = tmp_path / "export.xml"
    path.write_text(odd, encoding="utf-8")
    call_command("import_wordpress", str(path), stdout=StringIO(), verbosity=0)
    assert Comment.objects.get(import_id="101").author_email == "siti@kabar.example"
    assert personal_data.comments_of("siti@kabar.example").count() >= 1


def test_an_imported_comment_carries_its_commenter_digest(db, tmp_path: Path):
    path = tmp_path / "export.xml"
    path.write_text(WXR, encoding="utf-8")
    call_command("import_wordpress", str(path), stdout=StringIO(), verbosity=0)
    comment = Comment.objects.get(import_id="101")
    assert comment.author_digest == commenter_digest("siti@kabar.example")
