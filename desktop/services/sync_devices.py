"""Devices and trust (SYNC.md): join requests, approval with a snapshot, enrolment, revocation.

* **Join request** (laptop): made from the laptop's own key pair (created on first
  use, never leaving it), for a person code (at most 16 characters, as HQ stores codes)
  and a machine name (at most 80). A database that already enrolled laptops is an HQ
  and makes no request. The database remembers the request it made (a local
  ``sync_join_request`` row of status ``sent``; a newer request replaces it) and can
  write the same file again, or withdraw it.
* **Approval** (HQ): the request's signature proves the key. A key HQ already knows
  is the same device enrolled again: same device id, epoch + 1, its streams start
  over; a new key gets a new device id. A revoked key is refused. The scope is the
  person's; the enrolment carries a snapshot of every row the laptop will hold (the
  shared tables whole, tombstones included; the live rows of its scope; the
  distributors those rows refer to) with their clocks, HQ records them as held and
  starts the laptop's stream at the end of its change log (the snapshot covers the
  rest).
* **Enrolment** (laptop): the file must be for this laptop's key and, once HQ's key is
  pinned, signed by it; when the database remembers its request, the enrolment must
  answer that request (not another one of the same key); an HQ with laptops enrols
  nowhere; a join request or a bundle chosen by mistake is named as such. Rows the
  laptop does not have are inserted with their own row and field clocks; rows it has (enrolled again) are merged by clock like any
  change from HQ. The laptop takes its device id, epoch, role and owner, pins HQ's key,
  and its stream to HQ starts with the outbox records not yet acknowledged.
* **Revocation** (HQ): the device's later bundles are refused with the reason, and no
  bundle is written for it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from db.apply import ApplyPlan, FieldWrite, RowWrite, apply_plan
from db.capture import naive_utc, synced_tables
from db.ids import uuid7
from db.models import DeviceKey, HeldRow, JoinRequest, Outbox, Person, SyncDevice
from desktop.domain.org import Scope
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services import sync_state
from desktop.services.sync_export import log_end
from desktop.services.sync_merge import TABLE_ORDER, MergeContext, load_rows, merge
from desktop.services.sync_schema import app_schema, field_names, sync_schema, to_column
from desktop.services.sync_scope import (
    DEPENDENTS,
    mark_held,
    person_scope,
    scope_ids,
    scope_to_json,
)
from desktop.sync import enrolment as files
from desktop.sync import errors as file_errors
from desktop.sync.bundle import MANIFEST
from desktop.sync.policies import SHARED_TABLES
from desktop.sync.records import Change, SnapshotRow

MSG_IS_HQ = QT_TRANSLATE_NOOP(
    "errors",
    "This database is headquarters (it has enrolled laptops); make the join request on the laptop.",
)
MSG_NOT_HQ = QT_TRANSLATE_NOOP(
    "errors", "Only headquarters approves join requests; this database is a laptop."
)
MSG_NO_PERSON = QT_TRANSLATE_NOOP(
    "errors", "There is no active person with code {code}; check the code in the request."
)
MSG_KEY_REVOKED = QT_TRANSLATE_NOOP(
    "errors",
    "This laptop's key was revoked ({reason}); make a new join request from a new database.",
)
MSG_NO_KEY = QT_TRANSLATE_NOOP(
    "errors",
    "This database made no join request, so the enrolment cannot be for it; make the request here first.",
)
MSG_ENROLLED = QT_TRANSLATE_NOOP(
    "errors",
    "This laptop is already enrolled as {device} (epoch {epoch}); this enrolment (epoch {new}) is not newer.",
)
MSG_NO_DEVICE = QT_TRANSLATE_NOOP("errors", "There is no laptop {device} to revoke.")
MSG_NO_REQUEST = QT_TRANSLATE_NOOP("errors", "There is no pending join request {id}.")
MSG_OTHER_REQUEST = QT_TRANSLATE_NOOP(
    "errors",
    "This enrolment answers another join request of this computer, not the one it waits "
    "for ({person} on {machine}). Give headquarters the request file this computer shows "
    "now, and enrol with the enrolment they make from it.",
)
MSG_HQ_ENROL = QT_TRANSLATE_NOOP(
    "errors",
    "This database is headquarters (it has enrolled laptops) and cannot become a laptop. "
    "Open the enrolment file on the laptop that made the join request.",
)
MSG_IS_REQUEST = QT_TRANSLATE_NOOP(
    "errors",
    "This is a join request, not an enrolment. Give it to headquarters: they approve it "
    "and give you back an enrolment file (.fdenrol) to open here.",
)
MSG_OWN_REQUEST = QT_TRANSLATE_NOOP(
    "errors", "This is this computer's own join request: give it to headquarters to approve."
)
MSG_IS_BUNDLE = QT_TRANSLATE_NOOP(
    "errors",
    "This is a sync file (a bundle), not an enrolment. Ask headquarters for the enrolment "
    "file (.fdenrol) made from this computer's join request.",
)
SNAPSHOT_CHUNK = 500
#: Statuses of a join request received at HQ (those made here: ``sync_state``).
PENDING, APPROVED, REFUSED = "pending", "approved", "refused"


@dataclass(frozen=True)
class Approved:
    device_id: str
    epoch: int
    person_code: str
    rows: int
    data: bytes


class DbTrust:
    """The devices this database trusts, for ``bundle.read_bundle``."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def public_key(self, device_id: str) -> bytes | None:
        row = self.session.get(SyncDevice, device_id)
        if row is None or device_id == sync_state.sync_id(self.session):
            return None
        return row.public_key

    def revoked(self, device_id: str) -> str | None:
        row = self.session.get(SyncDevice, device_id)
        if row is None or row.revoked_at is None:
            return None
        return f"{row.revoke_reason} ({row.revoked_at:%Y-%m-%d})"


def _has_laptops(session: Session) -> bool:
    """An HQ that enrolled laptops (on a laptop, the devices are HQ and itself)."""
    return sync_state.role(session) == sync_state.HQ and bool(
        session.scalar(select(func.count()).select_from(SyncDevice))
    )


def make_join_request(
    session: Session, person_code: str, machine_name: str, now: datetime
) -> bytes:
    """The join request of this database, remembered as the one it waits on (module notes)."""
    if _has_laptops(session):
        raise UserError(MSG_IS_HQ)
    row = sync_state.record_request(session, person_code, machine_name, now)
    return sync_state.request_file(session, row, now)


def receive_request(session: Session, data: bytes, now: datetime) -> JoinRequest:
    """Verify a join request and keep it as pending (again: the stored one)."""
    if sync_state.role(session) != sync_state.HQ:
        raise UserError(MSG_NOT_HQ)
    request = files.read_join_request(data)
    row = session.get(JoinRequest, request.request_id)
    if row is not None and row.status not in (PENDING, APPROVED, REFUSED):
        raise UserError(MSG_OWN_REQUEST)  # made here: it is for headquarters
    if row is None:
        person = _person(session, request.person_code, required=False)
        row = JoinRequest(
            id=request.request_id, public_key=request.public_key,
            person_code=request.person_code, person_id=person.id if person else None,
            machine_name=request.machine_name[:80], received_at=naive_utc(now),
            status="pending",
        )  # fmt: skip
        session.add(row)
        session.flush()
    return row


def _person(session: Session, code: str, *, required: bool = True) -> Person | None:
    person = session.scalar(
        select(Person).where(Person.code == code, Person.deleted.is_(False), Person.active)
    )
    if person is None and required:
        raise UserError(MSG_NO_PERSON, code=code)
    return person


def scope_lists(scope: Scope) -> dict[str, list[str]]:
    """The scope as the enrolment file carries it (name → ids; ``everything`` when it is)."""
    if scope.everything:
        return {"everything": []}
    return {
        "people": sorted(scope.people),
        "markets": sorted(scope.markets),
        "regions": sorted(scope.regions),
    }


def approve(session: Session, request_id: str, now: datetime) -> Approved:
    """Approve a pending (or approved) request: device, scope, snapshot, held rows, stream."""
    row = session.get(JoinRequest, request_id)
    if row is None or row.status not in (PENDING, APPROVED):  # refused, or one made here
        raise UserError(MSG_NO_REQUEST, id=request_id)
    person = _person(session, row.person_code)
    assert person is not None
    known = session.scalar(select(SyncDevice).where(SyncDevice.public_key == row.public_key))
    if known is not None and known.revoked_at is not None:
        raise UserError(MSG_KEY_REVOKED, reason=known.revoke_reason)
    scope = person_scope(session, person.id)
    if known is None:
        known = SyncDevice(device_id=uuid7(), role=sync_state.LAPTOP, public_key=row.public_key,
                           epoch=1, revoke_reason="")  # fmt: skip
        session.add(known)
    else:
        known.epoch += 1
    known.person_id, known.machine_name = person.id, row.machine_name
    known.scope, known.enrolled_at = scope_to_json(scope), naive_utc(now)
    row.status, row.device_id, row.decided_at = (
        "approved",
        known.device_id,
        naive_utc(now),
    )
    session.flush()
    peer = sync_state.peer(session, known.device_id)
    sync_state.reset_peer(peer, known.epoch, log_pos=log_end(session))
    keys = snapshot_keys(session, scope)
    session.execute(delete(HeldRow).where(HeldRow.device_id == known.device_id))
    if not scope.everything:
        mark_held(session, known.device_id, keys)
    count = [0]

    def rows() -> Iterator[SnapshotRow]:
        for snap in snapshot_rows(session, keys):
            count[0] += 1
            yield snap

    data = files.write_enrolment(
        request_id=row.id, device_id=known.device_id, epoch=known.epoch,
        person_code=person.code, hq_device_id=sync_state.HQ,
        laptop_public_key=row.public_key, scope=scope_lists(scope), hq_last_seq=0,
        created_at=now, app_schema=app_schema(), rows=rows(),
        hq_private_key=sync_state.private_key(session, now),
    )  # fmt: skip
    return Approved(known.device_id, known.epoch, person.code, count[0], data)


def refuse(session: Session, request_id: str, now: datetime) -> None:
    row = session.get(JoinRequest, request_id)
    if row is None or row.status != PENDING:
        raise UserError(MSG_NO_REQUEST, id=request_id)
    row.status, row.decided_at = REFUSED, naive_utc(now)


def snapshot_keys(session: Session, scope: Scope) -> list[tuple[str, str]]:
    """Every row a laptop of ``scope`` holds at enrolment, referenced tables first."""
    keys: list[tuple[str, str]] = []
    for table in sorted(synced_tables(), key=lambda t: TABLE_ORDER.get(t, 0)):
        model: Any = synced_tables()[table]
        if table in SHARED_TABLES or scope.everything:
            ids = session.scalars(select(model.id).order_by(model.id))
        else:
            ids = session.scalars(scope_ids(table, scope).order_by(model.id))
        keys.extend((table, pk) for pk in ids)
    if scope.everything:
        return keys
    have = {pk for t, pk in keys if t == "distributor"}
    wanted: set[str] = set()
    for table in DEPENDENTS:
        pks = [pk for t, pk in keys if t == table]
        for i in range(0, len(pks), 500):
            model = synced_tables()[table]
            wanted.update(
                d
                for d in session.scalars(
                    select(model.distributor_id).where(model.id.in_(pks[i : i + 500]))
                )
                if d is not None and d not in have
            )
    extra = [("distributor", pk) for pk in sorted(wanted)]
    return extra + keys if extra else keys


def snapshot_rows(session: Session, keys: list[tuple[str, str]]) -> Iterator[SnapshotRow]:
    """The rows of ``keys`` with their values and clocks, read in chunks."""
    for i in range(0, len(keys), SNAPSHOT_CHUNK):
        part = keys[i : i + SNAPSHOT_CHUNK]
        current, clocks = load_rows(session, part)
        for table, pk in part:
            values = dict(current[(table, pk)])
            row_clock = values.pop("__clock__")
            field_clocks = {
                name: (c.hlc, c.origin)
                for name in field_names(table)
                if (c := clocks.get((table, pk, name))) is not None and c != row_clock
            }
            yield SnapshotRow(table, pk, values, row_clock.hlc, row_clock.origin, field_clocks)


def enrol(session: Session, data: bytes, now: datetime) -> files.Enrolment:
    """Load an enrolment into this database and become that laptop (module notes)."""
    state = sync_state.local_state(session)
    key = session.get(DeviceKey, 1)
    if key is None:
        raise UserError(MSG_NO_KEY)
    if _has_laptops(session):
        raise UserError(MSG_HQ_ENROL)
    hq = session.get(SyncDevice, sync_state.HQ)
    found = _read_enrolment(data, key.public_key, hq.public_key if hq is not None else None)
    if state.role == sync_state.LAPTOP and found.epoch <= state.epoch:
        raise UserError(MSG_ENROLLED, device=state.device_id, epoch=state.epoch, new=found.epoch)
    sent = sync_state.sent_request(session)
    if sent is not None and sent.id != found.request_id:
        raise UserError(MSG_OTHER_REQUEST, person=sent.person_code, machine=sent.machine_name)
    chunk: list[SnapshotRow] = []
    for snap in found.rows():
        chunk.append(snap)
        if len(chunk) >= SNAPSHOT_CHUNK:
            _load_snapshot(session, chunk, now)
            chunk = []
    _load_snapshot(session, chunk, now)
    person = _person(session, found.person_code, required=False)
    state.role, state.device_id, state.epoch = sync_state.LAPTOP, found.device_id, found.epoch
    state.owner_person_id = person.id if person is not None else None
    if hq is None:
        hq = SyncDevice(device_id=sync_state.HQ, role=sync_state.HQ, epoch=1, scope="{}",
                        public_key=found.hq_public_key, machine_name="", revoke_reason="")  # fmt: skip
        session.add(hq)
    me = session.get(SyncDevice, found.device_id) or SyncDevice(
        device_id=found.device_id, role=sync_state.LAPTOP, public_key=key.public_key,
        machine_name="", revoke_reason="",
    )  # fmt: skip
    me.person_id, me.epoch, me.enrolled_at = (
        state.owner_person_id,
        found.epoch,
        naive_utc(now),
    )
    me.scope = "{}"
    session.add(me)
    peer = sync_state.peer(session, sync_state.HQ)
    sync_state.reset_peer(peer, found.epoch, out_base=_outbox_base(session))
    peer.in_seq = found.hq_last_seq
    if sent is not None:
        sent.status, sent.device_id = sync_state.ENROLLED, found.device_id
        sent.decided_at = naive_utc(now)
        me.machine_name = sent.machine_name
    return found


def _read_enrolment(data: bytes, laptop_key: bytes, hq_key: bytes | None) -> files.Enrolment:
    """The verified enrolment; a join request or a bundle chosen instead is named as such."""
    try:
        return files.read_enrolment(
            data, laptop_public_key=laptop_key, schema=sync_schema(), app_schema=app_schema(),
            hq_public_key=hq_key,
        )  # fmt: skip
    except file_errors.BundleRejected as e:
        if e.reason != file_errors.MEMBERS:
            raise
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError):
            raise e from None
        if files.REQUEST in names:
            raise file_errors.BundleRejected(file_errors.MEMBERS, MSG_IS_REQUEST) from e
        if MANIFEST in names:
            raise file_errors.BundleRejected(file_errors.MEMBERS, MSG_IS_BUNDLE) from e
        raise


def _outbox_base(session: Session) -> int:
    """The outbox position before the first record not yet acknowledged by HQ."""
    first = session.scalar(select(func.min(Outbox.seq)))
    if first is not None:
        return int(first) - 1
    if session.get_bind().dialect.name == "sqlite":
        last = session.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'")
        ).scalar()
        return int(last or 0)
    return 0


def _load_snapshot(session: Session, rows: list[SnapshotRow], now: datetime) -> None:
    if not rows:
        return
    existing, _ = load_rows(session, [(r.table, r.pk) for r in rows])
    plan = ApplyPlan()
    known: list[Change] = []
    for r in rows:
        clock = {n: r.field_clocks.get(n, (r.row_hlc, r.row_origin)) for n in r.values}
        if (r.table, r.pk) in existing:
            known.extend(
                Change(0, r.table, r.pk, n, v, clock[n][0], clock[n][1], None)
                for n, v in r.values.items()
            )
            continue
        writes = [
            FieldWrite(n, to_column(r.table, n, v), clock[n][0], clock[n][1])
            for n, v in r.values.items()
        ]
        plan.rows.append(RowWrite(r.table, r.pk, writes, (r.row_hlc, r.row_origin)))
    hlcs = [r.row_hlc for r in rows] + [c[0] for r in rows for c in r.field_clocks.values()]
    sync_state.receive(session, max(hlcs), now)
    apply_plan(session, plan)
    if known:
        state = sync_state.local_state(session)
        merge(MergeContext(session, state.device_id, sync_state.HQ, True, False, None, now), known)


def revoke(session: Session, device_id: str, reason: str, now: datetime) -> None:
    device = session.get(SyncDevice, device_id)
    if device is None or device.role != sync_state.LAPTOP:
        raise UserError(MSG_NO_DEVICE, device=device_id)
    if device.revoked_at is None:
        device.revoked_at, device.revoke_reason = naive_utc(now), reason.strip()[:200]
