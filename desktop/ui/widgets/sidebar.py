"""The left sidebar: one entry per page, and at its foot who is working and the sync state."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.icons import icon


class Sidebar(QFrame):
    """Page entries (icon and name); ``page_requested`` carries the chosen row."""

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setFixedWidth(200)

        self.brand = QLabel(self.tr("FieldDesk"))
        self.brand.setObjectName("sidebarBrand")

        self.pages = QListWidget()
        self.pages.setObjectName("sidebarPages")
        self.pages.setIconSize(QSize(20, 20))
        self.pages.setFrameShape(QFrame.Shape.NoFrame)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.currentRowChanged.connect(self._on_row)

        self.person_icon = QLabel()
        self.person_name = QLabel()
        self.person_name.setObjectName("sidebarPerson")
        self.person_name.setWordWrap(True)
        self.person_role = QLabel()
        self.person_role.setObjectName("sidebarMuted")
        self.person_role.setWordWrap(True)
        self.sync_icon = QLabel()
        self.sync_icon.setPixmap(icon("sync").pixmap(16, 16))
        self.sync_state = QLabel()
        self.sync_state.setObjectName("sidebarMuted")
        self.sync_state.setWordWrap(True)

        who = QVBoxLayout()
        who.setSpacing(0)
        who.addWidget(self.person_name)
        who.addWidget(self.person_role)
        person_row = QHBoxLayout()
        person_row.setSpacing(8)
        person_row.addWidget(self.person_icon, 0, Qt.AlignmentFlag.AlignTop)
        person_row.addLayout(who, 1)
        sync_row = QHBoxLayout()
        sync_row.setSpacing(8)
        sync_row.addWidget(self.sync_icon, 0, Qt.AlignmentFlag.AlignTop)
        sync_row.addWidget(self.sync_state, 1)

        foot = QFrame()
        foot.setObjectName("sidebarFoot")
        foot_layout = QVBoxLayout(foot)
        foot_layout.setContentsMargins(14, 10, 12, 12)
        foot_layout.setSpacing(8)
        foot_layout.addLayout(person_row)
        foot_layout.addLayout(sync_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.brand)
        layout.addWidget(self.pages, 1)
        layout.addWidget(foot)

    def add_page(self, page_icon: QIcon, name: str, shortcut: str = "") -> None:
        item = QListWidgetItem(page_icon, name)
        item.setSizeHint(QSize(0, 36))
        if shortcut:
            item.setToolTip(f"{name} ({shortcut})")
        self.pages.addItem(item)

    def set_page_name(self, row: int, name: str, shortcut: str = "") -> None:
        item = self.pages.item(row)
        if item is not None:
            item.setText(name)
            item.setToolTip(f"{name} ({shortcut})" if shortcut else name)

    def set_current(self, row: int) -> None:
        if self.pages.currentRow() != row:
            self.pages.setCurrentRow(row)

    def set_person(self, name: str, role: str, hq: bool) -> None:
        """The person this laptop belongs to (or headquarters) and their role."""
        self.person_icon.setPixmap(icon("headquarters" if hq else "person").pixmap(16, 16))
        self.person_name.setText(name)
        self.person_role.setText(role)
        self.person_role.setVisible(bool(role))

    def retranslate(self) -> None:
        self.brand.setText(self.tr("FieldDesk"))

    def set_sync_state(self, text: str) -> None:
        self.sync_state.setText(text)

    def _on_row(self, row: int) -> None:
        if row >= 0:
            self.page_requested.emit(row)
