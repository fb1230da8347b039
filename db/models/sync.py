"""Local bookkeeping for change capture (SYNC.md "Capture"); none of these rows replicate."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class LocalState(Base):
    """This database's identity: its device, its clock and the person it belongs to."""

    __tablename__ = "local_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    last_hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    owner_person_id: Mapped[str | None] = mapped_column(String(36))
    company_name: Mapped[str] = mapped_column(String(80), default="")


class FieldClock(Base):
    """The clock of a field edited after its row was created (else the row clock holds)."""

    __tablename__ = "sync_field_clock"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    pk: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    origin: Mapped[str] = mapped_column(String(36))


class Outbox(Base):
    """Every captured change of this device, in order; ``seq`` is the device's sequence."""

    __tablename__ = "sync_outbox"
    __table_args__ = ({"sqlite_autoincrement": True},)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(40))
    pk: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text)  # canonical JSON
    hlc: Mapped[int] = mapped_column(BigInteger)
    origin: Mapped[str] = mapped_column(String(36))
    base_hlc: Mapped[int | None] = mapped_column(BigInteger)
