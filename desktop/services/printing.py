"""Printing: prepare plain display data from the database, then hand it to a report.

Formatting and translation are the caller's (``Formatter``, implemented at the Qt
edge by ``desktop.labels.QtFormatter``), so this layer stays free of Qt and the
reports stay free of queries.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Literal, Protocol

from sqlalchemy import select

from db.engine import Database
from db.models import LocalState, Person
from desktop.domain import calendar as cal
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.base import Service
from desktop.services.distributors import DistributorService
from desktop.services.visits import VisitService

if TYPE_CHECKING:
    from desktop.reports.distributor_card import DistributorCardLabels
    from desktop.reports.visit_plan import VisitPlanLabels

MSG_NO_WEEK = QT_TRANSLATE_NOOP(
    "errors", "{month} has weeks 1 to {weeks}; there is no week {week}."
)


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
    def role_name(self, role: str) -> str: ...
    def visit_status(self, status: str) -> str: ...
    def visit_plan_title(self, kind: str) -> str: ...
    def month_label(self, year: int, month: int) -> str: ...
    def week_label(self, year: int, month: int, week: int) -> str: ...
    def visit_plan_labels(self) -> VisitPlanLabels: ...


class PrintService(Service):
    def __init__(self, db: Database, fmt: Formatter) -> None:
        super().__init__(db)
        self.fmt = fmt
        self._distributors = DistributorService(db)
        self._visits = VisitService(db)

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

    def visit_plan(
        self, person_id: str, year: int, month: int, *, week: int | None = None, team: bool = False
    ) -> bytes:
        """A person's (or with ``team`` their direct reports') visit plan for a month or a week."""
        from desktop.reports.visit_plan import (
            PersonPlan,
            PlanVisit,
            VisitPlanData,
            render_visit_plan,
        )

        fmt, visits = self.fmt, self._visits
        if week is None:
            first, last = cal.month_bounds(year, month)
            period = fmt.month_label(year, month)
        else:
            weeks = cal.month_weeks(year, month)
            if not 1 <= week <= len(weeks):
                raise UserError(
                    MSG_NO_WEEK, month=fmt.month_label(year, month), weeks=len(weeks), week=week
                )
            first, last = weeks[week - 1][0], weeks[week - 1][-1]
            period = fmt.week_label(year, month, week)
        team_rows = visits.direct_reports(person_id)  # also checks the person is in scope
        me = next(p for p in visits.people() if p.id == person_id)
        people = team_rows if team else [me]
        rows = visits.range([p.id for p in people], first, last) if people else []
        plans = tuple(
            PersonPlan(
                f"{p.name}  {p.code}  {fmt.role_name(p.role)}",
                tuple(
                    PlanVisit(
                        r.planned_date,
                        r.planned_time,
                        r.target_short,
                        r.purpose or r.target_code,
                        r.effective_status,
                        fmt.visit_status(r.effective_status),
                    )
                    for r in rows
                    if r.person_id == p.id
                ),
            )
            for p in people
        )
        days_off = visits.holidays_between(first, last)
        counts = {status: sum(r.effective_status == status for r in rows) for status in STATUSES}
        summary = (
            *((fmt.visit_status(k), str(v)) for k, v in counts.items()),
            (fmt.visit_status("total"), str(len(rows))),
        )
        kind: Literal["month", "week", "team"] = (
            "team" if team else ("month" if week is None else "week")
        )
        data = VisitPlanData(
            title=f"{me.name}  {me.code}",
            period_label=period,
            kind=kind,
            first_day=first,
            last_day=last,
            holidays={h.day: h.name for h in days_off if h.kind == "holiday"},
            workdays={h.day for h in days_off if h.kind == "workday"},
            today=visits.today(),
            plans=plans,
            summary=summary,
        )
        ctx = self._context(fmt.visit_plan_title(kind))
        return render_visit_plan(data, fmt.visit_plan_labels(), ctx)  # type: ignore[arg-type]


STATUSES = ("planned", "done", "missed", "cancelled")
