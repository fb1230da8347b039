"""The distributor editor: errors next to the fields, all-or-nothing saves, exact money, no loss."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMessageBox, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.engine import Database
from db.models import Distributor, DistributorContact
from desktop.app import build_services
from desktop.settings import Settings
from desktop.ui.dialogs.distributor_editor import DistributorEditor
from desktop.ui.models.distributor_table import Column
from desktop.ui.pages.distributors import DistributorsPage
from desktop.ui.tasks import Ops
from desktop.ui.widgets.distributor_contacts import PRIMARY
from desktop.ui.widgets.distributor_fields import format_yuan, parse_yuan

# The offscreen platform plugin warns whenever a top-level window's size hints change;
# that says nothing about our code, every other Qt warning still fails the test.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

HUAYUE = "北京华悦商贸有限公司"
LOAD_MS = 10_000


@pytest.fixture
def page(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DistributorsPage]:
    crashes: list[BaseException] = []
    boxes: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        boxes.append(text)
        return QMessageBox.StandardButton.Ok

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        boxes.append(f"unexpected question: {text}")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)  # tests that expect one replace it
    window = QMainWindow()
    qtbot.addWidget(window)
    ops = Ops(window, crashes.append)
    settings = Settings(QSettings(str(tmp_path / "fielddesk.ini"), QSettings.Format.IniFormat))
    page = DistributorsPage(build_services(demo_db), ops, settings, window)
    window.setCentralWidget(page)
    ops.changed.connect(page.on_changes)
    window.resize(1200, 700)
    window.show()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.on_shown()
    yield page
    qtbot.waitUntil(lambda: ops.wait_idle(0), timeout=LOAD_MS)
    assert not crashes, crashes
    assert not boxes, boxes


def row_of(page: DistributorsPage, name: str) -> int:
    model = page.model
    names = [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]
    return names.index(name)


def edit(qtbot: QtBot, page: DistributorsPage, name: str = HUAYUE) -> DistributorEditor:
    """Select ``name`` and press Enter, as a user does."""
    page.window().activateWindow()  # as the window manager does when an editor closed
    qtbot.waitUntil(page.window().isActiveWindow)
    page.table.setFocus()
    page.table.selectRow(row_of(page, name))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    return opened(qtbot, page)


def new(qtbot: QtBot, page: DistributorsPage) -> DistributorEditor:
    page.new_item()  # what Ctrl+N in the main window calls
    return opened(qtbot, page)


def opened(qtbot: QtBot, page: DistributorsPage) -> DistributorEditor:
    """The editor the page opened, once it is the active window (so its shortcuts work)."""
    editor = page.editor
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def line(editor: DistributorEditor, name: str) -> QLineEdit:
    widget = editor.fields[name]
    assert isinstance(widget, QLineEdit)
    return widget


def cell(editor: DistributorEditor, row: int, column: int) -> QTableWidgetItem:
    item = editor.contacts.table.item(row, column)
    assert item is not None
    return item


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace the text as typing does (QTest types only ASCII: Chinese goes in as an IME would)."""
    assert isinstance(widget, QLineEdit)
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def snapshot(database: Database) -> list[tuple[Any, ...]]:
    """Everything the editor could write, to check that nothing was."""
    with database.read_session() as s:
        ds = s.execute(
            select(Distributor.code, Distributor.name, Distributor.phone,
                   Distributor.credit_limit_fen, Distributor.updated_at).order_by(Distributor.code)
        ).all()  # fmt: skip
        cs = s.execute(
            select(DistributorContact.id, DistributorContact.phone, DistributorContact.deleted)
        ).all()
    return [tuple(r) for r in ds] + [tuple(r) for r in cs]


def test_an_existing_code_is_refused_next_to_the_code_field(
    qtbot: QtBot, page: DistributorsPage, demo_db: Database
) -> None:
    before = snapshot(demo_db)
    taken = page.model.row_data(0)
    assert taken is not None
    editor = new(qtbot, page)
    type_into(qtbot, editor.fields["code"], taken.code)
    type_into(qtbot, editor.fields["name"], "天津新悦商贸有限公司")
    editor.market.setCurrentIndex(editor.market.findData(page.filters.combo("market").itemData(1)))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    error = editor.errors["code"]
    assert error.isVisible()
    assert error.text() == f"Distributor code {taken.code} already exists."
    assert editor.isVisible() and editor.save_button.isEnabled()
    assert editor.tabs.currentIndex() == 0
    assert snapshot(demo_db) == before


def test_required_fields_are_marked_and_refused_in_words(
    qtbot: QtBot, page: DistributorsPage, demo_db: Database
) -> None:
    before = snapshot(demo_db)
    editor = new(qtbot, page)
    assert editor._captions["code"][0].text() == "Code *"
    assert editor._captions["short_name"][0].text() == "Short name"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    for name in ("code", "name", "market_id"):
        assert editor.errors[name].text() == "This field is required.", name
    assert not editor.errors["short_name"].isVisible()
    assert snapshot(demo_db) == before


def test_a_negative_limit_and_bad_phones_are_refused_with_messages(
    qtbot: QtBot, page: DistributorsPage, demo_db: Database
) -> None:
    before = snapshot(demo_db)
    editor = edit(qtbot, page)
    type_into(qtbot, editor.limit, "-500.00")
    type_into(qtbot, editor.phone, "12345")
    cell(editor, 0, 2).setText("999")  # the first contact's phone
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.errors["credit_limit_fen"].text() == "The amount cannot be negative."
    assert editor.errors["phone"].text().startswith("Not a phone number")
    assert editor.contacts.error.text().startswith("Contact 1, Phone: Not a phone number")
    assert cell(editor, 0, 2).toolTip().startswith("Not a phone number")
    assert editor.tabs.currentIndex() == 1  # the phone (first bad field in tab order) is shown
    assert editor.isVisible()
    assert snapshot(demo_db) == before


def test_an_unreadable_amount_is_refused_before_saving(
    qtbot: QtBot, page: DistributorsPage, demo_db: Database
) -> None:
    before = snapshot(demo_db)
    editor = edit(qtbot, page)
    type_into(qtbot, editor.limit, "12.345")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "at most two decimals" in editor.errors["credit_limit_fen"].text()
    assert editor.tabs.currentIndex() == 3
    assert snapshot(demo_db) == before


def test_a_valid_edit_saves_and_the_list_and_detail_refresh(
    qtbot: QtBot, page: DistributorsPage, demo_db: Database
) -> None:
    editor = edit(qtbot, page)
    type_into(qtbot, editor.fields["name"], "北京华悦商贸集团有限公司")
    type_into(qtbot, editor.limit, "¥1,234,567.29")
    type_into(qtbot, editor.fields["carrier"], "德邦物流")
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert page.editor is None
    with demo_db.read_session() as s:
        d = s.scalars(
            select(Distributor).where(Distributor.name == "北京华悦商贸集团有限公司")
        ).one()
        assert (d.credit_limit_fen, d.carrier) == (123456729, "德邦物流")
    assert page.current_id() == d.id
    row = page.table.currentIndex().row()
    assert page.model.data(page.model.index(row, Column.NAME)) == "北京华悦商贸集团有限公司"
    assert page.model.data(page.model.index(row, Column.LIMIT)) == "¥1,234,567.29"
    assert page.detail.title.text() == "北京华悦商贸集团有限公司"
    assert page.detail.values["credit_limit"].text() == "¥1,234,567.29"
    assert page.message_label.text() == "Saved."


def test_a_new_distributor_is_saved_with_its_contacts(
    qtbot: QtBot, page: DistributorsPage, demo_db: Database
) -> None:
    market = page.filters.combo("market").itemData(1)
    editor = new(qtbot, page)
    type_into(qtbot, editor.fields["code"], "X-0001")
    type_into(qtbot, editor.fields["name"], "测试商贸有限公司")
    editor.market.setCurrentIndex(editor.market.findData(market))
    type_into(qtbot, editor.limit, "0.29")
    for name, phone in (("王伟", "13812345678"), ("李娜", "")):
        qtbot.mouseClick(editor.contacts.add_button, Qt.MouseButton.LeftButton)
        row = editor.contacts.table.rowCount() - 1
        cell(editor, row, 0).setText(name)
        cell(editor, row, 2).setText(phone)
    cell(editor, 1, PRIMARY).setCheckState(Qt.CheckState.Checked)
    assert cell(editor, 0, PRIMARY).checkState() == Qt.CheckState.Unchecked
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    with demo_db.read_session() as s:
        d = s.scalars(select(Distributor).where(Distributor.code == "X-0001")).one()
        assert (d.market_id, d.credit_limit_fen, d.status) == (market, 29, "active")
        contacts = {
            c.name: c.is_primary
            for c in s.scalars(
                select(DistributorContact).where(DistributorContact.distributor_id == d.id)
            )
        }
    assert contacts == {"王伟": False, "李娜": True}
    assert page.current_id() == d.id
    assert "★ 李娜" in page.detail.contacts.text()


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, page: DistributorsPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(demo_db)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    editor = edit(qtbot, page)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert page.editor is None and not asked

    editor = edit(qtbot, page)
    type_into(qtbot, editor.fields["short_name"], "华悦")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and len(asked) == 1
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.editor is None and len(asked) == 2
    assert snapshot(demo_db) == before


def test_the_region_and_owner_choices_follow_the_market(
    qtbot: QtBot, page: DistributorsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    editor = edit(qtbot, page)
    own = editor.owner.currentData()
    tree = page._services.org.tree()
    for market in tree.markets[:3]:
        editor.market.setCurrentIndex(editor.market.findData(market.id))
        regions = {editor.region.itemData(i) for i in range(1, editor.region.count())}
        assert regions == {r.id for r in tree.regions if r.market_id == market.id}
        owners = {editor.owner.itemData(i) for i in range(1, editor.owner.count())} - {own}
        assert editor.owner.currentData() == own  # the chosen owner stays chosen
        people = {p.id: p for p in tree.people}
        assert owners and all(people[o].market_id in (None, market.id) for o in owners)


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12,345.67", 1234567),
        ("¥1,000", 100000),
        ("0.29", 29),
        ("0.1", 10),
        ("1.10", 110),
        ("99999999999.99", 9999999999999),
        ("-5", -500),
        ("", 0),
        ("1.005", None),
        ("abc", None),
        ("1e3", None),
        ("NaN", None),
    ],
)
def test_yuan_are_read_exactly_into_fen(text: str, fen: int | None) -> None:
    assert parse_yuan(text) == fen
    if fen is not None:
        assert parse_yuan(format_yuan(fen)) == fen


def test_database_count_is_unchanged_by_refused_saves(
    qtbot: QtBot, page: DistributorsPage, demo_db: Database
) -> None:
    with demo_db.read_session() as s:
        before = s.scalar(select(func.count()).select_from(Distributor))
    editor = new(qtbot, page)
    type_into(qtbot, editor.fields["code"], "bad code!")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors["code"].text().startswith("Use up to 20 letters")
    with demo_db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Distributor)) == before
