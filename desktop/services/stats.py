"""Counts for `fielddesk stats` and the status bar: the whole database, not a scope."""

from __future__ import annotations

from sqlalchemy import func, select

from db.capture import synced_tables
from db.models import Base, Distributor, Market, Person, Region
from desktop.services.base import Service


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
            people_by_role: dict[str, int] = {
                role: n
                for role, n in s.execute(
                    select(Person.role, func.count())
                    .where(Person.deleted.is_(False))
                    .group_by(Person.role)
                    .order_by(Person.role)
                )
            }
            people_by_body: dict[str, int] = {
                body: n
                for body, n in s.execute(
                    select(Person.body, func.count())
                    .where(Person.deleted.is_(False))
                    .group_by(Person.body)
                    .order_by(Person.body)
                )
            }
            by_grade: dict[str, int] = {
                grade: n
                for grade, n in s.execute(
                    select(Distributor.grade, func.count())
                    .where(Distributor.deleted.is_(False))
                    .group_by(Distributor.grade)
                    .order_by(Distributor.grade)
                )
            }
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
