"""Unique fields in a merge: two rows that would hold one value (a distributor's code).

Two laptops may each add a distributor with the code D0107 before either has synced, or
HQ may add one with a code a laptop has just used. A value taken on both sides is no
structural fault of a bundle, so it does not refuse the file (SYNC.md: "only structural
failures reject a whole bundle"); one of the rows gives its value up instead, and keeps
the value it gave up as a conflict (``policies.DUPLICATE``) for a person to settle:

* **At HQ** the row already here keeps the value (it is what every other laptop has);
  the incoming write takes a variant, ``D0107-3FA9`` (the value, cut to leave room,
  and the end of the row's key, longer if that is taken too), as a correction: HQ's
  clock, in HQ's change log, so that the sender gets it like any other correction.
* **On a laptop** HQ's value stands, since HQ is where the organisation's data is
  agreed; the laptop's own row that holds it (one HQ has not received yet) takes the
  variant as an edit of its own, recorded in its outbox, so HQ receives it with the row.
* Between two rows of the same import the one with the earlier clock keeps the value.

Values that only change hands within one import (codes swapped) are no clash: the
writes go in two steps (``db.apply``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.apply import ApplyPlan, FieldWrite, NewRow, RowWrite, unique_text_fields
from desktop.services.sync_rows import load_rows
from desktop.services.sync_schema import field_names, model_of
from desktop.sync.lines import value_text
from desktop.sync.policies import Clock

_CHUNK = 500
#: How many hex digits of the row's key a variant ends in, tried in turn.
_SUFFIXES = (4, 6, 8, 12, 32)


@dataclass(frozen=True)
class Renamed:
    """A row that gave up ``value`` (with its ``clock``) for ``new``, at the merge's clock."""

    table: str
    pk: str
    field: str
    value: str
    clock: Clock
    new: str


@dataclass
class _Write:
    """Where the plan writes one unique field of one row."""

    clock: tuple[int, str]
    pk: str
    value: str | None
    new_row: int | None = None  # index in ``plan.new_rows``
    row: int | None = None  # index in ``plan.rows``
    at: int = 0  # place of the field in the row's values or writes


def settle(
    session: Session, plan: ApplyPlan, *, local_yields: bool, stamp: Callable[[], int], me: str
) -> list[Renamed]:
    """Give a variant to every write of ``plan`` that would take a unique value another row
    holds (module notes); the plan is changed in place. ``local_yields``: this is a laptop."""
    renamed: list[Renamed] = []
    dropped: set[tuple[str, str, str]] = set()
    for table in sorted({r.table for r in plan.rows} | {r.table for r in plan.new_rows}):
        for field, length in unique_text_fields(table):
            writes = list(_writes(plan, table, field))
            if writes:
                clash = _Clash(session, plan, table, field, length, stamp, me)
                renamed += clash.settle(writes, local_yields, dropped)
    if dropped:
        plan.relay[:] = [r for r in plan.relay if r[:3] not in dropped or r[5] == me]
    return renamed


def _writes(plan: ApplyPlan, table: str, field: str) -> Iterator[_Write]:
    at = field_names(table).index(field)
    for i, new in enumerate(plan.new_rows):
        if new.table == table:
            clock = next(((h, o) for f, h, o in new.clocks if f == field), new.row_clock)
            yield _Write(clock, new.pk, new.values[at], new_row=i, at=at)
    for i, row in enumerate(plan.rows):
        if row.table == table:
            for j, w in enumerate(row.writes):
                if w.field == field:
                    yield _Write((w.hlc, w.origin), row.pk, w.value, row=i, at=j)


class _Clash:
    """One unique field of one table in one plan."""

    def __init__(
        self, session: Session, plan: ApplyPlan, table: str, field: str, length: int | None,
        stamp: Callable[[], int], me: str,
    ) -> None:  # fmt: skip
        self.session, self.plan, self.table, self.field = session, plan, table, field
        self.length, self.stamp, self.me = length, stamp, me
        self.model: Any = model_of(table)
        self.taken: dict[str, str] = {}  # value → the row that holds it after this plan

    def settle(
        self, writes: list[_Write], local_yields: bool, dropped: set[tuple[str, str, str]]
    ) -> list[Renamed]:
        written = {w.pk for w in writes}
        held = self._holders({w.value for w in writes})
        self.taken = {v: pk for v, pk in held.items() if pk not in written}
        renamed: list[Renamed] = []
        for w in sorted(writes, key=lambda w: (w.clock, w.pk)):
            if w.value is None:
                continue
            other = self.taken.get(w.value)
            if other is None or other == w.pk:
                self.taken[w.value] = w.pk
            elif local_yields and other not in written:
                renamed.append(self._rename_local(other, w.value))
                self.taken[w.value] = w.pk
            else:
                renamed.append(self._rename_write(w))
                dropped.add((self.table, w.pk, self.field))
        return renamed

    def _holders(self, values: set[str | None]) -> dict[str, str]:
        """value → the row holding it, for each of ``values`` some row holds."""
        column = getattr(self.model, self.field)
        wanted = sorted(v for v in values if v is not None)
        found: dict[str, str] = {}
        for i in range(0, len(wanted), _CHUNK):
            stmt = select(column, self.model.id).where(column.in_(wanted[i : i + _CHUNK]))
            found.update((value, pk) for value, pk in self.session.execute(stmt))
        return found

    def _variant(self, value: str, pk: str) -> str:
        digits = pk.replace("-", "").upper()  # codes are written in capitals
        column = getattr(self.model, self.field)
        for size in _SUFFIXES:
            room = len(value) if self.length is None else self.length - size - 1
            candidate = f"{value[: max(room, 0)]}-{digits[-size:]}"[: self.length]
            if candidate in self.taken:
                continue
            if self.session.scalar(select(self.model.id).where(column == candidate)) is None:
                self.taken[candidate] = pk
                return candidate
        raise RuntimeError(f"no free variant of {value!r} for {self.table}.{self.field}")

    def _rename_write(self, w: _Write) -> Renamed:
        """The incoming write takes a variant, at this device's clock, relayed."""
        assert w.value is not None
        new, clock = self._variant(w.value, w.pk), (self.stamp(), self.me)
        if w.new_row is not None:
            row = self.plan.new_rows[w.new_row]
            values = list(row.values)
            values[w.at] = new
            clocks = [c for c in row.clocks if c[0] != self.field] + [(self.field, *clock)]
            self.plan.new_rows[w.new_row] = NewRow(
                row.table, row.pk, tuple(values), row.row_clock, max(row.newest, clock), clocks
            )
        else:
            assert w.row is not None
            self.plan.rows[w.row].writes[w.at] = FieldWrite(self.field, new, *clock)
        self.plan.relay.append((self.table, w.pk, self.field, value_text(new), *clock, w.clock[0]))
        return Renamed(self.table, w.pk, self.field, w.value, Clock(*w.clock), new)

    def _rename_local(self, pk: str, value: str) -> Renamed:
        """This laptop's own row that holds ``value`` takes a variant, as its own edit."""
        rows, clocks = load_rows(self.session, [(self.table, pk)])
        held: Clock = clocks.get((self.table, pk, self.field), rows[(self.table, pk)]["__clock__"])
        new, hlc = self._variant(value, pk), self.stamp()
        self.plan.rows.append(RowWrite(self.table, pk, [FieldWrite(self.field, new, hlc, self.me)]))
        self.plan.relay.append(
            (self.table, pk, self.field, value_text(new), hlc, self.me, held.hlc)
        )
        return Renamed(self.table, pk, self.field, value, held, new)
