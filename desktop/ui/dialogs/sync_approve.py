"""Approve a laptop's join request: who it is for, which machine, and the key fingerprint to
compare with the one the laptop shows, before the enrolment file is made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.models.sync_requests import person_text
from desktop.ui.widgets.sync_view import when

if TYPE_CHECKING:
    from desktop.services.sync import JoinRequestRow


class ApproveRequestDialog(QDialog):
    """Accepted: the user confirmed; the page then asks where to save the enrolment file."""

    def __init__(self, request: JoinRequestRow, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveRequestDialog")
        self.setMinimumWidth(460)
        self.request = request
        self.setWindowTitle(self.tr("Approve join request"))
        intro = QLabel(
            self.tr(
                "This laptop asks to join. Before approving, ask its user to read out the key "
                "fingerprint their laptop shows: it must be exactly the one below."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.person = QLabel(person_text(request), self)
        self.person.setObjectName("approve_person")
        self.scope = QLabel(scope or self.tr("(unknown person)"), self)
        self.scope.setObjectName("approve_scope")
        self.machine = QLabel(request.machine_name, self)
        self.machine.setObjectName("approve_machine")
        self.fingerprint = QLabel(request.fingerprint, self)
        self.fingerprint.setObjectName("approve_fingerprint")
        mono = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        mono.setBold(True)
        self.fingerprint.setFont(mono)
        received = QLabel(when(request.received_at), self)
        form = QFormLayout()
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Scope:"), self.scope)
        form.addRow(self.tr("Machine:"), self.machine)
        form.addRow(self.tr("Key fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Received:"), received)
        after = QLabel(
            self.tr(
                "Approving makes an enrolment file holding this person's part of the data. "
                "You choose where to save it next; give it to the laptop (USB stick)."
            ),
            self,
        )
        after.setObjectName("mutedText")
        after.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.approve: QPushButton = self.buttons.addButton(
            self.tr("Approve and save the enrolment file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve.setObjectName("approveButton")
        self.approve.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(after)
        layout.addWidget(self.buttons)
