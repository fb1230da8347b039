"""HQ's half of the Sync centre: the inbox folder, join requests waiting, and the laptops.

Buttons only say what the user asked for (signals); the page runs the operations.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.models.sync_devices import Column, DeviceTableModel
from desktop.ui.models.sync_requests import JoinRequestTableModel
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.sync_view import SyncView

ICON_SIZE = 20


def _table(name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _button(name: str, parent: QWidget, primary: bool = False) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName("primaryButton" if primary else name)
    button.setProperty("role", name)
    return button


class SyncCentre(QWidget):
    """Inbox, join requests and devices of an HQ ``SyncView``."""

    import_inbox = Signal()
    choose_inbox = Signal()
    open_request = Signal()
    approve = Signal(str)  # join request id
    refuse = Signal(str)
    write_bundle = Signal(str)  # device id
    revoke = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncCentre")
        self._view: SyncView | None = None
        self._inbox = ""

        # -- inbox ----------------------------------------------------------------
        inbox = QFrame(self)
        inbox.setObjectName("detailPanel")
        picture = QLabel(inbox)
        picture.setPixmap(icon("inbox").pixmap(ICON_SIZE, ICON_SIZE))
        self.inbox_title = QLabel(inbox)
        self.inbox_title.setObjectName("sectionTitle")
        self.inbox_path = QLabel(inbox)
        self.inbox_path.setObjectName("inboxPath")
        self.inbox_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inbox_new = QLabel(inbox)
        self.inbox_new.setObjectName("mutedText")
        self.import_new = _button("importInbox", inbox, primary=True)
        self.import_new.clicked.connect(self.import_inbox)
        self.change_inbox = _button("changeInbox", inbox)
        self.change_inbox.clicked.connect(self.choose_inbox)
        row = QHBoxLayout(inbox)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(picture)
        row.addWidget(self.inbox_title)
        row.addWidget(self.inbox_path, 1)
        row.addWidget(self.inbox_new)
        row.addWidget(self.import_new)
        row.addWidget(self.change_inbox)

        # -- join requests --------------------------------------------------------
        self.requests_box = QGroupBox(self)
        self.requests_box.setObjectName("joinRequests")
        self.requests = JoinRequestTableModel(self)
        self.requests_table = _table("requestTable", self.requests_box)
        self.requests_table.setModel(self.requests)
        self.requests_table.setMaximumHeight(120)
        for column, width in ((0, 200), (1, 160), (2, 200)):
            self.requests_table.horizontalHeader().resizeSection(column, width)
        self.approve_button = _button("approveRequest", self.requests_box, primary=True)
        self.refuse_button = _button("refuseRequest", self.requests_box)
        self.approve_button.clicked.connect(lambda: self._emit_request(self.approve.emit))
        self.refuse_button.clicked.connect(lambda: self._emit_request(self.refuse.emit))
        self.requests_table.doubleClicked.connect(lambda _i: self._emit_request(self.approve.emit))
        buttons = QVBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        box = QHBoxLayout(self.requests_box)
        box.addWidget(self.requests_table, 1)
        box.addLayout(buttons)

        # -- devices --------------------------------------------------------------
        self.devices_title = QLabel(self)
        self.devices_title.setObjectName("sectionTitle")
        self.write_button = _button("writeBundle", self)
        self.revoke_button = _button("revokeDevice", self)
        self.write_button.clicked.connect(lambda: self._emit_device(self.write_bundle.emit))
        self.revoke_button.clicked.connect(lambda: self._emit_device(self.revoke.emit))
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("mutedText")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QHBoxLayout()
        heading.addWidget(self.devices_title)
        heading.addStretch(1)
        heading.addWidget(self.fingerprint)
        heading.addSpacing(12)
        heading.addWidget(self.write_button)
        heading.addWidget(self.revoke_button)
        self.devices = DeviceTableModel(self)
        self.devices_table = _table("deviceTable", self)
        self.devices_table.setModel(self.devices)
        header = self.devices_table.horizontalHeader()
        for column, width in ((Column.PERSON, 150), (Column.MACHINE, 120), (Column.SCOPE, 230),
                              (Column.LAST_IN, 140), (Column.LAST_OUT, 140),
                              (Column.WAITING, 120), (Column.GAPS, 110)):  # fmt: skip
            header.resizeSection(column, width)
        self.devices_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.no_devices = EmptyState(icon("laptop"), self)
        self.no_devices.button.clicked.connect(self.open_request)
        self.devices_stack = QStackedWidget(self)
        self.devices_stack.addWidget(self.no_devices)
        self.devices_stack.addWidget(self.devices_table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(inbox)
        layout.addWidget(self.requests_box)
        layout.addLayout(heading)
        layout.addWidget(self.devices_stack, 1)
        self.requests_box.hide()
        self.retranslate()

    # -- data -------------------------------------------------------------------------
    def set_view(self, view: SyncView, inbox: str) -> None:
        keep = self.current_device()
        self._view, self._inbox = view, inbox
        self.devices.set_view(view)
        self.requests.set_rows(list(view.requests))
        self.requests_box.setVisible(bool(view.requests))
        if view.requests:
            self.requests_table.selectRow(0)
        self.devices_stack.setCurrentIndex(1 if self.devices.rowCount() else 0)
        row = self.devices.row_of(keep) if keep else None
        if row is None and self.devices.rowCount():
            row = 0
        if row is not None:
            self.devices_table.selectRow(row)
        self._update_texts()
        self._update_buttons()

    def current_device(self) -> str | None:
        index = self.devices_table.currentIndex()
        device = self.devices.device_at(index.row()) if index.isValid() else None
        return device.device_id if device is not None else None

    def select_device(self, device_id: str) -> None:
        row = self.devices.row_of(device_id)
        if row is not None:
            self.devices_table.selectRow(row)

    def current_request(self) -> str | None:
        index = self.requests_table.currentIndex()
        request = self.requests.request_at(index.row()) if index.isValid() else None
        return request.id if request is not None else None

    def _emit_device(self, emit: Callable[[str], object]) -> None:
        device = self.current_device()
        if device is not None:
            emit(device)

    def _emit_request(self, emit: Callable[[str], object]) -> None:
        request = self.current_request()
        if request is not None:
            emit(request)

    def _update_buttons(self, *_args: QModelIndex) -> None:
        index = self.devices_table.currentIndex()
        device = self.devices.device_at(index.row()) if index.isValid() else None
        active = device is not None and device.revoked_at is None
        self.write_button.setEnabled(active)
        self.revoke_button.setEnabled(active)
        self.import_new.setEnabled(bool(self._view and self._view.inbox_new))

    # -- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.devices.retranslate()
        self.requests.retranslate()
        self.inbox_title.setText(self.tr("Inbox:"))
        self.import_new.setText(self.tr("Import new files"))
        self.import_new.setToolTip(
            self.tr("Import every sync file in the inbox folder that was not imported yet")
        )
        self.change_inbox.setText(self.tr("Change folder…"))
        self.change_inbox.setToolTip(self.tr("Choose the folder where laptops' files arrive"))
        self.approve_button.setText(self.tr("Approve…"))
        self.refuse_button.setText(self.tr("Refuse"))
        self.write_button.setText(self.tr("Write bundle…"))
        self.write_button.setToolTip(
            self.tr("Write the next file for the selected laptop into a folder you choose")
        )
        self.revoke_button.setText(self.tr("Revoke…"))
        self.revoke_button.setToolTip(self.tr("Refuse the selected laptop's files from now on"))
        self.no_devices.set_texts(
            self.tr("No laptop has joined yet"),
            self.tr(
                "On the laptop, open Sync and choose Join headquarters as a laptop, then bring "
                "the request file here; approving it makes the laptop's enrolment file."
            ),
            self.tr("Open join request…"),
        )
        self._update_texts()

    def _update_texts(self) -> None:
        view = self._view
        self.inbox_path.setText(self._inbox or self.tr("No folder chosen yet"))
        new = len(view.inbox_new) if view is not None else 0
        self.inbox_new.setText(self.tr("%n new file(s)", "", new) if self._inbox else "")
        requests = len(view.requests) if view is not None else 0
        self.requests_box.setTitle(self.tr("Join requests waiting (%n)", "", requests))
        count = self.devices.rowCount()
        self.devices_title.setText(self.tr("Laptops (%n)", "", count))
        self.fingerprint.setText(
            self.tr("Headquarters' key fingerprint: {fingerprint}").format(
                fingerprint=view.fingerprint
            )
            if view is not None
            else ""
        )
