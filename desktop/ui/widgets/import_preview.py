"""The import preview's two tables: every row of the file with what will happen to it, and every problem.

Both models hold plain plan data (a 20 000-row file is one list of small
tuples) and format a cell only when the view paints it. Rows with a problem are
tinted and say "Problem" in words, so the state never depends on colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.services.spreadsheets import (
    CREATE,
    INVALID,
    UNCHANGED,
    UPDATE,
    PlanRow,
    Problem,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#fdecea")
ERROR_TEXT = QColor("#b3261e")
NEW_TEXT = QColor("#1b5e20")
UPDATE_TEXT = QColor("#1b4f8f")
MUTED_TEXT = QColor("#8a8a8a")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def problem_text(problem: Problem) -> str:
    """The problem's message in the user's language (without the row)."""
    return problem.error.render(translate)


class RowColumn(IntEnum):
    ROW = 0
    ACTION = 1
    CODE = 2
    NAME = 3
    MARKET = 4
    REGION = 5
    OWNER = 6
    PROBLEMS = 7


class PreviewModel(QAbstractTableModel):
    """The file's rows (all, or only those with problems)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: tuple[PlanRow, ...] = ()
        self._rows: list[PlanRow] = []
        self.only_problems = False

    def set_rows(self, rows: tuple[PlanRow, ...]) -> None:
        self.beginResetModel()
        self._all = rows
        self._rows = self._visible()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self.only_problems = only
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[PlanRow]:
        if self.only_problems:
            return [r for r in self._all if r.problems]
        return list(self._all)

    def row_at(self, row: int) -> PlanRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def position_of(self, sheet_row: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.row == sheet_row:
                return i
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RowColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            RowColumn.ROW: self.tr("Row"),
            RowColumn.ACTION: self.tr("Action"),
            RowColumn.CODE: self.tr("Code"),
            RowColumn.NAME: self.tr("Name"),
            RowColumn.MARKET: self.tr("Market"),
            RowColumn.REGION: self.tr("Region"),
            RowColumn.OWNER: self.tr("Owner"),
            RowColumn.PROBLEMS: self.tr("Problems"),
        }[RowColumn(section)]

    def action_name(self, action: str) -> str:
        return {
            CREATE: self.tr("New"),
            UPDATE: self.tr("Update"),
            UNCHANGED: self.tr("Unchanged"),
            INVALID: self.tr("Problem"),
        }.get(action, action)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        column = RowColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column != RowColumn.PROBLEMS:
                return None
            return self._text(r, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.BackgroundRole and r.problems:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (RowColumn.ACTION, RowColumn.PROBLEMS) and r.problems:
                return ERROR_TEXT
            if column == RowColumn.ACTION:
                return {CREATE: NEW_TEXT, UPDATE: UPDATE_TEXT, UNCHANGED: MUTED_TEXT}.get(r.action)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RowColumn.ROW:
            return _RIGHT
        return None

    def _text(self, r: PlanRow, column: RowColumn, full: bool) -> str:
        if column == RowColumn.ROW:
            return str(r.row)
        if column == RowColumn.ACTION:
            return self.action_name(r.action)
        if column == RowColumn.PROBLEMS:
            parts = [
                f"{p.column} {p.header}: {problem_text(p)}" if p.column else problem_text(p)
                for p in r.problems
            ]
            return ("\n" if full else "; ").join(parts)
        return {
            RowColumn.CODE: r.code,
            RowColumn.NAME: r.name,
            RowColumn.MARKET: r.market,
            RowColumn.REGION: r.region,
            RowColumn.OWNER: r.owner,
        }[column]


class ProblemColumn(IntEnum):
    ROW = 0
    COLUMN = 1
    MESSAGE = 2


class ProblemModel(QAbstractTableModel):
    """Every problem of the file: row, column (letter and header as written) and the message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = problems
        self.endResetModel()

    def problem_at(self, row: int) -> Problem | None:
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ProblemColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ProblemColumn.ROW: self.tr("Row"),
            ProblemColumn.COLUMN: self.tr("Column"),
            ProblemColumn.MESSAGE: self.tr("Problem"),
        }[ProblemColumn(section)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.problem_at(index.row()) if index.isValid() else None
        if p is None:
            return None
        column = ProblemColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and column == ProblemColumn.MESSAGE
        ):
            if column == ProblemColumn.ROW:
                return str(p.row)
            if column == ProblemColumn.COLUMN:
                return f"{p.column} · {p.header}" if p.column else self.tr("whole row")
            return problem_text(p)
        if role == Qt.ItemDataRole.ForegroundRole and column == ProblemColumn.MESSAGE:
            return ERROR_TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ProblemColumn.ROW:
            return _RIGHT
        return None


def make_table(model: QAbstractTableModel, name: str, widths: Mapping[int, int],
               parent: QWidget | None = None) -> QTableView:  # fmt: skip
    """A read-only, whole-row-selecting table with fixed row heights (cheap at 20 000 rows)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(max(view.fontMetrics().height() + 8, 22))
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    return view
