"""The bar above the visit calendars: whose plan, month / week / team, previous / today / next."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop import labels
from desktop.domain.calendar import iso_week
from desktop.services.visits import PlanPerson
from desktop.ui.models.visit_period import MONTH, TEAM, VIEWS, WEEK
from desktop.ui.widgets.visit_calendar import short_day


class VisitToolbar(QWidget):
    person_changed = Signal(str)
    view_changed = Signal(str)
    step = Signal(int)  # -1 previous, +1 next, 0 today

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QComboBox(self)
        self.person.setObjectName("visitPerson")
        self.person.setMinimumContentsLength(22)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person.currentIndexChanged.connect(self._person_changed)
        self.person_label = QLabel(self)
        self.person_label.setBuddy(self.person)

        self.views = QButtonGroup(self)
        self.views.setExclusive(True)
        self.view_buttons: dict[str, QToolButton] = {}
        for view in VIEWS:
            button = QToolButton(self)
            button.setObjectName(f"view_{view}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.views.addButton(button)
            self.view_buttons[view] = button
            button.clicked.connect(lambda _checked=False, v=view: self.view_changed.emit(v))
        self.view_buttons[MONTH].setChecked(True)

        self.previous = QToolButton(self)
        self.previous.setObjectName("visitPrevious")
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        self.previous.clicked.connect(lambda: self.step.emit(-1))
        self.today = QToolButton(self)
        self.today.setObjectName("visitToday")
        self.today.clicked.connect(lambda: self.step.emit(0))
        self.next = QToolButton(self)
        self.next.setObjectName("visitNext")
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        self.next.clicked.connect(lambda: self.step.emit(1))
        self.period = QLabel(self)
        self.period.setObjectName("visitPeriod")
        font = QFont(self.period.font())
        font.setPixelSize(16)
        font.setBold(True)
        self.period.setFont(font)
        self.period.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.person_label)
        row.addWidget(self.person)
        row.addSpacing(12)
        for view in VIEWS:
            row.addWidget(self.view_buttons[view])
        row.addSpacing(12)
        row.addWidget(self.previous)
        row.addWidget(self.today)
        row.addWidget(self.next)
        row.addSpacing(12)
        row.addWidget(self.period, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.person_label.setText(self.tr("&Plan of"))
        self.view_buttons[MONTH].setText(self.tr("Month"))
        self.view_buttons[WEEK].setText(self.tr("Week"))
        self.view_buttons[TEAM].setText(self.tr("Team"))
        self.view_buttons[TEAM].setToolTip(
            self.tr("The direct subordinates' plans side by side, one week")
        )
        self.previous.setToolTip(self.tr("Previous (Page Up)"))
        self.next.setToolTip(self.tr("Next (Page Down)"))
        self.today.setText(self.tr("Today"))
        for i in range(self.person.count()):
            data = self.person.itemData(i, Qt.ItemDataRole.UserRole + 1)
            if isinstance(data, PlanPerson):
                self.person.setItemText(i, self._person_text(data))

    @staticmethod
    def _person_text(p: PlanPerson) -> str:
        return f"{p.name} · {labels.role_name(p.role)}"

    def set_people(self, people: list[PlanPerson], current: str | None) -> None:
        with QSignalBlocker(self.person):
            self.person.clear()
            for p in people:
                self.person.addItem(self._person_text(p), p.id)
                self.person.setItemData(self.person.count() - 1, p, Qt.ItemDataRole.UserRole + 1)
                self.person.setItemData(
                    self.person.count() - 1, p.code, Qt.ItemDataRole.ToolTipRole
                )
            index = self.person.findData(current)
            self.person.setCurrentIndex(max(index, 0))

    def current_person(self) -> str | None:
        value = self.person.currentData()
        return str(value) if value else None

    def select_person(self, person_id: str) -> bool:
        index = self.person.findData(person_id)
        if index < 0:
            return False
        self.person.setCurrentIndex(index)
        return True

    def show_person(self, person_id: str) -> None:
        """Show ``person_id`` as chosen without announcing it (the page chose it)."""
        index = self.person.findData(person_id)
        if index >= 0 and index != self.person.currentIndex():
            with QSignalBlocker(self.person):
                self.person.setCurrentIndex(index)

    def _person_changed(self, _index: int) -> None:
        person = self.current_person()
        if person:
            self.person_changed.emit(person)

    def set_view(self, view: str) -> None:
        self.view_buttons[view].setChecked(True)

    def set_team_enabled(self, enabled: bool) -> None:
        self.view_buttons[TEAM].setEnabled(enabled)

    def show_period(self, view: str, start: date, end: date, team_of: str = "") -> None:
        """ "December 2026", or "Week 49: 30 Nov – 6 Dec, 2026" (and whose team)."""
        if view == MONTH:
            name = QLocale().standaloneMonthName(start.month)
            # {number} lets a translation write the month as a number (2026年12月)
            text = self.tr("{month} {year}").format(month=name, year=start.year, number=start.month)
            self.period.setText(text)
            return
        text = self.tr("Week {week}: {start} – {end}, {year}").format(
            week=iso_week(start)[1], start=short_day(start), end=short_day(end), year=end.year
        )
        if view == TEAM and team_of:
            text = self.tr("{period} · the team of {name}").format(period=text, name=team_of)
        self.period.setText(text)
