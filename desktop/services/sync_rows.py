"""The rows a bundle's records name: grouped by row, and as this database holds them.

* ``latest_records``: a bundle's records by row and field. For a field named more than
  once the record with the highest clock stands for the others (the earlier ones are
  history of the same sender, not values met here). It was based on every value along
  its chain of bases within the bundle (an edit of a value that came in the same bundle
  builds on what that value was based on), so it replaces without a conflict a value
  held here with any clock of that chain.
* ``load_rows``: the rows of given keys as they travel (values as JSON, with their row
  clock), and their field clocks, a few hundred keys per query; field clocks are asked
  for only where a row was found (synced rows are never deleted, and their field clocks
  come with them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import FieldClock
from desktop.services.sync_schema import field_names, model_of, to_json
from desktop.sync.policies import Clock
from desktop.sync.records import Change

#: (table, pk, field) → the clocks the latest record of a field named more than once
#: in a bundle was based on, following its bases through the bundle's earlier records.
Bases = dict[tuple[str, str, str], frozenset[int | None]]


def latest_records(
    changes: Sequence[Change],
) -> tuple[dict[tuple[str, str], dict[str, Change]], Bases]:
    """Each row's fields with the record that stands for them, and the chains of bases
    (module notes). A row's records mostly follow each other: its fields are looked up
    once per run of them."""
    rows: dict[tuple[str, str], dict[str, Change]] = {}
    repeated: dict[tuple[str, str, str], list[Change]] = {}
    table = pk = ""
    fields: dict[str, Change] = {}
    for ch in changes:
        if ch.pk != pk or ch.table != table:
            table, pk = ch.table, ch.pk
            fields = rows.setdefault((table, pk), {})
        known = fields.get(ch.field)
        if known is None:
            fields[ch.field] = ch
            continue
        repeated.setdefault((table, pk, ch.field), [known]).append(ch)
        if (ch.hlc, ch.origin) > (known.hlc, known.origin):
            fields[ch.field] = ch
    bases: Bases = {}
    for key, records in repeated.items():
        by_clock = {r.hlc: r for r in records}
        chain: list[int | None] = []
        base = rows[key[:2]][key[2]].base_hlc
        while base not in chain:
            chain.append(base)
            earlier = by_clock.get(base) if base is not None else None
            if earlier is None:
                break
            base = earlier.base_hlc
        bases[key] = frozenset(chain)
    return rows, bases


def load_rows(
    session: Session, keys: list[tuple[str, str]]
) -> tuple[dict[tuple[str, str], dict[str, Any]], dict[tuple[str, str, str], Clock]]:
    """The rows of ``keys`` this database holds (travelling values plus their row clock), and
    their field clocks."""
    by_table: dict[str, list[str]] = {}
    for table, pk in keys:
        by_table.setdefault(table, []).append(pk)
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    clocks: dict[tuple[str, str, str], Clock] = {}
    for table, pks in by_table.items():
        model: Any = model_of(table)
        names = field_names(table)
        columns = [model.id, model.row_hlc, model.row_origin, *(getattr(model, n) for n in names)]
        for i in range(0, len(pks), 500):
            found = []
            for r in session.execute(select(*columns).where(model.id.in_(pks[i : i + 500]))):
                values = {n: to_json(v) for n, v in zip(names, r[3:], strict=True)}
                values["__clock__"] = Clock(r[1], r[2])
                rows[(table, r[0])] = values
                found.append(r[0])
            if not found:  # rows not here yet have no field clocks either
                continue
            for c in session.execute(
                select(FieldClock.pk, FieldClock.field, FieldClock.hlc, FieldClock.origin).where(
                    FieldClock.tbl == table, FieldClock.pk.in_(found)
                )
            ):
                clocks[(table, c[0], c[1])] = Clock(c[2], c[3])
    return rows, clocks
