"""Joining headquarters from the Sync page: the offer, the request, the wait, the enrolment.

A new laptop database makes its join request through the widgets, HQ (the small demo,
built once per module and copied for each test) approves it through the service as an
HQ user would, and the laptop enrols through the window's button. Choosers are
``QFileDialog`` static methods, replaced here by the files a user would pick; message
boxes are recorded instead of shown.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from db.engine import Database, open_database
from desktop.errors import UserError
from desktop.services import sync as sync_api
from desktop.services.sync import SyncService
from desktop.services.sync_schema import sync_schema
from desktop.settings import Settings
from desktop.ui.pages.sync import HQ_LAYOUT, JOIN_LAYOUT, LAPTOP_LAYOUT, SyncPage
from desktop.ui.tasks import Ops
from tests.conftest import FakeClock
from tests.ui.conftest import HostPage
from tests.ui.sync_fixtures import drop, new_hq

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def hq_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """HQ with the small demo organisation (seed 1) and no laptop yet, built once."""
    folder = tmp_path_factory.mktemp("hq-template")
    hq, _clock = new_hq(folder)
    hq.dispose()
    return folder / "hq.db"


@pytest.fixture
def hq(hq_template: Path, tmp_path: Path) -> Iterator[Database]:
    shutil.copyfile(hq_template, tmp_path / "hq.db")
    database = open_database(tmp_path / "hq.db", clock=FakeClock())
    yield database
    database.dispose()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    """A new, empty database on a laptop (it knows nobody)."""
    database = open_database(tmp_path / "laptop.db", clock=FakeClock())
    yield database
    database.dispose()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    path = tmp_path / "usb"
    path.mkdir()
    return path


@dataclass
class Harness:
    page: SyncPage
    ops: Ops
    boxes: list[str] = field(default_factory=list)


@pytest.fixture
def make_page(host_page: HostPage, qtbot: QtBot, tmp_path: Path) -> Callable[[Database], Harness]:
    """The page as the main window builds it: real services, a real Ops, changes wired."""
    made: list[Harness] = []

    def make(database: Database) -> Harness:
        store = QSettings(str(tmp_path / f"page{len(made)}.ini"), QSettings.Format.IniFormat)
        host, page = host_page(database, SyncPage, size=(1300, 820), settings=Settings(store))
        with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
            page.on_shown()
        made.append(Harness(page, host.ops, host.boxes))
        return made[-1]

    return make


def settle(qtbot: QtBot, h: Harness, action: Callable[[], object]) -> None:
    """Do ``action`` and wait until the page has read the state again and is idle."""
    with qtbot.waitSignal(h.page.loaded, timeout=WAIT_MS):
        action()
    qtbot.waitUntil(lambda: h.ops.wait_idle(0), timeout=WAIT_MS)


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def header(page: SyncPage) -> list[str]:
    return [a.text() for a in page.primary_actions()]


def fill_and_save(qtbot: QtBot, h: Harness, code: str, machine: str) -> None:
    """Open the join dialog from the offer, type the person code and machine, Save."""
    h.page.offer.button.click()
    dialog = h.page.joining.dialog
    assert dialog is not None and dialog.isVisible()
    line = dialog.person.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, code)
    dialog.machine.clear()
    qtbot.keyClicks(dialog.machine, machine)
    dialog.save.click()


def waiting_for(sync: SyncService) -> str:
    pending = sync.pending_join()
    assert pending is not None
    return pending.request_id


# -- empty and demo data --------------------------------------------------------------------


def test_a_new_empty_database_shows_the_sync_centre_and_the_way_to_join(
    db: Database, make_page: Callable[[Database], Harness]
) -> None:
    page = make_page(db).page
    assert page.top.currentIndex() == HQ_LAYOUT
    assert page.offer.isVisibleTo(page)
    assert page.offer.button.text() == "Join headquarters as a laptop…"
    assert page.offer.title.text() == "Is this computer a laptop in the field?"
    assert header(page) == ["Import files…", "Open join request…"]
    assert page.tabs.isVisibleTo(page)


def test_the_demo_hq_without_laptops_offers_to_join_with_its_people(
    demo_db: Database, make_page: Callable[[Database], Harness], qtbot: QtBot
) -> None:
    h = make_page(demo_db)
    assert h.page.top.currentIndex() == HQ_LAYOUT and h.page.offer.isVisibleTo(h.page)
    h.page.offer.button.click()
    dialog = h.page.joining.dialog
    assert dialog is not None
    people = [dialog.person.itemData(i) for i in range(dialog.person.count())]
    assert "P0010" in people and people == sorted(people)
    assert dialog.person.currentText() == "", "nobody is chosen for the user"
    dialog.person.setCurrentIndex(dialog.person.findData("P0010"))
    assert dialog.person_code() == "P0010"
    assert dialog.person.currentText().startswith("赵娟 · P0010 · ")
    assert dialog.machine.text(), "the host name is the default"
    dialog.reject()
    qtbot.waitUntil(lambda: h.page.joining.dialog is None, timeout=WAIT_MS)
    assert SyncService(demo_db).pending_join() is None


# -- the whole way: request, approval at HQ, enrolment ------------------------------------


def test_an_empty_laptop_joins_headquarters_through_the_window(
    laptop: Database, hq: Database, usb: Path, make_page: Callable[[Database], Harness],
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    h = make_page(laptop)
    page = h.page
    choose_folder(monkeypatch, usb)
    settle(qtbot, h, lambda: fill_and_save(qtbot, h, "P0010", "PC-ZHAO"))
    request = usb / "P0010-PC-ZHAO.fdjoin"
    qtbot.waitUntil(request.exists, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: h.ops.wait_idle(0), timeout=WAIT_MS)
    assert page.joining.dialog is None
    assert f"Saved {request}: give it to headquarters." == page.message_label.text()

    # The waiting state: for whom, when, and the fingerprint HQ will read out.
    sync = SyncService(laptop)
    assert page.top.currentIndex() == JOIN_LAYOUT and not page.tabs.isVisibleTo(page)
    assert not page.offer.isVisibleTo(page)
    assert page.join.request_text.text() == (
        "Join request for P0010 on PC-ZHAO, made on 27 Nov 2026 "
        f"{FakeClock()().astimezone():%H:%M}. Give this file to headquarters and compare "
        "this fingerprint with the one they read to you:"
    )
    assert page.join.fingerprint.text() == sync.fingerprint()
    assert header(page) == ["Enrol…", "Save the request again…"]
    assert request.read_bytes() == sync.join_request_file()

    # Saved again on another stick: the same request, the same bytes.
    again = usb / "again"
    again.mkdir()
    choose_folder(monkeypatch, again)
    page.join.again_button.click()
    qtbot.waitUntil(lambda: (again / request.name).exists(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: h.ops.wait_idle(0), timeout=WAIT_MS)
    assert (again / request.name).read_bytes() == request.read_bytes()

    # HQ reads the same fingerprint and approves; the laptop enrols with the button.
    hq_sync = SyncService(hq)
    pending = hq_sync.receive_request(request.read_bytes()).value
    assert pending.fingerprint == page.join.fingerprint.text()
    enrolment = usb / "P0010.fdenrol"
    enrolment.write_bytes(hq_sync.approve_request(pending.id).value)
    choose_file(monkeypatch, enrolment)
    settle(qtbot, h, page.join.enrol_button.click)
    assert page.top.currentIndex() == LAPTOP_LAYOUT and page.tabs.isVisibleTo(page)
    assert header(page) == ["Write my bundle…", "Import…"]
    assert page.message_label.text().startswith(
        "Enrolled: this laptop belongs to 赵娟 (P0010), Sales rep · "
    )
    assert not h.boxes
    assert sync.role() == "laptop" and sync.pending_join() is None
    device = sync.sync_id()
    assert sync.digest() == hq_sync.digest(device)
    assert page.laptop.values["device"].text().startswith("赵娟 (P0010) · PC-ZHAO")


# -- refusals: a message, and nothing changes ------------------------------------------------


def test_wrong_files_are_refused_with_a_message_and_the_request_still_waits(
    laptop: Database, hq: Database, usb: Path, tmp_path: Path,
    make_page: Callable[[Database], Harness], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    sync, hq_sync = SyncService(laptop), SyncService(hq)
    first = sync.request_join("P0010", "PC-ZHAO").value
    for_first = usb / "first.fdenrol"
    for_first.write_bytes(hq_sync.approve(first))  # HQ approved the first request…
    waited = sync.request_join("P0010", "PC-ZHAO-2").value  # …but the laptop asked again
    request_id = waiting_for(sync)
    other = open_database(tmp_path / "other.db", clock=FakeClock())
    try:
        for_other = usb / "other.fdenrol"
        for_other.write_bytes(hq_sync.approve(SyncService(other).request_join("P0009", "X").value))
    finally:
        other.dispose()
    good = hq_sync.approve(waited)
    damaged = bytearray(good)
    damaged[len(damaged) // 2] ^= 0x40
    (usb / "damaged.fdenrol").write_bytes(bytes(damaged))
    (usb / "request.fdjoin").write_bytes(waited)
    (usb / "notes.fdenrol").write_text("not a file from headquarters")

    h = make_page(laptop)
    assert h.page.top.currentIndex() == JOIN_LAYOUT
    before = sync.digest()
    expected = {
        "first.fdenrol": "This enrolment answers another join request of this computer",
        "other.fdenrol": "This enrolment was made for another laptop",
        "damaged.fdenrol": "Ask for the file again.",
        "request.fdjoin": "This is a join request, not an enrolment. Give it to headquarters",
        "notes.fdenrol": "This file is not a FieldDesk sync file",
    }
    for name, words in expected.items():
        choose_file(monkeypatch, usb / name)
        count = len(h.boxes)
        h.page.join.enrol_button.click()
        qtbot.waitUntil(lambda count=count: len(h.boxes) > count, timeout=WAIT_MS)  # type: ignore[misc]
        qtbot.waitUntil(lambda: h.ops.wait_idle(0), timeout=WAIT_MS)
        assert words in h.boxes[-1], (name, h.boxes[-1])
        assert sync.role() == "hq" and waiting_for(sync) == request_id
        assert sync.digest() == before
        assert h.page.top.currentIndex() == JOIN_LAYOUT
    assert "PC-ZHAO-2" in h.boxes[0], "the refusal names the request this computer waits on"
    with pytest.raises(UserError, match="own join request"):
        sync.receive_request(waited)  # opened here by mistake: it is for headquarters

    # Waiting, whatever is dropped is taken as headquarters' answer, and named if it is not.
    bundle = usb / "bundle.fdsync"
    bundle.write_bytes(hq_sync.bundle_bytes(hq_sync.devices()[0].device_id)[0])
    count = len(h.boxes)
    drop(h.page, [bundle])
    qtbot.waitUntil(lambda: len(h.boxes) > count, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: h.ops.wait_idle(0), timeout=WAIT_MS)
    assert h.boxes[-1].startswith("This is a sync file (a bundle), not an enrolment.")
    assert sync.digest() == before and waiting_for(sync) == request_id

    # The right file, dropped on the page, is taken.
    (usb / "good.fdenrol").write_bytes(good)
    settle(qtbot, h, lambda: drop(h.page, [usb / "good.fdenrol"]))
    assert h.page.top.currentIndex() == LAPTOP_LAYOUT and sync.role() == "laptop"


def test_a_missing_person_code_is_shown_next_to_the_field_and_nothing_is_made(
    laptop: Database, make_page: Callable[[Database], Harness], qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch, usb: Path,
) -> None:  # fmt: skip
    h = make_page(laptop)
    choose_folder(monkeypatch, usb)
    fill_and_save(qtbot, h, "", "PC-ZHAO")
    dialog = h.page.joining.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.person_error.isVisibleTo(dialog)
    assert dialog.person_error.text().startswith("Give the code of the person this laptop is for")
    assert not dialog.machine_error.isVisibleTo(dialog)
    assert SyncService(laptop).pending_join() is None and not list(usb.iterdir())
    line = dialog.person.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "P0010-TOO-LONG-A-CODE")
    dialog.save.click()
    assert dialog.person_error.text() == "A person code has at most 16 characters."
    dialog.reject()
    assert not h.boxes


def test_a_withdrawn_request_gives_the_choice_back(
    laptop: Database, make_page: Callable[[Database], Harness], qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    SyncService(laptop).request_join("P0010", "PC-ZHAO")
    h = make_page(laptop)
    assert h.page.top.currentIndex() == JOIN_LAYOUT
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    settle(qtbot, h, h.page.join.withdraw_button.click)
    assert h.page.top.currentIndex() == HQ_LAYOUT and h.page.offer.isVisibleTo(h.page)
    assert header(h.page) == ["Import files…", "Open join request…"]
    assert SyncService(laptop).pending_join() is None


# -- a real HQ ----------------------------------------------------------------------------------


def test_an_hq_with_laptops_shows_only_the_sync_centre(
    hq: Database, tmp_path: Path, make_page: Callable[[Database], Harness]
) -> None:
    other = open_database(tmp_path / "rep.db", clock=FakeClock())
    try:
        SyncService(hq).approve(SyncService(other).request_join("P0010", "PC").value)
    finally:
        other.dispose()
    page = make_page(hq).page
    assert page.top.currentIndex() == HQ_LAYOUT
    assert not page.offer.isVisibleTo(page)
    assert header(page) == ["Import files…", "Open join request…"]
    assert page.centre.devices.rowCount() == 1


def test_the_request_is_local_it_never_travels_in_a_bundle() -> None:
    assert "sync_join_request" not in sync_schema()
    assert "local_state" not in sync_schema()


def test_an_enrolled_laptop_asks_to_be_enrolled_again_and_enrols_from_a_dropped_file(
    hq: Database, usb: Path, tmp_path: Path, make_page: Callable[[Database], Harness],
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """After a history fork headquarters asks for a new enrolment: the laptop's own layout
    offers it, the request waits above the laptop's conflicts, and HQ's file enrols it."""
    hq_sync = SyncService(hq)
    first = sync_api.join_request(tmp_path / "field.db", "P0010", "PC-ZHAO", FakeClock())
    field_db = open_database(tmp_path / "field.db", clock=FakeClock())
    try:
        sync = SyncService(field_db)
        sync.enrol(hq_sync.approve(first))
        epoch = sync.status().peers[0].epoch
        h = make_page(field_db)
        page = h.page
        assert page.top.currentIndex() == LAPTOP_LAYOUT
        asked: list[str] = []

        def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", question)
        page.laptop.rejoin_button.click()
        assert asked and "restored from a backup" in asked[0]
        dialog = page.joining.dialog
        assert dialog is not None and dialog.isVisible()
        dialog.machine.clear()
        qtbot.keyClicks(dialog.machine, "PC-ZHAO")
        choose_folder(monkeypatch, usb)
        settle(qtbot, h, dialog.save.click)
        request = usb / "P0010-PC-ZHAO.fdjoin"
        qtbot.waitUntil(request.exists, timeout=WAIT_MS)
        assert page.top.currentIndex() == JOIN_LAYOUT and page.tabs.isVisibleTo(page)
        assert header(page) == ["Enrol…", "Save the request again…"]
        assert page.join.fingerprint.text() == sync.fingerprint()

        enrolment = usb / "P0010-again.fdenrol"
        enrolment.write_bytes(hq_sync.approve(request.read_bytes()))
        settle(qtbot, h, lambda: drop(page, [enrolment]))
        assert page.top.currentIndex() == LAPTOP_LAYOUT
        assert sync.pending_join() is None and sync.status().peers[0].epoch > epoch
        assert sync.digest() == hq_sync.digest(sync.sync_id())
        assert not h.boxes
    finally:
        field_db.dispose()
