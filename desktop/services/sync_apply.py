"""Importing one verified bundle (SYNC.md "Import" step 2), inside the caller's transaction.

The caller (``SyncService``) has verified the file (``bundle.read_bundle``) and opened one
transaction (``BEGIN IMMEDIATE`` and ``synchronous=FULL`` on SQLite); anything refused
here raises ``SyncRefused`` and the caller rolls everything back. Against the
sender's stream as applied so far (``sync_peer.in_seq``/``in_hash``):

* **Epoch**: a bundle of another enrolment of the laptop (an older one, or one HQ does
  not know) is refused; a new epoch at HQ has already reset the stream (approval).
* **Duplicate**: a file already applied (same sha256), or a range wholly applied whose
  acknowledgements advance nothing: nothing changes.
* **Gap**: ``first_seq`` past ``in_seq + 1``: the file is parked in ``sync_inbox`` with
  the exact missing range and retried after every import that applies changes from
  the same sender, in order, in the same transaction.
* **Fork**: the chain must continue the stored one: ``prev_hash`` equals ``in_hash``
  when the bundle starts right after it; when it overlaps, the record at ``in_seq``
  must hash to ``in_hash``. Otherwise the sender was restored from a backup: refused.
* **Merge** of the records past ``in_seq`` (``sync_merge``), then the cursor.
* **Acknowledgements** (``acks[me]``): what the peer applied of my stream to it; the
  records up to it are pruned (HQ: ``sync_stream``; a laptop: its outbox), keeping the
  chain value at that point. An acknowledgement past what I ever sent means this
  database was restored from a backup: refused.
* **Bookkeeping**: every attempt goes to ``sync_import_log`` (a refused one in its own
  transaction, after the rollback); at HQ every applied bundle is archived in
  ``sync_archive`` by its sha256, bytes in the database (so PostgreSQL holds them too).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.capture import naive_utc
from db.models import ArchivedBundle, ImportLog, InboxBundle, Outbox, StreamRecord, SyncDevice
from db.rows import fetch_rows
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services import sync_state
from desktop.services.sync_merge import MergeContext, merge
from desktop.services.sync_scope import RowScope, device_scope
from desktop.sync.bundle import Bundle
from desktop.sync.wire import RecordRow, chain_records

APPLIED = "applied"
DUPLICATE = "duplicate"
GAP = "gap"
REJECTED = "rejected"

MSG_GAP = QT_TRANSLATE_NOOP(
    "errors",
    "Missing changes {first}–{last} from {device}; export again on that device. "
    "This file was kept and will be imported when they arrive.",
)
MSG_FORK = QT_TRANSLATE_NOOP(
    "errors",
    "History fork: {device} was restored from a backup (its changes no longer continue "
    "those already imported up to {seq}). Nothing was imported; enrol that device again.",
)
MSG_SELF_FORK = QT_TRANSLATE_NOOP(
    "errors",
    "{device} has applied changes up to {acked} from this database, which has only {mine}: "
    "this database was restored from a backup. Nothing was imported; enrol it again.",
)
MSG_OLD_EPOCH = QT_TRANSLATE_NOOP(
    "errors",
    "This file from {device} belongs to an earlier enrolment (epoch {epoch}, now {current}). "
    "Nothing was imported; export a new file on that device.",
)
MSG_NEW_EPOCH = QT_TRANSLATE_NOOP(
    "errors",
    "This file from {device} belongs to an enrolment this database does not know "
    "(epoch {epoch}, known {current}). Nothing was imported; import its enrolment first.",
)
MSG_DUPLICATE = QT_TRANSLATE_NOOP(
    "errors", "Changes {first}–{last} from {device} were already imported; nothing changed."
)
MSG_NOTHING_NEW = QT_TRANSLATE_NOOP(
    "errors", "This file from {device} holds nothing that was not imported already."
)


class SyncRefused(UserError):
    """A bundle that cannot be applied as it stands; ``reason`` is a stable code."""

    def __init__(self, reason: str, message: str, /, **args: Any) -> None:
        super().__init__(message, **args)
        self.reason = reason


@dataclass(frozen=True)
class Outcome:
    """What came of one bundle: ``result`` is applied, duplicate, gap or rejected."""

    result: str
    sender: str
    first_seq: int
    last_seq: int
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    reason: str = ""
    message: UserError | None = None
    #: parked bundles that this one let through (applied from the inbox)
    released: tuple[Outcome, ...] = field(default_factory=tuple)


Reader = Callable[[bytes], Bundle]


@dataclass(frozen=True)
class Incoming:
    """A verified bundle with its file: bytes (for the inbox and the archive) and name."""

    bundle: Bundle
    data: bytes
    file_name: str = ""


def _log(session: Session, incoming: Incoming, outcome: Outcome, now: datetime) -> None:
    m = incoming.bundle.manifest
    message = outcome.message.render() if outcome.message is not None else ""
    session.add(
        ImportLog(
            file_sha256=incoming.bundle.raw_sha256, file_name=incoming.file_name[:200],
            sender=m.sender, first_seq=m.first_seq, last_seq=m.last_seq,
            result=outcome.result, reason=outcome.reason, message=message,
            applied=outcome.applied, skipped=outcome.skipped, conflicts=outcome.conflicts,
            at=naive_utc(now),
        )
    )  # fmt: skip


def log_refusal(
    session: Session, incoming: Incoming | None, sha256: str, file_name: str,
    error: UserError, now: datetime,
) -> None:  # fmt: skip
    """Record a refused file (after its transaction was rolled back)."""
    m = incoming.bundle.manifest if incoming is not None else None
    session.add(
        ImportLog(
            file_sha256=sha256, file_name=file_name[:200], sender=m.sender if m else "",
            first_seq=m.first_seq if m else None, last_seq=m.last_seq if m else None,
            result=REJECTED, reason=str(getattr(error, "reason", "")), message=error.render(),
            applied=0, skipped=0, conflicts=0, at=naive_utc(now),
        )
    )  # fmt: skip


def _check_epoch(session: Session, sender: str, epoch: int) -> int:
    """The enrolment epoch the stream with ``sender`` is in; refuse any other."""
    state = sync_state.local_state(session)
    if state.role == sync_state.HQ:
        device = session.get(SyncDevice, sender)
        current = device.epoch if device is not None else 0
    else:
        current = state.epoch
    if epoch < current:
        raise SyncRefused("epoch", MSG_OLD_EPOCH, device=sender, epoch=epoch, current=current)
    if epoch > current:
        raise SyncRefused("epoch", MSG_NEW_EPOCH, device=sender, epoch=epoch, current=current)
    return current


def apply_bundle(
    session: Session, incoming: Incoming, now: datetime, reader: Reader | None = None
) -> Outcome:
    """Apply one verified bundle in the caller's transaction (module notes); logs it.

    ``reader`` re-verifies parked files when a gap fills (None: the inbox is not retried).
    """
    outcome = _apply(session, incoming, now)
    _log(session, incoming, outcome, now)
    if outcome.result == APPLIED and outcome.applied and reader is not None:
        released = _retry_inbox(session, incoming.bundle.manifest.sender, now, reader)
        if released:
            outcome = replace(outcome, released=tuple(released))
    return outcome


def _apply(session: Session, incoming: Incoming, now: datetime) -> Outcome:
    bundle = incoming.bundle
    m = bundle.manifest
    sender = m.sender
    epoch = _check_epoch(session, sender, m.sender_epoch)
    peer = sync_state.peer(session, sender, lock=True)
    if peer.epoch != epoch:
        sync_state.reset_peer(peer, epoch, out_base=peer.out_base, log_pos=peer.log_pos)
    done = peer.in_seq
    if bundle.raw_sha256 and _already_applied(session, bundle.raw_sha256):
        return _duplicate(m.sender, m.first_seq, m.last_seq)
    if m.first_seq > done + 1 or (not bundle.changes and m.last_seq > done):
        _park(session, incoming, now)
        gap = UserError(MSG_GAP, first=done + 1, last=m.first_seq - 1, device=sender)
        if not bundle.changes:
            gap = UserError(MSG_GAP, first=done + 1, last=m.last_seq, device=sender)
        return Outcome(GAP, sender, m.first_seq, m.last_seq, reason=GAP, message=gap)
    _check_chain(bundle, done, peer.in_hash)
    fresh = bundle.changes[max(0, done + 1 - m.first_seq) :]  # seqs run on from first_seq
    acked = _take_ack(session, peer, m.acks.get(sync_state.sync_id(session)), now)
    if not fresh and not acked:
        return _duplicate(sender, m.first_seq, m.last_seq)
    counts = merge(_context(session, sender, now), fresh)
    if fresh:
        peer.in_seq, peer.in_hash = fresh[-1].seq, fresh[-1].hash
    peer.last_in_at = naive_utc(now)
    if sync_state.role(session) == sync_state.HQ and bundle.raw_sha256:
        _archive(session, incoming, now)
    return Outcome(
        APPLIED, sender, m.first_seq, m.last_seq, counts.applied,
        counts.skipped + len(bundle.changes) - len(fresh), counts.conflicts,
    )  # fmt: skip


def _duplicate(sender: str, first: int, last: int) -> Outcome:
    if last < first:  # an empty bundle: acknowledgements only, and none of them new
        message = UserError(MSG_NOTHING_NEW, device=sender)
    else:
        message = UserError(MSG_DUPLICATE, first=first, last=last, device=sender)
    return Outcome(DUPLICATE, sender, first, last, reason=DUPLICATE, message=message)


def _already_applied(session: Session, sha256: str) -> bool:
    return (
        session.scalar(
            select(ImportLog.id)
            .where(ImportLog.file_sha256 == sha256, ImportLog.result == APPLIED)
            .limit(1)
        )
        is not None
    )


def _check_chain(bundle: Bundle, done: int, stored: str) -> None:
    """Refuse a bundle whose chain does not continue the one applied up to ``done``."""
    m = bundle.manifest
    if m.first_seq == done + 1 or (not bundle.changes and m.last_seq == done):
        ok = m.prev_hash == stored
    elif m.first_seq <= done <= m.last_seq and bundle.changes:
        ok = bundle.changes[done - m.first_seq].hash == stored
    else:
        ok = True  # wholly before what was applied: an old file, nothing to compare
    if not ok:
        raise SyncRefused("fork", MSG_FORK, device=m.sender, seq=done)


def _context(session: Session, sender: str, now: datetime) -> MergeContext:
    state = sync_state.local_state(session)
    if state.role != sync_state.HQ:
        return MergeContext(session, state.device_id, sender, True, False, None, now)
    scope = RowScope(session, device_scope(session, sender))
    return MergeContext(session, state.device_id, sender, False, True, scope, now)


def _take_ack(session: Session, peer: Any, acked: int | None, now: datetime) -> bool:
    """Record the peer's acknowledgement of my stream and prune what it covers."""
    if acked is None or acked <= peer.out_acked:
        return False
    if acked > peer.out_seq:
        raise SyncRefused("fork", MSG_SELF_FORK, device=peer.peer, acked=acked, mine=peer.out_seq)
    if sync_state.role(session) == sync_state.HQ:
        stored = session.get(StreamRecord, (peer.peer, acked))
        peer.out_acked_hash = stored.hash if stored is not None else peer.out_hash
        session.execute(
            delete(StreamRecord).where(
                StreamRecord.recipient == peer.peer, StreamRecord.seq <= acked
            )
        )
    else:
        base = peer.out_base
        records = outbox_records(session, base, peer.out_acked, acked)
        peer.out_acked_hash = chain_records(peer.out_acked_hash, records).last_hash
        session.execute(delete(Outbox).where(Outbox.seq <= base + acked))
    peer.out_acked = acked
    return True


def outbox_records(session: Session, base: int, after: int, upto: int | None) -> list[RecordRow]:
    """The laptop's stream records ``after`` < seq ≤ ``upto`` (None: to the end), unchained.

    Plain rows with their stored value text, read in one query (``wire.chain_records``
    encodes them as they stand).
    """
    stmt = (
        select(Outbox.seq - base, Outbox.tbl, Outbox.pk, Outbox.field, Outbox.value, Outbox.hlc,
               Outbox.origin, Outbox.base_hlc)
        .where(Outbox.seq > base + after)
        .order_by(Outbox.seq)
    )  # fmt: skip
    if upto is not None:
        stmt = stmt.where(Outbox.seq <= base + upto)
    rows: list[RecordRow] = fetch_rows(session, stmt)
    if rows and (rows[0][0] != after + 1 or rows[-1][0] != after + len(rows)):
        raise RuntimeError(f"the outbox has a hole after seq {base + after}")
    return rows


def _park(session: Session, incoming: Incoming, now: datetime) -> None:
    m = incoming.bundle.manifest
    if not incoming.data or session.get(InboxBundle, incoming.bundle.raw_sha256) is not None:
        return
    session.add(
        InboxBundle(
            sha256=incoming.bundle.raw_sha256, sender=m.sender, epoch=m.sender_epoch,
            first_seq=m.first_seq, last_seq=m.last_seq, file_name=incoming.file_name[:200],
            data=incoming.data, received_at=naive_utc(now),
        )
    )  # fmt: skip
    session.flush()


def _archive(session: Session, incoming: Incoming, now: datetime) -> None:
    m = incoming.bundle.manifest
    if session.get(ArchivedBundle, incoming.bundle.raw_sha256) is not None:
        return
    session.add(
        ArchivedBundle(
            sha256=incoming.bundle.raw_sha256, sender=m.sender, first_seq=m.first_seq,
            last_seq=m.last_seq, data=incoming.data, received_at=naive_utc(now),
        )
    )  # fmt: skip


def _retry_inbox(session: Session, sender: str, now: datetime, reader: Reader) -> list[Outcome]:
    """Apply the parked bundles of ``sender`` that now continue its stream, in order."""
    released: list[Outcome] = []
    while True:
        done = sync_state.peer(session, sender).in_seq
        parked = session.scalars(
            select(InboxBundle)
            .where(InboxBundle.sender == sender, InboxBundle.first_seq <= done + 1)
            .order_by(InboxBundle.first_seq, InboxBundle.last_seq.desc())
        ).all()
        if not parked:
            return released
        for row in parked:
            data, name = row.data, row.file_name
            session.delete(row)
            session.flush()
            try:
                with session.begin_nested():
                    incoming = Incoming(reader(data), data, name)
                    outcome = _apply(session, incoming, now)
            except UserError as error:  # the parked file is refused now: dropped, logged
                sha = incoming_sha(data)
                log_refusal(session, None, sha, name, error, now)
                continue
            _log(session, incoming, outcome, now)
            if outcome.result == APPLIED:
                released.append(outcome)


def incoming_sha(data: bytes) -> str:
    """The sha256 of a file's bytes, as the import log and the archive name it."""
    return hashlib.sha256(data).hexdigest()
