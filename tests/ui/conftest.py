"""UI fixtures: temporary settings, English, the shell's look, and main windows that clean up."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop import i18n
from desktop.app import build_services
from desktop.settings import DATA_DIR, Settings
from desktop.ui.application import apply_look
from desktop.ui.main_window import MainWindow

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
