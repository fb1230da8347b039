"""The call log (拜访/通话记录); the follow-up tasks that next steps become are in ``tasks``.

Field rules are in ``desktop/domain/calls.py``. Decisions of this service:

* **Defaults**: the person is the laptop's owner (an HQ database without an owner
  must name one), the time is now.
* **Next step → task**: a call's next step becomes a follow-up task of the call's
  person, open until marked done (``desktop.services.tasks``).
* **From a visit**: logging a call with ``visit_id`` marks that visit done and
  links it to the call, in the same transaction; a visit already done or
  cancelled, or to another distributor, is refused.
* **Append-only**: a saved call is not edited, except that its notes and
  problems may be corrected on the day it was logged, on the laptop that logged
  it (``correct``); anything else is put right by logging another call. So a
  call's fields almost never conflict in sync.
* **Scope**: a call is visible when its distributor is (as on the Distributors
  page) or when someone in the acting person's subtree made it.
* **Times** are wall-clock local times as the person lived them (``occurred_at``
  is naive local time; "today" is the local date of the database clock).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Engine, or_, select, true
from sqlalchemy.orm import Session, aliased

from db import fts
from db.engine import Database
from db.models import CallLog, Distributor, FollowUpTask, Market, Person, Region, Visit
from desktop.collector import collector_paused
from desktop.domain import calls as rules
from desktop.domain.cadence import effective_status
from desktop.domain.org import Scope, is_hq
from desktop.errors import QT_TRANSLATE_NOOP, NotFound, UserError, ValidationError
from desktop.services.base import OWNER_ROLE, Changes, OpResult, Service, current_scope, owner_id
from desktop.services.call_query import (
    CompiledQueries,
    filter_clauses,
    filter_values,
    interruptible,
    scope_key,
    shape_of,
)
from desktop.services.distributors import scope_clause as distributor_scope

TIMELINE_LIMIT = 50

MESSAGES = {
    rules.REQUIRED: QT_TRANSLATE_NOOP("errors", "This field is required."),
    rules.NO_DISTRIBUTOR: QT_TRANSLATE_NOOP("errors", "Choose a distributor from the list."),
    rules.BAD_CHANNEL: QT_TRANSLATE_NOOP(
        "errors", "Choose the channel: visit, phone, WeChat or other."
    ),
    rules.BAD_TOPIC: QT_TRANSLATE_NOOP("errors", "Choose topics from the list."),
    rules.BAD_AMOUNT: QT_TRANSLATE_NOOP(
        "errors", "Enter an amount of more than 0 yuan, or leave it empty."
    ),
    rules.AMOUNT_TOO_LARGE: QT_TRANSLATE_NOOP("errors", "The amount is too large."),
    rules.FUTURE: QT_TRANSLATE_NOOP("errors", "A call cannot be dated after today."),
    rules.DUE_MISSING: QT_TRANSLATE_NOOP("errors", "Give the next step a due date."),
    rules.DUE_PAST: QT_TRANSLATE_NOOP("errors", "The due date cannot be in the past."),
    rules.STEP_MISSING: QT_TRANSLATE_NOOP("errors", "Describe the next step for this due date."),
    rules.TOO_LONG: QT_TRANSLATE_NOOP("errors", "Keep it to one line of at most 200 characters."),
}
MSG_PERSON = QT_TRANSLATE_NOOP("errors", "Choose who made the call: an active person of your team.")
MSG_NO_VISIT = QT_TRANSLATE_NOOP("errors", "The visit no longer exists.")
MSG_VISIT_CLOSED = QT_TRANSLATE_NOOP(
    "errors", "This visit was already done or cancelled; log the call without it."
)
MSG_VISIT_OTHER = QT_TRANSLATE_NOOP("errors", "This visit is to another distributor.")
MSG_NO_CALL = QT_TRANSLATE_NOOP("errors", "There is no call {id}.")
MSG_NOT_CORRECTABLE = QT_TRANSLATE_NOOP(
    "errors", "A call can be corrected only on the day it was logged, on the laptop that logged it."
)


@dataclass(frozen=True)
class CallPrefill:
    """What the entry form starts with (from a visit, a distributor, a day)."""

    distributor_id: str | None = None
    person_id: str | None = None
    visit_id: str | None = None
    occurred_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class CallForm:
    """A call to log. None for ``person_id`` / ``occurred_at`` means the owner / now."""

    distributor_id: str | None = None
    person_id: str | None = None
    occurred_at: datetime | None = None
    channel: str = ""
    topics: tuple[str, ...] = ()
    order_amount_fen: int | None = None
    notes: str = ""
    problems: str = ""
    next_step: str = ""
    next_step_due: date | None = None
    visit_id: str | None = None


@dataclass(frozen=True)
class CallFilter:
    """What the call list shows; ``date_to`` is inclusive, ``text`` searches notes and problems."""

    person_id: str | None = None
    distributor_id: str | None = None
    market_id: str | None = None
    region_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    channel: str | None = None
    topic: str | None = None
    text: str = ""


class CallRow(NamedTuple):
    """One call as a list shows it (a named tuple: a list of a thousand is made fast)."""

    id: str
    occurred_at: datetime
    distributor_id: str
    distributor_code: str
    distributor_name: str
    market: str
    region: str | None
    person_id: str
    person_code: str
    person_name: str
    channel: str
    topics: tuple[str, ...]
    order_amount_fen: int | None
    notes: str
    problems: str
    next_step: str
    next_step_due: date | None
    visit_id: str | None


@dataclass(frozen=True)
class TaskRow:
    id: str
    text: str
    due_date: date
    done: bool
    done_on: date | None
    person_id: str
    person_name: str
    distributor_id: str | None
    distributor_code: str | None
    distributor_name: str | None
    call_log_id: str | None


@dataclass(frozen=True)
class CallDetail:
    row: CallRow
    #: the follow-up task of the call's next step (None: no next step, or it was deleted)
    task: TaskRow | None
    logged_at: datetime  # local time the call was saved
    correctable: bool  # its notes and problems may still be corrected (see ``correct``)


@dataclass(frozen=True)
class TimelineItem:
    """One line of a distributor's history: a call, or a visit that has no call logged."""

    kind: str  # call | visit
    id: str
    day: date
    time: str  # "HH:MM" or ""
    person_name: str
    channel: str  # calls: visit | phone | wechat | other; visits: ""
    status: str  # visits: planned | done | missed | cancelled; calls: ""
    text: str  # a call's notes, a visit's purpose
    topics: tuple[str, ...] = ()
    order_amount_fen: int | None = None


def rule_errors(codes: dict[str, str]) -> dict[str, UserError]:
    """The messages of the rule codes ``desktop.domain.calls`` found, by field."""
    return {name: UserError(MESSAGES[code]) for name, code in codes.items()}


def call_scope(scope: Scope) -> ColumnElement[bool]:
    """SQL for 'the acting person may see this call' (its distributor, or its person)."""
    if scope.everything:
        return CallLog.deleted.is_(False)
    visible = select(Distributor.id).where(distributor_scope(scope))
    return CallLog.deleted.is_(False) & or_(
        CallLog.distributor_id.in_(visible), CallLog.person_id.in_(scope.people)
    )


@cache
def _owner_role_sql(dialect: Any) -> str:
    """``OWNER_ROLE`` as the driver's SQL (no parameters: its values are constants)."""
    return str(OWNER_ROLE.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def sees_distributor(scope: Scope, d: Distributor | None) -> bool:
    """Whether the acting person may see distributor ``d`` (None: there is none)."""
    return d is not None and scope.sees_distributor(d.owner_id, d.market_id, d.region_id)


def acting_person(
    s: Session, scope: Scope, person_id: str | None, problems: dict[str, UserError]
) -> Person | None:
    """The person who made the call or does the task (default: the owner), active and in
    scope; else None, with the problem noted under ``person_id``."""
    chosen = person_id or owner_id(s)
    person = s.get(Person, chosen) if chosen else None
    if person is None or not person.active or not scope.sees_person(person.id):
        problems["person_id"] = UserError(MSG_PERSON)
        return None
    return person


def _local(utc_naive: datetime) -> datetime:
    return utc_naive.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


_T = TypeVar("_T")

_DOER = aliased(Person)
_TASK_COLUMNS = (
    FollowUpTask.id, FollowUpTask.text, FollowUpTask.due_date, FollowUpTask.done,
    FollowUpTask.done_on, FollowUpTask.person_id, _DOER.name, FollowUpTask.distributor_id,
    Distributor.code, Distributor.name, FollowUpTask.call_log_id,
)  # fmt: skip
_ROW_COLUMNS = (
    CallLog.id, CallLog.occurred_at, CallLog.distributor_id, Distributor.code, Distributor.name,
    Market.name, Region.name, CallLog.person_id, Person.code, Person.name, CallLog.channel,
    CallLog.topics, CallLog.order_amount_fen, CallLog.notes, CallLog.problems, CallLog.next_step,
    CallLog.next_step_due, CallLog.visit_id,
)  # fmt: skip


def task_query() -> Any:
    """The columns of ``TaskRow``, for the tasks a statement adds conditions to."""
    return (
        select(*_TASK_COLUMNS)
        .join(_DOER, FollowUpTask.person_id == _DOER.id)
        .outerjoin(Distributor, FollowUpTask.distributor_id == Distributor.id)
    )


def _id_query() -> Any:
    return select(CallLog.id)


def _row_query() -> Any:
    return (
        select(*_ROW_COLUMNS)
        .join(Distributor, CallLog.distributor_id == Distributor.id)
        .join(Market, Distributor.market_id == Market.id)
        .outerjoin(Region, Distributor.region_id == Region.id)
        .join(Person, CallLog.person_id == Person.id)
    )


_topics = lru_cache(maxsize=1024)(rules.split_topics)  # a few hundred topic sets repeat


def _call_row(values: Any) -> CallRow:
    v = list(values)
    v[11] = _topics(v[11])
    return CallRow._make(v)


class CallService(Service):
    """Calls within the acting person's scope (their follow-up tasks: ``TaskService``)."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self._keyed_index: bool | None = None
        self._compiled = CompiledQueries()

    def now(self) -> datetime:
        """The database clock as naive local time, to the minute (the default call time)."""
        return self.db.clock().astimezone().replace(tzinfo=None, second=0, microsecond=0)

    def today(self) -> date:
        """The local date of the database clock (due dates and "after today" are measured by it)."""
        return self.now().date()

    # -- reading ---------------------------------------------------------------------
    def find_ids(
        self, f: CallFilter, limit: int | None = None, stop: Callable[[], bool] | None = None
    ) -> list[str]:
        """Ids of the calls matching ``f``, newest first (ties by id descending).

        With ``limit``: the first ids of that list, at most ``limit`` of them (a text
        search may return a few fewer: see ``fts.newest_matches``), read without
        visiting every match — what a page shows before the whole list arrives.
        ``stop``: asked while SQLite works; when it answers True the read ends with
        ``Interrupted`` (a page whose filter changed no longer wants a million ids).
        """
        if limit is None:  # a million ids: no collector pass over them meanwhile
            with collector_paused():
                return self._all_ids(f, stop)
        if not f.text:
            return self._listed("ids", _id_query, f, limit, itemgetter(0), stop)
        with self.db.read_session() as s:
            return [r[0] for r in self._head(s, select(CallLog.id, CallLog.occurred_at), f, limit)]

    def _all_ids(self, f: CallFilter, stop: Callable[[], bool] | None) -> list[str]:
        if not f.text:
            return self._listed("ids", _id_query, f, None, itemgetter(0), stop)
        with self.db.read_session() as s:  # read in chunks: a million ids stay a million strings
            stmt = self._query(s, select(CallLog.id), f).execution_options(yield_per=20_000)
            conn = s.connection()
            with interruptible(conn.connection.driver_connection, stop):
                return list(conn.execute(stmt).scalars())

    def first_rows(self, f: CallFilter, limit: int) -> list[CallRow]:
        """``rows(find_ids(f, limit))`` in one query: the newest rows a page shows first."""
        if not f.text:
            return self._listed("rows", _row_query, f, limit, _call_row)
        with self.db.read_session() as s:
            return [_call_row(r) for r in self._head(s, _row_query(), f, limit)]

    def _listed(
        self,
        what: str,
        stmt: Callable[[], Any],
        f: CallFilter,
        limit: int | None,
        pick: Callable[[Any], _T],
        stop: Callable[[], bool] | None = None,
    ) -> list[_T]:
        """``pick`` of each row of ``stmt()`` for ``f`` (no text), through the compiled-query
        cache (see call_query): the statement is only built when its shape is new.

        On SQLite, when the owner sees everything (HQ, or no owner yet), the rows are read
        on the driver's own connection: a session and SQLAlchemy's result objects cost
        more than SQLite's work on a filtered list of a few hundred calls.
        """
        chunks = 20_000 if limit is None else None  # a million ids stay a million strings
        values = filter_values(f)

        def build(scope: Scope) -> Callable[[], Any]:
            def query() -> Any:
                built = self._query(self.db.engine, stmt(), f, scope)
                return built if limit is None else built.limit(limit)

            return query

        def key(scope: Scope) -> Hashable:
            return (what, shape_of(f), scope_key(scope), limit)

        engine = self.db.engine
        if engine.dialect.name == "sqlite":
            raw = engine.raw_connection()
            try:
                cursor = raw.cursor()
                role = cursor.execute(_owner_role_sql(engine.dialect)).fetchone()
                if role is None or is_hq(role[0]):
                    everything = Scope.all()
                    with interruptible(raw.driver_connection, stop):
                        rows = self._compiled.execute_raw(
                            cursor, engine.dialect, key(everything), build(everything), values,
                            chunks,
                        )  # fmt: skip
                        return [pick(r) for r in rows]
            finally:
                raw.close()
        with self.db.read_session() as s:
            scope = current_scope(s)
            conn = s.connection()
            with interruptible(conn.connection.driver_connection, stop):
                rows = self._compiled.execute(conn, key(scope), build(scope), values, chunks)
                return [pick(r) for r in rows]

    @staticmethod
    def _query(s: Session | Engine, stmt: Any, f: CallFilter, scope: Scope | None = None) -> Any:
        """``stmt`` for the calls of ``f`` in scope, newest first (``scope`` is required
        when ``s`` is an engine)."""
        searched = fts.search_clause(s, f.text)
        if scope is None:
            assert isinstance(s, Session)
            scope = current_scope(s)
        return stmt.where(
            call_scope(scope),
            *filter_clauses(f),
            *([searched] if searched is not None else []),
        ).order_by(CallLog.occurred_at.desc(), CallLog.id.desc())

    def _head(self, s: Session, stmt: Any, f: CallFilter, limit: int) -> list[Any]:
        """The first ``limit`` rows of ``stmt`` (id and occurred_at first) for ``f``."""
        if f.text and self._keyed_index is None:  # an index filled without db.fts's keys
            self._keyed_index = fts.keys_are_current(s)  # cannot list newest first: read all
        if f.text and self._keyed_index:
            conditions = [call_scope(current_scope(s)), *filter_clauses(f)]
            newest = fts.newest_matches(s, f.text, stmt.where(*conditions), limit)
            if newest is not None:
                return newest
        return list(s.connection().execute(self._query(s, stmt, f).limit(limit)))

    def rows(self, ids: list[str]) -> list[CallRow]:
        """The rows of ``ids`` in that order (calls gone or out of scope are skipped)."""
        if not ids:
            return []
        with self.db.read_session() as s:
            stmt = _row_query().where(CallLog.id.in_(ids), call_scope(current_scope(s)))
            found = {r[0]: _call_row(r) for r in s.connection().execute(stmt)}
        return [found[i] for i in ids if i in found]

    def listing(self, f: CallFilter) -> list[CallRow]:
        """Every call matching ``f`` (for exports), newest first, read in chunks."""
        ids = self.find_ids(f)
        return [row for i in range(0, len(ids), 500) for row in self.rows(ids[i : i + 500])]

    def _load(self, s: Session, call_id: str) -> CallLog:
        call = s.get(CallLog, call_id)
        if call is None or call.deleted:
            raise NotFound(MSG_NO_CALL, id=call_id)
        scope = current_scope(s)
        if not (
            sees_distributor(scope, s.get(Distributor, call.distributor_id))
            or scope.sees_person(call.person_id)
        ):
            raise NotFound(MSG_NO_CALL, id=call_id)
        return call

    def get(self, call_id: str) -> CallDetail:
        """One call with its follow-up task; NotFound when gone or out of scope."""
        with self.db.read_session() as s:
            call = self._load(s, call_id)
            row = s.execute(_row_query().where(CallLog.id == call_id)).one()
            task = s.execute(
                task_query()
                .where(FollowUpTask.call_log_id == call.id, FollowUpTask.deleted.is_(False))
                .limit(1)
            ).first()
            return CallDetail(
                _call_row(row),
                TaskRow(*task) if task is not None else None,
                _local(call.created_at),
                self._correctable(call),
            )

    def _correctable(self, call: CallLog) -> bool:
        return call.row_origin == self.db.device_id and _local(call.created_at).date() == (
            self.today()
        )

    def timeline(self, distributor_id: str, limit: int = TIMELINE_LIMIT) -> list[TimelineItem]:
        """A distributor's calls, and its visits that have no call, newest first, at most ``limit``.

        A planned visit whose day has passed shows as missed (``effective_status``).
        """
        today = self.today()
        with self.db.read_session() as s:
            scope = current_scope(s)
            d = s.get(Distributor, distributor_id)
            if d is None or d.deleted:
                raise NotFound(MESSAGES[rules.NO_DISTRIBUTOR])
            calls = s.execute(
                select(CallLog, Person.name)
                .join(Person, CallLog.person_id == Person.id)
                .where(CallLog.distributor_id == d.id, call_scope(scope))
                .order_by(CallLog.occurred_at.desc())
                .limit(limit)
            ).all()
            visible = true() if sees_distributor(scope, d) else Visit.person_id.in_(scope.people)
            visits = s.execute(
                select(Visit, Person.name)
                .join(Person, Visit.person_id == Person.id)
                .where(Visit.distributor_id == d.id, Visit.deleted.is_(False), visible,
                       Visit.call_log_id.is_(None))
                .order_by(Visit.planned_date.desc())
                .limit(limit)
            ).all()  # fmt: skip
        items = [
            TimelineItem("call", c.id, c.occurred_at.date(), f"{c.occurred_at:%H:%M}", name,
                         c.channel, "", c.notes, rules.split_topics(c.topics), c.order_amount_fen)
            for c, name in calls
        ] + [
            TimelineItem("visit", v.id, v.planned_date, v.planned_time, name, "",
                         effective_status(v.status, v.planned_date, today), v.purpose)
            for v, name in visits
        ]  # fmt: skip
        items.sort(key=lambda i: (i.day, i.time or "99:99", i.id), reverse=True)
        return items[:limit]

    # -- writing ---------------------------------------------------------------------
    def _normalised(self, form: CallForm) -> CallForm:
        return replace(
            form,
            notes=form.notes.strip(),
            problems=form.problems.strip(),
            next_step=form.next_step.strip(),
            topics=rules.normalise_topics(form.topics, form.order_amount_fen),
            occurred_at=(form.occurred_at or self.now()).replace(tzinfo=None),
        )

    def _check(self, form: CallForm) -> dict[str, UserError]:
        assert form.occurred_at is not None
        values = rules.CallValues(
            form.distributor_id, form.channel, form.topics, form.notes, form.order_amount_fen,
            form.occurred_at.date(), form.next_step, form.next_step_due,
        )  # fmt: skip
        return rule_errors(rules.check_call(values, self.today()))

    def validate(self, form: CallForm) -> CallForm:
        """The form normalised, or a ``ValidationError`` for the problems found without the database."""
        form = self._normalised(form)
        problems = self._check(form)
        if problems:
            raise ValidationError(problems)
        return form

    def log(self, form: CallForm) -> OpResult[str]:
        """Save a call, its next step as a follow-up task and its visit as done: all or nothing."""
        form = self._normalised(form)
        problems = self._check(form)
        with self.db.session_scope() as s:
            scope = current_scope(s)
            d = s.get(Distributor, form.distributor_id) if form.distributor_id else None
            if form.distributor_id and (d is None or d.deleted or not sees_distributor(scope, d)):
                problems["distributor_id"] = UserError(MESSAGES[rules.NO_DISTRIBUTOR])
            person = acting_person(s, scope, form.person_id, problems)
            visit = self._open_visit(s, form, problems)
            if problems:
                raise ValidationError(problems)
            assert person is not None and d is not None
            call = CallLog(
                distributor_id=d.id, person_id=person.id, occurred_at=form.occurred_at,
                channel=form.channel, topics=",".join(form.topics),
                order_amount_fen=form.order_amount_fen, notes=form.notes, problems=form.problems,
                next_step=form.next_step, next_step_due=form.next_step_due,
                visit_id=form.visit_id,
            )  # fmt: skip
            s.add(call)
            s.flush()
            changes = Changes.of("call_log", ids=[call.id])
            if form.next_step and form.next_step_due is not None:
                task = FollowUpTask(
                    person_id=person.id, distributor_id=d.id, call_log_id=call.id,
                    text=form.next_step, due_date=form.next_step_due, done=False,
                )  # fmt: skip
                s.add(task)
                s.flush()
                changes |= Changes.of("follow_up_task", ids=[task.id])
            if visit is not None:
                visit.status = "done"
                visit.call_log_id = call.id
                changes |= Changes.of("visit", ids=[visit.id])
            return OpResult(call.id, changes)

    @staticmethod
    def _open_visit(s: Session, form: CallForm, problems: dict[str, UserError]) -> Visit | None:
        if not form.visit_id:
            return None
        visit = s.get(Visit, form.visit_id)
        if visit is None or visit.deleted:
            problems["visit_id"] = UserError(MSG_NO_VISIT)
        elif visit.status in ("done", "cancelled") or visit.call_log_id:
            problems["visit_id"] = UserError(MSG_VISIT_CLOSED)
        elif visit.distributor_id != form.distributor_id:
            problems["visit_id"] = UserError(MSG_VISIT_OTHER)
        else:
            return visit
        return None

    def correct(self, call_id: str, notes: str, problems: str) -> OpResult[str]:
        """Correct the notes and problems of a call logged today on this laptop (module notes)."""
        notes, problems = notes.strip(), problems.strip()
        if not notes:
            raise ValidationError({"notes": UserError(MESSAGES[rules.REQUIRED])})
        with self.db.session_scope() as s:
            call = self._load(s, call_id)
            if not self._correctable(call):
                raise UserError(MSG_NOT_CORRECTABLE)
            if call.notes != notes:
                call.notes = notes
            if call.problems != problems:
                call.problems = problems
            return OpResult(call.id, Changes.of("call_log", ids=[call.id]))
