"""HQ's table of enrolled laptops: who, which machine, scope, last bundles, waiting, gaps, revoked.

A company has at most a few hundred laptops, so the model holds the rows it was given;
texts are made when the view paints a cell.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.labels import number
from desktop.ui.widgets.sync_view import SyncView, when

if TYPE_CHECKING:
    from desktop.services.sync import DeviceRow

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
REVOKED_COLOUR = QColor("#8a8a8a")
GAP_COLOUR = QColor("#b45309")


class Column(IntEnum):
    PERSON = 0
    MACHINE = 1
    SCOPE = 2
    LAST_IN = 3
    LAST_OUT = 4
    WAITING = 5
    GAPS = 6
    STATE = 7


class DeviceTableModel(QAbstractTableModel):
    """The laptops of a ``SyncView``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DeviceRow] = []
        self._view: SyncView | None = None

    def set_view(self, view: SyncView) -> None:
        self.beginResetModel()
        self._view = view
        self._rows = view.laptops()
        self.endResetModel()

    def device_at(self, row: int) -> DeviceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, device_id: str) -> int | None:
        return next((i for i, d in enumerate(self._rows) if d.device_id == device_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == Column.WAITING else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.WAITING:
            return self.tr("Changes written for this laptop that it has not acknowledged yet")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.GAPS:
            return self.tr("Changes from this laptop that are missing: its later files wait")
        return None

    def titles(self) -> dict[Column, str]:
        return {
            Column.PERSON: self.tr("Person"),
            Column.MACHINE: self.tr("Machine"),
            Column.SCOPE: self.tr("Scope"),
            Column.LAST_IN: self.tr("Last bundle in"),
            Column.LAST_OUT: self.tr("Last bundle out"),
            Column.WAITING: self.tr("Unacknowledged"),
            Column.GAPS: self.tr("Missing changes"),
            Column.STATE: self.tr("State"),
        }

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        device = self.device_at(index.row()) if index.isValid() else None
        if device is None:
            return None
        column = Column(index.column())
        if role == ID_ROLE:
            return device.device_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Column.WAITING else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if device.revoked_at is not None:
                return REVOKED_COLOUR
            return GAP_COLOUR if column == Column.GAPS and device.pending_gaps else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STATE and device.revoked_at is not None:
                return device.revoke_reason
            if column == Column.PERSON:
                return self.tr("Device {id}, key fingerprint {fingerprint}").format(
                    id=device.device_id, fingerprint=device.fingerprint
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(device, column)
        return None

    def text(self, device: DeviceRow, column: Column) -> str:
        view = self._view
        peer = view.peer(device.device_id) if view is not None else None
        if column == Column.PERSON:
            name = device.person_name or device.person_code or device.device_id
            return f"{name} ({device.person_code})" if device.person_name else name
        if column == Column.MACHINE:
            return device.machine_name
        if column == Column.SCOPE:
            return view.scope_of(device.person_id) if view is not None else ""
        if column == Column.LAST_IN:
            return when(device.last_in_at) or self.tr("never")
        if column == Column.LAST_OUT:
            return when(device.last_out_at) or self.tr("never")
        if column == Column.WAITING:
            return number(peer.sent - peer.acknowledged) if peer is not None else ""
        if column == Column.GAPS:
            if not device.pending_gaps:
                return self.tr("none")
            ranges = peer.gaps if peer is not None else ()
            return ", ".join(f"{first}–{last}" for first, last in ranges) or number(
                device.pending_gaps
            )
        if device.revoked_at is not None:
            return self.tr("Revoked {when}").format(when=when(device.revoked_at))
        return self.tr("Active")
