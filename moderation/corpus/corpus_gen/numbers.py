"""Numbers as spam and readers write them: winnings, loans, prices, counts, years, timestamps."""

from __future__ import annotations

import random

from .data import WORDS

Rng = random.Random


# ---- amounts in spam: winnings, deposits, loans, earnings ----


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
    return rng.choice(WORDS["rupiah_small"])


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


# ---- more amounts: wages, prices, rents, populations ----


def id_rb(rng: Rng) -> str:
    return rng.choice(WORDS["id_rb"])


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


def date_id(rng: Rng) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(WORDS['id_months'])}"
