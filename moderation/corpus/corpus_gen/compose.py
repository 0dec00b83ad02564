"""Fill templates and draw the rows of each kind.

Template syntax:
    {slot}      replaced by a random value of the slot (a string slot of the TOML files, a
                [domains] slot, or a Python function of fillers.FUNCTION_SLOTS)
    [[a|b|]]    inline choice between "a", "b" and "" (nothing)
Slot values may themselves contain slots and inline choices; they are expanded recursively.

After filling, a kind's `noise` (noise.NOISES) makes the text look typed by a person: capitals,
stretched words, typos, emoji, styled letters. Spam kinds without one are obfuscated or re-cased;
ham kinds without one get `casualise`.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .contacts import spam_domain
from .data import Corpus, CorpusError, KindSpec
from .fillers import FUNCTION_SLOTS
from .letters import LETTER_FOLD, has_disguise
from .noise import NOISES, casualise, vary_case
from .obfuscate import obfuscate

Rng = random.Random
Filler = Sequence[str] | Callable[[Rng], str]
SLOT_RE = re.compile(r"\{(\w+)\}")
CHOICE_RE = re.compile(r"\[\[([^\[\]]*)\]\]")
MAX_ATTEMPTS_PER_ROW = 400
SETTINGS = {
    "tail_rate": float,
    "hook_rate": float,
    "spam_hooks": dict,
    "hookless_spam_kinds": list,
    "quiet_spam_kinds": list,
    "default_names": dict,  # "id_ham" -> name template
    "default_urls": dict,  # "id_ham" -> website template
    "default_url_rates": dict,  # "ham" -> share of rows with a website
}
HTTP_RATE = 0.2  # websites without a scheme: share written http:// rather than https://


@dataclass(frozen=True)
class Sample:
    text: str
    label: str
    lang: str
    kind: str
    obfuscated: bool  # reported in the counts, not written to the CSV
    hard_negative: bool = False  # reported in the counts
    messy: bool = False  # reported in the counts
    name: str = ""
    url: str = ""


def tidy(text: str) -> str:
    """Collapse spaces, drop spaces before punctuation and capitalise the first letter."""
    text = re.sub(r"[ \t]+", " ", text).strip()
    text = re.sub(r" ([,.!?])", r"\1", text)
    first = text.split(" ", 1)[0] if text else ""
    is_link = re.search(r"\w[./@]\w", first) is not None
    if first and first[0].isalpha() and first[0].islower() and not is_link:
        text = text[0].upper() + text[1:]
    return text


def dedupe_key(text: str) -> str:
    """Much stricter than "lower-case + collapse whitespace": folds look-alike characters
    (NFKC, plus squared/circled symbols and small capitals), drops zero-width characters and
    combining marks, and keeps only the word tokens, so copies that differ only in casing,
    punctuation, emoji or font count once. A comment of emoji alone is compared by its
    symbols, a run of one symbol counting once (❤❤❤ = ❤)."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(LETTER_FOLD)
    folded = re.sub(r"[\u200b-\u200f\u2060\ufeff\u0332\u0336]", "", folded)
    words = re.findall(r"\w+", folded)
    if words:
        return " ".join(words)
    symbols = [ch for ch in folded if not ch.isspace() and ch != "\ufe0f"]
    runs = [ch for i, ch in enumerate(symbols) if i == 0 or ch != symbols[i - 1]]
    return "emoji:" + "".join(runs)


class Generator:
    """The merged slots and settings of a Corpus, checked; draws texts from them."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.settings = self._settings(corpus.settings)
        self.slots: dict[str, Filler] = dict(corpus.slots)
        for name, domain in corpus.domains.items():
            self._add_slot(name, spam_domain(domain["words"], domain["tlds"]), "a [domains] slot")
        for name, function in FUNCTION_SLOTS.items():
            self._add_slot(name, function, "a Python function slot")
        self._check()

    def _add_slot(self, name: str, filler: Filler, what: str) -> None:
        if name in self.slots:
            raise CorpusError(f"slot {name!r} is defined twice (one of them is {what})")
        self.slots[name] = filler

    @staticmethod
    def _settings(raw: dict[str, Any]) -> dict[str, Any]:
        for key, kind in SETTINGS.items():
            if not isinstance(raw.get(key), kind):
                raise CorpusError(f"[settings] needs {key} ({kind.__name__})")
        unknown = sorted(set(raw) - set(SETTINGS))
        if unknown:
            raise CorpusError(f"[settings]: unknown key(s) {', '.join(unknown)}")
        return raw

    def _check(self) -> None:
        """Every {slot} must exist, every noise and tail too: one message lists all problems."""
        problems: list[str] = []

        def refs(text: str, where: str) -> None:
            problems.extend(
                f"{where} refers to unknown slot {{{name}}}"
                for name in SLOT_RE.findall(text)
                if name not in self.slots
            )

        for name, values in self.corpus.slots.items():
            for value in values:
                refs(value, f"{self.corpus.defined_in['slots', name]}: slot {name!r}")
        for lang, slot in self.settings["spam_hooks"].items():
            refs("{" + slot + "}", f"[settings] spam_hooks.{lang}")
        for spec in self.corpus.kinds:
            for i, template in enumerate(spec.templates, 1):
                refs(template, f"{spec.source}: template {i}")
            if spec.tail:
                refs("{" + spec.tail + "}", f"{spec.source}: tail")
            if spec.noise and spec.noise not in NOISES:
                problems.append(
                    f"{spec.source}: unknown noise {spec.noise!r} (one of {sorted(NOISES)})"
                )
            if spec.label == "spam" and spec.lang not in self.settings["spam_hooks"]:
                problems.append(f"{spec.source}: no spam_hooks slot for lang {spec.lang!r}")
            name_template, url_template, url_rate = self._author_spec(spec)
            if name_template is None or url_template is None or url_rate is None:
                problems.append(f"{spec.source}: no default name, url or url_rate in [settings]")
            else:
                refs(name_template, f"{spec.source}: name")
                refs(url_template, f"{spec.source}: url")
        if problems:
            more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
            raise CorpusError("\n  ".join(["template problems:", *problems[:20]]) + more)

    def _author_spec(self, spec: KindSpec) -> tuple[str | None, str | None, float | None]:
        """The name template, website template and website share of a kind, or the defaults."""
        key = f"{spec.lang}_{spec.label}"
        name = spec.name or self.settings["default_names"].get(key)
        url = spec.url or self.settings["default_urls"].get(key)
        rate = spec.url_rate
        if rate is None:
            rate = self.settings["default_url_rates"].get(spec.label)
        return name, url, rate

    def author(self, spec: KindSpec, rng: Rng) -> tuple[str, str]:
        """The author name (always) and website (url_rate of the rows) of one row."""
        name_template, url_template, url_rate = self._author_spec(spec)
        assert name_template is not None and url_template is not None and url_rate is not None
        name = " ".join(self.fill(name_template, rng).split())
        url = ""
        if url_rate and rng.random() < url_rate:
            url = "".join(self.fill(url_template, rng).split())
            if not url.startswith(("http://", "https://")):
                url = ("http://" if rng.random() < HTTP_RATE else "https://") + url
        return name, url

    def fill(
        self, template: str, rng: Rng, depth: int = 0, used: dict[str, list[str]] | None = None
    ) -> str:
        """Expand inline choices and slots, recursively (slot values may hold slots).

        A list slot used twice in one text gets two different values ("hari Selasa, bukan Kamis").
        """
        if depth > 5:
            raise RuntimeError(f"template nests too deep: {template!r}")
        used = {} if used is None else used
        text = CHOICE_RE.sub(lambda m: rng.choice(m.group(1).split("|")), template)

        def slot_value(match: re.Match[str]) -> str:
            name = match.group(1)
            filler = self.slots[name]
            if callable(filler):
                return filler(rng)
            taken = used.setdefault(name, [])
            fresh = [v for v in filler if v not in taken] or list(filler)
            value = rng.choice(fresh)
            taken.append(value)
            return value

        text = SLOT_RE.sub(slot_value, text)
        if SLOT_RE.search(text) or CHOICE_RE.search(text):
            return self.fill(text, rng, depth + 1, used)
        return text

    def compose(self, spec: KindSpec, rng: Rng) -> str:
        """One text of a kind: a filled template, maybe with a hook before or a tail after it."""
        text = tidy(self.fill(rng.choice(spec.templates), rng))
        tail = spec.tail if spec.label == "ham" else None
        if tail and rng.random() < self.settings["tail_rate"]:
            if text[-1] not in ".!?":
                text += "."
            text = tidy(f"{text} {self.fill('{' + tail + '}', rng)}")
        hookable = (
            spec.kind not in self.settings["hookless_spam_kinds"] and len(text.split()) > 4
        )  # short spam stays short
        if spec.label == "spam" and hookable and rng.random() < self.settings["hook_rate"]:
            hook = self.fill("{" + self.settings["spam_hooks"][spec.lang] + "}", rng)
            body = text if hook.rstrip()[-1] in ".!?" else text[0].lower() + text[1:]
            text = tidy(hook + body)
        return text

    def generate_kind(
        self, spec: KindSpec, rng: Rng, seen: dict[str, None], author_rng: Rng
    ) -> list[Sample]:
        """Draw texts for one kind until its quota of new distinct texts is reached.

        Names and websites come from author_rng, so they never change the texts' draws.
        """
        rows: list[Sample] = []
        attempts = 0
        quiet = spec.kind in self.settings["quiet_spam_kinds"]
        while len(rows) < spec.quota:
            attempts += 1
            if attempts > spec.quota * MAX_ATTEMPTS_PER_ROW:
                raise RuntimeError(
                    f"{spec.lang}/{spec.kind}: only {len(rows)} distinct texts of {spec.quota}"
                )
            text = self.compose(spec, rng)
            obfuscated = False
            if spec.label == "spam":
                if spec.noise:
                    text = NOISES[spec.noise](text, rng)
                obfuscated = rng.random() < spec.obfuscate_rate
                if obfuscated:
                    text = obfuscate(text, rng)
                elif not spec.noise:
                    text = vary_case(text, rng, quiet)
                obfuscated = obfuscated or has_disguise(text)
            elif spec.noise:
                text = NOISES[spec.noise](text, rng)
            else:
                text = casualise(text, rng, spec.kind)
            key = dedupe_key(text)
            if key in seen:
                continue
            seen[key] = None
            name, url = self.author(spec, author_rng)
            flags = {"hard_negative": spec.hard_negative, "messy": spec.messy}
            rows.append(
                Sample(
                    text, spec.label, spec.lang, spec.kind, obfuscated, **flags, name=name, url=url
                )
            )
        return rows

    def build_rows(self, seed: int) -> list[Sample]:
        """All rows, deduplicated and deterministically shuffled."""
        rng = random.Random(seed)  # noqa: S311 - reproducible data, not security
        # a separate stream for names and websites: the texts stay what they were without them
        author_rng = random.Random(f"{seed}:authors")  # noqa: S311
        seen: dict[str, None] = {}
        rows: list[Sample] = []
        for spec in self.corpus.kinds:
            rows.extend(self.generate_kind(spec, rng, seen, author_rng))
        rng.shuffle(rows)
        return rows
