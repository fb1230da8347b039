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

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from db import fts, hlc
from db.models import Base, CallLog, FieldClock, LocalState, Outbox
from db.models.base import SYNC_META_COLUMNS, is_synced
from db.rows import execute_rows

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


def _next_hlc(session: Session, ctx: SyncContext) -> int:
    state = session.get(LocalState, 1)
    if state is None:
        raise CaptureError("local_state is missing: the database was not initialised")
    state.last_hlc = hlc.tick(state.last_hlc or 0, ctx.clock())
    return state.last_hlc


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
                    value=encode_value(value),
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
            new_value = getattr(obj, field)
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


#: One change-log record to append: tbl, pk, field, value (canonical JSON), hlc, origin, base_hlc.
RelayRecord = tuple[str, str, str, str, int, str, int | None]


@dataclass
class ApplyPlan:
    """Everything one import writes into synced tables, and HQ's relayed records."""

    rows: list[RowWrite] = dataclass_field(default_factory=list)
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

    New rows are inserted whole with their row clock, fields whose clock differs from
    it get a field clock; existing rows are updated field by field and every field
    written gets its clock. No outbox record is made but ``plan.relay``. Rows go to the
    database table by table in a few ``executemany`` calls (updates grouped by the
    fields they write).
    """
    session.flush()  # pending ORM writes first, as an ORM statement would autoflush them
    inserts: dict[str, list[tuple[Any, ...]]] = {}
    updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
    clocks: list[tuple[str, str, str, int, str]] = []
    new_calls: list[dict[str, Any]] = []
    edited_calls: set[str] = set()
    for row in plan.rows:
        if not row.writes:
            continue
        newest_hlc, newest_origin = max((w.hlc, w.origin) for w in row.writes)
        updated = _naive(hlc.to_datetime(newest_hlc))
        values = {w.field: w.value for w in row.writes}
        if row.new_row is not None:
            row_hlc, row_origin = row.new_row
            names, defaults = _new_row_shape(row.table)
            created = updated if row_hlc == newest_hlc else _naive(hlc.to_datetime(row_hlc))
            inserts.setdefault(row.table, []).append(
                (row.pk, *[values.get(n, defaults.get(n)) for n in names],
                 created, updated, newest_origin, row_hlc, row_origin)
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
    _defer_foreign_keys(session)
    before = _call_times(session, edited_calls) if edited_calls and fts.uses_fts(session) else {}
    for table, rows in inserts.items():
        names, _ = _new_row_shape(table)
        execute_rows(session, table, ("id", *names, *_ROW_META), rows)
    for (table, fields), rows in updates.items():
        names = (*fields, "updated_at", "changed_by")
        execute_rows(session, table, names, rows, where=("id",))
    execute_rows(session, FieldClock.__tablename__, _CLOCK_COLUMNS, clocks, suffix=_CLOCK_UPSERT)
    execute_rows(session, Outbox.__tablename__, _RELAY_COLUMNS, plan.relay)
    if new_calls:
        fts.index_rows(session, new_calls)
    if edited_calls:
        _reindex_calls(session, edited_calls, before)


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
    """SQLite: check foreign keys at commit, so that rows referring to each other (a market
    and its manager, a person and theirs) can arrive in one import in any order."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    if not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN")
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def _reindex_calls(session: Session, ids: set[str], before: dict[str, datetime]) -> None:
    """Index edited calls; drop the FTS5 rows of calls whose time moved (their key has it).

    ``fts.index_rows`` serves both dialects (PostgreSQL's index is keyed by the call)."""
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
    stale = [
        (fts.fts_rowid(r["id"], before[r["id"]]),)
        for r in rows
        if r["id"] in before and before[r["id"]] != r["occurred_at"]
    ]
    if stale and fts.uses_fts(session):
        session.connection().exec_driver_sql(f"DELETE FROM {fts.TABLE} WHERE rowid = ?", stale)
    fts.index_rows(session, rows)
