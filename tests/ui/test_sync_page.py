"""The Sync page: HQ's Sync centre and a laptop's Sync page, on real databases and real files.

HQ and an enrolled laptop with open conflicts are built once per module through the
real services (``sync_fixtures``); every test works on its own copy. Choosers are
``QFileDialog`` static methods, replaced here by the files a user would pick.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database, open_database
from db.models import Distributor
from desktop.services.distributors import DistributorForm, DistributorService
from desktop.services.simulate import simulate
from desktop.services.sync import SyncService
from desktop.settings import SYNC_INBOX, Settings
from desktop.ui.pages.sync import CONFLICTS_TAB, HQ_LAYOUT, LAPTOP_LAYOUT, RESULTS_TAB, SyncPage
from desktop.ui.tasks import Ops, Progress
from tests.conftest import FakeClock
from tests.ui.conftest import HostPage
from tests.ui.sync_fixtures import Pair, build_pair, copy_pair, drop, exchange, join_request

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    built = build_pair(tmp_path_factory.mktemp("sync-template"))
    yield built
    built.dispose()


@pytest.fixture
def pair(template: Pair, tmp_path: Path) -> Iterator[Pair]:
    copy = copy_pair(template, tmp_path / "dbs")
    yield copy
    copy.dispose()


@dataclass
class Harness:
    window: QMainWindow
    ops: Ops
    page: SyncPage
    settings: Settings
    boxes: list[str] = field(default_factory=list)

    @property
    def view(self) -> Any:
        assert self.page.view is not None
        return self.page.view


@pytest.fixture
def make_page(host_page: HostPage, qtbot: QtBot, tmp_path: Path) -> Callable[..., Harness]:
    """The page as the main window builds it: real services, a real Ops, changes wired."""

    def make(database: Database, name: str = "page", inbox: Path | None = None) -> Harness:
        settings = Settings(_store(tmp_path / f"{name}.ini"))  # each machine its own
        if inbox is not None:
            settings.set(SYNC_INBOX, str(inbox))
        host, page = host_page(database, SyncPage, size=(1300, 820), settings=settings)
        with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
            page.on_shown()
        return Harness(host.window, host.ops, page, settings, host.boxes)

    return make


def _store(path: Path) -> Any:
    from PySide6.QtCore import QSettings

    return QSettings(str(path), QSettings.Format.IniFormat)


def settle(qtbot: QtBot, h: Harness, action: Callable[[], object]) -> None:
    """Do ``action`` and wait until the page has read the state again and is idle."""
    with qtbot.waitSignal(h.page.loaded, timeout=WAIT_MS):
        action()
    qtbot.waitUntil(lambda: h.ops.wait_idle(0), timeout=WAIT_MS)


def folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def choose_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(p) for p in paths], "")
    )


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))


def notes(db: Database, distributor_id: str) -> str:
    with db.read_session() as s:
        return s.scalar(select(Distributor.notes).where(Distributor.id == distributor_id)) or ""


# -- empty and demo data --------------------------------------------------------------------


def test_a_fresh_hq_says_how_a_laptop_joins(
    db: Database, make_page: Callable[..., Harness]
) -> None:
    h = make_page(db)
    page = h.page
    assert page.top.currentIndex() == HQ_LAYOUT
    assert [a.text() for a in page.primary_actions()] == ["Import files…", "Open join request…"]
    assert all(a.isEnabled() for a in page.primary_actions())
    centre = page.centre
    assert centre.devices_stack.currentWidget() is centre.no_devices
    assert centre.no_devices.title.text() == "No laptop has joined yet"
    assert centre.no_devices.button.text() == "Open join request…"
    assert centre.requests_box.isHidden()
    assert centre.inbox_path.text() == "No folder chosen yet"
    assert not centre.import_new.isEnabled()
    assert page.conflicts.stack.currentWidget() is page.conflicts.empty
    assert page.tabs.tabText(CONFLICTS_TAB) == "Conflicts (0)"
    assert page.results.stack.currentWidget() is page.results.hint
    assert page.title() == "Sync" and not page.icon().isNull()


def test_hq_lists_the_laptop_and_the_conflicts_with_both_values(
    pair: Pair, make_page: Callable[..., Harness]
) -> None:
    h = make_page(pair.hq)
    page = h.page
    devices = page.centre.devices
    assert devices.rowCount() == 1
    texts = [devices.data(devices.index(0, c)) for c in range(devices.columnCount())]
    assert texts[0] == "赵娟 (P0010)" and texts[1] == "PC-ZHAO"
    assert texts[2].startswith("Sales rep · ")
    assert texts[-1] == "Active"
    assert page.centre.fingerprint.text().endswith(SyncService(pair.hq).fingerprint())

    conflicts = pair.hq_sync.conflicts()
    assert conflicts and page.conflicts.count() == len(conflicts)
    assert page.tabs.tabText(CONFLICTS_TAB) == f"Conflicts ({len(conflicts)})"
    row = page.conflicts.model.row_of(next(c.id for c in conflicts if c.pk == pair.shared))
    assert row is not None
    page.conflicts.select_row(row)
    shown = page.conflicts.current()
    assert shown is not None and shown.field == "notes"
    assert page.conflicts.title.text().endswith("· Notes")
    assert page.conflicts.here.value.toPlainText() == shown.current_value
    assert page.conflicts.aside.value.toPlainText() == shown.kept_value
    assert "赵娟 (P0010)" in page.conflicts.aside.who.text()
    assert "Headquarters" in page.conflicts.here.who.text()
    assert page.conflicts.merged.isVisibleTo(page)
    page.retranslate()  # a language change keeps what is shown
    assert page.conflicts.current_id() == shown.id
    assert page.tabs.tabText(CONFLICTS_TAB) == f"Conflicts ({len(conflicts)})"
    assert devices.data(devices.index(0, 1)) == "PC-ZHAO"


def test_the_laptop_shows_what_hq_has_and_what_waits(
    pair: Pair, make_page: Callable[..., Harness]
) -> None:
    pair.laptop_clock.advance(minutes=30)
    simulate(pair.laptop, 4, seed=11)
    h = make_page(pair.laptop)
    page = h.page
    assert page.top.currentIndex() == LAPTOP_LAYOUT
    assert [a.text() for a in page.primary_actions()] == ["Write my bundle…", "Import…"]
    peer = pair.laptop_sync.status().peers[0]
    laptop = page.laptop
    assert laptop.headline.text().startswith(f"{peer.waiting} change")  # plural from the .ts
    assert laptop.headline.text().endswith(" not yet at headquarters")
    assert laptop.values["acknowledged"].text() == f"up to no. {peer.acknowledged:,}"
    assert laptop.values["last_in"].text() != "never"
    assert pair.laptop_sync.fingerprint() in laptop.values["device"].text()
    assert page.conflicts.count() == len(pair.laptop_sync.conflicts()) > 0


# -- join requests ----------------------------------------------------------------------------


def test_approve_a_join_request_and_the_laptop_enrols_with_the_file(
    pair: Pair, make_page: Callable[..., Harness], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    h = make_page(pair.hq)
    new = tmp_path / "new-laptop"
    new.mkdir()
    clock = FakeClock()
    request = new / "request.fdjoin"
    request.write_bytes(join_request(new, clock, person="P0009"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(request), ""))
    h.page.second_action.trigger()  # Open join request…
    qtbot.waitUntil(lambda: h.page.operations.approve_dialog is not None, timeout=WAIT_MS)
    dialog = h.page.operations.approve_dialog
    assert dialog is not None
    laptop = open_database(new / "laptop.db", clock=clock)
    try:
        assert dialog.fingerprint.text() == SyncService(laptop).fingerprint()
        assert dialog.person.text().endswith("(P0009)")
        assert dialog.machine.text() == "PC-ZHAO"
        enrolment = tmp_path / "usb" / "P0009.fdenrol"
        enrolment.parent.mkdir()
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(enrolment), ""))
        with qtbot.waitSignal(h.page.loaded, timeout=WAIT_MS):
            dialog.approve.click()
        qtbot.waitUntil(  # the file is written, and the page says so
            lambda: enrolment.exists() and "is approved" in h.page.message_label.text(),
            timeout=WAIT_MS,
        )
        device = SyncService(laptop).enrol(enrolment.read_bytes()).value
        settle(qtbot, h, h.page.refresh)
        assert h.page.centre.devices.row_of(device) is not None
        assert h.page.centre.requests_box.isHidden()
    finally:
        laptop.dispose()


def test_a_request_left_waiting_is_listed_and_can_be_refused(
    pair: Pair, make_page: Callable[..., Harness], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    h = make_page(pair.hq)
    request = tmp_path / "P0008.fdjoin"
    request.write_bytes(join_request(tmp_path, FakeClock(), person="P0008"))
    drop(h.page, [request])
    qtbot.waitUntil(lambda: h.page.operations.approve_dialog is not None, timeout=WAIT_MS)
    dialog = h.page.operations.approve_dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: h.page.centre.requests.rowCount() == 1, timeout=WAIT_MS)
    assert h.page.centre.requests_box.isVisibleTo(h.page)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    settle(qtbot, h, h.page.centre.refuse_button.click)
    assert h.page.centre.requests.rowCount() == 0
    assert pair.hq_sync.join_requests() == []


# -- importing ----------------------------------------------------------------------------------


def test_an_inbox_with_a_good_a_duplicate_and_a_damaged_file_gives_one_line_each(
    pair: Pair, make_page: Callable[..., Harness], qtbot: QtBot
) -> None:
    inbox = pair.folder / "inbox"
    inbox.mkdir()
    pair.laptop_clock.advance(minutes=30)
    simulate(pair.laptop, 6, seed=21)
    good = pair.laptop_sync.export_bundle("hq", inbox)
    shutil.copyfile(good.path, inbox / "copy.fdsync")
    simulate(pair.laptop, 6, seed=22)
    later = pair.laptop_sync.export_bundle("hq", folder(pair.folder / "later"))
    data = bytearray(later.path.read_bytes())
    data[len(data) // 2] ^= 0x40
    (inbox / "damaged.fdsync").write_bytes(bytes(data))

    h = make_page(pair.hq, inbox=inbox)
    assert h.page.centre.inbox_new.text().startswith("3 new file")
    settle(qtbot, h, h.page.centre.import_new.click)
    results = h.page.results
    assert sorted(results.results()) == ["applied", "duplicate", "rejected"]
    assert h.page.tabs.currentIndex() == RESULTS_TAB
    lines = results.texts()
    assert len(lines) == 3 and "damaged.fdsync: rejected — " in lines[0], "newest on top"
    assert "does not match" in lines[0] or "damaged" in lines[0].split("—", 1)[1]
    assert any("copy.fdsync: already imported — " in line for line in lines)
    applied = next(line for line in lines if ": applied — " in line)
    assert " from 赵娟 (P0010)" in applied
    assert f"(numbers {good.first_seq}–{good.last_seq})" in applied
    received = pair.hq_sync.status().peers[0].received
    assert received == good.last_seq, "nothing of the damaged file was applied"
    assert h.page.centre.inbox_new.text().startswith("0 new file")

    before = pair.hq_sync.digest()
    settle(qtbot, h, lambda: drop(h.page, [inbox / "damaged.fdsync"]))
    assert results.results()[0] == "rejected"
    assert pair.hq_sync.digest() == before
    settle(qtbot, h, lambda: drop(h.page, [inbox]))  # the whole folder dropped: its three files
    assert sorted(results.results()[:3]) == ["duplicate", "duplicate", "rejected"]
    assert pair.hq_sync.digest() == before
    assert not h.boxes


def test_a_gap_is_shown_with_the_missing_range_then_filled(
    pair: Pair, make_page: Callable[..., Harness], qtbot: QtBot
) -> None:
    hq_file = pair.folder / "hq.db"
    backup = pair.folder / "hq-before.db"
    pair.hq.dispose()
    shutil.copyfile(hq_file, backup)  # HQ as it is before the next file
    pair.laptop_clock.advance(minutes=30)
    simulate(pair.laptop, 5, seed=31)
    first = pair.laptop_sync.export_bundle("hq", folder(pair.folder / "a"))
    pair.hq_sync.import_files([first.path])
    ack = pair.hq_sync.export_bundle(pair.device, folder(pair.folder / "ack"))
    pair.laptop_sync.import_files([ack.path])
    simulate(pair.laptop, 5, seed=32)
    second = pair.laptop_sync.export_bundle("hq", folder(pair.folder / "b"))
    assert second.first_seq == first.last_seq + 1
    pair.hq.dispose()
    for suffix in ("-wal", "-shm"):
        hq_file.with_name(hq_file.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, hq_file)  # restored from the backup: the first file is missing

    h = make_page(pair.hq)
    settle(qtbot, h, lambda: drop(h.page, [second.path]))
    (line,) = h.page.results.texts()
    missing = f"{first.first_seq}–{first.last_seq}"
    assert f": kept waiting — Missing changes {missing} from 赵娟 (P0010)" in line
    assert "export again on that device" in line
    devices = h.page.centre.devices
    assert devices.data(devices.index(0, 6)) == missing

    settle(qtbot, h, lambda: drop(h.page, [first.path]))
    assert "; 1 file" in h.page.results.texts()[0]
    assert "kept waiting went in too" in h.page.results.texts()[0]
    assert devices.data(devices.index(0, 6)) == "none"
    assert pair.hq_sync.status().peers[0].received == second.last_seq


# -- conflicts, export and revocation --------------------------------------------------------------


def test_a_conflict_resolved_at_hq_reaches_the_laptop(
    pair: Pair, make_page: Callable[..., Harness], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = make_page(pair.hq, "hq")
    conflicts = hq.page.conflicts
    conflict = next(c for c in pair.hq_sync.conflicts() if c.pk == pair.shared)
    row = conflicts.model.row_of(conflict.id)
    assert row is not None
    conflicts.select_row(row)
    chosen = conflict.kept_value
    pair.hq_clock.advance(minutes=30)
    settle(qtbot, hq, conflicts.aside.button.click)  # Use this value (theirs)
    assert notes(pair.hq, pair.shared) == chosen
    assert conflicts.model.row_of(conflict.id) is None
    assert "Resolved" in hq.page.message_label.text()

    usb = folder(pair.folder / "usb")
    choose_folder(monkeypatch, usb)
    settle(qtbot, hq, hq.page.centre.write_button.click)  # Write bundle… for the laptop
    (written,) = usb.glob(f"hq_to_{pair.device}_*.fdsync")
    assert "Wrote " in hq.page.message_label.text()

    laptop = make_page(pair.laptop, "laptop")
    choose_files(monkeypatch, [written])
    settle(qtbot, laptop, laptop.page.second_action.trigger)  # Import…
    assert laptop.page.results.results() == ["applied"]
    assert notes(pair.laptop, pair.shared) == chosen
    assert all(
        c.current_value == chosen for c in pair.laptop_sync.conflicts() if c.pk == pair.shared
    )
    assert not hq.boxes


def test_a_merged_value_chosen_on_the_laptop_reaches_hq(
    pair: Pair, make_page: Callable[..., Harness], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = make_page(pair.laptop)
    conflicts = laptop.page.conflicts
    conflict = next(c for c in pair.laptop_sync.conflicts() if c.pk == pair.shared)
    row = conflicts.model.row_of(conflict.id)
    assert row is not None
    conflicts.select_row(row)
    assert conflicts.merged.toPlainText().startswith(conflict.current_value)
    conflicts.merged.setPlainText("合并：两边的备注都保留")
    pair.laptop_clock.advance(minutes=30)
    settle(qtbot, laptop, conflicts.save_merged.click)
    assert conflicts.model.row_of(conflict.id) is None

    usb = folder(pair.folder / "usb")
    choose_folder(monkeypatch, usb)
    settle(qtbot, laptop, laptop.page.first_action.trigger)  # Write my bundle…
    (written,) = usb.glob("*_to_hq_*.fdsync")
    assert [line.result for line in pair.hq_sync.import_files([written])] == ["applied"]
    assert notes(pair.hq, pair.shared) == "合并：两边的备注都保留"


def test_a_cancelled_export_writes_nothing(
    pair: Pair, make_page: Callable[..., Harness], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair.hq_clock.advance(minutes=30)
    simulate(pair.hq, 3, seed=51)  # HQ has new changes: writing the bundle reports progress
    sent = pair.hq_sync.status().peers[0].sent
    run = Ops.run_in_background

    def cancel_at_first_progress(self: Ops, work: Callable[[Progress], Any], **kw: Any) -> Any:
        def wrapped(progress: Progress) -> Any:
            report = progress.report

            def cancelled(done: int, total: int, text: str = "") -> None:
                progress.cancel()  # the user pressed Cancel
                report(done, total, text)

            progress.report = cancelled  # type: ignore[method-assign]
            return work(progress)

        return run(self, wrapped, **kw)

    h = make_page(pair.hq)
    usb = folder(pair.folder / "usb")
    choose_folder(monkeypatch, usb)
    monkeypatch.setattr(Ops, "run_in_background", cancel_at_first_progress)
    h.page.centre.write_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in h.page.message_label.text(), timeout=WAIT_MS)
    assert h.page.message_label.text() == "Cancelled: no file was written."
    assert list(usb.iterdir()) == []
    assert pair.hq_sync.status().peers[0].sent == sent
    assert not h.boxes


def test_a_revoked_laptop_gets_no_bundle_and_its_files_are_refused_with_the_reason(
    pair: Pair, make_page: Callable[..., Harness], qtbot: QtBot
) -> None:
    pair.laptop_clock.advance(minutes=30)
    simulate(pair.laptop, 3, seed=41)
    late = pair.laptop_sync.export_bundle("hq", folder(pair.folder / "late"))
    h = make_page(pair.hq)
    centre = h.page.centre
    centre.revoke_button.click()
    dialog = h.page.operations.revoke_dialog
    assert dialog is not None and not dialog.revoke.isEnabled()
    dialog.reason.setText("laptop lost on the train")
    settle(qtbot, h, dialog.revoke.click)
    devices = centre.devices
    assert devices.data(devices.index(0, 7)).startswith("Revoked ")
    assert not centre.write_button.isEnabled() and not centre.revoke_button.isEnabled()
    settle(qtbot, h, lambda: drop(h.page, [late.path]))
    (line,) = h.page.results.texts()
    assert ": rejected — " in line and "laptop lost on the train" in line


def test_a_code_taken_on_both_sides_is_settled_with_another_code_at_hq(
    pair: Pair, make_page: Callable[..., Harness], qtbot: QtBot
) -> None:
    """A duplicate: the set-aside code is taken, so choosing it again is refused with a
    message and changes nothing; another code, typed in, settles it."""
    shared = DistributorService(pair.hq).get(pair.shared).form
    for db, name in ((pair.hq, "总部新客户"), (pair.laptop, "笔记本新客户")):
        DistributorService(db).save(
            DistributorForm(code="D-TWO", name=name, market_id=shared.market_id,
                            region_id=shared.region_id, owner_id=shared.owner_id)
        )  # fmt: skip
    exchange(pair)
    conflict = next(c for c in pair.hq_sync.conflicts() if c.kind == "duplicate")
    renamed = conflict.current_value
    assert conflict.kept_value == "D-TWO" and renamed.startswith("D-TWO-")

    hq = make_page(pair.hq, "hq")
    conflicts = hq.page.conflicts
    row = conflicts.model.row_of(conflict.id)
    assert row is not None
    conflicts.select_row(row)
    assert conflicts.merged_label.text() == "Or another value (edit it before saving):"
    assert conflicts.merged.toPlainText() == renamed
    assert conflicts.save_merged.text() == "Save this value"
    assert conflicts.note.text().startswith("Another record uses the value set aside")

    conflicts.aside.button.click()  # Use this value: D-TWO is taken, a message says so
    qtbot.waitUntil(lambda: bool(hq.boxes) and hq.ops.wait_idle(0), timeout=WAIT_MS)
    assert hq.boxes == ["D-TWO is already used by another record; choose another code."]
    assert conflicts.model.row_of(conflict.id) is not None
    conflicts.merged.setPlainText("D-TWO-B")
    settle(qtbot, hq, conflicts.save_merged.click)
    assert conflicts.model.row_of(conflict.id) is None
    with pair.hq.read_session() as s:
        assert s.scalar(select(Distributor.code).where(Distributor.id == conflict.pk)) == "D-TWO-B"


def test_a_laptop_may_settle_the_code_it_gave_up(
    pair: Pair, make_page: Callable[..., Harness], qtbot: QtBot
) -> None:
    """HQ's file arrives first: the laptop's own new distributor gives its code up; the
    laptop's user may choose another one (the field is not HQ's alone)."""
    shared = DistributorService(pair.hq).get(pair.shared).form
    for db, name in ((pair.hq, "总部新客户"), (pair.laptop, "笔记本新客户")):
        DistributorService(db).save(
            DistributorForm(code="D-THREE", name=name, market_id=shared.market_id,
                            region_id=shared.region_id, owner_id=shared.owner_id)
        )  # fmt: skip
    data, manifest, _ = pair.hq_sync.bundle_bytes(pair.device)
    assert pair.laptop_sync.import_bytes(data, manifest.file_name).conflicts == 1
    conflict = next(c for c in pair.laptop_sync.conflicts() if c.kind == "duplicate")

    laptop = make_page(pair.laptop)
    conflicts = laptop.page.conflicts
    row = conflicts.model.row_of(conflict.id)
    assert row is not None
    conflicts.select_row(row)
    assert conflicts.aside.button.isEnabled() and conflicts.save_merged.isVisibleTo(conflicts)
    conflicts.merged.setPlainText("D-THREE-L")
    settle(qtbot, laptop, conflicts.save_merged.click)
    assert conflicts.model.row_of(conflict.id) is None
    assert not laptop.boxes
