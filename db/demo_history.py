"""The demo's history: calls (call_log), visits and follow-up tasks up to ``today`` (issue 3 §5).

``write_history`` is the last step of ``db.demo.generate_demo``. It writes the
holiday list for the years covered, then goes month by month: every distributor's
calls and visits of the month, every field manager's follow-up visits of each
direct subordinate, and from today to the month's end the planned visits.

Decisions (the numbers below are demo content; the rules come from the domain):

* **Base rows, written in batches.** Like the organisation, the history stands for
  what every replica already has (an enrolment snapshot): plain dicts go in
  through ``insert_base_rows`` with row clocks and no outbox records, about
  50 000 calls at a time with their visits, tasks and full-text rows
  (``db.fts.index_rows``), so the large scale (over a million calls) takes minutes
  and little memory. Capturing them as changes would mean a million outbox
  records that every replica would re-import for nothing.
* **Time order.** A month's rows are sorted by time before they get their ids, so
  ids, the time indexes and the full-text keys grow with time: inserting is
  append-only, and the newest calls (what the Call log shows first) sit together.
* **Length by scale** (``history_months``): a year for a small demo, two for the
  default, five from 10 000 distributors on.
* **Who calls**: a distributor's owner, and only from the owner's hire date on (no
  call predates its caller or the owner); an unowned distributor is called, half
  as often, by its region manager. Inactive distributors stopped being called 1–18
  months ago; prospects were found in the last year.
* **How often**: calls a month by grade (``CALLS_PER_MONTH``: A far more than C),
  on distinct days, ~96 % on working days (``demo_holidays``, the domain's
  definition of a working day), 8:00–18:00 except some evening WeChat. Channels:
  visit ~45 %, phone ~35 %, WeChat ~15 %, other; a person makes at most the
  daily cap of visits (``CadenceRules``; one more becomes a phone call). Topics,
  orders, notes and problems: ``db.demo_texts``. A next step with a due date on
  ~25 % of calls becomes a follow-up task: done when its due date is well past,
  some open and overdue near today, most open while still ahead.
* **Visits**: ~70 % of visit-channel calls were planned visits: a ``done`` visit on
  the call's day by the caller, linked both ways (``visit.call_log_id``,
  ``call_log.visit_id``). Some planned visits were ``missed`` or ``cancelled``,
  with reasons, on other days. Managers (market, region and customer managers)
  follow up each direct subordinate as ``follow_ups_due`` says (seed D11: 3 a month
  in the first 3 months, then 1); a done follow-up is a joint visit with a call by
  the manager at one of the subordinate's distributors. From today to the end of
  the month visits are ``planned``: distributors by their grade's cadence pro rata,
  and follow-ups, except about one pair in seven, which is behind this month.
* **Deterministic**: its own ``Random`` streams for content and for ids.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from db import demo_names as N
from db.capture import insert_base_rows
from db.demo_holidays import holiday_days
from db.demo_rows import (
    FLUSH,
    RULES,
    DistributorFacts,
    HistoryRows,
    Ids,
    Month,
    Row,
    WorkCalendar,
    between,
)
from db.models.field import Holiday
from desktop.domain import cadence as C
from desktop.domain.calendar import add_months
from desktop.domain.org import Role

CALLS_PER_MONTH = {"A": 5.5, "B": 2.2, "C": 1.0, "P": 0.4}
UNOWNED_FACTOR = 0.5
OFF_DAY_SHARE = 0.04
VISIT_RECORD_SHARE = 0.7
NOT_DONE_SHARE = 0.1  # a missed or cancelled visit per planned visit that happened
MISSED_SHARE = 0.55  # of those not done; the others were cancelled
FOLLOW_UP_MANAGERS = frozenset({Role.MARKET_MANAGER, Role.REGION_MANAGER, Role.CUSTOMER_MANAGER})
FOLLOW_UP_DONE, FOLLOW_UP_MISSED = 0.88, 0.94  # cumulative: done, missed, else cancelled
BEHIND_SHARE = 0.15


@dataclass(frozen=True, slots=True)
class HistorySummary:
    months: int
    holidays: int
    calls: int
    visits: int
    follow_up_tasks: int


def history_months(distributors: int) -> int:
    """Months of history for a demo of this many distributors."""
    return 12 if distributors <= 100 else 24 if distributors < 10_000 else 60


class _Plan(NamedTuple):
    """One distributor's history: who calls, how often, from when to when."""

    d: DistributorFacts
    person: str
    rate: float
    lo: int
    hi: int
    planner: str | None  # the owner who plans this month's visits, if any


class _History(HistoryRows):
    # -- distributors --------------------------------------------------------------
    def plan_of(self, d: DistributorFacts, region_managers: dict[str, str]) -> _Plan | None:
        rng, rate, person = self.rng, CALLS_PER_MONTH[d.grade], d.owner_id
        if person is None:
            person = region_managers.get(d.region_id or "")
            rate *= UNOWNED_FACTOR
            if person is None:
                return None
        lo, hi = max(self.cal.start, self.hired[person]), self.t - 1
        if d.grade == "P":
            lo = max(lo, self.t - rng.randint(30, 365))
        if not d.active:
            hi = self.t - rng.randint(30, 540)
        planner = None
        if d.active and d.owner_id is not None and self.people[d.owner_id]["active"]:
            planner = d.owner_id
        return _Plan(d, person, rate, lo, hi, planner)

    def month(self, p: _Plan, m: Month) -> None:
        """One distributor's calls and visits in one month (before today)."""
        rng = self.rng
        work = between(m.work, p.lo, p.hi)
        if not work:
            return
        lam = p.rate * len(work) / len(m.work)
        k, limit, x = 0, math.exp(-lam), rng.random()  # Poisson(lam)
        while x > limit:
            k += 1
            x *= rng.random()
        not_done = int(rng.random() < k * 0.45 * VISIT_RECORD_SHARE * NOT_DONE_SHARE)
        picked = rng.sample(work, min(len(work), k + not_done))
        days, skipped = picked[:k], picked[k:]
        off = set()
        if rng.random() < OFF_DAY_SHARE * k:
            free = between(m.off, p.lo, p.hi)
            if free and days:
                days[0] = free[int(rng.random() * len(free))]
                off.add(days[0])
        person, d = p.person, p.d
        for o in days:
            call = self.call(d, person, o, o in off)
            if call["channel"] == "visit" and rng.random() < VISIT_RECORD_SHARE:
                origin = C.MANUAL if d.grade == "P" else C.CADENCE
                purpose = N.VISIT_PURPOSES[int(rng.random() * len(N.VISIT_PURPOSES))]
                self.visit(
                    person, o, C.DONE, distributor=d.id, origin=origin, purpose=purpose, call=call
                )
        for o in skipped:
            if self.visit_slot(person, o):
                status = C.MISSED if rng.random() < MISSED_SHARE else C.CANCELLED
                purpose = rng.choice(N.VISIT_PURPOSES)
                self.visit(person, o, status, distributor=d.id, purpose=purpose)

    def planned(self, p: _Plan) -> None:
        """Visits from today to the end of the month, by the grade's cadence pro rata."""
        if p.planner is None:
            return
        rng, month = self.rng, self.cal.current
        remaining = between(month.work, self.t, self.cal.current_end)
        expected = RULES.visits_for_grade(p.d.grade) * len(remaining) / max(1, len(month.work))
        count = int(expected) + (rng.random() < expected - int(expected))
        for o in sorted(rng.sample(remaining, min(count, len(remaining)))):
            if self.visit_slot(p.planner, o):
                self.visit(p.planner, o, C.PLANNED, distributor=p.d.id)

    # -- follow-ups of subordinates (seed D11) ----------------------------------------
    def follow_ups(self, sub: Row, m: Month, pool: Sequence[DistributorFacts]) -> None:
        """A manager's follow-up visits of one direct subordinate in one month."""
        rng, manager = self.rng, sub["manager_id"]
        lo = max(self.cal.start, self.hired[sub["id"]], self.hired[manager])
        work = between(m.work, lo, self.cal.current_end)
        quota = C.follow_ups_due(sub["hire_date"], m.year, m.month, RULES)
        if not work or not quota or (m is self.cal.current and rng.random() < BEHIND_SHARE):
            return
        new = quota == RULES.new_hire_follow_ups
        purposes = N.FOLLOW_UP_PURPOSES_NEW if new else N.FOLLOW_UP_PURPOSES
        step = len(work) / quota
        days = sorted({work[int((i + rng.random()) * step)] for i in range(quota)})
        for o in days:
            if not self.visit_slot(manager, o):
                continue
            purpose = rng.choice(purposes)
            kwargs: dict[str, Any] = {"subject": sub["id"], "purpose": purpose}
            if o >= self.t:
                self.visit(manager, o, C.PLANNED, origin=C.FOLLOW_UP, **kwargs)
                continue
            x = rng.random()
            if x < FOLLOW_UP_DONE:
                at = self._joint_distributor(pool, o)
                if at is not None:
                    joint = rng.choice(N.JOINT_VISIT_NOTES).format(s=sub["name"])
                    call = self.call(at, manager, o, False, joint)
                    self.visit(manager, o, C.DONE, origin=C.FOLLOW_UP, call=call, **kwargs)
            else:
                status = C.MISSED if x < FOLLOW_UP_MISSED else C.CANCELLED
                self.visit(manager, o, status, origin=C.FOLLOW_UP, **kwargs)

    def _joint_distributor(
        self, pool: Sequence[DistributorFacts], o: int
    ) -> DistributorFacts | None:
        """One of the subordinate's distributors whose owner was hired by day ``o``."""
        for _ in range(6) if pool else ():
            d = pool[int(self.rng.random() * len(pool))]
            if d.owner_id is None or self.hired[d.owner_id] <= o:
                return d
        return None


def write_history(
    session: Session,
    *,
    seed: int,
    today: date,
    new_id: Callable[[], str],
    people: Sequence[Row],
    distributors: Sequence[DistributorFacts],
    progress: Callable[[int, int], None],
) -> HistorySummary:
    """Holidays, calls, visits and follow-up tasks up to ``today`` (see the module docstring).

    ``progress(done, total)`` is called after every month.
    """
    months = history_months(len(distributors))
    start = add_months(today, -months)
    holidays = [
        {"id": new_id(), "day": day, "kind": kind, "name": name}
        for day, kind, name in holiday_days()
        if start.year <= day.year <= today.year + 1
    ]
    insert_base_rows(session, Holiday, holidays)
    cal = WorkCalendar(start, today, holidays)
    h = _History(session, seed, today, people, cal)
    ids = Ids(seed, new_id())
    region_managers = {p["region_id"]: p["id"] for p in people if p["role"] == Role.REGION_MANAGER}
    plans = [p for p in (h.plan_of(d, region_managers) for d in distributors) if p is not None]
    subordinates = [p for p in people if _followed_up(p, h.people)]
    owned: dict[str, list[DistributorFacts]] = {}
    in_region: dict[str, list[DistributorFacts]] = {}
    for d in distributors:
        if d.active and d.grade != "P":
            owned.setdefault(d.owner_id or "", []).append(d)
            in_region.setdefault(d.region_id or "", []).append(d)
    pools = {
        s["id"]: owned.get(s["id"]) or in_region.get(s["region_id"] or "", []) for s in subordinates
    }
    span = cal.months[cal.month_of(cal.start) : cal.month_of(h.t) + 1]
    progress(0, len(span))
    for i, m in enumerate(span, start=1):
        for p in plans:
            if p.lo <= p.hi and m.first <= p.hi and m.work and m.work[-1] >= p.lo:
                h.month(p, m)
            if m is cal.current:
                h.planned(p)
        for sub in subordinates:
            h.follow_ups(sub, m, pools[sub["id"]])
        h.close_month(ids)
        if len(h.out[0]) >= FLUSH or i == len(span):
            h.flush()
        progress(i, len(span))
    calls, visits, tasks = h.counts
    return HistorySummary(months, len(holidays), calls, visits, tasks)


def _followed_up(person: Row, people: dict[str, Row]) -> bool:
    """An active person whose active manager is a field manager (who owes follow-ups)."""
    manager = people.get(person["manager_id"] or "")
    return bool(
        person["active"]
        and manager is not None
        and manager["active"]
        and manager["role"] in FOLLOW_UP_MANAGERS
    )
