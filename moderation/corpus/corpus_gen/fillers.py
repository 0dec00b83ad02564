"""Slots that are Python functions, registered by name in FUNCTION_SLOTS.

Templates refer to them like string slots ({wa_id}, {brand}, {ts}); each call draws a fresh value
from the generator's random.Random. The ones here are how readers type (stretched words,
laughter, piles of ! and ?, emoji, flags); numbers.py and contacts.py hold the rest.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from . import contacts, numbers
from .data import WORDS

Rng = random.Random
EMOJI_POOLS = ("emoji_hearts", "emoji_laugh", "emoji_pray", "emoji_sad", "emoji_misc")


def yt_id(rng: Rng) -> str:
    """An 11-character video id like the ones in youtube.com/watch?v=... links."""
    return "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(11))


# ---- the way readers type: stretched words, laughter, piles of ! and ? ----


def stretch(word: str, rng: Rng) -> str:
    """mantap -> mantaaap, so -> sooo, yes -> yesss."""
    vowels = [i for i, ch in enumerate(word) if ch.lower() in "aeiou"]
    i = vowels[-1] if vowels and rng.random() < 0.75 else len(word) - 1
    return word[: i + 1] + word[i] * rng.randint(2, 6) + word[i + 1 :]


def stretched(words: str) -> Callable[[Rng], str]:
    """Make a filler that picks one of the words of WORDS[words] and stretches it."""

    def make(rng: Rng) -> str:
        return stretch(rng.choice(WORDS[words]), rng)

    return make


def so_en(rng: Rng) -> str:
    """so -> sooo (drawn from a one-word list: the draw still uses the rng, as it always did)."""
    return stretch(rng.choice(["so"]), rng)


def laugh_id(rng: Rng) -> str:
    style = rng.randrange(9)
    if style < 3:
        return "wk" * rng.randint(2, 7)
    if style == 3:
        return ("WK" * rng.randint(2, 6)) + rng.choice(["", "K", "WK"])
    if style == 4:
        return "ha" * rng.randint(2, 6)
    if style == 5:
        return "awok" * rng.randint(2, 3)
    if style == 6:
        return rng.choice(["xixixi", "hihihi", "kwkwkw", "wkwkwk 🤣", "ngakak", "ngakak parah"])
    if style == 7:
        return "😂" * rng.randint(1, 4)
    return "wkwk" + "k" * rng.randint(0, 4)


def laugh_en(rng: Rng) -> str:
    style = rng.randrange(8)
    if style < 2:
        return "ha" * rng.randint(2, 6)
    if style == 2:
        return "HA" * rng.randint(2, 6)
    if style == 3:
        return "lmao" + "o" * rng.randint(0, 5)
    if style == 4:
        return rng.choice(["lol", "lolol", "lmfao", "rofl", "hehe", "LOL", "dead 💀"])
    if style == 5:
        return "😂" * rng.randint(1, 5)
    if style == 6:
        return "🤣" * rng.randint(1, 3)
    return "haha" + "ha" * rng.randint(0, 4)


def bang(rng: Rng) -> str:
    """Punctuation as typed in a hurry: !, !!!, ??, !?!, !!1."""
    return rng.choice(
        ["!", "!!", "!!!", "!!!", "!!!!", "!!!!!!", "?!", "??", "???", "!?!?", "!!1", "!!!!!!!!"]
    )


def all_emoji() -> list[str]:
    """The five emoji pools of words.toml, in order."""
    return [emoji for pool in EMOJI_POOLS for emoji in WORDS[pool]]


def emoji_run(*pools: str) -> Callable[[Rng], str]:
    """Make a filler: one emoji repeated (❤❤❤) or a few different ones (😂🔥👏)."""

    def make(rng: Rng) -> str:
        pool = [emoji for name in pools for emoji in WORDS[name]]
        if rng.random() < 0.55:
            return rng.choice(pool) * rng.randint(1, 6)
        picks = rng.sample(pool, rng.randint(2, 3))
        return "".join(p * rng.randint(1, 3) for p in picks)

    return make


def flag_emoji(code: str) -> str:
    return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in code)


def country(rng: Rng) -> str:
    return rng.choice(WORDS["countries"])[0]


def country_flag(rng: Rng) -> str:
    """Brazil 🇧🇷"""
    name, code = rng.choice(WORDS["countries"])
    return f"{name} {flag_emoji(code)}"


def any_flag(rng: Rng) -> str:
    return flag_emoji(rng.choice(WORDS["countries"])[1])


def flag_run(rng: Rng) -> str:
    """One country's flag, once or a few times: 🇧🇷🇧🇷🇧🇷."""
    return any_flag(rng) * rng.randint(1, 4)


# Slot name -> function; the [domains] of the TOML files add one spam_domain slot each.
FUNCTION_SLOTS: dict[str, Callable[[Rng], str]] = {
    # contacts, brands, codes, names (contacts.py)
    "wa_id": contacts.wa_id,
    "wa_intl": contacts.wa_intl,
    "wa_any": contacts.wa_any,
    "site": contacts.judol_site,
    "jdom": contacts.judol_domain,
    "ref": contacts.ref_code,
    "code": contacts.promo_code,
    "fullname": contacts.en_fullname,
    "fullname_f": contacts.en_fullname_f,
    "id_name": contacts.id_name,
    "tg": contacts.tg_handle,
    "email": contacts.email,
    "id_user": contacts.id_user,
    "en_user": contacts.en_user,
    "brand": contacts.judol_brand,
    "en_brand": contacts.casino_brand,
    "money_app": contacts.money_app,
    "artist_name": contacts.artist_name,
    # amounts and numbers (numbers.py)
    "wd": numbers.rupiah_big,
    "depo": numbers.rupiah_small,
    "jt": numbers.rupiah_loan,
    "usd_big": numbers.usd_big,
    "usd_small": numbers.usd_small,
    "usd_day": numbers.usd_small,
    "usd_weekly": numbers.usd_weekly,
    "usd_month": numbers.usd_weekly,
    "usd_loan": numbers.usd_loan,
    "n": numbers.small_int,
    "pct": numbers.pct,
    "rtp": numbers.rtp,
    "mult": numbers.mult,
    "hour": numbers.hour,
    "pola": numbers.pola,
    "id_rb": numbers.id_rb,
    "id_jt": numbers.id_jt,
    "id_price_kg": numbers.id_price_kg,
    "year": numbers.year,
    "usd_plain": numbers.big_usd_plain,
    "usd_rent": numbers.usd_rent,
    "gbp": numbers.gbp,
    "millions": numbers.millions,
    "num_people": numbers.num_people,
    "ts": numbers.timestamp,
    "count_en": numbers.count_en,
    "count_id": numbers.count_id,
    "goals": numbers.goals,
    "big_pct": numbers.big_pct,
    "year_old": numbers.year_old,
    "year_recent": numbers.year_recent,
    "year_born": numbers.year_born,
    "year_game": numbers.year_game,
    "age_kid": numbers.age_kid,
    "age_adult": numbers.age_adult,
    "age_old": numbers.age_old,
    "ordinal": numbers.ordinal_en,
    "number_only": numbers.number_only,
    "clock_en": numbers.clock_en,
    "clock_id": numbers.clock_id,
    "price_en": numbers.price_en,
    "price_id": numbers.price_id,
    "date_id": numbers.date_id,
    # reader typing (this module)
    "yt_id": yt_id,
    "so_en": so_en,
    "wow_id": stretched("wow_id_words"),
    "wow_en": stretched("wow_en_words"),
    "laugh_id": laugh_id,
    "laugh_en": laugh_en,
    "bang": bang,
    "hearts": emoji_run("emoji_hearts"),
    "laughs_emo": emoji_run("emoji_laugh"),
    "pray_emo": emoji_run("emoji_pray"),
    "sad_emo": emoji_run("emoji_sad"),
    "misc_emo": emoji_run("emoji_misc"),
    "any_emo": emoji_run(*EMOJI_POOLS),
    "country": country,
    "country_flag": country_flag,
    "flag": any_flag,
    "flag_run": flag_run,
}
