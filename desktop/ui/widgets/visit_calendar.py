"""The three calendars of the Visits page: a month (paper planner), a week, and a team's week.

Each is rebuilt from plain data (``PeriodData``) when the period or the data changes:
a month of one person is at most a few hundred cards, a team week a few dozen.
Weekdays are wide and weekends narrow (and grey), as on a paper planner.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop import labels
from desktop.domain import calendar as cal
from desktop.services.holidays import HolidayRow
from desktop.services.visits import PlanPerson, VisitRow
from desktop.ui.widgets.visit_day import DayCell

WEEKDAY_STRETCH = 8
WEEKEND_STRETCH = 3
#: One sheet for the calendar's frame and headers (set once: cheap to rebuild the days).
STYLE = """
QFrame#visitCalendar { border: 1px solid #dcdfe4; background: #ffffff; }
QLabel#visitHeader {
    background: #f6f7f9; color: #374151; font-weight: 600; padding: 4px 2px;
    border-bottom: 1px solid #dcdfe4;
}
QLabel#visitHeader[weekend="true"] { color: #6b7280; }
QLabel#visitTeamName {
    padding: 4px 8px; color: #1f2937;
    border-bottom: 1px solid #dcdfe4; border-right: 1px solid #dcdfe4;
}
"""


@dataclass(frozen=True)
class PeriodData:
    """What a calendar shows: the visits, the holiday list and today (and a team's people)."""

    visits: list[VisitRow]
    holidays: dict[date, HolidayRow]
    today: date
    people: list[PlanPerson] = field(default_factory=list)

    def working(self, day: date) -> bool:
        h = self.holidays.get(day)
        return cal.is_working_day(
            day,
            frozenset({day}) if h and h.kind == cal.HOLIDAY else frozenset(),
            frozenset({day}) if h and h.kind == cal.WORKDAY else frozenset(),
        )

    def by_day(self, person_id: str | None = None) -> dict[date, list[VisitRow]]:
        out: dict[date, list[VisitRow]] = {}
        for v in self.visits:
            if person_id is None or v.person_id == person_id:
                out.setdefault(v.planned_date, []).append(v)
        return out


def short_day(day: date) -> str:
    """30 Nov (English) / 11-30 (Chinese): a day in a column header."""
    locale = QLocale()
    fmt = "M-d" if locale.language() == QLocale.Language.Chinese else "d MMM"
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def weekday_name(day: date) -> str:
    return QLocale().standaloneDayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


class CalendarView(QWidget):
    """What the three calendars share: day cells and the signals of their cards."""

    visit_dropped = Signal(str, object)  # visit id, new date
    add_requested = Signal(object, str)  # date, person id ("" for the page's person)
    card_selected = Signal(str)
    card_activated = Signal(str)
    card_menu = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: list[DayCell] = []
        self._body: QWidget | None = None
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self.setStyleSheet(STYLE)

    def shown(self) -> Iterator[VisitRow]:
        """Every visit on the calendar, day by day."""
        for cell in self.cells:
            yield from cell.visits

    def cell_of(self, visit_id: str) -> DayCell | None:
        """The day that shows ``visit_id``."""
        return next((c for c in self.cells if c.index_of(visit_id) is not None), None)

    def select(self, visit_id: str | None) -> None:
        """Mark one card current (and no other)."""
        for cell in self.cells:
            cell.select(visit_id)

    def cell(self, day: date, person_id: str = "") -> DayCell | None:
        return next(
            (c for c in self.cells if c.day == day and c.in_period and c.person_id == person_id),
            None,
        )

    def _new_body(self) -> QGridLayout:
        if self._body is not None:
            self._outer.removeWidget(self._body)
            self._body.deleteLater()
        self.cells = []
        self._body = QFrame(self)
        self._body.setObjectName("visitCalendar")
        grid = QGridLayout(self._body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        self._outer.addWidget(self._body)
        return grid

    def _cell(
        self, day: date, data: PeriodData, *, compact: bool, in_period: bool = True,
        title: str = "", person_id: str = "",
    ) -> DayCell:  # fmt: skip
        holiday = data.holidays.get(day)
        make_up = holiday is not None and holiday.kind == cal.WORKDAY
        note = ""
        if holiday is not None:
            note = (
                holiday.name if make_up else holiday.name or labels.holiday_kind_name(cal.HOLIDAY)
            )
        cell = DayCell(
            day, compact=compact, working=data.working(day), in_period=in_period,
            today=day == data.today, holiday=note, make_up=make_up, title=title,
            person_id=person_id, parent=self._body,
        )  # fmt: skip
        cell.visit_dropped.connect(self.visit_dropped)
        cell.add_requested.connect(self.add_requested)
        cell.card_selected.connect(self.card_selected)
        cell.card_activated.connect(self.card_activated)
        cell.card_menu.connect(self.card_menu)
        self.cells.append(cell)
        return cell

    def _header(self, text: str, weekend: bool = False) -> QLabel:
        label = QLabel(text, self._body)
        label.setObjectName("visitHeader")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("weekend", weekend)
        return label

    def _day_columns(self, grid: QGridLayout, first_column: int) -> None:
        for i in range(7):
            grid.setColumnStretch(first_column + i, WEEKEND_STRETCH if i >= 5 else WEEKDAY_STRETCH)


class MonthGrid(CalendarView):
    """A month as a paper planner: Monday-to-Sunday rows (ISO week numbers on the left)."""

    def show_month(self, year: int, month: int, data: PeriodData) -> None:
        grid = self._new_body()
        week_label = self.tr("Wk")
        grid.addWidget(self._header(week_label), 0, 0)
        for i, day in enumerate(cal.month_weeks(year, month)[0]):
            grid.addWidget(self._header(weekday_name(day), i >= 5), 0, i + 1)
        by_day = data.by_day()
        for row, week in enumerate(cal.month_weeks(year, month), start=1):
            number = QLabel(str(cal.iso_week(week[0])[1]), self._body)
            number.setObjectName("mutedText")
            number.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            number.setContentsMargins(4, 4, 4, 0)
            grid.addWidget(number, row, 0)
            for col, day in enumerate(week, start=1):
                inside = day.month == month
                cell = self._cell(day, data, compact=True, in_period=inside)
                if inside:
                    cell.set_visits(by_day.get(day, []))
                grid.addWidget(cell, row, col)
            grid.setRowStretch(row, 1)
        self._day_columns(grid, 1)


class WeekGrid(CalendarView):
    """One person's week: days as columns, visits as cards with time, purpose and status."""

    def show_week(self, monday: date, data: PeriodData) -> None:
        grid = self._new_body()
        by_day = data.by_day()
        for i, day in enumerate(cal.week_dates(monday)):
            header = f"{weekday_name(day)} {short_day(day)}"
            grid.addWidget(self._header(header, i >= 5), 0, i)
            cell = self._cell(day, data, compact=False, title=str(day.day))
            cell.set_visits(by_day.get(day, []))
            grid.addWidget(cell, 1, i)
        grid.setRowStretch(1, 1)
        self._day_columns(grid, 0)


class TeamGrid(CalendarView):
    """A manager's direct subordinates side by side: one row each, the days of a week as columns."""

    def show_team(self, monday: date, data: PeriodData) -> None:
        grid = self._new_body()
        grid.addWidget(self._header(self.tr("Person")), 0, 0)
        days = cal.week_dates(monday)
        for i, day in enumerate(days):
            grid.addWidget(self._header(f"{weekday_name(day)} {short_day(day)}", i >= 5), 0, i + 1)
        for row, person in enumerate(data.people, start=1):
            name = QLabel(f"{person.name}\n{labels.role_name(person.role)}", self._body)
            name.setObjectName("visitTeamName")
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 0)
            by_day = data.by_day(person.id)
            for col, day in enumerate(days, start=1):
                cell = self._cell(day, data, compact=True, title=str(day.day), person_id=person.id)
                cell.set_visits(by_day.get(day, []))
                grid.addWidget(cell, row, col)
        grid.setColumnStretch(0, 4)
        self._day_columns(grid, 1)
        if data.people:
            grid.setRowStretch(len(data.people) + 1, 1)
