"""Change capture for sync (SYNC.md "Capture").

Every flush that touches a synced table records, in the same transaction:
the new per-field clocks and one outbox record per changed field, numbered by
the device's sequence. A session must carry a ``SyncContext`` (``Database``
gives every session one); a session without it cannot write synced rows, bulk
statements on synced tables are refused, and synced rows are never deleted
(``deleted`` is a tombstone field). Demo and enrolment snapshots come in as
*base rows*: rows with their row clock and no outbox records, because they are
already known to every replica that receives them.

Changes that arrive from another device take the *apply path* instead
(``db.apply.apply_plan``), which writes incoming values with their own clocks.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from db import hlc
from db.models import Base, FieldClock, LocalState, Outbox
from db.models.base import SYNC_META_COLUMNS, is_synced
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
        return naive_utc(self.clock())


def utc_now() -> datetime:
    return datetime.now(UTC)


def naive_utc(moment: datetime) -> datetime:
    """A moment as the timestamp columns store it: naive UTC (a naive moment is UTC already)."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


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
