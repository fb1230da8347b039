"""The Call log page: lazy list, search in Chinese and English, filters, detail, new call, timeline."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.engine import Database
from db.models import CallLog, Distributor
from desktop.app import Services
from desktop.services.calls import CallFilter, CallForm, CallRow
from desktop.services.org import OrgService
from desktop.settings import Settings
from desktop.ui.models.call_table import PAGE_SIZE, CallColumn
from desktop.ui.pages.calls import EMPTY_NO_MATCH, EMPTY_NONE, TABLE, CallsPage
from desktop.ui.tasks import Ops
from desktop.ui.widgets.call_correction import CorrectionDialog
from desktop.ui.widgets.call_filters import CALL_FILTERS
from desktop.ui.widgets.distributor_detail import DistributorDetailPanel
from tests.ui.conftest import OFFSCREEN_LIMITS, HostPage

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)

HUAYUE = "北京华悦商贸有限公司"
LOAD_MS = 10_000
TODAY = date(2026, 11, 27)


@dataclass
class Harness:
    qtbot: QtBot
    window: QMainWindow
    ops: Ops
    services: Services
    page: CallsPage
    settings: Settings
    boxes: list[str] = field(default_factory=list)

    def rows(self) -> list[CallRow]:
        model = self.page.model
        return [r for i in range(model.rowCount()) if (r := model.row_data(i)) is not None]

    def ids(self) -> list[str]:
        return self.page.model.ids()

    def search(self, text: str) -> None:
        box = self.page.filters.search
        box.clear()
        with self.qtbot.waitSignal(self.page.loaded, timeout=LOAD_MS):
            self.qtbot.keyClicks(box, text) if text.isascii() else box.setText(text)
            box.textEdited.emit(box.text())

    def choose(self, key: str, value: str | None) -> None:
        combo: QComboBox = self.page.filters.combo(key)
        index = combo.findData(value) if value is not None else 0
        assert index >= 0, (key, value)
        with self.qtbot.waitSignal(self.page.loaded, timeout=LOAD_MS):
            combo.setCurrentIndex(index)
            combo.activated.emit(index)


@pytest.fixture
def make_page(
    host_page: HostPage, qtbot: QtBot, warning_boxes: list[str]
) -> Iterator[Callable[..., Harness]]:
    def make(database: Database, settings: Settings | None = None) -> Harness:
        host, page = host_page(database, CallsPage, size=(1280, 760), settings=settings)
        with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
            page.on_shown()
        return Harness(qtbot, host.window, host.ops, host.services, page, host.settings, host.boxes)

    yield make
    assert not warning_boxes, warning_boxes


@pytest.fixture
def demo(demo_db: Database, make_page: Callable[..., Harness]) -> Harness:
    return make_page(demo_db)


def _count(db: Database) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(CallLog)) or 0


def test_an_empty_database_says_what_to_do(db: Database, make_page: Callable[..., Harness]) -> None:
    h = make_page(db)
    page = h.page
    assert page.stack.currentIndex() == EMPTY_NONE
    assert page.empty_none.button.text() == "Log the first call"
    assert page.count_label.text() == "0 calls"
    assert [a.text() for a in page.primary_actions()] == ["New call"]
    page.empty_none.button.click()
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()


def test_demo_calls_are_listed_newest_first_and_lazily(demo: Harness, demo_db: Database) -> None:
    page, model = demo.page, demo.page.model
    assert page.stack.currentIndex() == TABLE
    assert model.rowCount() == _count(demo_db) > PAGE_SIZE
    assert model.cached_pages() <= 3  # only what the view showed was read
    first = [model.row_data(i) for i in range(20)]
    times = [r.occurred_at for r in first if r is not None]
    assert times == sorted(times, reverse=True)
    assert page.count_label.text() == f"{model.rowCount():,} calls"
    shown = model.data(model.index(0, CallColumn.WHEN))
    assert isinstance(shown, str) and shown.endswith(f"{times[0]:%H:%M}")


def test_selecting_a_row_shows_the_call(demo: Harness) -> None:
    page = demo.page
    page.table.selectRow(0)
    row = page.model.row_data(0)
    assert row is not None
    assert page.detail.title.text() == f"{row.distributor_name} ({row.distributor_code})"
    assert page.detail.values["notes"].text() == (row.notes or "—")
    assert not page.detail.hint.isVisibleTo(page.detail)


@pytest.mark.parametrize("text", ["货", "补货", "订单", "POS"])
def test_search_in_chinese_and_english_from_the_search_box(demo: Harness, text: str) -> None:
    demo.search(text)
    expected = demo.services.calls.find_ids(CallFilter(text=text))
    assert demo.ids() == expected
    folded = text.lower()
    for row in demo.rows()[:50]:
        assert folded in (row.notes + row.problems).lower().replace(" ", "")
    assert demo.page.stack.currentIndex() == (TABLE if expected else EMPTY_NO_MATCH)


def test_one_character_finds_more_than_two(demo: Harness) -> None:
    demo.search("货")
    one = set(demo.ids())
    demo.search("补货")
    two = set(demo.ids())
    assert two and two < one


def test_a_search_without_match_offers_to_clear(demo: Harness) -> None:
    demo.search("zzqqxx")
    page = demo.page
    assert page.stack.currentIndex() == EMPTY_NO_MATCH
    with demo.qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.empty_no_match.button.click()
    assert page.stack.currentIndex() == TABLE and page.filters.text() == ""


def test_filters_narrow_the_list(demo: Harness) -> None:
    everyone = demo.page.model.rowCount()
    demo.choose("channel", "phone")
    phone = demo.rows()
    assert 0 < len(phone) < everyone and {r.channel for r in phone} == {"phone"}
    demo.choose("topic", "payment")
    assert {("payment" in r.topics, r.channel) for r in demo.rows()} == {(True, "phone")}
    demo.choose("channel", None)
    demo.choose("topic", None)
    tree = demo.services.org.tree()
    jj = next(m for m in tree.markets if m.code == "JJ")
    demo.choose("market", jj.id)
    assert {r.market for r in demo.rows()} == {"京津"}
    region = next(r for r in tree.regions if r.market_id == jj.id)
    demo.choose("region", region.id)
    assert {r.region for r in demo.rows()} <= {region.name}
    demo.choose("market", None)
    demo.choose("period", "month")
    rows = demo.rows()
    assert rows and all((r.occurred_at.year, r.occurred_at.month) == (2026, 11) for r in rows)
    demo.choose("period", "today")
    assert all(r.occurred_at.date() == TODAY for r in demo.rows())
    assert '"period": "today"' in demo.settings.get(CALL_FILTERS)


def test_a_custom_period_and_a_person(demo: Harness) -> None:
    page = demo.page
    demo.choose("period", "custom")
    assert page.filters.date_from.isVisibleTo(page.filters)
    with demo.qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.filters.date_from.setDate(date(2026, 10, 1))
    with demo.qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.filters.date_to.setDate(date(2026, 10, 31))
    rows = demo.rows()
    assert rows and all(
        date(2026, 10, 1) <= r.occurred_at.date() <= date(2026, 10, 31) for r in rows
    )
    person = rows[0].person_id
    demo.choose("person", person)
    assert {r.person_id for r in demo.rows()} == {person}


def test_the_distributor_filter_is_found_with_the_keyboard(demo: Harness) -> None:
    page = demo.page
    picker = page.filters.distributor
    demo.window.activateWindow()
    demo.qtbot.waitUntil(demo.window.isActiveWindow, timeout=LOAD_MS)
    picker.setFocus()
    with demo.qtbot.waitSignal(picker.suggested, timeout=LOAD_MS):
        demo.qtbot.keyClicks(picker, "bjhy")
    with demo.qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        demo.qtbot.keyClick(picker, Qt.Key.Key_Return)
    rows = demo.rows()
    assert rows and {r.distributor_name for r in rows} == {HUAYUE}
    with demo.qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.filters.clear()
    assert page.filters.distributor.distributor_id() is None


def test_filters_come_back_on_the_next_start(
    demo_db: Database, demo: Harness, make_page: Callable[..., Harness]
) -> None:
    demo.choose("channel", "wechat")
    demo.search("订单")
    again = make_page(demo_db, demo.settings)
    assert again.page.filters.value("channel") == "wechat"
    assert again.page.filters.text() == "订单"
    assert again.ids() == demo.ids()


def test_a_newer_query_wins_over_an_older_one(demo: Harness) -> None:
    page = demo.page
    page.filters.set_value("channel", "visit")
    page.refresh()
    page.filters.set_value("channel", "wechat")
    with demo.qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.refresh()
    demo.qtbot.waitUntil(lambda: demo.ops.wait_idle(0), timeout=LOAD_MS)
    QApplication.processEvents()
    assert {r.channel for r in demo.rows()} == {"wechat"}


def test_ctrl_n_logs_a_call_that_is_then_selected(demo: Harness, demo_db: Database) -> None:
    page = demo.page
    demo.window.activateWindow()
    demo.qtbot.waitUntil(demo.window.isActiveWindow, timeout=LOAD_MS)
    page.table.setFocus()
    demo.qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None
    with demo_db.read_session() as s:
        d = s.scalar(select(Distributor).where(Distributor.name == HUAYUE))
        assert d is not None
    dialog.distributor.set_distributor(d.id, f"{d.code} · {d.name}")
    dialog.person.setCurrentIndex(dialog.person.findData(d.owner_id))
    dialog.channel.set_value("phone")
    dialog.notes.setPlainText("电话确认新订单")
    with demo.qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        dialog.save()
    assert page.dialog is None or not page.dialog.isVisible()
    assert page.current_id() == dialog.saved_ids[0]
    assert page.detail.values["notes"].text() == "电话确认新订单"
    assert page.model.row_data(0) is not None and page.model.row_data(0).notes == "电话确认新订单"


def test_a_follow_up_is_closed_from_the_detail(demo: Harness, demo_db: Database) -> None:
    with demo_db.read_session() as s:
        d = s.scalar(select(Distributor).where(Distributor.name == HUAYUE))
        assert d is not None
    calls = demo.services.calls
    form = CallForm(
        distributor_id=d.id, person_id=d.owner_id, channel="visit", notes="陈列检查",
        next_step="补陈列", next_step_due=TODAY,
    )  # fmt: skip
    with demo.qtbot.waitSignal(demo.page.loaded, timeout=LOAD_MS):
        demo.ops.run(lambda: calls.log(form), success=lambda i: demo.page.refresh(select=i))
    page = demo.page
    assert page.detail.complete_button.isVisibleTo(page.detail)
    assert "Open" in page.detail.task_state.text()
    page.detail.complete_button.click()
    assert "Done" in page.detail.task_state.text()
    assert not page.detail.complete_button.isVisibleTo(page.detail)
    tasks = demo.services.tasks.open_tasks([d.owner_id or ""], due_by=TODAY)
    assert "补陈列" not in [t.text for t in tasks]


def test_a_sales_rep_sees_only_their_calls(
    demo_db: Database, make_page: Callable[..., Harness]
) -> None:
    with demo_db.read_session() as s:
        d = s.scalar(select(Distributor).where(Distributor.name == HUAYUE))
        assert d is not None
    people = {p.id: p for p in OrgService(demo_db).owner_choices()}
    OrgService(demo_db).set_owner(people[d.owner_id or ""].code)
    h = make_page(demo_db)
    assert 0 < h.page.model.rowCount() < _count(demo_db)
    assert h.ids() == h.services.calls.find_ids(CallFilter())


def test_the_distributor_detail_shows_calls_and_visits_as_one_timeline(
    qtbot: QtBot, demo: Harness, demo_db: Database
) -> None:
    with demo_db.read_session() as s:
        d = s.scalar(select(Distributor).where(Distributor.name == HUAYUE))
        assert d is not None
    panel = DistributorDetailPanel()
    qtbot.addWidget(panel)
    panel.timeline.bind(demo.services.calls, demo.ops)
    panel.show_detail(demo.services.distributors.get(d.id))
    items = panel.timeline.items()
    assert items and {i.kind for i in items} <= {"call", "visit"}
    days = [i.day for i in items]
    assert days == sorted(days, reverse=True)
    assert panel.timeline.isVisibleTo(panel)
    text = panel.timeline.list.item(0).text()
    assert items[0].day.isoformat() in text or items[0].day.strftime("%Y") in text
    panel.show_detail(None)
    assert not panel.timeline.isVisibleTo(panel)
    lonely = DistributorDetailPanel()  # not bound (the page did not wire it): no timeline
    qtbot.addWidget(lonely)
    lonely.show_detail(demo.services.distributors.get(d.id))
    assert not lonely.timeline.isVisibleTo(lonely)


def test_a_call_logged_now_shows_first(demo: Harness, demo_db: Database) -> None:
    with demo_db.read_session() as s:
        d = s.scalar(select(Distributor).where(Distributor.name == HUAYUE))
        assert d is not None
    calls = demo.services.calls
    form = CallForm(
        distributor_id=d.id, person_id=d.owner_id, channel="other", notes="最新一条",
        occurred_at=datetime(2026, 11, 27, 9, 29),
    )  # fmt: skip
    with demo.qtbot.waitSignal(demo.page.loaded, timeout=LOAD_MS):
        demo.ops.run(lambda: calls.log(form))  # someone else's change: the page refreshes
    assert demo.rows()[0].notes == "最新一条"


def test_notes_are_corrected_on_the_day_from_the_detail(demo: Harness, demo_db: Database) -> None:
    with demo_db.read_session() as s:
        d = s.scalar(select(Distributor).where(Distributor.name == HUAYUE))
        assert d is not None
    calls, page = demo.services.calls, demo.page
    form = CallForm(distributor_id=d.id, person_id=d.owner_id, channel="phone", notes="订单两箱")
    with demo.qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        demo.ops.run(lambda: calls.log(form), success=lambda i: page.refresh(select=i))
    assert page.detail.correct_button.isVisibleTo(page.detail)
    page.detail.correct_button.click()
    dialog = page.findChild(CorrectionDialog)
    assert dialog is not None and dialog.notes.toPlainText() == "订单两箱"
    dialog.notes.setPlainText("订单三箱")
    with demo.qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        dialog.save()
    assert page.detail.values["notes"].text() == "订单三箱"
    assert calls.find_ids(CallFilter(text="三箱")) == [page.current_id()]
    assert "corrected" in page.message_label.text()


def test_a_newer_filter_stops_the_older_lists_and_shows_its_own(demo: Harness) -> None:
    page = demo.page
    page.refresh()
    older = list(page._reading)
    assert older and not any(p.cancelled for p in older)
    page.filters.search.setText("货")  # typed before the older lists were read
    page.refresh()
    assert all(p.cancelled for p in older)
    expected = demo.services.calls.find_ids(CallFilter(text="货"))
    demo.qtbot.waitUntil(lambda: page.complete and demo.ids() == expected, timeout=LOAD_MS)
    assert not demo.boxes  # a stopped read is not an error the user sees
