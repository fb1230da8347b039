"""Cancel a visit: the reason is required (it stays on the visit and in its history)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.services.visits import VisitRow
from desktop.ui.widgets.visit_card import visit_title

REASON_MAX = 200


class CancelVisitDialog(QDialog):
    """Asks why; ``apply(reason)`` cancels through the service and says whether it worked."""

    def __init__(
        self, visit: VisitRow, apply: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(400)
        self.setObjectName("cancelVisitDialog")
        self._apply = apply
        self.setWindowTitle(self.tr("Cancel visit"))
        what = QLabel(
            self.tr("Cancel the visit to {target} on {day}? Say why:").format(
                target=visit_title(visit), day=labels.fmt_date(visit.planned_date)
            ),
            self,
        )
        what.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("cancelReason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("For example: the owner is away until Monday"))
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.cancel_visit: QPushButton = self.buttons.addButton(
            self.tr("Cancel the visit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_visit.setObjectName("confirmCancel")
        keep = self.buttons.addButton(self.tr("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.setObjectName("keepVisit")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.cancel_visit.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.cancel_visit.setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        reason = self.reason.text().strip()
        if reason and self._apply(reason):
            super().accept()
