"""UI fixtures: temporary settings, English, the shell's look, main windows that clean up, and
one page hosted as the main window hosts it (``host_page``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop import i18n
from desktop.app import Services, build_services
from desktop.settings import DATA_DIR, Settings
from desktop.ui.application import apply_look
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.base import Page
from desktop.ui.tasks import Ops

#: What the offscreen platform cannot do (size hints, raising a popup, grabbing the keyboard
#: for it) it reports as a warning; that says nothing about our code, other warnings fail.
OFFSCREEN_LIMITS = r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a temporary ini file (never the user's), data folder in tmp_path."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s = Settings(store)
    s.set(DATA_DIR, str(tmp_path / "data"))
    return s


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The window in English with FieldDesk's look; English again afterwards."""
    apply_look(qapp)
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def crashes(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the windows reported, as a crash or as a warning box (which would block a test)."""
    seen: list[BaseException] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        seen.append(UserWarning(text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


WindowFactory = Callable[[Database], MainWindow]
#: How long a page test waits for a page to read, at most.
PAGE_WAIT_MS = 20_000
P = TypeVar("P", bound=Page)


@dataclass
class Host:
    """What hosts one page: its window, a real ``Ops`` whose changes reach the page, the
    services on the page's database, its settings and the warning boxes shown (their text)."""

    window: QMainWindow
    ops: Ops
    services: Services
    settings: Settings
    boxes: list[str]


class HostPage(Protocol):
    def __call__(
        self,
        database: Database,
        make: Callable[[Services, Ops, Settings, QWidget], P],
        *,
        size: tuple[int, int] = ...,
        settings: Settings | None = ...,
    ) -> tuple[Host, P]: ...


@pytest.fixture
def warning_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of each warning box shown (answered with OK: a box would block a test)."""
    boxes: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        boxes.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return boxes


@pytest.fixture
def host_page(
    qtbot: QtBot, tmp_path: Path, english: None, warning_boxes: list[str]
) -> Iterator[HostPage]:
    """One page in a window of its own, as the main window hosts it: real services, a real
    ``Ops``, its changes wired to the page; shown, not yet told so (``on_shown``). Settings
    default to one file per test, so that two pages of a test share them as one laptop's
    windows do. Afterwards every page's work is waited for, and nothing may have crashed."""
    crashes: list[BaseException] = []
    hosts: list[Host] = []

    def host(
        database: Database,
        make: Callable[[Services, Ops, Settings, QWidget], P],
        *,
        size: tuple[int, int] = (1280, 860),
        settings: Settings | None = None,
    ) -> tuple[Host, P]:
        window = QMainWindow()
        qtbot.addWidget(window)
        ops = Ops(window, crashes.append)
        services = build_services(database)
        settings = settings or Settings(
            QSettings(str(tmp_path / "fielddesk.ini"), QSettings.Format.IniFormat)
        )
        page = make(services, ops, settings, window)
        window.setCentralWidget(page)
        ops.changed.connect(page.on_changes)  # what the main window does for every page
        window.resize(*size)
        window.show()
        hosted = Host(window, ops, services, settings, warning_boxes)
        hosts.append(hosted)
        return hosted, page

    yield host
    for h in hosts:
        qtbot.waitUntil(lambda h=h: h.ops.wait_idle(0), timeout=PAGE_WAIT_MS)  # type: ignore[misc]
    assert not crashes, crashes


@pytest.fixture
def make_window(
    qtbot: QtBot, settings: Settings, crashes: list[BaseException], english: None
) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(db: Database) -> MainWindow:
        window = MainWindow(build_services(db), settings, crashes.append)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ops.wait_idle()
        QApplication.processEvents()


@pytest.fixture
def demo_window(make_window: WindowFactory, demo_db: Database) -> MainWindow:
    return make_window(demo_db)


def tree_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every row of a tree widget, parents before their children."""
    out: list[QTreeWidgetItem] = []
    stack = [tree.topLevelItem(i) for i in reversed(range(tree.topLevelItemCount()))]
    while stack:
        item = stack.pop()
        if item is not None:
            out.append(item)
            stack.extend(item.child(i) for i in reversed(range(item.childCount())))
    return out
