"""Revoke a laptop: its later files are refused with the reason given here (required)."""

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

#: The service keeps at most this many characters of a reason.
REASON_MAX = 200


class RevokeDeviceDialog(QDialog):
    """Asks why; ``apply(reason)`` revokes through the service and says whether it worked."""

    def __init__(
        self, device: str, apply: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revokeDeviceDialog")
        self.setMinimumWidth(440)
        self._apply = apply
        self.setWindowTitle(self.tr("Revoke laptop"))
        what = QLabel(
            self.tr(
                "Revoke {device}? Files from this laptop will be refused from now on, with "
                "the reason below, and no more files are written for it. What it sent before "
                "stays. To use the laptop again, it makes a new join request."
            ).format(device=device),
            self,
        )
        what.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("revokeReason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("For example: laptop lost on 3 March"))
        self.buttons = QDialogButtonBox(self)
        self.revoke: QPushButton = self.buttons.addButton(
            self.tr("Revoke"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.revoke.setObjectName("confirmRevoke")
        self.revoke.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda text: self.revoke.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def accept(self) -> None:
        reason = self.reason.text().strip()
        if reason and self._apply(reason):
            super().accept()
