"""Change capture for sync (SYNC.md "Capture").

Every flush that touches a synced table records, in the same transaction:
the new per-field clocks and one outbox record per changed field, numbered by
the device's sequence. A session must carry a ``SyncContext`` (``Database``
gives every session one); a session without it cannot write synced rows, bulk
statements on synced tables are refused, and synced rows are never deleted
(``deleted`` is a tombstone field). Demo and enrolment snapshots come in as
*base rows*: rows with their row clock and no outbox records, because they are
already known to every replica that receives them.

Changes that arrive from another device take the *apply path* (``apply_plan``): one
function writes incoming values with their own clocks, with driver-level
``executemany`` statements on the session's connection (``db.rows.execute_rows``, a
few statements per table however many rows: the only writes on synced tables besides
base rows that bypass the session), and creates no outbox records of this device's
own, except the records HQ relays into its change log (incoming changes that won,
and its corrections), which the caller passes in. Rows written that way get their
bookkeeping columns from their clocks: ``created_at`` is the time of the row clock,
``updated_at``/``changed_by`` the time and origin of the newest clock written. Call
logs written that way are indexed for full-text search in the same transaction
(``db.fts``): new ones from the values written, edited ones as they stand afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import event, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from db import fts, hlc
from db.models import Base, CallLog, FieldClock, LocalState, Outbox
from db.models.base import SYNC_META_COLUMNS, is_synced
from db.rows import execute_rows
from desktop.errors import QT_TRANSLATE_NOOP, UserError

Clock = Callable[[], datetime]

BASE_ROWS = "fielddesk_base_rows"
_SYNCED: dict[str, type[Base]] | None = None


class CaptureError(RuntimeError):
    """A write tried to bypass change capture: a bug, never a user error."""


@dataclass
class SyncContext:
    device_id: str
    clock: Clock

    def now(self) -> datetime:
        """Wall time as naive UTC (what the timestamp columns store)."""
        return self.clock().astimezone(UTC).replace(tzinfo=None)


def utc_now() -> datetime:
    return datetime.now(UTC)


def synced_tables() -> dict[str, type[Base]]:
    """Every synced table name → its model class (read once: models register at import)."""
    global _SYNCED
    if _SYNCED is None:
        _SYNCED = {
            m.class_.__tablename__: m.class_ for m in Base.registry.mappers if is_synced(m.class_)
        }
    return _SYNCED


def replicated_fields(model: type[Base]) -> list[str]:
    """The columns of a synced model that travel as fields (``deleted`` included)."""
    return [
        c.key
        for c in inspect(model).column_attrs
        if c.key not in SYNC_META_COLUMNS and c.key != "id"
    ]


def encode_value(value: Any) -> str:
    """Canonical JSON for one field value (dates as ISO strings)."""
    if isinstance(value, date):  # datetime is a date too
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def lock_local_state(session: Session) -> int:
    """Hold this database's write lock on its clock until the transaction ends; the
    ``last_hlc`` stored, as other transactions committed it.

    PostgreSQL: ``SELECT … FOR UPDATE`` of the ``local_state`` row. SQLite: the row written
    as it stands (SQLite has one write lock for the whole file, and a read takes none).
    Every save of synced rows takes it when it ticks the clock (``_next_hlc``) and an
    import takes it first, so imports and saves run one after another and change-log
    numbers commit in order. Done on the connection: no ORM state of the session is
    refreshed (a pending change to ``LocalState`` stays).
    """
    conn = session.connection()
    stmt = select(LocalState.last_hlc).where(LocalState.id == 1)
    if conn.dialect.name == "sqlite":
        conn.execute(
            update(LocalState).where(LocalState.id == 1).values(last_hlc=LocalState.last_hlc)
        )
    else:
        stmt = stmt.with_for_update()
    return int(conn.execute(stmt).scalar() or 0)


def _next_hlc(session: Session, ctx: SyncContext) -> int:
    """The device's next clock value, set on ``local_state`` in this transaction.

    It follows both the stored value, read under the lock (``lock_local_state``), and the
    session's own, which may be older (loaded before another unit of work committed) or
    newer (a clock received in this transaction, not written yet): two HQ users saving at
    the same moment never get the same value.
    """
    stored = lock_local_state(session)
    state = session.get(LocalState, 1)
    if state is None:
        raise CaptureError("local_state is missing: the database was not initialised")
    state.last_hlc = hlc.tick(max(state.last_hlc or 0, stored), ctx.clock())
    return state.last_hlc


MSG_NUL = QT_TRANSLATE_NOOP(
    "errors",
    "The text of {field} holds an invisible NUL character (often from pasted text), which "
    "FieldDesk cannot keep or send to headquarters. Remove it and save again; nothing was saved.",
)


def _storable(tbl: str, field: str, value: Any) -> Any:
    """``value``, unless it is text with a NUL character: refused here, before it reaches the
    change log (a bundle carrying it would be refused at headquarters, and every later one
    with it)."""
    if isinstance(value, str) and "\x00" in value:
        raise UserError(MSG_NUL, field=f"{tbl}.{field}")
    return value


def _field_clock(session: Session, tbl: str, pk: str, field: str) -> FieldClock | None:
    return session.get(FieldClock, (tbl, pk, field))


@event.listens_for(Session, "before_flush")
def _capture(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    new = [o for o in session.new if is_synced(o)]
    dirty = [o for o in session.dirty if is_synced(o) and session.is_modified(o)]
    if any(is_synced(o) for o in session.deleted):
        raise CaptureError("synced rows are never deleted: set deleted=True instead")
    if not new and not dirty:
        return
    ctx: SyncContext | None = session.info.get("sync")
    if ctx is None:
        raise CaptureError("a session without a SyncContext tried to write synced rows")
    stamp = _next_hlc(session, ctx)
    now = ctx.now()
    records: list[Outbox] = []
    for obj in new:
        model = type(obj)
        tbl = model.__tablename__
        if obj.id is None:
            from db.ids import uuid7

            obj.id = uuid7()
        obj.created_at = now
        obj.updated_at = now
        obj.changed_by = ctx.device_id
        obj.row_hlc = stamp
        obj.row_origin = ctx.device_id
        if obj.deleted is None:
            obj.deleted = False
        for field in replicated_fields(model):
            value = getattr(obj, field)
            if value is None:
                column = inspect(model).columns[field]
                if column.default is not None and column.default.is_scalar:
                    value = column.default.arg
                    setattr(obj, field, value)
            records.append(
                Outbox(
                    tbl=tbl,
                    pk=obj.id,
                    field=field,
                    value=encode_value(_storable(tbl, field, value)),
                    hlc=stamp,
                    origin=ctx.device_id,
                    base_hlc=None,
                )
            )
    for obj in dirty:
        model = type(obj)
        tbl = model.__tablename__
        state = inspect(obj)
        changed = False
        for field in replicated_fields(model):
            history = state.attrs[field].history
            if not history.has_changes():
                continue
            new_value = _storable(tbl, field, getattr(obj, field))
            old_value = history.deleted[0] if history.deleted else None
            if history.deleted and old_value == new_value:
                continue
            changed = True
            clock = _field_clock(session, tbl, obj.id, field)
            base = clock.hlc if clock is not None else obj.row_hlc
            if clock is None:
                session.add(
                    FieldClock(
                        tbl=tbl,
                        pk=obj.id,
                        field=field,
                        hlc=stamp,
                        origin=ctx.device_id,
                    )
                )
            else:
                clock.hlc = stamp
                clock.origin = ctx.device_id
            records.append(
                Outbox(
                    tbl=tbl,
                    pk=obj.id,
                    field=field,
                    value=encode_value(new_value),
                    hlc=stamp,
                    origin=ctx.device_id,
                    base_hlc=base,
                )
            )
        if changed:
            obj.updated_at = now
            obj.changed_by = ctx.device_id
    session.add_all(records)


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name not in synced_tables():
        return
    if state.is_insert and state.execution_options.get(BASE_ROWS):
        return
    raise CaptureError(f"bulk statements bypass change capture and are refused on {name}")


def insert_base_rows(
    session: Session, model: type[Base], rows: Sequence[dict[str, Any]], batch: int = 5000
) -> None:
    """Insert rows that every replica already has (demo data, a snapshot): row clocks, no outbox."""
    ctx: SyncContext | None = session.info.get("sync")
    if ctx is None:
        raise CaptureError("insert_base_rows needs a session with a SyncContext")
    if not rows:
        return
    stamp = _next_hlc(session, ctx)
    session.flush()
    now = ctx.now()
    stamped = [
        {
            "deleted": False,
            **row,
            "created_at": now,
            "updated_at": now,
            "changed_by": ctx.device_id,
            "row_hlc": stamp,
            "row_origin": ctx.device_id,
        }
        for row in rows
    ]
    for i in range(0, len(stamped), batch):
        session.execute(
            insert(model),
            stamped[i : i + batch],
            execution_options={BASE_ROWS: True, "render_nulls": True},
        )


def rows_without_clocks(session: Session) -> Iterable[tuple[str, str]]:
    """(table, pk) of every synced row that lacks its clock: should always be empty."""
    for name, table_model in synced_tables().items():
        model: Any = table_model
        ids = session.scalars(
            select(model.id).where(
                (model.row_hlc.is_(None)) | (model.row_origin.is_(None)) | (model.row_hlc <= 0)
            )
        )
        for pk in ids:
            yield name, pk


# -- the apply path: changes from other devices --------------------------------------------

#: Call log fields the full-text index is made of (or keyed by).
_INDEXED_CALL_FIELDS = frozenset({"notes", "problems", "occurred_at"})
_ROW_META = ("created_at", "updated_at", "changed_by", "row_hlc", "row_origin")
_CLOCK_COLUMNS = ("tbl", "pk", "field", "hlc", "origin")
_RELAY_COLUMNS = ("tbl", "pk", "field", "value", "hlc", "origin", "base_hlc")
_CHUNK = 500


class FieldWrite(NamedTuple):
    """One field value to store with its own clock (``value`` as the column holds it)."""

    field: str
    value: Any
    hlc: int
    origin: str


@dataclass
class RowWrite:
    """Field values for one row. ``new_row`` is the row clock of a row this database does
    not have yet: then ``writes`` holds every replicated field of it."""

    table: str
    pk: str
    writes: list[FieldWrite]
    new_row: tuple[int, str] | None = None


class NewRow(NamedTuple):
    """A row this database does not have yet, whole, without an object per field (the
    common case of an import): ``values`` holds every replicated field in column order
    (``replicated_fields``), as the columns hold them; ``clocks`` the (field, hlc, origin)
    of the fields whose clock is not the row clock, and ``newest`` the highest clock of all."""

    table: str
    pk: str
    values: tuple[Any, ...]
    row_clock: tuple[int, str]
    newest: tuple[int, str]
    clocks: list[tuple[str, int, str]]


#: One change-log record to append: tbl, pk, field, value (canonical JSON), hlc, origin, base_hlc.
RelayRecord = tuple[str, str, str, str, int, str, int | None]


@dataclass
class ApplyPlan:
    """Everything one import writes into synced tables, and HQ's relayed records."""

    rows: list[RowWrite] = dataclass_field(default_factory=list)
    #: rows to insert whole (``NewRow``), besides those in ``rows``
    new_rows: list[NewRow] = dataclass_field(default_factory=list)
    #: change-log records to append (``Outbox`` columns without ``seq``), in order
    relay: list[RelayRecord] = dataclass_field(default_factory=list)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _call_times(session: Session, ids: Iterable[str]) -> dict[str, datetime]:
    found: dict[str, datetime] = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), _CHUNK):
        rows = session.execute(
            select(CallLog.id, CallLog.occurred_at).where(CallLog.id.in_(ordered[i : i + _CHUNK]))
        )
        found.update({pk: at for pk, at in rows})
    return found


def apply_plan(session: Session, plan: ApplyPlan) -> None:
    """Write incoming field values with their clocks: the one apply path (module notes).

    New rows (``plan.new_rows``, and ``RowWrite`` with ``new_row``) are inserted whole with
    their row clock, fields whose clock differs from it get a field clock; existing rows
    are updated field by field and every field written gets its clock. No outbox record
    is made but ``plan.relay``. Rows go to the database table by table, referenced tables
    first, in a few statements (``execute_rows``; updates grouped by the fields they write).
    """
    session.flush()  # pending ORM writes first, as an ORM statement would autoflush them
    inserts: dict[str, list[tuple[Any, ...]]] = {}
    updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
    clocks: list[tuple[str, str, str, int, str]] = []
    new_calls: list[dict[str, Any]] = []
    edited_calls: set[str] = set()
    moment = _moments()
    for row in plan.rows:
        if not row.writes:
            continue
        newest_hlc, newest_origin = max((w.hlc, w.origin) for w in row.writes)
        updated = moment(newest_hlc)
        values = {w.field: w.value for w in row.writes}
        if row.new_row is not None:
            row_hlc, row_origin = row.new_row
            names, defaults = _new_row_shape(row.table)
            inserts.setdefault(row.table, []).append(
                (row.pk, *[values.get(n, defaults.get(n)) for n in names],
                 moment(row_hlc), updated, newest_origin, row_hlc, row_origin)
            )  # fmt: skip
            written = [w for w in row.writes if w.hlc != row_hlc or w.origin != row_origin]
            if row.table == CallLog.__tablename__:
                new_calls.append({"id": row.pk, **values})
        else:
            fields = tuple(values)
            updates.setdefault((row.table, fields), []).append(
                (*values.values(), updated, newest_origin, row.pk)
            )
            written = row.writes
            if row.table == CallLog.__tablename__ and _INDEXED_CALL_FIELDS.intersection(values):
                edited_calls.add(row.pk)
        clocks.extend((row.table, row.pk, w.field, w.hlc, w.origin) for w in written)
    for new in plan.new_rows:
        (row_hlc, row_origin), (newest_hlc, newest_origin) = new.row_clock, new.newest
        inserts.setdefault(new.table, []).append(
            (new.pk, *new.values, moment(row_hlc), moment(newest_hlc), newest_origin,
             row_hlc, row_origin)
        )  # fmt: skip
        clocks.extend((new.table, new.pk, *clock) for clock in new.clocks)
        if new.table == CallLog.__tablename__:
            new_calls.append(_indexed_call(new.pk, new.values))
    _defer_foreign_keys(session)
    before = _call_times(session, edited_calls) if edited_calls and fts.uses_fts(session) else {}
    for table in sorted(inserts, key=_table_rank):
        names, _ = _new_row_shape(table)
        execute_rows(session, table, ("id", *names, *_ROW_META), inserts[table])
    for (table, fields), rows in updates.items():
        names = (*fields, "updated_at", "changed_by")
        execute_rows(session, table, names, rows, where=("id",))
    execute_rows(session, FieldClock.__tablename__, _CLOCK_COLUMNS, clocks, suffix=_CLOCK_UPSERT)
    execute_rows(session, Outbox.__tablename__, _RELAY_COLUMNS, plan.relay)
    if new_calls:
        fts.index_rows(session, new_calls)
    if edited_calls:
        _reindex_calls(session, edited_calls, before)


def _moments() -> Callable[[int], datetime]:
    """Clock → naive UTC time, each clock worked out once (a bundle's rows share a few)."""
    times: dict[int, datetime] = {}

    def moment(clock: int) -> datetime:
        found = times.get(clock)
        if found is None:
            found = times[clock] = _naive(hlc.to_datetime(clock))
        return found

    return moment


@cache
def _table_rank(table: str) -> int:
    """A table's place among the tables in foreign key order (referenced ones first)."""
    return [t.name for t in Base.metadata.sorted_tables].index(table)


def _indexed_call(pk: str, values: tuple[Any, ...]) -> dict[str, Any]:
    """What ``fts.index_rows`` needs of a new call whose fields are in column order."""
    return {"id": pk} | {name: values[at] for name, at in _indexed_places()}


@cache
def _indexed_places() -> tuple[tuple[str, int], ...]:
    names, _ = _new_row_shape(CallLog.__tablename__)
    return tuple((name, names.index(name)) for name in sorted(_INDEXED_CALL_FIELDS))


_CLOCK_UPSERT = (
    " ON CONFLICT (tbl, pk, field) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin"
)


@cache
def _new_row_shape(table: str) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The replicated fields of a table in column order, and their scalar column defaults."""
    model = synced_tables()[table]
    columns = inspect(model).columns
    names = tuple(replicated_fields(model))
    defaults = {
        n: columns[n].default.arg  # type: ignore[union-attr]
        for n in names
        if columns[n].default is not None and getattr(columns[n].default, "is_scalar", False)
    }
    return names, defaults


def _defer_foreign_keys(session: Session) -> None:
    """Check foreign keys at commit, so that rows referring to each other (a market and its
    manager, a person and theirs) can arrive in one import in any order.

    SQLite: ``PRAGMA defer_foreign_keys``. PostgreSQL: ``SET CONSTRAINTS ALL DEFERRED``,
    which reaches every foreign key because FieldDesk declares them all ``DEFERRABLE
    INITIALLY IMMEDIATE`` there (``db.postgres.deferrable_foreign_keys``): checked at each
    statement everywhere else, at commit for the rest of this transaction.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
        return
    if not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN")
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def _reindex_calls(session: Session, ids: set[str], before: dict[str, datetime]) -> None:
    """Index edited calls as they now stand, on either dialect (``fts.reindex``: SQLite's
    FTS5 row of a call whose time moved is dropped first, its key holds the time;
    PostgreSQL's index is keyed by the call and upserted)."""
    rows: list[dict[str, Any]] = []
    ordered = sorted(ids)
    for i in range(0, len(ordered), _CHUNK):
        rows.extend(
            dict(r._mapping)
            for r in session.execute(
                select(CallLog.id, CallLog.occurred_at, CallLog.notes, CallLog.problems).where(
                    CallLog.id.in_(ordered[i : i + _CHUNK])
                )
            )
        )
    fts.reindex(session, rows, before)
