"""What a laptop may hold and write: its scope, and the rows HQ knows it holds.

* **Scope** is that of the enrolled person (``desktop.domain.org.scope_of``), kept on
  the device row at HQ as JSON and recomputed from the organisation when HQ exports.
* **Shared tables** (organisation, holidays, rule settings): every device holds every
  row, tombstones included.
* **Distributors** are in scope by the rule the Distributors page applies: owner in the
  person's subtree, or market or region managed in it. Their contacts follow them.
* **Calls, visits, follow-up tasks**: in scope when their distributor is, or when their
  person is in the subtree.
* **Held rows** (``sync_held``, at HQ): the scoped rows a laptop has — its enrolment
  snapshot, every row sent to it since, every row it wrote. Once held, a row's changes
  keep flowing to the laptop even when it leaves the scope; a row entering the scope
  is sent whole (``sync_export``). A device whose scope is everything holds every row
  without a list. Rows enter a scope live: a tombstone not yet held is not sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, Select, false, or_, select, true
from sqlalchemy.orm import Session

from db.models import (
    CallLog,
    Distributor,
    DistributorContact,
    FollowUpTask,
    HeldRow,
    SyncDevice,
    Visit,
)
from db.rows import execute_rows
from desktop.domain.org import Scope, scope_of
from desktop.services.base import org_nodes
from desktop.services.distributors import scope_clause
from desktop.services.sync_schema import model_of
from desktop.sync.policies import SHARED_TABLES

#: Scoped tables whose rows hang on a distributor (sent with it when it enters a scope).
DEPENDENTS = ("distributor_contact", "call_log", "visit", "follow_up_task")
SCOPED_TABLES = ("distributor", *DEPENDENTS)
_HELD_COLUMNS = ("device_id", "tbl", "pk")
_HELD_ONCE = " ON CONFLICT (device_id, tbl, pk) DO NOTHING"


def person_scope(session: Session, person_id: str | None) -> Scope:
    """The scope of a person as the organisation stands in this database."""
    return scope_of(person_id, org_nodes(session))


def device_scope(session: Session, device_id: str) -> Scope:
    """A laptop's scope now: that of its person in the current organisation (HQ: everything).

    Computed once per session (an import or an export does not change the organisation
    before it has read the scope).
    """
    cache: dict[str, Scope] = session.info.setdefault("fielddesk_scopes", {})
    if device_id not in cache:
        device = session.get(SyncDevice, device_id)
        if device is None or device.role != "laptop":
            cache[device_id] = Scope.all()
        else:
            cache[device_id] = person_scope(session, device.person_id)
    return cache[device_id]


def scope_to_json(scope: Scope) -> str:
    return json.dumps(
        {
            "everything": scope.everything,
            "people": sorted(scope.people),
            "markets": sorted(scope.markets),
            "regions": sorted(scope.regions),
        },
        separators=(",", ":"),
        sort_keys=True,
    )


def scope_from_json(text: str) -> Scope:
    data = json.loads(text or "{}")
    return Scope(
        bool(data.get("everything", False)),
        frozenset(data.get("people", ())),
        frozenset(data.get("markets", ())),
        frozenset(data.get("regions", ())),
    )


class RowScope:
    """Membership of single rows in one scope, with distributors looked up once."""

    def __init__(self, session: Session, scope: Scope) -> None:
        self.session = session
        self.scope = scope
        self._distributors: dict[str, bool] = {}

    def note_distributor(self, pk: str, values: Mapping[str, Any]) -> None:
        """A distributor's values as they will be (from the same bundle)."""
        self._distributors[pk] = self.contains("distributor", values)

    def distributor(self, pk: str | None) -> bool:
        if pk is None:
            return False
        if self.scope.everything:
            return True
        if pk not in self._distributors:
            row = self.session.execute(
                select(Distributor.owner_id, Distributor.market_id, Distributor.region_id).where(
                    Distributor.id == pk
                )
            ).first()
            self._distributors[pk] = row is not None and self.scope.sees_distributor(*row)
        return self._distributors[pk]

    def contains(self, table: str, values: Mapping[str, Any]) -> bool:
        """Whether a row with these values is in the scope."""
        if self.scope.everything or table in SHARED_TABLES:
            return True
        if table == "distributor":
            return self.scope.sees_distributor(
                values.get("owner_id"), values.get("market_id"), values.get("region_id")
            )
        if table == "distributor_contact":
            return self.distributor(values.get("distributor_id"))
        if table in ("call_log", "visit", "follow_up_task"):
            person = values.get("person_id")
            return (person is not None and person in self.scope.people) or self.distributor(
                values.get("distributor_id")
            )
        return False


def _visible_distributors(scope: Scope) -> Select[Any]:
    return select(Distributor.id).where(scope_clause(scope))


def _people(column: Any, scope: Scope) -> ColumnElement[bool]:
    return column.in_(scope.people) if scope.people else false()


def scope_ids(table: str, scope: Scope) -> Select[Any]:
    """SELECT the ids of the live rows of a scoped table in ``scope``."""
    if scope.everything:
        model: Any = model_of(table)
        return select(model.id).where(model.deleted.is_(False))
    if table == "distributor":
        return _visible_distributors(scope)
    visible = _visible_distributors(scope)
    if table == "distributor_contact":
        return select(DistributorContact.id).where(
            DistributorContact.deleted.is_(False), DistributorContact.distributor_id.in_(visible)
        )
    model = {"call_log": CallLog, "visit": Visit, "follow_up_task": FollowUpTask}[table]
    return select(model.id).where(
        model.deleted.is_(False),
        or_(_people(model.person_id, scope), model.distributor_id.in_(visible)),
    )


def not_held_in_scope(table: str, scope: Scope, device_id: str) -> Select[Any]:
    """SELECT the ids of live rows of a scoped table in ``scope`` that the laptop does not hold."""
    stmt = scope_ids(table, scope)
    return stmt.where(~held_clause(device_id, table, stmt.selected_columns[0]))


def dependents_of(table: str, distributor_ids: list[str]) -> Select[Any]:
    """SELECT the ids of the live rows of a dependent table that hang on these distributors."""
    model: Any = model_of(table)
    return select(model.id).where(
        model.deleted.is_(False), model.distributor_id.in_(distributor_ids)
    )


def holds_all(scope: Scope) -> bool:
    """A device whose scope is everything holds every row without a list."""
    return scope.everything


def mark_held(session: Session, device_id: str, rows: Iterable[tuple[str, str]]) -> None:
    """Record that a laptop holds these rows (shared-table rows need no record)."""
    params = [(device_id, t, pk) for t, pk in rows if t not in SHARED_TABLES]
    execute_rows(session, HeldRow.__tablename__, _HELD_COLUMNS, params, suffix=_HELD_ONCE)


def held_among(session: Session, device_id: str, table: str, pks: Iterable[str]) -> set[str]:
    """Which of ``pks`` the laptop holds."""
    if table in SHARED_TABLES:
        return set(pks)
    ordered = sorted(set(pks))
    found: set[str] = set()
    for i in range(0, len(ordered), 500):
        found.update(
            session.scalars(
                select(HeldRow.pk).where(
                    HeldRow.device_id == device_id,
                    HeldRow.tbl == table,
                    HeldRow.pk.in_(ordered[i : i + 500]),
                )
            )
        )
    return found


def held_clause(device_id: str, table: str, id_column: Any) -> ColumnElement[bool]:
    """SQL for 'the laptop holds this row' (always true for shared tables)."""
    if table in SHARED_TABLES:
        return true()
    return id_column.in_(
        select(HeldRow.pk).where(HeldRow.device_id == device_id, HeldRow.tbl == table)
    )
