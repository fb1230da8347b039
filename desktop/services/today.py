"""The Today page's questions: today's visits, what is overdue, who is behind.

``summary(person_id)`` answers all five for one field person in one read:

1. **Today's visits**: the person's visits today, cancelled ones left out; a
   manager also gets the team's count (everyone active below them).
2. **Missed visits**: visits of the person and their team from the first day of
   last month to yesterday that are missed, or still planned though their day has
   passed (``cadence.effective_status``); newest first.
3. **Follow-up tasks**: the person's open tasks due today or earlier, oldest first
   (``TaskService.open_tasks``).
4. **Behind on follow-ups**: direct subordinates whose follow-ups this month are
   behind the pro-rated quota (``attention.follow_up_standing``, seed D11).
5. **Overdue distributors**: active distributors of the person's area (their own
   and their team's; a market or region manager's whole market or region) with no
   call within their grade's cadence period (``attention.call_gap``), most overdue
   first. The last call of each comes from one index seek per distributor on
   ``call_log (distributor_id, occurred_at)`` (see ``_last_call``).

Lists are cut at ``LIST_LIMIT`` rows; each section also carries its full count.
Who is "the person": the laptop's owner; an HQ laptop (no owner, or an SLT/SSG
owner) chooses a field person, by default the first market manager
(``VisitService.default_person_id``). Today is the database clock's local date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from db.models import CallLog, Distributor, Holiday, Person, Visit
from desktop.domain import attention
from desktop.domain import calendar as cal
from desktop.domain.cadence import (
    CANCELLED,
    DONE,
    MISSED,
    PERSON,
    PLANNED,
    CadenceRules,
    cadence_period_days,
    effective_status,
)
from desktop.domain.org import DISTRIBUTOR_GRADES, Scope, is_hq, scope_of, subtree
from desktop.errors import QT_TRANSLATE_NOOP, NotFound, OutOfScope
from desktop.services.base import OpResult, Service, current_scope, org_nodes
from desktop.services.calls import TaskRow
from desktop.services.distributors import scope_clause
from desktop.services.tasks import TaskService
from desktop.services.visits import PlanPerson, VisitService

T = TypeVar("T")
LIST_LIMIT = 50
#: Tables whose changes can change the summary.
WATCHED = (
    "visit", "call_log", "follow_up_task", "distributor", "person", "local_state", "holiday",
    "rule_setting",
)  # fmt: skip
MSG_NO_PERSON = QT_TRANSLATE_NOOP("errors", "There is no person with code {code}.")
MSG_NOT_YOURS = QT_TRANSLATE_NOOP("errors", "{name} is not in your team.")


@dataclass(frozen=True)
class TodayVisit:
    """A visit as the Today page lists it (``status`` as shown: past planned visits are missed)."""

    id: str
    person_id: str
    person_name: str
    day: date
    time: str  # "HH:MM" or ""
    target_kind: str  # distributor | person
    target_id: str
    target_code: str
    target_name: str  # a distributor's short name (else its name), or the person's name
    grade: str | None
    origin: str  # cadence | follow_up | manual
    purpose: str
    status: str


@dataclass(frozen=True)
class TeamToday:
    """The team's visits today (everyone active below the person; cancelled ones left out)."""

    people: int
    visits: int
    done: int


@dataclass(frozen=True)
class BehindRow:
    """A direct subordinate whose follow-ups this month are behind (seed D11)."""

    person_id: str
    code: str
    name: str
    role: str
    hire_date: date
    quota: int
    expected: int
    done: int
    remaining: int
    planned: int  # follow-ups still planned from today to the month's end


@dataclass(frozen=True)
class OverdueDistributor:
    """A distributor without a call in its cadence period."""

    id: str
    code: str
    name: str  # short name, else the name
    grade: str
    owner_name: str | None
    last_call: date | None
    days_since: int | None  # None: never called
    period_days: int
    overdue_days: int | None  # days past the period; None: never called


@dataclass(frozen=True)
class Section(Generic[T]):
    """The first rows of a list and how many there are in all."""

    rows: tuple[T, ...] = ()
    total: int = 0

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


@dataclass(frozen=True)
class TodaySummary:
    """Everything the Today page shows for one person on one day."""

    today: date
    person_id: str | None  # None: the database has no field person yet
    person_name: str
    person_role: str
    manager: bool  # has anyone (active) below them
    visits: tuple[TodayVisit, ...] = ()
    team: TeamToday | None = None
    missed: Section[TodayVisit] = Section()
    tasks: Section[TaskRow] = Section()
    behind: tuple[BehindRow, ...] = ()
    subordinates: int = 0  # active direct subordinates (section 4 looks at them)
    overdue: Section[OverdueDistributor] = Section()
    distributors: int = 0  # active distributors with a cadence in the area (section 5)
    periods: tuple[tuple[str, int], ...] = ()  # (grade, days between calls) of graded cadences


def _section(rows: Sequence[T], total: int | None = None) -> Section[T]:
    return Section(tuple(rows[:LIST_LIMIT]), len(rows) if total is None else total)


def _periods(rules: CadenceRules) -> tuple[tuple[str, int], ...]:
    out = []
    for grade in DISTRIBUTOR_GRADES:
        days = cadence_period_days(grade, rules)
        if days is not None:
            out.append((grade, days))
    return tuple(out)


class TodayService(Service):
    """What needs the acting person's attention today."""

    # -- who and when ---------------------------------------------------------------------
    def today(self) -> date:
        """This laptop's date (local time) from the database's clock."""
        return self.db.clock().astimezone().date()

    def people(self) -> list[PlanPerson]:
        """Field people whose Today the acting person may see (as a tree, managers first)."""
        return [p for p in VisitService(self.db).people() if not is_hq(p.role)]

    def default_person_id(self) -> str | None:
        """The laptop's owner; on an HQ laptop the first market manager (None: nobody yet)."""
        return VisitService(self.db).default_person_id()

    # -- the summary ----------------------------------------------------------------------
    def summary(self, person_id: str | None, today: date | None = None) -> TodaySummary:
        """The five sections for ``person_id`` (None: the default person) on ``today``.

        NotFound / OutOfScope when the person is gone or outside the acting scope.
        """
        visits = VisitService(self.db)
        today = today or self.today()
        person_id = person_id or visits.default_person_id()
        if person_id is None:
            return TodaySummary(today, None, "", "", False)
        rules = visits.rules()
        with self.db.read_session() as s:
            person = s.get(Person, person_id)
            if person is None or person.deleted:
                raise NotFound(MSG_NO_PERSON, code=person_id)
            if not current_scope(s).sees_person(person_id):
                raise OutOfScope(MSG_NOT_YOURS, name=person.name)
            nodes = org_nodes(s)
            active = set(s.scalars(select(Person.id).where(Person.active.is_(True))))
            team = sorted((subtree(person_id, nodes) - {person_id}) & active)
            own = self._visits(s, today, Visit.person_id == person_id,
                               Visit.planned_date == today, Visit.status != CANCELLED)  # fmt: skip
            missed_rows, missed_total = self._missed(s, today, [person_id, *team])
            behind, subordinates = self._behind(s, person_id, today, rules)
            overdue, distributors = self._overdue(s, scope_of(person_id, nodes), today, rules)
            summary = TodaySummary(
                today=today, person_id=person.id, person_name=person.name,
                person_role=person.role, manager=bool(team), visits=tuple(own),
                team=self._team_today(s, team, today) if team else None,
                missed=Section(tuple(missed_rows), missed_total),
                behind=tuple(behind), subordinates=subordinates,
                overdue=_section(overdue), distributors=distributors, periods=_periods(rules),
            )  # fmt: skip
        tasks = TaskService(self.db).open_tasks([person_id], due_by=today)
        return replace(summary, tasks=_section(tasks))

    def complete_task(self, task_id: str) -> OpResult[str]:
        """Mark a follow-up task done today (``TaskService.complete_task``)."""
        return TaskService(self.db).complete_task(task_id)

    # -- sections -------------------------------------------------------------------------
    def _visits(
        self, s: Session, today: date, *where: ColumnElement[bool], limit: int | None = None
    ) -> list[TodayVisit]:
        who, subject = aliased(Person), aliased(Person)
        stmt = (
            select(Visit, who.name, Distributor.code, Distributor.name, Distributor.short_name,
                   Distributor.grade, subject.code, subject.name)
            .join(who, Visit.person_id == who.id)
            .outerjoin(Distributor, Visit.distributor_id == Distributor.id)
            .outerjoin(subject, Visit.subject_person_id == subject.id)
            .where(Visit.deleted.is_(False), *where)
        )  # fmt: skip
        if limit is None:
            stmt = stmt.order_by(Visit.planned_time == "", Visit.planned_time, Distributor.code)
        else:
            stmt = stmt.order_by(Visit.planned_date.desc(), who.code, Visit.id).limit(limit)
        out = []
        for v, pname, dcode, dname, dshort, grade, scode, sname in s.execute(stmt):
            person_visit = v.target_kind == PERSON
            status = effective_status(v.status, v.planned_date, today)
            out.append(
                TodayVisit(
                    v.id, v.person_id, pname, v.planned_date, v.planned_time, v.target_kind,
                    (v.subject_person_id if person_visit else v.distributor_id) or "",
                    (scode if person_visit else dcode) or "",
                    (sname if person_visit else (dshort or dname)) or "",
                    None if person_visit else grade, v.origin, v.purpose, status,
                )
            )  # fmt: skip
        return out

    def _team_today(self, s: Session, team: list[str], today: date) -> TeamToday:
        counts: dict[str, int] = {}
        for status, n in s.execute(
            select(Visit.status, func.count())
            .where(Visit.person_id.in_(team), Visit.planned_date == today,
                   Visit.deleted.is_(False), Visit.status != CANCELLED)
            .group_by(Visit.status)
        ):  # fmt: skip
            counts[status] = n
        return TeamToday(len(team), sum(counts.values()), counts.get(DONE, 0))

    def _missed(self, s: Session, today: date, people: list[str]) -> tuple[list[TodayVisit], int]:
        """Missed visits from the first of last month to yesterday: the newest rows, the count."""
        year, month = cal.next_month(today.year, today.month, -1)
        where = (
            Visit.person_id.in_(people),
            Visit.planned_date >= date(year, month, 1),
            Visit.planned_date < today,
            Visit.status.in_((MISSED, PLANNED)),
        )
        total = s.scalar(
            select(func.count()).select_from(Visit).where(Visit.deleted.is_(False), *where)
        )
        return self._visits(s, today, *where, limit=LIST_LIMIT), total or 0

    def _behind(
        self, s: Session, person_id: str, today: date, rules: CadenceRules
    ) -> tuple[list[BehindRow], int]:
        """Direct subordinates behind on follow-ups (and how many direct subordinates there are)."""
        subs = s.scalars(
            select(Person)
            .where(Person.manager_id == person_id, Person.active.is_(True),
                   Person.deleted.is_(False))
            .order_by(Person.code)
        ).all()  # fmt: skip
        if not subs:
            return [], 0
        first, last = cal.month_bounds(today.year, today.month)
        days_off = s.execute(
            select(Holiday.day, Holiday.kind).where(
                Holiday.deleted.is_(False), Holiday.day >= first, Holiday.day <= last
            )
        )
        holidays, workdays = cal.split_days(cal.DayOff(day, kind) for day, kind in days_off)
        working = cal.working_days(today.year, today.month, holidays, workdays)
        counts: dict[tuple[str, str], int] = {}
        for subject, status, n in s.execute(
            select(Visit.subject_person_id, Visit.status, func.count())
            .where(Visit.person_id == person_id, Visit.target_kind == PERSON,
                   Visit.deleted.is_(False), Visit.planned_date >= first,
                   Visit.planned_date <= last,
                   ((Visit.status == DONE) & (Visit.planned_date <= today))
                   | ((Visit.status == PLANNED) & (Visit.planned_date >= today)))
            .group_by(Visit.subject_person_id, Visit.status)
        ):  # fmt: skip
            counts[(subject or "", status)] = n
        out = []
        for p in subs:
            standing = attention.follow_up_standing(
                p.hire_date, today, counts.get((p.id, DONE), 0), working, rules
            )
            if standing.behind:
                out.append(
                    BehindRow(p.id, p.code, p.name, p.role, p.hire_date, standing.quota,
                              standing.expected, standing.done, standing.remaining,
                              counts.get((p.id, PLANNED), 0))
                )  # fmt: skip
        out.sort(key=lambda r: (r.done - r.expected, r.code))
        return out, len(subs)

    def _overdue(
        self, s: Session, scope: Scope, today: date, rules: CadenceRules
    ) -> tuple[list[OverdueDistributor], int]:
        """The area's distributors overdue for a call, most overdue first; how many are graded."""
        graded = [g for g in DISTRIBUTOR_GRADES if rules.visits_for_grade(g) > 0]
        owner = aliased(Person)
        rows = s.execute(
            select(Distributor.id, Distributor.code, Distributor.name, Distributor.short_name,
                   Distributor.grade, owner.name, _last_call())
            .outerjoin(owner, Distributor.owner_id == owner.id)
            .where(scope_clause(scope), Distributor.status == "active",
                   Distributor.grade.in_(graded))
        ).all()  # fmt: skip
        found = []
        for did, code, name, short, grade, owner_name, last_at in rows:
            called = last_at.date() if last_at is not None else None
            gap = attention.call_gap(grade, called, today, rules)
            if gap is None or not gap.overdue:
                continue
            found.append(
                (attention.overdue_order(gap), code,
                 OverdueDistributor(did, code, short or name, grade, owner_name, called,
                                    gap.days_since, gap.period_days, gap.overdue_days))
            )  # fmt: skip
        found.sort(key=lambda t: (t[0], t[1]))
        return [t[2] for t in found], len(rows)


def _last_call() -> Any:
    """The time of a distributor's last call (not deleted), as a column of a distributor query.

    ``SELECT occurred_at … WHERE distributor_id = d.id ORDER BY occurred_at DESC LIMIT 1``
    walks the ``(distributor_id, occurred_at)`` index backwards and stops at the first
    live row: one seek and a row or two per distributor, however long its history.
    (A grouped ``max(occurred_at)`` has to read every call of the area to skip the
    deleted ones, which the index does not hold.)
    """
    return (
        select(CallLog.occurred_at)
        .where(CallLog.distributor_id == Distributor.id, CallLog.deleted.is_(False))
        .order_by(CallLog.occurred_at.desc())
        .limit(1)
        .correlate(Distributor)
        .scalar_subquery()
    )
