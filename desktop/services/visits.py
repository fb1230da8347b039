"""Visit plans (拜访计划): generated from the cadence rules, rescheduled, marked done / missed / cancelled.

A person sees their own visits and those of everyone below them (HQ sees all).
A planned visit whose day has passed is *shown* as missed (``effective_status``);
the row keeps ``planned`` until someone marks it. The working days are those of the
holiday list (``desktop.services.holidays``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from db.models import Distributor, Holiday, Market, Person, RuleSetting, Visit
from desktop.domain import cadence
from desktop.domain import calendar as cal
from desktop.domain.org import Role, Scope, is_hq, subtree
from desktop.errors import QT_TRANSLATE_NOOP, NotFound, OutOfScope, UserError
from desktop.services.base import Changes, OpResult, Service, current_scope, org_nodes, owner_id
from desktop.services.holidays import HolidayRow, holidays_between

MSG_NO_VISIT = QT_TRANSLATE_NOOP("errors", "This visit no longer exists.")
MSG_NO_PERSON = QT_TRANSLATE_NOOP("errors", "There is no person with code {code}.")
MSG_NOT_YOURS = QT_TRANSLATE_NOOP("errors", "{name} is not in your team.")
MSG_INACTIVE = QT_TRANSLATE_NOOP("errors", "{name} is no longer active.")
MSG_NOT_WORKING = QT_TRANSLATE_NOOP(
    "errors", "{day} is not a working day (a weekend or a holiday)."
)
MSG_PAST = QT_TRANSLATE_NOOP("errors", "{day} has passed; choose today or a later day.")
MSG_TWICE = QT_TRANSLATE_NOOP("errors", "{target} already has a visit on {day}.")
MSG_FULL = QT_TRANSLATE_NOOP("errors", "{day} already has {cap} visits, the most a day allows.")
MSG_NOT_PLANNED = QT_TRANSLATE_NOOP(
    "errors", "Only a planned visit can be moved; this one is done or cancelled."
)
MSG_REASON = QT_TRANSLATE_NOOP("errors", "Say why the visit is cancelled.")
MSG_STATUS = QT_TRANSLATE_NOOP("errors", "Choose planned, done, missed or cancelled.")
MSG_TIME = QT_TRANSLATE_NOOP("errors", "Write the time as HH:MM, for example 09:30.")
MSG_TARGET = QT_TRANSLATE_NOOP("errors", "Choose a distributor or a person of your team to visit.")
MSG_RULE = QT_TRANSLATE_NOOP(
    "errors", "The visit rule {key} has a value that is not allowed ({value}); ask headquarters."
)
TABLES = ("visit",)
ROLE_ORDER = {role.value: i for i, role in enumerate(Role)}


@dataclass(frozen=True)
class VisitRow:
    """One visit as the calendars, lists, prints and exports show it."""

    id: str
    person_id: str
    person_code: str
    person_name: str
    planned_date: date
    planned_time: str  # "HH:MM" or ""
    target_kind: str  # distributor | person
    distributor_id: str | None
    subject_person_id: str | None
    target_code: str
    target_name: str  # the distributor's full name, or the person's name
    target_short: str  # the distributor's short name (else its name), or the person's name
    distributor_grade: str | None
    purpose: str  # free text; empty for generated visits (see ``origin``)
    origin: str  # cadence | follow_up | manual
    status: str  # as stored: planned | done | missed | cancelled
    effective_status: str  # as shown: a planned visit whose day has passed is missed
    status_reason: str
    call_log_id: str | None

    @property
    def target_id(self) -> str:
        return self.distributor_id or self.subject_person_id or ""


@dataclass(frozen=True)
class ShortRow:
    """Visits to one target that the month could not hold, with the reason (cadence.NO_DAYS…)."""

    target_kind: str
    target_id: str
    target_code: str
    target_name: str
    wanted: int
    placed: int
    reason: str


@dataclass(frozen=True)
class GenerateResult:
    person_id: str
    year: int
    month: int
    visit_ids: tuple[str, ...]
    short: tuple[ShortRow, ...]

    @property
    def added(self) -> int:
        return len(self.visit_ids)

    @property
    def missing(self) -> int:
        return sum(s.wanted - s.placed for s in self.short)


@dataclass(frozen=True)
class PlanPerson:
    """Someone whose plan can be shown: ``depth`` 0 for the top of the list (for indenting)."""

    id: str
    code: str
    name: str
    role: str
    manager_id: str | None
    hire_date: date
    depth: int


@dataclass(frozen=True)
class VisitTarget:
    """What a manual visit can be to: one of the person's distributors, or someone of the team."""

    kind: str
    id: str
    code: str
    name: str
    grade: str | None


def _check_time(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    hh, sep, mm = text.partition(":")
    if sep and hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60 and len(mm) == 2:
        return f"{int(hh):02d}:{mm}"
    raise UserError(MSG_TIME)


class VisitService(Service):
    """Visits within the acting person's scope."""

    # -- rules and calendar ---------------------------------------------------------------
    def today(self) -> date:
        """This laptop's date (local time), from the database's clock."""
        return self.db.clock().astimezone().date()

    def rules(self) -> cadence.CadenceRules:
        """The company's visit rules (rule settings over the defaults)."""
        with self.db.read_session() as s:
            return self._rules(s)

    def _rules(self, s: Session) -> cadence.CadenceRules:
        values = {
            key: value
            for key, value in s.execute(
                select(RuleSetting.key, RuleSetting.value).where(RuleSetting.deleted.is_(False))
            )
        }
        try:
            return cadence.rules_from_settings(values)
        except cadence.RuleSettingError as e:
            raise UserError(MSG_RULE, key=e.key, value=str(e.value)) from e

    def _days_off(
        self, s: Session, start: date, end: date
    ) -> tuple[frozenset[date], frozenset[date]]:
        entries = s.execute(
            select(Holiday.day, Holiday.kind).where(
                Holiday.deleted.is_(False), Holiday.day >= start, Holiday.day <= end
            )
        )
        return cal.split_days(cal.DayOff(day, kind) for day, kind in entries)

    # -- people ---------------------------------------------------------------------------
    def people(self) -> list[PlanPerson]:
        """Active people whose plans the acting person may see, as a tree (managers first)."""
        with self.db.read_session() as s:
            scope = current_scope(s)
            rows = s.scalars(
                select(Person).where(Person.deleted.is_(False), Person.active.is_(True))
            ).all()
        seen = {p.id: p for p in rows if scope.sees_person(p.id)}
        children: dict[str | None, list[Person]] = {}
        for p in seen.values():
            parent = p.manager_id if p.manager_id in seen else None
            children.setdefault(parent, []).append(p)
        out: list[PlanPerson] = []
        stack = [(p, 0) for p in sorted(children.get(None, []), key=_person_order, reverse=True)]
        while stack:
            p, depth = stack.pop()
            out.append(PlanPerson(p.id, p.code, p.name, p.role, p.manager_id, p.hire_date, depth))
            kids = sorted(children.get(p.id, []), key=_person_order, reverse=True)
            stack.extend((k, depth + 1) for k in kids)
        return out

    def default_person_id(self) -> str | None:
        """The laptop's owner; for HQ (no owner, or an SLT/SSG owner) the first market manager."""
        with self.db.read_session() as s:
            me = owner_id(s)
            person = s.get(Person, me) if me else None
            if person is not None and person.active and not is_hq(person.role):
                return person.id
            first = s.scalar(
                select(Person.id)
                .join(Market, Person.market_id == Market.id)
                .where(Person.role == Role.MARKET_MANAGER.value, Person.active.is_(True),
                       Person.deleted.is_(False))
                .order_by(Market.sort_order, Person.code)
            )  # fmt: skip
        if first is not None:
            return first
        people = self.people()
        return people[0].id if people else None

    def direct_reports(self, person_id: str) -> list[PlanPerson]:
        """The person's active direct subordinates (the rows of the team view), by role and code."""
        with self.db.read_session() as s:
            self._person(s, person_id)
            rows = s.scalars(
                select(Person).where(
                    Person.manager_id == person_id,
                    Person.deleted.is_(False),
                    Person.active.is_(True),
                )
            ).all()
        return [
            PlanPerson(p.id, p.code, p.name, p.role, p.manager_id, p.hire_date, 1)
            for p in sorted(rows, key=_person_order)
        ]

    def person_id(self, code: str) -> str:
        """The id of the person with ``code`` (NotFound / OutOfScope otherwise)."""
        with self.db.read_session() as s:
            found = s.scalar(
                select(Person.id).where(Person.code == code, Person.deleted.is_(False))
            )
            if found is None:
                raise NotFound(MSG_NO_PERSON, code=code)
            return self._person(s, found).id

    def _person(self, s: Session, person_id: str, scope: Scope | None = None) -> Person:
        person = s.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(MSG_NO_PERSON, code=person_id)
        if not (scope or current_scope(s)).sees_person(person_id):
            raise OutOfScope(MSG_NOT_YOURS, name=person.name)
        return person

    def targets(self, person_id: str) -> list[VisitTarget]:
        """What a manual visit of the person can be to: their active distributors, then their team."""
        with self.db.read_session() as s:
            self._person(s, person_id)
            out = [
                VisitTarget(cadence.DISTRIBUTOR, d.id, d.code, d.name, d.grade)
                for d in s.scalars(
                    select(Distributor)
                    .where(Distributor.owner_id == person_id, Distributor.deleted.is_(False),
                           Distributor.status == "active")
                    .order_by(Distributor.code)
                )
            ]  # fmt: skip
            below = subtree(person_id, org_nodes(s)) - {person_id}
            team = s.scalars(
                select(Person).where(Person.id.in_(below), Person.active.is_(True))
            ).all()
        return out + [
            VisitTarget(cadence.PERSON, p.id, p.code, p.name, None)
            for p in sorted(team, key=_person_order)
        ]

    # -- reading --------------------------------------------------------------------------
    def month(self, person_id: str, year: int, month: int) -> list[VisitRow]:
        """The person's visits in a month, by day and time."""
        first, last = cal.month_bounds(year, month)
        return self.range([person_id], first, last)

    def range(self, person_ids: Sequence[str], start: date, end: date) -> list[VisitRow]:
        """The visits of several people from ``start`` to ``end`` (inclusive), by day, time, person."""
        with self.db.read_session() as s:
            scope = current_scope(s)
            for pid in person_ids:
                self._person(s, pid, scope)
            return self._rows(
                s,
                Visit.person_id.in_(list(person_ids)),
                Visit.planned_date >= start,
                Visit.planned_date <= end,
            )

    def get(self, visit_id: str) -> VisitRow:
        """One visit (NotFound when it is gone, OutOfScope when it is not the team's)."""
        with self.db.read_session() as s:
            self._visit(s, visit_id)
            return self._rows(s, Visit.id == visit_id)[0]

    def _rows(self, s: Session, *where: ColumnElement[bool]) -> list[VisitRow]:
        who = aliased(Person)
        subject = aliased(Person)
        stmt = (
            select(Visit, who.code, who.name, Distributor, subject.code, subject.name)
            .join(who, Visit.person_id == who.id)
            .outerjoin(Distributor, Visit.distributor_id == Distributor.id)
            .outerjoin(subject, Visit.subject_person_id == subject.id)
            .where(Visit.deleted.is_(False), *where)
            .order_by(Visit.planned_date, Visit.planned_time, who.code, Visit.id)
        )
        today = self.today()
        out = []
        for v, pcode, pname, d, scode, sname in s.execute(stmt):
            if d is not None:
                code, name, short, grade = d.code, d.name, d.short_name or d.name, d.grade
            else:
                code, name, short, grade = scode or "", sname or "", sname or "", None
            out.append(
                VisitRow(
                    v.id, v.person_id, pcode, pname, v.planned_date, v.planned_time,
                    v.target_kind, v.distributor_id, v.subject_person_id, code, name, short,
                    grade, v.purpose, v.origin, v.status,
                    cadence.effective_status(v.status, v.planned_date, today),
                    v.status_reason, v.call_log_id,
                )
            )  # fmt: skip
        return out

    def _visit(self, s: Session, visit_id: str) -> Visit:
        visit = s.get(Visit, visit_id)
        if visit is None or visit.deleted:
            raise NotFound(MSG_NO_VISIT)
        self._person(s, visit.person_id)
        return visit

    # -- generating -----------------------------------------------------------------------
    def generate(self, person_id: str, year: int, month: int) -> OpResult[GenerateResult]:
        """Add the visits the cadence rules still ask for in a month; idempotent.

        Distributors the person owns get their grade's visits, direct subordinates their
        follow-ups (seed D11: 3 a month in the first 3 months, then 1), on working days
        from today on, at most the daily cap a day (see ``cadence.plan_month``). Visits
        already there in any status count and are left as they are.
        """
        first, last = cal.month_bounds(year, month)
        with self.db.session_scope() as s:
            person = self._person(s, person_id)
            if not person.active:
                raise UserError(MSG_INACTIVE, name=person.name)
            rule_set = self._rules(s)
            holidays, workdays = self._days_off(s, first, last)
            today = self.today()
            days = [d for d in cal.working_days(year, month, holidays, workdays) if d >= today]
            distributors = {
                d.id: d
                for d in s.scalars(
                    select(Distributor).where(
                        Distributor.owner_id == person_id,
                        Distributor.deleted.is_(False),
                        Distributor.status == "active",
                    )
                )
            }
            subordinates = {
                p.id: p
                for p in s.scalars(
                    select(Person).where(
                        Person.manager_id == person_id,
                        Person.deleted.is_(False),
                        Person.active.is_(True),
                    )
                )
            }
            existing = [
                cadence.ExistingVisit(
                    v.planned_date, v.target_kind, v.distributor_id or v.subject_person_id or "",
                    v.status,
                )
                for v in s.scalars(
                    select(Visit).where(
                        Visit.person_id == person_id, Visit.deleted.is_(False),
                        Visit.planned_date >= first, Visit.planned_date <= last,
                    )
                )
            ]  # fmt: skip
            plan = cadence.plan_month(
                year, month,
                [cadence.DistributorInput(d.id, d.grade) for d in distributors.values()],
                [cadence.SubordinateInput(p.id, p.hire_date) for p in subordinates.values()],
                days, existing, rule_set,
            )  # fmt: skip
            added = [
                Visit(
                    person_id=person_id, planned_date=v.day, planned_time="",
                    target_kind=v.target_kind,
                    distributor_id=v.target_id if v.target_kind == cadence.DISTRIBUTOR else None,
                    subject_person_id=v.target_id if v.target_kind == cadence.PERSON else None,
                    purpose="", origin=v.origin, status=cadence.PLANNED, status_reason="",
                )
                for v in plan.visits
            ]  # fmt: skip
            s.add_all(added)
            s.flush()
            short = []
            for miss in plan.short:
                if miss.target_kind == cadence.DISTRIBUTOR:
                    code, name = (
                        distributors[miss.target_id].code,
                        distributors[miss.target_id].name,
                    )
                else:
                    code, name = (
                        subordinates[miss.target_id].code,
                        subordinates[miss.target_id].name,
                    )
                short.append(
                    ShortRow(miss.target_kind, miss.target_id, code, name, miss.wanted,
                             miss.placed, miss.reason)
                )  # fmt: skip
            ids = tuple(v.id for v in added)
            result = GenerateResult(person_id, year, month, ids, tuple(short))
            return OpResult(result, Changes.of(*TABLES, ids=ids) if ids else Changes())

    # -- changing one visit ---------------------------------------------------------------
    def _check_day(
        self, s: Session, person_id: str, day: date, target_id: str, target: str,
        ignore: str | None = None,
    ) -> None:  # fmt: skip
        """Refuse a day that has passed, is not a working day, has the target, or is full."""
        if day < self.today():
            raise UserError(MSG_PAST, day=day.isoformat())
        holidays, workdays = self._days_off(s, day, day)
        if not cal.is_working_day(day, holidays, workdays):
            raise UserError(MSG_NOT_WORKING, day=day.isoformat())
        others = [
            v
            for v in s.scalars(
                select(Visit).where(
                    Visit.person_id == person_id, Visit.planned_date == day,
                    Visit.deleted.is_(False), Visit.status != cadence.CANCELLED,
                )
            )
            if v.id != ignore
        ]  # fmt: skip
        if any((v.distributor_id or v.subject_person_id) == target_id for v in others):
            raise UserError(MSG_TWICE, target=target, day=day.isoformat())
        cap = self._rules(s).daily_cap
        if len(others) >= cap:
            raise UserError(MSG_FULL, day=day.isoformat(), cap=cap)

    def _target_name(self, s: Session, visit: Visit) -> str:
        if visit.distributor_id:
            d = s.get(Distributor, visit.distributor_id)
            return (d.short_name or d.name) if d else ""
        p = s.get(Person, visit.subject_person_id) if visit.subject_person_id else None
        return p.name if p else ""

    def reschedule(
        self, visit_id: str, new_date: date, new_time: str | None = None
    ) -> OpResult[VisitRow]:
        """Move a planned visit to another working day (and time; None keeps the time).

        Refused: a day that has passed, a weekend or holiday (a make-up working day is
        fine), a day that already has a visit to the same target, a day at the cap.
        """
        time = None if new_time is None else _check_time(new_time)
        with self.db.session_scope() as s:
            visit = self._visit(s, visit_id)
            if visit.status != cadence.PLANNED:
                raise UserError(MSG_NOT_PLANNED)
            if new_date != visit.planned_date:
                target = visit.distributor_id or visit.subject_person_id or ""
                name = self._target_name(s, visit)
                self._check_day(s, visit.person_id, new_date, target, name, ignore=visit.id)
                visit.planned_date = new_date
            if time is not None and time != visit.planned_time:
                visit.planned_time = time
            s.flush()
            return OpResult(
                self._rows(s, Visit.id == visit.id)[0], Changes.of(*TABLES, ids=[visit.id])
            )

    def set_status(self, visit_id: str, status: str, reason: str = "") -> OpResult[VisitRow]:
        """Mark a visit done, missed or cancelled (a cancellation needs a reason), or planned again."""
        if status not in cadence.STATUSES:
            raise UserError(MSG_STATUS)
        reason = reason.strip()
        if status == cadence.CANCELLED and not reason:
            raise UserError(MSG_REASON)
        with self.db.session_scope() as s:
            visit = self._visit(s, visit_id)
            keep = reason if status in (cadence.CANCELLED, cadence.MISSED) else ""
            if visit.status != status:
                visit.status = status
            if visit.status_reason != keep[:200]:
                visit.status_reason = keep[:200]
            s.flush()
            return OpResult(
                self._rows(s, Visit.id == visit.id)[0], Changes.of(*TABLES, ids=[visit.id])
            )

    def add(
        self, person_id: str, day: date, target_kind: str, target_id: str, *,
        time: str = "", purpose: str = "",
    ) -> OpResult[VisitRow]:  # fmt: skip
        """Plan a visit by hand (origin ``manual``), under the same day rules as rescheduling."""
        time = _check_time(time)
        with self.db.session_scope() as s:
            person = self._person(s, person_id)
            scope = current_scope(s)
            if target_kind == cadence.DISTRIBUTOR:
                d = s.get(Distributor, target_id)
                if (
                    d is None
                    or d.deleted
                    or not scope.sees_distributor(d.owner_id, d.market_id, d.region_id)
                ):
                    raise UserError(MSG_TARGET)
                name = d.short_name or d.name
            elif target_kind == cadence.PERSON:
                p = s.get(Person, target_id)
                if p is None or p.deleted or p.id == person.id or not scope.sees_person(p.id):
                    raise UserError(MSG_TARGET)
                name = p.name
            else:
                raise UserError(MSG_TARGET)
            self._check_day(s, person_id, day, target_id, name)
            visit = Visit(
                person_id=person_id, planned_date=day, planned_time=time, target_kind=target_kind,
                distributor_id=target_id if target_kind == cadence.DISTRIBUTOR else None,
                subject_person_id=target_id if target_kind == cadence.PERSON else None,
                purpose=purpose.strip()[:200], origin=cadence.MANUAL, status=cadence.PLANNED,
                status_reason="",
            )  # fmt: skip
            s.add(visit)
            s.flush()
            return OpResult(
                self._rows(s, Visit.id == visit.id)[0], Changes.of(*TABLES, ids=[visit.id])
            )

    # -- holidays -------------------------------------------------------------------------
    def holidays_between(self, start: date, end: date) -> list[HolidayRow]:
        """The holiday list from ``start`` to ``end`` (inclusive), by date (calendars, printing)."""
        with self.db.read_session() as s:
            return holidays_between(s, start, end)


def _person_order(p: Person) -> tuple[int, str]:
    return ROLE_ORDER.get(p.role, len(ROLE_ORDER)), p.code
