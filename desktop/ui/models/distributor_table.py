"""The distributors table: a list of ids, with rows fetched page by page when the view shows them.

The page finds the ids of the matching distributors (cheap, in the background);
this model holds only those ids and asks ``DistributorService.rows`` for a page of
``PAGE_SIZE`` rows the first time the view paints one of them, keeping at most
``MAX_PAGES`` pages (least recently used dropped first). So a list of 100 000
distributors costs one id list and a few hundred rows, as Anki's browser does.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.labels import grade_name, money, rating_name, status_name
from desktop.services.distributors import DistributorRow, DistributorService

PAGE_SIZE = 200
MAX_PAGES = 40

ID_ROLE = Qt.ItemDataRole.UserRole + 1

#: Credit rating A–D from green to red (UI.md); always shown with its word as well.
RATING_COLOURS = {"A": "#2e7d32", "B": "#7cb342", "C": "#f9a825", "D": "#c62828"}
INACTIVE_COLOUR = "#8a8a8a"

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_GREY = QColor(INACTIVE_COLOUR)


class Column(IntEnum):
    CODE = 0
    NAME = 1
    CITY = 2
    MARKET = 3
    REGION = 4
    OWNER = 5
    GRADE = 6
    RATING = 7
    LIMIT = 8
    STATUS = 9


#: The ``DistributorFilter.sort`` key of each column.
SORT_KEYS: dict[Column, str] = {
    Column.CODE: "code",
    Column.NAME: "name",
    Column.CITY: "city",
    Column.MARKET: "market",
    Column.REGION: "region",
    Column.OWNER: "owner",
    Column.GRADE: "grade",
    Column.RATING: "credit_rating",
    Column.LIMIT: "credit_limit_fen",
    Column.STATUS: "status",
}


def column_of_sort_key(key: str) -> Column:
    for column, k in SORT_KEYS.items():
        if k == key:
            return column
    return Column.CODE


_chips: dict[str, QIcon] = {}


def rating_chip(rating: str) -> QIcon:
    """A small rounded colour square for a credit rating (made once per rating)."""
    if rating not in _chips:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(RATING_COLOURS.get(rating, INACTIVE_COLOUR)))
        painter.drawRoundedRect(1, 1, 10, 10, 3, 3)
        painter.end()
        _chips[rating] = QIcon(pixmap)
    return _chips[rating]


class DistributorTableModel(QAbstractTableModel):
    """Rows of distributors by id; the page owns the query, the model owns the row cache."""

    #: (sort key, descending) when a header is clicked; the page re-runs the query
    sortRequested = Signal(str, bool)

    def __init__(self, service: DistributorService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ids: list[str] = []
        self._positions: dict[str, int] | None = None
        #: page number → {id: (row, the text of each column)}; texts are formatted once per fetch
        self._pages: OrderedDict[int, dict[str, tuple[DistributorRow, tuple[str, ...]]]] = (
            OrderedDict()
        )
        self.fetches = 0  # how many pages were read (for tests and the benchmark)

    # -- the id list ------------------------------------------------------------
    def set_ids(self, ids: list[str]) -> None:
        """Show ``ids`` (already in display order); cached rows are dropped."""
        self.beginResetModel()
        self._ids = ids
        self._positions = None
        self._pages.clear()
        self.endResetModel()

    def ids(self) -> list[str]:
        return self._ids

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, distributor_id: str) -> int | None:
        if self._positions is None:
            self._positions = {d: i for i, d in enumerate(self._ids)}
        return self._positions.get(distributor_id)

    def invalidate(self) -> None:
        """Forget the cached rows (their data changed); the view fetches them again."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_data(self, row: int) -> DistributorRow | None:
        """The row at ``row``, reading its page from the database on first use."""
        found = self._cached(row)
        return found[0] if found is not None else None

    def _cached(self, row: int) -> tuple[DistributorRow, tuple[str, ...]] | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        cached = self._pages.get(page)
        if cached is None:
            chunk = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            cached = {
                r.id: (r, tuple(self.text(r, c) for c in Column)) for r in self._service.rows(chunk)
            }
            self.fetches += 1
            self._pages[page] = cached
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return cached.get(self._ids[row])

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt model ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_titles()[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.LIMIT:
            return _RIGHT
        return None

    def header_titles(self) -> dict[Column, str]:
        return {
            Column.CODE: self.tr("Code"),
            Column.NAME: self.tr("Name"),
            Column.CITY: self.tr("City"),
            Column.MARKET: self.tr("Market"),
            Column.REGION: self.tr("Region"),
            Column.OWNER: self.tr("Owner"),
            Column.GRADE: self.tr("Grade"),
            Column.RATING: self.tr("Credit rating"),
            Column.LIMIT: self.tr("Credit limit"),
            Column.STATUS: self.tr("Status"),
        }

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self.invalidate()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Column.LIMIT else _LEFT
        found = self._cached(index.row())
        if found is None:
            return None
        row, texts = found
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column]
        if role == Qt.ItemDataRole.DecorationRole:
            return rating_chip(row.credit_rating) if column == Column.RATING else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _GREY if row.status == "inactive" else None
        return texts[column] if column in (Column.NAME, Column.OWNER, Column.RATING) else None

    @staticmethod
    def text(row: DistributorRow, column: Column) -> str:
        if column == Column.CODE:
            return row.code
        if column == Column.NAME:
            return row.name
        if column == Column.CITY:
            return row.city
        if column == Column.MARKET:
            return row.market
        if column == Column.REGION:
            return row.region or ""
        if column == Column.OWNER:
            return f"{row.owner} ({row.owner_code})" if row.owner else ""
        if column == Column.GRADE:
            return grade_name(row.grade)
        if column == Column.RATING:
            return rating_name(row.credit_rating)
        if column == Column.LIMIT:
            return money(row.credit_limit_fen)
        return status_name(row.status)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column), "code")
        self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)
