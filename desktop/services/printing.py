"""Printing: prepare plain display data from the database, then hand it to a report.

Formatting and translation are the caller's (``Formatter``, implemented at the Qt
edge by ``desktop.labels.QtFormatter``), so this layer stays free of Qt and the
reports stay free of queries.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select

from db.engine import Database
from db.models import LocalState, Person
from desktop.services.base import Service
from desktop.services.distributors import DistributorService

if TYPE_CHECKING:
    from desktop.reports.distributor_card import DistributorCardLabels


class Formatter(Protocol):
    """Words and formats in the user's language."""

    def grade_name(self, grade: str) -> str: ...
    def rating_name(self, rating: str) -> str: ...
    def status_name(self, status: str) -> str: ...
    def money(self, fen: int) -> str: ...
    def days(self, n: int | None) -> str: ...
    def date(self, d: date | datetime | None) -> str: ...
    def timestamp(self, d: datetime) -> str: ...
    def headquarters(self) -> str: ...
    def page_label(self) -> str: ...
    def printed_label(self) -> str: ...
    def distributor_card_title(self) -> str: ...
    def distributor_card_labels(self) -> DistributorCardLabels: ...


class PrintService(Service):
    def __init__(self, db: Database, fmt: Formatter) -> None:
        super().__init__(db)
        self.fmt = fmt
        self._distributors = DistributorService(db)

    def _context(self, title: str) -> object:
        from desktop.reports.base import PrintContext

        with self.db.read_session() as s:
            state = s.get(LocalState, 1)
            company = state.company_name if state else ""
            owner = s.scalar(
                select(Person.name).where(Person.id == (state.owner_person_id if state else None))
            )
        return PrintContext(
            company=company,
            title=title,
            printed_by=owner or self.fmt.headquarters(),
            printed_at=self.fmt.timestamp(self.db.clock()),
            page_label=self.fmt.page_label(),
            printed_label=self.fmt.printed_label(),
        )

    def distributor_card(self, distributor_id: str) -> bytes:
        """The distributor file card (客户档案卡) as PDF bytes."""
        from desktop.reports.distributor_card import (
            ContactLine,
            DistributorCardData,
            render_distributor_card,
        )

        detail = self._distributors.get(distributor_id)
        f, fmt = detail.form, self.fmt
        data = DistributorCardData(
            code=f.code,
            name=f.name,
            short_name=f.short_name,
            market=detail.market,
            region=detail.region or "",
            owner=f"{detail.owner} ({detail.owner_code})" if detail.owner else "",
            grade=fmt.grade_name(f.grade),
            status=fmt.status_name(f.status),
            province=f.province,
            city=f.city,
            address=f.address,
            phone=f.phone,
            contacts=tuple(
                ContactLine(c.name, c.title, c.phone, c.wechat, c.email, c.is_primary)
                for c in f.contacts
            ),
            warehouse_address=f.warehouse_address,
            receiving_hours=f.receiving_hours,
            carrier=f.carrier,
            lead_days=fmt.days(f.lead_days),
            logistics_notes=f.logistics_notes,
            credit_rating=fmt.rating_name(f.credit_rating),
            credit_limit=fmt.money(f.credit_limit_fen),
            payment_terms=fmt.days(f.payment_terms_days),
            notes=f.notes,
            updated_at=fmt.date(detail.updated_at),
        )
        ctx = self._context(fmt.distributor_card_title())
        return render_distributor_card(data, fmt.distributor_card_labels(), ctx)  # type: ignore[arg-type]
