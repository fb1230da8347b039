"""Distributor files (客户档案): identity, grade, logistics (储运信息) and credit (信用等级)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Synced


class Distributor(Synced, Base):
    __tablename__ = "distributor"
    __table_args__ = (
        Index("ix_distributor_market_region", "market_id", "region_id"),
        Index("ix_distributor_name", "name"),
    )

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    short_name: Mapped[str] = mapped_column(String(20), default="")
    pinyin: Mapped[str] = mapped_column(String(300), default="")
    market_id: Mapped[str] = mapped_column(ForeignKey("market.id"))
    region_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"), index=True)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    grade: Mapped[str] = mapped_column(String(2), default="C")
    status: Mapped[str] = mapped_column(String(12), default="active")
    province: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(40), default="", index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    # 储运信息 (logistics info), maintained monthly by SSG (D19)
    warehouse_address: Mapped[str] = mapped_column(String(200), default="")
    receiving_hours: Mapped[str] = mapped_column(String(60), default="")
    carrier: Mapped[str] = mapped_column(String(60), default="")
    lead_days: Mapped[int | None] = mapped_column(Integer)
    logistics_notes: Mapped[str] = mapped_column(Text, default="")
    # 信用等级 (credit), reviewed monthly by SSG (D19); D means stop shipping
    credit_rating: Mapped[str] = mapped_column(String(2), default="B")
    credit_limit_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    notes: Mapped[str] = mapped_column(Text, default="")


class DistributorContact(Synced, Base):
    __tablename__ = "distributor_contact"

    distributor_id: Mapped[str] = mapped_column(ForeignKey("distributor.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    wechat: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(80), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
