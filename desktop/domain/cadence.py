"""Visit cadence (拜访频率) and follow-ups (跟进): how many visits a month, and on which days.

The numbers are company rules kept in the ``rule_setting`` table; the defaults
are PRODUCT.md's and the seed's:

* visits per month by distributor grade: A 4, B 2, C 1, prospect 0 (PRODUCT.md);
* a manager follows up each direct subordinate 3 times a month during the
  subordinate's first 3 months after hire, then once a month (seed D11:
  "所有新入职人员实行前3个月每月跟进3次…入职超过3个月的员工每月跟进1次");
* at most 6 visits a day.

``plan_month`` places the visits still missing in a month on working days. It
never touches a visit that exists (planned, done, missed or cancelled: each
counts towards its target's quota), so generating twice adds nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date

from desktop.domain.calendar import add_months, month_bounds

DISTRIBUTOR = "distributor"
PERSON = "person"
TARGET_KINDS: tuple[str, ...] = (DISTRIBUTOR, PERSON)

CADENCE = "cadence"  # by distributor grade
FOLLOW_UP = "follow_up"  # a manager's follow-up of a direct subordinate (D11)
MANUAL = "manual"

PLANNED = "planned"
DONE = "done"
MISSED = "missed"
CANCELLED = "cancelled"
STATUSES: tuple[str, ...] = (PLANNED, DONE, MISSED, CANCELLED)

#: Why a visit could not be placed.
NO_DAYS = "no_days"  # no working day left in the month for this target
TOO_FEW_DAYS = "too_few_days"  # the target is already visited on every working day left
DAY_FULL = "day_full"  # every other working day already has the daily maximum


class RuleSettingError(ValueError):
    """A rule setting holds a value that is not a number in its allowed range."""

    def __init__(self, key: str, value: object) -> None:
        super().__init__(f"rule setting {key} = {value!r} is not allowed")
        self.key = key
        self.value = value


@dataclass(frozen=True, slots=True)
class CadenceRules:
    """The company's visit rules; every number can be changed in the rule settings."""

    grade_a: int = 4
    grade_b: int = 2
    grade_c: int = 1
    grade_p: int = 0
    #: seed D11: 3 follow-ups a month during the first 3 months after hire…
    new_hire_follow_ups: int = 3
    new_hire_months: int = 3
    #: …then 1 a month
    follow_ups: int = 1
    daily_cap: int = 6

    def visits_for_grade(self, grade: str) -> int:
        """Visits a month for a distributor of ``grade`` (an unknown grade gets none)."""
        return {"A": self.grade_a, "B": self.grade_b, "C": self.grade_c, "P": self.grade_p}.get(
            grade, 0
        )


#: The rule_setting keys and the field each one sets, with the allowed range.
SETTING_KEYS: Mapping[str, tuple[str, int, int]] = {
    "visits.per_month.A": ("grade_a", 0, 31),
    "visits.per_month.B": ("grade_b", 0, 31),
    "visits.per_month.C": ("grade_c", 0, 31),
    "visits.per_month.P": ("grade_p", 0, 31),
    "visits.follow_ups.new_hire": ("new_hire_follow_ups", 0, 31),
    "visits.follow_ups.new_hire_months": ("new_hire_months", 0, 60),
    "visits.follow_ups.regular": ("follow_ups", 0, 31),
    "visits.daily_cap": ("daily_cap", 1, 50),
}


def rules_from_settings(settings: Mapping[str, object]) -> CadenceRules:
    """Rules from rule-setting values (ints, or their canonical JSON text); unset keys keep defaults.

    Keys that are not visit rules are ignored; a visit rule outside its range raises
    ``RuleSettingError`` rather than planning with a wrong number.
    """
    values: dict[str, int] = {}
    for key, (name, low, high) in SETTING_KEYS.items():
        if key not in settings:
            continue
        raw = settings[key]
        value: object = raw
        if isinstance(raw, str):
            try:
                value = json.loads(raw)
            except ValueError:
                raise RuleSettingError(key, raw) from None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise RuleSettingError(key, raw)
        values[name] = value
    known = {f.name for f in fields(CadenceRules)}
    return CadenceRules(**{k: v for k, v in values.items() if k in known})


def follow_ups_due(hire_date: date, year: int, month: int, rules: CadenceRules) -> int:
    """Follow-ups a manager owes a direct subordinate in a month (seed D11).

    The first three months of service are the days from ``hire_date`` up to (not
    including) ``hire_date`` + 3 months. A month that overlaps them needs
    ``new_hire_follow_ups`` (3); a later month ``follow_ups`` (1); a month that
    ends before the hire date none. So someone hired on 1 January gets 3 in
    January, February and March and 1 from April; someone hired on 15 January
    gets 3 from January to April and 1 from May.
    """
    first, last = month_bounds(year, month)
    if hire_date > last:
        return 0
    if first < add_months(hire_date, rules.new_hire_months):
        return rules.new_hire_follow_ups
    return rules.follow_ups


def cadence_period_days(grade: str, rules: CadenceRules) -> int | None:
    """How many days may pass between calls on a distributor of ``grade``: 30 / visits a month,
    rounded up (A 8, B 15, C 30 by default); None when the grade has no cadence (prospects)."""
    n = rules.visits_for_grade(grade)
    return math.ceil(30 / n) if n > 0 else None


def effective_status(status: str, planned_date: date, today: date) -> str:
    """What a visit shows: a planned visit whose day has passed is missed (rows are not rewritten)."""
    if status == PLANNED and planned_date < today:
        return MISSED
    return status


@dataclass(frozen=True, slots=True)
class DistributorInput:
    """A distributor the person owns, with its grade."""

    id: str
    grade: str


@dataclass(frozen=True, slots=True)
class SubordinateInput:
    """A direct subordinate of the person, with their hire date."""

    id: str
    hire_date: date


@dataclass(frozen=True, slots=True)
class ExistingVisit:
    """A visit already in the plan (any status); it counts and is never moved."""

    day: date
    target_kind: str
    target_id: str
    status: str = PLANNED


@dataclass(frozen=True, slots=True)
class NewVisit:
    """A visit the planner adds."""

    day: date
    target_kind: str
    target_id: str
    origin: str


@dataclass(frozen=True, slots=True)
class Shortfall:
    """Visits to one target that could not be placed without breaking a rule, and why."""

    target_kind: str
    target_id: str
    wanted: int  # new visits the target still needed
    placed: int  # of which were placed
    reason: str  # NO_DAYS, TOO_FEW_DAYS or DAY_FULL


@dataclass(frozen=True, slots=True)
class MonthPlan:
    """The planner's answer: visits to add (by day) and what could not be placed."""

    visits: tuple[NewVisit, ...]
    short: tuple[Shortfall, ...]

    @property
    def missing(self) -> int:
        return sum(s.wanted - s.placed for s in self.short)


@dataclass
class _Target:
    kind: str
    id: str
    origin: str
    quota: int
    days: list[date]  # the working days this target may be visited on, in order
    counted: int = 0  # existing visits of any status
    blocked: frozenset[date] = frozenset()  # days with an existing (not cancelled) visit

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.id


def _targets(
    year: int,
    month: int,
    distributors: Iterable[DistributorInput],
    subordinates: Iterable[SubordinateInput],
    days: Sequence[date],
    rules: CadenceRules,
) -> list[_Target]:
    out = [
        _Target(DISTRIBUTOR, d.id, CADENCE, rules.visits_for_grade(d.grade), list(days))
        for d in distributors
    ]
    out += [
        _Target(
            PERSON, s.id, FOLLOW_UP, follow_ups_due(s.hire_date, year, month, rules),
            [d for d in days if d >= s.hire_date],
        )
        for s in subordinates
    ]  # fmt: skip
    # One target per id (a repeated id keeps its largest quota); targets with more visits a
    # month first (they are the hardest to spread), then by id: any input order, same plan.
    out.sort(key=lambda t: (-t.quota, t.kind, t.id))
    unique: dict[tuple[str, str], _Target] = {}
    for t in out:
        unique.setdefault(t.key, t)
    return list(unique.values())


def _windows(length: int, parts: int) -> list[tuple[int, int]]:
    """``parts`` consecutive index ranges [lo, hi) that cover ``range(length)`` evenly."""
    return [(j * length // parts, (j + 1) * length // parts) for j in range(parts)]


class _Board:
    """The month being filled: how many visits each day has, and which day has which target."""

    def __init__(self, days: Sequence[date], cap: int, existing: Sequence[ExistingVisit]) -> None:
        self.cap = cap
        self.load = {d: 0 for d in days}
        for v in existing:
            if v.status != CANCELLED and v.day in self.load:
                self.load[v.day] += 1
        self.new: dict[date, list[tuple[str, str]]] = {d: [] for d in days}
        self.taken: dict[tuple[str, str], set[date]] = {}

    def free_for(self, key: tuple[str, str], blocked: frozenset[date], day: date) -> bool:
        return day not in blocked and day not in self.taken.get(key, ())

    def place(self, key: tuple[str, str], day: date) -> None:
        self.load[day] += 1
        self.new[day].append(key)
        self.taken.setdefault(key, set()).add(day)

    def move(self, key: tuple[str, str], old: date, new: date) -> None:
        self.new[old].remove(key)
        self.load[old] -= 1
        self.taken[key].discard(old)
        self.place(key, new)


def _choose_windows(target: _Target, need: int) -> list[tuple[int, int]]:
    """Windows of the target's days for the new visits, away from its existing visits."""
    m = len(target.days)
    covered_idx = [i for i, d in enumerate(target.days) if d in target.blocked]
    parts = need + len(covered_idx)
    windows = _windows(m, parts)
    covered = {j for j, (lo, hi) in enumerate(windows) for i in covered_idx if lo <= i < hi}
    free = [j for j in range(parts) if j not in covered]
    if len(free) == need:
        return [windows[j] for j in free]
    # Several existing visits share a run: keep the new ones as far from them as possible.
    chosen: list[int] = []
    anchors = sorted(covered)
    while len(chosen) < need:
        pick = max(free, key=lambda j: (min(abs(j - a) for a in anchors), -j))
        chosen.append(pick)
        free.remove(pick)
        anchors.append(pick)
    return [windows[j] for j in sorted(chosen)]


def _place_spread(board: _Board, target: _Target, need: int) -> int:
    """Place ``need`` visits, one in each chosen window of the month, on its least busy day."""
    if need <= 0:
        return 0
    placed = 0
    idx = {d: i for i, d in enumerate(target.days)}
    for lo, hi in _choose_windows(target, need):
        centre = (lo + hi - 1) / 2

        def ok(day: date) -> bool:
            return board.load[day] < board.cap and board.free_for(target.key, target.blocked, day)

        inside = [d for d in target.days[lo:hi] if ok(d)]
        if inside:
            day = min(inside, key=lambda d: (board.load[d], abs(idx[d] - centre), idx[d]))
        else:
            anywhere = [d for d in target.days if ok(d)]
            if not anywhere:
                continue
            day = min(anywhere, key=lambda d: (abs(idx[d] - centre), board.load[d], idx[d]))
        board.place(target.key, day)
        placed += 1
    return placed


def _augment(board: _Board, target: _Target, by_key: Mapping[tuple[str, str], _Target]) -> bool:
    """Make room for one more visit of ``target`` by moving new visits of others (max flow).

    Breadth-first over days: the target may take a day it is free on; a full day
    passes one of its new visits on to another day that visitor is free on; the
    search ends at a day below the cap. Existing visits never move.
    """
    parent: dict[date, tuple[tuple[str, str], date | None]] = {}
    queue: list[date] = []
    for d in target.days:
        if board.free_for(target.key, target.blocked, d):
            parent[d] = (target.key, None)
            queue.append(d)
    head = 0
    while head < len(queue):
        day = queue[head]
        head += 1
        if board.load[day] < board.cap:
            while True:
                key, source = parent[day]
                if source is None:
                    board.place(key, day)
                    return True
                board.move(key, source, day)
                day = source
        for key in sorted(set(board.new[day])):
            if key == target.key:
                continue
            other = by_key[key]
            for d in other.days:
                if d not in parent and board.free_for(key, other.blocked, d):
                    parent[d] = (key, day)
                    queue.append(d)
    return False


def plan_month(
    year: int,
    month: int,
    distributors: Iterable[DistributorInput],
    subordinates: Iterable[SubordinateInput],
    days: Sequence[date],
    existing: Iterable[ExistingVisit],
    rules: CadenceRules | None = None,
) -> MonthPlan:
    """The visits to add to one person's month so every target reaches its quota.

    ``days`` are the working days new visits may go on (the caller leaves out days
    that have passed); ``existing`` are the person's visits in the month. Each
    distributor gets ``visits_for_grade`` visits and each direct subordinate
    ``follow_ups_due`` follow-ups (never before their hire date), minus the visits
    already there in any status. New visits are spread: a target's month is cut
    into equal runs of working days with one visit in each run, on the run's least
    busy day. Never two visits to one target on a day (cancelled visits do not
    count there), never more than ``daily_cap`` visits on a day. When that leaves
    no room, visits of other targets are moved to make some (a maximum flow), and
    what still cannot be placed is reported in ``short`` with the reason. The same
    inputs always give the same plan.
    """
    rules = rules or CadenceRules()
    days = sorted(set(days))
    first, last = month_bounds(year, month)
    existing = [v for v in existing if first <= v.day <= last]
    by_target: dict[tuple[str, str], list[ExistingVisit]] = {}
    for v in existing:
        by_target.setdefault((v.target_kind, v.target_id), []).append(v)
    targets = _targets(year, month, distributors, subordinates, days, rules)
    for t in targets:
        mine = by_target.get(t.key, [])
        t.counted = len(mine)
        t.blocked = frozenset(v.day for v in mine if v.status != CANCELLED)
    board = _Board(days, rules.daily_cap, existing)
    by_key = {t.key: t for t in targets}
    wanted = {t.key: max(0, t.quota - t.counted) for t in targets}
    placed = {t.key: _place_spread(board, t, wanted[t.key]) for t in targets}
    progress = True
    while progress:
        progress = False
        for t in targets:
            while placed[t.key] < wanted[t.key] and _augment(board, t, by_key):
                placed[t.key] += 1
                progress = True
    visits = sorted(
        (
            NewVisit(day, kind, target_id, by_key[(kind, target_id)].origin)
            for day, keys in board.new.items()
            for kind, target_id in keys
        ),
        key=lambda v: (v.day, v.target_kind, v.target_id),
    )
    short = []
    for t in targets:
        if placed[t.key] >= wanted[t.key]:
            continue
        free = [d for d in t.days if board.free_for(t.key, t.blocked, d)]
        reason = NO_DAYS if not t.days else TOO_FEW_DAYS if not free else DAY_FULL
        short.append(Shortfall(t.kind, t.id, wanted[t.key], placed[t.key], reason))
    return MonthPlan(tuple(visits), tuple(short))
