"""The window shell: pages, shortcuts, owner and sync state, start-up, crashes, bad databases."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from db.engine import Database, open_database
from desktop.services.distributors import DistributorFilter
from desktop.services.org import OrgService
from desktop.settings import LAST_PAGE, Settings
from desktop.ui.application import (
    EXIT_DATABASE,
    Opened,
    crash_reporter,
    install_excepthook,
    launch,
    open_for_user,
    prepare,
    start,
    start_logging,
)
from desktop.ui.dialogs import crash
from desktop.ui.dialogs.crash import CrashDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.organisation import OrganisationPage
from desktop.ui.selftest import run_selftest
from desktop.ui.widgets.start_window import StartWindow
from tests.ui.conftest import OFFSCREEN_LIMITS, WindowFactory

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)

NOW = datetime(2026, 11, 27, 9, 30)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown (kind, text); questions are answered No unless a test says Yes."""
    shown: list[tuple[str, str]] = []

    def critical(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        shown.append(("critical", text))
        return QMessageBox.StandardButton.Ok

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        shown.append(("question", text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


# -- the window ----------------------------------------------------------------
def test_window_on_demo_data_shows_pages_owner_sync_and_company(
    demo_window: MainWindow, crashes: list[BaseException]
) -> None:
    w = demo_window
    assert [w.sidebar.pages.item(i).text() for i in range(w.sidebar.pages.count())] == [
        "Today",
        "Visits",
        "Call log",
        "Distributors",
        "Organisation",
        "Sync",
    ]
    assert w.windowTitle() == "FieldDesk · M品牌销售部"
    assert w.sidebar.person_name.text() == "Headquarters"
    assert w.sidebar.sync_state.text() == "Not synced yet"
    assert w.header.title.text() == "Today", "Today is the start page"
    w.show_page_id("organisation")
    assert w.header.title.text() == "Organisation"
    assert [b.text() for b in w.header.buttons] == ["Expand all", "Collapse to markets"]
    assert not crashes


def test_window_on_an_empty_database_shows_empty_states(
    make_window: WindowFactory, db: Database, qtbot: QtBot, crashes: list[BaseException]
) -> None:
    w = make_window(db)
    org = w.show_page_id("organisation")
    assert isinstance(org, OrganisationPage)
    assert org.stack.currentWidget() is org.empty
    assert not any(b.isEnabled() for b in w.header.buttons), "nothing to expand yet"
    w.show_page_id("distributors")
    w.ops.wait_idle()
    qtbot.waitUntil(lambda: w.current_page.page_id == "distributors")
    assert w.windowTitle() == "FieldDesk"
    assert not crashes


def test_pages_switch_by_sidebar_and_by_shortcut(
    demo_window: MainWindow, qtbot: QtBot, settings: Settings
) -> None:
    w = demo_window
    sidebar = w.sidebar.pages
    rect = sidebar.visualItemRect(sidebar.item(3))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.current_page.page_id == "distributors"
    assert settings.get(LAST_PAGE) == "distributors"
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page.page_id == "today"
    assert sidebar.currentRow() == 0
    qtbot.keyClick(w, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page.page_id == "organisation"
    assert w.page_actions[4].isChecked()


def test_window_restores_last_page_and_geometry(
    make_window: WindowFactory, demo_db: Database, settings: Settings
) -> None:
    first = make_window(demo_db)
    first.show_page_id("distributors")
    first.resize(1100, 700)
    first.close()
    ini = settings._store.fileName()  # closing wrote them to the disk, for the next start
    assert "last_page=distributors" in Path(ini).read_text(encoding="utf-8").replace(" ", "")
    again = make_window(demo_db)
    assert again.current_page.page_id == "distributors"
    # The offscreen screen is small, so only the height survives the fit-to-screen unchanged.
    assert again.height() == 700 != 800


def test_ctrl_f_focuses_the_search_box_and_menus_show_shortcuts(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    w = demo_window
    w.show_page_id("organisation")
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = w.current_page.findChild(QLineEdit, "search")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    shortcuts = {a.text(): a.shortcut().toString() for a in w.findChildren(type(w.print_action))}
    assert shortcuts["&Print…"] == "Ctrl+P"
    assert shortcuts["&Refresh"] == "F5"
    assert shortcuts["Distributors"] == "Ctrl+4"


def test_print_is_offered_only_by_pages_that_print(demo_window: MainWindow) -> None:
    demo_window.show_page_id("organisation")
    assert not demo_window.print_action.isEnabled()
    demo_window.show_page_id("distributors")
    assert demo_window.print_action.isEnabled()


def test_a_row_of_one_page_opens_its_item_on_another(demo_window: MainWindow, qtbot: QtBot) -> None:
    target = demo_window.services.distributors.find_ids(DistributorFilter(text="bjhy"))[0]
    today = demo_window.show_page_id("today")
    today.navigate.emit("distributors", target)  # type: ignore[attr-defined]
    page = demo_window.current_page
    assert page.page_id == "distributors"
    qtbot.waitUntil(lambda: page.current_id() == target)  # type: ignore[attr-defined]


def test_owner_change_elsewhere_updates_the_sidebar_foot(
    demo_window: MainWindow, demo_db: Database
) -> None:
    rep = next(p for p in OrgService(demo_db).people() if p.role == "sales_rep" and p.active)
    demo_window.ops.run(lambda: demo_window.services.org.set_owner(rep.code))
    assert demo_window.sidebar.person_name.text() == rep.name
    assert demo_window.sidebar.person_role.text() == "Sales rep"


# -- crashes -------------------------------------------------------------------
def test_crash_handler_logs_the_traceback_and_names_the_log(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_path = tmp_path / "logs" / "fielddesk.log"
    start_logging(log_path)
    shown: list[tuple[str, Path]] = []
    monkeypatch.setattr(crash, "show_crash", lambda d, p, _parent: shown.append((d, p)))
    previous = install_excepthook(crash_reporter(log_path, lambda: None))
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as e:
            sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.excepthook = previous
    text = log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: boom in a slot" in text
    assert "test_crash_handler_logs_the_traceback_and_names_the_log" in text
    assert shown and shown[0][1] == log_path and "boom in a slot" in shown[0][0]
    dialog = CrashDialog(shown[0][0], log_path)
    assert str(log_path) in dialog.message.text()
    dialog.deleteLater()


# -- databases that cannot be opened ---------------------------------------------
def test_locked_database_is_explained_and_left_unchanged(
    tmp_path: Path, settings: Settings, boxes: list[tuple[str, str]], english: None
) -> None:
    path = tmp_path / "fielddesk.db"
    open_database(path).dispose()
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = digest(path)
        assert start(str(path), "en", False, settings=settings) == EXIT_DATABASE
        assert digest(path) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert boxes == [("critical", boxes[0][1])]
    assert "in use by another program" in boxes[0][1]


def test_corrupt_database_is_kept_when_the_user_says_no(
    tmp_path: Path, boxes: list[tuple[str, str]], english: None
) -> None:
    path = tmp_path / "fielddesk.db"
    path.write_bytes(random.Random(7).randbytes(8192))
    before = digest(path)
    assert open_for_user(path, tmp_path / "backups", lambda: NOW) == EXIT_DATABASE
    assert [kind for kind, _ in boxes] == ["question"]
    assert "not a FieldDesk database or is damaged" in boxes[0][1]
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fielddesk.db"]


def test_corrupt_database_is_moved_aside_after_yes(
    tmp_path: Path, boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "fielddesk.db"
    data = random.Random(7).randbytes(8192)
    path.write_bytes(data)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    opened = open_for_user(path, tmp_path / "backups", lambda: NOW)
    assert isinstance(opened, Opened)
    try:
        assert opened.fresh
        assert opened.moved_to == tmp_path / "fielddesk.db.damaged-20261127-093000"
        assert opened.moved_to.read_bytes() == data
        assert OrgService(opened.db).people() == []
    finally:
        opened.db.dispose()


# -- first start and self-test -----------------------------------------------------
def test_first_start_makes_the_demo_and_opens_in_headquarters_view(
    tmp_path: Path,
    qapp: QApplication,
    qtbot: QtBot,
    settings: Settings,
    english: None,
    crashes: list[BaseException],
) -> None:
    path = tmp_path / "new" / "fielddesk.db"
    window = prepare(qapp, str(path), settings, crashes.append)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isVisible, timeout=30_000)
    assert qapp.quitOnLastWindowClosed()
    owner = window.services.org.owner()
    assert owner.person is None and owner.company_name
    assert window.current_page.page_id == "today", "a new user starts on Today"
    page = window.show_page_id("organisation")
    assert isinstance(page, OrganisationPage)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 3)
    assert not crashes
    window.close()
    window.services.db.dispose()


def test_launch_paints_the_frame_first_then_the_window_with_its_pages(
    tmp_path: Path,
    qapp: QApplication,
    qtbot: QtBot,
    settings: Settings,
    english: None,
    crashes: list[BaseException],
) -> None:
    path = tmp_path / "fielddesk.db"
    open_database(path, create=True).dispose()  # an existing (empty) database: no first start
    settings.set(LAST_PAGE, "calls")
    frame = launch(qapp, str(path), settings, crashes.append)
    assert isinstance(frame, StartWindow) and frame.isVisible()
    assert str(path) in frame.message.text()
    assert not qapp.quitOnLastWindowClosed(), "closing the frame must not end the program"

    def window() -> MainWindow | None:
        found = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: window() is not None or bool(crashes), timeout=30_000)
    assert not crashes
    main = window()
    assert main is not None
    qtbot.addWidget(main)
    assert not frame.isVisible() and qapp.quitOnLastWindowClosed()
    assert main.current_page.page_id == "calls", "the last page is the one built first"
    qtbot.waitUntil(lambda: None not in main._built)  # the others follow, one per turn
    assert [p.page_id for p in main.pages] == [
        "today",
        "visits",
        "calls",
        "distributors",
        "organisation",
        "sync",
    ]
    assert main.sidebar.pages.count() == 6
    assert not crashes
    main.close()
    main.services.db.dispose()


def test_launch_opens_headquarters_on_a_postgresql_server(
    pg_url: str,
    qapp: QApplication,
    qtbot: QtBot,
    settings: Settings,
    english: None,
    crashes: list[BaseException],
) -> None:
    frame = launch(qapp, pg_url, settings, crashes.append)
    assert isinstance(frame, StartWindow)
    secret = make_url(pg_url).password
    assert not secret or secret not in frame.message.text(), "the password is never shown"

    def window() -> MainWindow | None:
        found = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: window() is not None or bool(crashes), timeout=30_000)
    assert not crashes
    main = window()
    assert main is not None
    qtbot.addWidget(main)
    assert main.services.db.engine.dialect.name == "postgresql"
    assert main.services.stats.counts()["distributors"] == 0, "a server database gets no demo"
    main.close()
    main.services.db.dispose()


def test_selftest_passes_on_a_temporary_demo_database(
    qapp: QApplication, english: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_selftest(qapp, None) == 0
    assert capsys.readouterr().out.strip() == "selftest ok"


def test_selftest_fails_with_a_reason(
    qapp: QApplication, tmp_path: Path, english: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_selftest(qapp, str(tmp_path / "missing.db")) == 1
    assert "selftest failed" in capsys.readouterr().err
