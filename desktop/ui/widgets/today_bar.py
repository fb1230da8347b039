"""The line above the Today page's sections: the date, and whose day it is (HQ chooses)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop import labels
from desktop.services.visits import PlanPerson


class PeopleModel(QAbstractListModel):
    """The chooser's people: "name · role" (managers before their teams), id as data, code as tip.

    A model rather than one ``addItem`` per person: an HQ chooser lists every field person.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[PlanPerson] = []

    def set_people(self, people: list[PlanPerson]) -> None:
        self.beginResetModel()
        self.people = people
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.people):
            return None
        p = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.name} · {labels.role_name(p.role)}"
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.code
        return None


class TodayBar(QWidget):
    """Today's date in words; a person chooser when there is more than one field person to see."""

    person_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = QLabel(self)
        self.date.setObjectName("todayDate")
        font = QFont(self.date.font())
        font.setPixelSize(16)
        font.setBold(True)
        self.date.setFont(font)
        self.date.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.person_label = QLabel(self)
        self.person = QComboBox(self)
        self.person.setObjectName("todayPerson")
        self.people = PeopleModel(self)
        self.person.setModel(self.people)
        self.person.setMinimumContentsLength(24)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person_label.setBuddy(self.person)
        self.person.currentIndexChanged.connect(self._changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.date, 1)
        row.addWidget(self.person_label)
        row.addWidget(self.person)
        self._show_chooser(False)

    def retranslate(self) -> None:
        self.person_label.setText(self.tr("&Whose day:"))
        self.person.setToolTip(self.tr("Headquarters and managers can look at anyone's day"))

    def set_date(self, day: date | None) -> None:
        if day is None:
            self.date.clear()
            return
        text = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        self.date.setText(text)

    def set_people(self, people: list[PlanPerson], current: str | None) -> None:
        """The people to choose from (each manager before their team), ``current`` selected."""
        blocker = QSignalBlocker(self.person)
        self.people.set_people(people)
        index = self.person.findData(current) if current else -1
        self.person.setCurrentIndex(max(index, 0) if people else -1)
        del blocker
        self._show_chooser(len(people) > 1)

    def current(self) -> str | None:
        value = self.person.currentData()
        return str(value) if value else None

    def choose(self, person_id: str) -> None:
        index = self.person.findData(person_id)
        if index >= 0:
            self.person.setCurrentIndex(index)

    def _show_chooser(self, visible: bool) -> None:
        self.person.setVisible(visible)
        self.person_label.setVisible(visible)

    def _changed(self, _index: int) -> None:
        person_id = self.current()
        if person_id:
            self.person_changed.emit(person_id)
