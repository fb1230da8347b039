"""The dialog shown when something unexpected happens: what to do, and where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Says that FieldDesk hit an error, names the log file and shows the details."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.details = details
        self.setWindowTitle(self.tr("FieldDesk: unexpected error"))
        self.setMinimumWidth(560)

        self.message = QLabel(
            self.tr(
                "FieldDesk ran into an unexpected error. What you saved before is safe; "
                "the last action may not have finished.\n\n"
                "The details were written to the log file:\n{path}\n\n"
                "Please send this file to your IT contact."
            ).format(path=str(log_path))
        )
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setMinimumHeight(160)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.folder_button = QPushButton(self.tr("Open log folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._copy)
        self.folder_button.clicked.connect(self._open_folder)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(f"{self.log_path}\n\n{self.details}")

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


def show_crash(details: str, log_path: Path, parent: QWidget | None = None) -> None:
    """Show the crash dialog and wait until it is closed."""
    CrashDialog(details, log_path, parent).exec()
