"""What a page shows when it has nothing to show: what to do next, and the button that does it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TEXT_WIDTH = 460


class EmptyState(QWidget):
    """An icon, a title, one or two sentences, and an optional button (``action`` signal)."""

    action = Signal()

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.picture = QLabel()
        self.picture.setPixmap(icon.pixmap(48, 48))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = QLabel()
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text.setFixedWidth(TEXT_WIDTH)  # a wrapped label centred in a layout needs a width
        self.button = QPushButton()
        self.button.setObjectName("primaryButton")
        self.button.clicked.connect(self.action)
        self.button.hide()

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addStretch(2)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        centred = QHBoxLayout()  # an alignment flag would ignore the wrapped label's height
        centred.addStretch(1)
        centred.addWidget(self.text)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(6)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_texts(self, title: str, text: str, button: str = "") -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
