"""Sample comments for the peers' reading threads, and Lua string literals for their wrk scripts.

The texts are assembled from fragments written for this benchmark (no copied corpus): a seeded
generator mixes openers, remarks and closers, so the 1,000 comments of a thread differ in length
and wording (some carry light Markdown, some a second paragraph) the way a real thread does, and
every peer gets the same thread for the same seed.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from typing import Any

OPENERS = (
    "Good piece.",
    "I read this twice.",
    "Thanks for covering this.",
    "Not sure I agree.",
    "This matches what we see in our street.",
    "Finally someone asks the question.",
    "Interesting, but the headline oversells it.",
    "My neighbour sent me this link.",
    "As someone who works in the sector:",
    "Quick correction:",
    "Long-time reader, first comment.",
    "Hmm.",
)
REMARKS = (
    "The council promised the new bus route two years ago and we are still waiting.",
    "The numbers in the third paragraph do not add up to the total in the chart.",
    "Water prices went up again last month, nobody explained why.",
    "The market by the river is busier on weekdays than the article suggests.",
    "Teachers at our school had the same experience with the new timetable.",
    "It would help to hear from the farmers themselves, not only from the ministry.",
    "The footbridge was closed for repairs for most of the summer.",
    "Our cooperative tried the app for a season; the prices it showed were a day late.",
    "Half of the streetlights on the main road are still off at night.",
    "The clinic now opens at seven, which makes a real difference for shift workers.",
    "Rents near the new station have doubled since the plans were announced.",
    "The report cited here is from last year; the new one has different figures.",
    "Flooding in the lower district happens every rainy season, not just this year.",
    "Fishermen at the harbour say the auction starts earlier than it used to.",
    "The library extended its hours, and the reading room is full every evening.",
    "Nobody I asked had heard of the consultation before it closed.",
    "Cycling to work is only safe if the lane is not used for parking.",
    "The recycling pick-up changed days and the schedule was never posted.",
    "Small shops on our road cannot afford the card terminal fees.",
    "The football pitch renovation was paid for by the residents' association.",
)
CLOSERS = (
    "Would love a follow-up.",
    "Please keep reporting on this.",
    "Just my two cents.",
    "Curious what others think.",
    "Source: I was there.",
    "Anyway, good work.",
    "Let's see what happens after the vote.",
    "",
    "",
    "",
)
EMPHASES = ("*really*", "**not**", "*still*", "**again**")
FIRST_NAMES = (
    "Ayu",
    "Budi",
    "Citra",
    "Dewi",
    "Eko",
    "Fajar",
    "Gita",
    "Hana",
    "Irfan",
    "Joko",
    "Kartika",
    "Lina",
    "Maya",
    "Nina",
    "Oscar",
    "Putri",
    "Rudi",
    "Sari",
    "Tomas",
    "Wulan",
)


@dataclass(frozen=True)
class SampleComment:
    """One published comment of a reading thread; `age` is seconds before now it was written."""

    author: str
    email: str
    text: str
    age: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sample_text(rng: random.Random) -> str:
    sentences = [rng.choice(OPENERS)] if rng.random() < 0.7 else []
    sentences += rng.sample(REMARKS, rng.randint(1, 3))
    closer = rng.choice(CLOSERS)
    if closer:
        sentences.append(closer)
    text = " ".join(sentences)
    if rng.random() < 0.2:
        text = text.replace(" is ", f" is {rng.choice(EMPHASES)} ", 1)
    if rng.random() < 0.15:
        text += "\n\n" + rng.choice(REMARKS)
    return text


def sample_comments(count: int, seed: int = 20240611) -> list[SampleComment]:
    """`count` varied comments, oldest first, spread over the days before now.

    The authors come from a pool of 250 regulars, a few of whom write much of the thread (about
    200 different people per 1,000 comments): how many distinct commenters a thread has matters
    to a peer that hashes each one's address for an avatar (Isso does, with a per-worker cache).
    """
    rng = random.Random(seed)
    regulars = [f"{name} {number}" for number in range(1, 14) for name in FIRST_NAMES][:250]
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(regulars))]
    comments: list[SampleComment] = []
    seen: set[str] = set()
    for index in range(count):
        text = _sample_text(rng)
        while text in seen:  # every comment of the thread differs
            text = _sample_text(rng)
        seen.add(text)
        author = rng.choices(regulars, weights)[0]
        comments.append(
            SampleComment(
                author=author,
                email=author.lower().replace(" ", ".") + "@example.org",
                text=text,
                age=(count - index) * 600 + rng.randint(0, 300),
            )
        )
    return comments


def lua_string(value: str) -> str:
    """A double-quoted Lua literal of `value`'s UTF-8 bytes, anything unusual as `\\ddd`."""
    out = []
    for byte in value.encode("utf-8"):
        char = chr(byte)
        if 32 <= byte < 127 and char not in '"\\':
            out.append(char)
        else:
            out.append(f"\\{byte:03d}")
    return '"' + "".join(out) + '"'


def lua_string_list(values: list[str] | tuple[str, ...]) -> str:
    """A Lua table literal of string literals."""
    return "{" + ", ".join(lua_string(value) for value in values) + "}"
