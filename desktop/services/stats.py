"""Counts for `fielddesk stats` and the status bar: the whole database, not a scope."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.capture import synced_tables
from db.models import Base, Distributor, Market, Person, Region
from desktop.services.base import Service


def _count_by(s: Session, column: Any, deleted: Any) -> dict[str, int]:
    """Live rows per value of ``column``, in value order."""
    stmt = select(column, func.count()).where(deleted.is_(False)).group_by(column).order_by(column)
    return {value: n for value, n in s.execute(stmt)}


class StatsService(Service):
    def counts(self) -> dict[str, object]:
        """Markets, regions, people by role, distributors by grade, and rows per table."""
        with self.db.read_session() as s:
            live = {
                "markets": s.scalar(
                    select(func.count()).select_from(Market).where(Market.deleted.is_(False))
                ),
                "regions": s.scalar(
                    select(func.count()).select_from(Region).where(Region.deleted.is_(False))
                ),
            }
            people_by_role = _count_by(s, Person.role, Person.deleted)
            people_by_body = _count_by(s, Person.body, Person.deleted)
            by_grade = _count_by(s, Distributor.grade, Distributor.deleted)
            tables = {
                t.name: s.scalar(select(func.count()).select_from(t)) or 0
                for t in sorted(Base.metadata.sorted_tables, key=lambda t: t.name)
            }
        return {
            **live,
            "people": sum(people_by_role.values()),
            "people_by_body": people_by_body,
            "people_by_role": people_by_role,
            "distributors": sum(by_grade.values()),
            "distributors_by_grade": by_grade,
            "tables": tables,
            "synced_tables": sorted(synced_tables()),
        }
