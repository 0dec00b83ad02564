"""Phone numbers, invented brands and domains, names and handles (mostly for spam)."""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Sequence

from .data import WORDS
from .obfuscate import style_brand

Rng = random.Random


def _digits(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def wa_id(rng: Rng) -> str:
    """An Indonesian mobile number in one of the formats spammers use."""
    pre = rng.choice(WORDS["id_mobile_prefixes"])
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
    code = rng.choice(["27", "234", "971", "65"])
    return f"+{code} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}"


def judol_site(rng: Rng) -> str:
    """An invented online-gambling brand such as GACOR77, MaxJP88 or hoki138."""
    name = rng.choice(WORDS["judol_bases"]) + rng.choice(WORDS["judol_suffixes"])
    style = rng.randrange(10)
    if style < 6:
        return name
    if style < 8:
        return name.capitalize()
    return name.lower()


def judol_domain(rng: Rng) -> str:
    """An invented gambling domain (gacor77-login.xyz) or a shortened link."""
    if rng.random() < 0.25:
        return rng.choice(["bit.ly/", "s.id/", "cutt.ly/", "rb.gy/"]) + _alnum(
            rng, rng.randint(5, 8)
        )
    base = (rng.choice(WORDS["judol_bases"]) + rng.choice(WORDS["judol_suffixes"])).lower()
    host = f"{base}{rng.choice(WORDS['judol_domain_extras'])}.{rng.choice(WORDS['judol_tlds'])}"
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


def ref_code(rng: Rng) -> str:
    return rng.choice(WORDS["judol_bases"])[:4] + _digits(rng, rng.randint(2, 4))


def promo_code(rng: Rng) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(4, 6))) + _digits(
        rng, 2
    )


def en_fullname_f(rng: Rng) -> str:
    title = rng.choice(["Mrs", "Ms", "Mrs.", "Dr.", "Expert", "Madam"])
    return f"{title} {rng.choice(WORDS['en_first_f'])} {rng.choice(WORDS['en_last'])}"


def en_fullname(rng: Rng) -> str:
    if rng.random() < 0.6:
        return en_fullname_f(rng)
    title = rng.choice(["Mr", "Mr.", "Dr.", "Coach", "Expert"])
    return f"{title} {rng.choice(WORDS['en_first_m'])} {rng.choice(WORDS['en_last'])}"


def id_name(rng: Rng) -> str:
    title = rng.choice(["Pak", "Bu", "Mas", "Kak", "Om", "Bang", "Coach", "Mentor"])
    return f"{title} {rng.choice(WORDS['id_names'])}"


def tg_handle(rng: Rng) -> str:
    first = rng.choice(WORDS["en_first_f"] + WORDS["en_first_m"] + WORDS["id_names"]).lower()
    return "@" + first + rng.choice(WORDS["tg_suffixes"]) + rng.choice(["", _digits(rng, 2)])


def email(rng: Rng) -> str:
    first = rng.choice(WORDS["en_first_f"] + WORDS["en_first_m"]).lower()
    sep = rng.choice([".", "_", ""])
    last = rng.choice(WORDS["en_last"]).lower()
    digits = _digits(rng, rng.choice([0, 2, 3]))
    host = rng.choice(["gmail.com", "outlook.com", "protonmail.com", "yahoo.com"])
    return f"{first}{sep}{last}{digits}@{host}"


def id_user(rng: Rng) -> str:
    base = rng.choice(WORDS["id_user_bases"])
    return base + rng.choice(["", "", "_", "88", "21", "_id", "99", "kw"])


def en_user(rng: Rng) -> str:
    base = rng.choice(WORDS["en_user_bases"])
    return base + rng.choice(["", "", "_", "77", "1984", "_uk", "2", "_nyc", "k"])


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
    return style_brand(
        brand_name(
            rng, WORDS["brand_heads_id"], WORDS["brand_tails_id"], WORDS["brand_numbers_id"]
        ),
        rng,
    )


def casino_brand(rng: Rng) -> str:
    """An invented English-language casino brand, styled the same way."""
    return style_brand(
        brand_name(
            rng, WORDS["brand_heads_en"], WORDS["brand_tails_en"], WORDS["brand_numbers_en"]
        ),
        rng,
    )


def money_app(rng: Rng) -> str:
    """An invented 'make money' app; sometimes styled like the gambling brands."""
    name = rng.choice(WORDS["money_apps"])
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
    first = rng.choice(WORDS["artist_first"])
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
    pre = rng.choice(WORDS["id_mobile_prefixes"])
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
