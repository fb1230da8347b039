"""This database's place in sync: its role, its sync id, its clock, its key pair, its peers.

* **Ids.** HQ is named ``hq`` in every bundle, request and enrolment (SYNC.md: "on a
  laptop, ``hq`` names headquarters"); a laptop is named by the device id HQ assigned
  it at approval, which is also its ``local_state.device_id`` (the origin of its clocks).
  HQ's own clocks carry its ``local_state.device_id``.
* **Role.** ``hq`` until the database is enrolled as a laptop.
* **Clock.** Every clock received moves this device's HLC past it (``receive``), so a
  correction stamped afterwards (``tick``) wins over what it corrects.
* **Key pair.** Made on first use, kept in ``sync_device_key``; only ``private_key`` reads
  the private half, for signing.
* **Its own join request.** The request this database made (``sync_join_request`` row of
  status ``sent``: person code, machine name, when, its key) until it is enrolled,
  withdrawn or replaced by a newer one: ``pending_join``. Like every table here it is
  local: it never travels in a bundle.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import hlc
from db.capture import naive_utc
from db.models import DeviceKey, JoinRequest, LocalState, Person, SyncPeer
from db.models.sync import GENESIS
from desktop.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from desktop.services.sync_schema import app_schema
from desktop.sync import enrolment, keys

HQ = "hq"
LAPTOP = "laptop"
#: Statuses of a join request this database made (``sync_join_request``): waited on, then
#: answered by an enrolment, withdrawn here, or replaced by a newer request.
SENT, ENROLLED, WITHDRAWN, REPLACED = "sent", "enrolled", "withdrawn", "replaced"
#: The longest person code and machine name a request can carry: its columns' lengths.
MAX_CODE: int = JoinRequest.__table__.c.person_code.type.length  # type: ignore[attr-defined]
MAX_MACHINE: int = JoinRequest.__table__.c.machine_name.type.length  # type: ignore[attr-defined]
MSG_NO_CODE = QT_TRANSLATE_NOOP(
    "errors", "Give the code of the person this laptop is for (headquarters gives it to you)."
)
MSG_LONG_CODE = QT_TRANSLATE_NOOP("errors", "A person code has at most {max} characters.")
MSG_NO_MACHINE = QT_TRANSLATE_NOOP(
    "errors", "Give this computer's name, so that headquarters can tell laptops apart."
)
MSG_LONG_MACHINE = QT_TRANSLATE_NOOP("errors", "A computer name has at most {max} characters.")
MSG_NOTHING_SENT = QT_TRANSLATE_NOOP(
    "errors", "This database is not waiting for headquarters: make a join request first."
)
_STATE = "fielddesk_local_state"


@dataclass(frozen=True)
class PendingJoin:
    """The join request this database made and still waits on."""

    request_id: str
    person_code: str
    person_name: str  # "" when this database does not know the person (a new database)
    machine_name: str
    requested_at: datetime  # UTC
    fingerprint: str  # of this device's key, as headquarters reads it from the request


def local_state(session: Session) -> LocalState:
    """The one ``local_state`` row, loaded once per session (it stays in its identity map)."""
    state = session.info.get(_STATE)
    if state is None or state not in session:
        state = session.get(LocalState, 1)
        if state is None:  # open_database always makes it
            raise RuntimeError("local_state is missing: open the database with open_database")
        session.info[_STATE] = state
    return state


def role(session: Session) -> str:
    return local_state(session).role


def sync_id(session: Session) -> str:
    """The name this database goes by in sync files: ``hq``, or the laptop's device id."""
    state = local_state(session)
    return HQ if state.role == HQ else state.device_id


def receive(session: Session, remote: int, now: datetime) -> None:
    """Move this device's clock past ``remote``."""
    state = local_state(session)
    state.last_hlc = hlc.receive(state.last_hlc or 0, remote, now)


def tick(session: Session, now: datetime) -> int:
    """A fresh clock value of this device."""
    state = local_state(session)
    state.last_hlc = hlc.tick(state.last_hlc or 0, now)
    return state.last_hlc


def public_key(session: Session, now: datetime) -> bytes:
    """This device's public key (the key pair is made on first use)."""
    return _key_row(session, now).public_key


def private_key(session: Session, now: datetime) -> bytes:
    """This device's private key, for signing a file; it never goes into one."""
    return _key_row(session, now).private_key


def _key_row(session: Session, now: datetime) -> DeviceKey:
    row = session.get(DeviceKey, 1)
    if row is not None:
        return row
    private = keys.generate_private_key()
    try:
        with session.begin_nested():
            session.add(
                DeviceKey(
                    id=1, private_key=private, public_key=keys.public_key_of(private),
                    created_at=now,
                )
            )  # fmt: skip
    except IntegrityError:  # another unit of work made it at the same moment: use that one
        pass
    row = session.get(DeviceKey, 1, populate_existing=True)
    assert row is not None
    return row


def peer(session: Session, name: str, *, lock: bool = False) -> SyncPeer:
    """The bookkeeping row of a peer, made when first needed."""
    stmt = select(SyncPeer).where(SyncPeer.peer == name)
    if lock:
        stmt = stmt.with_for_update()
    row = session.scalar(stmt)
    if row is None:
        row = SyncPeer(
            peer=name, epoch=1, in_seq=0, in_hash=GENESIS, out_seq=0, out_hash=GENESIS,
            out_acked=0, out_acked_hash=GENESIS, out_base=0, log_pos=0,
        )  # fmt: skip
        session.add(row)
        session.flush()
    return row


def reset_peer(row: SyncPeer, epoch: int, *, out_base: int = 0, log_pos: int = 0) -> None:
    """Start both streams with a peer again (a new enrolment epoch)."""
    row.epoch = epoch
    row.in_seq, row.in_hash = 0, GENESIS
    row.out_seq, row.out_hash = 0, GENESIS
    row.out_acked, row.out_acked_hash = 0, GENESIS
    row.out_base, row.log_pos = out_base, log_pos


def sent_request(session: Session) -> JoinRequest | None:
    """The row of the join request this database made and waits on (the newest one sent)."""
    return session.scalar(
        select(JoinRequest)
        .where(JoinRequest.status == SENT)
        .order_by(JoinRequest.received_at.desc())
        .limit(1)
    )


def pending_join(session: Session) -> PendingJoin | None:
    """The join request this database waits on: who for, which computer, when, which key.

    None when it made none, or its request was enrolled, withdrawn or replaced.
    """
    row = sent_request(session)
    if row is None:
        return None
    name = session.scalar(
        select(Person.name).where(Person.code == row.person_code, Person.deleted.is_(False))
    )
    return PendingJoin(
        row.id, row.person_code, name or "", row.machine_name,
        row.received_at.replace(tzinfo=UTC), keys.fingerprint(row.public_key),
    )  # fmt: skip


def _checked_request(person_code: str, machine_name: str) -> tuple[str, str]:
    """Both values trimmed; a missing or too long one is a ``ValidationError`` per field."""
    code, machine = person_code.strip(), machine_name.strip()
    problems: dict[str, UserError] = {}
    if not code:
        problems["person_code"] = UserError(MSG_NO_CODE)
    elif len(code) > MAX_CODE:
        problems["person_code"] = UserError(MSG_LONG_CODE, max=MAX_CODE)
    if not machine:
        problems["machine_name"] = UserError(MSG_NO_MACHINE)
    elif len(machine) > MAX_MACHINE:
        problems["machine_name"] = UserError(MSG_LONG_MACHINE, max=MAX_MACHINE)
    if problems:
        raise ValidationError(problems)
    return code, machine


def record_request(
    session: Session, person_code: str, machine_name: str, now: datetime
) -> JoinRequest:
    """Remember a new join request of this database as the one it waits on.

    The code (at most ``MAX_CODE`` characters) and the machine name (at most
    ``MAX_MACHINE``) are required; a request still waited on is replaced.
    """
    code, machine = _checked_request(person_code, machine_name)
    for older in session.scalars(select(JoinRequest).where(JoinRequest.status == SENT)):
        older.status, older.decided_at = REPLACED, naive_utc(now)
    row = JoinRequest(
        id=str(uuid.uuid4()), public_key=public_key(session, now), person_code=code,
        person_id=None, machine_name=machine, received_at=naive_utc(now), status=SENT,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row


def request_file(session: Session, row: JoinRequest, now: datetime) -> bytes:
    """The file of a join request this database made (the same request gives the same bytes)."""
    if row.public_key != public_key(session, now):
        raise UserError(MSG_NOTHING_SENT)  # made with a key this database no longer has
    return enrolment.write_join_request(
        private_key=private_key(session, now), person_code=row.person_code,
        machine_name=row.machine_name, created_at=row.received_at.replace(tzinfo=UTC),
        app_schema=app_schema(), request_id=row.id,
    )  # fmt: skip


def withdraw_request(session: Session, now: datetime) -> str:
    """Stop waiting for the join request this database made; the request's id.

    An enrolment answering it is then taken like one for a database that remembers no
    request: its key alone decides.
    """
    row = sent_request(session)
    if row is None:
        raise UserError(MSG_NOTHING_SENT)
    row.status, row.decided_at = WITHDRAWN, naive_utc(now)
    return row.id
