from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from comments.models import Comment, Decision, Thread
from tests.comments.importing.samples import WXR


def snapshot() -> tuple[set, set]:
    threads = set(Thread.objects.values_list("key", "title", "url", "is_open"))
    comments = set()
    for c in Comment.objects.select_related("thread", "parent"):
        comments.add(
            (
                c.thread.key,
                c.parent.content if c.parent else None,
                c.author_name,
                c.author_email,
                c.author_url,
                c.ip_address,
                c.content,
                c.status,
                c.created.isoformat(),
                c.depth,
            )
        )
    return threads, comments


@pytest.fixture
def history(db, tmp_path: Path):
    path = tmp_path / "wp.xml"
    path.write_text(WXR, encoding="utf-8")
    call_command("import_wordpress", str(path), stdout=StringIO(), verbosity=0)


def wipe() -> None:
    Decision.objects.all().delete()
    Comment.objects.all().delete()
    Thread.objects.all().delete()


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_then_import_into_an_empty_database_gives_the_same(history, tmp_path, fmt):
    before = snapshot()
    target = tmp_path / f"export.{fmt}"
    call_command(
        "export_comments",
        "--format",
        fmt,
        "--output",
        str(target),
        stdout=StringIO(),
        stderr=StringIO(),
    )
    wipe()
    assert not Comment.objects.exists()
    out = StringIO()
    call_command("import_comments", str(target), stdout=out)
    assert snapshot() == before
    call_command("import_comments", str(target), stdout=out)
    assert snapshot() == before  # a second run changes nothing


def test_the_json_export_to_standard_output_and_one_thread(history):
    out = StringIO()
    call_command("export_comments", "--thread", "jalan-desa", stdout=out)
    data = json.loads(out.getvalue())
    assert data["format"] == "comment-gate-export"
    assert [t["key"] for t in data["threads"]] == ["jalan-desa"]
    assert [c["author_name"] for c in data["comments"]] == ["Đặng Văn Lâm"]
    with pytest.raises(CommandError, match="no thread"):
        call_command("export_comments", "--thread", "nope", stdout=StringIO())


def test_a_file_that_is_not_an_export_is_refused(db, tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(CommandError, match="not a file written by export_comments"):
        call_command("import_comments", str(path), stdout=StringIO())
