"""Merging incoming change records into this database (SYNC.md "Merge"), one bundle at a time.

The records of a bundle are grouped by row, the latest record of each field standing
for the others (``sync_rows.latest_records``, which also says which values each was
based on), and the rows they name are read as this database holds them
(``sync_rows.load_rows``). Each field is then decided by
``desktop.sync.policies.decide`` against the value held here, and everything is
written through ``db.apply.apply_plan``:

* **Existing rows**: the decision per field; a losing value is kept in
  ``sync_conflict`` with the winning one; at HQ a rejected write that would have won
  is answered with a correction (HQ's value with a fresh clock, written to its
  change log so that it reaches the laptop).
* **New rows** are inserted when their first records arrive, whole: fields missing
  from the bundle take their column default (or NULL when nullable); a row that still
  lacks a required field is a broken bundle (refused, nothing written). The row clock
  is the lowest clock among its fields; fields with another clock get a field clock.
  A row that came with every field and is stored as sent (most of a large bundle) is
  one ``db.apply.NewRow``, read a column at a time, without an object per field.
* **At HQ, new rows from a laptop**: a row the laptop may not create (an HQ-only
  table) or outside its scope is still stored, as sent, but as a tombstone: its
  ``deleted`` field is corrected to true and the refused ``false`` is kept as a
  conflict. Owner-only fields of an accepted new row must start at their column
  default (``policies.decide_new``); another value is replaced by the default and kept.
* **Relays**: at HQ every field written from a laptop's bundle goes into HQ's change
  log with its own clock and base (corrections with HQ's), so that it reaches the
  other laptops that hold the row; the sender is recorded as holding the rows it wrote.
  A new row stored as sent is relayed as one record naming the whole row (field
  ``WHOLE_ROW``, with its row clock): no laptop but the sender holds it yet, so HQ's
  export sends it whole, as it then stands, to each laptop whose scope it is in
  (``sync_export``), and its values as sent stay in HQ's archive of the bundle.
* **Unique fields**: a value two rows would hold (a distributor code taken on both
  sides) is given up by one of them, kept as a conflict (``sync_unique``).
* **Clocks**: this device's HLC receives the highest incoming clock before anything
  is stamped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from operator import attrgetter
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from db.apply import ApplyPlan, FieldWrite, NewRow, RowWrite, apply_plan
from db.capture import naive_utc
from db.ids import uuid7
from db.models import Base, Conflict
from desktop.collector import collector_paused
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services import sync_state
from desktop.services.sync_conflicts import SUPERSEDED
from desktop.services.sync_rows import Bases, latest_records, load_rows
from desktop.services.sync_schema import column_defaults, field_names, sync_schema, to_json
from desktop.services.sync_scope import RowScope, mark_held
from desktop.services.sync_unique import settle
from desktop.sync.lines import value_text
from desktop.sync.policies import (
    DUPLICATE,
    OWNER_ONLY,
    REGISTRY,
    REJECTED_NOT_OWNER,
    REJECTED_SCOPE,
    Clock,
    Incoming,
    Local,
    TablePolicy,
    decide,
    decide_new,
)
from desktop.sync.records import Change

MSG_INCOMPLETE = QT_TRANSLATE_NOOP(
    "errors",
    "The changes from {device} hold a new {table} row without its {field}; nothing was imported. "
    "Export again on that device.",
)

_HLC_OF: Callable[[Change], int] = attrgetter("hlc")
#: The field of a change-log record that stands for a whole new row (module notes): no
#: column has an empty name.
WHOLE_ROW = ""
#: Tables in the order rows may be inserted (referenced tables first).
TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


@dataclass
class MergeContext:
    """Who is merging what: this device, the sender and what the sender may write."""

    session: Session
    me: str  # origin of this device's clocks
    sender: str
    from_owner: bool  # the sender is HQ (this is a laptop)
    relay: bool  # this is HQ: written fields go into the change log
    scope: RowScope | None  # HQ: the sender's scope
    now: datetime
    _stamp: int | None = None

    def stamp(self) -> int:
        """One fresh clock for every correction of this merge."""
        if self._stamp is None:
            self._stamp = sync_state.tick(self.session, self.now)
        return self._stamp


@dataclass
class MergeCounts:
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0


@dataclass
class _Work:
    plan: ApplyPlan = field(default_factory=ApplyPlan)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    held: list[tuple[str, str]] = field(default_factory=list)
    applied: int = 0


def merge(ctx: MergeContext, changes: Sequence[Change]) -> MergeCounts:
    """Merge ``changes`` (in stream order) into the database; see the module notes."""
    if not changes:
        return MergeCounts()
    with collector_paused():
        return _merge(ctx, changes)


def _merge(ctx: MergeContext, changes: Sequence[Change]) -> MergeCounts:
    sync_state.receive(ctx.session, max(map(_HLC_OF, changes)), ctx.now)
    latest, bases = latest_records(changes)
    rows, clocks = load_rows(ctx.session, list(latest))
    work = _Work()
    if ctx.scope is not None:
        for (table, pk), fields in latest.items():
            if table == "distributor" and (table, pk) not in rows:
                ctx.scope.note_distributor(pk, {f: ch.value for f, ch in fields.items()})
    for key in sorted(latest, key=lambda k: TABLE_ORDER.get(k[0], 0)):
        table, pk = key
        current = rows.get(key)
        if current is None:
            _new_row(ctx, work, table, pk, latest[key])
        else:
            _existing_row(ctx, work, table, pk, latest[key], current, clocks, bases)
        if ctx.relay:
            work.held.append(key)
    for r in settle(
        ctx.session, work.plan, local_yields=ctx.from_owner, stamp=ctx.stamp, me=ctx.me
    ):
        winner = (r.new, Clock(ctx.stamp(), ctx.me))
        work.conflicts.append(
            _conflict(ctx, r.table, r.pk, r.field, DUPLICATE, (r.value, r.clock), winner)
        )
    apply_plan(ctx.session, work.plan)
    if ctx.from_owner:
        _close_superseded(ctx, work)
    if work.conflicts:
        ctx.session.execute(insert(Conflict), work.conflicts)
    if ctx.relay:
        mark_held(ctx.session, ctx.sender, work.held)
    return MergeCounts(work.applied, len(changes) - work.applied, len(work.conflicts))


def _close_superseded(ctx: MergeContext, work: _Work) -> None:
    """A laptop: an open conflict on a field HQ has written again since is settled at HQ
    (resolved there, or the field moved on); it is closed as ``superseded``, both of its
    values kept. The conflicts this merge finds are not among them (not stored yet)."""
    open_ = ctx.session.execute(
        select(Conflict.id, Conflict.tbl, Conflict.pk, Conflict.field, Conflict.winner_hlc).where(
            Conflict.resolved_at.is_(None)
        )
    ).all()
    if not open_:
        return
    written = {(r.table, r.pk, w.field): w.hlc for r in work.plan.rows for w in r.writes}
    settled = [c.id for c in open_ if written.get((c.tbl, c.pk, c.field), -1) > c.winner_hlc]
    if settled:
        ctx.session.execute(
            update(Conflict)
            .where(Conflict.id.in_(settled))
            .values(resolved_at=naive_utc(ctx.now), resolution=SUPERSEDED)
        )


@dataclass(frozen=True)
class _Shape:
    """What merging needs to know of one synced table, worked out once."""

    names: tuple[str, ...]  # replicated fields, in column order
    policy: TablePolicy
    defaults: dict[str, Any]  # scalar column defaults, as they travel
    required: frozenset[str]  # fields neither nullable nor with a default
    guarded: frozenset[str]  # owner-only fields with a default (``decide_new`` may refuse)
    parsers: dict[str, Callable[[str], Any]]  # travelling text → column value (dates, times)
    parse_at: tuple[tuple[int, Callable[[str], Any]], ...]  # the same by place in ``names``


_PARSERS: dict[str, Callable[[str], Any]] = {
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
}


@cache
def _shape(table: str) -> _Shape:
    specs = sync_schema()[table]
    names = field_names(table)
    defaults = {n: to_json(v) for n, v in column_defaults(table).items()}
    policy = REGISTRY[table]
    return _Shape(
        names, policy, defaults,
        frozenset(n for n in names if n not in defaults and not specs[n].nullable),
        frozenset(n for n in names if n in defaults and policy.of(n) == OWNER_ONLY),
        {n: _PARSERS[specs[n].kind] for n in names if specs[n].kind in _PARSERS},
        tuple((i, _PARSERS[specs[n].kind]) for i, n in enumerate(names) if specs[n].kind in _PARSERS),
    )  # fmt: skip


def _column(shape: _Shape, name: str, value: Any) -> Any:
    """A travelling value as the column stores it (``sync_schema.to_column``)."""
    parse = shape.parsers.get(name)
    return value if parse is None or value is None else parse(value)


def _relay(
    ctx: MergeContext, work: _Work, table: str, pk: str, ch: Change, base: int | None
) -> None:
    if ctx.relay:
        work.plan.relay.append((table, pk, ch.field, value_text(ch.value), ch.hlc, ch.origin, base))


def _correct(
    ctx: MergeContext, work: _Work, table: str, pk: str, name: str, value: Any, base: int | None
) -> tuple[FieldWrite, int]:
    """HQ's value of a field re-stamped with a fresh clock, and its change-log record."""
    stamp = ctx.stamp()
    work.plan.relay.append((table, pk, name, value_text(value), stamp, ctx.me, base))
    return FieldWrite(name, _column(_shape(table), name, value), stamp, ctx.me), stamp


def _conflict(
    ctx: MergeContext, table: str, pk: str, name: str, kind: str,
    kept: tuple[Any, Clock], winner: tuple[Any, Clock],
) -> dict[str, Any]:  # fmt: skip
    return {
        "id": uuid7(), "tbl": table, "pk": pk, "field": name, "kind": kind,
        "kept_value": value_text(kept[0]), "kept_hlc": kept[1].hlc, "kept_origin": kept[1].origin,
        "winner_value": value_text(winner[0]), "winner_hlc": winner[1].hlc,
        "winner_origin": winner[1].origin, "sender": ctx.sender, "detected_by": ctx.me,
        "detected_at": naive_utc(ctx.now), "resolved_at": None, "resolution": "",
    }  # fmt: skip


def _existing_row(
    ctx: MergeContext, work: _Work, table: str, pk: str, fields: dict[str, Change],
    current: dict[str, Any], clocks: dict[tuple[str, str, str], Clock], bases: Bases,
) -> None:  # fmt: skip
    shape = _shape(table)
    in_scope = ctx.scope is None or ctx.scope.contains(table, current)
    row_clock: Clock = current["__clock__"]
    writes: list[FieldWrite] = []
    for name, ch in fields.items():
        local = Local(current[name], clocks.get((table, pk, name), row_clock))
        chain = bases.get((table, pk, name))
        base = local.clock.hlc if chain is not None and local.clock.hlc in chain else ch.base_hlc
        incoming = Incoming(ch.value, Clock(ch.hlc, ch.origin), base)
        d = decide(
            shape.policy.of(name), incoming, local, from_owner=ctx.from_owner, in_scope=in_scope
        )
        if d.write:
            writes.append(FieldWrite(name, _column(shape, name, ch.value), ch.hlc, ch.origin))
            _relay(ctx, work, table, pk, ch, base)
            work.applied += 1
        winner = (ch.value, incoming.clock) if d.write else (local.value, local.clock)
        if d.correct:
            write, stamp = _correct(ctx, work, table, pk, name, local.value, local.clock.hlc)
            writes.append(write)
            winner = (local.value, Clock(stamp, ctx.me))
        if d.conflict:
            kept = (local.value, local.clock) if d.write else (ch.value, incoming.clock)
            work.conflicts.append(_conflict(ctx, table, pk, name, d.conflict, kept, winner))
    if writes:
        work.plan.rows.append(RowWrite(table, pk, writes))


def _complete(ctx: MergeContext, table: str, fields: dict[str, Change]) -> dict[str, Any]:
    """The travelling values of a new row: as sent, else the column default, else NULL."""
    shape = _shape(table)
    values = {name: ch.value for name, ch in fields.items()}
    if len(values) == len(shape.names):
        return values
    for name in shape.names:
        if name in values:
            continue
        if name in shape.required:
            raise UserError(MSG_INCOMPLETE, device=ctx.sender, table=table, field=name)
        values[name] = shape.defaults.get(name)
    return values


def _refusals(
    ctx: MergeContext, shape: _Shape, table: str, values: dict[str, Any]
) -> dict[str, tuple[str, Any]]:
    """HQ: the fields of a laptop's new row stored otherwise than sent: name → (kind, value)."""
    if ctx.from_owner:
        return {}
    if ctx.scope is not None and (
        not shape.policy.laptop_creates or not ctx.scope.contains(table, values)
    ):
        kind = REJECTED_SCOPE if shape.policy.laptop_creates else REJECTED_NOT_OWNER
        return {"deleted": (kind, True)} if values["deleted"] is False else {}
    out: dict[str, tuple[str, Any]] = {}
    for name in shape.guarded:
        decided = decide_new(
            shape.policy.of(name), values[name], from_owner=False, default=shape.defaults[name]
        )
        if decided.rejected:
            out[name] = (REJECTED_NOT_OWNER, decided.value)
    return out


def _new_row(
    ctx: MergeContext, work: _Work, table: str, pk: str, fields: dict[str, Change]
) -> None:
    shape = _shape(table)
    values = _complete(ctx, table, fields)
    refused = _refusals(ctx, shape, table, values)
    if not refused and len(fields) == len(shape.names):
        _whole_new_row(ctx, work, shape, table, pk, fields)
        return
    row_hlc, row_origin = min((ch.hlc, ch.origin) for ch in fields.values())
    parsers, relay = shape.parsers, work.plan.relay if ctx.relay else None
    writes: list[FieldWrite] = []
    for name in shape.names:
        value = values[name]
        ch = fields.get(name)
        hlc, origin = (ch.hlc, ch.origin) if ch is not None else (row_hlc, row_origin)
        if name in refused:
            kind, corrected = refused[name]
            write, stamp = _correct(ctx, work, table, pk, name, corrected, hlc)
            writes.append(write)
            work.conflicts.append(
                _conflict(ctx, table, pk, name, kind, (value, Clock(hlc, origin)),
                          (corrected, Clock(stamp, ctx.me)))
            )  # fmt: skip
            continue
        parse = parsers.get(name)
        writes.append(
            FieldWrite(name, value if parse is None or value is None else parse(value), hlc, origin)
        )
        if ch is not None:
            work.applied += 1
        if relay is not None:  # a default filled in here travels on with the row clock
            relay.append((table, pk, name, value_text(value), hlc, origin,
                          ch.base_hlc if ch is not None else None))  # fmt: skip
    work.plan.rows.append(RowWrite(table, pk, writes, (row_hlc, row_origin)))


def _whole_new_row(
    ctx: MergeContext, work: _Work, shape: _Shape, table: str, pk: str, fields: dict[str, Change]
) -> None:
    """A new row that came with every field and is stored as sent (the common case): one
    ``NewRow``, its records read a column at a time, and (at HQ) one relayed record."""
    records = list(map(fields.__getitem__, shape.names))
    _, _, _, names, values, hlcs, origins, _, _ = zip(*records, strict=True)
    count = len(records)
    row_clock = newest = (hlcs[0], origins[0])
    clocks: list[tuple[str, int, str]] = []
    if hlcs.count(hlcs[0]) != count or origins.count(origins[0]) != count:  # edited since
        every = list(zip(hlcs, origins, strict=True))
        row_clock, newest = min(every), max(every)
        clocks = [(name, *clock) for name, clock in zip(names, every, strict=True)
                  if clock != row_clock]  # fmt: skip
    columns = list(values)
    for at, parse in shape.parse_at:
        if columns[at] is not None:
            columns[at] = parse(columns[at])
    work.plan.new_rows.append(NewRow(table, pk, tuple(columns), row_clock, newest, clocks))
    if ctx.relay:
        work.plan.relay.append((table, pk, WHOLE_ROW, "", *row_clock, None))
    work.applied += count
