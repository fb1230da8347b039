"""The header above each page: its title and its primary actions as buttons."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class PageHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self._buttons: list[QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(20, 12, 16, 10)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)

    def set_page(self, title: str, actions: list[QAction]) -> None:
        self.title.setText(title)
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._buttons = []
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(QSize(16, 16))
            button.setObjectName("headerAction")
            self._layout.addWidget(button)
            self._buttons.append(button)

    def set_title(self, title: str) -> None:
        self.title.setText(title)

    @property
    def buttons(self) -> list[QToolButton]:
        return list(self._buttons)
