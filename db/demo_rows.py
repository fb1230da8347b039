"""The rows of the demo's history and the calendar they are placed on (``db.demo_history``).

``HistoryRows`` builds call, visit and follow-up task rows as plain dicts, keeps
each person's visits a day under the daily cap, gives a month's rows their ids in
time order (``close_month``) and writes them as base rows with their full-text
index rows (``flush``). ``WorkCalendar`` holds the working days of the months
covered, from the holiday list (``db.demo_holidays``) and the domain's definition
of a working day. ``Ids`` makes UUIDv7 strings from a seeded stream, fast enough
for millions of rows.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from db import demo_names as N
from db.capture import insert_base_rows
from db.demo_texts import TextMaker, cumulative, pick
from db.fts import index_rows
from db.models.field import CallLog, FollowUpTask, Visit
from desktop.domain import cadence as C
from desktop.domain.calendar import add_months, is_working_day

Row = dict[str, Any]

CHANNELS = (("visit", 45), ("phone", 35), ("wechat", 15), ("other", 5))
NEXT_STEP_SHARE = 0.25
RULES = C.CadenceRules()
FLUSH = 50_000  # calls a batch (with their visits, tasks and index rows)


class DistributorFacts(NamedTuple):
    """What the history needs of a distributor the generator wrote."""

    id: str
    grade: str
    active: bool
    owner_id: str | None
    region_id: str | None


class Month(NamedTuple):
    """A calendar month of the history, its days as ordinals."""

    year: int
    month: int
    first: int  # ordinal of the first day
    work: list[int]  # ordinals of its working days
    off: list[int]  # ordinals of its days off


class WorkCalendar:
    """The months from ``start``'s to the one after ``today``'s, with their working days."""

    def __init__(self, start: date, today: date, holidays: list[Row]) -> None:
        off = frozenset(r["day"] for r in holidays if r["kind"] == "holiday")
        extra = frozenset(r["day"] for r in holidays if r["kind"] == "workday")
        self.start = start.toordinal()
        first = start.replace(day=1).toordinal()
        end = add_months(today.replace(day=1), 2).toordinal() - 1
        self.months: list[Month] = []
        for o in range(first, end + 1):
            d = date.fromordinal(o)
            if d.day == 1:
                self.months.append(Month(d.year, d.month, o, [], []))
            working = is_working_day(d, off, extra)
            (self.months[-1].work if working else self.months[-1].off).append(o)
        self.first, self.last = first, end
        self.firsts = [m.first for m in self.months]
        self.current = self.months[-2]
        self.current_end = self.months[-1].first - 1

    def month_of(self, o: int) -> int:
        return max(0, bisect_right(self.firsts, o) - 1)

    def next_working(self, o: int) -> int:
        """The first working day on or after ``o`` (``o`` itself past the calendar)."""
        for month in self.months[self.month_of(o) :]:
            i = bisect_left(month.work, o)
            if i < len(month.work):
                return month.work[i]
        return o


def between(days: list[int], lo: int, hi: int) -> list[int]:
    """The days (sorted ordinals) from ``lo`` to ``hi``, both included."""
    return days[bisect_left(days, lo) : bisect_right(days, hi)]


class Ids:
    """UUIDv7 strings continuing the generator's clock from ``after``, from a seeded stream."""

    def __init__(self, seed: int, after: str) -> None:
        self.rng = random.Random(f"fielddesk-demo:{seed}:history-ids")
        self.ms = int(after.replace("-", "")[:12], 16)

    def __call__(self) -> str:
        self.ms += 1
        value = (self.ms << 80) | self.rng.getrandbits(80)
        value = (value & ~(0xF << 76) | (0x7 << 76)) & ~(0x3 << 62) | (0x2 << 62)
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class HistoryRows:
    """Builds and writes the history's rows; ``db.demo_history`` decides when and who."""

    def __init__(
        self, session: Session, seed: int, today: date, people: Sequence[Row], cal: WorkCalendar
    ) -> None:
        self.session, self.cal, self.t = session, cal, today.toordinal()
        self.rng = random.Random(f"fielddesk-demo:{seed}:history")
        self.text = TextMaker(self.rng)
        self.people = {p["id"]: p for p in people}
        self.hired = {p["id"]: p["hire_date"].toordinal() for p in people}
        self.calls: list[Row] = []
        self.visits: list[Row] = []
        self.tasks: list[Row] = []
        self.out: tuple[list[Row], list[Row], list[Row]] = ([], [], [])
        self.counts = [0, 0, 0]
        self.visits_on: dict[str, bytearray] = {}
        self.channels = [c for c, _ in CHANNELS]
        self.channel_cum = cumulative(w for _, w in CHANNELS)

    # -- bookkeeping -------------------------------------------------------------
    def close_month(self, new_id: Callable[[], str]) -> None:
        """Sort the month's rows by time, give them ids and link them; queue them for writing."""
        self.calls.sort(key=lambda r: r["occurred_at"])
        for row in self.calls:
            row["id"] = new_id()
        self.visits.sort(key=lambda r: (r["planned_date"], r["planned_time"]))
        for row in self.visits:
            row["id"] = new_id()
            call = row.pop("call")
            if call is not None:
                row["call_log_id"], call["visit_id"] = call["id"], row["id"]
        self.tasks.sort(key=lambda r: r["due_date"])
        for row in self.tasks:
            row["id"] = new_id()
            row["call_log_id"] = row.pop("call")["id"]
        for queue, rows in zip(self.out, (self.calls, self.visits, self.tasks), strict=True):
            queue.extend(rows)
            rows.clear()

    def flush(self) -> None:
        calls, visits, tasks = self.out
        insert_base_rows(self.session, CallLog, calls, batch=FLUSH)
        insert_base_rows(self.session, Visit, visits, batch=FLUSH)
        insert_base_rows(self.session, FollowUpTask, tasks, batch=FLUSH)
        index_rows(self.session, calls)
        for i, rows in enumerate(self.out):
            self.counts[i] += len(rows)
            rows.clear()

    def visit_slot(self, person: str, o: int) -> bool:
        """Take one of the person's visits of day ``o``; False when the day is full."""
        day = self.visits_on.get(person)
        if day is None:
            day = self.visits_on[person] = bytearray(self.cal.last - self.cal.first + 1)
        if day[o - self.cal.first] >= RULES.daily_cap:
            return False
        day[o - self.cal.first] += 1
        return True

    # -- rows ----------------------------------------------------------------------
    def call(self, d: DistributorFacts, person: str, o: int, off: bool, joint: str = "") -> Row:
        rng = self.rng
        if joint:
            channel = "visit"
        elif off:
            channel = "wechat" if rng.random() < 0.6 else "phone"
        else:
            channel = pick(rng, self.channels, self.channel_cum)
            if channel == "visit" and not self.visit_slot(person, o):
                channel = "phone"
        day = date.fromordinal(o)
        hour, minute = self.text.time_of(channel)
        topics, notes, problems, amount = self.text.call_text(d.grade, day.month)
        row: Row = {
            "distributor_id": d.id,
            "person_id": person,
            "occurred_at": datetime(day.year, day.month, day.day, hour, minute),
            "channel": channel,
            "topics": topics,
            "order_amount_fen": amount,
            "notes": f"{joint}; {notes}" if joint else notes,
            "problems": problems,
            "next_step": "",
            "next_step_due": None,
            "visit_id": None,
        }
        if rng.random() < NEXT_STEP_SHARE:
            self.next_step(row, o)
        self.calls.append(row)
        return row

    def next_step(self, call: Row, o: int) -> None:
        rng, t = self.rng, self.t
        due = self.cal.next_working(o + 2 + int(rng.random() * 20))
        text = N.NEXT_STEP_PHRASES[int(rng.random() * len(N.NEXT_STEP_PHRASES))]
        call["next_step"], call["next_step_due"] = text, date.fromordinal(due)
        age = t - due  # days overdue, negative while ahead
        done = rng.random() < (0.998 if age > 60 else 0.85 if age > 14 else 0.4 if age > 0 else 0.1)
        done_on = None
        if done and o < t:
            finished = due - 3 + int(rng.random() * 8) if due < t else rng.randint(o, t - 1)
            done_on = date.fromordinal(min(t - 1, max(o, finished)))
        self.tasks.append(
            {
                "person_id": call["person_id"],
                "distributor_id": call["distributor_id"],
                "call": call,
                "text": text,
                "due_date": call["next_step_due"],
                "done": done_on is not None,
                "done_on": done_on,
            }
        )

    def visit(
        self,
        person: str,
        o: int,
        status: str,
        *,
        distributor: str | None = None,
        subject: str | None = None,
        purpose: str = "",
        origin: str = C.CADENCE,
        call: Row | None = None,
    ) -> None:
        rng = self.rng
        reason = ""
        if status == C.MISSED:
            reason = rng.choice(N.MISSED_REASONS)
        elif status == C.CANCELLED:
            reason = rng.choice(N.CANCELLED_REASONS)
        if call is not None:
            at: datetime = call["occurred_at"]
            planned_time = f"{at.hour:02d}:{30 if at.minute >= 30 else 0:02d}"
        else:
            planned_time = f"{rng.randint(8, 16):02d}:{rng.choice((0, 30)):02d}"
        self.visits.append(
            {
                "person_id": person,
                "planned_date": date.fromordinal(o),
                "planned_time": planned_time if rng.random() < 0.7 else "",
                "target_kind": C.PERSON if subject else C.DISTRIBUTOR,
                "distributor_id": distributor,
                "subject_person_id": subject,
                "purpose": purpose,
                "origin": origin,
                "status": status,
                "status_reason": reason,
                "call_log_id": None,
                "call": call,
            }
        )
