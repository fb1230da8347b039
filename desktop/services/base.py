"""What every service shares: the change record, the acting person's scope, plain-data helpers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import LocalState, Person
from desktop.domain.org import OrgNode, Role, Scope, is_hq, scope_of

T = TypeVar("T")


class Interrupted(Exception):
    """A read was stopped because its caller no longer wants the answer (a newer query)."""


@dataclass(frozen=True)
class Changes:
    """What an operation changed, by table name; pages decide whether they must refresh."""

    tables: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *tables: str, ids: Iterable[str] = ()) -> Changes:
        return cls(frozenset(tables), frozenset(ids))

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))

    def __bool__(self) -> bool:
        return bool(self.tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.ids | other.ids)


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """The value an operation returns and what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)


def org_nodes(session: Session) -> list[OrgNode]:
    rows = session.execute(
        select(Person.id, Person.role, Person.manager_id, Person.market_id, Person.region_id).where(
            Person.deleted.is_(False)
        )
    )
    return [OrgNode(r.id, Role(r.role), r.manager_id, r.market_id, r.region_id) for r in rows]


def owner_id(session: Session) -> str | None:
    """The person this database belongs to (None: not chosen yet, which sees everything)."""
    return session.scalar(select(LocalState.owner_person_id).where(LocalState.id == 1))


#: The role of this database's owner (no row: no owner, or an owner who is gone).
OWNER_ROLE = (
    select(Person.role)
    .join(LocalState, LocalState.owner_person_id == Person.id)
    .where(LocalState.id == 1, Person.deleted.is_(False))
)


def current_scope(session: Session) -> Scope:
    """The acting person's scope: the laptop owner's subtree, or everything for HQ.

    Same answer as ``scope_of``, without reading the whole organisation when the owner
    is HQ or nobody (no owner, an owner who is gone, or an SLT/SSG owner sees
    everything): only a field owner needs the tree. Every service asks it on every
    read, on the UI thread too (a detail shown), so HQ's answer is one small query.
    """
    role = session.connection().scalar(OWNER_ROLE)
    if role is None or is_hq(role):
        return Scope.all()
    return scope_of(owner_id(session), org_nodes(session))


class Service:
    """Base of every service: holds the database, opens units of work."""

    def __init__(self, db: Database) -> None:
        self.db = db
