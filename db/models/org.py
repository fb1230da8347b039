"""Markets, regions, the three bodies and people (D19)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Synced


class OrgBody(Synced, Base):
    """SLT, SSG or FSF, with its lead."""

    __tablename__ = "org_body"

    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(60))
    lead_id: Mapped[str | None] = mapped_column(ForeignKey("person.id", use_alter=True))


class Market(Synced, Base):
    """One of the 8 national markets; names are data because the seed lost one."""

    __tablename__ = "market"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    slt_owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id", use_alter=True))
    ssg_owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id", use_alter=True))


class Region(Synced, Base):
    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    market_id: Mapped[str] = mapped_column(ForeignKey("market.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Person(Synced, Base):
    __tablename__ = "person"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    pinyin: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(24))
    level: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(String(8))
    manager_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    market_id: Mapped[str | None] = mapped_column(ForeignKey("market.id"), index=True)
    region_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    hire_date: Mapped[date] = mapped_column(Date)
    probation_end: Mapped[date | None] = mapped_column(Date)
    last_promotion_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
