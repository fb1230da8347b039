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
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import hlc
from db.models import DeviceKey, LocalState, SyncPeer
from db.models.sync import GENESIS
from desktop.sync import keys

HQ = "hq"
LAPTOP = "laptop"
_STATE = "fielddesk_local_state"


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
