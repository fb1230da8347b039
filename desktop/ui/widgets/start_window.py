"""The window shown while FieldDesk opens its database: the frame of the main window, at once.

Python has to load the database and page code before the real window can be
built; on a slow laptop that is most of a second. This window imports nothing but
Qt, so it is on the screen as fast as an empty window, in the place and size the
main window had, with the same sidebar and a line saying what is being opened.
The main window replaces it when it is ready.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import GEOMETRY, Settings
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.sidebar import Sidebar


class StartWindow(QMainWindow):
    """The main window's frame with "Opening …" and a busy bar where the page will be."""

    def __init__(self, settings: Settings, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(icon("fielddesk"))
        self.setWindowTitle(self.tr("FieldDesk"))
        self.setMinimumSize(960, 600)
        self.sidebar = Sidebar()
        self.sidebar.sync_icon.hide()  # nothing to say about sync before the database is open

        self.message = QLabel(self.tr("Opening {database}…").format(database=database))
        self.message.setObjectName("mutedText")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(240)

        area = QWidget()
        area.setObjectName("pageArea")
        column = QVBoxLayout(area)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(area, 1)
        self.setCentralWidget(central)

        geometry = settings.get(GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1280, 800)
