"""HQ's join requests waiting for a decision: person, machine, key fingerprint, when received."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.ui.widgets.sync_view import when

if TYPE_CHECKING:
    from desktop.services.sync import JoinRequestRow

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    PERSON = 0
    MACHINE = 1
    FINGERPRINT = 2
    RECEIVED = 3


class JoinRequestTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[JoinRequestRow] = []

    def set_rows(self, rows: list[JoinRequestRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def request_at(self, row: int) -> JoinRequestRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.PERSON: self.tr("Person"),
            Column.MACHINE: self.tr("Machine"),
            Column.FINGERPRINT: self.tr("Key fingerprint"),
            Column.RECEIVED: self.tr("Received"),
        }[Column(section)]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        request = self.request_at(index.row()) if index.isValid() else None
        if request is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        if column == Column.PERSON:
            return person_text(request)
        if column == Column.MACHINE:
            return request.machine_name
        if column == Column.FINGERPRINT:
            return request.fingerprint
        return when(request.received_at)


def person_text(request: JoinRequestRow) -> str:
    """The person a request is for: name and code, or the code alone when HQ does not know it."""
    if request.person_name:
        return f"{request.person_name} ({request.person_code})"
    return request.person_code
