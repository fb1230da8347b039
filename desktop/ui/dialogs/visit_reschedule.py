"""Move a visit to another day (and time): the keyboard way of what dragging a card does.

The dialog does not decide what is allowed: ``apply(day, time)`` asks the service and
returns whether it worked; a refusal (a holiday, the daily cap…) is shown in the
dialog, which stays open so the person can pick another day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.services.visits import VisitRow
from desktop.ui.widgets.visit_card import visit_title

TIME_PATTERN = r"^$|^([01]?\d|2[0-3]):[0-5]\d$"
#: Dates in the forms: the same unambiguous 2026-12-09 in every language.
DATE_FORMAT = "yyyy-MM-dd"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class RescheduleDialog(QDialog):
    def __init__(
        self,
        visit: VisitRow,
        today: date,
        apply: Callable[[date, str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(340)
        self.setObjectName("rescheduleDialog")
        self.visit = visit
        self._apply = apply
        self.setWindowTitle(self.tr("Reschedule visit"))
        what = QLabel(
            self.tr("{target} — now on {day}").format(
                target=visit_title(visit), day=labels.fmt_date(visit.planned_date)
            ),
            self,
        )
        what.setWordWrap(True)
        self.day = QDateEdit(self)
        self.day.setObjectName("rescheduleDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DATE_FORMAT)
        self.day.setMinimumDate(to_qdate(today))
        self.day.setDate(to_qdate(max(visit.planned_date, today)))
        self.time = QLineEdit(visit.planned_time, self)
        self.time.setObjectName("rescheduleTime")
        self.time.setPlaceholderText(self.tr("HH:MM (optional)"))
        self.time.setValidator(QRegularExpressionValidator(QRegularExpression(TIME_PATTERN), self))
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.tr("&Time"), self.time)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.day.setFocus()

    def chosen(self) -> tuple[date, str]:
        return from_qdate(self.day.date()), self.time.text().strip()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        day, time = self.chosen()
        if self._apply(day, time):
            super().accept()
