"""The open conflicts: record, field, the value held now and the value set aside, who and when.

Values and names are worded by the ``SyncView`` they came with (people, money, ratings;
field names where ``desktop/labels.py`` has words for them).
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from db.hlc import to_datetime
from desktop.ui.widgets.sync_view import SyncView, field_name, when

if TYPE_CHECKING:
    from desktop.services.sync import ConflictRow

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Longest text shown in a cell (the detail panel shows the whole value).
CELL_CHARS = 80


class Column(IntEnum):
    RECORD = 0
    FIELD = 1
    HERE = 2
    ASIDE = 3
    FROM = 4
    KIND = 5


def kind_name(kind: str) -> str:
    """Why a value was set aside."""
    names = {
        "lww": QCoreApplication.translate("SyncConflicts", "Changed on both sides"),
        "rejected_not_owner": QCoreApplication.translate(
            "SyncConflicts", "Only headquarters may change this"
        ),
        "rejected_scope": QCoreApplication.translate(
            "SyncConflicts", "Outside that laptop's part of the organisation"
        ),
        "duplicate": QCoreApplication.translate("SyncConflicts", "Already used by another record"),
    }
    return names.get(kind, kind)


def hlc_time(hlc: int) -> datetime:
    """The wall time inside a hybrid logical clock value."""
    return to_datetime(hlc)


def one_line(text: str) -> str:
    flat = " ⏎ ".join(part for part in text.splitlines() if part.strip()) or text
    return flat if len(flat) <= CELL_CHARS else flat[: CELL_CHARS - 1] + "…"


class ConflictTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictRow] = []
        self._view: SyncView | None = None

    def set_view(self, view: SyncView) -> None:
        self.beginResetModel()
        self._view = view
        self._rows = list(view.conflicts)
        self.endResetModel()

    @property
    def view(self) -> SyncView | None:
        return self._view

    def conflict_at(self, row: int) -> ConflictRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conflict_id: str) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.id == conflict_id), None)

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
            Column.RECORD: self.tr("Record"),
            Column.FIELD: self.tr("Field"),
            Column.HERE: self.tr("Value here now"),
            Column.ASIDE: self.tr("Value set aside"),
            Column.FROM: self.tr("Set aside from"),
            Column.KIND: self.tr("Why"),
        }[Column(section)]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        conflict = self.conflict_at(index.row()) if index.isValid() else None
        if conflict is None or self._view is None:
            return None
        if role == ID_ROLE:
            return conflict.id
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.text(conflict, column)
            return one_line(text) if column in (Column.HERE, Column.ASIDE) else text
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.HERE, Column.ASIDE):
            return self.text(conflict, column)
        return None

    def text(self, c: ConflictRow, column: Column) -> str:
        view = self._view
        assert view is not None
        if column == Column.RECORD:
            return view.record_name(c.table, c.pk)
        if column == Column.FIELD:
            return field_name(c.table, c.field)
        if column == Column.HERE:
            return view.value_text(c.table, c.field, c.current_value)
        if column == Column.ASIDE:
            return view.value_text(c.table, c.field, c.kept_value)
        if column == Column.FROM:
            return f"{view.origin_name(c.kept_origin)} · {when(hlc_time(c.kept_hlc))}"
        return kind_name(c.kind)
