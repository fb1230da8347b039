"""Sync with headquarters by file (SYNC.md): the one service the window and the command line call.

Every method returns plain frozen dataclasses. The pieces live beside it:
``sync_export`` (cutting bundles), ``sync_apply`` and ``sync_merge`` (importing),
``sync_scope`` (who holds what), ``sync_digest``, ``sync_devices`` (join, approve,
enrol, revoke) and ``sync_conflicts``.

* **Import**: each file is verified (``bundle.read_bundle``) and applied in one
  transaction of its own that holds the write lock from its start and commits durably
  (SQLite: ``synchronous=FULL`` then ``BEGIN IMMEDIATE``; PostgreSQL: the ``local_state``
  row lock and ``synchronous_commit``), so the acknowledgement it leads to is durable
  before any bundle can carry it. A
  refused file changes nothing but the import log; the others still import.
* **Export**: the stream is extended and the bundle's bytes made in one transaction,
  which commits before the file is written (atomically, ``bundle.save_bundle``): a
  file that failed to save is simply written again by the next export, with the same
  records.
* **Progress**: ``progress(done, total)`` is called as work advances; an exception it
  raises (a cancel) stops the work, and the transaction in course rolls back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import exc, func, select
from sqlalchemy.orm import Session

from db.capture import Clock, lock_local_state, utc_now
from db.engine import Database, open_database
from db.models import Conflict, InboxBundle, JoinRequest, Outbox, Person, SyncDevice, SyncPeer
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services import sync_conflicts, sync_devices, sync_digest, sync_export, sync_state
from desktop.services.base import Changes, OpResult, Service
from desktop.services.sync_apply import (
    REJECTED,
    Incoming,
    apply_bundle,
    incoming_sha,
    log_refusal,
)
from desktop.services.sync_conflicts import ConflictRow
from desktop.services.sync_results import (
    DeviceRow,
    ExportResult,
    ImportLine,
    JoinRequestRow,
    PeerStatus,
    SyncStatus,
)
from desktop.services.sync_schema import app_schema, sync_schema
from desktop.sync import bundle as bundles
from desktop.sync import errors as file_errors
from desktop.sync import keys

ProgressFn = Callable[[int, int], None]
SYNC_TABLES = ("sync_device", "sync_peer", "sync_conflict", "sync_join_request")

MSG_UNREADABLE = QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}")
MSG_CLASH = QT_TRANSLATE_NOOP(
    "errors",
    "The changes in this file clash with data in this database ({detail}); nothing was "
    "imported. Tell your administrator which file it was.",
)

__all__ = [
    "ConflictRow",
    "DeviceRow",
    "ExportResult",
    "ImportLine",
    "JoinRequestRow",
    "PeerStatus",
    "SyncService",
    "SyncStatus",
]


def _aware(clock: Clock) -> datetime:
    now = clock()
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


class SyncService(Service):
    """Bundles, imports, devices, digests and conflicts of this database."""

    def now(self) -> datetime:
        return _aware(self.db.clock)

    # -- identity -----------------------------------------------------------------------
    def role(self) -> str:
        with self.db.read_session() as s:
            return sync_state.role(s)

    def sync_id(self) -> str:
        with self.db.read_session() as s:
            return sync_state.sync_id(s)

    def fingerprint(self) -> str:
        """This device's key fingerprint (made on first use), to compare with a request."""
        with self.db.session_scope() as s:
            return keys.fingerprint(sync_state.public_key(s, self.now()))

    # -- devices ------------------------------------------------------------------------
    def join_request(self, person_code: str, machine_name: str) -> bytes:
        with self.db.session_scope() as s:
            return sync_devices.make_join_request(s, person_code, machine_name, self.now())

    def receive_request(self, data: bytes) -> OpResult[JoinRequestRow]:
        """Verify a join request file and list it as pending."""
        with self.db.session_scope() as s:
            row = sync_devices.receive_request(s, data, self.now())
            return OpResult(self._request_row(s, row), Changes.of("sync_join_request"))

    def approve_request(self, request_id: str) -> OpResult[bytes]:
        """Approve a pending request; the value is the enrolment file's bytes."""
        with self.db.session_scope() as s:
            approved = sync_devices.approve(s, request_id, self.now())
        return OpResult(approved.data, Changes.of(*SYNC_TABLES, ids=[approved.device_id]))

    def approve(self, data: bytes) -> bytes:
        """Verify and approve a join request file at once (the command line's ``approve``)."""
        request = self.receive_request(data).value
        return self.approve_request(request.id).value

    def refuse_request(self, request_id: str) -> OpResult[str]:
        with self.db.session_scope() as s:
            sync_devices.refuse(s, request_id, self.now())
        return OpResult(request_id, Changes.of("sync_join_request", ids=[request_id]))

    def enrol(self, data: bytes) -> OpResult[str]:
        """Become the laptop of an enrolment file; the value is the device id."""
        with self.db.session_scope() as s:
            found = sync_devices.enrol(s, data, self.now())
        self.db.device_id = found.device_id
        return OpResult(found.device_id, Changes.of(*SYNC_TABLES, "person", "distributor"))

    # -- joining headquarters (the laptop's side) ---------------------------------------
    def pending_join(self) -> sync_state.PendingJoin | None:
        """The join request this database made and still waits on (None: none)."""
        with self.db.read_session() as s:
            return sync_state.pending_join(s)

    def request_join(self, person_code: str, machine_name: str) -> OpResult[bytes]:
        """Make this database's join request and remember it as the one it waits on (a newer
        one replaces it); the value is the request file's bytes. An HQ with laptops makes none."""
        with self.db.session_scope() as s:
            data = sync_devices.make_join_request(s, person_code, machine_name, self.now())
        return OpResult(data, Changes.of("sync_join_request"))

    def join_request_file(self) -> bytes:
        """The file of the request this database waits on, again: the same request."""
        with self.db.session_scope() as s:
            row = sync_state.sent_request(s)
            if row is None:
                raise UserError(sync_state.MSG_NOTHING_SENT)
            return sync_state.request_file(s, row, self.now())

    def withdraw_join(self) -> OpResult[str]:
        """Stop waiting for this database's join request; the value is the request's id."""
        with self.db.session_scope() as s:
            request_id = sync_state.withdraw_request(s, self.now())
        return OpResult(request_id, Changes.of("sync_join_request", ids=[request_id]))

    def enrol_file(self, path: Path) -> OpResult[str]:
        """``enrol`` with the file at ``path``; one that cannot be read, or is larger than any
        enrolment, is refused before it is read."""
        from desktop.sync.enrolment import ENROLMENT_LIMITS

        try:
            size = path.stat().st_size
            if size > ENROLMENT_LIMITS.max_file:
                raise file_errors.too_large(size, ENROLMENT_LIMITS.max_file)
            data = path.read_bytes()
        except OSError as e:
            raise UserError(MSG_UNREADABLE, path=str(path), reason=e.strerror or str(e)) from e
        return self.enrol(data)

    def revoke(self, device_id: str, reason: str) -> OpResult[str]:
        with self.db.session_scope() as s:
            sync_devices.revoke(s, device_id, reason, self.now())
        return OpResult(device_id, Changes.of("sync_device", ids=[device_id]))

    def devices(self) -> list[DeviceRow]:
        """The laptops (at HQ) or HQ and this laptop (on a laptop)."""
        with self.db.read_session() as s:
            gaps = self._gaps(s)
            out = []
            for d in s.scalars(select(SyncDevice).order_by(SyncDevice.device_id)):
                person = s.get(Person, d.person_id) if d.person_id else None
                peer = s.get(SyncPeer, d.device_id)
                out.append(
                    DeviceRow(
                        d.device_id, d.person_id, person.code if person else "",
                        person.name if person else "", d.machine_name, d.epoch,
                        keys.fingerprint(d.public_key), d.enrolled_at, d.revoked_at,
                        d.revoke_reason, peer.last_in_at if peer else None,
                        peer.last_out_at if peer else None, len(gaps.get(d.device_id, ())),
                    )
                )  # fmt: skip
            return out

    def join_requests(self, pending_only: bool = True) -> list[JoinRequestRow]:
        with self.db.read_session() as s:
            stmt = select(JoinRequest).order_by(JoinRequest.received_at.desc())
            if pending_only:
                stmt = stmt.where(JoinRequest.status == "pending")
            return [self._request_row(s, r) for r in s.scalars(stmt)]

    @staticmethod
    def _request_row(s: Session, r: JoinRequest) -> JoinRequestRow:
        person = s.get(Person, r.person_id) if r.person_id else None
        return JoinRequestRow(
            r.id, r.person_code, person.name if person else "", r.machine_name,
            keys.fingerprint(r.public_key), r.received_at, r.status, r.device_id,
        )  # fmt: skip

    # -- bundles ------------------------------------------------------------------------
    def export_bundle(
        self, peer: str, folder: Path, progress: ProgressFn | None = None
    ) -> ExportResult:
        """Write the next bundle for ``peer`` into ``folder`` (module notes)."""
        now = self.now()
        data, manifest, count = self.bundle_bytes(peer, progress, now)
        path = bundles.save_bundle(data, Path(folder), manifest)
        return ExportResult(path, manifest.first_seq, manifest.last_seq, count)

    def bundle_bytes(
        self, peer: str, progress: ProgressFn | None = None, now: datetime | None = None
    ) -> tuple[bytes, bundles.Manifest, int]:
        """The next bundle for ``peer`` as bytes (the stream extended and committed)."""
        now = now or self.now()
        with self.db.session_scope() as s:
            out = sync_export.prepare(s, peer, now, progress)
            data = bundles.write_bundle(
                app_schema=app_schema(), sender=out.sender, sender_epoch=out.epoch,
                recipient=out.recipient, prev_hash=out.prev_hash, acks=out.acks,
                created_at=now, changes=out.changes, private_key=sync_state.private_key(s, now),
                first_seq=out.first_seq,
            )  # fmt: skip
        manifest = bundles.peek_manifest(data)
        assert manifest is not None
        return data, manifest, len(out.changes)

    def import_files(
        self, paths: Iterable[Path], progress: ProgressFn | None = None
    ) -> list[ImportLine]:
        """Import files one by one; one line per file (module notes)."""
        files = [Path(p) for p in paths]
        lines: list[ImportLine] = []
        for i, path in enumerate(files):
            lines.append(self._import_path(path))
            if progress is not None:
                progress(i + 1, len(files))
        return lines

    def _import_path(self, path: Path) -> ImportLine:
        try:
            size = path.stat().st_size
            if size > bundles.MAX_FILE:
                raise file_errors.too_large(size, bundles.MAX_FILE)
            data = path.read_bytes()
        except OSError as e:
            error = UserError(MSG_UNREADABLE, path=str(path), reason=e.strerror or str(e))
            return self._refused(path, b"", error)
        except UserError as e:
            return self._refused(path, b"", e)
        return self.import_bytes(data, path)

    def import_bytes(self, data: bytes, path: Path | str = "") -> ImportLine:
        """Verify and apply one file's bytes in one transaction; refused: nothing changes."""
        path = Path(path)
        now = self.now()
        try:
            with self._import_transaction() as s:
                incoming = self._read(s, data, path.name)
                outcome = apply_bundle(s, incoming, now, lambda raw: self._read(s, raw).bundle)
        except UserError as e:
            return self._refused(path, data, e)
        except exc.IntegrityError as e:  # a unique code taken on both sides, say
            clash = UserError(MSG_CLASH, detail=str(e.orig).splitlines()[0])
            return self._refused(path, data, clash)
        return ImportLine(
            path, outcome.result, outcome.reason, outcome.message, outcome.sender,
            outcome.first_seq, outcome.last_seq, outcome.applied, outcome.skipped,
            outcome.conflicts, len(outcome.released),
        )  # fmt: skip

    @staticmethod
    def _read(s: Session, data: bytes, name: str = "") -> Incoming:
        found = bundles.read_bundle(
            data, me=sync_state.sync_id(s), trust=sync_devices.DbTrust(s),
            schema=sync_schema(), app_schema=app_schema(),
        )  # fmt: skip
        return Incoming(found, data, name)

    def _refused(self, path: Path, data: bytes, error: UserError) -> ImportLine:
        with self.db.session_scope() as s:
            log_refusal(s, None, incoming_sha(data), path.name, error, self.now())
        manifest = bundles.peek_manifest(data) if data else None
        return ImportLine(
            path, REJECTED, str(getattr(error, "reason", "")), error,
            manifest.sender if manifest else "", manifest.first_seq if manifest else None,
            manifest.last_seq if manifest else None,
        )  # fmt: skip

    @contextmanager
    def _import_transaction(self) -> Iterator[Session]:
        """One unit of work holding the write lock from its start, durable at commit.

        SQLite: ``synchronous=FULL`` then ``BEGIN IMMEDIATE``. PostgreSQL: the row lock on
        ``local_state`` that every save of synced rows also takes (``lock_local_state``),
        and a commit that waits for the server's disk (``synchronous_commit``).
        """
        sqlite = self.db.engine.dialect.name == "sqlite"
        try:
            with self.db.session_scope() as s:
                if sqlite:
                    s.connection().exec_driver_sql("PRAGMA synchronous=FULL")
                    s.connection().exec_driver_sql("BEGIN IMMEDIATE")
                else:
                    s.connection().exec_driver_sql("SET LOCAL synchronous_commit = on")
                    lock_local_state(s)
                yield s
        finally:
            if sqlite:
                with self.db.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA synchronous=NORMAL")

    # -- status, digest, conflicts ------------------------------------------------------
    @staticmethod
    def _gaps(s: Session) -> dict[str, list[tuple[int, int]]]:
        gaps: dict[str, list[tuple[int, int]]] = {}
        for sender, first in s.execute(
            select(InboxBundle.sender, InboxBundle.first_seq).order_by(InboxBundle.first_seq)
        ):
            peer = s.get(SyncPeer, sender)
            done = peer.in_seq if peer else 0
            if first > done + 1:
                gaps.setdefault(sender, []).append((done + 1, first - 1))
        return gaps

    def status(self) -> SyncStatus:
        with self.db.read_session() as s:
            state = sync_state.local_state(s)
            gaps = self._gaps(s)
            laptop = state.role == sync_state.LAPTOP
            pending = int(s.scalar(select(func.count()).select_from(Outbox)) or 0)
            peers = []
            for p in s.scalars(select(SyncPeer).order_by(SyncPeer.peer)):
                waiting = pending if laptop else p.out_seq - p.out_acked
                peers.append(
                    PeerStatus(
                        p.peer, p.epoch, p.in_seq, p.out_seq, p.out_acked, waiting,
                        tuple(sorted(set(gaps.get(p.peer, ())))), p.last_in_at, p.last_out_at,
                    )
                )  # fmt: skip
            conflicts = s.scalar(
                select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))
            )
            return SyncStatus(
                sync_state.sync_id(s), state.role, state.epoch, tuple(peers),
                sum(len(v) for v in gaps.values()), int(conflicts or 0),
            )  # fmt: skip

    def digest(self, scope_device: str | None = None) -> str:
        with self.db.read_session() as s:
            return sync_digest.digest(s, scope_device)

    def conflicts(self, open_only: bool = True) -> list[ConflictRow]:
        with self.db.read_session() as s:
            return sync_conflicts.list_conflicts(s, open_only)

    def resolve_conflict(self, conflict_id: str, keep: Any) -> OpResult[str]:
        """``keep``: ``"mine"``, ``"theirs"`` or a value (see ``sync_conflicts``)."""
        with self.db.session_scope() as s:
            changes = sync_conflicts.resolve(s, conflict_id, keep, self.now())
        return OpResult(conflict_id, changes)


# -- the command line's entry points --------------------------------------------------------


def join_request(
    path: str | Path, person_code: str, machine_name: str, clock: Clock = utc_now
) -> bytes:
    """A join request from the laptop database at ``path`` (created when missing)."""
    db = open_database(path, create=True, clock=clock)
    try:
        return SyncService(db).join_request(person_code, machine_name)
    finally:
        db.dispose()


def approve(hq_db: Database, request: bytes) -> bytes:
    """HQ approves a join request file; returns the enrolment file's bytes."""
    return SyncService(hq_db).approve(request)


def enrol(laptop_db: Database, enrolment: bytes) -> str:
    """The laptop loads its enrolment file; returns its device id."""
    return SyncService(laptop_db).enrol(enrolment).value


def revoke(hq_db: Database, device_id: str, reason: str) -> None:
    SyncService(hq_db).revoke(device_id, reason)
