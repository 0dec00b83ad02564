"""A CSV export opened in a spreadsheet runs no formula a commenter typed (issue 12, item 6)."""

from __future__ import annotations

import csv
import json
from io import StringIO

import pytest
from django.core.management import call_command

from comments.models import Comment, Thread
from tests.conftest import make_comment

# What a spreadsheet reads as the start of a formula (OWASP's list).
LEADING = ["=", "+", "-", "@", "\t", "\r"]
COMMENT_TEXT_FIELDS = ["author_name", "author_email", "author_url", "user_agent", "content"]


def export(fmt: str) -> str:
    out = StringIO()
    call_command("export_comments", "--format", fmt, stdout=out)
    return out.getvalue()


def csv_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(StringIO(export("csv"), newline="")))


def value_for(field: str, lead: str) -> str:
    if field == "author_email":
        return f"{lead}cmd@example.org"
    if field == "author_url":
        return f'{lead}HYPERLINK("https://evil.example")'
    return f"{lead}1+1"


@pytest.mark.parametrize("lead", LEADING, ids=repr)
@pytest.mark.parametrize("field", COMMENT_TEXT_FIELDS)
def test_it_neutralises_a_comment_cell_that_starts_a_formula(thread, field, lead):
    value = value_for(field, lead)
    make_comment(thread, **{field: value})
    (row,) = csv_rows()
    assert row[field] == "'" + value


@pytest.mark.parametrize("lead", LEADING, ids=repr)
@pytest.mark.parametrize(
    ("field", "column"), [("key", "thread"), ("title", "thread_title"), ("url", "thread_url")]
)
def test_it_neutralises_a_thread_cell_that_starts_a_formula(thread, field, column, lead):
    value = f"{lead}SUM(A1:A9)"
    # Straight to the rows: an imported thread never passed the model's validators.
    Thread.objects.filter(pk=thread.pk).update(**{field: value})
    make_comment(thread)
    (row,) = csv_rows()
    assert row[column] == "'" + value


def test_it_leaves_ordinary_cells_alone(thread):
    make_comment(thread, content="Setuju, 10 + 5 = 15.", author_name="Budi")
    (row,) = csv_rows()
    assert row["content"] == "Setuju, 10 + 5 = 15."
    assert row["author_name"] == "Budi"
    assert row["status"] == "approved"


def test_it_keeps_the_json_export_as_the_data_it_is(thread):
    make_comment(thread, content="=1+1", author_name="@budi")
    (comment,) = json.loads(export("json"))["comments"]
    assert comment["content"] == "=1+1"
    assert comment["author_name"] == "@budi"


def test_it_reads_neutralised_cells_back_as_they_were(thread, tmp_path):
    texts = ["=1+1", "-- tidak setuju", "'kutipan", "''dua", "biasa saja"]
    for text in texts:
        make_comment(thread, content=text)
    target = tmp_path / "export.csv"
    call_command("export_comments", "--format", "csv", "--output", str(target), stderr=StringIO())
    Comment.objects.all().delete()
    Thread.objects.all().delete()
    call_command("import_comments", str(target), stdout=StringIO())
    assert sorted(Comment.objects.values_list("content", flat=True)) == sorted(texts)
