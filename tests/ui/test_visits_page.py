"""The Visits page: generate, drag and dialog rescheduling, done → call form, cancel, views, holidays."""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.app import Services, build_services
from desktop.services.visits import VisitRow
from desktop.ui.dialogs.holidays import HolidaysDialog
from desktop.ui.dialogs.visit_add import AddVisitDialog
from desktop.ui.dialogs.visit_cancel import CancelVisitDialog
from desktop.ui.dialogs.visit_reschedule import RescheduleDialog, to_qdate
from desktop.ui.pages.visits import VisitsPage
from desktop.ui.tasks import Ops
from desktop.ui.widgets.visit_card import VISIT_MIME, describe, read_visit_mime, visit_mime
from desktop.ui.widgets.visit_day import DayCell
from tests.conftest import FakeClock
from tests.services.test_visits import Team, build_team
from tests.ui.conftest import HostPage

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)
LOAD_MS = 10_000
DECEMBER_FIRST = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


@dataclass
class Harness:
    window: QMainWindow
    ops: Ops
    services: Services
    page: VisitsPage
    qtbot: QtBot
    boxes: list[str] = field(default_factory=list)

    def wait(self, action: Callable[[], object]) -> None:
        """Do ``action`` and wait until the page shows the data that follows."""
        with self.qtbot.waitSignal(self.page.loaded, timeout=LOAD_MS):
            action()

    def cards(self) -> list[VisitRow]:
        """The visits on the calendar shown, as its cards."""
        return list(self.page.current_view().shown())

    def card(self, code: str) -> VisitRow:
        return next(v for v in self.cards() if v.target_code == code)

    def cell_of(self, visit: VisitRow) -> DayCell:
        cell = self.page.current_view().cell_of(visit.id)
        assert cell is not None
        return cell

    def choose_person(self, code: str) -> None:
        combo = self.page.toolbar.person
        index = next(
            i
            for i in range(combo.count())
            if combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == code
        )
        self.wait(lambda: combo.setCurrentIndex(index))


@pytest.fixture
def make_page(host_page: HostPage, qtbot: QtBot) -> Callable[[Database], Harness]:
    def make(database: Database) -> Harness:
        host, page = host_page(database, VisitsPage)
        harness = Harness(host.window, host.ops, host.services, page, qtbot, host.boxes)
        harness.wait(page.on_shown)
        return harness

    return make


@pytest.fixture
def team(db: Database, clock: FakeClock) -> Team:
    clock.now = DECEMBER_FIRST
    return build_team(db)


@pytest.fixture
def rep(make_page: Callable[[Database], Harness], db: Database, team: Team) -> Harness:
    """REP1's December (four distributors: A, B, C, prospect), seen from HQ."""
    h = make_page(db)
    h.choose_person("REP1")
    return h


def generate(h: Harness) -> None:
    h.wait(h.page.generate_action.trigger)


def drop(cell: DayCell, visit: VisitRow) -> bool:
    """Drag ``visit``'s card onto ``cell`` as Qt delivers it: enter, then drop, with its payload."""
    data = visit_mime(visit)
    actions = Qt.DropAction.MoveAction
    pos = QPointF(cell.width() / 2, cell.height() / 2)
    enter = QDragEnterEvent(
        pos.toPoint(), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(cell, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(
        pos, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(cell, dropped)
    return dropped.isAccepted()


# -- empty and demo data ------------------------------------------------------------------------


def test_an_empty_database_says_there_is_nobody_to_plan_for(
    make_page: Callable[[Database], Harness], db: Database
) -> None:
    h = make_page(db)
    assert h.page.stack.currentWidget() is h.page.nobody
    assert "Nobody to plan visits for" in h.page.nobody.title.text()
    assert not h.page.generate_action.isEnabled()
    assert h.page.title() == "Visits" and not h.page.icon().isNull()


def test_demo_data_opens_on_the_first_market_manager_this_month(
    make_page: Callable[[Database], Harness], demo_db: Database
) -> None:
    h = make_page(demo_db)
    page = h.page
    first_mm = h.services.visits.default_person_id()
    assert page.person_id == first_mm and page.toolbar.current_person() == first_mm
    assert page.toolbar.period.text() == "November 2026"
    assert page.toolbar.view_buttons["team"].isEnabled()
    today = page.month_view.cell(date(2026, 11, 27))
    assert today is not None and today.is_today
    weekend = page.month_view.cell(date(2026, 11, 28))
    assert weekend is not None and not weekend.working
    assert page.month_view.cell(date(2026, 12, 1)) is None  # the next month's days take nothing
    assert len(page.people) == len(h.services.visits.people())


# -- generating ---------------------------------------------------------------------------------


def test_generating_a_plan_from_the_empty_month(rep: Harness) -> None:
    page = rep.page
    assert page.banner.isVisible() and rep.cards() == []
    rep.wait(page.banner.button.click)
    assert sorted(v.target_code for v in rep.cards()) == ["D-A"] * 4 + ["D-B"] * 2 + ["D-C"]
    assert not page.banner.isVisible()
    # "7 visits generated" once the English plural forms are in the translation file
    assert re.fullmatch(r"7 visit(s|\(s\)) generated", page.message.text())
    assert not page.notice.isVisible()
    page.generate_action.trigger()  # nothing changes, so nothing is read again
    rep.qtbot.waitUntil(lambda: page.message.text().startswith("0 "), timeout=LOAD_MS)
    assert re.fullmatch(r"0 visit(s|\(s\)) generated", page.message.text())
    assert len(rep.cards()) == 7


def test_generating_when_the_month_is_short_says_what_did_not_fit(
    rep: Harness, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 12, 30, 9, 0, tzinfo=UTC)  # two working days left
    rep.wait(lambda: rep.page.step(0))
    generate(rep)
    notice = rep.page.notice
    assert notice.isVisible()
    assert "北京华悦商贸有限公司: 2 of 4" in notice.text.text()
    assert "fewer working days are left than visits" in notice.text.text()
    assert "could not be placed" in rep.page.message.text()


# -- rescheduling -------------------------------------------------------------------------------


def test_drag_a_card_to_another_day_reschedules_it(rep: Harness) -> None:
    generate(rep)
    card = rep.card("D-C")
    old = card.planned_date
    target = date(2026, 12, 2) if old != date(2026, 12, 2) else date(2026, 12, 3)
    cell = rep.page.month_view.cell(target)
    assert cell is not None
    with rep.qtbot.waitSignal(rep.page.loaded, timeout=LOAD_MS):
        assert drop(cell, card)
    moved = rep.card("D-C")
    assert moved.planned_date == target and rep.cell_of(moved).day == target
    assert rep.services.visits.get(moved.id).planned_date == target
    assert "Moved 北京永兴食品有限公司" in rep.page.message.text()


def test_a_drop_on_a_weekend_is_refused_with_the_reason(rep: Harness) -> None:
    generate(rep)
    card = rep.card("D-C")
    saturday = rep.page.month_view.cell(date(2026, 12, 5))
    assert saturday is not None
    assert drop(saturday, card)
    assert rep.boxes == ["2026-12-05 is not a working day (a weekend or a holiday)."]
    rep.boxes.clear()
    assert rep.services.visits.get(card.id).planned_date == card.planned_date


def test_pressing_and_moving_a_planned_card_starts_a_drag_with_its_visit(
    rep: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(rep)
    card = rep.card("D-B")
    cell = rep.cell_of(card)
    seen: list[tuple[str, str] | None] = []

    def exec_(drag: QDrag, *_args: object) -> Qt.DropAction:
        seen.append(read_visit_mime(drag.mimeData()))
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", exec_)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    rect = cell.card_rect(cell.index_of(card.id) or 0)
    start = rect.center()
    end = start + QPointF(0, 40)
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress, start, cell.mapToGlobal(start), left, left, none
    )
    move = QMouseEvent(QEvent.Type.MouseMove, end, cell.mapToGlobal(end), Qt.MouseButton.NoButton,
                       left, none)  # fmt: skip
    QApplication.sendEvent(cell, press)
    assert rep.page.card_actions.current == card  # pressing selects the card
    QApplication.sendEvent(cell, move)
    assert seen == [(card.id, card.person_id)]
    assert VISIT_MIME == "application/x-fielddesk-visit"


def test_the_reschedule_dialog_shows_a_refusal_and_then_moves(rep: Harness) -> None:
    generate(rep)
    card = rep.card("D-C")
    rep.page._selected(card.id)
    rep.page.card_actions.reschedule.trigger()
    dialog = rep.page.card_actions.dialog
    assert isinstance(dialog, RescheduleDialog)
    dialog.day.setDate(to_qdate(date(2026, 12, 6)))  # a Sunday
    dialog.accept()
    assert dialog.isVisible() and "not a working day" in dialog.error.text()
    dialog.day.setDate(to_qdate(date(2026, 12, 17)))
    dialog.time.setText("10:30")
    with rep.qtbot.waitSignal(rep.page.loaded, timeout=LOAD_MS):
        dialog.accept()
    moved = rep.services.visits.get(card.id)
    assert (moved.planned_date, moved.planned_time) == (date(2026, 12, 17), "10:30")
    assert "10:30" in describe(rep.card("D-C"))


# -- marking ------------------------------------------------------------------------------------


@pytest.fixture
def call_form(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Stands in for the call log's entry form with its agreed interface; records each one."""
    opened: list[Any] = []

    class CallEntryDialog(QDialog):
        def __init__(
            self, services: Services, ops: Ops, parent: QWidget | None = None, *, prefill: Any
        ) -> None:
            super().__init__(parent)
            self.services, self.ops, self.prefill = services, ops, prefill
            opened.append(self)

    module = types.ModuleType("desktop.ui.dialogs.call_entry")
    module.CallEntryDialog = CallEntryDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.ui.dialogs.call_entry", module)
    return opened


def test_marking_a_distributor_visit_done_opens_the_call_form_prefilled(
    rep: Harness, call_form: list[Any]
) -> None:
    from desktop.services.calls import CallPrefill

    generate(rep)
    visit = rep.card("D-A")
    rep.page._selected(visit.id)
    rep.page.card_actions.done.trigger()
    assert len(call_form) == 1
    assert call_form[0].prefill == CallPrefill(
        distributor_id=visit.distributor_id,
        person_id=visit.person_id,
        visit_id=visit.id,
        occurred_on=date(2026, 12, 1),  # the visit is ahead: the call is today's
    )
    assert call_form[0].services is rep.services and call_form[0].isVisible()
    dialog = rep.page.card_actions.dialog
    assert dialog is not None and dialog is call_form[0]
    dialog.reject()


def test_a_follow_up_is_marked_done_directly(
    make_page: Callable[[Database], Harness], db: Database, team: Team, call_form: list[Any]
) -> None:
    h = make_page(db)  # HQ: the market manager MM1 first
    generate(h)
    card = h.card("REP1")
    h.page._selected(card.id)
    h.wait(h.page.card_actions.done.trigger)
    assert call_form == []
    assert h.services.visits.get(card.id).status == "done"
    assert "done" in h.page.message.text()


def test_cancel_needs_a_reason(rep: Harness) -> None:
    generate(rep)
    visit = rep.card("D-B")
    rep.page._selected(visit.id)
    rep.page.card_actions.cancel.trigger()
    dialog = rep.page.card_actions.dialog
    assert isinstance(dialog, CancelVisitDialog)
    assert not dialog.cancel_visit.isEnabled()
    rep.qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.cancel_visit.isEnabled()
    dialog.reason.clear()
    rep.qtbot.keyClicks(dialog.reason, "stock-taking")
    assert dialog.cancel_visit.isEnabled()
    with rep.qtbot.waitSignal(rep.page.loaded, timeout=LOAD_MS):
        dialog.cancel_visit.click()
    row = rep.services.visits.get(visit.id)
    assert (row.status, row.status_reason) == ("cancelled", "stock-taking")
    card = next(v for v in rep.cards() if v.id == visit.id)
    assert "Cancelled" in describe(card) and card.status == "cancelled"


def test_missed_and_plan_again(rep: Harness) -> None:
    generate(rep)
    visit = rep.card("D-C")
    rep.page._selected(visit.id)
    assert not rep.page.card_actions.reopen.isEnabled()
    rep.wait(rep.page.card_actions.missed.trigger)
    assert rep.services.visits.get(visit.id).status == "missed"
    rep.page._selected(visit.id)
    assert rep.page.card_actions.reopen.isEnabled()
    assert not rep.page.card_actions.reschedule.isEnabled()
    rep.wait(rep.page.card_actions.reopen.trigger)
    assert rep.services.visits.get(visit.id).status == "planned"


def test_a_planned_visit_whose_day_passed_shows_missed(rep: Harness, clock: FakeClock) -> None:
    generate(rep)
    first = min(rep.cards(), key=lambda v: v.planned_date)
    clock.now = datetime(2026, 12, 31, 9, 0, tzinfo=UTC)
    rep.wait(rep.page.refresh)
    again = next(v for v in rep.cards() if v.id == first.id)
    assert again.status == "planned" and again.effective_status == "missed"
    assert "Missed" in describe(again)


def test_the_context_menu_and_the_keyboard_offer_the_actions(rep: Harness) -> None:
    generate(rep)
    card = rep.card("D-A")
    cell = rep.cell_of(card)
    menu = rep.page.card_actions.menu(card.id, cell.card_position(card.id))
    assert menu is not None
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[1:] == ["&Reschedule…", "Mark &done…", "Mark &missed", "&Cancel visit…"]
    menu.close()
    # Tab to a day with cards selects its first card; Enter opens the same menu
    cell.setFocus(Qt.FocusReason.TabFocusReason)
    assert rep.page.card_actions.current is not None
    assert rep.page.card_actions.current.id == cell.visits[0].id
    rep.qtbot.keyClick(cell, Qt.Key.Key_Return)
    opened = [m for m in rep.page.findChildren(type(menu)) if m.isVisible()]
    assert len(opened) == 1
    opened[0].close()
    # F2 on the selected card: the reschedule dialog
    rep.qtbot.keyClick(cell, Qt.Key.Key_F2)
    dialog = rep.page.card_actions.dialog
    assert isinstance(dialog, RescheduleDialog)
    dialog.reject()


# -- views and navigation -----------------------------------------------------------------------


def test_week_and_team_views(
    make_page: Callable[[Database], Harness], db: Database, team: Team
) -> None:
    h = make_page(db)
    for code in ("REP1", "REP2"):
        h.services.visits.generate(h.services.visits.person_id(code), 2026, 12)
    h.wait(lambda: h.page.set_view("team"))
    page = h.page
    assert page.toolbar.period.text().startswith("Week 49: 30 Nov – 6 Dec, 2026")
    assert "the team of 王建国" in page.toolbar.period.text()
    people = {c.person_id for c in page.team_view.cells}
    assert people == {team.new_rep, team.old_rep}
    assert {v.person_code for v in h.cards()} <= {"REP1", "REP2"}
    assert len(page.team_view.cells) == 14
    h.choose_person("REP1")  # nobody reports to REP1: the team view becomes their week
    assert page.view == "week" and not page.toolbar.view_buttons["team"].isEnabled()
    assert page.toolbar.view_buttons["week"].isChecked()
    assert len(page.week_view.cells) == 7
    assert all(not c.compact for c in page.week_view.cells)
    h.wait(lambda: page.toolbar.next.click())
    assert page.toolbar.period.text().startswith("Week 50: 7 Dec")
    h.wait(lambda: page.toolbar.today.click())
    assert page.toolbar.period.text().startswith("Week 49")
    h.wait(lambda: page.set_view("month"))
    h.wait(lambda: page.toolbar.previous.click())
    assert page.toolbar.period.text() == "November 2026"


def test_a_new_visit_by_hand(rep: Harness) -> None:
    rep.page.new_item()
    dialog = rep.page.dialog
    assert isinstance(dialog, AddVisitDialog)
    assert dialog.target.count() == 4
    dialog.target.setCurrentIndex(dialog.target.findText("D-P", Qt.MatchFlag.MatchStartsWith))
    dialog.day.setDate(to_qdate(date(2026, 12, 9)))
    dialog.purpose.setText("新品推介")
    with rep.qtbot.waitSignal(rep.page.loaded, timeout=LOAD_MS):
        dialog.accept()
    card = rep.card("D-P")
    assert card.origin == "manual" and card.planned_date == date(2026, 12, 9)
    assert not rep.page.banner.isVisible()


# -- holidays -----------------------------------------------------------------------------------


def test_holidays_dialog_adds_imports_and_shows_problems(rep: Harness, tmp_path: Path) -> None:
    dialog = rep.page.open_holidays()
    assert isinstance(dialog, HolidaysDialog) and dialog.year.value() == 2026
    dialog.day.setDate(to_qdate(date(2026, 12, 25)))
    dialog.name.setText("公司年会")
    with rep.qtbot.waitSignal(rep.page.loaded, timeout=LOAD_MS):
        dialog.add_button.click()
    assert [h.name for h in dialog.rows] == ["公司年会"]
    cell = rep.page.month_view.cell(date(2026, 12, 25))
    assert cell is not None and not cell.working and cell.holiday == "公司年会"
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,name\n2026-12-31,holiday,x\n2026-12-32,holiday,y\n", "utf-8")
    assert not dialog.import_file(str(bad))
    assert dialog.problems.isVisible()
    assert dialog.problems.item(0).text() == "Row 3, date: Not a date: write it as 2026-10-01."
    assert [h.name for h in dialog.rows] == ["公司年会"]
    good = tmp_path / "good.csv"
    good.write_text("2026-12-31,holiday,除夕\n2026-12-27,workday,调休\n", "utf-8")
    with rep.qtbot.waitSignal(rep.page.loaded, timeout=LOAD_MS):
        assert dialog.import_file(str(good))
    assert [h.name for h in dialog.rows] == ["公司年会", "调休", "除夕"]
    assert not dialog.problems.isVisible()
    sunday = rep.page.month_view.cell(date(2026, 12, 27))
    assert sunday is not None and sunday.working and sunday.make_up
    dialog.table.selectRow(0)
    with rep.qtbot.waitSignal(rep.page.loaded, timeout=LOAD_MS):
        dialog.remove_button.click()
    assert [h.name for h in dialog.rows] == ["调休", "除夕"]
    dialog.close()


def test_saving_the_real_call_form_from_a_visit_marks_it_done(rep: Harness) -> None:
    """The call log's own form, opened from a visit: saving logs the call and the visit is done."""
    from desktop.ui.dialogs.call_entry import CallEntryDialog

    generate(rep)
    visit = rep.card("D-B")
    rep.page._selected(visit.id)
    rep.page.card_actions.done.trigger()
    dialog = rep.page.card_actions.dialog
    assert isinstance(dialog, CallEntryDialog)
    dialog.notes.setPlainText("Checked the stock; order next week.")
    with rep.qtbot.waitSignal(rep.page.loaded, timeout=LOAD_MS):
        dialog.save()
    row = rep.services.visits.get(visit.id)
    assert row.status == "done" and row.call_log_id
    assert next(v for v in rep.cards() if v.id == visit.id).status == "done"


def test_another_page_opens_a_visit_or_a_persons_plan(
    make_page: Callable[[Database], Harness], db: Database, team: Team
) -> None:
    services_visits = build_services(db).visits
    services_visits.generate(team.new_rep, 2027, 1)
    visit = services_visits.month(team.new_rep, 2027, 1)[0]
    h = make_page(db)  # HQ: MM1's November first
    h.wait(lambda: h.page.open_item("visits", visit.id))
    assert h.page.person_id == team.new_rep
    assert h.page.toolbar.current_person() == team.new_rep
    assert h.page.toolbar.period.text() == "January 2027"
    assert h.page.card_actions.current is not None and h.page.card_actions.current.id == visit.id
    h.wait(lambda: h.page.open_item("visits_person", team.old_rep))
    assert h.page.toolbar.current_person() == team.old_rep
    assert h.page.toolbar.period.text() == "December 2026"


def test_print_saves_the_plan_on_screen_as_pdf(
    rep: Harness, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    page = rep.page
    rep.wait(page.banner.button.click)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Close)
    with rep.qtbot.waitSignal(page.printer.saved, timeout=LOAD_MS):
        page.print_current()
    assert target.read_bytes().startswith(b"%PDF")
