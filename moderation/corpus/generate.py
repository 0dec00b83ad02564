"""Generate the starter corpus of labelled news-article comments for the spam classifier.

Usage:
    python moderation/corpus/generate.py

Writes ``starter.csv`` (columns ``text,label,lang,kind``) next to this file and prints the
counts per language, label and kind. Every text is built here from templates and slot fillers
written for this project; nothing is read from outside. Standard library only and a fixed seed,
so two runs write byte-identical files.

Template syntax:
    {slot}      replaced by a random value of SLOTS["slot"] (a list, or a function of the rng)
    [[a|b|]]    inline choice between "a", "b" and "" (nothing)
Slot values may themselves contain slots and inline choices; they are expanded recursively.

After filling, a kind's `noise` (NOISES) makes the text look typed by a person: capitals,
stretched words, typos, emoji, styled letters. Spam kinds without one are obfuscated or re-cased
as before; ham kinds without one get `casualise`.
"""

# ruff: noqa: E501 - template strings are data and read better unwrapped

from __future__ import annotations

import csv
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

SEED = 20240917
OUT_PATH = Path(__file__).resolve().parent / "starter.csv"
MAX_ATTEMPTS_PER_ROW = 400

Rng = random.Random
Filler = Sequence[str] | Callable[[Rng], str]


# --------------------------------------------------------------------------------------------
# Small random generators used as slot fillers
# --------------------------------------------------------------------------------------------


def _digits(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


ID_MOBILE_PREFIXES = [
    "811",
    "812",
    "813",
    "819",
    "821",
    "822",
    "823",
    "831",
    "838",
    "852",
    "853",
    "856",
    "857",
    "858",
    "877",
    "878",
    "881",
    "882",
    "895",
    "896",
    "897",
    "898",
]


def wa_id(rng: Rng) -> str:
    """An Indonesian mobile number in one of the formats spammers use."""
    pre = rng.choice(ID_MOBILE_PREFIXES)
    a, b = _digits(rng, 4), _digits(rng, rng.choice([3, 4, 4]))
    style = rng.randrange(7)
    if style == 0:
        return f"+62 {pre}-{a}-{b}"
    if style == 1:
        return f"0{pre}-{a}-{b}"
    if style == 2:
        return f"wa.me/62{pre}{a}{b}"
    if style == 3:
        return f"0{pre} {a} {b}"
    if style == 4:
        return f"+62{pre}{a}{b}"
    if style == 5:
        return f"https://wa.me/62{pre}{a}{b}"
    return f"0{pre}{a}{b}"


def wa_intl(rng: Rng) -> str:
    """An international number as used by English-language scam comments."""
    style = rng.randrange(6)
    if style == 0:
        return f"+1 ({rng.randint(201, 989)}) {_digits(rng, 3)}-{_digits(rng, 4)}"
    if style == 1:
        return f"+1 {rng.randint(201, 989)} {_digits(rng, 3)} {_digits(rng, 4)}"
    if style == 2:
        return f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}"
    if style == 3:
        return f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"
    if style == 4:
        return f"+1{rng.randint(201, 989)}{_digits(rng, 7)}"
    return f"+{rng.choice(['27', '234', '971', '65'])} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}"


JUDOL_BASES = [
    "GACOR",
    "MAXJP",
    "ZEUSWIN",
    "HOKI",
    "SULTAN",
    "NAGA",
    "PETIR",
    "JPHOKI",
    "RAJA",
    "DEWA",
    "KAKEK",
    "OLYMP",
    "MAHJONG",
    "CUAN",
    "BOSWD",
    "PANEN",
    "MEGA",
    "GARUDA",
    "KOIN",
    "LUCKY",
    "BINTANG",
    "JACKPOT",
    "SAKTI",
    "MANTRA",
    "WDKILAT",
    "ASIA",
    "ROYAL",
    "SENJA",
    "TIGER",
    "BADAK",
    "LANGIT",
    "MERAH",
    "EMAS",
    "PUTRI",
    "JAGO",
    "SPIN",
    "TURBO",
    "KILAT",
    "KENARI",
    "RUBY",
]
JUDOL_SUFFIXES = [
    "77",
    "88",
    "138",
    "303",
    "4D",
    "168",
    "99",
    "777",
    "212",
    "365",
    "188",
    "889",
    "5000",
    "123",
    "55",
    "69",
    "7",
    "24",
]


def judol_site(rng: Rng) -> str:
    """An invented online-gambling brand such as GACOR77, MaxJP88 or hoki138."""
    name = rng.choice(JUDOL_BASES) + rng.choice(JUDOL_SUFFIXES)
    style = rng.randrange(10)
    if style < 6:
        return name
    if style < 8:
        return name.capitalize()
    return name.lower()


JUDOL_TLDS = [
    "xyz",
    "vip",
    "top",
    "site",
    "online",
    "pro",
    "link",
    "club",
    "icu",
    "lol",
    "fun",
    "bet",
    "store",
    "cfd",
    "sbs",
]
JUDOL_DOMAIN_EXTRAS = [
    "-login",
    "-resmi",
    "-alternatif",
    "-daftar",
    "-link",
    "-gacor",
    "",
    "",
    "-id",
    "-official",
    "-vip",
]


def judol_domain(rng: Rng) -> str:
    """An invented gambling domain (gacor77-login.xyz) or a shortened link."""
    if rng.random() < 0.25:
        return rng.choice(["bit.ly/", "s.id/", "cutt.ly/", "rb.gy/"]) + _alnum(
            rng, rng.randint(5, 8)
        )
    base = (rng.choice(JUDOL_BASES) + rng.choice(JUDOL_SUFFIXES)).lower()
    host = f"{base}{rng.choice(JUDOL_DOMAIN_EXTRAS)}.{rng.choice(JUDOL_TLDS)}"
    if rng.random() < 0.3:
        host = "https://" + host
    return host


def spam_domain(words: Sequence[str], tlds: Sequence[str]) -> Callable[[Rng], str]:
    """Make a filler that builds invented domains from two words: cheap-meds-online.shop."""

    def make(rng: Rng) -> str:
        first, second = rng.sample(list(words), 2)
        host = f"{first}-{second}.{rng.choice(tlds)}"
        if rng.random() < 0.15:
            return rng.choice(["bit.ly/", "tinyurl.com/", "cutt.ly/"]) + _alnum(
                rng, rng.randint(5, 8)
            )
        if rng.random() < 0.4:
            host = "https://" + host
        if rng.random() < 0.3:
            host += "/" + rng.choice(
                ["claim", "apply", "join", "start", "promo", "offer", "verify", "now", "register"]
            )
        return host

    return make


def rupiah_big(rng: Rng) -> str:
    """A winning / profit amount written the Indonesian way: 5jt, 2,5jt, 800rb, 7.500.000."""
    style = rng.randrange(6)
    if style == 0:
        return f"{rng.randint(2, 40)}jt"
    if style == 1:
        return f"{rng.randint(1, 9)},{rng.choice([2, 5, 7, 8])}jt"
    if style == 2:
        return f"{rng.choice([350, 500, 650, 750, 800, 900])}rb"
    if style == 3:
        return f"{rng.randint(2, 25)}.{rng.choice(['500', '250', '750', '000', '100'])}.000"
    if style == 4:
        return f"{rng.randint(3, 60)} juta"
    return f"Rp{rng.randint(2, 30)}.{rng.choice(['000', '500'])}.000"


def rupiah_small(rng: Rng) -> str:
    return rng.choice(
        [
            "10k",
            "5rb",
            "20rb",
            "25k",
            "50k",
            "10 ribu",
            "5k",
            "10rb",
            "15k",
            "20k",
            "30rb",
            "Rp10.000",
            "Rp25.000",
        ]
    )


def rupiah_loan(rng: Rng) -> str:
    return rng.choice(
        [
            f"{rng.randint(2, 50)} juta",
            f"{rng.randint(2, 50)}jt",
            f"Rp{rng.randint(2, 30)}.000.000",
            f"{rng.randint(1, 5)},5jt",
        ]
    )


def usd_big(rng: Rng) -> str:
    return f"${rng.randint(4, 95) * 500:,}"


def usd_small(rng: Rng) -> str:
    return f"${rng.choice([200, 250, 300, 500, 750, 1000, 1500, 2000])}"


def usd_weekly(rng: Rng) -> str:
    return f"${rng.randint(8, 60) * 100:,}"


def usd_loan(rng: Rng) -> str:
    return f"${rng.randint(3, 120) * 1000:,}"


def small_int(rng: Rng) -> str:
    return str(rng.randint(2, 9))


def pct(rng: Rng) -> str:
    return str(rng.choice([5, 7, 10, 12, 15, 18, 20, 25, 30, 35, 40]))


def rtp(rng: Rng) -> str:
    return f"{rng.randint(95, 99)}.{rng.randint(1, 9)}"


def mult(rng: Rng) -> str:
    return str(rng.choice([100, 250, 500, 1000, 2500, 5000, 1500, 750]))


def hour(rng: Rng) -> str:
    return f"{rng.randint(0, 23):02d}.{rng.choice(['00', '15', '30', '45'])}"


def pola(rng: Rng) -> str:
    a, b, c = rng.choice([10, 20, 30]), rng.choice([10, 30, 50]), rng.choice([20, 50, 100])
    return rng.choice(
        [
            f"manual {a}x, auto {b}x, turbo {c}x",
            f"DC on, spin {a}x, DC off turbo {c}x",
            f"auto {b}x + manual {a}x",
            f"bet 400, turbo {c}x lalu naik bet",
        ]
    )


def ref_code(rng: Rng) -> str:
    return rng.choice(JUDOL_BASES)[:4] + _digits(rng, rng.randint(2, 4))


def promo_code(rng: Rng) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(4, 6))) + _digits(
        rng, 2
    )


EN_FIRST_F = [
    "Evelyn",
    "Sandra",
    "Linda",
    "Maria",
    "Jennifer",
    "Angela",
    "Rebecca",
    "Catherine",
    "Olivia",
    "Grace",
    "Susan",
    "Victoria",
    "Patricia",
    "Helen",
    "Claire",
    "Donna",
    "Karen",
    "Monica",
]
EN_FIRST_M = [
    "Daniel",
    "Robert",
    "James",
    "Michael",
    "Thomas",
    "Richard",
    "Steven",
    "George",
    "Anthony",
    "Edward",
    "Charles",
    "Kevin",
    "Brian",
    "Martin",
    "Henry",
    "Frank",
]
EN_LAST = [
    "Carter",
    "Whitmore",
    "Hollis",
    "Brennan",
    "Ashford",
    "Delaney",
    "Pruitt",
    "Harlow",
    "Kessler",
    "Langford",
    "Morrow",
    "Prescott",
    "Sterling",
    "Thornton",
    "Vance",
    "Wakefield",
    "Cole",
    "Redding",
    "Ainsley",
    "Fairbanks",
]


def en_fullname_f(rng: Rng) -> str:
    title = rng.choice(["Mrs", "Ms", "Mrs.", "Dr.", "Expert", "Madam"])
    return f"{title} {rng.choice(EN_FIRST_F)} {rng.choice(EN_LAST)}"


def en_fullname(rng: Rng) -> str:
    if rng.random() < 0.6:
        return en_fullname_f(rng)
    title = rng.choice(["Mr", "Mr.", "Dr.", "Coach", "Expert"])
    return f"{title} {rng.choice(EN_FIRST_M)} {rng.choice(EN_LAST)}"


ID_NAMES = [
    "Hendra",
    "Ratna",
    "Dimas",
    "Sinta",
    "Robert",
    "Yusuf",
    "Wulan",
    "Agus",
    "Lestari",
    "Bayu",
    "Melati",
    "Rizky",
    "Anton",
    "Sari",
    "Fajar",
    "Indah",
]


def id_name(rng: Rng) -> str:
    return f"{rng.choice(['Pak', 'Bu', 'Mas', 'Kak', 'Om', 'Bang', 'Coach', 'Mentor'])} {rng.choice(ID_NAMES)}"


def tg_handle(rng: Rng) -> str:
    first = rng.choice(EN_FIRST_F + EN_FIRST_M + ID_NAMES).lower()
    return (
        "@"
        + first
        + rng.choice(
            [
                "_fx",
                "trades",
                "_invest",
                "official",
                "_crypto",
                "profit",
                "_signals",
                "vip",
                "_mentor",
            ]
        )
        + rng.choice(["", _digits(rng, 2)])
    )


def email(rng: Rng) -> str:
    first = rng.choice(EN_FIRST_F + EN_FIRST_M).lower()
    return f"{first}{rng.choice(['.', '_', ''])}{rng.choice(EN_LAST).lower()}{_digits(rng, rng.choice([0, 2, 3]))}@{rng.choice(['gmail.com', 'outlook.com', 'protonmail.com', 'yahoo.com'])}"


def id_user(rng: Rng) -> str:
    base = rng.choice(
        [
            "budi",
            "rina",
            "andre",
            "tante_lia",
            "kangasep",
            "dimas",
            "yuni",
            "bangjoe",
            "putri",
            "hendra",
            "ucup",
            "ade",
            "wawan",
            "siska",
            "joko",
            "mbak_nur",
            "fikri",
            "ratih",
            "arif",
            "nanda",
        ]
    )
    return base + rng.choice(["", "", "_", "88", "21", "_id", "99", "kw"])


def en_user(rng: Rng) -> str:
    base = rng.choice(
        [
            "mike",
            "sarah_k",
            "dave",
            "jen",
            "tom_h",
            "kate",
            "realpaul",
            "lisa",
            "chris",
            "nina",
            "oldtimer",
            "rob",
            "amy",
            "gary",
            "sam",
            "hannah",
            "ben",
            "laura",
            "pete",
            "zoe",
        ]
    )
    return base + rng.choice(["", "", "_", "77", "1984", "_uk", "2", "_nyc", "k"])


def id_rb(rng: Rng) -> str:
    return rng.choice(
        [
            "150 ribu",
            "200 ribu",
            "300 ribu",
            "400 ribu",
            "500 ribu",
            "350rb",
            "250rb",
            "600rb",
            "Rp300.000",
            "Rp450.000",
            "100 ribu",
        ]
    )


def id_jt(rng: Rng) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 9)} juta",
            f"{rng.randint(1, 9)},{rng.choice([2, 5])} juta",
            f"Rp{rng.randint(1, 9)}.{rng.choice(['000', '500'])}.000",
            f"{rng.randint(2, 15)}jt",
        ]
    )


def id_price_kg(rng: Rng) -> str:
    return rng.choice(
        [f"Rp{rng.randint(12, 95)}.000", f"{rng.randint(12, 95)} ribu", f"{rng.randint(12, 95)}rb"]
    )


def year(rng: Rng) -> str:
    return str(rng.randint(2015, 2023))


def big_usd_plain(rng: Rng) -> str:
    return f"${rng.randint(2, 40) * 50:,}"


def usd_rent(rng: Rng) -> str:
    return f"${rng.randint(11, 32) * 100:,}"


def gbp(rng: Rng) -> str:
    return f"£{rng.randint(40, 160)}"


def millions(rng: Rng) -> str:
    return f"${rng.randint(2, 900)} million"


def num_people(rng: Rng) -> str:
    return str(rng.choice([12, 27, 40, 63, 120, 350, 1200, 4000, 15]))


# ---- numbers as ordinary readers use them (ham): timestamps, counts, scores, years ----


def timestamp(rng: Rng) -> str:
    """A video timestamp: 2:15, 0:47, 12:03, 1:02:33."""
    if rng.random() < 0.12:
        return f"{rng.randint(1, 2)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return f"{rng.randint(0, 14)}:{rng.randint(0, 59):02d}"


def count_en(rng: Rng) -> str:
    """A view, like or reader count as English speakers write it: 1,000,000 / 3.4M / 850k."""
    style = rng.randrange(7)
    if style == 0:
        return f"{rng.randint(1, 9)},{rng.randint(0, 999):03d},{rng.randint(0, 999):03d}"
    if style == 1:
        return f"{rng.randint(2, 90)} million"
    if style == 2:
        return f"{rng.randint(100, 999)}k"
    if style == 3:
        return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}M"
    if style == 4:
        return f"{rng.randint(2, 60)},000"
    if style == 5:
        return rng.choice(["1,000,000", "a billion", "100,000", "half a million", "10 million"])
    return f"{rng.randint(2, 9)}00"


def count_id(rng: Rng) -> str:
    """A count the Indonesian way: 2 juta, 15 ribu, 300rb, 1.250.000, 4,5jt."""
    style = rng.randrange(6)
    if style == 0:
        return f"{rng.randint(2, 90)} juta"
    if style == 1:
        return f"{rng.randint(2, 900)} ribu"
    if style == 2:
        return f"{rng.randint(1, 9)}.{rng.randint(0, 999):03d}.{rng.randint(0, 999):03d}"
    if style == 3:
        return f"{rng.randint(1, 9)},{rng.randint(1, 9)}jt"
    if style == 4:
        return f"{rng.randint(10, 999)}rb"
    return rng.choice(["sejuta", "satu juta", "ratusan ribu", "1 M", "seratus ribu"])


def goals(rng: Rng) -> str:
    """A football score in the two ways readers write it: 2-1, 3:0."""
    home, away = rng.randint(0, 5), rng.randint(0, 4)
    return f"{home}{rng.choice(['-', '-', ':', ' - '])}{away}"


def big_pct(rng: Rng) -> str:
    """Enthusiastic percentages: 1000%, 10000000%, 99,9%."""
    return (
        rng.choice(["100", "1000", "10000", "1000000", "10000000", "200", "110", "99,9", "500"])
        + "%"
    )


def year_old(rng: Rng) -> str:
    return str(rng.randint(1985, 2019))


def year_recent(rng: Rng) -> str:
    return str(rng.randint(2020, 2025))


def year_born(rng: Rng) -> str:
    return str(rng.randint(1970, 2005))


def year_game(rng: Rng) -> str:
    return str(rng.randint(2012, 2020))


def age_kid(rng: Rng) -> str:
    return str(rng.randint(5, 15))


def age_adult(rng: Rng) -> str:
    return str(rng.randint(20, 59))


def age_old(rng: Rng) -> str:
    return str(rng.randint(62, 96))


def ordinal_en(rng: Rng) -> str:
    """1st, 2nd, 3rd, 11th, 22nd..."""
    n = rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 20, 21, 22, 23, 50, 100])
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    if n % 100 in (11, 12, 13):
        suffix = "th"
    return f"{n}{suffix}"


def number_only(rng: Rng) -> str:
    """A comment that is nothing but a number (a year, a count, a rating)."""
    style = rng.randrange(5)
    if style == 0:
        return str(rng.randint(1, 99))
    if style == 1:
        return str(rng.randint(1990, 2025))
    if style == 2:
        return f"{rng.randint(7, 10)}/10"
    if style == 3:
        return ordinal_en(rng)
    return rng.choice(["100", "1000", "999", "0", "1", "11/10", "100/100", "10000"])


def clock_en(rng: Rng) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 4)}am",
            f"{rng.randint(1, 4)}:{rng.randint(10, 59)} am",
            "midnight",
            f"{rng.randint(5, 11)}pm",
        ]
    )


def clock_id(rng: Rng) -> str:
    return rng.choice(
        [
            f"jam {rng.randint(1, 4)} pagi",
            f"jam {rng.randint(0, 3):02d}.{rng.randint(10, 59)}",
            "tengah malam",
            f"jam {rng.randint(8, 11)} malam",
        ]
    )


def price_en(rng: Rng) -> str:
    return rng.choice(
        [
            f"${rng.randint(2, 19)}.{rng.choice(['99', '49', '50'])}",
            f"${rng.randint(20, 300)}",
            f"£{rng.randint(2, 40)}",
            f"${rng.randint(1, 9)},{rng.randint(1, 9)}00",
        ]
    )


def price_id(rng: Rng) -> str:
    return rng.choice(
        [
            f"Rp{rng.randint(5, 95)}.000",
            f"{rng.randint(5, 95)} ribu",
            f"{rng.randint(5, 95)}rb",
            f"Rp{rng.randint(1, 9)},{rng.randint(1, 9)} juta",
            f"{rng.randint(100, 900)} ribu",
        ]
    )


def yt_id(rng: Rng) -> str:
    """An 11-character video id like the ones in youtube.com/watch?v=... links."""
    return "".join(rng.choice(string.ascii_letters + string.digits + "-_") for _ in range(11))


# ---- the way readers type: stretched words, laughter, piles of ! and ? ----


def stretch(word: str, rng: Rng) -> str:
    """mantap -> mantaaap, so -> sooo, yes -> yesss."""
    vowels = [i for i, ch in enumerate(word) if ch.lower() in "aeiou"]
    i = vowels[-1] if vowels and rng.random() < 0.75 else len(word) - 1
    return word[: i + 1] + word[i] * rng.randint(2, 6) + word[i + 1 :]


def stretched(words: Sequence[str]) -> Callable[[Rng], str]:
    """Make a filler that picks one of the words and stretches it."""

    def make(rng: Rng) -> str:
        return stretch(rng.choice(words), rng)

    return make


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


EMOJI_HEARTS = ["❤", "❤️", "💕", "💖", "😍", "🥰", "💗", "💙", "💛", "🤍", "💜", "😘"]
EMOJI_LAUGH = ["😂", "🤣", "😆", "😹", "😅", "😁"]
EMOJI_PRAY = ["🙏", "🤲", "🙏🏻", "🙏🏽"]
EMOJI_SAD = ["😢", "😭", "🥺", "💔", "😞"]
EMOJI_MISC = [
    "👍",
    "👏",
    "🔥",
    "💯",
    "🤔",
    "😮",
    "😱",
    "🙌",
    "⚽",
    "🎶",
    "😎",
    "🤯",
    "👀",
    "💪",
    "🥳",
    "🎉",
    "😳",
    "🤦",
    "🙄",
    "😡",
    "🐐",
    "👑",
    "🌹",
    "✨",
]
EMOJI_ALL = EMOJI_HEARTS + EMOJI_LAUGH + EMOJI_PRAY + EMOJI_SAD + EMOJI_MISC


def emoji_run(pool: Sequence[str]) -> Callable[[Rng], str]:
    """Make a filler: one emoji repeated (❤❤❤) or a few different ones (😂🔥👏)."""

    def make(rng: Rng) -> str:
        if rng.random() < 0.55:
            return rng.choice(pool) * rng.randint(1, 6)
        picks = rng.sample(list(pool), rng.randint(2, 3))
        return "".join(p * rng.randint(1, 3) for p in picks)

    return make


# (country, ISO code) for greetings; the flag emoji is built from the code
COUNTRIES = [
    ("Brazil", "BR"),
    ("Mexico", "MX"),
    ("India", "IN"),
    ("the Philippines", "PH"),
    ("Nigeria", "NG"),
    ("Kenya", "KE"),
    ("Germany", "DE"),
    ("Poland", "PL"),
    ("Turkey", "TR"),
    ("Egypt", "EG"),
    ("Vietnam", "VN"),
    ("Pakistan", "PK"),
    ("Canada", "CA"),
    ("Australia", "AU"),
    ("Argentina", "AR"),
    ("Peru", "PE"),
    ("Malaysia", "MY"),
    ("Indonesia", "ID"),
    ("Japan", "JP"),
    ("Ghana", "GH"),
    ("Romania", "RO"),
    ("Morocco", "MA"),
    ("Colombia", "CO"),
    ("Chile", "CL"),
    ("Bangladesh", "BD"),
    ("Sri Lanka", "LK"),
    ("Portugal", "PT"),
    ("Italy", "IT"),
    ("Spain", "ES"),
    ("South Africa", "ZA"),
    ("Jamaica", "JM"),
    ("Ireland", "IE"),
    ("Scotland", "GB"),
    ("Nepal", "NP"),
]


def flag_emoji(code: str) -> str:
    return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in code)


def country(rng: Rng) -> str:
    return rng.choice(COUNTRIES)[0]


def country_flag(rng: Rng) -> str:
    """Brazil 🇧🇷"""
    name, code = rng.choice(COUNTRIES)
    return f"{name} {flag_emoji(code)}"


def any_flag(rng: Rng) -> str:
    return flag_emoji(rng.choice(COUNTRIES)[1])


def flag_run(rng: Rng) -> str:
    """One country's flag, once or a few times: 🇧🇷🇧🇷🇧🇷."""
    return any_flag(rng) * rng.randint(1, 4)


# ---- invented gambling brands that spam name-drops without a link or keyword ----

BRAND_HEADS_ID = [
    "NAGA",
    "LUNA",
    "KOI",
    "RAJA",
    "DEWI",
    "PADI",
    "KUDA",
    "BOLA",
    "JITU",
    "GEMA",
    "TORA",
    "VIRA",
    "INTAN",
    "PELANGI",
    "SAKURA",
    "BIMA",
    "ARJUNA",
    "SURYA",
    "KILAU",
    "MUTIARA",
    "MERPATI",
    "TIRTA",
    "ANGSA",
    "PRABU",
    "KENCANA",
    "SAMUDRA",
    "WAYANG",
    "NUSA",
    "ELANG",
    "KANCIL",
    "PERMATA",
    "DUTA",
    "CAKRA",
    "MENTARI",
    "ZAMRUD",
    "GALAXY",
    "OMEGA",
    "TITAN",
    "NEXUS",
    "ZENO",
    "MAHA",
    "SINAR",
    "BULAN",
    "GUNUNG",
    "PANDA",
    "HARIMAU",
    "RUSA",
    "BADAK",
    "ASIA",
    "ORION",
]
BRAND_TAILS_ID = [
    "HOKI",
    "WIN",
    "JP",
    "BET",
    "PLAY",
    "SPIN",
    "TOTO",
    "GG",
    "CUAN",
    "KU",
    "ZONE",
    "KING",
    "STAR",
    "BOS",
    "JAYA",
    "MPO",
    "LOTRE",
    "LIGA",
    "MAX",
    "REJEKI",
    "SULTAN",
    "GAMING",
    "PRO",
    "VIP",
]
BRAND_NUMBERS = [
    "77",
    "88",
    "4D",
    "138",
    "303",
    "99",
    "777",
    "168",
    "212",
    "55",
    "365",
    "889",
    "123",
    "5000",
    "89",
    "678",
    "1001",
    "999",
    "25",
    "8",
    "9",
    "707",
    "388",
    "108",
    "555",
    "2024",
    "24",
    "4D",
    "88",
    "77",
]
BRAND_HEADS_EN = [
    "LUCKY",
    "ACE",
    "ROYAL",
    "VEGAS",
    "JACK",
    "GOLD",
    "STAR",
    "NEON",
    "CROWN",
    "MONARCH",
    "FORTUNE",
    "BLAZE",
    "RIVER",
    "ORBIT",
    "PRIME",
    "WILD",
    "LION",
    "COBRA",
    "EMPIRE",
    "DIAMOND",
    "VELVET",
    "ATLAS",
    "MAVERICK",
    "PHOENIX",
    "SAPPHIRE",
    "THUNDER",
]
BRAND_TAILS_EN = [
    "SPIN",
    "BET",
    "PLAY",
    "WIN",
    "REELS",
    "PALACE",
    "CLUB",
    "X",
    "HUB",
    "VAULT",
    "DICE",
    "STAKES",
    "ROLL",
    "CHIPS",
]
BRAND_NUMBERS_EN = ["777", "88", "365", "24", "7", "1", "99", "21", "8", "360", "500"]


def brand_name(rng: Rng, heads: Sequence[str], tails: Sequence[str], numbers: Sequence[str]) -> str:
    """NAGA + HOKI + 88 -> NAGAHOKI88, Lunabet, koi4D, Raja Toto 77."""
    head = rng.choice(heads)
    tail = rng.choice(tails) if rng.random() < 0.65 else ""
    number = rng.choice(numbers) if rng.random() < 0.7 or not tail else ""
    sep = " " if rng.random() < 0.08 else ""
    name = head + sep + tail + (" " if sep and rng.random() < 0.5 else "") + number
    roll = rng.random()
    if roll < 0.55:
        return name
    if roll < 0.85:
        return " ".join(part.capitalize() for part in name.split(" "))
    return name.lower()


def judol_brand(rng: Rng) -> str:
    """An invented Indonesian gambling brand, styled the way campaigns style it."""
    return style_brand(brand_name(rng, BRAND_HEADS_ID, BRAND_TAILS_ID, BRAND_NUMBERS), rng)


def casino_brand(rng: Rng) -> str:
    """An invented English-language casino brand, styled the same way."""
    return style_brand(brand_name(rng, BRAND_HEADS_EN, BRAND_TAILS_EN, BRAND_NUMBERS_EN), rng)


MONEY_APPS = [
    "CashNest",
    "TaskBee",
    "PennyPath",
    "EarnLoop",
    "QuickQuid",
    "SurveyJar",
    "CoinGarden",
    "DailyDrip",
    "ClickBucks",
    "PocketMint",
    "GigBoost",
    "Moneyvine",
    "RewardRoost",
    "TapTill",
]


def money_app(rng: Rng) -> str:
    """An invented 'make money' app; sometimes styled like the gambling brands."""
    name = rng.choice(MONEY_APPS)
    roll = rng.random()
    if roll < 0.15:
        return style_brand(name, rng)
    if roll < 0.3:
        return name.upper()
    if roll < 0.4:
        return name.lower()
    return name


def artist_name(rng: Rng) -> str:
    """A made-up stage name for self-promotion: Lil Dave, DJ Kate, Nina Beats."""
    first = rng.choice(
        [
            "Dave",
            "Kate",
            "Nina",
            "Rob",
            "Jayden",
            "Mia",
            "Tyler",
            "Zoe",
            "Marcus",
            "Kiki",
            "Leo",
            "Ava",
        ]
    )
    return rng.choice(
        [
            f"Lil {first}",
            f"DJ {first}",
            f"{first} Beats",
            f"Young {first}",
            f"MC {first}",
            f"{first}Music",
            f"{first} Official",
            f"{first} Sings",
        ]
    )


def wa_any(rng: Rng) -> str:
    """An Indonesian number written to slip past filters: spaces, dots, letter O, spaced digits."""
    pre = rng.choice(ID_MOBILE_PREFIXES)
    a, b = _digits(rng, 4), _digits(rng, rng.choice([3, 4, 4]))
    style = rng.randrange(10)
    if style == 0:
        return f"0{pre} {a} {b}"
    if style == 1:
        return f"0{pre}.{a}.{b}"
    if style == 2:
        return f"62{pre}{a}{b}"
    if style == 3:
        return f"+62 {pre} {a} {b}"
    if style == 4:
        return f"(0{pre}) {a}-{b}"
    if style == 5:
        return " ".join(f"0{pre}{a}{b}")
    if style == 6:
        return f"O{pre}-{a}-{b}"
    if style == 7:
        return f"0{pre}{a[:2]} {a[2:]}{b}"
    if style == 8:
        return f"0{pre}-{a}-{b}"
    return wa_id(rng)


ID_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def date_id(rng: Rng) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(ID_MONTHS)}"


# --------------------------------------------------------------------------------------------
# Slot fillers
# --------------------------------------------------------------------------------------------

PHARMA_WORDS = [
    "cheap",
    "meds",
    "online",
    "rx",
    "pharmacy",
    "pills",
    "discount",
    "health",
    "direct",
    "care",
    "express",
    "best",
    "generic",
    "store",
]
ADULT_WORDS = [
    "hot",
    "singles",
    "meet",
    "local",
    "date",
    "night",
    "lonely",
    "chat",
    "flirt",
    "match",
    "secret",
    "cam",
    "girls",
    "tonight",
]
LOAN_WORDS = [
    "fast",
    "cash",
    "loan",
    "approve",
    "quick",
    "easy",
    "credit",
    "funds",
    "instant",
    "capital",
    "lend",
    "express",
    "now",
]
CRYPTO_WORDS = [
    "crypto",
    "profit",
    "bit",
    "trade",
    "coin",
    "mining",
    "yield",
    "smart",
    "invest",
    "ai",
    "wallet",
    "earn",
    "global",
    "pro",
]
GIFT_WORDS = [
    "free",
    "gift",
    "reward",
    "claim",
    "prize",
    "lucky",
    "winner",
    "bonus",
    "promo",
    "hadiah",
    "giveaway",
    "spin",
    "voucher",
]
PHISH_WORDS = [
    "secure",
    "account",
    "verify",
    "login",
    "update",
    "support",
    "center",
    "help",
    "service",
    "check",
    "auth",
    "recovery",
    "member",
    "alert",
]
PHISH_ID_WORDS = [
    "verifikasi",
    "akun",
    "nasabah",
    "layanan",
    "pusat",
    "bantuan",
    "data",
    "aktivasi",
    "resmi",
    "keamanan",
    "update",
    "pemulihan",
]
SEO_WORDS = [
    "best",
    "cheap",
    "top",
    "reviews",
    "guide",
    "seo",
    "service",
    "local",
    "pro",
    "deals",
    "tips",
    "expert",
    "quality",
    "affordable",
]
SEO_ID_WORDS = [
    "jasa",
    "murah",
    "terbaik",
    "terpercaya",
    "backlink",
    "seo",
    "sewa",
    "mobil",
    "servis",
    "ac",
    "toko",
    "online",
    "promo",
    "grosir",
]
WFH_WORDS = [
    "home",
    "job",
    "work",
    "income",
    "easy",
    "daily",
    "online",
    "career",
    "earn",
    "remote",
    "side",
    "hustle",
    "kerja",
    "cuan",
]
CASINO_WORDS = [
    "royal",
    "spin",
    "casino",
    "vegas",
    "jackpot",
    "bet",
    "lucky",
    "win",
    "slots",
    "ace",
    "gold",
    "fortune",
]

SLOTS: dict[str, Filler] = {
    # ---- generated values ----
    "wa_id": wa_id,
    "wa_intl": wa_intl,
    "site": judol_site,
    "jdom": judol_domain,
    "wd": rupiah_big,
    "depo": rupiah_small,
    "jt": rupiah_loan,
    "usd_big": usd_big,
    "usd_small": usd_small,
    "usd_weekly": usd_weekly,
    "usd_loan": usd_loan,
    "n": small_int,
    "pct": pct,
    "rtp": rtp,
    "mult": mult,
    "hour": hour,
    "pola": pola,
    "ref": ref_code,
    "code": promo_code,
    "fullname": en_fullname,
    "fullname_f": en_fullname_f,
    "id_name": id_name,
    "tg": tg_handle,
    "email": email,
    "id_user": id_user,
    "en_user": en_user,
    "id_rb": id_rb,
    "id_jt": id_jt,
    "id_price_kg": id_price_kg,
    "year": year,
    "usd_plain": big_usd_plain,
    "usd_rent": usd_rent,
    "gbp": gbp,
    "millions": millions,
    "num_people": num_people,
    "pharma_dom": spam_domain(PHARMA_WORDS, ["shop", "store", "online", "xyz", "top", "biz"]),
    "adult_dom": spam_domain(ADULT_WORDS, ["xyz", "club", "live", "fun", "online", "site"]),
    "loan_dom": spam_domain(LOAN_WORDS, ["xyz", "online", "site", "top", "info", "biz"]),
    "crypto_dom": spam_domain(CRYPTO_WORDS, ["io", "xyz", "pro", "online", "live", "top"]),
    "gift_dom": spam_domain(GIFT_WORDS, ["xyz", "top", "site", "online", "click", "link"]),
    "phish_dom": spam_domain(PHISH_WORDS, ["info", "xyz", "top", "online", "site", "support"]),
    "phish_id_dom": spam_domain(PHISH_ID_WORDS, ["info", "xyz", "top", "online", "site", "web.id"]),
    "seo_dom": spam_domain(SEO_WORDS, ["com", "net", "org", "co", "info", "blog"]),
    "seo_id_dom": spam_domain(SEO_ID_WORDS, ["com", "net", "id", "my.id", "web.id", "site"]),
    "wfh_dom": spam_domain(WFH_WORDS, ["xyz", "online", "site", "top", "work", "biz"]),
    "casino_dom": spam_domain(CASINO_WORDS, ["bet", "xyz", "casino", "vip", "online", "top"]),
    "pinjol_dom": spam_domain(
        ["dana", "cair", "kilat", "pinjam", "tunai", "cepat", "kredit", "uang", "modal", "segera"],
        ["xyz", "online", "site", "top", "id", "info"],
    ),
    # ---- judol vocabulary ----
    "emo": ["🔥", "💰", "🎰", "🔥🔥", "💸", "🤑", "🎰🔥", "💯", "✅", "", "", "🔥💰🎰", "👑", "💎"],
    "game": [
        "Gates of Olympus",
        "Mahjong Ways 2",
        "Sweet Bonanza",
        "Starlight Princess",
        "Kakek Zeus",
        "Olympus 1000",
        "Wild Bandito",
        "Aztec Gems",
        "Koi Gate",
        "Mahjong Wins 3",
        "Pyramid Bonanza",
        "Lucky Neko",
        "Sugar Rush",
    ],
    "pay": [
        "DANA",
        "OVO",
        "GoPay",
        "pulsa",
        "QRIS",
        "ShopeePay",
        "LinkAja",
        "transfer bank",
        "e-wallet",
    ],
    "server": ["Thailand", "Kamboja", "Vietnam", "Hongkong", "luar negeri", "Jepang"],
    "event": [
        "scatter hitam",
        "turnamen harian",
        "cashback {pct}%",
        "spin gratis",
        "rollingan mingguan",
        "bonus deposit harian",
        "lucky draw",
    ],
    "scatter_txt": [
        "pecah scatter {n}x",
        "tembus x{mult}",
        "turun scatter hitam terus",
        "maxwin berkali-kali",
        "bagi-bagi freespin",
    ],
    "wd_speed": [
        "kurang dari 3 menit",
        "langsung masuk rekening",
        "cepet banget",
        "nggak pake lama",
        "dalam hitungan menit",
        "tanpa drama",
    ],
    "gacor_adj": [
        "gacor",
        "gacor parah",
        "lagi pecah",
        "anti rungkad",
        "lagi murah scatter",
        "rtp-nya tinggi",
    ],
    "win_verb": ["wd", "narik", "cair", "menang", "dapet jp"],
    "when_id": [
        "tadi malem",
        "barusan",
        "kemarin sore",
        "subuh tadi",
        "pas jam istirahat",
        "semalem",
        "tadi pagi",
    ],
    "mult_game": [
        "x{mult} di {game}",
        "maxwin {game}",
        "scatter hitam {game}",
        "jp paus di {game}",
    ],
    # ---- news / society vocabulary (id) ----
    "id_city": [
        "Jakarta",
        "Bandung",
        "Surabaya",
        "Medan",
        "Semarang",
        "Makassar",
        "Palembang",
        "Yogyakarta",
        "Malang",
        "Bekasi",
        "Depok",
        "Tangerang",
        "Bogor",
        "Denpasar",
        "Balikpapan",
        "Pontianak",
        "Padang",
        "Solo",
        "Manado",
        "Pekanbaru",
        "Cirebon",
        "Kupang",
        "Samarinda",
        "Banjarmasin",
        "Mataram",
        "Jambi",
        "Serang",
        "Tasikmalaya",
    ],
    "id_area": [
        "Cibubur",
        "Ciputat",
        "Kebayoran",
        "Cileungsi",
        "Sukajadi",
        "Tembalang",
        "Rungkut",
        "Kalideres",
        "Cakung",
        "Bojongsoang",
        "Pamulang",
        "Gubeng",
        "Sleman",
        "Bantul",
        "Cimahi",
        "Sidoarjo",
        "Margonda",
        "Kemang",
        "Cengkareng",
        "Tanjung Priok",
    ],
    "id_gov": [
        "pemerintah",
        "pemda",
        "pemkot",
        "gubernur",
        "bupati",
        "menteri terkait",
        "DPR",
        "DPRD",
        "dinas PU",
        "pemprov",
        "kementerian",
        "wali kota",
        "pemerintah pusat",
    ],
    "id_issue": [
        "harga beras",
        "subsidi BBM",
        "kemacetan",
        "banjir",
        "sampah",
        "lapangan kerja",
        "biaya sekolah",
        "antrean BPJS",
        "harga tiket pesawat",
        "PHK massal",
        "polusi udara",
        "air bersih",
        "stunting",
        "tarif listrik",
        "nasib honorer",
        "jalan rusak",
        "harga minyak goreng",
        "kekeringan",
    ],
    "id_club": [
        "Persib",
        "Persija",
        "Persebaya",
        "Arema",
        "PSM",
        "Bali United",
        "PSS Sleman",
        "Borneo FC",
        "Dewa United",
        "PSIS",
        "Madura United",
        "Persis Solo",
    ],
    "id_weak": [
        "lini belakang",
        "lini tengah",
        "bek sayap",
        "penyelesaian akhir",
        "koordinasi pertahanan",
        "kiper",
    ],
    "id_app": [
        "Mobile JKN",
        "SatuSehat",
        "M-Paspor",
        "Identitas Kependudukan Digital",
        "SIM online",
        "pajak online",
        "e-Samsat",
        "PPDB online",
    ],
    "id_hero": [
        "petugas damkar",
        "relawan",
        "tenaga kesehatan",
        "guru honorer",
        "petugas kebersihan",
        "tim SAR",
        "polisi lalu lintas",
        "bidan desa",
        "petugas PLN",
    ],
    "id_project": [
        "kereta cepat",
        "ibu kota baru",
        "food estate",
        "sodetan",
        "LRT",
        "makan bergizi gratis",
        "bendungan",
        "jalan tol",
        "revitalisasi pasar",
        "normalisasi sungai",
    ],
    "id_party": [
        "pemerintah",
        "kepolisian",
        "perusahaan",
        "warga",
        "pihak sekolah",
        "klub",
        "DPRD",
        "pengembang",
    ],
    "id_sector": [
        "pendidikan",
        "kesehatan",
        "infrastruktur",
        "bansos",
        "penanganan banjir",
        "transportasi",
    ],
    "id_disaster": ["longsor", "banjir bandang", "kapal tenggelam", "gempa", "kebakaran pasar"],
    "id_group": [
        "ojol",
        "guru honorer",
        "pekerja kontrak",
        "mahasiswa",
        "pensiunan",
        "pelaku UMKM",
        "petani",
        "nelayan",
        "PNS",
        "pelajar",
        "buruh pabrik",
    ],
    "id_office": [
        "kelurahan",
        "kecamatan",
        "Dukcapil",
        "Samsat",
        "dinas sosial",
        "kantor pajak",
        "PLN",
    ],
    "id_market": [
        "Kramat Jati",
        "Induk Caringin",
        "Beringharjo",
        "Keputran",
        "Senen",
        "Bogor",
        "Johar",
        "Pasar Minggu",
    ],
    "id_follow": [
        "Semoga cepat ada solusi.",
        "Kita tunggu realisasinya.",
        "Jangan cuma wacana.",
        "Rakyat butuh bukti, bukan janji.",
        "Tolong terus dikawal ya.",
        "Semoga ke depan lebih baik.",
        "Miris sih.",
        "Kasihan warga kecil.",
        "Mudah-mudahan bukan pencitraan.",
        "Terima kasih sudah diberitakan.",
        "Capek dengernya.",
        "Harus ada evaluasi.",
    ],
    "id_opener": [
        "",
        "",
        "",
        "Menurut saya ",
        "Jujur aja, ",
        "Kalau menurut saya pribadi, ",
        "Hmm, ",
        "Sebenarnya ",
        "Sebagai warga biasa, ",
    ],
    "id_but": [
        "jangan lupa pengawasannya juga",
        "anggarannya harus transparan",
        "masalahnya di pelaksanaan",
        "nggak bisa disamaratakan",
        "perlu waktu juga",
        "harus didengar juga suara warga",
    ],
    "id_reply": [
        "setuju banget, apalagi soal {id_issue}.",
        "itu udah dibahas di paragraf tiga kok.",
        "nggak gitu juga, coba baca sampai habis.",
        "di {id_city} juga begitu, bukan cuma di tempat kamu.",
        "kamu kerja di bidang ini ya? penjelasannya masuk akal.",
        "bener, tapi kita juga harus lihat dari sisi {id_group}.",
        "maaf, datanya dari mana ya?",
        "haha iya, saya juga mikir gitu pas baca judulnya.",
        "jangan langsung nyalahin {id_gov}, kontraktornya juga harus diperiksa.",
        "semoga kamu cepat dapat kerja lagi ya, tetap semangat.",
        "saya tinggal dekat lokasinya, kondisinya memang separah itu.",
        "beda kasus, yang ini soal {id_issue}.",
        "sepakat, yang penting pengawasannya jalan.",
        "makasih koreksinya, saya salah baca tadi.",
        "nah ini komentar paling masuk akal di sini.",
        "kamu pernah ngurus sendiri? prosesnya nggak segampang itu.",
        "tahun lalu juga janjinya sama, makanya saya skeptis.",
    ],
    "id_answer": [
        "syaratnya ada di paragraf ketiga",
        "berlakunya mulai bulan depan",
        "pendaftarannya lewat aplikasi resmi",
        "itu cuma untuk wilayah tertentu dulu",
        "katanya masih uji coba",
    ],
    "id_short": [
        "setuju",
        "mantap infonya",
        "makasih infonya",
        "nyimak",
        "semoga cepat pulih",
        "turut berduka cita",
        "aamiin",
        "miris",
        "kasian warganya",
        "lanjutkan",
        "akhirnya",
        "semangat pak",
        "ngeri juga",
        "sepakat",
        "bener juga",
        "waduh",
        "kok bisa ya",
        "semoga cepat tertangkap",
        "info yang bermanfaat",
        "terima kasih sudah diberitakan",
        "keren timnas",
        "semoga amanah",
        "ya ampun",
        "sedih bacanya",
        "sudah kuduga",
        "kawal terus",
        "semoga lancar",
        "hati-hati di jalan semua",
        "turut prihatin",
        "salut",
    ],
    "id_short_end": ["", ".", "!", "..", " 👍", " 🙏", " min", " pak", " 👏", "!!", " 😢", " 😅"],
    "id_slang_agree": ["setuju bgt", "ga heran", "udah nebak", "b aja", "kecewa sih", "seneng bgt"],
    "id_slang_reason": [
        "dari dulu gitu2 mulu",
        "yg penting ada perubahan",
        "rakyat kecil lagi yg kena",
        "kebanyakan omong doang",
        "asal jgn mangkrak aja",
        "liat aja nanti",
    ],
    "id_price_item": [
        "beras",
        "cabe",
        "tiket konser",
        "tiket mudik",
        "rumah",
        "motor",
        "bensin",
        "kopi susu",
        "ongkir",
    ],
    "id_promise": [
        "mau gratis",
        "mau turun",
        "selesai tahun lalu",
        "mau diperbaiki",
        "nggak bakal naik",
    ],
    "id_reality": ["bayar juga", "naik lagi", "mangkrak", "makin parah", "naik dua kali"],
    "id_triliun": ["Rp3 triliun", "Rp800 miliar", "Rp12 triliun", "Rp1,5 triliun", "Rp450 miliar"],
    "id_ministry": ["Komdigi", "Kominfo", "polisi", "OJK", "pemerintah"],
    "wiki_id": [
        "Inflasi",
        "Bitcoin",
        "Otoritas_Jasa_Keuangan",
        "Badan_Pusat_Statistik",
        "Mahkamah_Konstitusi_Republik_Indonesia",
        "Tim_nasional_sepak_bola_Indonesia",
        "Perjudian",
        "Gempa_bumi",
        "Pajak_pertambahan_nilai",
        "Upah_minimum",
    ],
    "id_news_site": [
        "https://www.kompas.com",
        "https://www.detik.com",
        "https://www.tempo.co",
        "https://www.antaranews.com",
        "https://www.cnnindonesia.com",
        "https://www.kompas.id",
        "https://www.liputan6.com",
    ],
    "id_gov_site": [
        "https://www.bps.go.id",
        "https://www.ojk.go.id",
        "https://www.bmkg.go.id",
        "https://www.kemenkeu.go.id",
        "https://www.kpu.go.id",
        "https://www.lapor.go.id",
        "https://www.bi.go.id",
        "https://www.pajak.go.id",
    ],
    "id_term_pair": [
        "inflasi sama deflasi",
        "UMR sama UMK",
        "PPN sama PPh",
        "tilang manual sama tilang elektronik",
        "jalur zonasi sama afirmasi",
        "KUR sama KTA",
    ],
    "id_term_swap": [
        "UMK, bukan UMR",
        "PPh, bukan PPN",
        "deflasi, bukan inflasi",
        "jalur afirmasi, bukan zonasi",
        "tilang elektronik, bukan tilang manual",
    ],
    "id_source": [
        "sumbernya?",
        "sumber min?",
        "sumbernya mana?",
        "link sumbernya?",
        "ada sumbernya?",
    ],
    "en_source": ["source?", "source pls", "source for this?", "any source?", "got a source?"],
    # ---- news / society vocabulary (en) ----
    "en_city": [
        "Manchester",
        "Leeds",
        "Bristol",
        "Chicago",
        "Austin",
        "Denver",
        "Toronto",
        "Sydney",
        "Auckland",
        "Dublin",
        "Seattle",
        "Phoenix",
        "Glasgow",
        "Melbourne",
        "Portland",
        "Cleveland",
        "Birmingham",
        "Atlanta",
        "Vancouver",
        "Brisbane",
    ],
    "en_gov": [
        "the council",
        "the government",
        "the city",
        "the state",
        "Congress",
        "Parliament",
        "the mayor",
        "the transport department",
        "the school board",
        "the regulator",
        "ministers",
    ],
    "en_issue": [
        "housing costs",
        "potholes",
        "train delays",
        "hospital wait times",
        "childcare costs",
        "homelessness",
        "school funding",
        "water bills",
        "the energy cap",
        "bus cuts",
        "police response times",
        "flood defences",
    ],
    "en_team": [
        "Arsenal",
        "Chelsea",
        "Leeds",
        "the Lakers",
        "the Cowboys",
        "the Leafs",
        "Celtic",
        "the Bulls",
        "Liverpool",
        "the Yankees",
        "the Wallabies",
        "the All Blacks",
        "United",
        "the Broncos",
    ],
    "en_hero": [
        "firefighters",
        "nurses",
        "paramedics",
        "volunteers",
        "bus drivers",
        "teachers",
        "lifeguards",
        "search teams",
    ],
    "en_tech": [
        "the new iOS update",
        "the latest Android update",
        "this AI chatbot",
        "the smart meter rollout",
        "the new ID app",
        "facial recognition",
        "the self-checkout machines",
        "5G rollout",
    ],
    "en_follow": [
        "About time someone reported on it.",
        "Nothing will change though.",
        "Let's see if they follow through.",
        "Good reporting.",
        "Hope they fix it soon.",
        "Same story every year.",
        "Really frustrating.",
        "Glad this is getting attention.",
        "Thoughts with everyone affected.",
        "",
    ],
    "en_reply": [
        "totally agree, especially about {en_issue}.",
        "it's covered in the third paragraph.",
        "not really, read the whole piece.",
        "same in {en_city}, it's not just your area.",
        "do you work in this field? that explanation makes sense.",
        "true, but think about how it affects {en_group}.",
        "sorry, where's that figure from?",
        "ha, I thought the same when I saw the headline.",
        "don't just blame {en_gov}, the contractor should be looked at too.",
        "good luck with the job hunt, hope something comes up soon.",
        "I live near there, it really is that bad.",
        "different case, this one is about {en_issue}.",
        "agreed, enforcement is the whole point.",
        "thanks for the correction, I misread it.",
        "best comment in this thread honestly.",
        "have you actually dealt with them? it's not that simple.",
        "they promised the same thing last year, hence the scepticism.",
        "you're mixing up two different schemes.",
    ],
    "en_opener": [
        "",
        "",
        "",
        "Honestly, ",
        "To be fair, ",
        "Personally, ",
        "As someone who lives here, ",
        "I think ",
        "Hmm, ",
    ],
    "en_group": [
        "renters",
        "students",
        "pensioners",
        "small businesses",
        "part-time workers",
        "first-time buyers",
        "contractors",
        "nurses",
        "gig workers",
    ],
    "en_short": [
        "thanks for the update",
        "good read",
        "agreed",
        "great reporting",
        "wow",
        "rip",
        "finally",
        "about time",
        "well said",
        "sad news",
        "interesting",
        "so true",
        "makes sense",
        "can't believe this",
        "stay safe everyone",
        "huge if true",
        "no surprise there",
        "congrats to the team",
        "what a game",
        "thoughts with the families",
        "yikes",
        "good news for once",
        "called it",
        "this is so sad",
        "well deserved",
        "what a mess",
        "fair enough",
        "exactly",
        "not surprised",
    ],
    "en_short_end": ["", ".", "!", "...", " 👍", " 🙏", "!!", " tbh", " honestly", " 😢", " 👏"],
    "en_price_item": [
        "£9 for a pint",
        "$14 for a sandwich",
        "$2,400 a month for a studio",
        "£180 for a train ticket",
        "$8 for a coffee",
        "$350 for a concert ticket",
        "£1,100 for a season ticket",
        "$40 to park downtown",
    ],
    "wiki_en": [
        "Inflation",
        "Bitcoin",
        "Class_action",
        "Sports_betting",
        "Problem_gambling",
        "Payday_loan",
        "Minimum_wage",
        "Interest_rate",
        "Phishing",
        "Heat_wave",
        "Cryptocurrency",
        "Consumer_price_index",
    ],
    "en_news_site": [
        "https://www.reuters.com/world/",
        "https://apnews.com/",
        "https://www.bbc.com/news",
        "https://www.theguardian.com/",
        "https://www.npr.org/",
        "https://www.ft.com/",
        "https://www.reuters.com/business/",
    ],
    "en_gov_site": [
        "https://www.bls.gov/cpi/",
        "https://www.ons.gov.uk/economy/inflationandpriceindices",
        "https://www.who.int/news-room/fact-sheets",
        "https://www.gov.uk/government/news",
        "https://www.supremecourt.gov/opinions/",
        "https://data.worldbank.org/indicator",
        "https://www.metoffice.gov.uk/",
        "https://www.consumerfinance.gov/",
        "https://www.ftc.gov/news-events",
    ],
    # ---- spam vocabulary (misc) ----
    "prize_id": [
        "saldo DANA 500rb",
        "HP Android baru",
        "iPhone 15",
        "motor matic",
        "voucher belanja 1 juta",
        "paket sembako",
        "emas 5 gram",
        "kuota 100GB",
        "uang tunai 2 juta",
    ],
    "prize_en": [
        "a $500 gift card",
        "a brand new iPhone",
        "a PS5",
        "$1,000 cash",
        "a free cruise",
        "a MacBook",
        "$250 grocery voucher",
        "a Tesla Model 3",
    ],
    "fake_event_id": [
        "ulang tahun perusahaan",
        "program bantuan sosial",
        "undian berhadiah nasional",
        "HUT ke-{n}0",
        "promo akhir tahun",
        "program subsidi kuota",
    ],
    "drug_en": [
        "V1agra",
        "C1alis",
        "weight loss pills",
        "Xanax",
        "Tramadol",
        "Oxycodone",
        "keto pills",
        "Adderall",
        "Ozempic",
    ],
    "drug_stamina": ["obat kuat herbal", "jamu stamina pria", "kapsul stamina", "madu khusus pria"],
    "drug_id": [
        "obat kuat herbal",
        "pelangsing badan",
        "obat peninggi badan",
        "krim pemutih",
        "obat diabetes herbal",
        "obat asam urat ajaib",
        "jamu stamina pria",
        "obat penggemuk",
    ],
    "lender_en": [
        "{fullname}",
        "Capital Trust Loans",
        "Rapid Funds Ltd",
        "Greenway Lending",
        "Swift Credit Solutions",
        "Harbor Finance Group",
    ],
    "papp": [
        "DanaKilat",
        "CairCepat",
        "PinjamAja",
        "UangSegera",
        "KasbonKilat",
        "DompetCair",
        "RupiahNow",
        "TunaiPlus",
        "DanaSiaga",
    ],
    "pinjol_target": [
        "karyawan",
        "ibu rumah tangga",
        "pelaku UMKM",
        "mahasiswa",
        "driver ojol",
        "pedagang pasar",
        "guru honorer",
    ],
    "coin": ["$NUSA", "GRUDA", "ZETA", "PUMPX", "MOONKIT", "RUPIAHX"],
    "casino_name": ["RoyalSpin", "VegasAce", "LuckyFortune", "GoldJackpot", "SpinKing", "AceVault"],
    "seo_topic_en": [
        "this exact topic",
        "a similar story",
        "budget travel",
        "home insurance",
        "renovation costs",
        "how to save on energy bills",
        "the best VPNs",
        "personal finance",
    ],
    "service_en": [
        "roof repair",
        "cheap car insurance",
        "carpet cleaning",
        "essay writing",
        "a plumber",
        "SEO services",
        "web design",
        "moving services",
        "dental implants",
    ],
    "service_id": [
        "jasa SEO",
        "sewa mobil",
        "servis AC",
        "jasa pembuatan website",
        "jasa backlink",
        "sedot WC",
        "jasa pindahan",
        "cetak banner",
        "kursus bahasa Inggris",
    ],
    "creator_age": ["15", "16", "17", "19", "21", "23"],
    "channel_topic": [
        "news breakdowns",
        "politics commentary",
        "tech reviews",
        "football analysis",
        "finance tips",
        "daily vlogs",
        "gaming",
        "reaction videos",
        "cover songs",
    ],
    "handle": ["@{en_user}", "@the{en_user}", "@{en_user}tv", "@{en_user}_official"],
    "id_handle": ["@{id_user}", "@{id_user}official", "@{id_user}tv", "@{id_user}_channel"],
    "wfh_amount_en": [
        "$90 an hour",
        "$450 a day",
        "$12,000 a month",
        "$3,500 a week",
        "$200 daily",
    ],
    "wfh_amount_id": [
        "300rb per hari",
        "5 juta seminggu",
        "50rb per tugas",
        "2 juta per hari",
        "150rb per jam",
        "15 juta sebulan",
    ],
    "acc": ["87", "90", "92", "95", "97", "98", "99"],
    "bonus": ["100", "150", "200", "250", "300", "400"],
    # ---- more news / society vocabulary for ham ----
    "day_id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "day_en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "score": ["2-1", "3-0", "1-0", "24-17", "3-2", "102-98", "2-0"],
    "case_id": [
        "korupsi dana hibah",
        "pencemaran nama baik",
        "sengketa lahan",
        "penipuan investasi",
        "kecelakaan bus",
        "penganiayaan",
        "korupsi bansos",
        "pencemaran sungai",
        "suap perizinan",
    ],
    "id_scam": [
        "APK undangan nikah",
        "kurir paket palsu",
        "telepon ngaku CS bank",
        "lowongan kerja like video",
        "investasi bodong",
        "undian berhadiah palsu",
        "link tilang palsu",
        "ngaku petugas pajak",
    ],
    "id_medicine": [
        "obat batuk anak",
        "insulin",
        "obat hipertensi",
        "antibiotik",
        "obat kolesterol",
        "vitamin D",
        "obat TBC",
    ],
    "id_wa_group": [
        "grup WA RT",
        "grup WA alumni",
        "grup WA kantor",
        "grup WA keluarga",
        "grup WA wali murid",
        "grup WA kompleks",
        "grup WA pengajian",
        "grup WA RW",
    ],
    "en_wa_group": [
        "family",
        "school parents",
        "neighbourhood",
        "five-a-side",
        "work",
        "building residents",
        "allotment",
        "church",
    ],
    "en_scam": [
        "fake parcel delivery",
        "HMRC refund",
        "bank impersonation",
        "crypto romance",
        "fake job offer",
        "toll payment text",
        "tech support call",
        "fake invoice",
    ],
    "en_medicine": [
        "amoxicillin",
        "insulin",
        "ADHD medication",
        "children's paracetamol",
        "asthma inhalers",
        "HRT patches",
        "blood pressure tablets",
    ],
    # ---- follow-up sentences appended to some ham (see HAM_TAILS) ----
    "id_tail_general": [
        "Terima kasih sudah diberitakan.",
        "Kita lihat saja perkembangannya.",
        "Cuma pendapat pribadi ya.",
        "Tolong terus dikawal ya.",
    ],
    "id_tail_money": [
        "Gimana menurut yang lain?",
        "Semoga ada perbaikan ke depan.",
        "Cuma mau berbagi pengalaman aja.",
        "Ada yang ngalamin juga?",
        "Itu pengalaman saya sih.",
    ],
    "id_tail_gambling": [
        "Ini harus jadi perhatian serius.",
        "Semoga makin banyak yang sadar.",
        "Terima kasih sudah diberitakan.",
        "Miris.",
        "Semoga ada tindakan nyata.",
    ],
    "id_tail_crypto": [
        "Cuma opini pribadi ya, bukan saran investasi.",
        "DYOR.",
        "Hati-hati aja.",
        "Belajar dulu sebelum ikut-ikutan.",
    ],
    "id_tail_scam": [
        "Hati-hati semua ya.",
        "Jangan mudah percaya.",
        "Tolong disebarkan ke keluarga.",
        "Semoga nggak ada korban lagi.",
        "Lebih baik cek dulu ke sumber resmi.",
    ],
    "id_tail_law": [
        "Kita kawal terus.",
        "Kita lihat saja nanti.",
        "Semoga prosesnya transparan.",
        "Semoga jadi pelajaran.",
    ],
    "en_tail_general": [
        "Good reporting.",
        "Thanks for covering this.",
        "Just my two cents.",
        "Will be interesting to see what happens next.",
        "Curious what others think.",
    ],
    "en_tail_money": [
        "Anyone else seeing this?",
        "Just my experience.",
        "Curious what others think.",
        "Hope things improve.",
        "Not sure what the answer is.",
    ],
    "en_tail_gambling": [
        "Just my view.",
        "This needs more attention.",
        "Good that it's being reported.",
        "Hope more people speak up about it.",
    ],
    "en_tail_crypto": [
        "Not financial advice, obviously.",
        "Just my two cents.",
        "Be careful out there.",
        "DYOR.",
    ],
    "en_tail_scam": [
        "Stay safe everyone.",
        "Please warn older relatives.",
        "Never share your codes.",
        "When in doubt, call the bank.",
        "Report them, don't engage.",
    ],
    "en_tail_law": [
        "Let's see where this goes.",
        "Will be watching this one.",
        "Good that it's being reported.",
        "Curious how this ends.",
    ],
    # ---- openers that make spam look like a reaction to the article (see SPAM_HOOKS) ----
    "id_hook": [
        "Beritanya bagus, btw ",
        "Miris banget kejadiannya. ",
        "Setuju sama artikelnya. ",
        "Semoga cepat selesai masalahnya. ",
        "Numpang info ya min, ",
        "Info penting nih. ",
        "Turut prihatin. ",
        "Makasih beritanya min. ",
    ],
    "en_hook": [
        "Great article. ",
        "Sad to read this. ",
        "Interesting read! ",
        "So true. ",
        "Thanks for the update. ",
        "Wow. ",
        "Crazy times. ",
        "Very informative. ",
    ],
    # ---- messy readers: numbers, laughter, emoji, stretched words (see the ham_* kinds below) ----
    "ts": timestamp,
    "count_en": count_en,
    "count_id": count_id,
    "goals": goals,
    "big_pct": big_pct,
    "year_old": year_old,
    "year_recent": year_recent,
    "year_born": year_born,
    "year_game": year_game,
    "age_kid": age_kid,
    "age_adult": age_adult,
    "age_old": age_old,
    "so_en": stretched(["so"]),
    "ordinal": ordinal_en,
    "number_only": number_only,
    "clock_en": clock_en,
    "clock_id": clock_id,
    "price_en": price_en,
    "price_id": price_id,
    "yt_id": yt_id,
    "laugh_id": laugh_id,
    "laugh_en": laugh_en,
    "bang": bang,
    "hearts": emoji_run(EMOJI_HEARTS),
    "laughs_emo": emoji_run(EMOJI_LAUGH),
    "pray_emo": emoji_run(EMOJI_PRAY),
    "sad_emo": emoji_run(EMOJI_SAD),
    "misc_emo": emoji_run(EMOJI_MISC),
    "any_emo": emoji_run(EMOJI_ALL),
    "country": country,
    "country_flag": country_flag,
    "flag": any_flag,
    "flag_run": flag_run,
    "wow_id": stretched(
        [
            "mantap",
            "keren",
            "gila",
            "parah",
            "lucu",
            "bagus",
            "asik",
            "sedih",
            "anjir",
            "gemes",
            "cakep",
            "mantul",
            "ya ampun",
            "kocak",
            "hebat",
            "akhirnya",
            "gol",
            "setuju",
            "merinding",
            "bangga",
            "cantik",
            "enak",
        ]
    ),
    "wow_en": stretched(
        [
            "so",
            "wow",
            "yes",
            "omg",
            "cute",
            "good",
            "finally",
            "no",
            "love",
            "cool",
            "amazing",
            "yay",
            "goal",
            "beautiful",
            "please",
            "what",
            "sad",
            "crazy",
            "legend",
            "yummy",
        ]
    ),
    "emo_word_id": [
        "lucu",
        "kasian",
        "mantap",
        "aamiin",
        "gemes",
        "love",
        "ngakak",
        "sedih",
        "merinding",
        "keren bang",
        "bangga",
        "ya ampun",
        "selamat ya",
        "semangat",
        "terharu",
        "sehat selalu",
        "hadir",
        "suka",
        "top",
        "mantul",
        "pengen nangis",
        "ikut seneng",
        "sabar ya",
        "the best",
        "garuda di dadaku",
        "juara",
        "astaga",
        "duh",
        "kangen",
        "enak nih",
        "laper",
        "jadi pengen",
        "bikin senyum",
        "salut",
        "hebat",
        "nangis",
        "kocak",
        "ampun",
        "masya allah",
        "alhamdulillah",
        "cakep",
        "adem",
        "gokil",
        "parah",
        "sakit perut",
        "mati ketawa",
        "bocil kematian",
        "indah",
        "cintaku",
        "ibu",
        "bapak",
        "pak guru",
        "maung",
        "persija",
        "timnas",
        "auto nangis",
        "nyesek",
        "hati-hati",
        "kok gitu",
        "waduh",
        "hmm",
        "yaudah",
        "iya",
        "nah kan",
        "nice",
        "gas",
    ],
    "emo_word_en": [
        "love this",
        "so cute",
        "beautiful",
        "dead",
        "crying",
        "same",
        "legend",
        "goat",
        "rip",
        "amen",
        "wow",
        "omg",
        "this",
        "yes",
        "nope",
        "bless",
        "perfect",
        "queen",
        "king",
        "mood",
        "me too",
        "felt that",
        "lmao",
        "iconic",
        "so proud",
        "hero",
        "awesome",
        "cool",
        "nice one",
        "big mood",
        "adorable",
        "chef's kiss",
        "oof",
        "yikes",
        "cheers",
        "congrats",
        "happy for them",
        "poor guy",
        "my heart",
        "so sad",
        "love you all",
        "best day",
        "hilarious",
        "brilliant",
        "stunning",
        "wholesome",
        "blessed",
        "grateful",
        "sending love",
        "get well soon",
        "thank you",
        "well played",
        "what a save",
        "good boy",
        "good girl",
        "baby",
        "mom",
        "grandma",
        "cuteness",
        "hahaha",
        "wait what",
        "no way",
        "bruh",
        "lovely",
        "classic",
        "true",
        "facts",
        "respect",
    ],
    "id_tiny": [
        "setuju bang",
        "bener",
        "iya",
        "oke min",
        "siap",
        "mantap",
        "nah",
        "hmm",
        "lanjut",
        "keren",
        "sip",
        "wah",
        "waduh",
        "yaudah sih",
        "gitu aja",
        "lucu",
        "ngeri",
        "ikut sedih",
        "sama",
        "aku juga",
        "betul",
        "ga bahaya ta",
        "kasian",
        "gak kaget",
        "info dong",
        "up",
        "yuk bisa",
        "semoga",
        "amin",
        "serius?",
        "masa sih",
        "oh gitu",
        "baru tau",
        "asli?",
        "parah",
        "terus?",
        "lah",
        "gas",
        "yes",
        "no comment",
        "mampus",
        "cakep",
        "boleh juga",
        "kurang setuju",
        "ya gimana",
        "wkwk iya",
        "tumben",
        "bisa aja",
        "yaelah",
        "okeee",
    ],
    "en_tiny": [
        "true",
        "same",
        "yep",
        "nope",
        "this",
        "agree",
        "lol",
        "based",
        "facts",
        "fair",
        "ok",
        "sure",
        "why",
        "how",
        "wait what",
        "love it",
        "nice",
        "cool",
        "damn",
        "wow",
        "yikes",
        "brilliant",
        "same here",
        "me too",
        "hmm",
        "really?",
        "no way",
        "good",
        "bad take",
        "hot take",
        "go on",
        "and?",
        "oh no",
        "oh dear",
        "uh oh",
        "haha yes",
        "not again",
        "shocking",
        "so what",
        "who cares",
        "big if true",
        "sad",
        "classic",
        "perfect",
        "ugh",
        "bless",
        "lovely",
        "never",
        "always",
        "hear hear",
    ],
    # ---- greetings, shout-outs, thanks, religious phrases ----
    "id_addressee": [
        "min",
        "admin",
        "bang",
        "pak reporter",
        "mbak reporter",
        "kak",
        "om",
        "tim redaksi",
        "bu",
        "mas",
        "mimin",
        "pak",
        "bro",
        "tim liputan",
    ],
    "en_addressee": [
        "admin",
        "to the reporter",
        "team",
        "mods",
        "for the update",
        "for posting this",
        "for covering this",
        "to the whole newsroom",
        "guys",
        "for the quick update",
        "to the camera crew",
        "for staying on this story",
    ],
    "id_waktu": ["pagi", "siang", "sore", "malam", "subuh"],
    "holiday_en": [
        "new year",
        "Eid",
        "Christmas",
        "Diwali",
        "Easter",
        "Thanksgiving",
        "Lunar New Year",
        "Ramadan",
        "holidays",
    ],
    "shout_en": [
        "the nurses",
        "my mom",
        "everyone in {en_city}",
        "the rescue team",
        "the camera guy",
        "the editor",
        "my grandma who sent me this",
        "my class",
        "the bus driver in the story",
        "the local firefighters",
        "my dad, he was there",
    ],
    "id_shout": [
        "petugas damkar",
        "ibu-ibu posyandu",
        "guru-guru di {id_city}",
        "tim SAR",
        "abang ojol",
        "petugas kebersihan",
        "relawan dapur umum",
        "pak RT kami",
        "nakes di puskesmas",
    ],
    "pray_for_en": [
        "the families",
        "everyone affected",
        "the victims",
        "the rescue workers",
        "{en_city}",
        "{country}",
        "the kids",
        "a quick recovery",
    ],
    # ---- off-topic conversation: music, film, food, travel, games, pets, school, family ----
    "artist_en": [
        "Adele",
        "Bruno Mars",
        "Taylor Swift",
        "Coldplay",
        "Ed Sheeran",
        "BTS",
        "Beyonce",
        "Drake",
        "Billie Eilish",
        "Queen",
        "the Beatles",
        "Dua Lipa",
        "Olivia Rodrigo",
        "Stevie Wonder",
    ],
    "artist_id": [
        "Tulus",
        "Raisa",
        "Sheila on 7",
        "Dewa 19",
        "Noah",
        "Didi Kempot",
        "Iwan Fals",
        "Rossa",
        "Padi",
        "Nadin Amizah",
        "Hindia",
        "Slank",
        "Bernadya",
        "Kotak",
    ],
    "song_memory_en": [
        "my first road trip",
        "my grandad's old car",
        "summer {year_old}",
        "high school prom",
        "the night I met my wife",
        "long bus rides to uni",
        "my dad's kitchen radio",
        "the year I moved to {en_city}",
    ],
    "song_memory_id": [
        "jaman SMA",
        "pas masih ngekos di {id_city}",
        "mudik naik bus malam",
        "pacar pertama",
        "almarhum bapak",
        "masa-masa KKN",
        "tahun {year_old}",
        "pas kerja di {id_city}",
    ],
    "movie_en": [
        "that new superhero film",
        "the Titanic rerelease",
        "the last Pixar movie",
        "the documentary on Netflix",
        "the horror film everyone is talking about",
        "the final season",
        "the sequel",
        "the remake",
    ],
    "film_id": [
        "film horor yang lagi rame",
        "film Dilan",
        "sinetron jam tujuh",
        "drakor yang lagi viral",
        "film animasi Jumbo",
        "film KKN",
        "Warkop DKI",
        "film perang yang tayang kemarin",
    ],
    "food_en": [
        "banana bread",
        "a roast chicken",
        "ramen",
        "tacos",
        "lasagna",
        "pancakes",
        "curry",
        "sourdough",
        "mac and cheese",
        "a fish pie",
    ],
    "ingredient_en": [
        "extra garlic",
        "a pinch of chilli",
        "brown butter",
        "lemon zest",
        "smoked paprika",
        "too much cheese",
        "fresh basil",
    ],
    "dish_id": [
        "rendang",
        "soto ayam",
        "nasi goreng",
        "bakso",
        "seblak",
        "pecel lele",
        "mie ayam",
        "gudeg",
        "sate padang",
        "martabak manis",
        "rawon",
        "pempek",
        "es teler",
        "cilok",
    ],
    "bahan_id": [
        "santan kental",
        "daun jeruk",
        "kencur",
        "cabe rawit setan",
        "bawang goreng banyak",
        "kecap manis",
        "terasi",
    ],
    "place_en": [
        "Lisbon",
        "Bali",
        "the Scottish Highlands",
        "Kyoto",
        "Cape Town",
        "Iceland",
        "the Lake District",
        "Yosemite",
        "Cornwall",
        "New Orleans",
    ],
    "tempat_id": [
        "Labuan Bajo",
        "Danau Toba",
        "Raja Ampat",
        "Bromo",
        "Pantai Pangandaran",
        "Dieng",
        "Belitung",
        "Lombok",
        "Ranu Kumbolo",
        "Kawah Putih",
        "Malioboro",
    ],
    "game_en": [
        "Minecraft",
        "FIFA",
        "Fortnite",
        "Zelda",
        "Mario Kart",
        "chess",
        "Skyrim",
        "Roblox",
        "The Sims",
        "Tetris",
    ],
    "game_id": [
        "Mobile Legends",
        "Free Fire",
        "PUBG",
        "Genshin",
        "eFootball",
        "Minecraft",
        "catur",
        "ludo",
        "Point Blank",
    ],
    "pet_en": ["dog", "cat", "parrot", "puppy", "kitten", "rabbit", "old labrador", "hamster"],
    "pet_action_en": [
        "starts howling",
        "runs to the window",
        "falls asleep",
        "tilts his head",
        "jumps on the sofa",
        "tries to sing along",
        "hides under the bed",
    ],
    "pet_id": ["kucing", "anjing", "burung", "kucing oren", "kelinci", "ayam jago"],
    "pet_action_id": [
        "langsung kabur ke kolong",
        "ikut nyanyi",
        "tidur di atas laptop",
        "ngeong terus",
        "loncat ke meja",
        "ngeliatin layar",
        "minta makan",
    ],
    "family_en": [
        "my son",
        "my daughter",
        "my nan",
        "my grandpa",
        "my little brother",
        "my wife",
        "my husband",
        "my niece",
    ],
    "family_id": [
        "anak saya",
        "adik saya",
        "nenek saya",
        "kakek saya",
        "istri saya",
        "suami saya",
        "ponakan saya",
        "bapak saya",
    ],
    "school_en": [
        "my maths exam",
        "a history essay",
        "my driving test",
        "finals week",
        "my chemistry lab report",
        "a job interview",
    ],
    "sekolah_id": [
        "ujian matematika",
        "ujian praktik",
        "PR fisika",
        "sidang skripsi",
        "tes CPNS",
        "ulangan harian",
        "UTBK",
    ],
    # ---- long personal stories (ham_story): fragments put together ----
    "story_open_en": [
        "Bit of a long one, but this hit home.",
        "OK so story time.",
        "This reminds me of something that happened to my family years ago.",
        "I wasn't going to comment but here goes.",
        "Sorry for the essay.",
        "Reading this at {clock_en} and it brought back memories.",
        "My {family_en} sent me this article and I had to share.",
    ],
    "story_mid_en": [
        "back in {year_old} we lived two streets from where this happened and the whole road flooded twice in one winter",
        "my dad drove a bus in {en_city} for {n}0 years and he always said the depot was falling apart",
        "when I was {age_kid} my mum worked nights at the hospital and we barely saw her",
        "we had a dog called Biscuit who would bark every time the trains went past",
        "I remember queuing for hours for a ticket and then the match got postponed",
        "my neighbour, lovely old man, used to fix everyone's bikes for free",
        "we moved house {n} times before I turned {age_kid}",
        "the school I went to had a leaking roof and buckets in every classroom",
        "I worked in a café on the high street and saw half the shops close in one year",
        "my grandma kept every newspaper clipping about the town in a shoebox",
        "the winter of {year_old} was the worst, no heating for a week",
        "my brother and I used to walk {n} miles to school because the bus never came",
    ],
    "story_turn_en": [
        "anyway, long story short,",
        "and then out of nowhere",
        "fast forward to today and",
        "the funny thing is",
        "to cut a long story short,",
        "and honestly,",
        "but guess what,",
    ],
    "story_end_en": [
        "nothing has really changed.",
        "I still think about it whenever I see headlines like this.",
        "we're all fine now, but it stays with you.",
        "I ended up becoming a nurse because of it.",
        "I miss those days even if they were hard.",
        "he still tells the story at every family dinner lol.",
        "the same thing is happening to my kids now.",
        "I'm grateful someone is finally writing about it.",
    ],
    "story_open_id": [
        "Maaf panjang ya.",
        "Mau cerita dikit.",
        "Jadi inget kejadian di keluarga saya dulu.",
        "Izin curhat min.",
        "Baca ini {clock_id} jadi mellow.",
        "{family_id} yang kirim link berita ini ke saya.",
        "Nggak nyangka bakal komen panjang.",
    ],
    "story_mid_id": [
        "tahun {year_old} rumah kami di {id_area} kebanjiran sampai sepinggang dan kami ngungsi di masjid tiga hari",
        "bapak saya dulu sopir angkot di {id_city} hampir {n}0 tahun, tiap pulang selalu cerita jalan rusak",
        "waktu umur {age_kid} saya sering nemenin ibu jualan sayur di pasar dari subuh",
        "kami punya kucing namanya Si Belang yang selalu nungguin di depan pintu tiap magrib",
        "dulu saya pernah antre tiket bola dari pagi, eh pertandingannya ditunda",
        "tetangga saya, kakek-kakek baik banget, suka benerin sepeda anak-anak gratis",
        "saya pindah kos {n} kali selama kuliah di {id_city}",
        "sekolah saya dulu atapnya bocor, tiap hujan kami pindah ke musala",
        "saya pernah kerja di warung kopi dan lihat sendiri toko-toko sekitar tutup satu per satu",
        "nenek saya nyimpen semua kliping koran soal kampung kami di kardus",
        "pas kemarau tahun {year_old} sumur di kampung kering semua, kami beli air jerigen",
        "saya sama adik dulu jalan kaki {n} kilo ke sekolah karena nggak ada angkutan",
    ],
    "story_turn_id": [
        "singkat cerita,",
        "eh tiba-tiba",
        "sekarang",
        "lucunya,",
        "intinya,",
        "jujur aja,",
        "tapi ternyata",
    ],
    "story_end_id": [
        "keadaannya nggak banyak berubah.",
        "tiap baca berita kayak gini saya keinget lagi.",
        "alhamdulillah sekarang sudah baik, tapi kenangannya masih kebawa.",
        "itu yang bikin saya akhirnya jadi guru.",
        "kangen masa-masa itu walaupun susah.",
        "bapak masih suka ceritain itu tiap lebaran wkwk.",
        "sekarang anak saya ngalamin hal yang sama.",
        "makasih sudah diberitakan, rasanya didengar.",
    ],
    # ---- banter between readers: mild insults, regional words, Indonesian-English mix ----
    "insult_en": [
        "genius",
        "mate",
        "buddy",
        "pal",
        "clown",
        "you muppet",
        "champ",
        "smart guy",
        "einstein",
        "you absolute walnut",
    ],
    "insult_id": [
        "bego",
        "sotoy",
        "bocah",
        "tolol",
        "bambang",
        "oon",
        "kampret",
        "ngab",
        "gaes",
        "cuy",
    ],
    "sunda": [
        "euy",
        "atuh",
        "mani hese pisan",
        "teu kudu kitu atuh",
        "hatur nuhun infona",
        "sing sabar nya",
        "enya bener",
        "meni lucu",
        "kumaha ieu teh",
        "geuning kitu",
    ],
    "jawa": [
        "ora popo",
        "wes tak duga",
        "piye iki",
        "ndak papa",
        "mbok ya diperbaiki",
        "lha kok iso",
        "jan kebangetan",
        "nggih",
        "matur nuwun",
        "sing penting sehat",
        "ra mashok blas",
        "mantep tenan",
    ],
    "mix_id": [
        "literally gw baru baca ini tadi pagi",
        "so far so good sih menurut gw",
        "which is bener banget",
        "honestly gw setuju sama penulisnya",
        "btw ini update terbaru kan",
        "kayaknya this is not the first time deh",
        "jujur aja I'm not surprised",
        "overall oke lah beritanya",
        "lowkey sedih bacanya",
        "ini sih red flag banget",
        "mindset pejabatnya yang harus di-upgrade",
        "gw udah expect sih dari awal",
        "toxic banget kolom komen di sini",
        "make sense sih alasannya",
        "ngl gw ketawa baca judulnya",
        "plot twist banget endingnya",
    ],
    # ---- spam without links: self-promotion, easy money, name-dropped brands ----
    "brand": judol_brand,
    "en_brand": casino_brand,
    "money_app": money_app,
    "artist_name": artist_name,
    "wa_any": wa_any,
    "promo_thing_en": [
        "channel",
        "new song",
        "cover",
        "latest video",
        "music",
        "page",
        "first video",
        "beats",
        "podcast",
        "art page",
        "mixtape",
        "vlogs",
        "short film",
        "gaming videos",
        "dance videos",
        "new track",
        "remix",
        "comedy sketches",
        "guitar covers",
        "drawings",
    ],
    "social": [
        "instagram",
        "insta",
        "IG",
        "tiktok",
        "TikTok",
        "twitter",
        "snapchat",
        "soundcloud",
        "twitch",
        "youtube",
    ],
    "artist_kind": [
        "rapper",
        "singer",
        "producer",
        "DJ",
        "drummer",
        "guitarist",
        "comedian",
        "beatmaker",
        "songwriter",
        "streamer",
    ],
    "sub_goal": ["100", "200", "500", "1000", "1k", "2,000", "5k", "10k", "50 more", "300"],
    "compliment_en": [
        "Nice video",
        "Great work",
        "Love this",
        "Amazing",
        "So good",
        "Beautiful voice",
        "Awesome",
        "This is fire",
        "Great post",
        "Respect",
    ],
    "genre": [
        "rap",
        "lofi",
        "metal",
        "country",
        "kpop covers",
        "acoustic",
        "EDM",
        "jazz",
        "drill",
        "gospel",
    ],
    "like_if_en": [
        "came here from the news",
        "want a part 2",
        "still read this site every day",
        "agree with me",
        "are reading this on your phone",
        "love your mom",
        "believe in second chances",
    ],
    "relative_en": [
        "friend",
        "cousin",
        "sister",
        "neighbor",
        "coworker",
        "aunt",
        "best friend",
        "roommate",
        "uncle",
    ],
    "usd_month": usd_weekly,
    "usd_day": usd_small,
    "gift_card": [
        "$50 Amazon gift card",
        "$100 Walmart card",
        "$25 Steam card",
        "$50 Google Play card",
        "$100 Visa gift card",
        "$20 Starbucks card",
    ],
    "free_thing": [
        "gift cards",
        "iPhones",
        "AirPods",
        "game coins",
        "a PS5",
        "free robux",
        "skins",
    ],
    "konten_id": [
        "masak-masak",
        "vlog kampung",
        "cover lagu",
        "main Mobile Legends",
        "review makanan",
        "tutorial hijab",
        "prank",
        "motivasi",
        "kisah misteri",
        "otomotif",
        "mancing",
        "ngonten harian",
        "DIY",
        "edit video",
    ],
    "like_if_id": [
        "orang {id_city}",
        "suka baca berita di sini",
        "setuju sama aku",
        "lagi baca sambil rebahan",
        "sayang ibu",
    ],
    "brand_praise_id": [
        "lagi baik hati",
        "paling bisa dipercaya",
        "nggak pernah bikin kecewa",
        "selalu kasih kejutan",
        "bikin senyum tiap malem",
        "lagi murah rezeki",
        "beda dari yang lain",
        "juara pokoknya",
        "lagi bagus-bagusnya",
        "emang paling top",
        "nggak ada obat",
    ],
    "brand_praise_en": [
        "never lets me down",
        "is on fire tonight",
        "is the real deal",
        "is just different",
        "pays like nothing else",
        "made my whole week",
        "deserves more love",
    ],
    "rezeki_id": [
        "rezeki",
        "rezeki anak soleh",
        "hoki",
        "jp",
        "berkah",
        "keberuntungan",
        "cuan",
        "rezeki nomplok",
    ],
    "id_lowongan": [
        "admin online",
        "input data",
        "packing barang",
        "reseller skincare",
        "kerja sampingan",
        "penjahit rumahan",
        "tim marketing online",
    ],
    "id_hasil": [
        "100-300rb per hari",
        "2 juta seminggu",
        "jutaan per bulan",
        "penghasilan harian",
        "gaji mingguan",
        "500rb sehari",
        "4 juta sebulan",
    ],
    "team_chant": [
        "ARSENAL",
        "CHELSEA",
        "LEEDS",
        "LAKERS",
        "COWBOYS",
        "CELTIC",
        "BULLS",
        "LIVERPOOL",
        "YANKEES",
        "UNITED",
        "BRONCOS",
        "ENGLAND",
        "SCOTLAND",
        "WALES",
    ],
    "ts_comment_en": [
        "he really said that with a straight face",
        "the look on her face",
        "that's exactly what I meant",
        "the interviewer just gave up",
        "best part",
        "I replayed this so many times",
        "the crowd went silent",
        "goosebumps",
        "the dog in the background",
        "listen to the crowd",
        "that pass though",
        "she nailed it",
        "you can see the water rising behind him",
        "the mayor trying not to laugh",
    ],
    "ts_comment_id": [
        "ekspresinya {laugh_id}",
        "bapaknya ngomong apa sih",
        "suaranya bikin merinding",
        "penontonnya heboh",
        "lucu banget",
        "ada kucing lewat",
        "golnya keren",
        "reporternya sampai ketawa",
        "yang di belakang joget",
        "airnya udah sepinggang",
        "pak camatnya salting",
    ],
    "rating": ["7/10", "10/10", "11/10", "5 stars", "100/100", "9.5/10", "0/10", "1000/10"],
    "date_id": date_id,
}


# --------------------------------------------------------------------------------------------
# Templates: spam
# --------------------------------------------------------------------------------------------

ID_JUDOL = [
    "Alhamdulillah baru {win_verb} {wd} di {site}, depo cuma {depo} langsung maxwin {emo}",
    "{site} lagi {gacor_adj} hari ini, {game} udah {scatter_txt}. Link: {jdom}",
    "Daripada pusing mikirin {id_issue}, mending main di {site} aja, rtp live lagi tinggi {emo}",
    "SLOT GACOR HARI INI ✅ {site} ✅ DEPO {depo} ✅ WD CEPAT ✅ {jdom}",
    "Yang mau pola gacor {game} jam {hour} chat admin WA {wa_id}",
    "Gak nyesel gabung di {site}, admin ramah, wd {wd} cair {wd_speed} {emo}",
    "cek link di bio ya, {site} lagi bagi2 scatter hitam {emo}",
    "Daftar di {site} pake kode ref {ref} dapet bonus new member 100%[[ {emo}|]]",
    "Ada yang udah coba {site}? gw baru {win_verb} {wd} {when_id}, beneran bayar",
    "@{id_user} coba main di {site} bang, {when_id} gw dapet {mult_game}",
    "Rekomendasi situs slot gacor: {site} | RTP live {rtp}% | min depo {depo} via {pay} | {jdom}",
    "Info jam gacor {game}: {hour} sampai {hour} WIB, pakai pola {pola}. Situs: {site}",
    "Modal {depo} bisa jadi {wd} di {site}, gak percaya? buktiin sendiri {emo}",
    "Berita ginian mah biasa, yang luar biasa itu {site} kasih maxwin terus {emo}",
    "Bosen kerja gaji UMR? Main di {site}, sehari bisa {win_verb} {wd}",
    "Situs resmi {site} server {server}, anti rungkad, deposit via {pay} tanpa potongan",
    "Link alternatif {site} terbaru: {jdom} (kalau diblokir pakai {jdom})",
    "Buat yang kalah terus, pindah ke {site}. Di sini {game} gampang scatter[[ {emo}|]]",
    "{site} = JP PAUS tiap hari. Depo {depo}, bonus harian {pct}%",
    "Mantap beritanya, jangan lupa mampir ke {site} ya, lagi ada event {event}",
    "Temen sekantor udah pada pindah ke {site}, katanya paling sering kasih scatter",
    "Bukan kaleng-kaleng, {site} baru aja bayar {wd} ke member baru {emo}",
    "Togel 4D & slot dalam satu akun, daftar di {site}. CS 24 jam WA {wa_id}",
    "Jackpot {game} turun lagi di {site} {emo} total {wd}, bukti wd ada di {jdom}",
    "Hari ini {site} jadi situs paling {gacor_adj} versi member, buruan daftar sebelum rtp turun",
    "Lagi butuh duit? {site} solusinya, gw udah {n}x wd minggu ini",
    "Main di {site} cuma modal receh {depo}, pulang bawa {wd} {emo}",
    "Yg minta link {site} ini ya {jdom}, jgn lupa pake kode {ref}",
    "Terima kasih {site}, cicilan motor lunas gara2 maxwin {game} {emo}",
    "Kalau mau cuan beneran ya di {site}, bukan baca berita beginian",
    "Freespin {mult}x + scatter hitam di {game}, cuma di {site}. Akses via {jdom}",
    "Admin {site} amanah, wd berapapun dibayar. Kontak: {wa_id}",
    "Setuju sama artikelnya, btw yang cari situs {gacor_adj} coba {site} aja",
    "Penulisnya keren, sekeren {site} yang tiap hari kasih maxwin {emo}",
    "Rakyat susah, tapi member {site} tetap cuan. Depo {depo} via {pay}, wd {wd_speed}",
    "GAS KE {site}!! rtp {rtp}% hari ini, scatter hitam nongol terus {emo}",
    "rtp live {site} lagi naik, {game} {rtp}%, buruan sebelum sore",
    "Kemarin iseng depo {depo} di {site}, sekarang saldo {wd}. Gila sih {emo}",
    "Info grup pola gacor gratis, join lewat WA {wa_id}. Member {site} wajib masuk",
    "Lagi rame nih {site}, pemula aja bisa {win_verb} {wd} di hari pertama",
    "Bonus new member {pct}% + cashback tiap minggu di {site}, daftar: {jdom}",
    "Yang nanya situs aman, {site} udah {n} tahun berdiri, wd pasti dibayar",
    "Sambil baca berita, sambil spin di {site} {emo} barusan tembus x{mult}",
    "link {site} di bio ya kak, akun pro dijamin gacor",
    "Anti zonk, anti rungkad, cuma {site}. Depo {depo} aja udah bisa maxwin",
]

ID_PINJOL = [
    "Butuh dana cepat? Pinjaman cair tanpa BI checking, tanpa jaminan, proses {n} menit. Chat WA {wa_id}",
    "Pinjaman online resmi limit sampai {jt}, bunga cuma 0,{n}% per bulan. Daftar di {pinjol_dom}",
    "Yang ditolak pinjol lain, di sini pasti ACC! Cukup KTP, cair hari ini. WA: {wa_id}",
    "Dana tunai {jt} tanpa survei, tenor {n} bulan. Minat hubungi {wa_id}",
    "Solusi galbay pinjol aman, data dijamin nggak disebar. Konsultasi gratis WA {wa_id}",
    "Gaji belum cair tapi butuh uang? Pakai aplikasi {papp}, limit langsung {jt} cair ke rekening",
    "Pinjaman tanpa jaminan khusus {pinjol_target}, tanpa ribet, proses cepat. Link: {pinjol_dom}",
    "Jasa joki pinjol, dijamin ACC limit besar, fee setelah cair. WA {wa_id}",
    "KTA cair {jt} cuma modal KTP & selfie, BI checking jelek tetap bisa. Info: {pinjol_dom}",
    "Saya sudah buktiin sendiri, pinjam di {papp} cair {jt} dalam {n} menit, tanpa telepon darurat",
    "Gadai BPKB motor/mobil cair hari ini, bunga rendah. Hubungi {id_name} {wa_id}",
    "Lagi kepepet? Pinjaman dana darurat tanpa DP buat {pinjol_target}. Klik {pinjol_dom}",
    "Bayar utang pinjol lama pakai pinjaman baru dari kami, bunga flat {n}%. WA {wa_id}",
    "Dibantu {id_name} pinjaman {jt} langsung cair, orangnya amanah banget. Ini WA beliau {wa_id}",
    "PINJAMAN DANA CEPAT ✅ tanpa BI checking ✅ tanpa agunan ✅ cair {n} jam ✅ {wa_id}",
    "Buat yang kena PHK kayak di berita, ada pinjaman modal usaha {jt} syarat mudah. {pinjol_dom}",
    "Butuh modal usaha? {papp} kasih limit {jt}, tanpa survei ke rumah. Download di {pinjol_dom}",
    "Pinjaman online legal terdaftar, cair ke semua bank & e-wallet. Admin: {wa_id}",
    "Mau lunasin pinjol tanpa ditagih DC? Program pemutihan utang, daftar lewat WA {wa_id}",
    "Langsung cair {jt} tanpa ribet, nggak perlu slip gaji. Buktikan sendiri di {papp}",
]

EN_LOAN = [
    "Need an urgent loan? Approved in {n} minutes, no credit check, no collateral. WhatsApp {wa_intl}",
    "I got a {usd_loan} loan from {lender_en} after every bank turned me down. Contact them on WhatsApp {wa_intl}",
    "Bad credit? We offer personal and business loans at {n}% interest. Apply today: {loan_dom}",
    "Legit loan lender here, quick approval, funds same day. Email {email} or text {wa_intl}",
    "If you're struggling with bills like the people in this article, {lender_en} can help. Loans up to {usd_loan}: {loan_dom}",
    "Don't let debt stress you out. Guaranteed approval up to {usd_loan}, message {tg} on Telegram",
    "Thanks to {lender_en} I paid off my car and my credit cards. 100% legit, whatsapp {wa_intl}",
    "Payday advance with no paperwork, money in your account in {n} minutes: {loan_dom}",
    "Behind on your mortgage? We stop foreclosure and refinance instantly. Call {wa_intl}",
    "Student loan forgiveness: check if you qualify at {loan_dom} before the deadline closes",
    "LOANS APPROVED IN 5 MINUTES 💵 no credit check 💵 any purpose 💵 WhatsApp {wa_intl}",
    "Business owners, get up to {usd_loan} working capital with zero paperwork. Apply: {loan_dom}",
    "Was denied by 3 banks, {lender_en} approved me same day for {usd_loan}. Reach them: {email}",
    "Instant cash loans for anyone over 18, even unemployed. Text {wa_intl} now",
    "Tired of rejections? We approve 99% of applications, low monthly payments. Visit {loan_dom}",
    "Get a {usd_loan} personal loan with no credit history needed. DM {tg}",
]

EN_CRYPTO = [
    "I never believed in online trading until I met {fullname}. My {usd_small} turned into {usd_big} in {n} weeks. Contact on WhatsApp {wa_intl}",
    "Is anyone here familiar with {fullname_f}? Her strategy has been paying me {usd_weekly} every week.",
    "All thanks to {fullname}, I made {usd_big} in the past month trading crypto. Telegram: {tg}",
    "With inflation like this you need a second income. I earn {usd_weekly} weekly with expert trader {fullname}, WhatsApp {wa_intl}",
    "Bitcoin is about to explode, get in now. My account manager {fullname} guarantees {pct}% returns, message {tg}",
    "Wow, seeing {fullname} mentioned here! Best trader ever, got my withdrawal of {usd_big} yesterday.",
    "Forex signals with {acc}% accuracy, join our VIP group {tg} while slots last",
    "I lost money to scammers before, but {fullname} helped me recover my funds. Reach out on WhatsApp {wa_intl}",
    "Stop leaving your savings in the bank, invest with {fullname} and watch it grow daily. {wa_intl}",
    "God bless {fullname}! My family finally has financial freedom. Contact: {email}",
    "Anyone who wants to earn from crypto mining with zero experience, click {crypto_dom}",
    "Passive income from an AI trading bot, {usd_weekly}/week from a {usd_small} deposit: {crypto_dom}",
    "Hello everyone, I am a certified investment manager. Send me a message on WhatsApp {wa_intl} to start earning.",
    "Retired early thanks to {fullname}'s crypto program. Telegram {tg}",
    "Wish I had found {fullname} sooner. {usd_small} invested, {usd_big} withdrawn, no stress.",
    "This news is exactly why I moved my savings into bitcoin with {fullname}'s help. WhatsApp {wa_intl}",
    "@{en_user} {fullname} is legit, I've withdrawn {usd_big} so far. WhatsApp {wa_intl}",
    "@{en_user} yes!! {fullname} changed my life, I make {usd_weekly} every week now 🙏",
    "Guys, {fullname_f} is the real deal. Started with {usd_small}, now at {usd_big}. Text her on WhatsApp {wa_intl}",
    "The market is crashing but my portfolio is up {bonus}% thanks to {fullname}. Telegram {tg}",
    "Free crypto airdrop for the first 500 people, connect your wallet at {crypto_dom}",
    "Doubled my bitcoin in 48 hours with {crypto_dom}, withdrawals are instant",
    "Want to make {usd_weekly} a week from your phone? Binary options with {fullname}, {wa_intl}",
]

ID_CRYPTO = [
    "Awalnya saya ragu, tapi setelah ikut bimbingan trading {id_name}, modal {id_jt} jadi {wd} dalam seminggu. WA beliau {wa_id}",
    "Robot trading profit {pct}% per hari, sudah terbukti. Gabung grup Telegram {tg}",
    "Investasi kripto aman tanpa ribet, dibimbing mentor berpengalaman. Hubungi {wa_id}",
    "Jangan cuma baca berita bitcoin, mulai cuan bareng {id_name}. Daftar di {crypto_dom}",
    "Terima kasih {id_name}, berkat sinyal forex beliau saya bisa lunasin utang. Kontak WA {wa_id}",
    "Siapa yang mau belajar trading dari nol sampai profit {wd} per bulan? Chat {wa_id}",
    "Titip dana ke kami, bagi hasil {pct}% tiap minggu, aman dan terpercaya. {wa_id}",
    "Airdrop koin baru {coin}, klaim gratis sebelum listing: {crypto_dom}",
    "@{id_user} bener kak, {id_name} amanah, saya udah WD {wd} dari trading bareng beliau",
    "Bitcoin mau naik lagi, yang mau masuk bareng mentor VIP silakan WA {wa_id}",
    "Gaji habis buat cicilan? Saya dulu juga gitu, sekarang profit harian dari trading emas bareng {id_name}. {wa_id}",
    "Sinyal crypto akurat {acc}%, grup VIP cuma buka {n}0 slot. Telegram {tg}",
    "Modal 500rb bisa jadi {wd} lewat copy trade otomatis, daftar {crypto_dom}",
    "Mining bitcoin lewat HP, tanpa alat, penghasilan harian langsung ke DANA. Link {crypto_dom}",
    "Buat yang mau investasi aman dari inflasi kayak di berita ini, hubungi {id_name} di {wa_id}",
]

ID_GIVEAWAY = [
    "Selamat! Kamu terpilih mendapatkan {prize_id} dari {fake_event_id}. Klaim di {gift_dom}",
    "Giveaway {prize_id} untuk 100 orang pertama, komen 'mau' lalu chat WA {wa_id}",
    "Bagi-bagi {prize_id} GRATIS!! Syarat cuma follow dan isi data di {gift_dom}",
    "PENGUMUMAN PEMENANG undian {fake_event_id}, cek nama kamu di {gift_dom} sebelum hangus",
    "Aku baru aja dapet {prize_id} dari event ini, beneran dikirim! Daftar di {gift_dom}",
    "Yang belum klaim {prize_id} buruan, sisa {n}0 kuota. Hubungi admin {wa_id}",
    "Spin berhadiah {prize_id}, tinggal klik {gift_dom} dan masukkan nomor HP",
    "Giveaway saldo e-wallet 1 juta buat pembaca setia berita ini, DM ke WA {wa_id}",
    "Kamu pembaca ke-{n}000 hari ini! Klaim hadiah {prize_id} di {gift_dom}",
    "Program bansos online {fake_event_id}, cair {id_jt} per KK. Daftar di {gift_dom}",
    "Kuis berhadiah {prize_id}: jawab pertanyaan di {gift_dom}, pemenang diumumkan malam ini",
]

EN_GIVEAWAY = [
    "I'm giving away {prize_en} to {n}0 lucky readers, DM me on Telegram {tg}",
    "Congratulations! You've been selected for {prize_en}. Claim it here: {gift_dom}",
    "FREE giveaway: {prize_en} for every reader, just enter your details at {gift_dom} before midnight",
    "Got {prize_en} from {gift_dom} yesterday, it actually works!! Only {n} days left",
    "Celebrating 1M followers with a huge giveaway: {prize_en} for everyone who signs up at {gift_dom}",
    "Anyone who comments 'done' and messages {wa_intl} gets {prize_en}. Not a joke.",
    "You are today's {n}000th visitor! Spin the wheel to win {prize_en}: {gift_dom}",
    "Free gift cards for everyone reading this article, use code {code} at {gift_dom}",
    "Last chance to claim {prize_en}, verification takes 30 seconds: {gift_dom}",
    "Hey, I won {prize_en} and they're doing it again this week. Link: {gift_dom}",
    "Grant program pays {usd_big} to eligible citizens, apply at {gift_dom} (limited time)",
]

ID_PHARMA = [
    "{drug_id} asli, hasil terlihat dalam {n} hari, aman BPOM. Pesan via WA {wa_id}",
    "Turun {n} kg dalam 2 minggu tanpa diet pakai teh pelangsing herbal. Order: {pharma_dom}",
    "Suami makin perkasa berkat {drug_stamina}, rahasia istri bahagia. WA {wa_id}",
    "Sembuh total dari diabetes tanpa obat dokter! Cukup minum ramuan herbal ini. Info {wa_id}",
    "Promo {drug_id} beli 2 gratis 1, COD seluruh Indonesia. Hubungi {wa_id}",
    "Tinggi badan nambah {n} cm dalam sebulan, banyak yang udah buktiin. {pharma_dom}",
    "Jual obat tanpa resep dokter, dikirim cepat dan rahasia. Cek {pharma_dom}",
    "Saya dulu susah tidur dan lemas, sejak minum {drug_stamina} langsung bugar. Order ke {wa_id}",
    "Kulit putih glowing dalam {n} hari, aman untuk ibu hamil. Reseller dicari, WA {wa_id}",
    "Obat herbal ampuh atasi darah tinggi, kolesterol, asam urat sekaligus. Pesan di {pharma_dom}",
]

EN_PHARMA = [
    "Buy {drug_en} online without prescription, discreet shipping worldwide: {pharma_dom}",
    "Cheap {drug_en} at {pharma_dom}, save up to 80% vs your local pharmacy",
    "Lost {n}0 lbs in a month with these keto pills, doctors hate it. {pharma_dom}",
    "No prescription needed! {drug_en} delivered to your door in {n} days. Order at {pharma_dom}",
    "Men over 40: boost your stamina naturally, try it free for 30 days at {pharma_dom}",
    "Online pharmacy special: {drug_en} {pct}% off this week, code {code}",
    "Don't pay insane prices for meds like this article says, I get {drug_en} from {pharma_dom}",
    "Real {drug_en} for sale, text {wa_intl} for price list",
    "Miracle supplement reverses diabetes in {n} weeks, order before it's banned: {pharma_dom}",
    "Generic {drug_en} from licensed Canadian pharmacy, overnight delivery: {pharma_dom}",
]

ID_ADULT = [
    "Cari teman kencan? Cewek cantik online 24 jam di {adult_dom}",
    "Video viral 18+ lengkap tanpa sensor, tonton di {adult_dom}",
    "Kenalan sama cewek kesepian di kota kamu, gratis daftar: {adult_dom}",
    "Lagi gabut? Ada yang nunggu chat kamu malam ini, cek profil aku ya 😘",
    "Video 18+ yang lagi dicari-cari itu ada di link bio, buruan sebelum dihapus",
    "Janda muda {id_city} cari teman ngobrol, chat WA {wa_id}",
    "Aplikasi kencan khusus dewasa, langsung match dalam 5 menit: {adult_dom}",
    "Cowok {id_city} mana suaranya? Mampir ke profil aku, ada yang spesial 😉",
    "Full video skandal yang lagi rame ada di {adult_dom}, 18+ only",
    "Sugar daddy dan sugar baby ketemu di sini, daftar gratis {adult_dom}",
]

EN_ADULT = [
    "Hot singles in your area are waiting to chat: {adult_dom}",
    "Bored? Meet local girls tonight on {adult_dom}, free to join",
    "18+ video leaked, full version here: {adult_dom}",
    "Lonely? I'm online right now, check my profile 😘",
    "Dating site for adults only, {n} matches guaranteed in 24 hours: {adult_dom}",
    "Tired of reading the news? Come chat with me instead 😉 link in my profile",
    "Women near {en_city} want to meet you, no strings attached: {adult_dom}",
    "My private photos are on {adult_dom}, don't tell anyone 🙈",
    "Looking for a sugar daddy? Sign up free at {adult_dom}",
    "Uncensored 18+ clip everyone is talking about, watch before it's taken down: {adult_dom}",
]

ID_PHISHING = [
    "[PEMBERITAHUAN] Akun m-banking Anda akan diblokir dalam 24 jam. Verifikasi segera di {phish_id_dom}",
    "Data nasabah Anda belum diperbarui, silakan update di {phish_id_dom} agar rekening tetap aktif",
    "Tarif transfer bank berubah jadi 150rb per bulan. Jika tidak setuju isi formulir di {phish_id_dom}",
    "Paket Anda tertahan di gudang, konfirmasi alamat di {phish_id_dom}",
    "Akun e-wallet kamu terdeteksi login mencurigakan, amankan sekarang: {phish_id_dom}",
    "Selamat, NIK Anda terdaftar penerima bantuan {id_jt}. Aktivasi di {phish_id_dom}",
    "Tagihan PLN Anda menunggak, hindari pemutusan dengan bayar di {phish_id_dom}",
    "Akun media sosial Anda dilaporkan melanggar hak cipta, ajukan banding di {phish_id_dom}",
    "Surat tilang elektronik Anda bisa dilihat di file ini: {phish_id_dom}/etilang.apk",
    "Undangan pernikahan digital, buka di sini ya: {phish_id_dom}/undangan.apk",
    "Poin kartu kredit Anda akan hangus hari ini, tukarkan di {phish_id_dom}",
]

EN_PHISHING = [
    "Your account will be suspended within 24 hours. Verify your identity at {phish_dom}",
    "Unusual sign-in detected on your account. Confirm it was you: {phish_dom}",
    "Your package could not be delivered. Update your address at {phish_dom}",
    "Final notice: your subscription payment failed, update billing details at {phish_dom}",
    "You have an unclaimed tax refund of {usd_plain}. Submit your details at {phish_dom}",
    "Security alert: your email password expires today, keep it at {phish_dom}",
    "Your social media account was reported for copyright violation. Appeal here: {phish_dom}",
    "Your bank card has been locked for your protection. Unlock at {phish_dom}",
    "Toll road notice: unpaid balance of ${n}.{n}0 due today, pay at {phish_dom} to avoid fines",
    "We noticed a {usd_plain} charge you may not recognise. Cancel it at {phish_dom}",
    "Your cloud storage is full and your photos will be deleted. Upgrade free at {phish_dom}",
]

EN_CHANNEL = [
    "Check out my channel, I post {channel_topic} on stories like this every day!",
    "Hey guys, small creator here doing {channel_topic}, please subscribe, trying to hit {n}00 subs 🙏",
    "If you liked this article you'll love my {channel_topic} videos, link in my profile",
    "Subscribe to me pls, I just started a channel about {channel_topic} {handle}",
    "I made a video breaking down this whole story, go watch it on {handle} and drop a like!",
    "Just dropped my first single on my channel, every listen helps a small artist 🙏",
    "Anyone into {channel_topic}? My channel {handle} is growing, come join the family",
    "Sub to my channel and I'll sub back, let's grow together! {handle}",
    "Don't scroll past! I'm a {creator_age}-year-old creator doing {channel_topic}, one sub helps a lot",
    "New episode of my podcast covers this exact topic, find it by searching {handle}",
    "Follow me for daily {channel_topic}, I always post before the news sites do {handle}",
    "Who wants free followers? I grew my channel to 10k with {wfh_dom}",
]

ID_CHANNEL = [
    "Mampir ke channel aku kak, bahas berita kayak gini tiap hari 🙏",
    "Subscribe channel kecilku ya kak {id_handle}, lagi ngejar 1000 subscriber",
    "Yang suka bahas {channel_topic} mampir ke channel saya ya, udah saya bahas lengkap",
    "Numpang promo kak, channel {id_handle} isinya konten edukasi, bantu subscribe ya",
    "Jangan lupa follow akun aku {id_handle}, tiap hari update berita terkini",
    "Aku udah bikin video tentang kasus ini, cek di channel aku ya, jangan lupa like",
    "Sub ke channel aku, nanti aku sub balik, kita sama-sama berkembang 🙏",
]

EN_SEO = [
    "Great article! I also wrote about {seo_topic_en} on my site {seo_dom}",
    "Very informative post, thanks for sharing. For anyone looking for {service_en} in {en_city}, check {seo_dom}",
    "Nice write-up. If your readers need {service_en}, we have a complete guide at {seo_dom}",
    "This is exactly what I was looking for. Bookmarked! Also see {seo_dom} for more on {seo_topic_en}.",
    "Thanks for this, really helpful. I run a blog about {seo_topic_en}: {seo_dom}",
    "Excellent post, keep it up! Looking for affordable {service_en}? Visit {seo_dom}",
    "I appreciate the effort in this article. For comparison, here's our take on {seo_topic_en}: {seo_dom}",
    "Wonderful content! Our team offers {service_en} at the best price, {seo_dom}",
    "Good points. By the way, the best resource for {service_en} is {seo_dom}, highly recommend.",
    "Awesome article, very well researched. Readers in {en_city} can find trusted {service_en} at {seo_dom}",
]

ID_SEO = [
    "Artikel yang sangat bermanfaat, kunjungi juga {seo_id_dom} untuk {service_id} murah terpercaya",
    "Terima kasih infonya kak. Butuh {service_id} di {id_city}? Cek {seo_id_dom}",
    "Mantap artikelnya, sangat membantu. Jangan lupa mampir ke {seo_id_dom} ya",
    "Informasi yang bagus. Bagi yang cari {service_id} area {id_city}, hubungi {seo_id_dom}",
    "Tulisan yang menarik. Saya juga menulis topik serupa di blog saya {seo_id_dom}",
    "Sangat informatif, ditunggu artikel selanjutnya. Promo {service_id} cek di {seo_id_dom}",
    "Keren min beritanya. Sekalian info {service_id} {id_city} harga bersahabat: {seo_id_dom}",
]

EN_WFH = [
    "I'm making {wfh_amount_en} working from home and I never thought it was possible. Start here: {wfh_dom}",
    "My neighbour earns {wfh_amount_en} online with just a laptop. Here's how: {wfh_dom}",
    "Quit my 9-5 last month, now making {wfh_amount_en} from my phone. Details at {wfh_dom}",
    "Single mom here, I earn {wfh_amount_en} from home part-time, no experience needed: {wfh_dom}",
    "Get paid {wfh_amount_en} to review products and like posts. Sign up at {wfh_dom}",
    "With jobs disappearing like this article says, start your online income today. Message {wa_intl}",
    "Remote data entry job, {wfh_amount_en}, anyone can apply, text {wa_intl}",
    "Students, earn {wfh_amount_en} in your spare time from home. Link: {wfh_dom}",
    "Easy online job, I got my first payout of {usd_small} in 2 days. {wfh_dom}",
    "Hiring 20 people to work from home, no interview, {wfh_amount_en}. WhatsApp {wa_intl}",
]

ID_WFH = [
    "Kerja dari rumah cuma modal HP, gaji {wfh_amount_id}. Minat chat WA {wa_id}",
    "Lowongan kerja online, tugas like dan subscribe dibayar {wfh_amount_id}. Daftar lewat {wa_id}",
    "Ibu rumah tangga bisa dapat {wfh_amount_id} dari rumah, tanpa modal. Info {wfh_dom}",
    "Dicari {n}0 orang untuk kerja paruh waktu online, penghasilan {wfh_amount_id}. WA {wa_id}",
    "Daripada nganggur kayak di berita PHK ini, mending ikut bisnis online saya, {wfh_amount_id}. {wa_id}",
    "Kerja santai review produk, komisi {wfh_amount_id}, langsung cair ke DANA. Link {wfh_dom}",
    "Saya mahasiswa, sebulan bisa {wfh_amount_id} cuma dari HP. Mau tau caranya? {wa_id}",
    "Lowongan admin online shop, kerja dari rumah, gaji {wfh_amount_id}, tanpa interview. {wfh_dom}",
]

EN_CASINO = [
    "Best online casino bonus right now: {bonus}% on your first deposit plus {n}0 free spins at {casino_dom}",
    "Won {usd_big} on {casino_name} last night, use my code {code} for a sign-up bonus",
    "Sports betting tips with {acc}% accuracy, join {tg}",
    "Bored of bad news? Spin the wheel at {casino_name}, instant payouts: {casino_dom}",
    "No KYC crypto casino, withdrawals in minutes: {casino_dom}",
    "{casino_name} just paid me {usd_big} from a {usd_small} deposit 🎰🔥 {casino_dom}",
    "Guaranteed betting wins, fixed matches available, message {wa_intl}",
    "Slots that actually pay out, {casino_name} RTP {rtp}% today, link: {casino_dom}",
    "Free {n}0 spins no deposit needed, just sign up at {casino_dom}",
]


# ---- plain spam: no link, few keywords, often short (real spam is often plain) ----

EN_SELF_PROMO = [
    "check out my {promo_thing_en}[[ please| pls| guys| everyone|]]",
    "check out my {promo_thing_en}[[ please| pls| guys| everyone|]]",
    "can you guys check out my {promo_thing_en}?",
    "please subscribe to me[[, I'm new here|, it would mean a lot|, I reply to everyone]]",
    "sub for sub?",
    "sub4sub anyone[[?|]]",
    "sub to me and I'll sub back[[ 100%|, promise|]]",
    "hit like on this comment if you {like_if_en}",
    "share this with your friends[[ and family| if you agree| please|]] and follow me for more",
    "follow me on {social} {handle}",
    "follow me on {social}[[ pls| please|]], link on my profile",
    "visit my page[[ for more| if you like this stuff|, you won't regret it|]]",
    "I'm a new {artist_kind} from {en_city}, give me a chance[[ 🙏|]]",
    "I'm a new {artist_kind}, would you give my {promo_thing_en} one listen?",
    "help me reach {sub_goal} subscribers[[ please|, almost there|]]",
    "{compliment_en}! can you check out my {promo_thing_en} too?",
    "{compliment_en}. I do {channel_topic} too, come see my page",
    "does anyone here like {genre}? I just started making it, check my channel",
    "is it ok if I share my {promo_thing_en}? it's on my profile",
    "what do you guys think of my {promo_thing_en}? be honest",
    "I'll subscribe back to everyone who subscribes to me[[ today|, promise|]]",
    "please like and subscribe to my channel, thank you[[ so much|]]",
    "im trying to get my {promo_thing_en} out there, a listen would mean the world",
    "search {artist_name} on youtube, that's me[[ 😅| lol|]]",
    "[[my little sister just started a channel, please support her|my little brother just started a channel, go support him|my mom just started cooking videos, show her some love]]",
    "stop scrolling and go watch my {promo_thing_en}",
    "not trying to spam but I just uploaded my {promo_thing_en}, feedback welcome",
    "go to my channel if you like {channel_topic}",
    "one view on my {promo_thing_en} would make my day",
    "hi everyone, small youtuber here, please give my channel a look",
    "collab anyone? I make {channel_topic}, hit me up on {social} {handle}",
    "if you're reading this, go listen to my {promo_thing_en}",
    "{artist_name} here, new {promo_thing_en} out now on my channel",
    "new {promo_thing_en} dropping {day_en}, follow {handle} so you don't miss it",
    "I'm {creator_age} and I dream of being a {artist_kind}, subscribe to support me",
    "everyone who subscribes to me gets a shoutout in my next video",
    "give my {promo_thing_en} a chance, you won't regret it",
    "i need {sub_goal} subs by {day_en}, can you help?",
    "if this gets {n}00 likes I'll drop another cover tonight",
    "like this so more people see my {promo_thing_en}",
    "watch my {promo_thing_en} and tell me if I should keep going",
    "my {promo_thing_en} is better than this lol, go check",
    "Love this! I covered it on my channel too, would love to know what you think",
    "add me on {social}: {handle}",
    "{handle} on {social}, follow for more {channel_topic}",
    "I upload {channel_topic} every {day_en}, please subscribe",
    "plz sub to my channel im almost at {sub_goal}",
    "dont forget to check out my channel[[!!|!|]]",
    "hey! I'm new here and I make {channel_topic}, come say hi on my channel",
    "who wants to hear a {creator_age} year old {artist_kind}? my {promo_thing_en} is on my page",
    "anyone know a good channel for {channel_topic}? oh wait, mine[[ 😅| lol|]]",
    "guys please support my channel, I post every day",
    "the algorithm hates me, please subscribe so it notices[[ 😭|]]",
    "be honest, would you subscribe to someone who makes {channel_topic}? because I do",
    "if you like this you'll like my {promo_thing_en}, just saying",
    "{compliment_en}!! btw I just posted a reaction to this, go see",
    "my {promo_thing_en} is on my profile, a listen would really help me out",
    "click my name and watch my {promo_thing_en}[[ 🙏|]]",
    "before you leave, check my channel[[, thanks|]]",
    "my {promo_thing_en}: youtu.be/{yt_id}",
    "full cover here youtube.com/watch?v={yt_id} pls like",
    "new upload on youtube.com/@{en_user}, go watch",
    "give me {sub_goal} subscribers and I'll post every day",
    "support small creators! start with me lol",
    "I just hit {n}00 subscribers, help me get to {sub_goal}",
    # short ones
    "[[sub for sub|sub 4 sub|subscribe pls|check my channel|check my channel pls|subscribe to mine|visit my page|like my video|check my profile|listen to my song|sub me|view my channel]]",
    "[[sub for sub|sub 4 sub|subscribe pls|check my channel|check my channel pls|subscribe to mine|visit my page|like my video|check my profile|listen to my song|sub me|view my channel]]",
    "[[new song out|new video up|go sub|sub back?|subs appreciated|my channel|check mine out]]",
    "follow {handle}",
    "follow me {handle}",
    "{handle} follow me",
    "{social}: {handle}",
    "{handle} on {social}",
    "sub to {handle}",
]

ID_SELF_PROMO = [
    "mampir ke channel aku ya kak[[ 🙏| 😊|]]",
    "bantu subscribe dong kak, baru mulai bikin konten {konten_id}",
    "follow ig aku {id_handle} ya[[ kak| guys|]]",
    "sub balik ya kak, udah aku sub duluan",
    "aku juga cover lagu ini loh, dengerin di channel aku",
    "yuk saling support, sub aku nanti aku sub balik",
    "tolong dukung channel anak {id_city} ini ya",
    "cek tiktok aku dong {id_handle}",
    "izin promo kak, channel {konten_id} aku baru mulai",
    "bantu aku tembus {sub_goal} subscriber ya guys",
    "aku {artist_kind} baru dari {id_city}, kasih kesempatan dong",
    "yang suka {konten_id} merapat ke channel aku",
    "kak kunjungi channel aku ya, isinya {konten_id}",
    "like komen ini kalau kamu {like_if_id}",
    "mampir ke profil aku ya, ada video {konten_id} tiap hari",
    "plis subscribe channel aku, lagi butuh dukungan",
    "klik nama aku terus follow ya, makasih banyak",
    "yang baca komen ini semoga rezekinya lancar, jangan lupa follow aku",
    "ada yang suka {konten_id}? cek channel aku, baru upload",
    "bantu share video aku ke temen-temen ya kak",
    "halo semua, aku youtuber kecil, mohon dukungannya",
    "mampir dong ke akun {id_handle}, dijamin nggak nyesel",
    "video aku soal berita ini udah tayang, tonton ya di channel aku",
    "[[sub balik kak|mampir kak|mampir ke channel aku|subscribe ya|follow aku ya kak|cek channel aku]]",
    "[[sub dong|follback ya|cek ig aku|mampir tiktok aku|sub sub sub|subscribe kak]]",
    "follow {id_handle}",
    "mampir {id_handle}",
]

EN_EASY_MONEY = [
    "my {relative_en} earns {usd_month} a month from home, just search {money_app} on google",
    "free gift cards! just google {money_app}[[ and thank me later|]]",
    "I got a free iPhone from a {n}-minute survey, no joke, look up {money_app}",
    "easy money, search for {money_app} on google",
    "my {relative_en} makes {usd_weekly} every week doing simple tasks online, ask me how",
    "complete a short survey and get a {gift_card}, just search {money_app}",
    "get paid to watch videos, look up {money_app}",
    "there's an app that pays you to play games, search {money_app}, I made {usd_small} last week",
    "I made {usd_month} last month without leaving my bed, reply 'how' and I'll explain",
    "DM me for a legit way to make money online",
    "who wants {free_thing}? check my profile",
    "anyone want to make {usd_weekly} a week? comment 'interested'",
    "started {money_app} {n} weeks ago, already paid off my credit card",
    "if you need money fast, google {money_app}. my {relative_en} swears by it",
    "this article is depressing. anyway, I earn {usd_weekly} weekly with {money_app}",
    "stop working for a boss, {money_app} changed my life",
    "free {gift_card} for the first 50 people, ask me how",
    "{money_app} paid me {usd_small} today just for testing apps[[ 🙏|]]",
    "ive been making {usd_day} a day from my phone, not a scam, search {money_app}",
    "[[my wife|my mom|my sister]] laughed at me until I showed her what {money_app} pays",
    "want to earn while you sleep? {money_app}. that's all I'm saying",
    "people are still working 9 to 5 when {money_app} exists lol",
    "quick tip for anyone broke: type {money_app} into google",
    "I was skeptical too, but {money_app} sent me {usd_small} on the first day",
    "how is nobody talking about {money_app}? free money every day",
    "got my {gift_card} in the mail today, thanks {money_app}",
    "anyone else using {money_app}? just cashed out {usd_small}",
    "money is tight for everyone, so here's my secret: {money_app}",
    "reply 'yes' if you want to know how I make {usd_day} a day",
    "I quit my job last month thanks to {money_app}, best decision ever",
    "google {money_app}",
    "{money_app} pays",
    "search {money_app}",
    "[[free gift cards|dm me|easy money|free money|dm me for money]]",
    "[[reply 'how'|check my bio|free iphone here|get paid daily|gift card giveaway|bored and broke?]]",
    "{money_app} is legit",
]

ID_JUDOL_NAMEDROP = [
    "semangat bang, salam dari {brand}",
    "cari aja di google: {brand}",
    "banyak yang ngomongin {brand}, itu apa ya?",
    "gara-gara {brand} saldo aman[[ 😁| terus|]]",
    "{rezeki_id} nggak ke mana, makasih {brand}[[ 🙏|]]",
    "{brand} emang beda, {rezeki_id} terus dari kemarin",
    "yang lagi butuh {rezeki_id} tambahan coba ketik {brand} di google",
    "kalau lagi suntuk biasanya aku buka {brand}, lumayan buat jajan",
    "sehat selalu pak, jangan lupa mampir {brand}",
    "info dari temen: {brand} lagi bagus-bagusnya",
    "beritanya mantap, tapi yang lebih mantap {brand} semalem",
    "Alhamdulillah berkat {brand} bisa bayar kontrakan bulan ini",
    "ada yang tau {brand}? katanya lagi rame",
    "udah coba {brand} belum? jangan sampe nyesel",
    "cukup ingat satu nama: {brand}",
    "{brand} bikin hari Senin jadi nggak berat[[ 😁|]]",
    "siapa di sini yang juga setia sama {brand}?",
    "{rezeki_id} lagi, {rezeki_id} lagi, {brand} emang juara",
    "abis baca berita, lanjut ke {brand} dulu ah",
    "yang belum kenal {brand} rugi sih",
    "kalau rezeki lagi seret, coba cek {brand}",
    "semoga rezekinya lancar kayak {brand} hari ini",
    "modal kecil hasil lumayan, {brand} terbaik",
    "mantap min, salam {rezeki_id} dari {brand}",
    "tim {brand} hadir[[ 🙋| 🔥|!|]]",
    "kata tetangga {brand} lagi murah hati",
    "aku sih percayanya sama {brand} aja",
    "{brand} {brand_praise_id}",
    "{brand} {brand_praise_id}[[ 🤑| 😎| 🔥|]]",
    "dari {id_city} hadir, pendukung setia {brand}",
    "kerja keras itu penting, tapi {brand} juga penting {laugh_id}",
    "ketik {brand} di pencarian, terima kasihnya nanti aja",
    "bang, kapan-kapan bahas {brand} dong",
    "yang nanya kenapa aku bisa beli motor baru, jawabannya {brand}",
    "btw {brand} lagi ada acara bagi-bagi, sayang kalau dilewatin",
    "akhirnya lunas juga cicilan, thanks {brand}",
    "bulan lalu saya hampir nyerah, sampai kenal {brand}. sekarang alhamdulillah",
    "halo kak, udah tau {brand} belum? coba deh",
    "selamat {id_waktu} semua, jangan lupa {brand} ya",
    "paling enak ngopi sambil buka {brand}",
    "serius nanya, {brand} itu beneran bayar nggak sih? temen gw udah dua kali",
    "{brand} hari ini lagi bagus, pantengin terus",
    "saldo naik terus sejak pindah ke {brand}",
    "gue cuma mau bilang: {brand}. udah itu aja",
    "{brand} + kopi pagi = {rezeki_id} lancar",
    "{rezeki_id} banget malam ini di {brand}[[ 🤑|]]",
    "pokoknya {brand} paling top se-Indonesia",
    "doain ya, malam ini mau coba lagi di {brand}",
    "istri nanya duit dari mana, aku jawab {brand} {laugh_id}",
    "kalian jangan bilang siapa-siapa ya, {brand} lagi royal",
    "sambil nunggu buka puasa, mampir {brand} dulu",
    "jangan lupa bahagia, dan jangan lupa {brand}",
    "buat yang nanya aku kerja apa: {brand} {laugh_id}",
    "yang dari {id_city} pasti tau {brand}",
    "kenapa ya orang-orang pada ngomongin {brand} terus?",
    "dulu ragu, sekarang tiap hari buka {brand}",
    "rekomendasi dari aku cuma satu: {brand}",
    "{brand} ngasih {rezeki_id} pas banget waktu lagi butuh",
    "kemarin {rezeki_id} di {brand}, hari ini traktir temen sekantor",
    "setuju banget sama beritanya. salam hangat dari keluarga besar {brand}",
    "bang reporter, {brand} kapan diliput? lagi viral tuh",
    "nama {brand} lagi dibicarakan di mana-mana, penasaran kan?",
    "abis gajian langsung ke {brand}, bismillah",
    "bukan iklan ya, tapi {brand} emang {brand_praise_id}",
    "mending dengerin aku: {brand}. makasih nanti",
    "ada yang main di {brand} juga? hari ini beruntung banget",
    "doa ibu dan {brand}, itu kuncinya",
    "gw cuma bisa bilang {brand} {brand_praise_id}",
    "alhamdulillah, {brand} ngasih jalan",
    # short ones: a brand alone or with a word or two
    "{brand}",
    "{brand}",
    "{brand}",
    "{brand}",
    "{brand}",
    "{brand} {rezeki_id}",
    "{brand} 🙏",
    "mampir {brand}",
    "{brand} {rezeki_id}",
    "cek {brand}",
    "{brand} mantap",
    "{brand} {emo}",
    "salam {brand}",
    "{brand} juara",
    "google: {brand}",
    "ketik {brand}",
    "{brand} terbaik",
    "{rezeki_id} di {brand}",
    "{brand} aman",
]

EN_CASINO_NAMEDROP = [
    "lucky night thanks to {en_brand}[[ 🍀|]]",
    "just google {en_brand}, you'll thank me later",
    "everyone keeps talking about {en_brand}, what is it?",
    "greetings from the {en_brand} family",
    "paid my rent this month because of {en_brand}",
    "{en_brand} {brand_praise_en}",
    "anyone else here play at {en_brand}? best night of my life yesterday",
    "big shoutout to {en_brand}, my weekend was made",
    "if you know, you know: {en_brand}",
    "my uncle told me about {en_brand} and now I can't stop winning",
    "great article. {en_brand} is where I celebrate good news[[ 😎|]]",
    "once you try {en_brand} there's no going back",
    "{en_brand} >>> everything else",
    "is {en_brand} legit? my coworker bought a car from it",
    "not saying anything, just {en_brand}[[ 👀|]]",
    "weekend plans: beer, football and {en_brand}",
    "luck has been on my side since I found {en_brand}",
    "can't believe {en_brand} still isn't famous",
    "the real winners are the {en_brand} crowd lol",
    "type {en_brand} into google, trust me",
    "my wife asked where the new TV came from. {en_brand}.",
    "sending good vibes from {en_brand} to everyone reading",
    "bad day? {en_brand} fixes that",
    "who else is on {en_brand} tonight?",
    "skip the news, {en_brand} is where the good stuff happens",
    "honestly {en_brand} {brand_praise_en}",
    "{en_brand}",
    "{en_brand}",
    "{en_brand} 🍀",
    "google {en_brand}",
    "{en_brand} pays",
    "try {en_brand}",
    "lucky with {en_brand}",
    "{en_brand} again[[!|!!|]]",
    "{en_brand} tonight?",
]

ID_KERJA_ONLINE = [
    "lowongan kerja online dari rumah, cukup HP, hubungi {wa_any}",
    "ada yang mau penghasilan tambahan? chat aku {wa_any}",
    "bu ibu yang mau kerja sampingan, langsung japri aja ke {wa_any}",
    "investasi emas digital, untung tiap minggu, tanya-tanya ke {wa_any}",
    "titip modal 1 juta, balik 1,5 juta dalam seminggu. minat japri",
    "dibutuhkan {id_lowongan}, {id_hasil}, tanpa pengalaman. WA {wa_any}",
    "kerja paruh waktu gaji harian, hubungi {id_name} {wa_any}",
    "yang serius mau berubah nasib, inbox aku ya",
    "cari reseller dan dropshipper, untung besar, wa {wa_any}",
    "arisan online untung pasti, kuota terbatas, {wa_any}",
    "japri aja kalau mau tau caranya dapet {id_hasil} dari rumah",
    "cek profil aku buat info kerja online, {id_hasil}",
    "lagi cari {n} orang buat {id_lowongan}, bisa sambil momong anak. WhatsApp {wa_any}",
    "aku dulu nganggur, sekarang {id_hasil} dari HP. mau tau? {wa_any}",
    "butuh kerjaan? ada lowongan {id_lowongan}, langsung chat admin {wa_any}",
    "dicari mitra usaha, modal kecil untung {id_hasil}, hubungi {wa_any}",
    "penghasilan tambahan buat mahasiswa dan ibu rumah tangga, {id_hasil}. Hub: {wa_any}",
    "daripada scroll berita terus, mending ikut kerja online bareng aku, {wa_any}",
    "bagi hasil {pct}% tiap minggu, dana aman, langsung hubungi {id_name} di {wa_any}",
    "program kemitraan {id_hasil}, syarat cuma KTP, info lengkap {wa_any}",
    "ada kerjaan ringan dari rumah, bayarannya lumayan. yang minat tulis 'minat' nanti aku chat",
    "lowongan {id_lowongan} khusus wilayah {id_city}, {id_hasil}. wa/telp {wa_any}",
    "modal HP doang bisa {id_hasil}, serius. tanya aku di {wa_any}",
    "peluang usaha buat yang kena PHK, {id_hasil}, hubungi {wa_any}",
    "[[minat? japri|japri kak|minat inbox|yang minat japri]]",
    "wa {wa_any}",
    "info kerja: {wa_any}",
]

ID_PINJOL_PLAIN = [
    "dana cepat cair hari ini, yang butuh langsung wa {wa_any}",
    "pinjaman tanpa ribet khusus {pinjol_target}, hubungi admin {wa_any}",
    "butuh uang mendesak? bisa bantu cairkan {jt} hari ini, japri {wa_any}",
    "yang lagi kepepet, aku bisa bantu pinjaman tanpa jaminan. chat aja {wa_any}",
    "pinjaman cepat buat {pinjol_target}, cukup KTP. wa {wa_any}",
    "bisa bantu pinjam {jt} tanpa survei, yang serius aja hubungi {wa_any}",
    "ada pinjaman darurat buat biaya sekolah dan rumah sakit, tanya ke {id_name} {wa_any}",
    "pinjam uang bunga ringan, cair hari ini juga. Hub {wa_any}",
    "[[butuh dana? japri|dana cepat, japri|butuh pinjaman? inbox|pinjaman cepat cair]]",
    "dana cair {wa_any}",
]

# --------------------------------------------------------------------------------------------
# Templates: ham (ordinary reader comments on news articles)
# --------------------------------------------------------------------------------------------

ID_HAM_GENERAL = [
    "{id_opener}semoga {id_gov} serius nanganin {id_issue}, jangan cuma rame pas ada berita.[[ {id_follow}|]]",
    "Di {id_city} juga sama, {id_issue} udah jadi masalah dari dulu tapi nggak ada perubahan.",
    "{id_opener}masalah {id_issue} ini harusnya jadi prioritas, bukan proyek yang manfaatnya nggak jelas.",
    "Tiap musim hujan {id_area} pasti banjir, drainasenya kecil dan penuh sampah.[[ {id_follow}|]]",
    "Jalan di {id_area} rusak parah udah {n} bulan, motor saya sampai dua kali ganti ban.",
    "Kebijakan ini bagus di atas kertas, tapi pelaksanaannya di lapangan yang sering kacau.",
    "Salut buat {id_hero} yang tetap kerja walaupun kondisinya begini.",
    "{id_club} mainnya makin kacau, {id_weak} sering banget kehilangan fokus.",
    "Timnas butuh pelatih yang paham karakter pemain lokal, bukan cuma nama besar.",
    "Pertandingan semalam seru banget, sayang wasitnya banyak keputusan aneh.",
    "Liga harus dibenahi dulu dari jadwal dan kualitas lapangan, baru ngomong target besar.",
    "Aplikasi {id_app} sering error pas jam sibuk, tolong diperbaiki dulu sebelum diwajibkan.",
    "Internet di pinggiran {id_city} masih lemot, jangan buru-buru bangga soal 5G.",
    "Mobil listrik bagus buat polusi, tapi SPKLU-nya masih jarang banget di luar Jawa.",
    "Data pribadi bocor lagi? Ini udah kesekian kalinya, siapa yang mau tanggung jawab?",
    "AI memang membantu, tapi aturannya harus jelas biar nggak dipakai buat nipu orang.",
    "Anak saya sekolah di {id_city}, sistem zonasinya masih bikin bingung orang tua.",
    "Transportasi umum di {id_city} udah mulai bagus, tinggal integrasi rutenya aja.",
    "KRL jam berangkat kerja padat banget, tolong tambah rangkaian.",
    "Kasihan warga yang terdampak {id_disaster}, semoga bantuan cepat sampai.",
    "Polusi di {id_city} makin parah, pagi-pagi aja langit udah abu-abu.",
    "Penjelasan di artikel ini cukup lengkap, jadi paham kronologinya.",
    "Beritanya bagus, tapi tolong tambahin tanggapan dari pihak {id_party} juga biar berimbang.",
    "Kalau dibandingin tahun lalu, kondisi di {id_city} sekarang memang agak membaik.",
    "Nggak kaget sih, dari awal proyek {id_project} ini udah banyak yang ragu.",
    "Debat kemarin kurang substansi, lebih banyak saling sindir.",
    "Pejabat yang terbukti korupsi harusnya dimiskinkan, biar ada efek jera.",
    "Gempa tadi kerasa sampai {id_city}, semoga nggak ada korban.",
    "Semoga pencarian korban {id_disaster} cepat selesai dan keluarga diberi ketabahan.",
    "Pasar tradisional di {id_area} sepi, pedagang banyak yang ngeluh pembeli pindah ke online.",
    "UMKM perlu dibantu akses pemasaran, bukan cuma pelatihan seremonial.",
    "Artikel kayak gini yang harus sering dimuat, bukan gosip artis terus.",
    "Sebagai warga {id_city}, saya berharap {id_gov} lebih terbuka soal program {id_sector}.",
    "Kemarau panjang tahun ini bikin petani di kampung saya gagal panen.",
    "Kapan sampah di TPA {id_city} bisa dikelola dengan benar? Baunya sampai ke permukiman.",
    "Pemain muda {id_club} kelihatan punya potensi, semoga dikasih menit bermain lebih banyak.",
    "Rekrutmen CPNS tahun ini katanya lebih transparan, semoga beneran bersih.",
    "Satpol PP nertibin PKL tapi nggak dikasih tempat jualan pengganti, ya balik lagi mereka.",
    "Sekolah di daerah 3T masih banyak yang kekurangan guru, tolong diperhatikan.",
    "Update sistem terbaru bikin HP saya panas dan baterainya cepat habis.",
    "Saya pendukung {id_club} dari kecil, tapi musim ini memang pantas dikritik.",
    "Kejadian kayak gini terus berulang, harus ada evaluasi total dari {id_gov}.",
    "Lampu merah di perempatan {id_area} mati sejak minggu lalu, rawan kecelakaan.",
    "Kualitas udara membaik pas libur panjang, berarti memang kendaraan pribadi penyumbang besar.",
    "{id_opener}pembangunan {id_project} harus memperhatikan dampak lingkungan, jangan asal kebut.",
    "Penonton {id_club} kemarin tertib, semoga terus begitu, jangan ada kericuhan lagi.",
    "Kurikulum ganti terus, guru dan murid yang jadi kelinci percobaan.",
    "Perbaikan trotoar di {id_city} bagus, tapi jangan sampai dipakai parkir motor lagi.",
    "Vaksinasi anak di puskesmas {id_area} lancar, petugasnya ramah.",
    "Hasil survei kayak gini harus dibaca hati-hati, sampelnya berapa orang dulu.",
    "Pilkada masih lama tapi baliho udah di mana-mana, bikin semrawut kota.",
    "Kalau {id_issue} nggak diselesaikan, jangan heran warga makin apatis.",
]

EN_HAM_GENERAL = [
    "{en_opener}{en_gov} has been promising to deal with {en_issue} for years.[[ {en_follow}|]]",
    "Same here in {en_city}, {en_issue} has been getting worse every year.",
    "{en_opener}this policy sounds fine on paper but the rollout is going to be a mess.",
    "The road outside our school in {en_city} has had the same pothole since March.",
    "Respect to the {en_hero} working through conditions like this.",
    "{en_team} looked completely lost in the second half, the manager has to take responsibility.",
    "That was a brilliant match, shame the referee made so many odd calls.",
    "{en_tech} has been nothing but trouble for me, half the features don't work.",
    "Another data breach, and once again nobody will be held accountable.",
    "AI tools are useful, but we need clear rules before they're used for everything.",
    "Public transport in {en_city} is finally improving, but evening services are still terrible.",
    "The trains this morning were packed again, they need more carriages at rush hour.",
    "Thoughts with everyone affected by the flooding, hope help arrives quickly.",
    "This is a really clear explainer, I finally understand the timeline.",
    "Good article, but it would be fairer to include a response from the other side too.",
    "Not surprised at all, people were raising concerns about this project from day one.",
    "The debate was all soundbites and no substance.",
    "Politicians caught lying to parliament should face real consequences.",
    "Felt the tremor all the way in {en_city}, hope nobody was hurt.",
    "Small businesses on our high street are closing one after another.",
    "More of this kind of journalism please, less celebrity gossip.",
    "{en_opener}{en_gov} needs to be more transparent about where the money for {en_issue} is going.",
    "The drought has been brutal for farmers around here.",
    "The young players at {en_team} look promising, they deserve more minutes.",
    "Closing the library to save money is short-sighted, it's the only warm place for some people.",
    "The heatwave warnings came way too late for a lot of older people.",
    "Schools keep changing the curriculum and teachers are left to figure it out.",
    "New bike lanes in {en_city} are great, as long as people stop parking in them.",
    "Polls like this need to be read carefully, what was the sample size?",
    "If {en_issue} isn't fixed, don't be surprised when turnout drops again.",
    "{en_team} fans were brilliant yesterday, great atmosphere from start to finish.",
    "The election campaign hasn't even started and I'm already exhausted.",
    "This is why local journalism matters, nobody else would have covered it.",
    "I work in a hospital and the staffing shortage is worse than this article suggests.",
    "The new stadium plans look great but who is paying for the roads around it?",
    "Hard to trust the numbers when the methodology keeps changing.",
    "Can't believe the bridge has been closed for two years with no end date.",
    "Glad to see the rescue teams got everyone out safely.",
    "My kid's school still has no proper heating, it's embarrassing in this day and age.",
    "The new phone ban in classrooms seems to be working, according to teachers I know.",
    "Building more houses is fine but without new GPs and schools it won't work.",
    "{en_opener}the minister's answer didn't address the actual question at all.",
    "Wildfire smoke made the air unbreathable here last week, it's getting worse every summer.",
    "The transfer window was a disaster for {en_team}, no striker again.",
    "Finally some good news about {en_issue}. Let's hope it lasts.",
]

ID_HAM_QUESTION = [
    "Ini berlaku mulai kapan ya?",
    "Ada yang tau syarat daftarnya apa aja?",
    "Sumbernya dari mana min?",
    "Maksudnya yang kena aturan ini cuma {id_group} atau semua warga?",
    "Kalau di {id_city} gimana, sudah diterapkan belum?",
    "Kenapa di artikel nggak disebut siapa pihak {id_party}-nya?",
    "Terus nasib {id_group} gimana?",
    "Ada link rilis resminya nggak?",
    "Lho, bukannya minggu lalu katanya dibatalkan?",
    "Boleh minta penjelasan bedanya {id_term_pair}?",
    "Jadwal pertandingan {id_club} selanjutnya kapan ya?",
    "Kalau KTP masih alamat lama bisa ikut daftar nggak?",
    "Angka ini data tahun berapa ya?",
    "Ada yang tau jalur alternatif dari {id_area} lewat mana?",
    "Terus yang ganti rugi warga siapa?",
    "Daftarnya online atau harus datang ke kantor {id_office}?",
    "Ini cuma di {id_city} atau nasional?",
    "Kok beda sama berita kemarin ya, mana yang bener?",
    "Ada yang udah coba ngurus di {id_office}? Lama nggak prosesnya?",
    "Apa {id_gov} udah kasih tanggapan resmi?",
    "Berapa lama target selesainya {id_project} ini?",
    "{id_group} yang udah terdaftar perlu daftar ulang nggak?",
]

EN_HAM_QUESTION = [
    "Source?",
    "When does this actually take effect?",
    "Does this apply to {en_group} too or just full-time staff?",
    "Is there a link to the full report?",
    "How does this compare with {en_city}?",
    "Wasn't this cancelled last month?",
    "Can someone explain the difference between the two proposals?",
    "What's the next step after the vote?",
    "Who actually pays for this in the end?",
    "Has {en_gov} responded yet?",
    "Do we know how many people are affected?",
    "Is this the same scheme they tried back in {year}?",
    "Which year is this data from?",
    "Does anyone know if the roads around {en_city} are open again?",
    "Why doesn't the article name the company involved?",
    "Will {en_group} have to reapply or is it automatic?",
    "Any idea when {en_team} play next?",
    "So what happens to people who already applied?",
    "How long until the repairs are done?",
    "Is this confirmed or still just a rumour?",
    "Does this affect {en_group} in {en_city} as well?",
    "Is there a deadline for {en_group} to register?",
    "What does this mean for {en_issue} in practice?",
    "Has anyone in {en_city} actually received the letter yet?",
    "How much of the budget is going to {en_issue}?",
    "Is the consultation still open? Where do you submit comments?",
    "Who was the contractor on this project?",
    "Did {en_team} say anything about the injury?",
    "Is the {en_tech} optional or mandatory?",
    "What happened to the funding that was promised in {year}?",
    "Can {en_group} appeal the decision?",
    "Why is this only being reported now?",
    "Is this a UK-wide rule or just England?",
    "Does anyone know what time the road reopens?",
]

ID_HAM_CORRECTION = [
    "Koreksi min, kejadiannya hari {day_id}, bukan {day_id}.",
    "Koreksi dikit, yang menang itu tim tamu, bukan tuan rumah.",
    "Judulnya agak menyesatkan, di isi berita bilangnya masih rencana, belum diputuskan.",
    "Fotonya kayaknya bukan dari kejadian ini deh, itu foto lama dari {year}.",
    "Maaf meluruskan, aturan itu belum berlaku, baru tahap uji coba.",
    "Di artikel tertulis {num_people} orang, padahal di rilis resminya beda angkanya.",
    "Itu bukan kebijakan baru, udah ada dari {year}, cuma baru ditegakkan sekarang.",
    "Min, nama stadionnya salah tulis di paragraf kedua.",
    "Ralat, beliau sudah bukan menteri lagi sejak reshuffle kemarin.",
    "Lokasinya bukan di {id_city}, tapi di kabupaten sebelahnya.",
    "Persentasenya kebalik min, yang naik itu impor, bukan ekspor.",
    "Typo di paragraf {n} min, harusnya 'ditunda' bukan 'dibatalkan'.",
    "Yang dimaksud di berita itu {id_term_swap}, beda jauh artinya.",
]

EN_HAM_CORRECTION = [
    "Small correction: the vote was on {day_en}, not {day_en}.",
    "The headline says it's been approved but the article says it's still a proposal.",
    "That photo isn't from this event, it's from {year}.",
    "Just to clarify, the rule hasn't come into force yet, it's a pilot.",
    "The article says {num_people} people but the official statement gives a different figure.",
    "This isn't a new law, it's been on the books since {year}, they're just enforcing it now.",
    "Typo in paragraph {n}: it should be 'postponed', not 'cancelled'.",
    "It wasn't in {en_city}, it was in the next county over.",
    "The percentages are the wrong way round, imports went up, not exports.",
    "He's not the minister any more, he was moved in the last reshuffle.",
    "Minor point but the stadium's name is misspelled in the caption.",
    "The chart's y-axis doesn't start at zero, which makes the change look much bigger.",
    "Correction: {en_team} lost {score}, not the other way round.",
    "The article says {year} but the law was passed a year later.",
    "It's {en_city} city council, not the county, that made the decision.",
    "The figure in the headline is per month, not per year, big difference.",
    "The quote in paragraph {n} is from the deputy, not the minister.",
    "Just checked the report, the number is {num_people}, not what the summary says.",
    "The map in the article shows the wrong river.",
]

ID_HAM_REPLY = [
    "@{id_user} {id_reply}",
    "@{id_user} {id_reply}",
    "@{id_user} {id_reply}",
    "@{id_user} setuju, tapi {id_but}.",
    "@{id_user} baca dulu beritanya sampai habis, di paragraf akhir dijelasin kok.",
    "@{id_user} nggak semua begitu, di tempat saya malah lancar.",
    "@{id_user} sumbernya dari mana? jangan asal ngomong.",
    "Buat yang nanya di atas, {id_answer}.",
    "@{id_user} iya bener, saya juga ngalamin kemarin.",
    "@{id_user} kamu salah paham, yang dibahas itu {id_issue}, bukan soal lain.",
    "Bener kata @{id_user}, masalahnya di pengawasan.",
    "@{id_user} makasih infonya, baru tau saya.",
    "@{id_user} itu opini kamu, datanya bilang lain.",
    "@{id_user} sabar bang, prosesnya emang lama.",
    "@{id_user} di {id_city} udah jalan dari bulan lalu kok.",
    "@{id_user} jangan disamaratakan, banyak {id_group} yang jujur.",
    "Nambahin komentar @{id_user}, {id_answer}.",
]

EN_HAM_REPLY = [
    "@{en_user} {en_reply}",
    "@{en_user} {en_reply}",
    "@{en_user} {en_reply}",
    "@{en_user} that's not what the article says though.",
    "@{en_user} fair point, but {en_gov} still has to answer for it.",
    "@{en_user} read past the headline, it's explained further down.",
    "@{en_user} not everywhere, it's been fine where I live.",
    "@{en_user} do you have a source for that?",
    "To whoever asked above, it starts next month according to the council website.",
    "@{en_user} exactly this. Nobody wants to talk about {en_issue}.",
    "Agree with @{en_user}, the real problem is enforcement.",
    "@{en_user} thanks, didn't know that.",
    "@{en_user} that's your opinion, the data says otherwise.",
    "@{en_user} it already started in {en_city} last month.",
    "@{en_user} don't lump all {en_group} together, most are doing their best.",
    "@{en_user} I used to think that too until I read the report.",
]

ID_HAM_SHORT = [
    "{id_source}",
    "{id_short}{id_short_end}",
    "{id_short}{id_short_end}",
    "{id_short}, {id_short}",
]

EN_HAM_SHORT = [
    "{en_source}",
    "{en_short}{en_short_end}",
    "{en_short}{en_short_end}",
    "{en_short}, {en_short}",
]

ID_HAM_SLANG = [
    "gw sih {id_slang_agree}, {id_slang_reason}",
    "bener bgt, {id_gov} kerjanya lelet wkwk",
    "anjir {id_price_item} mahal amat sekarang",
    "mantul pak, lanjutkan",
    "wkwkwk ujung2nya rakyat lagi yang kena",
    "gokil sih {id_club} semalem",
    "yaelah beritanya telat, di {id_city} udah dari minggu lalu",
    "kagak ngotak sih kebijakannya",
    "asli ngakak baca komen2 di sini wkwk",
    "gw kira hoaks, ternyata beneran anjir",
    "bjir {id_club} kalah lagi, udahlah",
    "sumpah ini relate bgt sama kampung gw",
    "kocak, katanya {id_promise} eh malah {id_reality}",
    "udh gw duga sih dari awal",
    "emg dasar, tiap tahun gitu2 aja",
    "yg bikin aturan pernah naik angkot ga sih wkwk",
    "gas terus timnas, gw dukung sampe kapanpun 🔥",
    "mantul infonya, lumayan nambah wawasan",
    "anjir serem bgt, hati2 buat yg tinggal di {id_area}",
    "gw tinggal di {id_city} dan emang parah sih {id_issue} nya",
    "wkwk netizen +62 emang paling jago komen",
    "ga kaget, {id_gov} mah gitu",
    "lah kok bisa? gimana ceritanya",
    "btw bener ga sih ini? gw baca di tempat lain beda",
    "fix ini sih {id_club} harus ganti pelatih",
    "ngeri bgt, semoga ga kejadian di {id_area}",
    "bener bgt kata artikelnya, {id_issue} udah kelewatan",
    "awokwok pejabatnya ngeles mulu",
    "gpp lah yg penting ada progres",
    "anjay keren bgt {id_hero} nya",
    "wkwk sama, gw juga kena {id_issue} tiap hari",
]

EN_HAM_SLANG = [
    "lol {en_gov} really said 'we'll look into it' for the fifth year in a row",
    "ngl {en_team} looked awful in the second half",
    "tbh I expected worse from this budget",
    "bruh who signed off on this",
    "lmao imagine paying {en_price_item}",
    "fr the ref was blind last night",
    "idk man, this sounds like a PR stunt",
    "this aged like milk lol",
    "not me refreshing this page every 5 min for updates",
    "lowkey the best article on this so far",
    "yeah nah, {en_gov} had years to fix this",
    "ok but why is nobody talking about {en_issue}",
    "smh every single winter",
    "W for the {en_hero}",
    "L decision tbh",
    "lol {en_city} never changes",
    "ngl I had to read the headline twice",
    "tbh {en_team} deserved that loss",
    "imagine being the intern who wrote that press release lol",
    "lmao the comments here are better than the article",
    "ngl this made my day",
    "tbh nobody is surprised",
    "bro {en_issue} in {en_city} is no joke",
    "yikes, that's rough for {en_group}",
    "lol that's {en_gov} for you",
    "idk why they thought this would work",
]

# ---- hard negatives (ham that shares words with spam) ----

ID_HAM_MONEY = [
    "Gaji UMR {id_city} sekitar {id_jt} tapi kos aja udah 1,5 juta, gimana mau nabung.",
    "PPN naik ujung-ujungnya harga barang ikut naik semua, yang kena rakyat kecil.",
    "Cicilan KPR saya naik {id_rb} sebulan gara-gara suku bunga naik.",
    "Harga cabai di pasar {id_market} tembus {id_price_kg} per kilo, ibu-ibu pada ngeluh.",
    "THR tahun ini cair tanggal berapa ya buat karyawan swasta?",
    "Bunga deposito sekarang cuma sekitar {n}%, mending SBN kalau mau aman.",
    "Potongan pajak di slip gaji saya bulan ini kok lebih gede ya? Ada yang sama?",
    "Tarif parkir di {id_city} naik, tapi pelayanannya nggak sebanding.",
    "Honor guru honorer {id_rb} sebulan itu nggak manusiawi.",
    "Uang kuliah tunggal naik sampai {pct} persen, banyak mahasiswa terancam putus kuliah.",
    "Harga beras medium sekarang {id_price_kg}, padahal tahun lalu masih lebih murah.",
    "Bapak saya pensiunan, cuma dapat {id_jt} sebulan, pas-pasan banget.",
    "Kalau APBD {id_city} sampai {id_triliun}, kenapa jalan kampung masih rusak?",
    "Bayar pajak kendaraan sekarang bisa online, lumayan nggak perlu antre di Samsat.",
    "Upah buruh tani {id_rb} per hari masih jauh dari layak.",
    "Harga emas naik terus, yang nyimpen dari dulu untung.",
    "Iuran BPJS kelas 1 berat buat satu keluarga lima orang.",
    "Dana desa {id_triliun} harus diaudit, jangan sampai bocor.",
    "Ongkos mudik tahun ini bisa {id_jt} sekeluarga, tiket bus aja naik dua kali lipat.",
    "Subsidi listrik harusnya tepat sasaran, banyak rumah mewah masih pakai daya subsidi.",
    "Gaji naik {n}% tapi harga kebutuhan pokok naik lebih tinggi, sama aja bohong.",
    "Rupiah melemah lagi, harga barang impor pasti naik.",
    "Saya pedagang kecil, omzet turun hampir setengah sejak pasar dipindah.",
    "Pajak UMKM 0,5% itu sebenarnya sudah ringan, tapi sosialisasinya kurang.",
    "Kenaikan UMP {pct} persen masih kurang kalau lihat biaya hidup di kota besar.",
    "Tabungan haji saya sudah {n} tahun, antreannya masih panjang banget.",
    "Harga rumah subsidi di pinggiran {id_city} udah tembus 180 juta, makin susah punya rumah.",
    "Transfer antarbank sekarang lebih murah lewat BI-FAST, lumayan hemat.",
]

ID_HAM_PINJOL = [
    "Pinjol ilegal makin meresahkan, OJK harus tegas blokir dan tangkap pengelolanya.",
    "Tetangga saya terjerat pinjol, awalnya pinjam {id_jt} sekarang tagihannya berlipat-lipat.",
    "Penagih pinjol nyebar data ke semua kontak, itu udah masuk pidana kan?",
    "Cek dulu daftar pinjol legal di situs OJK sebelum pinjam, jangan asal download aplikasi.",
    "Banyak anak muda terjebak paylater dan pinjol gara-gara gaya hidup.",
    "Satgas harus lebih cepat, aplikasi pinjol ilegal muncul lagi dengan nama baru.",
    "Bunga pinjol legal aja masih tinggi, apalagi yang ilegal.",
    "Guru-guru di daerah banyak yang kena pinjol, ini masalah serius kesejahteraan.",
    "Pinjaman online harusnya buat darurat, bukan buat beli HP baru.",
    "Teror debt collector pinjol sampai ke kantor, bikin malu korban.",
    "Korban pinjol butuh pendampingan hukum, bukan cuma disuruh bayar.",
    "Iklan pinjaman cair tanpa BI checking itu hampir pasti ilegal, jangan tergiur.",
    "Saya kerja di koperasi, banyak anggota yang pinjam ke kami buat nutup utang pinjol.",
    "Literasi keuangan harus diajarkan dari sekolah biar generasi muda nggak gampang terjerat pinjol.",
    "Data {n}0 ribu korban pinjol ilegal itu cuma yang lapor, aslinya pasti lebih banyak.",
    "Di {id_city} ada {num_people} laporan korban pinjol ilegal bulan ini, itu baru yang melapor.",
    "{id_group} paling rentan kena pinjol karena penghasilannya nggak tetap.",
    "Saya pernah ditelepon DC pinjol padahal nggak pernah pinjam, ternyata nomor saya dijadikan kontak darurat teman.",
    "Batas bunga pinjol harusnya diturunkan lagi, masih mencekik buat {id_group}.",
    "Pinjol legal pun kalau telat bayar dendanya numpuk, hitung dulu kemampuan sebelum pinjam.",
    "Kasus {id_group} bunuh diri karena teror pinjol harus jadi peringatan serius.",
    "Banyak aplikasi pinjol ilegal nyamar jadi aplikasi kasir atau senter di toko aplikasi.",
]

ID_HAM_GAMBLING = [
    "Judi online merusak keluarga, pemerintah harus blokir situsnya sampai ke akar.",
    "Iklan slot makin sering muncul di situs berita, {id_ministry} ke mana aja?",
    "Temen saya habis motor dan tabungan gara-gara judol, sekarang utang di mana-mana.",
    "Bandar judi online harus ditangkap, bukan cuma pemain kecilnya.",
    "PPATK bilang perputaran uang judi online sampai ratusan triliun, ngeri banget.",
    "Artis yang promosi situs judi harusnya dipidana, bukan cuma dipanggil.",
    "Tiap buka kolom komentar isinya 'slot gacor maxwin', tolong admin dibersihin.",
    "Pegawai yang ketahuan main judol di kantor pemerintahan harus dipecat.",
    "Anak SMP udah kenal slot dari iklan di game, orang tua harus waspada.",
    "Rekening penampung judol harusnya dibekukan semua.",
    "Judi online itu bukan hiburan, ujungnya pinjol dan kriminal.",
    "Katanya udah blokir ribuan situs judi, tapi besoknya muncul domain baru.",
    "Bansos jangan sampai dipakai buat depo judol, pengawasannya gimana?",
    "Suami kakak saya kecanduan judol, rumah tangganya hampir hancur.",
    "Yang bilang 'rtp live' dan 'pola gacor' itu cuma akal-akalan bandar biar orang terus main.",
    "Korban judol perlu rehabilitasi, sama kayak kecanduan narkoba.",
    "Di kampung saya bapak-bapak ronda malah main slot di HP, miris.",
    "Bank harus ikut tanggung jawab, transaksi ke rekening judol kan bisa dilacak.",
    "Selama masih ada oknum yang beking, judi online nggak akan habis.",
    "Situs pemerintah kena retas dan disusupi iklan judi, keamanan sibernya parah.",
    "Polisi {id_city} tangkap admin situs judi online, semoga bandarnya juga kena.",
    "Menurut berita ini ada {num_people} {id_group} yang terlibat judol, ini sudah darurat.",
    "Kerugian akibat judi online bukan cuma uang, tapi juga kesehatan mental keluarganya.",
    "Setuju rekening judol diblokir, tapi jangan sampai salah blokir rekening orang biasa.",
    "Kok iklan judi bisa nongol di aplikasi {id_app}? Tolong diusut.",
    "Kecanduan judol sama bahayanya dengan narkoba, harus ada tempat rehabilitasi di {id_city}.",
    "Udah {n} tahun dibilang darurat judi online, hasilnya mana?",
    "Gaji habis di hari pertama gara-gara judol, cerita kayak gini makin sering saya dengar di {id_city}.",
    "Satgas judi online harus transparan, berapa bandar yang sudah benar-benar diproses?",
    "Yang kasihan istri dan anaknya, utang judol suaminya ditanggung semua.",
    "Tetangga saya di {id_area} jual motor buat nutup utang judi online, sekarang jalan kaki ke kerja.",
    "Situs judi ganti nama domain tiap minggu, blokir doang nggak akan cukup.",
]

ID_HAM_CRYPTO = [
    "Bitcoin tembus rekor lagi, tapi saya tetap nggak berani masuk, volatil banget.",
    "Sekarang pengawasan aset kripto pindah ke OJK ya? Semoga aturannya lebih jelas.",
    "Pajak transaksi kripto masih bikin investor kecil mikir dua kali.",
    "Banyak yang rugi gara-gara FOMO koin meme, belajar dulu sebelum beli.",
    "Kripto bukan cara cepat kaya, berita kayak gini sering bikin orang salah paham.",
    "Exchange lokal harus diaudit rutin biar dana nasabah aman.",
    "Halving bitcoin katanya bikin harga naik, tapi nggak ada jaminan.",
    "Saya pegang sedikit bitcoin buat belajar aja, nggak lebih dari {n} persen tabungan.",
    "Robot trading yang dulu heboh itu ternyata skema ponzi, semoga korbannya dapat keadilan.",
    "Penambangan bitcoin boros listrik, aneh kalau didukung di tengah krisis energi.",
    "Harga bitcoin turun {pct} persen seminggu, yang leverage pasti banyak kena likuidasi.",
    "Blockchain itu teknologinya menarik, tapi jangan disamakan dengan koin-koin spekulatif.",
    "Harga bitcoin sekarang sekitar Rp1,{n} miliar per koin, nggak kebayang yang beli dari {year}.",
    "Jumlah investor kripto di Indonesia katanya udah puluhan juta akun, tapi berapa yang paham risikonya?",
    "Exchange kripto kena retas lagi? Semoga dana pengguna diganti penuh.",
    "Kalau mau coba kripto, pakai platform yang terdaftar resmi dan mulai dari nominal kecil.",
    "Teman saya rugi {id_jt} gara-gara ikut-ikutan beli koin yang lagi viral.",
    "Bitcoin naik tapi rupiah melemah, jadi hitungan untungnya nggak sebesar kelihatannya.",
    "Rupiah digital yang direncanakan BI itu beda jauh sama kripto, jangan disamakan.",
    "Artikelnya bagus, jelasin risiko kripto tanpa bikin orang FOMO.",
    "Influencer yang pamer cuan kripto jarang cerita pas rugi.",
]

ID_HAM_LINK = [
    "Data inflasinya bisa dicek langsung di https://www.bps.go.id, angkanya sedikit beda dengan di artikel.",
    "Daftar pinjol legal ada di https://www.ojk.go.id, cek dulu sebelum pinjam.",
    "Beritanya juga dimuat di {id_news_site}, kronologinya lebih lengkap di sana.",
    "Buat yang mau baca latar belakangnya: https://id.wikipedia.org/wiki/{wiki_id}",
    "Peringatan dini cuaca ada di https://www.bmkg.go.id, update tiap beberapa jam.",
    "Rilis resminya bisa dibaca di {id_gov_site}",
    "Hasil rekapitulasi resmi ada di https://www.kpu.go.id, jangan percaya angka dari grup-grup.",
    "Versi bahasa Inggrisnya ada di https://www.reuters.com/world/asia-pacific/",
    "Bisa lapor ke https://www.lapor.go.id kalau jalannya belum diperbaiki, punya saya ditindaklanjuti.",
    "{id_news_site} juga ada beritanya, tapi angkanya sedikit beda.",
    "Sumbernya ini {id_gov_site}, jadi bukan hoaks.",
    "Penjelasan lengkapnya ada di https://id.wikipedia.org/wiki/{wiki_id}, sumbernya juga dicantumkan.",
    "Statistik lengkap per provinsi: https://www.bps.go.id/id/statistics-table",
    "Laporan lengkapnya di {id_gov_site}, lihat tabel {n} di lampiran.",
    "Perbandingannya bisa dilihat di https://data.worldbank.org/indicator",
]

ID_HAM_LAWSUIT = [
    "Gugatan warga ke PTUN soal {id_project} semoga dikabulkan hakim.",
    "Sidangnya ditunda lagi, kapan vonisnya keluar?",
    "Hakim MK harus benar-benar netral dalam perkara ini.",
    "Pengacaranya bilang mau ajukan banding, jadi putusannya belum inkrah.",
    "Vonis {n} tahun buat koruptor {id_triliun}? Nggak adil banget.",
    "Gugatan class action warga korban banjir ini menarik, semoga jadi preseden.",
    "Somasi ke media karena beritanya? Ya pakai hak jawab aja, bukan ancam.",
    "Kasus sengketa tanah kayak gini bisa bertahun-tahun di pengadilan.",
    "Putusan praperadilan kemarin bikin publik bingung.",
    "Terdakwa cuma dituntut {n} tahun, jaksanya gimana sih.",
    "Kalau perusahaan terbukti mencemari sungai, ganti ruginya harus ke warga langsung.",
    "Hakim yang kena OTT itu bikin malu lembaga peradilan.",
    "Gugatan cerai artis kok jadi berita utama, masih banyak kasus hukum yang lebih penting.",
    "Klub digugat pemainnya soal gaji yang belum dibayar, federasi harus turun tangan.",
    "Sidang kasus {case_id} di PN {id_city} ditunda lagi, keluarga korban pasti kecewa.",
    "Vonis kasus {case_id} ini terlalu ringan menurut saya.",
    "Semoga hakim independen dalam perkara {case_id}, jangan ada intervensi.",
    "Korban {case_id} harus dapat restitusi, bukan cuma pelakunya dipenjara.",
    "Banding ditolak, berarti putusan kasus {case_id} tetap berlaku.",
    "Jaksa nuntut {n} tahun untuk kasus {case_id}, kita lihat putusan hakimnya.",
    "Kenapa kasus {case_id} di {id_city} prosesnya lama banget, sudah hampir {n} tahun.",
]

ID_HAM_WA = [
    "{id_wa_group} kami juga heboh soal ini dari tadi pagi.",
    "Info ini udah nyebar di {id_wa_group} sejak kemarin, ternyata beneran.",
    "Hoaks kayak gini sering beredar di WhatsApp, cek dulu sebelum share.",
    "Pengaduan ke {id_office} sekarang bisa lewat WhatsApp resmi, lumayan cepat dibalas.",
    "Wali kelas anak saya ngumumin lewat grup WA, orang tua banyak yang bingung.",
    "WhatsApp sempat down tadi siang, kirain HP saya yang rusak.",
    "Bapak-bapak di grup WA kompleks udah debat soal ini dari semalam wkwk",
    "Video kejadiannya udah beredar di {id_wa_group}, kasihan korbannya.",
    "{id_wa_group} udah ribut bahas {id_issue} dari semalam.",
    "Pengumuman soal {id_issue} di {id_city} malah duluan muncul di {id_wa_group} daripada di situs resmi.",
    "Ibu saya langsung forward berita ini ke {id_wa_group}, padahal belum tentu benar.",
    "Koordinasi relawan di {id_area} pakai grup WA, sudah jalan sejak hari pertama.",
]

ID_HAM_SCAM_WARNING = [
    "Hati-hati, ada yang nelpon ngaku dari bank minta kode OTP. Jangan pernah kasih.",
    "Jangan klik link undian di kolom komentar, itu penipuan.",
    "Komentar yang nawarin pinjaman cair tanpa BI checking itu penipu semua, jangan percaya.",
    "Akun-akun yang promosi slot di bawah tolong direport rame-rame.",
    "Saudara saya ketipu file APK undangan nikah lewat WA, saldo rekening langsung hilang.",
    "Modus lowongan kerja 'like video dibayar' itu penipuan, awalnya dibayar kecil lalu disuruh deposit.",
    "Kalau ada yang ngaku bisa gandain uang lewat trading, itu pasti skema ponzi.",
    "Admin tolong hapus komentar yang nyebar nomor WA buat 'investasi', banyak yang ketipu.",
    "Ortu saya hampir transfer {id_jt} ke penipu yang ngaku petugas pajak. Hati-hati ya.",
    "Jangan percaya testimoni 'baru wd sekian juta' di komentar, itu akun bot semua.",
    "SMS 'paket tertahan, klik link' itu phishing, jangan diisi data apa pun.",
    "Yang nawarin obat kuat dan pelangsing lewat komentar itu jualan obat ilegal, jangan beli.",
    "Hati-hati modus {id_scam}, tetangga saya kena {id_jt}.",
    "Modus {id_scam} lagi marak di {id_city}, jangan asal klik.",
    "Ibu saya hampir kena modus {id_scam}, untung sempat nanya dulu ke anaknya.",
    "Polisi sudah tangkap pelaku {id_scam}, tapi uang korban belum tentu kembali.",
    "Sosialisasi soal modus {id_scam} harus sampai ke {id_group}, mereka yang paling sering jadi korban.",
]

ID_HAM_HEALTH = [
    "Harga obat di apotek dekat rumah naik lagi, padahal obat generik.",
    "BPOM harus rutin sita obat ilegal yang dijual bebas di marketplace.",
    "Stok vaksin di puskesmas {id_area} kosong udah dua minggu.",
    "Jangan beli obat keras tanpa resep, efek sampingnya bisa bahaya.",
    "Antrean BPJS di rumah sakit {id_city} bisa dari subuh, tolong dibenahi sistemnya.",
    "Suplemen pelangsing yang viral itu sudah ditarik BPOM, masih banyak yang jual online.",
    "Obat diabetes ayah saya sekarang ditanggung BPJS, sangat membantu.",
    "Harga {id_medicine} di apotek {id_area} naik hampir dua kali lipat.",
    "{id_medicine} sempat langka di {id_city}, pasien harus keliling cari apotek.",
    "Jangan beli {id_medicine} dari penjual online yang nggak jelas, banyak yang palsu.",
    "Dokter bilang {id_medicine} harus pakai resep, jangan beli sembarangan.",
]

EN_HAM_MONEY = [
    "Rent in {en_city} went up to {usd_rent} for a one-bed and wages haven't moved at all.",
    "My mortgage payment jumped by {usd_plain} a month after the last rate rise.",
    "A {n}% raise doesn't mean much when groceries are up more than that.",
    "The tax bracket changes mean a lot of middle earners actually take home less.",
    "The minimum wage still isn't a living wage anywhere near {en_city}.",
    "Payday loans with triple-digit APR should be illegal, they target people who are already struggling.",
    "Student loan repayments restart next month and nobody I know is ready.",
    "I paid {gbp} for a weekly shop that used to cost half that.",
    "The pension changes are going to hit people retiring in the next ten years hardest.",
    "If they cut rates again, savers lose out once more.",
    "Credit card interest rates are insane, no wonder household debt is at a record.",
    "Does anyone know if the energy rebate counts as taxable income?",
    "Small businesses can't absorb another {pct}% rise in energy costs.",
    "Childcare costs more than our mortgage, something has to give.",
    "The council tax rise is {n}%, but bin collections got cut to every two weeks.",
    "Inflation might be down but prices aren't going back to where they were.",
    "Buy now pay later schemes are basically loans for people who don't realise it.",
    "Why is the article comparing nominal wages and not real wages?",
    "Property taxes here went up {pct}% and services got worse.",
    "My insurance premium doubled this year with zero claims.",
    "Tipping culture is out of control, 25% suggested on a takeaway coffee?",
    "Wage growth finally beat inflation for a couple of months, that's something.",
    "The budget gives {millions} to roads but nothing for buses.",
    "Housing benefit hasn't kept up with rents for years, of course homelessness is rising.",
]

EN_HAM_GAMBLING = [
    "Sports betting ads are everywhere now, even during kids' matches. Regulators need to step in.",
    "My cousin lost his savings on betting apps in less than a year. These apps are designed to be addictive.",
    "Legalising online casinos brings tax revenue but the social cost will be huge.",
    "Funny how this comment section is full of 'slot gacor maxwin' bots under an article about gambling harm.",
    "The state collected {millions} in betting taxes, how much of that goes to addiction services?",
    "Loot boxes are gambling for kids, plain and simple.",
    "Good that they're banning credit card deposits on gambling sites.",
    "Every other ad during the match was a betting company.",
    "The player got banned for betting on his own games, rightly so.",
    "Gambling addiction support should be funded by the operators, not taxpayers.",
    "Online slots are the worst, you can lose hundreds in minutes without leaving the sofa.",
    "Why are betting companies allowed to sponsor football shirts?",
    "Match fixing scandals always come back to illegal betting markets in the end.",
    "The new affordability checks for gamblers are long overdue.",
    "A friend of mine has been clean from gambling for {n} years, support groups really work.",
]

EN_HAM_CRYPTO = [
    "Bitcoin hitting a new high doesn't change the fact that most people who bought at the top are still down.",
    "More crypto ETFs getting approved was inevitable.",
    "Another exchange collapse, another round of 'not your keys, not your coins'.",
    "Crypto is still mostly speculation, I don't see real use cases for regular people.",
    "The energy use of bitcoin mining should be part of this discussion.",
    "I hold a bit of ETH but I'd never put in more than I can afford to lose.",
    "Stablecoin regulation is long overdue after what happened last year.",
    "Good explainer on how the halving works, thanks.",
    "Every time bitcoin pumps, the replies fill up with 'investment managers' on WhatsApp. Ignore them.",
    "Bitcoin dropped {pct}% this week, a lot of leveraged traders got wiped out.",
    "The founder's fraud trial showed how little oversight these exchanges had.",
    "Blockchain is interesting tech, but most coins are just gambling with extra steps.",
    "Taxing crypto gains like any other asset makes sense to me.",
    "Bitcoin moved {pct}% in a day again, hard to call that a currency.",
    "My brother lost {usd_plain} on a meme coin last year, he's done with crypto.",
    "If you want exposure, a small position through a regulated platform is the only sane way.",
    "The exchange hack is a reminder that self-custody has its own risks too.",
    "Central bank digital currencies are a completely different thing from bitcoin.",
    "Crypto influencers never post their losses.",
    "Good to see a balanced article on crypto for once, no hype, no doom.",
    "El Salvador's bitcoin experiment would make a good follow-up story.",
    "Tax authorities are finally catching up with people who never declared crypto gains.",
    "Whenever bitcoin jumps {pct}% my relatives suddenly want to talk about it at dinner.",
    "The article could have explained what a spot ETF actually is, most readers won't know.",
    "Regulators in {en_city} warned about crypto ads targeting students, good.",
    "Remember when {en_team} had a crypto sponsor on their shirts? Aged badly.",
    "Crypto mining farms moving into small towns is pushing up local power prices.",
    "I sold my bitcoin in {year} and honestly don't regret it, sleep is worth more.",
    "A friend works in compliance at an exchange, the paperwork is huge now, which is good.",
]

EN_HAM_LINK = [
    "Full data is here if anyone wants the numbers: {en_gov_site}",
    "Reuters has more detail on this: https://www.reuters.com/business/",
    "For background: https://en.wikipedia.org/wiki/{wiki_en}",
    "AP's version of the story has quotes from both sides: https://apnews.com/",
    "The full ruling is published at https://www.supremecourt.gov/opinions/",
    "WHO guidance on this is here: https://www.who.int/news-room/fact-sheets",
    "The BBC covered it too https://www.bbc.com/news",
    "Official statement: https://www.gov.uk/government/news",
    "World Bank data shows the same trend: https://data.worldbank.org/indicator",
    "Weather warnings are listed at https://www.metoffice.gov.uk/",
    "Source for the inflation figure: {en_gov_site}",
    "{en_news_site} has a longer piece with the timeline.",
    "If you want to report a scam, the FTC page is https://www.ftc.gov/news-events",
    "Good primer on the topic: https://en.wikipedia.org/wiki/{wiki_en}, the sources section is useful.",
    "The numbers in paragraph {n} come from {en_gov_site}",
    "The consultation document is on {en_gov_site} if anyone wants to respond.",
    "Here's the original source rather than the summary: {en_gov_site}",
    "There's a good background piece on https://en.wikipedia.org/wiki/{wiki_en} with links to the studies.",
    "Compare with {en_news_site}, their numbers are slightly different.",
    "Court listings for {en_city} are public, you can check the dates yourself.",
    "For anyone asking about the figures, they're from {en_gov_site}, table {n}.",
    "The Guardian had the same story yesterday: https://www.theguardian.com/",
]

EN_HAM_LAWSUIT = [
    "The class action will take years and the lawyers will get most of the settlement.",
    "Glad the judge didn't dismiss the case.",
    "The appeals court reversed the ruling, so this isn't over.",
    "A {millions} fine is nothing for a company that size.",
    "Interesting that the defendant settled right before trial.",
    "Can someone explain what 'summary judgment' means here?",
    "The jury took less than two hours, that says a lot.",
    "Suing the city over potholes actually works, my neighbour got his repair costs back.",
    "The sentence seems light given the number of victims.",
    "The lawsuit against the landlord could set a precedent for the whole building.",
    "Another delay in the trial, justice delayed is justice denied.",
    "The company says it will appeal, so don't expect any payouts soon.",
    "Hard to see how the defamation claim succeeds, the reporting looks accurate.",
]

EN_HAM_WA = [
    "My mum already forwarded this to the family WhatsApp group three times.",
    "WhatsApp was down for an hour yesterday and half the office couldn't work lol",
    "Our neighbourhood WhatsApp group has been sharing updates about the road closure all day.",
    "This hoax went viral on WhatsApp last year too.",
    "The school only communicates through a WhatsApp group, which is a nightmare for privacy.",
    "Our street set up a WhatsApp group during the floods, it's been really useful.",
    "Half the misinformation about this spreads through WhatsApp forwards.",
    "The {en_wa_group} WhatsApp group has been going off about this since this morning.",
    "Saw this in the {en_wa_group} WhatsApp chat before any news site had it.",
    "Someone in our {en_wa_group} WhatsApp group shared a fake version of this story yesterday.",
    "Our {en_wa_group} group on WhatsApp is organising a clean-up this weekend.",
    "WhatsApp outage plus train strike, what a day in {en_city}.",
]

EN_HAM_SCAM_WARNING = [
    "Don't reply to the 'I made thousands with Mrs so-and-so' comments, they're bots pushing a crypto scam.",
    "PSA: no real lender approves loans in 5 minutes with no credit check. Those replies are scams.",
    "Report and ignore anyone in here asking you to message them on Telegram.",
    "My aunt lost {usd_plain} to a fake investment manager she met in a comment section.",
    "If a text says your account will be suspended and gives you a link, call your bank directly instead.",
    "The 'giveaway' comments under every article are phishing, don't enter your details.",
    "Mods, can you clean up the spam? Half the replies are fake pharmacy links.",
    "Anyone promising guaranteed returns is running a scam, full stop.",
    "Got a fake parcel delivery text this morning, same scam as in the article.",
    "Those 'work from home, earn $500 a day' replies are always a scam.",
    "Watch out for the {en_scam} scam, my neighbour lost {usd_plain} to it.",
    "The {en_scam} scam is doing the rounds in {en_city} again, don't click anything.",
    "My dad nearly fell for the {en_scam} scam, only stopped because the bank called him.",
    "Police say the {en_scam} scam mostly targets {en_group}, please warn your family.",
    "Reported three '{en_scam}' messages to my bank this week alone.",
]

EN_HAM_HEALTH = [
    "Insulin shouldn't cost {usd_plain} a month in a rich country.",
    "Pharmacies near me have had shortages of basic antibiotics for weeks.",
    "Generic drugs have the same active ingredient, ask your pharmacist before paying more.",
    "Buying medication from random websites is risky, stick to licensed pharmacies.",
    "The new weight-loss drugs help some patients a lot but supply is a mess.",
    "GP appointments in {en_city} are booked out for three weeks.",
    "Good to see the prescription charge frozen for another year.",
    "Couldn't get {en_medicine} at any pharmacy in {en_city} for a month.",
    "The price of {en_medicine} went up again, it's ridiculous.",
    "Never buy {en_medicine} from random online sellers, counterfeits are common.",
    "My GP switched me to generic {en_medicine}, works exactly the same and costs less.",
]


# ---- messy ham: how real readers write (capitals, emoji, numbers, greetings, off-topic) ----

EN_HAM_SHOUT = [
    "FINALLY SOMEONE SAID IT{bang}",
    "this is the best news I've read all week{bang}",
    "{wow_en}{bang} {en_team} did it",
    "WHAT A GOAL{bang}",
    "what a match{bang} {laugh_en}",
    "I can't believe this{bang}",
    "{so_en} good{bang}",
    "who else is reading this at {clock_en}{bang}",
    "THANK YOU for reporting this{bang}",
    "NO WAY{bang} {laugh_en}",
    "best thing I've seen all day{bang}",
    "COME ON {team_chant}{bang}",
    "LET'S GO {team_chant}{bang}",
    "my mum is going to lose it when she sees this{bang}",
    "STOP BLAMING THE NURSES{bang}",
    "omg omg omg{bang}",
    "{wow_en}{bang} finally some good news",
    "why is nobody talking about this{bang}",
    "THIS. JUST THIS.",
    "why would they do that{bang}",
    "LEGEND{bang}",
    "{so_en} proud of this town{bang}",
    "this made me cry{bang} {sad_emo}",
    "I NEED A PART 2{bang}",
    "HOW IS THIS REAL{bang}",
    "the goalkeeper was INSANE{bang}",
    "{wow_en} {wow_en}{bang}",
    "GET WELL SOON{bang} {hearts}",
    "so proud of {country}{bang}",
    "the way I SCREAMED{bang}",
    "i literally cannot stop laughing {laugh_en}",
    "THE FIREFIGHTERS ARE HEROES{bang}",
    "they deserve a raise{bang}",
    "PLEASE fix the roads already{bang}",
    "WHO APPROVED THIS{bang}",
    "the mayor's face {laugh_en}",
    "BEST. NEWS. EVER.",
    "congrats to the whole team{bang}",
    "I'm screaming{bang}",
    "YES YES YES{bang}",
    "rest in peace legend{bang} {pray_emo}",
    "that little girl is a STAR{bang}",
    "{en_team} you beauties{bang}",
    "are you KIDDING me{bang}",
    "happy retirement to the best teacher in {en_city}{bang}",
    "I LOVE THIS COUNTRY{bang}",
    "snow in {en_city} in april{bang} {laugh_en}",
    "NOT THE PRICE OF EGGS AGAIN{bang}",
    "{n}{n} YEARS AND STILL THE BEST{bang}",
    "{goals}{bang} WHAT A GAME",
]

ID_HAM_SHOUT = [
    "INI BARU BERITA BAGUS{bang}",
    "{wow_id}{bang}",
    "{wow_id}{bang} {laugh_id}",
    "AKHIRNYA{bang} {laugh_id}",
    "GOLLL{bang} {id_club} menang",
    "timnas {wow_id} banget{bang}",
    "ya allah kasian banget{bang}",
    "HIDUP {id_club}{bang}",
    "SETUJU BANGET SAMA BAPAK INI{bang}",
    "kok bisa sih{bang}",
    "GILA SIH INI{bang}",
    "merinding bacanya{bang}",
    "TOLONG DIUSUT TUNTAS{bang}",
    "lucu bangettt {laugh_id}",
    "gak nyangka{bang}",
    "KEREN PARAH{bang}",
    "MAKASIH {id_addressee}{bang}",
    "GAS TERUS{bang}",
    "ampun dah {laugh_id}",
    "siapa yang setuju{bang}",
    "warga {id_city} mana suaranya{bang}",
    "INDONESIA BISA{bang}",
    "BANGGA JADI ORANG {id_city}{bang}",
    "ini baru pemimpin{bang}",
    "JANGAN CUMA JANJI{bang}",
    "KAPAN JALAN DI {id_area} DIPERBAIKI{bang}",
    "ngakak sampe sakit perut {laugh_id}",
    "SEMANGAT {id_hero}{bang}",
    "HATI-HATI DI JALAN SEMUA{bang}",
    "PECAT AJA{bang}",
    "{id_club} JUARA{bang}",
    "demi apa{bang}",
    "ya ampun adek kecil ini pinter banget{bang}",
    "aduh gemes banget{bang} {hearts}",
    "MANA NIH YANG DARI {id_city}{bang}",
    "wasitnya GIMANA SIH{bang}",
    "sumpah ini lucu banget{bang}",
    "asli keren{bang} {misc_emo}",
    "jadi pengen nangis{bang} {sad_emo}",
    "TERBAIK{bang}",
    "YANG BIKIN BERITA INI KEREN{bang}",
    "MAHAL BANGET{bang} mana sanggup",
    "TIMNAS {wow_id}{bang}",
    "selamat pak guru, pensiun dengan bahagia{bang}",
    "hujan es di {id_city}{bang} {laugh_id}",
    "HARGA CABE NAIK LAGI{bang}",
    "NGERI BANGET{bang} semoga semua selamat",
    "JAM {n} PAGI MASIH MELEK{bang}",
    "{goals}{bang} {id_club} {wow_id}",
]

EN_HAM_EMOJI = [
    "{any_emo}",
    "{any_emo}",
    "{any_emo}",
    "{any_emo}",
    "{hearts}",
    "{hearts}",
    "{laughs_emo}",
    "{pray_emo}",
    "{flag} {hearts}",
    "{flag_run}",
    "{emo_word_en} {any_emo}",
    "{emo_word_en} {any_emo}",
    "{emo_word_en} {any_emo}",
    "{any_emo} {emo_word_en}",
    "{any_emo} {emo_word_en}",
    "{emo_word_en}{any_emo}",
    "{emo_word_en} {hearts}",
    "{emo_word_en} {laughs_emo}",
    "{laughs_emo} {laugh_en} {emo_word_en}",
    "{hearts} from {country}",
    "{sad_emo} {emo_word_en}",
    "{misc_emo}{misc_emo}",
    "{emo_word_en} {flag}",
]

ID_HAM_EMOJI = [
    "{any_emo}",
    "{any_emo}",
    "{any_emo}",
    "{any_emo}",
    "{hearts}",
    "{hearts}",
    "{laughs_emo}",
    "{pray_emo}",
    "🇮🇩{hearts}",
    "🇮🇩🇮🇩🇮🇩",
    "{emo_word_id} {any_emo}",
    "{emo_word_id} {any_emo}",
    "{emo_word_id} {any_emo}",
    "{any_emo} {emo_word_id}",
    "{any_emo} {emo_word_id}",
    "{emo_word_id}{any_emo}",
    "{emo_word_id} {hearts}",
    "{emo_word_id} {laughs_emo}",
    "{laughs_emo} {laugh_id} {emo_word_id}",
    "{hearts} dari {id_city}",
    "{sad_emo} {emo_word_id}",
    "{misc_emo}{misc_emo}",
    "Indonesia 🇮🇩{hearts}",
    "{emo_word_id} 🇮🇩",
]

EN_HAM_NUMBERS = [
    "{ts} {ts_comment_en}",
    "at {ts} {ts_comment_en}",
    "{ts} {laughs_emo}",
    "{ts} and {ts} {laugh_en}",
    "{count_en} views and counting",
    "{count_en} people can't all be wrong",
    "been following this story since {year_old}",
    "I've lived here since {year_old} and never seen it this bad",
    "{en_team} won {goals}, what a comeback",
    "final score {goals}, deserved",
    "{goals} and it could have been more",
    "who's reading this in {year_recent}?",
    "{number_only}",
    "{number_only}",
    "{number_only}",
    "{big_pct} agree",
    "{big_pct} true",
    "I give this article {rating}",
    "a coffee costs ${n}.{n}0 now, in {year_old} it was half that",
    "{n} years later and they still haven't fixed it",
    "{ordinal} time reading this and still mad",
    "day {n}{n} of asking for a follow-up story",
    "my grandpa is {age_old} and still drives to the market every day",
    "it's {clock_en} and I'm reading about {en_issue}",
    "{pct}% of the comments here are bots lol",
    "gas is {price_en} a gallon here now",
    "this happened on my birthday, {day_en} the {ordinal}",
    "my {ordinal} comment ever on this site",
    "I was born in {year_born}, feeling old now",
    "{age_adult} years old and I finally understand taxes thanks to this article",
    "1. fix the roads 2. fix the buses 3. then talk to us",
    "{goals} at half time, can't watch",
    "flight was {price_en} last year, now it's triple",
    "{count_en} signatures on the petition already",
    "score was {goals}, not what the headline says",
    "{year_old} to {year_recent}, what a career",
    "{n} out of 10 for effort",
    "{ts} is the best part",
    "rewatched {ts} like {n}0 times",
    "{n} kids, {n} jobs, zero free time, still read every article here",
    "the bus was {n}0 minutes late again",
    "it hit {n}{n} degrees here yesterday",
    "{count_en} for a stadium and no money for schools",
    "room {n}0{n} at the hospital had no heating for a week",
    "{n}{n}th anniversary of the flood today, never forget",
]

ID_HAM_NUMBERS = [
    "menit {ts} lucu banget {laugh_id}",
    "{ts} ngakak {laugh_id}",
    "di menit {ts} {ts_comment_id}",
    "{ts} {ts_comment_id}",
    "udah {count_id} yang baca, semoga didengar",
    "{count_id} views, keren",
    "skor {goals}, mantap {id_club}",
    "{id_club} menang {goals}{bang}",
    "{goals} doang? kirain menang banyak",
    "dari tahun {year_old} nungguin ini",
    "tinggal di {id_city} sejak {year_old}, baru kali ini begini",
    "harga {id_price_item} sekarang {price_id}, naik {pct}%",
    "{big_pct} setuju",
    "{big_pct} bener",
    "ke-{n} kalinya baca ini masih emosi",
    "baca tahun {year_recent}, siapa lagi?",
    "{clock_id} masih baca berita",
    "nilai 100 buat reporternya",
    "{number_only}",
    "{number_only}",
    "{number_only}",
    "umur {age_old} tahun masih semangat, salut",
    "nenek saya umur {age_old} masih ke sawah tiap hari",
    "antre {n} jam cuma buat ngurus KTP",
    "{n} tahun kerja gaji segitu-gitu aja",
    "macet {n} jam dari {id_area} ke {id_area}",
    "suhu {id_city} hari ini {n}{n} derajat, panas banget",
    "{pct}% komen di sini bot semua {laugh_id}",
    "harga tiket pesawat {price_id}, mending naik kereta",
    "kejadiannya jam {hour} WIB? pas saya lewat situ",
    "1. jalan rusak 2. banjir 3. macet, lengkap sudah {id_city}",
    "tahun {year_old} saya masih SD waktu kejadian itu",
    "{count_id} orang tanda tangan petisi, semoga didengar",
    "upah {price_id} sehari, cukup buat apa",
    "{n} anak, {n} kerjaan, tetap sempat baca berita",
    "hasil akhir {goals}, wasit berat sebelah",
    "babak pertama {goals}, deg-degan",
    "ini kejadian tanggal {date_id}, bukan kemarin",
    "rating {rating}",
    "anak saya lahir {year_recent}, semoga dapat sekolah yang bagus",
    "dari {count_id} pendaftar cuma {n}00 yang lolos",
    "nomor punggung {n}{n} mainnya bagus banget",
    "kelas {n} SD udah dikasih PR segunung",
]

EN_HAM_GREETING = [
    "Hello from {country}[[ {hearts}|!|]]",
    "hi from {en_city}[[!|, stay safe|]]",
    "lots of love from {country_flag}",
    "lots of love from {country} {hearts}",
    "{country} checking in",
    "{country_flag} represent",
    "anyone here from {country}?",
    "watching from {country_flag}",
    "reading this from {country}, thoughts with you all",
    "good morning from {en_city}",
    "good evening from {en_city}[[ {misc_emo}|]]",
    "happy {day_en} everyone",
    "happy {holiday_en} everyone[[!|]]",
    "happy {holiday_en} from {country}",
    "first[[!|!!|]]",
    "first comment[[ lol|!|]]",
    "early[[ squad|]]",
    "here early",
    "second!",
    "God bless[[ you all| everyone| this family| the rescuers|]]",
    "amen[[ {pray_emo}|]]",
    "praying for {pray_for_en}[[ {pray_emo}|]]",
    "RIP[[ {pray_emo}|]]",
    "rest in peace[[ legend| king| queen| sir|]]",
    "may God protect them",
    "thank God everyone is safe",
    "thank you {en_addressee}[[!|]]",
    "thanks {en_addressee}[[, great job|!|]]",
    "shout out to {shout_en}",
    "hi mom[[!|, I'm on the news page|]]",
    "hi everyone",
    "hey guys",
    "hello",
    "yo",
    "present",
    "still here",
    "morning all",
    "greetings",
    "cheers from {en_city}",
    "Inshallah",
    "bless you all",
    "big hug to everyone in {en_city}",
    "salute {pray_emo}",
    "respect from {country}",
    "first! {clock_en} here",
    "hello from {country}, {year_recent}",
    "watching in {year_recent} from {country}",
    "{n}{n}th comment lol",
    "thoughts and prayers from {country}",
]

ID_HAM_GREETING = [
    "Salam dari {id_city}[[ 🙏| 👋|!|]]",
    "salam dari warga {id_city}",
    "salam kenal dari {id_city}",
    "nyimak dari {id_city}",
    "hadir dari {id_city}",
    "{id_city} hadir[[!|!!|]]",
    "Assalamualaikum[[ admin| min| semua| warga net| pak reporter]]",
    "waalaikumsalam",
    "Aamiin[[ ya Allah| ya rabbal alamin| aamiin| {pray_emo}|]]",
    "Masya Allah[[ tabarakallah|, indah banget|]]",
    "Alhamdulillah[[ ya Allah| semua selamat|, akhirnya|]]",
    "Subhanallah",
    "Innalillahi wa inna ilaihi rajiun",
    "semoga husnul khotimah[[ {pray_emo}|]]",
    "Allahu Akbar",
    "Astagfirullah[[ hal adzim|]]",
    "Bismillah",
    "insya Allah bisa",
    "semoga Allah lindungi[[ semua| kita semua|]]",
    "Al-Fatihah buat para korban",
    "Tuhan memberkati",
    "puji Tuhan semua selamat",
    "om swastiastu",
    "namo buddhaya",
    "terima kasih {id_addressee}[[ {pray_emo}|]]",
    "makasih {id_addressee}[[!| 🙏|]]",
    "matur nuwun {id_addressee}",
    "hatur nuhun {id_addressee}",
    "hadir",
    "hadir min",
    "absen dulu",
    "absen hari {day_id}",
    "pertamax",
    "pertamaxx gan",
    "pertama nih gan",
    "yang pertama",
    "ijin nyimak",
    "ikut nyimak",
    "selamat pagi semua",
    "selamat {id_waktu} dari {id_city}",
    "selamat hari {day_id}",
    "selamat Idul Fitri semua",
    "selamat tahun baru semuanya",
    "met malam",
    "pagi semua",
    "halo",
    "hai guys",
    "halo min",
    "salam sehat selalu",
    "salam satu jiwa",
    "salam olahraga",
    "salam damai",
    "sehat selalu buat {id_addressee}",
    "semangat terus {id_addressee}",
    "sukses selalu {id_addressee}",
    "panjang umur {id_addressee}",
    "sampurasun",
    "punten",
    "monggo",
    "nuwun sewu",
    "horas",
    "tabe",
    "mejuah-juah",
    "shout out buat {id_shout}",
    "salut buat {id_shout}",
    "hadir {year_recent}",
    "absen dari {id_city} {clock_id}",
    "nonton {year_recent} hadir",
]

EN_HAM_OFFTOPIC = [
    "this song reminds me of {song_memory_en}",
    "{artist_en} played this at a festival in {year_old} and it was magic",
    "{artist_en}'s voice never gets old",
    "still listening to {artist_en} in {year_recent}",
    "my {pet_en} {pet_action_en} every time {artist_en} comes on",
    "the ending of {movie_en} made me cry",
    "watched {movie_en} last night, the soundtrack is unreal",
    "I made {food_en} last night with {ingredient_en} and it was perfect",
    "anyone got a good recipe for {food_en}? mine always burns",
    "went to {place_en} last summer, the food alone was worth it",
    "if you ever go to {place_en}, go early before the crowds",
    "been playing {game_en} for {n} years and I'm still terrible",
    "{family_en} beat me at {game_en} again {laugh_en}",
    "{family_en} just learned to ride a bike, proudest day",
    "exam tomorrow and I'm here reading the news instead of revising for {school_en}",
    "passed {school_en}!! sorry, had to tell someone",
    "my {pet_en} just {pet_action_en}, random but had to share",
    "off topic but does anyone know a good vet in {en_city}?",
    "off topic but {en_team} fans, are we getting a new striker or not",
    "this is the content I come here for, not politics",
    "celebrity news again? fine, I'll read it {laugh_en}",
    "the lead singer looked so happy on stage, love to see it",
    "my kid's school play was on {day_en}, he played a tree and nailed it",
    "grandma turned {age_old} today and still makes the best {food_en}",
    "the {en_team} kit this year is awful, who designed it",
    "the weather in {en_city} is doing my head in, four seasons in a day",
    "best {food_en} I ever had was in {place_en}",
    "{family_en} and I are going to {place_en} next month, any tips?",
    "the match was boring but the half-time show was great",
    "{artist_en} or {artist_en}? settle this for me",
    "{game_en} speedruns are my guilty pleasure",
    "streaming services keep cancelling the good shows",
    "can't believe the wedding photos went viral, the dress was lovely though",
    "my nan still uses a flip phone and refuses to upgrade",
    "started jogging at {age_adult}, week {n} and my knees hate me",
    "the new library café is the best thing to happen to this town",
    "whoever runs the bakery on the corner deserves an award",
    "I met {artist_en} once at an airport, genuinely kind person",
    "the cat in the photo looks exactly like mine",
    "school run this morning was chaos because of the rain",
    "bought a second-hand guitar for {price_en}, learning my first chords",
    "camping trip got rained out, kids still loved it",
    "{game_en} was my whole childhood",
    "this photographer deserves an award",
    "{family_en} cried at {movie_en}, I'm never letting them forget it",
    "is it just me or was the {artist_en} concert too short",
    "made {food_en} for the street party, gone in ten minutes",
    "the dog in the second photo is the real story here",
    "{artist_en} tickets were {price_en} and worth every penny",
    "my {pet_en} turned {n} today, had to tell someone",
    "finished {game_en} in {n}{n} hours, no regrets",
    "ran my first {n}k this morning, legs are jelly",
    "[[my nan|my grandpa|my great aunt]] is turning {age_old} next week, any cake ideas?",
]

ID_HAM_OFFTOPIC = [
    "lagu ini ngingetin {song_memory_id} {laugh_id}",
    "suara {artist_id} emang nggak ada lawan",
    "konser {artist_id} di {id_city} tahun {year_old} itu yang paling berkesan",
    "masih dengerin {artist_id} sampai sekarang",
    "nonton {film_id} kemarin, endingnya bikin nangis",
    "{film_id} lebih bagus dari ekspektasi",
    "resep {dish_id} ala ibu saya pakai {bahan_id}, dijamin enak",
    "{dish_id} di deket rumah saya lebih enak dari yang viral itu",
    "ada yang tau {dish_id} enak di {id_city}?",
    "kemarin liburan ke {tempat_id}, pemandangannya juara",
    "kalau ke {tempat_id} jangan lupa bawa jaket, dingin banget",
    "{pet_id} saya {pet_action_id} tiap dengar suara motor",
    "{pet_id} tetangga {pet_action_id} {laugh_id}",
    "main {game_id} dari {year_game} sampai sekarang masih aja kalah {laugh_id}",
    "{family_id} jago banget main {game_id}, saya kalah terus",
    "anak saya baru masuk SD, seragamnya aja udah {price_id}",
    "besok {sekolah_id} malah baca berita di sini {laugh_id}",
    "alhamdulillah lulus {sekolah_id}, maaf OOT",
    "OOT dikit, ada yang tau bengkel motor bagus di {id_area}?",
    "OOT, {id_club} jadi beli striker baru nggak sih?",
    "nenek saya ulang tahun ke-{age_old} hari ini, semoga sehat selalu",
    "kangen mudik, {dish_id} buatan nenek nggak ada tandingannya",
    "cuaca {id_city} aneh banget, pagi panas sore hujan deras",
    "drakor sekarang kalah seru sama sinetron jaman dulu",
    "{artist_id} atau {artist_id}? ribut nih sama teman kantor",
    "pengen nonton {artist_id} tapi tiketnya {price_id}, mikir dulu",
    "jersey {id_club} musim ini desainnya kurang oke",
    "nenek saya masih pakai HP jadul dan nggak mau ganti",
    "mulai lari pagi umur {age_adult}, minggu ke-{n} lutut udah protes",
    "perpustakaan daerah sekarang nyaman banget buat nugas",
    "tukang bakso langganan saya pensiun, sedih banget",
    "kucing oren emang beda kelakuannya {laugh_id}",
    "acara 17-an di kampung kami seru banget tahun ini",
    "anak kos akhir bulan makan mie lagi {laugh_id}",
    "piala dunia nanti nonton bareng di pos ronda lagi",
    "foto-fotonya bagus, fotografernya siapa ya?",
    "beli gitar bekas {price_id}, lagi belajar lagu {artist_id}",
    "camping di {tempat_id} kemarin kehujanan tapi anak-anak senang",
    "{game_id} itu masa kecil saya banget",
    "jadi pengen {dish_id} tengah malam gini",
    "ibu saya nonton {film_id} sambil nangis {laugh_id}",
    "akhirnya bisa masak {dish_id} sendiri, walau keasinan",
    "{family_id} nangis nonton {film_id}, saya ledekin terus",
    "bikin {dish_id} buat arisan, habis dalam sepuluh menit",
    "kucing di foto kedua mirip banget sama kucing saya",
    "kucing saya umur {n} tahun masih lincah banget",
    "tiket konser {artist_id} {price_id}, worth it sih",
    "tamat {game_id} dalam {n}{n} jam, puas",
    "lari pagi {n} km tadi, kaki pegel semua",
]

EN_HAM_STORY = [
    "{story_open_en} {story_mid_en}, and {story_mid_en}. {story_turn_en} {story_end_en}",
    "{story_open_en} {story_mid_en}. {story_turn_en} {story_end_en}",
    "{story_mid_en}. then {story_mid_en}. {story_turn_en} {story_end_en}",
    "{story_open_en} so {story_mid_en}... {story_turn_en} {story_end_en} {hearts}",
]

ID_HAM_STORY = [
    "{story_open_id} {story_mid_id}, terus {story_mid_id}. {story_turn_id} {story_end_id}",
    "{story_open_id} {story_mid_id}. {story_turn_id} {story_end_id}",
    "{story_mid_id}. abis itu {story_mid_id}. {story_turn_id} {story_end_id}",
    "{story_open_id} jadi {story_mid_id}... {story_turn_id} {story_end_id} {pray_emo}",
]

EN_HAM_BANTER = [
    "@{en_user} you clearly didn't read the article, {insult_en}",
    "@{en_user} {insult_en}, what are you on about",
    "@{en_user} nobody asked lol",
    "this comment section is a dumpster fire",
    "half the people in here didn't read past the headline, unbelievable",
    "@{en_user} touch grass",
    "you'd have to be daft to believe that, {insult_en}",
    "damn that's crazy",
    "hell yeah, about time",
    "what the hell is the ref doing",
    "bloody hell, {en_city} again",
    "crap article tbh, no sources",
    "@{en_user} stop crying lol",
    "@{en_user} lmao ok {insult_en}",
    "@{en_user} imagine being this wrong in public",
    "@{en_user} go back to sleep {insult_en}",
    "shut up about {en_team} already",
    "{en_team} fans are the worst, fight me",
    "damn right",
    "who the hell writes these headlines",
    "@{en_user} cry harder, {en_team} won fair and square",
    "@{en_user} you again? every single article lol",
    "idk who needs to hear this but you're all wrong",
    "holy crap the prices",
    "@{en_user} mate you're embarrassing yourself",
    "jeez, calm down everyone it's just football",
    "this guy is a clown and everyone knows it",
    "@{en_user} lol you said the same thing last week and were wrong then too",
    "the comments are more entertaining than the article lmao",
    "@{en_user} sure buddy, and I'm the king of {en_city}",
    "what a joke of a council",
    "ffs not again",
    "wtf is this headline",
    "@{en_user} that's the dumbest take I've read today and it's only {clock_en}",
    "@{en_user} {insult_en} it says it right there in paragraph {n}",
]

ID_HAM_BANTER = [
    "@{id_user} baca dulu {insult_id}",
    "@{id_user} {insult_id} banget lu",
    "dasar netizen maha benar",
    "goblok banget yang bikin aturan ini",
    "anjir lah {id_club} kalah lagi",
    "kampret, {id_club} kalah lagi",
    "@{id_user} santai dong bro",
    "asli kzl bgt baca ini",
    "cape deh",
    "@{id_user} ente ngomong apa sih",
    "@{id_user} {mix_id}",
    "{mix_id}",
    "{mix_id}",
    "{sunda}, {id_issue} teh iraha beresna",
    "{sunda}",
    "{jawa}, {id_gov} kok ngene",
    "{jawa}",
    "@{id_user} {jawa}",
    "@{id_user} {sunda}",
    "kumaha ieu {id_gov}, jalan ruksak kabeh",
    "@{id_user} lu siapa ngatur-ngatur {laugh_id}",
    "@{id_user} otak lu di dengkul ya",
    "bacot doang pejabatnya",
    "njir ngakak komennya {laugh_id}",
    "@{id_user} halah sok tau",
    "@{id_user} buzzer ya bang? {laugh_id}",
    "dih apaan sih beritanya",
    "bangke, harga {id_price_item} naik lagi",
    "@{id_user} kocak lu, kemarin bilang lain",
    "yang komen di atas kebanyakan micin {laugh_id}",
    "@{id_user} yeu, baca judulnya doang",
    "@{id_user} ya elah bang, gitu aja baper",
    "sotoy semua komennya, gak ada yang baca isinya",
    "gw bilang juga apa, {id_gov} mah gitu",
    "@{id_user} iya mi, di Makassar juga begitu ji",
    "kau pikir gampang kali ngurus KTP di sini",
    "@{id_user} gak gitu konsepnya bambang",
    "ini siapa sih yg nulis, typo dmn2",
    "@{id_user} mending lu diem deh",
    "@{id_user} {insult_id}, itu berita lama",
]

EN_HAM_SPAM_META = [
    "lots of bots in the comments today",
    "why are there so many scam replies under this article",
    "reported the crypto bots, please do the same",
    "I subscribed to the newsletter and liked it, the morning briefing is great",
    "subscribed to the weekly newsletter after reading this, keep it up",
    "the 'check out my channel' people are everywhere lol",
    "mods please delete the spam under this article",
    "anyone else getting junk emails after signing up for the comments?",
    "don't click the links in the replies, they're all scams",
    "ignore the sugar daddy comments, they're bots",
    "shared this with my dad, he worked there for {n}0 years",
    "liked and shared, everyone in {en_city} should read this",
    "the link in the article is broken btw",
    "can you add a link to the full report?",
    "the gambling ads on this site are a bit ironic given the article",
    "love how every comment section now has a 'my aunt earns $5000 a month' reply",
    "this thread is half bots, half people arguing with bots",
    "just reported about {n}0 spam comments, you're welcome {laugh_en}",
    "any way to turn off the sponsored links at the bottom?",
    "I'm not subscribing just to read one article, sorry",
    "happy to subscribe to support local journalism",
    "the paywall popped up halfway through, worth it though",
    "someone should write an article about these comment spammers",
    "who are these people promoting their music under news stories lol",
    "ok which one of you bots is going to tell me about bitcoin next",
    "I follow the paper on instagram too, their videos are good",
    "followed the reporter on twitter, great thread on this",
    "the replies under this are full of loan scam bots, be careful",
    "can admins block comments with phone numbers? that would kill most of the spam",
    "the spam filter here needs work {laugh_en}",
    "anyone notice the weird comments with fancy bold letters? all casino ads",
    "if a comment says 'just google' followed by a strange name, it's an ad",
]

ID_HAM_SPAM_META = [
    "banyak komen judol di sini, tolong dihapus min",
    "kolom komentar isinya iklan semua",
    "udah aku report akun-akun yang promosi situs itu",
    "jangan tergiur komen pinjol di bawah, itu penipuan",
    "aku udah subscribe newsletter-nya, isinya bagus",
    "link beritanya error min",
    "min, link sumbernya mati",
    "udah aku share ke grup keluarga",
    "bot judol makin banyak aja di sini",
    "yang komen 'cari di google' itu promosi judi, jangan dicari",
    "komennya penuh akun aneh pake huruf miring-miring",
    "tolong min pasang filter buat komen yang ada nomor HP",
    "akun yang nyebut nama-nama aneh pakai angka 88 itu bot judi semua",
    "lucu ya, berita soal judol tapi komennya penuh promosi judol",
    "udah like dan share, semoga viral biar ditindak",
    "aku follow IG redaksinya juga, videonya informatif",
    "langganan koran digitalnya worth it kok",
    "pop up iklannya ganggu banget min",
    "yang promosi channel di kolom komentar berita, plis baca dulu beritanya",
    "komen-komen 'kerja dari rumah gaji jutaan' itu jangan dipercaya",
    "{n}0 komen teratas isinya bot semua {laugh_id}",
    "kapan ada fitur report komen spam min?",
    "artikelnya bagus, sayang kolom komentarnya banyak spam",
    "udah subscribe channel YouTube redaksinya, liputannya lengkap",
    "tiap ada berita bola pasti muncul komen promosi situs aneh",
    "hati-hati sama komen yang bilang 'hoki banget' terus nyebut nama situs",
    "kalau ada komen 'salam dari' terus nama aneh pakai angka, itu iklan judi",
    "share ke grup RT biar pada waspada",
    "link video lengkapnya mana min?",
    "nggak usah klik link yang dikirim di balasan komen ya",
]

# «marked» words are written in bold or italic maths letters by the `styled` noise
EN_HAM_STYLED = [
    "«finally» someone said it",
    "this is «so» true",
    "«Respect» to the {en_hero}",
    "«God bless» everyone involved",
    "I «love» {en_city}",
    "read the «whole» article before commenting",
    "«Happy birthday» grandma",
    "«well said» {en_user}",
    "«exactly» what I was thinking",
    "«RIP» legend",
    "«Congratulations» to {en_team}",
    "«never» forget",
    "«thank you» {en_addressee}",
    "«proud» of {en_city} today",
]

ID_HAM_STYLED = [
    "«Setuju» banget",
    "«Masya Allah»",
    "«Aamiin» ya Allah",
    "ini «penting» banget",
    "«Alhamdulillah» semua selamat",
    "«Semangat» terus {id_addressee}",
    "«Terima kasih» {id_addressee}",
    "tolong baca «sampai habis»",
    "«Bangga» sama timnas",
    "«Hati-hati» di jalan semua",
    "«Turut berduka» untuk warga {id_city}",
    "«keren» banget {id_addressee}",
    "«Sehat selalu» ya {id_addressee}",
    "«Jangan» percaya hoaks",
    "«Salam» dari {id_city}",
]

# extra templates for the existing short-reply and link kinds
ID_HAM_SHORT_MORE = [
    "{id_tiny}",
    "{id_tiny}{id_short_end}",
    "{id_tiny} {id_tiny}",
    "{id_tiny} {laugh_id}",
]
EN_HAM_SHORT_MORE = [
    "{en_tiny}",
    "{en_tiny}{en_short_end}",
    "{en_tiny} {en_tiny}",
    "{en_tiny} {laugh_en}",
]
EN_HAM_LINK_MORE = [
    "{en_news_site}",
    "https://en.wikipedia.org/wiki/{wiki_en}",
    "https://youtube.com/watch?v={yt_id}",
    "youtu.be/{yt_id}",
    "full interview here: https://youtube.com/watch?v={yt_id}",
    "the press conference is on youtube: youtu.be/{yt_id} (starts at {ts})",
    "video of the flooding from a local: https://youtube.com/watch?v={yt_id}",
    "{en_gov_site}",
    "same story from another angle {en_news_site}",
    "here's the clip everyone is talking about https://youtu.be/{yt_id}",
]
ID_HAM_LINK_MORE = [
    "{id_news_site}",
    "https://id.wikipedia.org/wiki/{wiki_id}",
    "https://youtube.com/watch?v={yt_id}",
    "youtu.be/{yt_id}",
    "video lengkapnya di sini https://youtube.com/watch?v={yt_id}",
    "konferensi persnya ada di youtube youtu.be/{yt_id}, mulai menit {ts}",
    "{id_gov_site}",
    "cuplikan golnya: https://youtu.be/{yt_id}",
    "ini rekaman sidangnya https://youtube.com/watch?v={yt_id}",
]

# --------------------------------------------------------------------------------------------
# Kinds and quotas
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KindSpec:
    lang: str
    label: str
    kind: str
    quota: int
    templates: Sequence[str]
    obfuscate_rate: float = 0.0
    noise: str = ""  # a key of NOISES; ham kinds without one get `casualise`


KINDS: list[KindSpec] = [
    # Indonesian spam
    KindSpec("id", "spam", "judol", 270, ID_JUDOL, 0.38),
    KindSpec("id", "spam", "judol_namedrop", 320, ID_JUDOL_NAMEDROP, 0.0, "namedrop"),
    KindSpec("id", "spam", "pinjol", 120, [*ID_PINJOL, *ID_PINJOL_PLAIN], 0.3),
    KindSpec("id", "spam", "kerja_online", 105, ID_KERJA_ONLINE, 0.15, "promo"),
    KindSpec("id", "spam", "crypto_wa", 55, ID_CRYPTO, 0.35),
    KindSpec("id", "spam", "giveaway", 50, ID_GIVEAWAY, 0.35),
    KindSpec("id", "spam", "pharma", 35, ID_PHARMA, 0.35),
    KindSpec("id", "spam", "adult", 30, ID_ADULT, 0.4),
    KindSpec("id", "spam", "phishing", 35, ID_PHISHING, 0.2),
    KindSpec("id", "spam", "channel_promo", 15, ID_CHANNEL, 0.3),
    KindSpec("id", "spam", "self_promo", 60, ID_SELF_PROMO, 0.1, "promo"),
    KindSpec("id", "spam", "seo_backlink", 25, ID_SEO, 0.1),
    KindSpec("id", "spam", "work_from_home", 35, ID_WFH, 0.35),
    # English spam
    KindSpec("en", "spam", "crypto_wa", 125, EN_CRYPTO, 0.35),
    KindSpec("en", "spam", "loan_scam", 70, EN_LOAN, 0.35),
    KindSpec("en", "spam", "giveaway", 55, EN_GIVEAWAY, 0.35),
    KindSpec("en", "spam", "pharma", 55, EN_PHARMA, 0.4),
    KindSpec("en", "spam", "adult", 45, EN_ADULT, 0.4),
    KindSpec("en", "spam", "phishing", 55, EN_PHISHING, 0.2),
    KindSpec("en", "spam", "channel_promo", 60, EN_CHANNEL, 0.2),
    KindSpec("en", "spam", "self_promo", 265, EN_SELF_PROMO, 0.08, "promo"),
    KindSpec("en", "spam", "easy_money", 120, EN_EASY_MONEY, 0.15, "promo"),
    KindSpec("en", "spam", "seo_backlink", 55, EN_SEO, 0.1),
    KindSpec("en", "spam", "work_from_home", 50, EN_WFH, 0.35),
    KindSpec("en", "spam", "casino", 30, EN_CASINO, 0.4),
    KindSpec("en", "spam", "casino_namedrop", 80, EN_CASINO_NAMEDROP, 0.0, "namedrop"),
    # Indonesian ham
    KindSpec("id", "ham", "ham_general", 270, ID_HAM_GENERAL),
    KindSpec("id", "ham", "ham_question", 65, ID_HAM_QUESTION),
    KindSpec("id", "ham", "ham_correction", 40, ID_HAM_CORRECTION),
    KindSpec("id", "ham", "ham_reply", 60, ID_HAM_REPLY),
    KindSpec("id", "ham", "ham_short", 90, [*ID_HAM_SHORT, *ID_HAM_SHORT_MORE]),
    KindSpec("id", "ham", "ham_slang", 80, ID_HAM_SLANG),
    KindSpec("id", "ham", "ham_money", 55, ID_HAM_MONEY),
    KindSpec("id", "ham", "ham_pinjol_social", 25, ID_HAM_PINJOL),
    KindSpec("id", "ham", "ham_gambling_social", 40, ID_HAM_GAMBLING),
    KindSpec("id", "ham", "ham_crypto_news", 20, ID_HAM_CRYPTO),
    KindSpec("id", "ham", "ham_legit_link", 85, [*ID_HAM_LINK, *ID_HAM_LINK_MORE]),
    KindSpec("id", "ham", "ham_lawsuit", 25, ID_HAM_LAWSUIT),
    KindSpec("id", "ham", "ham_whatsapp", 15, ID_HAM_WA),
    KindSpec("id", "ham", "ham_scam_warning", 25, ID_HAM_SCAM_WARNING),
    KindSpec("id", "ham", "ham_health", 12, ID_HAM_HEALTH),
    KindSpec("id", "ham", "ham_shout", 90, ID_HAM_SHOUT, noise="shout"),
    KindSpec("id", "ham", "ham_emoji", 90, ID_HAM_EMOJI, noise="messy"),
    KindSpec("id", "ham", "ham_numbers", 150, ID_HAM_NUMBERS, noise="messy"),
    KindSpec("id", "ham", "ham_greeting", 110, ID_HAM_GREETING, noise="messy"),
    KindSpec("id", "ham", "ham_offtopic", 150, ID_HAM_OFFTOPIC, noise="messy"),
    KindSpec("id", "ham", "ham_story", 50, ID_HAM_STORY, noise="messy"),
    KindSpec("id", "ham", "ham_banter", 90, ID_HAM_BANTER, noise="banter"),
    KindSpec("id", "ham", "ham_spam_meta", 60, ID_HAM_SPAM_META, noise="messy"),
    KindSpec("id", "ham", "ham_styled", 18, ID_HAM_STYLED, noise="styled"),
    # English ham
    KindSpec("en", "ham", "ham_general", 270, EN_HAM_GENERAL),
    KindSpec("en", "ham", "ham_question", 65, EN_HAM_QUESTION),
    KindSpec("en", "ham", "ham_correction", 40, EN_HAM_CORRECTION),
    KindSpec("en", "ham", "ham_reply", 60, EN_HAM_REPLY),
    KindSpec("en", "ham", "ham_short", 90, [*EN_HAM_SHORT, *EN_HAM_SHORT_MORE]),
    KindSpec("en", "ham", "ham_slang", 80, EN_HAM_SLANG),
    KindSpec("en", "ham", "ham_money", 65, EN_HAM_MONEY),
    KindSpec("en", "ham", "ham_gambling_social", 35, EN_HAM_GAMBLING),
    KindSpec("en", "ham", "ham_crypto_news", 25, EN_HAM_CRYPTO),
    KindSpec("en", "ham", "ham_legit_link", 85, [*EN_HAM_LINK, *EN_HAM_LINK_MORE]),
    KindSpec("en", "ham", "ham_lawsuit", 25, EN_HAM_LAWSUIT),
    KindSpec("en", "ham", "ham_whatsapp", 10, EN_HAM_WA),
    KindSpec("en", "ham", "ham_scam_warning", 25, EN_HAM_SCAM_WARNING),
    KindSpec("en", "ham", "ham_health", 12, EN_HAM_HEALTH),
    KindSpec("en", "ham", "ham_shout", 90, EN_HAM_SHOUT, noise="shout"),
    KindSpec("en", "ham", "ham_emoji", 90, EN_HAM_EMOJI, noise="messy"),
    KindSpec("en", "ham", "ham_numbers", 150, EN_HAM_NUMBERS, noise="messy"),
    KindSpec("en", "ham", "ham_greeting", 100, EN_HAM_GREETING, noise="messy"),
    KindSpec("en", "ham", "ham_offtopic", 180, EN_HAM_OFFTOPIC, noise="messy"),
    KindSpec("en", "ham", "ham_story", 50, EN_HAM_STORY, noise="messy"),
    KindSpec("en", "ham", "ham_banter", 80, EN_HAM_BANTER, noise="banter"),
    KindSpec("en", "ham", "ham_spam_meta", 60, EN_HAM_SPAM_META, noise="messy"),
    KindSpec("en", "ham", "ham_styled", 16, EN_HAM_STYLED, noise="styled"),
]

# Ham kinds that sometimes get a follow-up sentence, and the slot it is drawn from.
HAM_TAILS: dict[tuple[str, str], str] = {
    ("id", "ham_general"): "id_tail_general",
    ("id", "ham_money"): "id_tail_money",
    ("id", "ham_pinjol_social"): "id_tail_money",
    ("id", "ham_gambling_social"): "id_tail_gambling",
    ("id", "ham_crypto_news"): "id_tail_crypto",
    ("id", "ham_scam_warning"): "id_tail_scam",
    ("id", "ham_lawsuit"): "id_tail_law",
    ("en", "ham_general"): "en_tail_general",
    ("en", "ham_money"): "en_tail_money",
    ("en", "ham_gambling_social"): "en_tail_gambling",
    ("en", "ham_crypto_news"): "en_tail_crypto",
    ("en", "ham_scam_warning"): "en_tail_scam",
    ("en", "ham_lawsuit"): "en_tail_law",
}
TAIL_RATE = 0.35

# Spam kinds that sometimes open with a fake reaction to the article ("Great article. ...").
SPAM_HOOKS: dict[str, str] = {"id": "id_hook", "en": "en_hook"}
# judol templates already react to the article; phishing and SEO spam read as notices/praise
HOOKLESS_SPAM_KINDS = ["judol", "seo_backlink", "phishing"]
HOOK_RATE = 0.25
QUIET_SPAM_KINDS = ["seo_backlink", "phishing", "channel_promo"]  # never in all capitals

HARD_NEGATIVE_KINDS = [
    "ham_money",
    "ham_pinjol_social",
    "ham_gambling_social",
    "ham_crypto_news",
    "ham_legit_link",
    "ham_lawsuit",
    "ham_whatsapp",
    "ham_scam_warning",
    "ham_health",
    "ham_spam_meta",
]
# Ham kinds added so that capitals, emoji, numbers, short texts, @handles and links are not
# spam signals on their own (see README, "balance rule").
MESSY_HAM_KINDS = [
    "ham_shout",
    "ham_emoji",
    "ham_numbers",
    "ham_greeting",
    "ham_offtopic",
    "ham_story",
    "ham_banter",
    "ham_spam_meta",
    "ham_styled",
]


# --------------------------------------------------------------------------------------------
# Obfuscation helpers (each maps one word or phrase to a disguised form)
# --------------------------------------------------------------------------------------------

# First code points of the upper-case letter, lower-case letter and digit runs of a
# Mathematical Alphanumeric Symbols style (None: the style has no digits, ASCII ones are kept).
MATH_STYLES: dict[str, tuple[int, int, int | None]] = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),  # 𝐒𝐋𝐎𝐓
    "bold_italic": (0x1D468, 0x1D482, 0x1D7CE),  # 𝑮𝑨𝑪𝑶𝑹
    "bold_script": (0x1D4D0, 0x1D4EA, 0x1D7CE),  # 𝓶𝓪𝔁𝔀𝓲𝓷
    "bold_fraktur": (0x1D56C, 0x1D586, 0x1D7CE),  # 𝖒𝖆𝖝𝖜𝖎𝖓
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),  # 𝗚𝗔𝗖𝗢𝗥
    "sans_bold_italic": (0x1D63C, 0x1D656, 0x1D7EC),  # 𝙂𝘼𝘾𝙊𝙍
    "monospace": (0x1D670, 0x1D68A, 0x1D7F6),  # 𝚜𝚕𝚘𝚝
    "italic": (0x1D434, 0x1D44E, None),  # 𝑁𝑎𝑔𝑎
    "double_struck": (0x1D538, 0x1D552, 0x1D7D8),  # 𝕊𝕃𝕆𝕋
}
# Letters of those styles that live in the older Letterlike Symbols block instead.
MATH_HOLES: dict[tuple[str, str], str] = {
    ("italic", "h"): "ℎ",
    ("double_struck", "C"): "ℂ",
    ("double_struck", "H"): "ℍ",
    ("double_struck", "N"): "ℕ",
    ("double_struck", "P"): "ℙ",
    ("double_struck", "Q"): "ℚ",
    ("double_struck", "R"): "ℝ",
    ("double_struck", "Z"): "ℤ",
}

LEET = {
    "a": "4",
    "o": "0",
    "i": "1",
    "e": "3",
    "s": "5",
    "t": "7",
    "A": "4",
    "O": "0",
    "I": "1",
    "E": "3",
    "S": "5",
}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060"]
DECOR_EMOJI = ["🔥", "💰", "🎰", "💸", "⭐", "✨", "👑", "💎", "🍀", "⚡", "🎯", "🤑"]


def to_math(text: str, style: str) -> str:
    """Render ASCII letters and digits in a Mathematical Alphanumeric style: slot -> 𝐬𝐥𝐨𝐭."""
    upper, lower, digit = MATH_STYLES[style]
    out = []
    for ch in text:
        hole = MATH_HOLES.get((style, ch))
        if hole:
            out.append(hole)
        elif "A" <= ch <= "Z":
            out.append(chr(upper + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(lower + ord(ch) - ord("a")))
        elif "0" <= ch <= "9" and digit is not None:
            out.append(chr(digit + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def to_mixed_math(text: str, rng: Rng) -> str:
    """Each character in a different math style, as campaigns do to dodge exact filters."""
    styles = sorted(MATH_STYLES)
    return "".join(to_math(ch, rng.choice(styles)) if rng.random() < 0.8 else ch for ch in text)


def to_fullwidth(text: str) -> str:
    """ASCII -> fullwidth forms: Slot -> Ｓｌｏｔ."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def with_combining(text: str, mark: str) -> str:
    """Put a combining mark after every visible character: slot -> s̶l̶o̶t̶."""
    return "".join(ch + mark if not ch.isspace() else ch for ch in text)


def strike(text: str) -> str:
    return with_combining(text, "\u0336")


def underline(text: str) -> str:
    return with_combining(text, "\u0332")


def insert_zero_width(text: str, rng: Rng) -> str:
    """Hide zero-width characters inside words: slot -> s\u200blot."""
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i < len(text) - 1 and ch.isalnum() and text[i + 1].isalnum() and rng.random() < 0.45:
            out.append(rng.choice(ZERO_WIDTH))
    if not any(z in "".join(out) for z in ZERO_WIDTH) and len(text) > 1:
        out.insert(1, ZERO_WIDTH[0])
    return "".join(out)


def leetify(text: str, rng: Rng) -> str:
    """Swap letters for look-alike digits: jackpot -> j4ckp0t, gacor -> g4c0r."""
    out = [LEET[ch] if ch in LEET and rng.random() < 0.7 else ch for ch in text]
    result = "".join(out)
    if result == text:
        for i, ch in enumerate(text):
            if ch in LEET:
                return text[:i] + LEET[ch] + text[i + 1 :]
    return result


def space_letters(text: str) -> str:
    """s l o t (words separated by a wider gap)."""
    return "   ".join(" ".join(word) for word in text.split())


def dot_letters(text: str) -> str:
    """s.l.o.t"""
    return " ".join(".".join(word) for word in text.split())


def split_syllables(text: str, rng: Rng) -> str:
    """GARUDAHOKI -> GA RU DA HO KI: chunks of 2-3 characters."""
    out, i = [], 0
    while i < len(text):
        step = rng.choice([2, 2, 3])
        out.append(text[i : i + step])
        i += step
    return " ".join(chunk.strip() for chunk in out if chunk.strip())


def emoji_wrap(text: str, rng: Rng) -> str:
    """🔥GACOR🔥 or ⭐ GACOR ⭐."""
    emo = rng.choice(DECOR_EMOJI)
    sep = rng.choice(["", " "])
    return f"{emo}{sep}{text}{sep}{emo}"


CIRCLED_UPPER, CIRCLED_LOWER, CIRCLED_ONE = 0x24B6, 0x24D0, 0x2460
NEG_SQUARED, NEG_CIRCLED = 0x1F170, 0x1F150
SMALL_CAPS = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", strict=True))
# Look-alike letters that NFKC leaves alone, folded back for the distinctness key.
LETTER_FOLD: dict[int, str] = {ord(small): plain for plain, small in SMALL_CAPS.items()}
for _first in (NEG_SQUARED, NEG_CIRCLED):
    for _offset in range(26):
        LETTER_FOLD[_first + _offset] = chr(ord("a") + _offset)


def to_circled(text: str) -> str:
    """Ⓝⓐⓖⓐ①②: circled letters and digits (NFKC folds these back)."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(CIRCLED_UPPER + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(CIRCLED_LOWER + ord(ch) - ord("a")))
        elif ch == "0":
            out.append("⓪")
        elif "1" <= ch <= "9":
            out.append(chr(CIRCLED_ONE + ord(ch) - ord("1")))
        else:
            out.append(ch)
    return "".join(out)


def to_letter_symbols(text: str, first: int) -> str:
    """Letters as negative squared (🅽🅰🅶🅰) or negative circled (🅝🅐🅖🅐) symbols; digits stay."""
    return "".join(
        chr(first + ord(ch.upper()) - ord("A")) if ch.isascii() and ch.isalpha() else ch
        for ch in text
    )


def to_small_caps(text: str) -> str:
    """ɴᴀɢᴀ: small capitals (no q or x in Unicode, those stay)."""
    return "".join(SMALL_CAPS.get(ch.lower(), ch) if ch.isascii() else ch for ch in text)


def restyle(text: str, style: str, rng: Rng) -> str:
    """Write text in one letter style, or ("letter_mix") each character in a different one."""
    if style in MATH_STYLES:
        return to_math(text, style)
    if style == "fullwidth":
        return to_fullwidth(text)
    if style == "circled":
        return to_circled(text)
    if style == "neg_squared":
        return to_letter_symbols(text, NEG_SQUARED)
    if style == "neg_circled":
        return to_letter_symbols(text, NEG_CIRCLED)
    if style == "small_caps":
        return to_small_caps(text)
    if style == "letter_mix":
        styles = [s for s in LETTER_STYLES if s != "letter_mix"]
        return "".join(restyle(ch, rng.choice(styles), rng) for ch in text)
    if style == "plain":
        return text
    raise ValueError(style)


LETTER_STYLES = [
    *MATH_STYLES,
    "fullwidth",
    "circled",
    "neg_squared",
    "neg_circled",
    "small_caps",
    "plain",
    "letter_mix",
]
# How the name-dropped brands are written: a third plain, the rest disguised.
BRAND_STYLE_WEIGHTS = {
    "plain": 32,
    "bold": 5,
    "bold_italic": 5,
    "bold_script": 3,
    "bold_fraktur": 2,
    "sans_bold": 5,
    "sans_bold_italic": 4,
    "italic": 2,
    "double_struck": 3,
    "monospace": 2,
    "fullwidth": 6,
    "circled": 8,
    "neg_squared": 6,
    "neg_circled": 3,
    "small_caps": 3,
    "letter_mix": 8,
    "spaced": 3,
    "dotted": 1,
    "emoji": 2,
}


def style_brand(name: str, rng: Rng) -> str:
    """Write a brand name the way campaigns do: 𝐍𝐀𝐆𝐀𝟖𝟖, ⓝⓐⓖⓐ⑧⑧, 🅽🅰🅶🅰88, N A G A 8 8..."""
    style = rng.choices(list(BRAND_STYLE_WEIGHTS), weights=list(BRAND_STYLE_WEIGHTS.values()))[0]
    if style in ("spaced", "dotted", "emoji"):
        return obfuscate_piece(name, style, rng)
    return restyle(name, style, rng)


def has_disguise(text: str) -> bool:
    """True when the text holds styled, look-alike or hidden characters (for the counts)."""
    for ch in text:
        if ch.isascii():
            continue
        if ch in ZERO_WIDTH or ch in "\u0332\u0336" or ord(ch) in LETTER_FOLD:
            return True
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch and folded.isascii() and folded.isalnum():
            return True
    return False


def obfuscate_piece(piece: str, style: str, rng: Rng) -> str:
    """Apply one named obfuscation style to a word or phrase."""
    if style in MATH_STYLES:
        return to_math(piece, style)
    if style == "mixed_math":
        return to_mixed_math(piece, rng)
    if style in LETTER_STYLES:
        return restyle(piece, style, rng)
    if style == "fullwidth":
        return to_fullwidth(piece)
    if style == "strike":
        return strike(piece)
    if style == "underline":
        return underline(piece)
    if style == "zero_width":
        return insert_zero_width(piece, rng)
    if style == "leet":
        return leetify(piece, rng)
    if style == "spaced":
        return space_letters(piece.upper() if rng.random() < 0.5 else piece)
    if style == "dotted":
        return dot_letters(piece)
    if style == "syllables":
        return split_syllables(piece.upper(), rng)
    if style == "emoji":
        return emoji_wrap(piece, rng)
    if style == "star_spaced":
        return emoji_wrap(space_letters(piece.upper()), rng)
    raise ValueError(style)


# styles that can be applied to a whole comment and stay readable
WHOLE_TEXT_STYLES = [
    "bold",
    "bold_italic",
    "bold_script",
    "sans_bold",
    "fullwidth",
    "zero_width",
    "monospace",
]
PIECE_STYLES = [
    "bold",
    "bold_italic",
    "bold_script",
    "bold_fraktur",
    "sans_bold",
    "sans_bold_italic",
    "monospace",
    "mixed_math",
    "fullwidth",
    "strike",
    "underline",
    "zero_width",
    "zero_width",
    "leet",
    "leet",
    "spaced",
    "dotted",
    "syllables",
    "emoji",
    "star_spaced",
    "star_spaced",
    "double_struck",
    "circled",
    "neg_squared",
    "small_caps",
    "letter_mix",
]

SPAM_KEYWORDS = [
    "slot",
    "gacor",
    "maxwin",
    "jackpot",
    "scatter",
    "rtp",
    "depo",
    "deposit",
    "wd",
    "togel",
    "jp",
    "bonus",
    "freespin",
    "cuan",
    "profit",
    "bitcoin",
    "crypto",
    "trading",
    "forex",
    "whatsapp",
    "telegram",
    "loan",
    "loans",
    "pinjaman",
    "cair",
    "gratis",
    "free",
    "giveaway",
    "hadiah",
    "casino",
    "spins",
    "verify",
    "verifikasi",
    "subscribe",
    "channel",
    "investasi",
    "kencan",
    "dating",
    "singles",
    "pills",
    "obat",
    "win",
    "won",
    "earn",
    "income",
    "wa",
    "link",
    "daftar",
    "klaim",
    "claim",
]
# links, e-mail addresses and phone numbers stay intact unless the whole text is restyled
LINK_RE = re.compile(
    r"(?:https?://)?[\w.-]+@[\w-]+\.\w+"
    r"|(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
    r"|\+?\d[\d -]{7,}\d"
)
KEYWORD_RE = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(SPAM_KEYWORDS, key=len, reverse=True)) + r")\b"
    r"|\b[A-Za-z]{3,}\d{1,4}[A-Za-z]{0,2}\b"
)


def obfuscate(text: str, rng: Rng) -> str:
    """Disguise a spam comment: either the whole text in one style or its key words."""
    if rng.random() < 0.2:
        return obfuscate_piece(text, rng.choice(WHOLE_TEXT_STYLES), rng)
    style = rng.choice(PIECE_STYLES)
    protected = [m.span() for m in LINK_RE.finditer(text)]

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= start or span[0] >= end for start, end in protected)

    spans = [m.span() for m in KEYWORD_RE.finditer(text) if free(m.span())]
    if not spans:
        spans = [m.span() for m in re.finditer(r"[A-Za-z]{4,}", text) if free(m.span())]
    if not spans:
        return text
    count = rng.randint(1, min(3, len(spans)))
    chosen = sorted(rng.sample(spans, count))
    out, last = [], 0
    for start, end in chosen:
        out.append(text[last:start])
        out.append(obfuscate_piece(text[start:end], style, rng))
        last = end
    out.append(text[last:])
    result = "".join(out)
    if style not in ("emoji", "star_spaced") and rng.random() < 0.25:
        result = f"{rng.choice(DECOR_EMOJI)} {result} {rng.choice(DECOR_EMOJI)}"
    return result


# --------------------------------------------------------------------------------------------
# Template filling and light "human" noise
# --------------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{(\w+)\}")
CHOICE_RE = re.compile(r"\[\[([^\[\]]*)\]\]")
HAM_EMOJI = ["🙏", "👍", "🤔", "👏", "🙄"]
SLANG_EMOJI = ["😂", "🤣", "😅", "🔥", "😭", "💀"]


def fill(template: str, rng: Rng, depth: int = 0, used: dict[str, list[str]] | None = None) -> str:
    """Expand inline choices and slots, recursively (slot values may hold slots).

    A list slot used twice in one text gets two different values ("hari Selasa, bukan Kamis").
    """
    if depth > 5:
        raise RuntimeError(f"template nests too deep: {template!r}")
    used = {} if used is None else used
    text = CHOICE_RE.sub(lambda m: rng.choice(m.group(1).split("|")), template)

    def slot_value(match: re.Match[str]) -> str:
        name = match.group(1)
        filler = SLOTS[name]
        if callable(filler):
            return filler(rng)
        taken = used.setdefault(name, [])
        fresh = [v for v in filler if v not in taken] or list(filler)
        value = rng.choice(fresh)
        taken.append(value)
        return value

    text = SLOT_RE.sub(slot_value, text)
    if SLOT_RE.search(text) or CHOICE_RE.search(text):
        return fill(text, rng, depth + 1, used)
    return text


def tidy(text: str) -> str:
    """Collapse spaces, drop spaces before punctuation and capitalise the first letter."""
    text = re.sub(r"[ \t]+", " ", text).strip()
    text = re.sub(r" ([,.!?])", r"\1", text)
    first = text.split(" ", 1)[0] if text else ""
    is_link = re.search(r"\w[./@]\w", first) is not None
    if first and first[0].isalpha() and first[0].islower() and not is_link:
        text = text[0].upper() + text[1:]
    return text


def reader_caps(text: str, rng: Rng) -> str:
    """Capitals as readers use them: one word shouted for emphasis, or Every Word Capitalised."""
    roll = rng.random()
    words = text.split(" ")
    if roll < 0.1:
        candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 4]
        if candidates:
            i = rng.choice(candidates)
            words[i] = words[i].upper()
        return " ".join(words)
    if roll < 0.15:
        return " ".join(w[:1].upper() + w[1:] for w in words)
    return text


def casualise(text: str, rng: Rng, kind: str) -> str:
    """Make ham look typed by a reader: lower case, dropped final dot, the odd emoji."""
    lower_rate = 0.7 if kind in ("ham_slang", "ham_short") else 0.2
    if rng.random() < lower_rate:
        text = text.lower()
    if text.endswith(".") and not text.endswith("..") and rng.random() < 0.35:
        text = text[:-1]
    if rng.random() < 0.07 and kind != "ham_legit_link":
        emoji = SLANG_EMOJI if kind in ("ham_slang", "ham_short") else HAM_EMOJI
        text = f"{text} {rng.choice(emoji)}"
    if kind != "ham_legit_link":
        text = reader_caps(text, rng)
        roll = rng.random()
        if roll < 0.03 and len(text) < 90:
            text = text.upper()
        elif roll < 0.07 and text[-1:] in ".!?":
            text = text.rstrip(".!?") + bang(rng)
    return text


def vary_case(text: str, rng: Rng, kind: str) -> str:
    """Some spam is shouted, some typed in lower case."""
    roll = rng.random()
    if roll < 0.08 and kind not in QUIET_SPAM_KINDS:
        return text.upper()
    if roll < 0.18:
        return text.lower()
    return text


def typo(text: str, rng: Rng) -> str:
    """One slip of the keyboard: a missing space, or a doubled, dropped or swapped letter."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    slip = rng.randrange(4)
    j = rng.randrange(1, len(word) - 1)
    if slip == 0 and i + 1 < len(words):
        words[i] = word + words.pop(i + 1)
    elif slip == 1:
        words[i] = word[:j] + word[j] + word[j:]
    elif slip == 2:
        words[i] = word[:j] + word[j + 1 :]
    else:
        words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def shout(text: str, rng: Rng) -> str:
    """ham_shout: mostly all capitals, sometimes only the first words shouted."""
    roll = rng.random()
    if roll < 0.55:
        return text.upper()
    if roll < 0.7:
        words = text.split(" ")
        k = rng.randint(1, max(1, len(words) // 2))
        return " ".join([w.upper() for w in words[:k]] + words[k:])
    return text


def emphasise(text: str, rng: Rng) -> str:
    """ham_styled: the «marked» words in bold or italic maths letters, for emphasis."""
    style = rng.choice(["bold", "bold", "bold_italic", "italic", "sans_bold", "sans_bold_italic"])
    return re.sub(r"«([^»]+)»", lambda m: to_math(m.group(1), style), text)


def messy(text: str, rng: Rng) -> str:
    """Reader noise for the new ham kinds: lower case, a typo, a stray emoji, no final dot."""
    if rng.random() < 0.3:
        text = text.lower()
    if rng.random() < 0.12:
        text = typo(text, rng)
    text = reader_caps(text, rng)
    if text.endswith(".") and not text.endswith("..") and rng.random() < 0.4:
        text = text[:-1]
    if rng.random() < 0.1:
        text = f"{text} {rng.choice(EMOJI_ALL)}"
    return text


def banter(text: str, rng: Rng) -> str:
    """Quick replies between readers: typos more often than elsewhere."""
    for rate in (0.45, 0.15):
        if rng.random() < rate:
            text = typo(text, rng)
    return messy(text, rng)


PROMO_EMOJI = ["🙏", "❤️", "😊", "🔥", "👇", "🙂", "😁", "💯", "🎵", "🎤", "👉", "✌️"]


def promo(text: str, rng: Rng) -> str:
    """Plain spam as typed: any casing, the odd typo or emoji, often no final dot."""
    roll = rng.random()
    if roll < 0.35:
        text = text.lower()
    elif roll < 0.45 and "/" not in text:
        text = text.upper()
    elif roll < 0.55:
        text = " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    if rng.random() < 0.2:
        text = typo(text, rng)
    if text[-1:] == "." and rng.random() < 0.4:
        text = text[:-1]
    if rng.random() < 0.08:
        text = text.rstrip(".!?") + bang(rng)
    if rng.random() < 0.25:
        text = f"{text} {rng.choice(PROMO_EMOJI) * rng.randint(1, 3)}"
    return text


def namedrop(text: str, rng: Rng) -> str:
    """Brand name-drops: lower case now and then (styled letters mostly keep their look)."""
    if rng.random() < 0.3:
        text = text.lower()
    if rng.random() < 0.1:
        text = typo(text, rng)
    if rng.random() < 0.08:
        text = text.rstrip(".!?") + bang(rng)
    if rng.random() < 0.15:
        text = f"{text} {rng.choice(DECOR_EMOJI + PROMO_EMOJI)}"
    return text


# Per-kind noise (KindSpec.noise); ham kinds without one get `casualise`.
NOISES: dict[str, Callable[[str, Rng], str]] = {
    "shout": shout,
    "styled": emphasise,
    "messy": messy,
    "banter": banter,
    "promo": promo,
    "namedrop": namedrop,
}


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


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


def compose(spec: KindSpec, rng: Rng) -> str:
    """One text of a kind: a filled template, maybe with a hook before or a tail after it."""
    text = tidy(fill(rng.choice(spec.templates), rng))
    tail = HAM_TAILS.get((spec.lang, spec.kind)) if spec.label == "ham" else None
    if tail and rng.random() < TAIL_RATE:
        if text[-1] not in ".!?":
            text += "."
        text = tidy(f"{text} {fill('{' + tail + '}', rng)}")
    hookable = (
        spec.kind not in HOOKLESS_SPAM_KINDS and len(text.split()) > 4
    )  # short spam stays short
    if spec.label == "spam" and hookable and rng.random() < HOOK_RATE:
        hook = fill("{" + SPAM_HOOKS[spec.lang] + "}", rng)
        body = text if hook.rstrip()[-1] in ".!?" else text[0].lower() + text[1:]
        text = tidy(hook + body)
    return text


@dataclass(frozen=True)
class Sample:
    text: str
    label: str
    lang: str
    kind: str
    obfuscated: bool  # reported in the counts, not written to the CSV


def generate_kind(spec: KindSpec, rng: Rng, seen: dict[str, None]) -> list[Sample]:
    """Draw texts for one kind until its quota of new distinct texts is reached."""
    rows: list[Sample] = []
    attempts = 0
    while len(rows) < spec.quota:
        attempts += 1
        if attempts > spec.quota * MAX_ATTEMPTS_PER_ROW:
            raise RuntimeError(
                f"{spec.lang}/{spec.kind}: only {len(rows)} distinct texts of {spec.quota}"
            )
        text = compose(spec, rng)
        obfuscated = False
        if spec.label == "spam":
            if spec.noise:
                text = NOISES[spec.noise](text, rng)
            obfuscated = rng.random() < spec.obfuscate_rate
            if obfuscated:
                text = obfuscate(text, rng)
            elif not spec.noise:
                text = vary_case(text, rng, spec.kind)
            obfuscated = obfuscated or has_disguise(text)
        elif spec.noise:
            text = NOISES[spec.noise](text, rng)
        else:
            text = casualise(text, rng, spec.kind)
        key = dedupe_key(text)
        if key in seen:
            continue
        seen[key] = None
        rows.append(Sample(text, spec.label, spec.lang, spec.kind, obfuscated))
    return rows


def build_rows(seed: int = SEED) -> list[Sample]:
    """All rows, deduplicated and deterministically shuffled."""
    rng = random.Random(seed)  # noqa: S311 - reproducible data, not security
    seen: dict[str, None] = {}
    rows: list[Sample] = []
    for spec in KINDS:
        rows.extend(generate_kind(spec, rng, seen))
    rng.shuffle(rows)
    return rows


def write_csv(rows: Sequence[Sample], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["text", "label", "lang", "kind"])
        writer.writerows((r.text, r.label, r.lang, r.kind) for r in rows)


LINK_LIKE_RE = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:com|net|org|id|be|me|ly|io|gy|xyz|top|site|online|shop|vip"
    r"|info|biz|club|live|bet|link|pro|store|casino|click|work|fun|icu|lol|cfd|sbs|uk|int)\b"
)
PHONE_LIKE_RE = re.compile(r"(?:\+\d{1,3}[\s-]?\(?\d|\b0\d|\b62\d|\bO\d)(?:[\s().-]{0,2}\d){7,12}")


def mostly_capitals(text: str) -> bool:
    letters = [ch for ch in unicodedata.normalize("NFKC", text) if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)


def has_emoji(text: str) -> bool:
    return any(ord(ch) >= 0x2600 and unicodedata.category(ch) == "So" for ch in text)


# Surface traits that must occur in ham as well as spam (printed with the counts).
SURFACE_TRAITS: dict[str, Callable[[str], bool]] = {
    "mostly capitals": mostly_capitals,
    "emoji": has_emoji,
    "digits": lambda t: any(ch.isdigit() for ch in unicodedata.normalize("NFKC", t)),
    "!! or ??": lambda t: re.search(r"[!?]{2,}", t) is not None,
    "1-3 words": lambda t: len(t.split()) <= 3,
    "@handle": lambda t: re.search(r"(?<![\w.])@\w", t) is not None,
    "link": lambda t: LINK_LIKE_RE.search(t) is not None,
    "phone number": lambda t: PHONE_LIKE_RE.search(t) is not None,
    "styled letters": has_disguise,
}


def format_counts(rows: Sequence[Sample]) -> str:
    """A plain-text summary of counts per language, label and kind."""
    total = len(rows)
    by_label = Counter(r.label for r in rows)
    by_lang = Counter(r.lang for r in rows)
    by_lang_label = Counter((r.lang, r.label) for r in rows)
    by_kind = Counter((r.lang, r.label, r.kind) for r in rows)
    obf_kind = Counter((r.lang, r.label, r.kind) for r in rows if r.obfuscated)
    obfuscated = sum(obf_kind.values())
    hard = sum(1 for r in rows if r.kind in HARD_NEGATIVE_KINDS)
    lines = [
        f"total: {total}",
        "per label: "
        + ", ".join(f"{k} {by_label[k]} ({by_label[k] / total:.1%})" for k in sorted(by_label)),
        "per lang: " + ", ".join(f"{k} {by_lang[k]}" for k in sorted(by_lang)),
    ]
    for lang in sorted(by_lang):
        lines.append(
            f"  {lang}: "
            + ", ".join(f"{lab} {by_lang_label[(lang, lab)]}" for lab in sorted(by_label))
        )
    lines.append(
        f"hard-negative ham: {hard} of {by_label['ham']} ham ({hard / by_label['ham']:.1%})"
    )
    lines.append(
        f"obfuscated spam: {obfuscated} of {by_label['spam']} ({obfuscated / by_label['spam']:.1%})"
    )
    messy = sum(1 for r in rows if r.kind in MESSY_HAM_KINDS)
    lines.append(f"messy ham: {messy} of {by_label['ham']} ham ({messy / by_label['ham']:.1%})")
    lines.append("surface traits, share of ham / spam rows (the balance rule):")
    for trait, test in SURFACE_TRAITS.items():
        share = {
            label: sum(1 for r in rows if r.label == label and test(r.text)) / by_label[label]
            for label in ("ham", "spam")
        }
        lines.append(f"  {trait:<18} ham {share['ham']:6.1%}  spam {share['spam']:6.1%}")
    lines.append("per kind (lang label kind count [obfuscated]):")
    for key in sorted(by_kind):
        lang, label, kind = key
        obf = f" [{obf_kind[key]} obfuscated]" if label == "spam" else ""
        lines.append(f"  {lang} {label:<4} {kind:<20} {by_kind[key]:>4}{obf}")
    return "\n".join(lines)


def main() -> int:
    rows = build_rows()
    write_csv(rows, OUT_PATH)
    print(f"wrote {OUT_PATH.name}")
    print(format_counts(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
