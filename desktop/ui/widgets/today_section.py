"""One section of the Today page: a heading with its count, a short list, and a useful empty line.

Each row stands for one thing (a visit, a task, a person, a distributor) and opens
it: a click, or Enter on the current row, emits ``opened`` with the row's id. A
section may give its rows a check box in the first column (``checkable``): ticking
it (a click on the box, or Space) emits ``checked`` with the row's id instead of
opening anything. The rows live in a small table model (at most a few dozen rows:
the service cuts every list), so showing a new summary is one model reset.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import labels

Index = QModelIndex | QPersistentModelIndex
RESIZE_PRECISION = 12
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STYLE = """
QFrame#todaySection { background: #ffffff; border: 1px solid #e3e6ea; border-radius: 6px; }
QLabel#todayHeading { font-size: 14px; font-weight: 600; color: #111827; }
QLabel#todayCount {
    background: #eef0f3; color: #374151; border-radius: 8px; padding: 0 7px; font-weight: 600;
}
QLabel#todayCount[alert="true"] { background: #fdecea; color: #9b2c1f; }
QLabel#todayNote { color: #6b7280; }
QLabel#todayEmpty { color: #4b5563; padding: 6px 2px; }
QFrame#todaySection QTreeView { border: none; }
"""


@dataclass(frozen=True)
class Column:
    """A column: its header, whether it takes the spare width, whether numbers align right."""

    header: str
    stretch: bool = False
    right: bool = False
    tip: str = ""


@dataclass(frozen=True)
class Row:
    """A row: the id it opens, its cells, a tooltip, and colours for some cells (column, #rgb)."""

    item_id: str
    cells: tuple[str, ...]
    tooltip: str = ""
    tones: tuple[tuple[int, str], ...] = ()


class RowModel(QAbstractTableModel):
    """The rows of one section; a checkable model reports a ticked box through ``checked``."""

    checked = Signal(str)

    def __init__(self, checkable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkable = checkable
        self.columns: list[Column] = []
        self.rows: list[Row] = []

    def set_columns(self, columns: list[Column]) -> None:
        self.beginResetModel()
        self.columns = columns
        self.endResetModel()

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def remove(self, item_id: str) -> bool:
        for i, row in enumerate(self.rows):
            if row.item_id == item_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()
                return True
        return False

    def id_at(self, row: int) -> str | None:
        return self.rows[row].item_id if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].right:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tip or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.ForegroundRole:
            tone = next((c for col, c in row.tones if col == column), None)
            return QColor(tone) if tone else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column < len(self.columns):
            return RIGHT if self.columns[column].right else None
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and column == 0:
            return Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and checked:
            item_id = self.id_at(index.row())
            if item_id:
                self.checked.emit(item_id)
                return True
        return False


class TodayList(QTreeView):
    """A flat list whose rows open with a click or Enter (and tick with Space when checkable)."""

    opened = Signal(str)

    def __init__(self, model: RowModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = model
        self.setModel(model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(False)
        self.header().setSectionsMovable(False)
        # Fit columns to the first rows only: the lists are short and alike, and measuring
        # every cell of every row would take the UI thread tens of milliseconds.
        self.header().setResizeContentsPrecision(RESIZE_PRECISION)
        self.clicked.connect(self._clicked)

    def _clicked(self, index: QModelIndex) -> None:
        if self.rows.checkable and index.column() == 0:
            return  # the check box column completes, it does not open
        item_id = self.rows.id_at(index.row())
        if item_id:
            self.opened.emit(item_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        item_id = self.rows.id_at(current.row()) if current.isValid() else None
        if item_id and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.opened.emit(item_id)
            return
        if item_id and event.key() == Qt.Key.Key_Space and self.rows.checkable:
            self.rows.checked.emit(item_id)
            return
        super().keyPressEvent(event)


class TodaySection(QFrame):
    """Heading, count and a note (with "newest 50 shown") on one line; rows or the empty line below.

    The page applies ``STYLE`` once for all its sections (one style sheet to parse).
    """

    def __init__(self, name: str, checkable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todaySection")
        self.heading = QLabel(self)
        self.heading.setObjectName("todayHeading")
        self.count = QLabel(self)
        self.count.setObjectName("todayCount")
        self.note = QLabel(self)
        self.note.setObjectName("todayNote")
        self.model = RowModel(checkable, self)
        self.list = TodayList(self.model, self)
        self.list.setObjectName(f"today_{name}")
        self.empty = QLabel(self)
        self.empty.setObjectName("todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        self._alert: bool | None = None
        self._note = ""
        self.more = ""  # "newest 50 shown" when the list is cut

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.heading)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def set_heading(self, title: str, count: int, alert: bool = False) -> None:
        """The title and its count (``alert`` colours the count: something is overdue)."""
        _set_text(self.heading, title)
        _set_text(self.count, labels.number(count))
        alert = alert and count > 0
        if alert != self._alert:
            self._alert = alert
            self.count.setProperty("alert", "true" if alert else "false")
            self.count.style().unpolish(self.count)  # the sheet depends on the property
            self.count.style().polish(self.count)

    def set_note(self, text: str) -> None:
        """The grey line right of the heading: what the section covers (and how much is shown)."""
        self._note = text
        self._show_note()

    def _show_note(self) -> None:
        parts = [p for p in (self._note, self.more if self.model.rows else "") if p]
        _set_text(self.note, " · ".join(parts))

    def set_columns(self, columns: list[Column]) -> None:
        self.model.set_columns(columns)
        header = self.list.header()
        for i, c in enumerate(columns):
            header.setSectionResizeMode(
                i,
                QHeaderView.ResizeMode.Stretch
                if c.stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )

    def set_rows(self, rows: list[Row], empty: str, more: str = "") -> None:
        """Show ``rows``, or the ``empty`` line when there are none; ``more`` goes in the note."""
        self.model.set_rows(rows)
        _set_text(self.empty, empty)
        target = self.list if rows else self.empty
        if self.stack.currentWidget() is not target:
            self.stack.setCurrentWidget(target)
        self.more = more
        self._show_note()

    def remove(self, item_id: str) -> bool:
        """Take one row away (a task just completed); True when it was there."""
        if not self.model.remove(item_id):
            return False
        if not self.model.rows:
            self.stack.setCurrentWidget(self.empty)
            self._show_note()
        return True

    def ids(self) -> list[str]:
        """The ids of the rows shown, in order."""
        return [row.item_id for row in self.model.rows]

    def showing_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty


def _set_text(label: QLabel, text: str) -> None:
    """Set a label's text only when it changes (fewer calls into Qt on every refresh)."""
    if label.text() != text:
        label.setText(text)
