"""The settings dialog: who the laptop belongs to, the language at once, the data folder."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop import i18n
from desktop.services.org import OrgService, PersonRow
from desktop.settings import DATA_DIR, LANGUAGE, Settings
from desktop.ui.dialogs.settings import SettingsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.base import Page
from desktop.ui.pages.organisation import OrganisationPage
from tests.ui.conftest import OFFSCREEN_LIMITS, tree_items

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)

TEST_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>文件(&amp;F)</translation></message>
</context>
<context><name>OrganisationPage</name>
<message><source>Organisation</source><translation>组织架构</translation></message>
</context>
</TS>
"""


def open_dialog(window: MainWindow, qtbot: QtBot) -> SettingsDialog:
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    return dialog


def click_save(dialog: SettingsDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_owner(dialog: SettingsDialog, qtbot: QtBot, person: PersonRow) -> None:
    """Type into the searchable combo box the way a user does, then pick the entry."""
    combo = dialog.owner
    edit = combo.lineEdit()
    assert edit is not None
    edit.clear()
    qtbot.keyClicks(edit, person.code)
    index = combo.findData(person.code)
    assert index > 0
    combo.setCurrentIndex(index)


def tree_codes(page: OrganisationPage) -> set[str]:
    return {item.text(1) for item in tree_items(page.tree) if item.text(1)}


def test_owner_region_manager_narrows_the_tree_and_the_sidebar(
    demo_window: MainWindow, demo_db: Database, qtbot: QtBot, crashes: list[BaseException]
) -> None:
    svc = OrgService(demo_db)
    manager = next(p for p in svc.people() if p.role == "region_manager")
    team = {p.code for p in svc.people() if p.region_id == manager.region_id}
    dialog = open_dialog(demo_window, qtbot)
    assert dialog.owner.currentText() == "Nobody — headquarters view"
    choose_owner(dialog, qtbot, manager)
    with qtbot.waitSignal(demo_window.ops.changed):
        click_save(dialog, qtbot)
    assert not dialog.isVisible()
    page = demo_window.show_page_id("organisation")
    assert isinstance(page, OrganisationPage)
    assert [page.tree.topLevelItem(0).text(0)] == ["FSF · Field sales force"]  # type: ignore[union-attr]
    assert page.tree.topLevelItemCount() == 1
    assert manager.code in tree_codes(page)
    assert tree_codes(page) <= team
    assert demo_window.sidebar.person_name.text() == manager.name
    assert demo_window.sidebar.person_role.text() == "Region manager"
    assert "saved" in demo_window.statusBar().currentMessage()

    again = open_dialog(demo_window, qtbot)
    assert again.owner.currentData() == manager.code
    again.owner.setCurrentIndex(0)
    click_save(again, qtbot)
    assert page.tree.topLevelItemCount() == 3
    assert demo_window.sidebar.person_name.text() == "Headquarters"
    assert not crashes


def test_owner_must_come_from_the_list(demo_window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(demo_window, qtbot)
    edit = dialog.owner.lineEdit()
    assert edit is not None
    edit.setText("nobody by this name")
    click_save(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.owner_error.isVisible()
    assert dialog.owner_error.text() == "Choose a person from the list."
    assert demo_window.services.org.owner().person is None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_language_switch_applies_at_once(
    demo_window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: Settings,
) -> None:
    ts = tmp_path / "fielddesk_zh_CN.ts"
    ts.write_text(TEST_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    retranslated: list[str] = []

    def spy(page: Page) -> Callable[[], None]:
        original = page.retranslate

        def retranslate() -> None:
            retranslated.append(page.page_id)
            original()

        return retranslate

    for page in demo_window.pages:
        monkeypatch.setattr(page, "retranslate", spy(page))
    demo_window.show_page_id("organisation")
    assert demo_window.file_menu.title() == "&File"

    dialog = open_dialog(demo_window, qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    click_save(dialog, qtbot)
    assert settings.get(LANGUAGE) == "zh_CN"
    assert demo_window.file_menu.title() == "文件(&F)"
    assert demo_window.header.title.text() == "组织架构"
    assert demo_window.sidebar.pages.item(4).text() == "组织架构"
    assert sorted(retranslated) == sorted(p.page_id for p in demo_window.pages)

    dialog = open_dialog(demo_window, qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    click_save(dialog, qtbot)
    assert demo_window.file_menu.title() == "&File"
    assert demo_window.header.title.text() == "Organisation"


def test_data_folder_takes_effect_at_the_next_start(
    demo_window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: Settings,
) -> None:
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(chosen))
    before = demo_window.services.db.label
    dialog = open_dialog(demo_window, qtbot)
    qtbot.mouseClick(dialog.choose_dir, Qt.MouseButton.LeftButton)
    assert dialog.data_dir.text() == str(chosen)
    assert "next time FieldDesk starts" in dialog.data_note.text()
    click_save(dialog, qtbot)
    assert settings.get(DATA_DIR) == str(chosen)
    assert settings.database_path() == chosen / "fielddesk.db"
    assert demo_window.services.db.label == before
    assert "next start" in demo_window.statusBar().currentMessage()
