"""The Visits page (拜访计划): one person's month or week, a manager's team week; generate, move, mark.

Data is read in the background (``load_period``; a newer read supersedes an older
one) and the calendars are rebuilt from plain rows. A card's actions live in
``VisitActions``; dropping a card on another day reschedules it. Generating fills
the month shown (in the team view: each direct subordinate's month) from the rules.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain import calendar as cal
from desktop.services.base import Changes, OpResult
from desktop.services.visits import GenerateResult, PlanPerson, VisitRow
from desktop.settings import Settings
from desktop.ui.dialogs.holidays import HolidaysDialog
from desktop.ui.models.visit_period import MONTH, TEAM, WEEK, Loaded, load_period
from desktop.ui.pages.base import Page
from desktop.ui.tasks import Ops, Progress
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.visit_actions import VisitActions
from desktop.ui.widgets.visit_calendar import (
    CalendarView,
    MonthGrid,
    PeriodData,
    TeamGrid,
    WeekGrid,
)
from desktop.ui.widgets.visit_notice import EmptyMonthBanner, ShortfallNotice
from desktop.ui.widgets.visit_print import PlanPrinter
from desktop.ui.widgets.visit_toolbar import VisitToolbar

if TYPE_CHECKING:
    from desktop.app import Services

WATCHED = ("visit", "holiday", "call_log", "distributor", "person", "local_state", "rule_setting")
PEOPLE_TABLES = ("person", "local_state")


class VisitsPage(Page):
    page_id = "visits"

    #: a background read was shown (tests wait for it)
    loaded = Signal()

    def __init__(
        self, services: Services, ops: Ops, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_visits")
        self._services, self._ops, self._settings = services, ops, settings
        self.people: list[PlanPerson] = []
        self.person_id: str | None = None
        self.view = MONTH
        self.anchor: date | None = None
        self.today: date | None = None
        self.data: Loaded | None = None
        self._visits: dict[str, VisitRow] = {}
        self._generation = 0
        self.printer = PlanPrinter(services, ops, self)
        self.printer.saved.connect(lambda path: self.say(self.tr("Saved {path}").format(path=path)))
        self._stale = True
        self._people_stale = True
        self.loading = False
        self.dialog: QDialog | None = None
        self._select_after: str | None = None

        self.toolbar = VisitToolbar(self)
        self.toolbar.person_changed.connect(self.set_person)
        self.toolbar.view_changed.connect(self.set_view)
        self.toolbar.step.connect(self.step)
        self.banner = EmptyMonthBanner(self)
        self.banner.generate.connect(self.generate)
        self.notice = ShortfallNotice(self)
        self.message = QLabel(self)
        self.message.setObjectName("mutedText")

        self.month_view, self.week_view, self.team_view = MonthGrid(), WeekGrid(), TeamGrid()
        self._views: dict[str, CalendarView] = {
            MONTH: self.month_view, WEEK: self.week_view, TEAM: self.team_view,
        }  # fmt: skip
        self.views = QStackedWidget(self)
        self._scrolls: dict[str, QScrollArea] = {}
        for name, view in self._views.items():
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(view)
            self.views.addWidget(scroll)
            self._scrolls[name] = scroll
            view.visit_dropped.connect(self._dropped)
            view.card_selected.connect(self._selected)
            view.card_menu.connect(self._menu)
            view.card_activated.connect(self._activated)
            view.add_requested.connect(self._add_on)

        area = QWidget(self)
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for widget in (self.toolbar, self.banner, self.notice):
            column.addWidget(widget)
        column.addWidget(self.views, 1)
        column.addWidget(self.message)
        self.nobody = EmptyState(icon("visits"), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(area)
        self.stack.addWidget(self.nobody)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.stack)

        self.card_actions = VisitActions(services, ops, self, self.visit, self._today, self.say)
        self.generate_action = self._page_action("Ctrl+G", "refresh", self.generate)
        self.new_action = self._page_action("", "", self.new_item)
        self.holidays_action = self._page_action("", "", self.open_holidays)
        self.retranslate()

    def _page_action(self, keys: str, icon_name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), "", self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- Page hooks -------------------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("VisitsPage", "Visits")

    @classmethod
    def icon(cls) -> QIcon:
        return icon("visits")

    def primary_actions(self) -> list[QAction]:
        return [self.generate_action, self.new_action, self.holidays_action]

    def on_shown(self) -> None:
        if self._stale:
            self.refresh()

    def on_changes(self, changes: Changes, source: object) -> None:
        if not changes.touches(*WATCHED):
            return
        if changes.touches(*PEOPLE_TABLES):
            self._people_stale = True
        self._stale = True
        if self.isVisible():
            self.refresh()

    def retranslate(self) -> None:
        for part in (self.toolbar, self.card_actions, self.banner, self.notice):
            part.retranslate()
        self.generate_action.setText(self.tr("Generate plan"))
        self.generate_action.setToolTip(
            self.tr("Fill the plan of this month from the visit rules (Ctrl+G)")
        )
        self.new_action.setText(self.tr("New visit"))
        self.new_action.setToolTip(self.tr("Plan a visit by hand (Ctrl+N)"))
        self.holidays_action.setText(self.tr("Holidays…"))
        self.holidays_action.setToolTip(self.tr("Holidays and make-up working days"))
        self.nobody.set_texts(
            self.tr("Nobody to plan visits for yet"),
            self.tr(
                "Visit plans are made for the people of the organisation, which arrives "
                "from headquarters with the first sync file."
            ),
        )
        if self.data is not None:
            self._show(self.data)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the period shown again, in the background; a newer read wins."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.loading = True
        service, with_people = self._services.visits, self._people_stale
        person, view, anchor = self.person_id, self.view, self.anchor
        self._ops.run_in_background(
            lambda _progress: load_period(service, with_people, person, view, anchor),
            show_progress=False,
            success=lambda value: self._apply(generation, value),
            failure=lambda error: self._failed(generation),
            parent=self,
        )

    def _failed(self, generation: int) -> bool:
        if not isValid(self) or generation != self._generation:
            return True
        self.loading = False
        return False

    def _apply(self, generation: int, value: Loaded) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.loading = False
        if value.people is not None:
            self.people = value.people
            self._people_stale = False
            self.toolbar.set_people(self.people, value.person_id)
        self.person_id, self.anchor, self.today = value.person_id, value.anchor, value.today
        self.view = value.view
        if value.person_id is not None:
            self.toolbar.show_person(value.person_id)
        self._show(value)
        wanted, self._select_after = self._select_after, None
        if wanted is not None and wanted in self._visits:
            self._selected(wanted)
        self.loaded.emit()

    def _show(self, value: Loaded) -> None:
        self.data = value
        self._visits = {v.id: v for v in value.visits}
        has_person = value.person_id is not None
        self.stack.setCurrentIndex(0 if has_person else 1)
        for action in self.primary_actions():
            action.setEnabled(has_person)
        if not has_person:
            return
        self.toolbar.set_team_enabled(bool(value.team))
        self.toolbar.set_view(value.view)
        holidays = {h.day: h for h in value.holidays}
        data = PeriodData(value.visits, holidays, value.today, value.team)
        if value.view == MONTH:
            self.month_view.show_month(value.anchor.year, value.anchor.month, data)
        elif value.view == WEEK:
            self.week_view.show_week(value.start, data)
        else:
            self.team_view.show_team(value.start, data)
        self.views.setCurrentWidget(self._scrolls[value.view])
        boss = next((p.name for p in self.people if p.id == value.person_id), "")
        self.toolbar.show_period(value.view, value.start, value.end, boss)
        self.banner.setVisible(value.view == MONTH and not value.visits)
        current = self.card_actions.current
        self.card_actions.set_current(self._visits.get(current.id) if current else None)
        if self.card_actions.current is not None:
            self._mark_current(self.card_actions.current.id)

    def current_view(self) -> CalendarView:
        return self._views[self.view]

    def visit(self, visit_id: str) -> VisitRow | None:
        """A visit shown now (the actions work on what the page shows)."""
        return self._visits.get(visit_id)

    def _today(self) -> date:
        return self.today or self._services.visits.today()

    # -- navigation -------------------------------------------------------------------------
    def set_person(self, person_id: str) -> None:
        if person_id != self.person_id:
            self.person_id = person_id
            self.card_actions.set_current(None)
            self.notice.hide()
            self.refresh()

    def set_view(self, view: str) -> None:
        if view != self.view:
            self.view = view
            self.refresh()

    def step(self, direction: int) -> None:
        """-1 the previous month or week, +1 the next, 0 back to today."""
        anchor = self.anchor or self._today()
        if direction == 0:
            anchor = self._today()
        elif self.view == MONTH:
            anchor = cal.add_months(anchor.replace(day=1), direction)
        else:
            anchor = anchor + timedelta(days=7 * direction)
        self.show_day(anchor)

    def show_day(self, day: date) -> None:
        """Show the month or week that contains ``day``."""
        self.anchor = day
        self.notice.hide()
        self.refresh()

    def open_item(self, target: str, item_id: str) -> None:
        """What another page's row names: ``("visits", visit id)`` shows the visit's month with
        its card selected; ``("visits_person", person id)`` that person's plan this month."""
        if target == "visits_person":
            self._go_to(item_id, self._today(), None)
        elif target == "visits":
            service = self._services.visits
            self._ops.run(
                lambda: service.get(item_id),
                success=lambda row: self._go_to(row.person_id, row.planned_date, row.id),
                parent=self,
            )

    def _go_to(self, person_id: str, day: date, visit_id: str | None) -> None:
        self.person_id, self.anchor, self._select_after = person_id, day, visit_id
        if self.view == TEAM:
            self.view = MONTH
        self.card_actions.set_current(None)
        self.notice.hide()
        self.refresh()

    # -- cards ------------------------------------------------------------------------------
    def _mark_current(self, visit_id: str) -> None:
        self.current_view().select(visit_id)

    def _selected(self, visit_id: str) -> None:
        self.card_actions.select(visit_id)
        self._mark_current(visit_id)

    def _menu(self, visit_id: str, pos: QPoint) -> None:
        self.card_actions.menu(visit_id, pos)

    def _activated(self, visit_id: str) -> None:
        cell = self.current_view().cell_of(visit_id)
        if cell is not None:
            self.card_actions.menu(visit_id, cell.card_position(visit_id))

    def _dropped(self, visit_id: str, day: date) -> None:
        self.card_actions.move(visit_id, day)

    def say(self, text: str) -> None:
        """A quiet message: under the calendar and in the window's status bar."""
        self.message.setText(text)
        show = getattr(self.window(), "show_status", None)
        if callable(show) and self.window() is not self:
            show(text)

    # -- generating, adding, holidays -------------------------------------------------------
    def generate(self) -> None:
        """Fill the month shown from the rules (the team view: each subordinate's month)."""
        if self.data is None or self.person_id is None:
            return
        year, month = self.data.anchor.year, self.data.anchor.month
        people = [p.id for p in self.data.team] if self.view == TEAM else [self.person_id]
        service = self._services.visits

        def work(progress: Progress) -> OpResult[list[GenerateResult]]:
            results: list[GenerateResult] = []
            changes = Changes()
            for i, pid in enumerate(people):
                progress.report(i, len(people))
                result = service.generate(pid, year, month)
                results.append(result.value)
                changes = changes | result.changes
            return OpResult(results, changes)

        self._set_generating(True)
        self._ops.run_in_background(
            work,
            title=self.tr("Generating the visit plan…"),
            success=self._generated,
            failure=lambda _error: self._set_generating(False),
            source=self,
            parent=self,
        )

    def _set_generating(self, busy: bool) -> bool:
        if isValid(self):
            self.generate_action.setEnabled(not busy)
            self.banner.button.setEnabled(not busy)
        return False

    def _generated(self, results: list[GenerateResult]) -> None:
        if isValid(self):
            self._set_generating(False)
            self.say(self.notice.show_results(results))

    def new_item(self) -> None:
        """A visit by hand (Ctrl+N), starting on the day shown (today when it has passed)."""
        self._add_on(max(self.anchor or self._today(), self._today()), "")

    def _add_on(self, day: date, person_id: str) -> QDialog | None:
        pid = person_id or self.person_id
        if pid is None:
            return None
        name = next((p.name for p in self.people if p.id == pid), "")
        dialog = self.card_actions.add_visit(max(day, self._today()), pid, name)
        self.dialog = dialog
        return dialog

    def open_holidays(self) -> HolidaysDialog:
        year = (self.anchor or self._today()).year
        dialog = HolidaysDialog(self._services, self._ops, year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_current(self) -> None:
        """Print what is on screen: the month, the week, or the team's week (Ctrl+P)."""
        if self.person_id is None:
            return
        person = next((p for p in self.people if p.id == self.person_id), None)
        label = f"{person.name}" if person else ""
        self.printer.print_plan(self.person_id, label, self.view, self.anchor or self._today())
