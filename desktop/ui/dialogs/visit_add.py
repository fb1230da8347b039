"""Plan a visit by hand: to one of the person's distributors, or a follow-up / joint visit (跟进/协访)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
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
from desktop.services.visits import VisitTarget
from desktop.ui.dialogs.visit_reschedule import DATE_FORMAT, TIME_PATTERN, from_qdate, to_qdate

#: apply(day, target kind, target id, time, purpose) -> whether the visit was added
AddVisit = Callable[[date, str, str, str, str], bool]


class AddVisitDialog(QDialog):
    def __init__(
        self,
        person_name: str,
        targets: list[VisitTarget],
        day: date,
        today: date,
        apply: AddVisit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)
        self.setObjectName("addVisitDialog")
        self._apply = apply
        self.setWindowTitle(self.tr("New visit"))
        who = QLabel(self.tr("A visit in the plan of {name}").format(name=person_name), self)
        self.target = QComboBox(self)
        self.target.setObjectName("visitTarget")
        for t in targets:
            if t.kind == "distributor":
                text = f"{t.code} {t.name} ({labels.grade_short(t.grade or '')})"
            else:
                text = self.tr("{name} ({code}) · follow-up").format(name=t.name, code=t.code)
            self.target.addItem(text, (t.kind, t.id))
        self.day = QDateEdit(self)
        self.day.setObjectName("visitDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DATE_FORMAT)
        self.day.setMinimumDate(to_qdate(today))
        self.day.setDate(to_qdate(max(day, today)))
        self.time = QLineEdit(self)
        self.time.setObjectName("visitTime")
        self.time.setPlaceholderText(self.tr("HH:MM (optional)"))
        self.time.setValidator(QRegularExpressionValidator(QRegularExpression(TIME_PATTERN), self))
        self.purpose = QLineEdit(self)
        self.purpose.setObjectName("visitPurpose")
        self.purpose.setMaxLength(200)
        self.purpose.setPlaceholderText(self.tr("For example: new product, payment, display check"))
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Visit"), self.target)
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.tr("&Time"), self.time)
        form.addRow(self.tr("&Purpose"), self.purpose)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add visit"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(targets))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        if not targets:
            none = QLabel(self.tr("There is no distributor or team member to visit."), self)
            none.setObjectName("mutedText")
            layout.addWidget(none)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.target.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        data = self.target.currentData()
        if not data:
            return
        kind, target_id = data
        day = from_qdate(self.day.date())
        if self._apply(day, kind, target_id, self.time.text().strip(), self.purpose.text().strip()):
            super().accept()
