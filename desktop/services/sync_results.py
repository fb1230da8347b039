"""The plain results ``SyncService`` returns to the window and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.errors import UserError


@dataclass(frozen=True)
class ExportResult:
    path: Path
    first_seq: int
    last_seq: int
    count: int


@dataclass(frozen=True)
class ImportLine:
    """One imported file: ``result`` is applied, duplicate, gap or rejected."""

    path: Path
    result: str
    reason: str = ""
    message: UserError | None = None
    sender: str = ""
    first_seq: int | None = None
    last_seq: int | None = None
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    #: parked files this one let through from the inbox
    released: int = 0


@dataclass(frozen=True)
class PeerStatus:
    peer: str
    epoch: int
    received: int  # last seq applied from the peer
    sent: int  # last seq of my stream to it
    acknowledged: int  # what it applied of my stream
    waiting: int  # changes of mine it has not acknowledged (including ones not yet exported)
    gaps: tuple[tuple[int, int], ...]  # missing ranges parked in the inbox
    last_in_at: datetime | None
    last_out_at: datetime | None


@dataclass(frozen=True)
class SyncStatus:
    device_id: str  # the name in sync files: hq or the laptop's id
    role: str
    epoch: int
    peers: tuple[PeerStatus, ...]
    pending_gaps: int
    open_conflicts: int


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    person_id: str | None
    person_code: str
    person_name: str
    machine_name: str
    epoch: int
    fingerprint: str
    enrolled_at: datetime | None
    revoked_at: datetime | None
    revoke_reason: str
    last_in_at: datetime | None
    last_out_at: datetime | None
    pending_gaps: int


@dataclass(frozen=True)
class JoinRequestRow:
    id: str
    person_code: str
    person_name: str
    machine_name: str
    fingerprint: str
    received_at: datetime
    status: str
    device_id: str | None
