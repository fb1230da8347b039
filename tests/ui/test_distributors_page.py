"""The Distributors page: lazy list, search, filters, sorting, detail panel, status, printing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.engine import Database
from db.models import Distributor
from desktop.app import Services
from desktop.errors import UserError
from desktop.services.distributors import DistributorFilter, DistributorRow
from desktop.services.spreadsheet_import import CREATE, UNCHANGED, UPDATE
from desktop.settings import DISTRIBUTOR_FILTERS, Settings
from desktop.ui.models.distributor_table import (
    MAX_PAGES,
    PAGE_SIZE,
    Column,
    DistributorTableModel,
)
from desktop.ui.pages.distributors import EMPTY_NO_MATCH, EMPTY_NONE, TABLE, DistributorsPage
from desktop.ui.tasks import Ops
from desktop.ui.widgets import distributor_print
from desktop.ui.widgets.distributor_print import MSG_NO_FOLDER, write_atomically
from tests.ui.conftest import HostPage

# The offscreen platform plugin warns whenever a top-level window's size hints change;
# that says nothing about our code, every other Qt warning still fails the test.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

HUAYUE = "北京华悦商贸有限公司"
LOAD_MS = 10_000


@dataclass
class Harness:
    window: QMainWindow
    ops: Ops
    services: Services
    page: DistributorsPage
    settings: Settings
    boxes: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        model = self.page.model
        return [str(model.data(model.index(r, Column.NAME))) for r in range(model.rowCount())]

    def rows(self) -> list[DistributorRow]:
        model = self.page.model
        return [r for i in range(model.rowCount()) if (r := model.row_data(i)) is not None]

    def select(self, name: str) -> None:
        row = self.names().index(name)
        self.page.table.selectRow(row)
        assert self.page.detail.title.text() == name


@pytest.fixture
def make_page(
    host_page: HostPage, qtbot: QtBot, warning_boxes: list[str]
) -> Iterator[Callable[..., Harness]]:
    """Build the page as the main window does: real services, a real Ops, changes wired."""

    def make(database: Database, settings: Settings | None = None) -> Harness:
        host, page = host_page(database, DistributorsPage, size=(1200, 700), settings=settings)
        with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
            page.on_shown()
        return Harness(host.window, host.ops, host.services, page, host.settings, host.boxes)

    yield make
    assert not warning_boxes, warning_boxes


@pytest.fixture
def demo(demo_db: Database, make_page: Callable[..., Harness]) -> Harness:
    return make_page(demo_db)


def choose(qtbot: QtBot, page: DistributorsPage, combo: QComboBox, value: str | None) -> None:
    """Pick ``value`` in a filter combo the way a user does, and wait for the new rows."""
    index = combo.findData(value) if value is not None else 0
    assert index >= 0, value
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        combo.setCurrentIndex(index)
        combo.activated.emit(index)


def count_active(database: Database) -> int:
    with database.read_session() as s:
        return (
            s.scalar(
                select(func.count()).select_from(Distributor).where(Distributor.status == "active")
            )
            or 0
        )


def test_page_loads_the_active_distributors_by_code(demo: Harness, demo_db: Database) -> None:
    page = demo.page
    assert page.stack.currentIndex() == TABLE
    assert page.model.rowCount() == count_active(demo_db) > 0
    codes = [r.code for r in demo.rows()]
    assert codes == sorted(codes)
    assert {r.status for r in demo.rows()} == {"active"}
    assert f"{page.model.rowCount()} of" in page.count_label.text()
    assert page.detail.hint.isVisibleTo(page.detail)


def test_typing_pinyin_initials_finds_beijing_huayue(qtbot: QtBot, demo: Harness) -> None:
    page = demo.page
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        qtbot.keyClicks(page.filters.search, "bjhy")
    assert demo.names()[0] == HUAYUE
    assert '"text": "bjhy"' in demo.settings.get(DISTRIBUTOR_FILTERS)


def test_market_and_grade_filters_narrow_the_rows(qtbot: QtBot, demo: Harness) -> None:
    page, tree = demo.page, demo.services.org.tree()
    everyone = page.model.rowCount()
    jj = next(m for m in tree.markets if m.code == "JJ")
    choose(qtbot, page, page.filters.combo("market"), jj.id)
    in_market = demo.rows()
    assert 0 < len(in_market) < everyone
    assert {r.market_code for r in in_market} == {"JJ"}
    region_combo = page.filters.combo("region")
    offered = {region_combo.itemData(i) for i in range(1, region_combo.count())}
    assert offered == {r.id for r in tree.regions if r.market_id == jj.id}

    choose(qtbot, page, page.filters.combo("grade"), "A")
    graded = demo.rows()
    assert 0 < len(graded) < len(in_market)
    assert {(r.market_code, r.grade) for r in graded} == {("JJ", "A")}
    assert HUAYUE in demo.names()


def test_clicking_the_name_header_sorts_by_name(qtbot: QtBot, demo: Harness) -> None:
    page = demo.page
    header = page.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(Column.NAME) + 10, header.height() // 2)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    names = demo.names()
    assert names == sorted(names)
    assert page.filters.sort == "name"
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert demo.names() == sorted(names, reverse=True)
    assert page.filters.descending


def test_selecting_a_row_fills_the_detail_panel(demo: Harness) -> None:
    demo.select(HUAYUE)
    values = demo.page.detail.values
    assert values["market"].text() == "京津"
    assert values["credit_limit"].text().startswith("¥")
    assert values["city"].text() == "北京"
    assert "★" in demo.page.detail.contacts.text()
    assert demo.page.edit_action.isEnabled()
    assert demo.page.status_action.text() == "Deactivate"


def test_deactivate_hides_it_and_it_can_be_reactivated(
    qtbot: QtBot, demo: Harness, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = demo.page
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    demo.select(HUAYUE)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.status_action.trigger()
    assert "reactivate" in asked[0] and HUAYUE in asked[0]
    assert HUAYUE not in demo.names()
    with demo_db.read_session() as s:
        assert s.scalar(select(Distributor.status).where(Distributor.name == HUAYUE)) == "inactive"

    choose(qtbot, page, page.filters.combo("status"), "inactive")
    demo.select(HUAYUE)
    assert page.status_action.text() == "Reactivate"
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.status_action.trigger()
    assert len(asked) == 1  # reactivating destroys nothing: no question
    with demo_db.read_session() as s:
        assert s.scalar(select(Distributor.status).where(Distributor.name == HUAYUE)) == "active"


def test_filters_are_restored_at_the_next_start(
    qtbot: QtBot, demo_db: Database, make_page: Callable[..., Harness]
) -> None:
    first = make_page(demo_db)
    jj = next(m for m in first.services.org.markets() if m.code == "JJ")
    choose(qtbot, first.page, first.page.filters.combo("market"), jj.id)
    choose(qtbot, first.page, first.page.filters.combo("status"), None)
    shown = first.page.model.rowCount()

    again = make_page(demo_db, first.settings)
    assert again.page.filters.value("market") == jj.id
    assert again.page.filters.value("status") is None
    assert again.page.model.rowCount() == shown


def test_no_match_offers_to_clear_the_filters(qtbot: QtBot, demo: Harness) -> None:
    page = demo.page
    everyone = page.model.rowCount()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        qtbot.keyClicks(page.filters.search, "zzzzqqq")
    assert page.stack.currentIndex() == EMPTY_NO_MATCH
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        qtbot.mouseClick(page.empty_no_match.button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == TABLE
    assert page.model.rowCount() == everyone
    assert page.filters.search.text() == ""


def test_empty_database_says_what_to_do(
    qtbot: QtBot, db: Database, make_page: Callable[..., Harness]
) -> None:
    page = make_page(db).page
    assert page.stack.currentIndex() == EMPTY_NONE
    assert "no distributor files yet" in page.empty_none.message.text()
    qtbot.mouseClick(page.empty_none.button, Qt.MouseButton.LeftButton)
    assert page.editor is not None and page.editor.isVisible()
    page.editor.reject()
    assert page.editor is None


def test_a_newer_query_supersedes_an_older_one(qtbot: QtBot, demo: Harness) -> None:
    page = demo.page
    everyone = page.model.rowCount()
    page.filters.set_text("bjhy")
    page.refresh()
    page.filters.set_text("")
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading and not demo.ops._jobs, timeout=LOAD_MS)
    assert page.model.rowCount() == everyone


def test_a_change_made_elsewhere_refreshes_and_keeps_the_selection(
    qtbot: QtBot, demo: Harness
) -> None:
    demo.select(HUAYUE)
    service = demo.services.distributors
    detail = demo.page.detail.detail()
    assert detail is not None
    form = replace(detail.form, carrier="顺丰速运")
    with qtbot.waitSignal(demo.page.loaded, timeout=LOAD_MS):
        demo.ops.run(lambda: service.save(form), source="sync")
    assert demo.page.current_id() == form.id
    assert demo.page.detail.values["carrier"].text() == "顺丰速运"


def test_print_saves_the_card_as_pdf(
    qtbot: QtBot, demo: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "card.pdf"
    target.parent.mkdir()
    offered: list[str] = []

    def save_dialog(_parent: Any, _title: str, default: str, _filter: str) -> tuple[str, str]:
        offered.append(default)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(distributor_print, "documents_dir", lambda: tmp_path / "Documents")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Close)
    opened: list[Any] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    demo.select(HUAYUE)
    with qtbot.waitSignal(demo.page.printer.saved, timeout=30_000):
        demo.page.print_current()
    code = demo.page.detail.values["code"].text()
    assert offered == [str(tmp_path / "Documents" / f"{code}-{HUAYUE}.pdf")]
    assert target.read_bytes().startswith(b"%PDF")
    assert list(target.parent.iterdir()) == [target]  # no .part left behind
    assert not opened


def test_writing_a_file_into_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "card.pdf"
    with pytest.raises(UserError) as caught:
        write_atomically(target, b"%PDF-1.4")
    assert caught.value.message == MSG_NO_FOLDER
    assert not target.parent.exists()


class FakeRows:
    """A service that counts what the model asks for."""

    def __init__(self) -> None:
        self.asked: list[int] = []

    def rows(self, ids: list[str]) -> list[DistributorRow]:
        self.asked.append(len(ids))
        return [
            DistributorRow(i, i, f"name {i}", "", "M", "m", None, None, None, None,
                           "A", "A", 0, 30, "active", "")
            for i in ids
        ]  # fmt: skip


def test_the_model_reads_only_the_pages_it_shows_and_keeps_few() -> None:
    fake = FakeRows()
    model = DistributorTableModel(fake, None)  # type: ignore[arg-type]
    model.set_ids([f"D{i:06d}" for i in range(100_000)])
    assert model.data(model.index(0, Column.CODE)) == "D000000"
    assert model.data(model.index(PAGE_SIZE - 1, Column.CODE)) == f"D{PAGE_SIZE - 1:06d}"
    assert fake.asked == [PAGE_SIZE]
    assert model.data(model.index(99_999, Column.CODE)) == "D099999"
    assert fake.asked == [PAGE_SIZE, PAGE_SIZE]
    for page in range(MAX_PAGES * 2):
        model.row_data(page * PAGE_SIZE)
    assert model.cached_pages() == MAX_PAGES
    assert model.data(model.index(5, Column.LIMIT), Qt.ItemDataRole.DisplayRole) == "¥0.00"


def test_retranslating_keeps_the_filters_and_rows(qtbot: QtBot, demo: Harness) -> None:
    page = demo.page
    choose(qtbot, page, page.filters.combo("grade"), "B")
    shown = page.model.rowCount()
    page.retranslate()
    assert page.filters.value("grade") == "B"
    assert page.filters.value("status") == "active"
    assert page.model.rowCount() == shown
    assert page.model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Name"


def test_open_item_shows_a_distributor_hidden_by_the_filters(qtbot: QtBot, demo: Harness) -> None:
    page = demo.page
    target = demo.services.distributors.find_ids(DistributorFilter(text="bjhy"))[0]
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        # QTest cannot type CJK characters: set the text as an input method would
        page.filters.search.setText("沈阳")
        page.filters.search.textEdited.emit("沈阳")
        page.filters.flush()
    assert HUAYUE not in demo.names()
    page.open_item("distributors", target)
    qtbot.waitUntil(lambda: page.current_id() == target, timeout=LOAD_MS)
    assert page.filters.search.text() == ""
    qtbot.waitUntil(lambda: page.detail.detail() is not None, timeout=LOAD_MS)


def test_export_then_import_from_the_window_changes_nothing(
    qtbot: QtBot, demo: Harness, tmp_path: Path
) -> None:
    page = demo.page
    target = tmp_path / "distributors.xlsx"
    with qtbot.waitSignal(page.transfer.message, timeout=LOAD_MS) as message:
        page.transfer.export(str(target))
    assert str(target) in message.args[0]
    plan = demo.services.spreadsheets.read_distributors(target)
    assert not plan.problems
    assert plan.count(CREATE) == 0 and plan.count(UPDATE) == 0
    assert plan.count(UNCHANGED) == len(plan.rows) > 0
