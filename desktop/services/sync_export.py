"""Cutting the next bundle for a peer (SYNC.md "Bundle": every change after its last ack).

* **A laptop's stream to HQ** is its outbox: stream seq = outbox seq − ``out_base`` (the
  outbox position when the current enrolment began). The chain is computed from the
  value stored at the last acknowledgement, so exporting again gives the same records
  with the same hashes, and a lost file is healed by the next one.
* **HQ's stream to a laptop** (``sync_stream``) is cut at export time from HQ's change
  log (its outbox) past ``log_pos``: a record goes to the laptop when the laptop holds
  its row and did not originate it. A row that is not held but now in the laptop's
  scope is sent whole (every field with its current clock, ``base_hlc`` empty) and
  recorded as held, and its later records in this export are left out (the whole row
  already carries them). So is a new row HQ relayed as one record naming the whole
  row (``sync_merge.WHOLE_ROW``), to every laptop but its sender whose scope it is in.
  A distributor whose territory changed brings its dependent rows (contacts, calls,
  visits, tasks); a change of the organisation tree (a person's
  manager, role, market, region or tombstone) makes HQ look over the laptop's whole
  scope for rows not held. A row held for its distributor's sake is not enough for
  foreign keys: every held dependent row's distributor is held too. The cost follows
  the new log records and the rows entering the scope, not the database.
* **HQ's change log** is pruned up to the lowest ``log_pos`` of the devices not revoked
  (later enrolments start from a snapshot, not from the log).
* **Progress**: ``progress(done, total)`` after every chunk of the log; an exception it
  raises (a cancel) rolls the export back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.capture import naive_utc
from db.models import Outbox, StreamRecord, SyncDevice, SyncPeer
from db.rows import execute_rows, fetch_rows
from desktop.collector import collector_paused
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services import sync_state
from desktop.services.sync_apply import outbox_records
from desktop.services.sync_merge import TABLE_ORDER, WHOLE_ROW
from desktop.services.sync_rows import load_rows
from desktop.services.sync_scope import (
    DEPENDENTS,
    SCOPED_TABLES,
    RowScope,
    dependents_of,
    device_scope,
    held_among,
    mark_held,
    not_held_in_scope,
)
from desktop.sync.lines import value_text
from desktop.sync.wire import ChainedRecords, chain_records, stored_records

ProgressFn = Callable[[int, int], None]
LOG_CHUNK = 5000
#: A change-log row: seq, tbl, pk, field, value (canonical JSON), hlc, origin, base_hlc.
LogRow = tuple[int, str, str, str, str, int, str, int | None]
#: A record chosen for a stream, not numbered yet: a ``LogRow`` without its seq.
Pending = tuple[str, str, str, str, int, str, int | None]
_STREAM_COLUMNS = ("recipient", "seq", "tbl", "pk", "field", "value", "hlc", "origin",
                   "base_hlc", "hash")  # fmt: skip

MSG_UNKNOWN_PEER = QT_TRANSLATE_NOOP(
    "errors", "There is no device {device} to write a bundle for; see the devices in sync status."
)
MSG_REVOKED_PEER = QT_TRANSLATE_NOOP(
    "errors", "The device {device} was revoked ({reason}); no bundle is written for it."
)
MSG_LAPTOP_PEER = QT_TRANSLATE_NOOP(
    "errors", "A laptop writes bundles for headquarters only: use hq, not {device}."
)
MSG_NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "errors", "This laptop is not enrolled yet: import its enrolment file from headquarters first."
)

#: Person fields that reshape scopes (``scope_of`` reads them).
TREE_FIELDS = frozenset({"manager_id", "role", "market_id", "region_id", "deleted"})
TERRITORY_FIELDS = frozenset({"owner_id", "market_id", "region_id"})


@dataclass(frozen=True)
class Outgoing:
    """The content of the next bundle to a peer: chained changes and the manifest values."""

    sender: str
    recipient: str
    epoch: int
    first_seq: int
    last_seq: int
    prev_hash: str
    acks: dict[str, int]
    changes: ChainedRecords  # a sequence of Change, already encoded and chained


def prepare(
    session: Session, recipient: str, now: datetime, progress: ProgressFn | None = None
) -> Outgoing:
    """Extend the stream to ``recipient`` and return every record it has not acknowledged.

    The cyclic garbage collector is paused meanwhile (``desktop.collector``): the
    records are read and encoded by the hundred thousand, and hold no reference cycles.
    """
    with collector_paused():
        return _prepare(session, recipient, now, progress)


def _prepare(
    session: Session, recipient: str, now: datetime, progress: ProgressFn | None
) -> Outgoing:
    state = sync_state.local_state(session)
    if state.role == sync_state.HQ:
        return _prepare_hq(session, recipient, now, progress)
    if recipient != sync_state.HQ:
        raise UserError(MSG_LAPTOP_PEER, device=recipient)
    if session.get(SyncDevice, sync_state.HQ) is None:
        raise UserError(MSG_NOT_ENROLLED)
    peer = sync_state.peer(session, sync_state.HQ, lock=True)
    records = outbox_records(session, peer.out_base, peer.out_acked, None)
    changes = chain_records(peer.out_acked_hash, records)
    if changes:
        peer.out_seq, peer.out_hash = changes.last_seq, changes.last_hash
    peer.last_out_at = naive_utc(now)
    return Outgoing(
        state.device_id, sync_state.HQ, state.epoch, peer.out_acked + 1,
        changes.last_seq if changes else peer.out_acked, peer.out_acked_hash,
        {sync_state.HQ: peer.in_seq}, changes,
    )  # fmt: skip


def _prepare_hq(
    session: Session, recipient: str, now: datetime, progress: ProgressFn | None
) -> Outgoing:
    device = session.get(SyncDevice, recipient)
    if device is None or device.role != sync_state.LAPTOP:
        raise UserError(MSG_UNKNOWN_PEER, device=recipient)
    if device.revoked_at is not None:
        raise UserError(MSG_REVOKED_PEER, device=recipient, reason=device.revoke_reason)
    peer = sync_state.peer(session, recipient, lock=True)
    extend_stream(session, recipient, progress)
    s = StreamRecord
    rows = fetch_rows(
        session,
        select(s.seq, s.tbl, s.pk, s.field, s.value, s.hlc, s.origin, s.base_hlc, s.hash)
        .where(s.recipient == recipient, s.seq > peer.out_acked)
        .order_by(s.seq),
    )
    changes = stored_records(peer.out_acked_hash, ((r[:8], r[8]) for r in rows))
    peer.last_out_at = naive_utc(now)
    prune_log(session)
    return Outgoing(
        sync_state.HQ, recipient, device.epoch, peer.out_acked + 1,
        changes.last_seq if changes else peer.out_acked, peer.out_acked_hash,
        {recipient: peer.in_seq}, changes,
    )  # fmt: skip


def log_end(session: Session) -> int:
    """The last seq of this database's change log (0 when it is empty)."""
    return int(session.scalar(select(func.max(Outbox.seq))) or 0)


class _Cut:
    """The records and whole rows chosen for one laptop in one export."""

    def __init__(self, session: Session, device_id: str) -> None:
        self.session = session
        self.device_id = device_id
        self.scope = device_scope(session, device_id)
        self.rows = RowScope(session, self.scope)
        self.records: list[Pending] = []
        self.whole: dict[tuple[str, str], None] = {}
        self.territory: set[str] = set()
        self.tree_changed = False

    def held(self, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        if self.scope.everything:
            return set(keys)
        by_table: dict[str, list[str]] = {}
        for table, pk in keys:
            by_table.setdefault(table, []).append(pk)
        out: set[tuple[str, str]] = set()
        for table, pks in by_table.items():
            out.update((table, pk) for pk in held_among(self.session, self.device_id, table, pks))
        return out

    def take_log(self, chunk: Sequence[LogRow]) -> None:
        keys = {(r[1], r[2]) for r in chunk}
        held = self.held(keys)
        entering = [k for k in keys - held if k not in self.whole]
        if entering:
            current, _ = load_rows(self.session, entering)
            for key in entering:
                values = current.get(key)
                if (
                    values is not None
                    and not values["deleted"]
                    and self.rows.contains(key[0], values)
                ):
                    self.whole[key] = None
        for _seq, table, pk, field, value, hlc, origin, base in chunk:
            key = (table, pk)
            if key in self.whole or key not in held or origin == self.device_id:
                continue
            if field == WHOLE_ROW:  # a new row relayed by name: sent as it stands now
                self.whole[key] = None
                continue
            self.records.append((table, pk, field, value, hlc, origin, base))
            if table == "person" and field in TREE_FIELDS:
                self.tree_changed = True
            if table == "distributor" and field in TERRITORY_FIELDS:
                self.territory.add(pk)

    def widen(self) -> None:
        """Rows entering the scope besides those in the log (module notes)."""
        if self.scope.everything:
            return
        if self.tree_changed:
            for table in SCOPED_TABLES:
                stmt = not_held_in_scope(table, self.scope, self.device_id)
                self._add(table, self.session.scalars(stmt))
        moved = [pk for pk in self.territory if self.rows.distributor(pk)]
        moved += [pk for t, pk in self.whole if t == "distributor"]
        for i in range(0, len(moved), 500):
            for table in DEPENDENTS:
                ids = list(self.session.scalars(dependents_of(table, moved[i : i + 500])))
                held = self.held((table, pk) for pk in ids)
                self._add(table, (pk for pk in ids if (table, pk) not in held))
        self._distributors_of_dependents()

    def _add(self, table: str, pks: Iterable[str]) -> None:
        for pk in pks:
            self.whole.setdefault((table, pk), None)

    def _distributors_of_dependents(self) -> None:
        keys = [k for k in self.whole if k[0] in DEPENDENTS]
        if not keys:
            return
        current, _ = load_rows(self.session, keys)
        wanted = {
            ("distributor", v["distributor_id"])
            for v in current.values()
            if v.get("distributor_id")
        }
        held = self.held(wanted)
        self._add("distributor", (pk for _, pk in wanted - held))

    def whole_rows(self) -> list[Pending]:
        """Every field of every row entering the scope, referenced tables first."""
        keys = sorted(self.whole, key=lambda k: (TABLE_ORDER.get(k[0], 0), k[1]))
        out: list[Pending] = []
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            current, clocks = load_rows(self.session, part)
            for table, pk in part:
                values = current[(table, pk)]
                row_clock = values["__clock__"]
                for name, value in values.items():
                    if name == "__clock__":
                        continue
                    clock = clocks.get((table, pk, name), row_clock)
                    out.append((table, pk, name, value_text(value), clock.hlc, clock.origin, None))
        return out


def extend_stream(session: Session, device_id: str, progress: ProgressFn | None = None) -> int:
    """Append to the laptop's stream what its rows gained in the change log; returns how many."""
    peer = sync_state.peer(session, device_id)
    top = log_end(session)
    total = max(top - peer.log_pos, 0)
    cut = _Cut(session, device_id)
    done = 0
    position = peer.log_pos
    o = Outbox
    while position < top:
        chunk: list[LogRow] = fetch_rows(
            session,
            select(o.seq, o.tbl, o.pk, o.field, o.value, o.hlc, o.origin, o.base_hlc)
            .where(o.seq > position, o.seq <= top)
            .order_by(o.seq)
            .limit(LOG_CHUNK),
        )
        if not chunk:
            break
        cut.take_log(chunk)
        position = chunk[-1][0]
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    cut.widen()
    whole = cut.whole_rows()
    mark_held(session, device_id, cut.whole)
    return append_stream(session, peer, [*whole, *cut.records], top)


def append_stream(session: Session, peer: Any, records: list[Pending], log_pos: int) -> int:
    """Number, chain and store records in the stream to ``peer``; move its log position."""
    first = peer.out_seq + 1
    numbered = [(first + i, *r) for i, r in enumerate(records)]
    chained = chain_records(peer.out_hash, numbered)
    rows = [(peer.peer, *r, h) for r, h in zip(numbered, chained.hashes, strict=True)]
    execute_rows(session, StreamRecord.__tablename__, _STREAM_COLUMNS, rows)
    if chained:
        peer.out_seq, peer.out_hash = chained.last_seq, chained.last_hash
    peer.log_pos = max(peer.log_pos, log_pos)
    return len(chained)


def prune_log(session: Session) -> None:
    """Drop change-log records every device not revoked has taken into its stream."""
    active = select(SyncDevice.device_id).where(
        SyncDevice.role == sync_state.LAPTOP, SyncDevice.revoked_at.is_(None)
    )
    lowest = session.scalar(select(func.min(SyncPeer.log_pos)).where(SyncPeer.peer.in_(active)))
    if lowest:
        session.execute(delete(Outbox).where(Outbox.seq <= lowest))
