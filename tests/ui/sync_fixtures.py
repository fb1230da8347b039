"""HQ and an enrolled laptop, built through the real services, with conflicts on both sides.

``build_pair`` makes HQ from the small demo (seed 1), a join request on a new laptop
database, HQ's approval and the enrolment, as the command line does; then both sides
edit (``simulate`` and two deliberate edits of the same distributor's notes) and
exchange bundles, so that open conflicts exist at HQ and on the laptop. ``drop`` drops
files on a Sync page. Building takes
a few seconds: a test module builds it once (``copy_pair`` gives each test its own
copy of the files).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from db.engine import Database, open_database
from desktop.services import sync as sync_api
from desktop.services.distributors import DistributorFilter, DistributorService
from desktop.services.simulate import simulate
from desktop.services.sync import SyncService
from desktop.ui.pages.sync import SyncPage
from tests.conftest import FIXED_NOW, FakeClock

#: A sales rep of the small demo (seed 1).
PERSON = "P0010"
MACHINE = "PC-ZHAO"
LAPTOP_NOTES = "老板说下周补货三十箱；陈列已调整"
HQ_NOTES = "SSG: 信用额度本月复核，先款后货"


@dataclass
class Pair:
    """HQ and one laptop, each with its own clock."""

    folder: Path
    hq: Database
    hq_clock: FakeClock
    laptop: Database
    laptop_clock: FakeClock
    device: str  # the laptop's id in sync files
    shared: str = ""  # the distributor whose notes both sides changed

    @property
    def hq_sync(self) -> SyncService:
        return SyncService(self.hq)

    @property
    def laptop_sync(self) -> SyncService:
        return SyncService(self.laptop)

    def dispose(self) -> None:
        self.hq.dispose()
        self.laptop.dispose()


def new_hq(folder: Path) -> tuple[Database, FakeClock]:
    """HQ with the small demo organisation and no laptop yet."""
    from db.demo import generate_demo

    folder.mkdir(parents=True, exist_ok=True)
    clock = FakeClock()
    hq = open_database(folder / "hq.db", clock=clock)
    generate_demo(hq, seed=1, scale="small", today=FIXED_NOW.date())
    return hq, clock


def join_request(folder: Path, clock: FakeClock, person: str = PERSON) -> bytes:
    """A join request made on a new laptop database at ``folder/laptop.db``."""
    return sync_api.join_request(folder / "laptop.db", person, MACHINE, clock)


def enrol(folder: Path, clock: FakeClock, enrolment: bytes) -> tuple[Database, str]:
    laptop = open_database(folder / "laptop.db", clock=clock)
    return laptop, SyncService(laptop).enrol(enrolment).value


def exchange(pair: Pair) -> None:
    """The laptop's bundle to HQ, then HQ's bundle to the laptop."""
    laptop, hq = pair.laptop_sync, pair.hq_sync
    data, manifest, _ = laptop.bundle_bytes("hq")
    hq.import_bytes(data, manifest.file_name)
    data, manifest, _ = hq.bundle_bytes(pair.device)
    laptop.import_bytes(data, manifest.file_name)


def set_notes(db: Database, distributor_id: str, text: str) -> None:
    service = DistributorService(db)
    service.save(replace(service.get(distributor_id).form, notes=text))


def build_pair(folder: Path, conflicts: bool = True) -> Pair:
    """HQ and an enrolled laptop (see the module notes)."""
    hq, hq_clock = new_hq(folder)
    laptop_clock = FakeClock()
    enrolment = SyncService(hq).approve(join_request(folder, laptop_clock))
    laptop, device = enrol(folder, laptop_clock, enrolment)
    pair = Pair(folder, hq, hq_clock, laptop, laptop_clock, device)
    if conflicts:
        make_conflicts(pair)
    return pair


def make_conflicts(pair: Pair) -> None:
    """Both sides edit, the same notes among them, and exchange twice."""
    simulate(pair.laptop, 15, seed=4)
    exchange(pair)
    pair.shared = DistributorService(pair.laptop).find_ids(DistributorFilter())[0]
    pair.laptop_clock.advance(minutes=5)
    set_notes(pair.laptop, pair.shared, LAPTOP_NOTES)
    simulate(pair.laptop, 15, seed=6)
    pair.hq_clock.advance(minutes=10)
    set_notes(pair.hq, pair.shared, HQ_NOTES)
    simulate(pair.hq, 15, seed=5)
    exchange(pair)
    exchange(pair)


def copy_pair(template: Pair, folder: Path) -> Pair:
    """The template's databases copied into ``folder`` and opened there, clocks reset."""
    template.dispose()
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("hq.db", "laptop.db"):
        shutil.copyfile(template.folder / name, folder / name)
    hq_clock, laptop_clock = FakeClock(), FakeClock()
    return Pair(
        folder, open_database(folder / "hq.db", clock=hq_clock), hq_clock,
        open_database(folder / "laptop.db", clock=laptop_clock), laptop_clock,
        template.device, template.shared,
    )  # fmt: skip


def drop(page: SyncPage, paths: list[Path]) -> None:
    """Files dropped on the page, as a file manager drops them (the data lives as long as
    the event)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dropEvent(event)
    assert event.isAccepted()
