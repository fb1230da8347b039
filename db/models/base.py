"""The declarative base and the columns every synced row carries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.ids import uuid7

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


#: Bookkeeping columns of a synced row that are not replicated as fields of their own:
#: the row clock stands in for every field that was not edited since the row arrived.
SYNC_META_COLUMNS = frozenset({"created_at", "updated_at", "changed_by", "row_hlc", "row_origin"})


class Synced:
    """Mixin for a table that is replicated between laptops and HQ.

    ``row_hlc``/``row_origin`` is the clock of the row's creation; a field edited
    later has its own clock in ``sync_field_clock``. ``deleted`` is a tombstone
    and a field like any other (it has its own clock).
    """

    __synced__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=False))
    changed_by: Mapped[str] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    row_hlc: Mapped[int] = mapped_column(BigInteger)
    row_origin: Mapped[str] = mapped_column(String(36))


def is_synced(cls_or_table: object) -> bool:
    return bool(getattr(cls_or_table, "__synced__", False))
