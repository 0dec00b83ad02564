from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from comments.models import Comment, Decision, Thread
from moderation.classifier.datasets import moderated_comments
from tests.comments.importing.samples import WXR


@pytest.fixture
def wxr(tmp_path: Path) -> Path:
    path = tmp_path / "export.xml"
    path.write_text(WXR, encoding="utf-8")
    return path


def run(path: Path) -> str:
    out = StringIO()
    call_command("import_wordpress", str(path), stdout=out, verbosity=0)
    return out.getvalue()


def test_it_imports_threads_comments_replies_and_statuses(db, wxr):
    output = run(wxr)
    assert set(Thread.objects.values_list("key", flat=True)) == {"harga-ikan", "jalan-desa"}
    fish = Thread.objects.get(key="harga-ikan")
    assert fish.title == "Harga Ikan Naik Menjelang Musim Hujan"
    assert fish.url == "https://kabar.example/harga-ikan" and fish.is_open
    assert not Thread.objects.get(key="jalan-desa").is_open
    statuses = dict(Comment.objects.values_list("import_id", "status"))
    assert statuses == {
        "101": "approved",
        "102": "approved",
        "103": "approved",
        "104": "pending",
        "105": "spam",
        "106": "trash",
        "201": "approved",
    }
    reply_of_reply = Comment.objects.get(import_id="103")
    assert reply_of_reply.parent is not None and reply_of_reply.parent.import_id == "102"
    assert reply_of_reply.depth == 3
    assert reply_of_reply.author_name == "José Ñúñez"
    assert Comment.objects.get(import_id="102").author_name == "山田太郎"
    first = Comment.objects.get(import_id="101")
    assert first.ip_address == "203.0.113.5" and first.author_url == "https://siti.example"
    assert first.created.isoformat() == "2023-03-01T08:00:00+00:00"
    assert "Threads: 2 created, 0 already there." in output
    assert "Comments imported: 7 (4 approved, 1 pending, 1 spam, 1 trash)" in output


def test_the_summary_names_what_was_skipped_and_where(db, wxr):
    output = run(wxr)
    assert "1 pingbacks" in output and "1 trackbacks" in output
    assert "unknown status 'maybe'" in output
    assert "a comment without wp:comment_id" in output
    assert "line " in output


def test_running_it_again_changes_nothing(db, wxr):
    run(wxr)
    before = list(Comment.objects.order_by("pk").values_list("pk", "status", "parent_id"))
    output = run(wxr)
    assert list(Comment.objects.order_by("pk").values_list("pk", "status", "parent_id")) == before
    assert "Threads: 0 created, 2 already there." in output
    assert "7 already imported before" in output
    assert Decision.objects.count() == 5  # one label per approved or spam comment


def test_imported_approved_and_spam_comments_are_training_labels(db, wxr):
    run(wxr)
    labels = sorted(row.label for row in moderated_comments())
    assert labels == [0, 0, 0, 0, 1]


def test_imported_text_is_shown_escaped(client, db, wxr):
    run(wxr)
    html = client.get("/articles/jalan-desa/").content.decode()
    assert "&lt;b&gt;anak-anak&lt;/b&gt;" in html


def test_broken_xml_is_reported_and_the_rest_imported(db, tmp_path):
    broken = WXR.replace(
        "<wp:comment_id>201</wp:comment_id>", "<wp:comment_id>201</wp:comment_id><wp:oops>"
    )
    path = tmp_path / "broken.xml"
    path.write_text(broken, encoding="utf-8")
    output = run(path)
    assert "XML error" in output
    assert Comment.objects.filter(import_id="101").exists()


def test_a_missing_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run(tmp_path / "absent.xml")
