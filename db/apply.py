"""The apply path of sync: incoming values written with their own clocks (SYNC.md "Merge").

One function, ``apply_plan``, writes what a merge decided, with driver-level
``executemany`` statements on the session's connection (``db.rows.execute_rows``, a
few statements per table however many rows: the only writes on synced tables besides
base rows that bypass the session and its change capture, ``db.capture``), and creates
no outbox records but those the caller passes in: the records HQ relays into its change
log (incoming changes that won, and its corrections), and a laptop's own rename of a
value HQ's rows took (``sync_unique``). Rows
written that way get their bookkeeping columns from their clocks: ``created_at`` is the
time of the row clock, ``updated_at``/``changed_by`` the time and origin of the newest
clock written. Call logs written that way are indexed for full-text search in the same
transaction (``db.fts``): new ones from the values written, edited ones as they stand
afterwards.

Unique fields (a distributor's code, say) may trade values within one import: rows
updated to a value another row gives up in the same plan. The database checks each row
as it is written, so the rows whose unique text fields an import updates first take a
stand-in of their own (U+0001 and the end of their key: no one types it), and the
final values are written after the inserts. That the final values are unique is the
merge's business (``sync_unique``); should two still collide, the import fails whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import String, inspect, select
from sqlalchemy.orm import Session

from db import fts, hlc
from db.capture import naive_utc, replicated_fields, synced_tables
from db.models import Base, CallLog, FieldClock, Outbox
from db.rows import execute_rows

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
    _release_unique(session, updates)
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


@cache
def unique_text_fields(table: str) -> tuple[tuple[str, int | None], ...]:
    """The replicated text fields of a synced table that must be unique, with their lengths."""
    model = synced_tables()[table]
    columns = inspect(model).columns
    return tuple(
        (name, columns[name].type.length)  # type: ignore[attr-defined]
        for name in replicated_fields(model)
        if columns[name].unique and isinstance(columns[name].type, String)
    )


def _release_unique(
    session: Session, updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]]
) -> None:
    """Give every row whose unique text fields this plan updates a stand-in value in them
    first, so that rows may trade values (module notes). Each update row ends in its key."""
    for (table, fields), rows in updates.items():
        unique = [(n, length) for n, length in unique_text_fields(table) if n in fields]
        if not unique:
            continue
        held = [(*(_stand_in(row[-1], length) for _, length in unique), row[-1]) for row in rows]
        execute_rows(session, table, [n for n, _ in unique], held, where=("id",))


def _stand_in(pk: str, length: int | None) -> str:
    digits = pk.replace("-", "")
    return "\x01" + (digits if length is None else digits[-(length - 1) :])


def _moments() -> Callable[[int], datetime]:
    """Clock → naive UTC time, each clock worked out once (a bundle's rows share a few)."""
    times: dict[int, datetime] = {}

    def moment(clock: int) -> datetime:
        found = times.get(clock)
        if found is None:
            found = times[clock] = naive_utc(hlc.to_datetime(clock))
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
