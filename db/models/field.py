"""Field work: visits (拜访计划), call logs (拜访/通话记录), follow-up tasks, the holiday list, rule settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Synced


class Visit(Synced, Base):
    """A planned visit: to a distributor, or to a subordinate (follow-up / joint visit, 跟进/协访)."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_person_date", "person_id", "planned_date"),
        Index("ix_visit_distributor_date", "distributor_id", "planned_date"),
        Index("ix_visit_subject_date", "subject_person_id", "planned_date"),
        Index("ix_visit_date_status", "planned_date", "status"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    planned_date: Mapped[date] = mapped_column(Date)
    planned_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM" or ""
    target_kind: Mapped[str] = mapped_column(String(12))  # distributor | person
    distributor_id: Mapped[str | None] = mapped_column(ForeignKey("distributor.id"))
    subject_person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    purpose: Mapped[str] = mapped_column(String(200), default="")
    #: why it exists: cadence (by grade), follow_up (manager of a subordinate), manual
    origin: Mapped[str] = mapped_column(String(12), default="manual")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    status_reason: Mapped[str] = mapped_column(String(200), default="")
    call_log_id: Mapped[str | None] = mapped_column(String(36))


class CallLog(Synced, Base):
    """One distributor call or visit as it happened; append-only in sync terms."""

    __tablename__ = "call_log"
    __table_args__ = (
        Index("ix_call_log_distributor_time", "distributor_id", "occurred_at"),
        Index("ix_call_log_person_time", "person_id", "occurred_at"),
        Index("ix_call_log_time", "occurred_at"),
    )

    distributor_id: Mapped[str] = mapped_column(ForeignKey("distributor.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(12))  # visit | phone | wechat | other
    topics: Mapped[str] = mapped_column(String(120), default="")  # comma-separated codes
    order_amount_fen: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(String(200), default="")
    next_step_due: Mapped[date | None] = mapped_column(Date)
    visit_id: Mapped[str | None] = mapped_column(String(36))


class FollowUpTask(Synced, Base):
    """A call's next step, open until marked done."""

    __tablename__ = "follow_up_task"
    __table_args__ = (
        Index("ix_follow_up_task_person_due", "person_id", "done", "due_date"),
        Index("ix_follow_up_task_distributor", "distributor_id"),
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    distributor_id: Mapped[str | None] = mapped_column(ForeignKey("distributor.id"))
    call_log_id: Mapped[str | None] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[date] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)


class Holiday(Synced, Base):
    """A public holiday (no work) or a make-up working day (调休上班) on a weekend."""

    __tablename__ = "holiday"

    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="holiday")  # holiday | workday
    name: Mapped[str] = mapped_column(String(40), default="")


class RuleSetting(Synced, Base):
    """A company-wide rule number (visits per grade, follow-ups, daily cap) set by HQ."""

    __tablename__ = "rule_setting"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text)  # canonical JSON
