"""Rules of a call record (拜访/通话记录): what is required, valid values, amounts, periods.

The seed asks for calls and follow-ups to be recorded but sets no rule for the
record itself; these are our decisions (PRODUCT.md capability 4):

* Only the distributor, the channel and the notes are required.
* An order amount is optional even when the order topic is ticked (the amount can
  follow from the order records); when given it is more than 0 and at most
  ``MAX_AMOUNT_FEN``, and an amount ticks the order topic by itself.
* A call cannot be dated after today.
* A next step needs a due date, today or later; a due date needs a next step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

CHANNELS: tuple[str, ...] = ("visit", "phone", "wechat", "other")
TOPICS: tuple[str, ...] = (
    "order", "stock", "promotion", "payment", "complaint", "display", "new_product", "other",
)  # fmt: skip
TEXT_MAX = 200  # a next step or a task: one line of text
MAX_AMOUNT_FEN = 10**12  # ten billion yuan: anything above is a typing mistake
#: Period presets of the call list; "last 30 days" counts today as one of the 30.
PERIODS: tuple[str, ...] = ("all", "today", "week", "month", "last30", "custom")
LAST_DAYS = 30

# Problem codes; the services turn each into a message in the user's language.
REQUIRED = "required"
NO_DISTRIBUTOR = "no_distributor"
BAD_CHANNEL = "bad_channel"
BAD_TOPIC = "bad_topic"
BAD_AMOUNT = "bad_amount"
AMOUNT_TOO_LARGE = "amount_too_large"
FUTURE = "future"
DUE_MISSING = "due_missing"
DUE_PAST = "due_past"
STEP_MISSING = "step_missing"
TOO_LONG = "too_long"


@dataclass(frozen=True)
class CallValues:
    """What a call record holds, as plain values (``occurred_on`` None: today)."""

    distributor_id: str | None
    channel: str
    topics: tuple[str, ...]
    notes: str
    order_amount_fen: int | None = None
    occurred_on: date | None = None
    next_step: str = ""
    next_step_due: date | None = None


def check_call(v: CallValues, today: date) -> dict[str, str]:
    """Field name → problem code for every invalid field (empty when the call is valid)."""
    problems: dict[str, str] = {}
    if not v.distributor_id:
        problems["distributor_id"] = NO_DISTRIBUTOR
    if not v.channel:
        problems["channel"] = REQUIRED
    elif v.channel not in CHANNELS:
        problems["channel"] = BAD_CHANNEL
    if any(t not in TOPICS for t in v.topics):
        problems["topics"] = BAD_TOPIC
    if not v.notes.strip():
        problems["notes"] = REQUIRED
    if v.order_amount_fen is not None and v.order_amount_fen <= 0:
        problems["order_amount_fen"] = BAD_AMOUNT
    elif v.order_amount_fen is not None and v.order_amount_fen > MAX_AMOUNT_FEN:
        problems["order_amount_fen"] = AMOUNT_TOO_LARGE
    if v.occurred_on is not None and v.occurred_on > today:
        problems["occurred_at"] = FUTURE
    step = v.next_step.strip()
    if len(step) > TEXT_MAX:
        problems["next_step"] = TOO_LONG
    elif not step and v.next_step_due is not None:
        problems["next_step"] = STEP_MISSING
    if step and v.next_step_due is None:
        problems["next_step_due"] = DUE_MISSING
    elif step and v.next_step_due is not None and v.next_step_due < today:
        problems["next_step_due"] = DUE_PAST
    return problems


def check_task(text: str, due: date | None, today: date) -> dict[str, str]:
    """A follow-up task added by hand: text (one line) and a due date, today or later."""
    problems: dict[str, str] = {}
    if not text.strip():
        problems["text"] = REQUIRED
    elif len(text.strip()) > TEXT_MAX:
        problems["text"] = TOO_LONG
    if due is None:
        problems["due_date"] = DUE_MISSING
    elif due < today:
        problems["due_date"] = DUE_PAST
    return problems


def normalise_topics(topics: Iterable[str], amount_fen: int | None) -> tuple[str, ...]:
    """Topics without repeats, in the standard order; an order amount ticks ``order``."""
    chosen = set(topics) | ({"order"} if amount_fen is not None else set())
    return tuple(t for t in TOPICS if t in chosen) + tuple(sorted(chosen - set(TOPICS)))


def split_topics(stored: str) -> tuple[str, ...]:
    """Topics as stored (comma-separated codes) → a tuple of codes."""
    return tuple(t for t in stored.split(",") if t)


def yuan_to_fen(text: str) -> int | None:
    """'12,345.6' → 1234560 exactly (Decimal, no float); '' → None; ValueError if not an amount.

    Up to two decimals; thousands separators, spaces and a leading ¥ are allowed.
    """
    cleaned = text.strip().replace(",", "").replace("，", "").replace(" ", "").lstrip("¥￥")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as e:
        raise ValueError(f"not an amount: {text!r}") from e
    if not value.is_finite() or value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError(f"not an amount in yuan and fen: {text!r}")
    return int(value * 100)


def period_range(preset: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day (inclusive) of a period preset; (None, None) for all or custom.

    A week runs Monday to Sunday; "last30" is the ``LAST_DAYS`` days ending today.
    """
    if preset == "today":
        return today, today
    if preset == "week":
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=6)
    if preset == "month":
        first = today.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)
    if preset == "last30":
        return today - timedelta(days=LAST_DAYS - 1), today
    return None, None
