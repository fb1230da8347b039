"""The words and numbers of one demo call: time of day, topics, notes, problems, order amount.

Used by ``db.demo_history``. Notes and problems are short Chinese sentences built
from the phrase tables in ``db.demo_names`` (with the English words field people
use: POS, KA, SKU); every choice comes from the caller's ``Random``. The draws use
``random()`` and ``bisect`` directly: over a million calls, ``choices`` and
``randint`` alone would cost tens of seconds.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from string import Formatter
from typing import TypeVar

from db import demo_names as N
from desktop.domain.calls import TOPICS

T = TypeVar("T")

#: How often each topic other than ``order`` comes up (an order is drawn on its own).
TOPIC_WEIGHTS = (
    ("stock", 25), ("promotion", 18), ("payment", 15), ("complaint", 7),
    ("display", 14), ("new_product", 10), ("other", 11),
)  # fmt: skip
TOPIC_COUNTS = ((1, 45), (2, 40), (3, 15))
ORDER_SHARE = 0.30
#: Median order in yuan by distributor grade; amounts spread log-normally around it.
ORDER_MEDIAN_YUAN = {"A": 60_000, "B": 20_000, "C": 6_000, "P": 3_000}
ORDER_SPREAD = 0.5
PROBLEM_SHARE, PROBLEM_SHARE_COMPLAINT = 0.3, 0.9
#: Hour of the day by channel, with weights: visits in office hours, WeChat into the evening.
OFFICE_HOURS = ((8, 4), (9, 10), (10, 12), (11, 9), (12, 3), (13, 5), (14, 10), (15, 11), (16, 9))
HOURS = {
    "visit": OFFICE_HOURS,
    "phone": (*OFFICE_HOURS, (17, 6)),
    "other": (*OFFICE_HOURS, (17, 6)),
    "wechat": (*OFFICE_HOURS, (17, 6), (18, 3), (19, 3), (20, 2)),
}


def cumulative(weights: Iterable[int]) -> list[int]:
    """Running totals of weights, for ``pick``."""
    return list(accumulate(weights))


def pick(rng: random.Random, values: Sequence[T], cum: Sequence[int]) -> T:
    """A weighted choice (``cum`` from ``cumulative``)."""
    return values[bisect_right(cum, rng.random() * cum[-1])]


def _fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in Formatter().parse(template) if name)


class TextMaker:
    """Draws the content of calls from one random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.hours = {
            channel: ([h for h, _ in pairs], cumulative(w for _, w in pairs))
            for channel, pairs in HOURS.items()
        }
        self.topics = [t for t, _ in TOPIC_WEIGHTS]
        self.topic_cum = cumulative(w for _, w in TOPIC_WEIGHTS)
        self.count_cum = cumulative(w for _, w in TOPIC_COUNTS)
        self.notes = {
            topic: [(t, _fields(t)) for t in phrases] for topic, phrases in N.NOTE_PHRASES.items()
        }
        self.problems = [(t, _fields(t)) for t in N.PROBLEM_PHRASES]
        r = rng.random
        self.slots: dict[str, Callable[[], str]] = {
            "p": lambda: N.PRODUCTS[int(r() * len(N.PRODUCTS))],
            "np": lambda: N.NEW_PRODUCTS[int(r() * len(N.NEW_PRODUCTS))],
            "n": lambda: str(2 + int(r() * 79)),
            "d": lambda: str(3 + int(r() * 28)),
            "w": lambda: f"{0.5 + r() * 39.5:.1f}",
            "c": lambda: N.COMPETITORS[int(r() * len(N.COMPETITORS))],
        }
        self.medians = {g: math.log(v) for g, v in ORDER_MEDIAN_YUAN.items()}

    def time_of(self, channel: str) -> tuple[int, int]:
        """(hour, minute) of a call on this channel."""
        hours, cum = self.hours[channel]
        return pick(self.rng, hours, cum), int(self.rng.random() * 60)

    def call_text(self, grade: str, month: int) -> tuple[str, str, str, int | None]:
        """(topics, notes, problems, order amount in fen or None) of a call in ``month``."""
        rng = self.rng
        ordered = rng.random() < ORDER_SHARE
        k = pick(rng, (1, 2, 3), self.count_cum) - ordered
        chosen = {"order"} if ordered else set()
        while k > 0:
            topic = pick(rng, self.topics, self.topic_cum)
            if topic not in chosen:
                chosen.add(topic)
                k -= 1
        topics = [t for t in TOPICS if t in chosen]
        notes = "; ".join(self._sentence(self.notes[t], month) for t in topics)
        share = PROBLEM_SHARE_COMPLAINT if "complaint" in chosen else PROBLEM_SHARE
        problems = self._sentence(self.problems, month) if rng.random() < share else ""
        amount = None
        if ordered:
            yuan = rng.lognormvariate(self.medians[grade], ORDER_SPREAD)
            amount = max(5, round(yuan / 100)) * 100 * 100
        return ",".join(topics), notes, problems, amount

    def _sentence(self, phrases: list[tuple[str, tuple[str, ...]]], month: int) -> str:
        template, fields = phrases[int(self.rng.random() * len(phrases))]
        if not fields:
            return template
        values = {name: self.slots[name]() for name in fields if name != "m"}
        if "m" in fields:
            values["m"] = str(month % 12 + 1)  # next month's promotion
        return template.format(**values)
