"""Correcting a call's notes and problems on the day it was logged (``CallService.correct``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.services.calls import CallDetail, CallService
from desktop.ui.tasks import Ops
from desktop.ui.widgets.distributor_fields import ErrorLabel


class CorrectionDialog(QDialog):
    """Two text boxes, Save (Ctrl+Enter) and Cancel; ``corrected(call_id)`` once saved."""

    corrected = Signal(str)

    def __init__(
        self, service: CallService, ops: Ops, detail: CallDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("call_correction")
        self._service, self._ops, self._id = service, ops, detail.row.id
        self.notes = QPlainTextEdit(detail.row.notes, self)
        self.notes.setObjectName("field_notes")
        self.notes.setTabChangesFocus(True)
        self.problems = QPlainTextEdit(detail.row.problems, self)
        self.problems.setObjectName("field_problems")
        self.problems.setTabChangesFocus(True)
        self.error = ErrorLabel("notes", self)
        self.note = QLabel(self)
        self.note.setObjectName("mutedText")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)
        form = QFormLayout()
        self.notes_caption, self.problems_caption = QLabel(self), QLabel(self)
        self.notes_caption.setBuddy(self.notes)
        self.problems_caption.setBuddy(self.problems)
        form.addRow(self.notes_caption, self.notes)
        form.addRow(QLabel(self), self.error)
        form.addRow(self.problems_caption, self.problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Correct the call"))
        self.note.setText(
            self.tr(
                "A call is a record of what happened: only its notes and problems can be "
                "corrected, and only on the day it was logged."
            )
        )
        self.notes_caption.setText(self.tr("No&tes *"))
        self.problems_caption.setText(self.tr("Pro&blems"))
        self.resize(520, 360)

    def save(self) -> None:
        service, call_id = self._service, self._id
        notes, problems = self.notes.toPlainText(), self.problems.toPlainText()

        def failed(error: BaseException) -> bool:
            if isinstance(error, ValidationError) and "notes" in error.fields:
                self.error.set_error(error.fields["notes"].render(QCoreApplication.translate))
                return True
            return False

        def done(_value: object) -> None:
            self.corrected.emit(call_id)
            self.accept()

        self._ops.run(
            lambda: service.correct(call_id, notes, problems),
            success=done,
            failure=failed,
            source=self,
            parent=self,
        )
