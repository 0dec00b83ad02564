"""Labelled comments from the places training takes them: the starter corpus, files, moderators.

Files are CSV with a text and a label column. The formats of the public data sets are read as
they are: the YouTube Spam Collection (CONTENT, CLASS), the judol set (comment_text, label) and
any CSV whose columns are named with text_col / label_col (default: text, label).
"""

from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass
from pathlib import Path

from moderation.classifier.features import Sample

STARTER_CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "starter.csv"
# The source of labels this site's moderators gave (the regime's calibration set).
MODERATED = "moderated"
STARTER_SOURCE = "starter"

_SPAM = {"1", "spam", "true", "yes", "y"}
_HAM = {"0", "ham", "false", "no", "n", "not spam"}
_KNOWN_COLUMNS = [("CONTENT", "CLASS"), ("comment_text", "label"), ("text", "label")]
_HREF = re.compile(r"""<a\s[^>]*href=["']?([^"' >]+)[^>]*>""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{1,200}>")


class DatasetError(ValueError):
    """A file that cannot be read as labelled comments; the message says where and why."""


@dataclass(frozen=True)
class Labelled:
    sample: Sample
    label: int  # 1 spam, 0 ham
    source: str


def parse_label(raw: str) -> int | None:
    value = raw.strip().lower()
    if value in _SPAM:
        return 1
    if value in _HAM:
        return 0
    return None


def plain_text(raw: str) -> str:
    """Exported comments may carry HTML (<br />, <a href>, &#39;): keep the words and links."""
    text = _HREF.sub(lambda match: f" {match.group(1)} ", raw)
    text = _TAG.sub(" ", text)
    return html.unescape(text).replace("\ufeff", "").strip()


@dataclass(frozen=True)
class LabelledFile:
    rows: list[Labelled]
    # Rows whose label cell is empty: not yet labelled, left out and counted.
    unlabelled: int = 0


def read_csv(
    path: str | Path,
    text_col: str | None = None,
    label_col: str | None = None,
    name_col: str | None = None,
    url_col: str | None = None,
) -> list[Labelled]:
    return read_labelled(path, text_col, label_col, name_col, url_col).rows


def read_labelled(
    path: str | Path,
    text_col: str | None = None,
    label_col: str | None = None,
    name_col: str | None = None,
    url_col: str | None = None,
) -> LabelledFile:
    """Labelled comments of a CSV; the author's name and website too when their columns are named.

    A row with an empty label is skipped and counted; any other label that is neither spam nor
    ham stops the read with the line it is on.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise DatasetError(f"{path}: {error.strerror or error}") from None
    csv.field_size_limit(10**7)
    unlabelled = 0
    with handle:
        reader = csv.DictReader(handle)
        columns = list(reader.fieldnames or [])
        text_col, label_col = _columns(path, columns, text_col, label_col)
        for extra in (name_col, url_col):
            if extra and extra not in columns:
                raise DatasetError(f"{path}: no column {extra!r} (columns: {columns})")
        rows = []
        try:
            for line, row in enumerate(reader, start=2):
                raw_label = row.get(label_col) or ""
                if not raw_label.strip():
                    unlabelled += 1
                    continue
                label = parse_label(raw_label)
                if label is None:
                    raise DatasetError(
                        f"{path}:{line}: label {raw_label!r} is neither spam nor ham"
                    )
                text = plain_text(row.get(text_col) or "")
                name = (row.get(name_col) or "").strip() if name_col else ""
                url = (row.get(url_col) or "").strip() if url_col else ""
                if text:
                    rows.append(Labelled(Sample(text, name, url), label, path.name))
        except (UnicodeDecodeError, csv.Error) as error:
            raise DatasetError(f"{path}: not a readable UTF-8 CSV file ({error})") from None
    if not rows:
        raise DatasetError(f"{path}: no labelled rows")
    return LabelledFile(rows, unlabelled)


def _columns(
    path: Path, columns: list[str], text_col: str | None, label_col: str | None
) -> tuple[str, str]:
    if text_col or label_col:
        chosen = (text_col or "text", label_col or "label")
    else:
        found = [pair for pair in _KNOWN_COLUMNS if set(pair) <= set(columns)]
        if not found:
            raise DatasetError(
                f"{path}: no text and label columns among {columns}; "
                "name them with --text-col and --label-col"
            )
        chosen = found[0]
    missing = [name for name in chosen if name not in columns]
    if missing:
        raise DatasetError(f"{path}: no column {missing[0]!r} (columns: {columns})")
    return chosen


def starter_corpus() -> list[Labelled]:
    rows = read_csv(STARTER_CORPUS, name_col="name", url_col="url")
    return [Labelled(row.sample, row.label, STARTER_SOURCE) for row in rows]


def moderated_comments() -> list[Labelled]:
    """Comments whose status a person set: approved is ham, spam is spam."""
    from moderation import history

    return [
        Labelled(Sample(row.content, row.author_name, row.author_url), int(row.is_spam), MODERATED)
        for row in history.current().moderated()
    ]
