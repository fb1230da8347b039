"""What the Sync page shows, read in one go off the UI thread, and how its values are worded.

``load_view`` runs in the background (it is also where the sync code is first imported,
so start-up never pays for it): role, status, devices, join requests, open conflicts,
the names that make device ids and record ids readable, and the inbox's new files; on a
database that may still join headquarters, also its own pending join request and the
people a laptop may be for.
``SyncView`` then answers the page's wording questions: who a device or an edit's
origin is, what a table, field or value is called in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop import labels
from desktop.services.distributors import DistributorRow
from desktop.services.org import PersonRow

if TYPE_CHECKING:
    from desktop.app import Services
    from desktop.services.sync import (
        ConflictRow,
        DeviceRow,
        JoinRequestRow,
        PeerStatus,
        SyncService,
        SyncStatus,
    )
    from desktop.services.sync_state import PendingJoin

HQ = "hq"
BUNDLE_SUFFIX = ".fdsync"
REQUEST_SUFFIX = ".fdjoin"
ENROLMENT_SUFFIX = ".fdenrol"
#: ``<sender>_to_<recipient>_<first>-<last>.fdsync`` (SYNC.md "Bundle").
BUNDLE_NAME = re.compile(
    r"(?P<sender>.+)_to_(?P<recipient>.+)_(?P<first>\d+)-(?P<last>\d+)\.fdsync"
)
#: Fields whose value is a person's id, and fields whose value is a market's or region's.
PERSON_FIELDS = frozenset({"owner_id", "person_id", "subject_person_id", "manager_id"})
PLACE_FIELDS = frozenset({"market_id", "region_id"})
#: A file as it was when imported: path, size, modification time (ns).
FileKey = tuple[str, int, int]
CHUNK = 500  # ids per query (SQLite's limit on bound parameters)


def when(moment: datetime | None) -> str:
    """A stored time (naive UTC) in local time, as the rest of the window shows times."""
    if moment is None:
        return ""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return labels.timestamp(aware)


def short_id(device_id: str) -> str:
    return device_id if len(device_id) <= 13 else f"{device_id[:8]}…{device_id[-4:]}"


@dataclass(frozen=True)
class SyncView:
    """One consistent reading of this database's sync state (see the module notes)."""

    role: str
    me: str  # the name this database goes by in sync files: hq or the laptop's id
    here: str  # this database's own device id: the origin of the edits made here
    fingerprint: str
    status: SyncStatus
    devices: tuple[DeviceRow, ...] = ()
    requests: tuple[JoinRequestRow, ...] = ()
    conflicts: tuple[ConflictRow, ...] = ()
    people: Mapping[str, PersonRow] = field(default_factory=dict)
    places: Mapping[str, str] = field(default_factory=dict)
    records: Mapping[str, str] = field(default_factory=dict)
    inbox_new: tuple[Path, ...] = ()
    pending: PendingJoin | None = None  # the join request this database waits on
    candidates: tuple[PersonRow, ...] = ()  # who a laptop may be for (when it may join)
    owner_code: str = ""  # the person this database belongs to, if chosen

    @property
    def hq(self) -> bool:
        return self.role == HQ

    @property
    def can_join(self) -> bool:
        """Not enrolled and without laptops of its own: this database may join headquarters."""
        return self.hq and not self.devices

    @property
    def waiting(self) -> bool:
        """It made a join request and waits for headquarters' enrolment file: a database
        that may join, or a laptop to be enrolled again (restored from a backup, say)."""
        return self.pending is not None and (self.can_join or not self.hq)

    def laptops(self) -> list[DeviceRow]:
        """The devices shown at HQ (every enrolled laptop), or the laptop itself."""
        return [d for d in self.devices if d.device_id not in (HQ, self.here)]

    def peer(self, name: str) -> PeerStatus | None:
        return next((p for p in self.status.peers if p.peer == name), None)

    def device(self, device_id: str) -> DeviceRow | None:
        return next((d for d in self.devices if d.device_id == device_id), None)

    # -- names ------------------------------------------------------------------------
    def device_name(self, device_id: str) -> str:
        """Who a device id is: headquarters, this laptop, or a person and their machine."""
        if device_id == HQ:
            return QCoreApplication.translate("SyncView", "Headquarters")
        row = self.device(device_id)
        if row is None or not row.person_name:
            return short_id(device_id)
        name = f"{row.person_name} ({row.person_code})" if row.person_code else row.person_name
        return f"{name} · {row.machine_name}" if row.machine_name else name

    def origin_name(self, origin: str) -> str:
        """Who made an edit, from the origin of its clock."""
        if origin == self.here:
            return (
                QCoreApplication.translate("SyncView", "Headquarters")
                if self.hq
                else QCoreApplication.translate("SyncView", "this laptop")
            )
        if self.device(origin) is not None:
            return self.device_name(origin)
        if not self.hq:  # everything a laptop receives comes through headquarters
            return QCoreApplication.translate("SyncView", "Headquarters or another laptop")
        return short_id(origin)

    def scope_of(self, person_id: str | None) -> str:
        """A device's scope in words: the person's role, market and region."""
        person = self.people.get(person_id or "")
        if person is None:
            return ""
        parts = [labels.role_name(person.role)]
        place = " / ".join(p for p in (person.market_name, person.region_name) if p)
        return " · ".join([*parts, place] if place else parts)

    def record_name(self, table: str, pk: str) -> str:
        """The record a conflict is about: a distributor by name, else the table's row id."""
        return self.records.get(pk) or f"{table_name(table)} {short_id(pk)}"

    def value_text(self, table: str, name: str, value: Any) -> str:
        """A field's value as the user reads it (money, ratings, people, dates…)."""
        if value is None or value == "":
            return QCoreApplication.translate("SyncView", "(empty)")
        if isinstance(value, bool):
            return (
                QCoreApplication.translate("SyncView", "Yes")
                if value
                else QCoreApplication.translate("SyncView", "No")
            )
        if name in PERSON_FIELDS:
            person = self.people.get(str(value))
            return f"{person.name} ({person.code})" if person else str(value)
        if name in PLACE_FIELDS:
            return self.places.get(str(value), str(value))
        if name.endswith("_fen") and isinstance(value, int):
            return labels.money(value)
        if name == "credit_rating":
            return labels.rating_name(str(value))
        if name == "grade":
            return labels.grade_name(str(value))
        if name == "status":
            words = labels.visit_status_name if table == "visit" else labels.status_name
            return words(str(value))
        if name == "channel":
            return labels.channel_name(str(value))
        return str(value)


def table_name(table: str) -> str:
    """The table's raw name: ``desktop/labels.py`` has no words for tables yet."""
    return table


def field_name(table: str, name: str) -> str:
    """A field's words where the window has them (the distributor card's, context "print",
    without loading the card's printing code), else the field's name."""
    if table == "distributor":
        words = _distributor_fields().get(name)
    elif table == "distributor_contact":
        words = _contact_fields().get(name)
    else:
        words = None
    return words or name


def _distributor_fields() -> dict[str, str]:
    return {
        "code": QCoreApplication.translate("print", "Code"),
        "name": QCoreApplication.translate("print", "Name"),
        "short_name": QCoreApplication.translate("print", "Short name"),
        "market_id": QCoreApplication.translate("print", "Market"),
        "region_id": QCoreApplication.translate("print", "Region"),
        "owner_id": QCoreApplication.translate("print", "Owner"),
        "grade": QCoreApplication.translate("print", "Grade"),
        "status": QCoreApplication.translate("print", "Status"),
        "province": QCoreApplication.translate("print", "Province"),
        "city": QCoreApplication.translate("print", "City"),
        "address": QCoreApplication.translate("print", "Address"),
        "phone": QCoreApplication.translate("print", "Phone"),
        "warehouse_address": QCoreApplication.translate("print", "Warehouse address"),
        "receiving_hours": QCoreApplication.translate("print", "Receiving hours"),
        "carrier": QCoreApplication.translate("print", "Carrier"),
        "lead_days": QCoreApplication.translate("print", "Lead time"),
        "logistics_notes": QCoreApplication.translate("print", "Logistics notes"),
        "credit_rating": QCoreApplication.translate("print", "Credit rating"),
        "credit_limit_fen": QCoreApplication.translate("print", "Credit limit"),
        "payment_terms_days": QCoreApplication.translate("print", "Payment terms"),
        "notes": QCoreApplication.translate("print", "Notes"),
    }


def _contact_fields() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("print", "Contact"),
        "title": QCoreApplication.translate("print", "Title"),
        "phone": QCoreApplication.translate("print", "Mobile"),
        "wechat": QCoreApplication.translate("print", "WeChat"),
        "email": QCoreApplication.translate("print", "E-mail"),
        "is_primary": QCoreApplication.translate("print", "Primary"),
    }


def file_key(path: Path) -> FileKey | None:
    """A file as it is now (path, size, modification time); None when it cannot be read."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return str(path), stat.st_size, stat.st_mtime_ns


def new_bundle_files(
    folder: Path, me: str, received: Mapping[str, int], seen: Collection[FileKey] = ()
) -> list[Path]:
    """The sync files in ``folder`` that may hold something new for this database.

    A file named as FieldDesk names bundles is skipped when it is for another device or
    when its last change was already imported from its sender; a file already imported
    in this session, unchanged since (``seen``), is skipped; any other ``.fdsync`` file
    is offered (the import says what it is).
    """
    try:
        candidates = sorted(p for p in folder.glob(f"*{BUNDLE_SUFFIX}") if p.is_file())
    except OSError:
        return []
    out = []
    for path in candidates:
        if path.name.startswith(".") or file_key(path) in seen:
            continue  # a file still being written, or one imported already
        match = BUNDLE_NAME.fullmatch(path.name)
        if match is not None:
            if match["recipient"] != me:
                continue
            if int(match["last"]) <= received.get(match["sender"], 0):
                continue
        out.append(path)
    return out


def load_view(
    services: Services, sync: SyncService, inbox: str, seen: Collection[FileKey] = ()
) -> SyncView:
    """Read everything the page shows (runs in the background)."""
    status = sync.status()
    devices = tuple(sync.devices())
    hq = status.role == HQ
    requests = tuple(sync.join_requests()) if hq else ()
    conflicts = tuple(sync.conflicts())
    tree = services.org.tree()
    people = {p.id: p for p in services.org.people()}
    places = {m.id: m.name for m in tree.markets} | {r.id: r.name for r in tree.regions}
    distributor_ids = sorted({c.pk for c in conflicts if c.table == "distributor"})
    rows: list[DistributorRow] = []
    for i in range(0, len(distributor_ids), CHUNK):
        rows.extend(services.distributors.rows(distributor_ids[i : i + CHUNK]))
    records = {r.id: f"{r.name} ({r.code})" for r in rows}
    received = {p.peer: p.received for p in status.peers}
    new = (
        tuple(new_bundle_files(Path(inbox), status.device_id, received, seen))
        if hq and inbox
        else ()
    )
    pending: PendingJoin | None = None
    candidates: tuple[PersonRow, ...] = ()
    owner = ""
    if not hq or not devices:  # it may still join headquarters, or join it again
        pending = sync.pending_join()
        candidates = tuple(services.org.owner_choices())
        person = services.org.owner().person
        owner = person.code if person is not None else ""
    return SyncView(
        role=status.role, me=status.device_id, here=services.db.device_id,
        fingerprint=sync.fingerprint(), status=status, devices=devices, requests=requests,
        conflicts=conflicts, people=people, places=places, records=records, inbox_new=new,
        pending=pending, candidates=candidates, owner_code=owner,
    )  # fmt: skip


def make_service(services: Services) -> SyncService:
    """The sync service of this database (its code is imported on first use)."""
    return services.sync
