"""Read the corpus data: every ``*.toml`` in ``templates/``, in sorted file-name order.

Each file may hold any of these tables; a name defined in two files is an error:

- ``[slots]``: string slots, ``name = ["value", "value with {other} and [[a|b|]]"]``
- ``[words]``: word lists that only the Python fillers read (``WORDS`` below)
- ``[domains.NAME]``: ``words`` and ``tlds`` of an invented-domain slot called NAME
- ``[settings]``: generation settings (rates, hook slots, default names and websites)
- ``[[kinds]]``: one entry per kind; kinds are generated in file order, files in name order
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
LANGS = ("id", "en")
LABELS = ("ham", "spam")
TABLES = ("slots", "words", "domains", "settings")
ENTRY = {"slots": "slot", "words": "word list", "domains": "domain", "settings": "setting"}
REQUIRED = object()  # marks the keys a kind must have
KIND_KEYS: dict[str, tuple[type, Any]] = {
    "lang": (str, REQUIRED),
    "label": (str, REQUIRED),
    "kind": (str, REQUIRED),
    "quota": (int, REQUIRED),
    "templates": (list, REQUIRED),
    "obfuscate_rate": (float, 0.0),
    "noise": (str, ""),
    "tail": (str, ""),
    "hard_negative": (bool, False),
    "messy": (bool, False),
    "name": (str, ""),
    "url": (str, ""),
    "url_rate": (float, None),
}

# The word lists of all [words] tables; the Python fillers look their lists up here by name.
WORDS: dict[str, Any] = {}


class CorpusError(ValueError):
    """A problem in the template files; the message names the file and the entry."""


@dataclass(frozen=True)
class KindSpec:
    lang: str
    label: str
    kind: str
    quota: int
    templates: tuple[str, ...]
    obfuscate_rate: float = 0.0
    noise: str = ""  # a key of noise.NOISES; ham kinds without one get `casualise`
    tail: str = ""  # ham: slot of an optional follow-up sentence
    hard_negative: bool = False  # counted in the report
    messy: bool = False  # counted in the report
    name: str = ""  # template of the author name; "" = the language's and label's default
    url: str = ""  # template of the website; "" = the default
    url_rate: float | None = None  # share of rows with a website; None = the label's default
    source: str = ""  # where it was defined, for error messages


@dataclass
class Corpus:
    slots: dict[str, list[str]]
    words: dict[str, Any]
    domains: dict[str, dict[str, list[str]]]
    settings: dict[str, Any]
    kinds: list[KindSpec]
    files: list[str]
    defined_in: dict[tuple[str, str], str]  # (table, name) -> file name


def _kind(raw: Any, where: str) -> KindSpec:
    if not isinstance(raw, dict):
        raise CorpusError(f"{where}: a kind must be a table")
    unknown = sorted(set(raw) - set(KIND_KEYS))
    if unknown:
        raise CorpusError(f"{where}: unknown key(s) {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for key, (kind, default) in KIND_KEYS.items():
        if key not in raw:
            if default is REQUIRED:
                raise CorpusError(f"{where}: missing key {key!r}")
            values[key] = default
            continue
        value = raw[key]
        if kind is float and type(value) is int:
            value = float(value)
        if type(value) is not kind:  # exact types: true is not a number here
            raise CorpusError(f"{where}: {key} must be {kind.__name__}, not {value!r}")
        values[key] = value
    where = f"{where} ({values['lang']}/{values['kind']})"
    if values["lang"] not in LANGS or values["label"] not in LABELS:
        raise CorpusError(f"{where}: lang must be one of {LANGS}, label one of {LABELS}")
    templates = values.pop("templates")
    if not templates or not all(isinstance(t, str) for t in templates):
        raise CorpusError(f"{where}: templates must be a non-empty list of strings")
    if values["quota"] < 0:
        raise CorpusError(f"{where}: quota must not be negative")
    for key in ("obfuscate_rate", "url_rate"):
        if values[key] is not None and not 0.0 <= values[key] <= 1.0:
            raise CorpusError(f"{where}: {key} must be between 0 and 1")
    return KindSpec(templates=tuple(templates), source=where, **values)


def load(directory: Path = TEMPLATES_DIR) -> Corpus:
    """Merge all TOML files of a directory (and fill WORDS); raises CorpusError on a problem."""
    paths = sorted(directory.glob("*.toml"))
    if not paths:
        raise CorpusError(f"no *.toml files in {directory}")
    tables: dict[str, dict[str, Any]] = {table: {} for table in TABLES}
    defined_in: dict[tuple[str, str], str] = {}
    kinds: list[KindSpec] = []
    for path in paths:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise CorpusError(f"{path.name}: {error}") from None
        unknown = sorted(set(data) - set(TABLES) - {"kinds"})
        if unknown:
            raise CorpusError(f"{path.name}: unknown table(s) {', '.join(unknown)}")
        for table in TABLES:
            entries = data.get(table, {})
            if not isinstance(entries, dict):
                raise CorpusError(f"{path.name}: {table} must be a table")
            for name, value in entries.items():
                if (table, name) in defined_in:
                    first = defined_in[table, name]
                    raise CorpusError(
                        f"{path.name}: {ENTRY[table]} {name!r} is already defined in {first}"
                    )
                defined_in[table, name] = path.name
                if table == "slots" and not (
                    isinstance(value, list) and value and all(isinstance(v, str) for v in value)
                ):
                    raise CorpusError(f"{path.name}: slot {name!r} must be a list of strings")
                if table == "domains" and not (
                    isinstance(value, dict) and set(value) == {"words", "tlds"}
                ):
                    raise CorpusError(f"{path.name}: domain {name!r} needs words and tlds")
                tables[table][name] = value
        entries = data.get("kinds", [])
        if not isinstance(entries, list):
            raise CorpusError(f"{path.name}: kinds must be an array of tables ([[kinds]])")
        kinds.extend(_kind(raw, f"{path.name}, kind #{i}") for i, raw in enumerate(entries, 1))
    WORDS.clear()
    WORDS.update(tables["words"])
    return Corpus(
        slots=tables["slots"],
        words=tables["words"],
        domains=tables["domains"],
        settings=tables["settings"],
        kinds=kinds,
        files=[path.name for path in paths],
        defined_in=defined_in,
    )
