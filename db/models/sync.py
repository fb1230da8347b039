"""Local bookkeeping for sync (SYNC.md "Capture", "Import", "Devices and trust").

None of these rows replicate: they describe this database's identity, its clock,
its keys, its peers and what it has exchanged with them. The private key lives in
``sync_device_key`` only; nothing that writes a file ever reads that table but
the signing step.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base

#: The chain value before the first record of a stream (records.GENESIS).
GENESIS = "0" * 64


class LocalState(Base):
    """This database's identity: its device, its role, its clock and the person it belongs to.

    ``role`` is ``hq`` for a fresh or demo database and ``laptop`` once it has been
    enrolled; ``epoch`` counts the enrolments of a laptop (a re-enrolment starts a new one).
    """

    __tablename__ = "local_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    last_hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    owner_person_id: Mapped[str | None] = mapped_column(String(36))
    company_name: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[str] = mapped_column(String(8), default="hq", server_default="hq")


class FieldClock(Base):
    """The clock of a field edited after its row was created (else the row clock holds)."""

    __tablename__ = "sync_field_clock"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    pk: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    origin: Mapped[str] = mapped_column(String(36))


class Outbox(Base):
    """Every captured change of this device, in order; ``seq`` is the device's sequence.

    On a laptop it is the stream to HQ. At HQ it is the change log: HQ's own edits and
    every incoming change that won at HQ (relayed with its clock), from which each
    laptop's stream is cut at export time.
    """

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


class DeviceKey(Base):
    """This device's Ed25519 key pair (one row). Never exported, logged or copied into a file."""

    __tablename__ = "sync_device_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SyncDevice(Base):
    """A device this database trusts: at HQ every laptop; on a laptop HQ and itself."""

    __tablename__ = "sync_device"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(8))  # hq | laptop
    person_id: Mapped[str | None] = mapped_column(String(36))
    machine_name: Mapped[str] = mapped_column(String(80), default="")
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    scope: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON of the scope
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoke_reason: Mapped[str] = mapped_column(String(200), default="")


class JoinRequest(Base):
    """A request to join headquarters, received or made here (never synced).

    At HQ, a laptop's request as HQ received it: ``pending``, ``approved`` or ``refused``.
    On a database that asked to join, its own request (``received_at``: when it was made):
    ``sent`` while it waits, then ``enrolled``, ``withdrawn`` or ``replaced``.
    """

    __tablename__ = "sync_join_request"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the file
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    person_code: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[str | None] = mapped_column(String(36))
    machine_name: Mapped[str] = mapped_column(String(80), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    device_id: Mapped[str | None] = mapped_column(String(36))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncPeer(Base):
    """Where this database stands with one peer, in both directions.

    In: ``in_seq`` is the last record applied from the peer's stream and ``in_hash`` the
    chain value after it. Out: ``out_seq``/``out_hash`` the last record of my stream to
    the peer, ``out_acked``/``out_acked_hash`` what the peer acknowledged (records up
    to it are pruned). A laptop's stream is its outbox shifted by ``out_base``; HQ's
    stream to a laptop is cut from its change log up to ``log_pos``.
    """

    __tablename__ = "sync_peer"

    peer: Mapped[str] = mapped_column(String(36), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    in_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    in_hash: Mapped[str] = mapped_column(String(64), default=GENESIS)
    out_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    out_hash: Mapped[str] = mapped_column(String(64), default=GENESIS)
    out_acked: Mapped[int] = mapped_column(BigInteger, default=0)
    out_acked_hash: Mapped[str] = mapped_column(String(64), default=GENESIS)
    out_base: Mapped[int] = mapped_column(BigInteger, default=0)
    log_pos: Mapped[int] = mapped_column(BigInteger, default=0)
    last_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_out_at: Mapped[datetime | None] = mapped_column(DateTime)


class StreamRecord(Base):
    """One record of HQ's outgoing stream to a laptop (seq and chain are per recipient)."""

    __tablename__ = "sync_stream"

    recipient: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    tbl: Mapped[str] = mapped_column(String(40))
    pk: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text)  # canonical JSON
    hlc: Mapped[int] = mapped_column(BigInteger)
    origin: Mapped[str] = mapped_column(String(36))
    base_hlc: Mapped[int | None] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class HeldRow(Base):
    """HQ: a row a laptop holds (its snapshot, what it was sent, what it wrote)."""

    __tablename__ = "sync_held"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    pk: Mapped[str] = mapped_column(String(36), primary_key=True)


class InboxBundle(Base):
    """A verified bundle parked because changes before it are missing (a gap)."""

    __tablename__ = "sync_inbox"
    __table_args__ = (Index("ix_sync_inbox_sender_first", "sender", "first_seq"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    sender: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(Integer)
    first_seq: Mapped[int] = mapped_column(BigInteger)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    file_name: Mapped[str] = mapped_column(String(200), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class Conflict(Base):
    """A value that lost (``kept_*``) and the value that won (``winner_*``), both kept.

    ``kind``: ``lww`` (an edit made without seeing the value it met), ``rejected_not_owner``
    (only HQ may write the field) or ``rejected_scope`` (the row is outside the sender's
    scope). Values are canonical JSON.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (
        Index("ix_sync_conflict_open", "resolved_at", "detected_at"),
        Index("ix_sync_conflict_row", "tbl", "pk", "field"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40))
    pk: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    kept_value: Mapped[str] = mapped_column(Text)
    kept_hlc: Mapped[int] = mapped_column(BigInteger)
    kept_origin: Mapped[str] = mapped_column(String(36))
    winner_value: Mapped[str] = mapped_column(Text)
    winner_hlc: Mapped[int] = mapped_column(BigInteger)
    winner_origin: Mapped[str] = mapped_column(String(36))
    sender: Mapped[str] = mapped_column(String(36))  # the peer whose bundle met it
    detected_by: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str] = mapped_column(String(20), default="")


class ImportLog(Base):
    """Every import attempt: the file, what came of it and why."""

    __tablename__ = "sync_import_log"
    __table_args__ = (Index("ix_sync_import_log_file", "file_sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200), default="")
    sender: Mapped[str] = mapped_column(String(36), default="")
    first_seq: Mapped[int | None] = mapped_column(BigInteger)
    last_seq: Mapped[int | None] = mapped_column(BigInteger)
    result: Mapped[str] = mapped_column(String(10))  # applied | duplicate | gap | rejected
    reason: Mapped[str] = mapped_column(String(40), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    applied: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(DateTime)


class ArchivedBundle(Base):
    """HQ: every accepted bundle, by the sha256 of its bytes (kept in the database)."""

    __tablename__ = "sync_archive"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    sender: Mapped[str] = mapped_column(String(36))
    first_seq: Mapped[int] = mapped_column(BigInteger)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(DateTime)
