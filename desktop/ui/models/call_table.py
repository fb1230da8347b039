"""The call log table: a list of call ids, with rows fetched page by page when the view shows them.

As the distributors table: the page finds the ids (in the background) and this
model reads ``PAGE_SIZE`` rows at a time through ``CallService.rows``, keeping at
most ``MAX_PAGES`` pages. Two steps make a million calls open at once: the page
first hands over the newest rows (``set_first_rows``: ids and their rows from one
query), then the whole id list (``set_ids``), which keeps the rows already shown
when it begins with them, so the view does not jump.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.labels import channel_name, fmt_date, money, topic_names
from desktop.services.calls import CallRow, CallService

PAGE_SIZE = 200
MAX_PAGES = 40
ID_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class CallColumn(IntEnum):
    WHEN = 0
    DISTRIBUTOR = 1
    PERSON = 2
    CHANNEL = 3
    TOPICS = 4
    AMOUNT = 5
    NOTES = 6
    NEXT_STEP = 7


COLUMNS = len(CallColumn)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


def first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


class CallTableModel(QAbstractTableModel):
    """Rows of calls by id; the page owns the query, the model owns the row cache."""

    first_batch = PAGE_SIZE  # how many rows the page asks for before the whole list

    def __init__(self, service: CallService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ids: list[str] = []
        #: page number → {id: [row, its column texts (made when first shown) or None]}
        self._pages: OrderedDict[int, dict[str, list[Any]]] = OrderedDict()
        self._last_page = -1
        self._words: dict[Any, str] = {}  # formatted days, channel and topic names
        self.fetches = 0  # pages read (for tests and the benchmark)

    # -- the id list ------------------------------------------------------------------
    def set_first_rows(self, rows: list[CallRow]) -> None:
        """Show the newest rows at once (their ids and data), before the whole list is known."""
        self.beginResetModel()
        self._ids = [r.id for r in rows]
        self._pages.clear()
        if rows:
            self._pages[0] = {r.id: [r, None] for r in rows[:PAGE_SIZE]}
        self.endResetModel()

    def set_ids(self, ids: list[str]) -> None:
        """Show ``ids`` (in display order). When they begin with the rows shown, rows are added."""
        count = len(self._ids)
        if count and len(ids) >= count and ids[:count] == self._ids:
            if len(ids) > count:
                self._pages.pop(count // PAGE_SIZE, None)  # a partly read page: read it again
                self.beginInsertRows(QModelIndex(), count, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def ids(self) -> list[str]:
        return self._ids

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, call_id: str) -> int | None:
        """The row of a call (a scan: a position index of a million ids would cost 100 MB)."""
        try:
            return self._ids.index(call_id)
        except ValueError:
            return None

    def invalidate(self) -> None:
        """Forget the cached rows (their data or the language changed); the view reads them again."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_data(self, row: int) -> CallRow | None:
        found = self._cached(row)
        return found[0] if found is not None else None

    def _cached(self, row: int) -> tuple[CallRow, tuple[str, ...]] | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        cached = self._pages.get(page)
        if cached is not None and page != self._last_page:
            self._pages.move_to_end(page)  # least recently used is dropped first
        self._last_page = page
        if cached is None:
            chunk = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            cached = {r.id: [r, None] for r in self._service.rows(chunk)}
            self.fetches += 1
            self._pages[page] = cached
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        entry = cached.get(self._ids[row])
        if entry is None:
            return None
        if entry[1] is None:
            entry[1] = self._texts(entry[0])  # formatted once, when first shown
        return entry[0], entry[1]

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_titles()[CallColumn(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == CallColumn.AMOUNT:
            return _RIGHT
        return None

    def header_titles(self) -> dict[CallColumn, str]:
        return {
            CallColumn.WHEN: self.tr("Date and time"),
            CallColumn.DISTRIBUTOR: self.tr("Distributor"),
            CallColumn.PERSON: self.tr("Person"),
            CallColumn.CHANNEL: self.tr("Channel"),
            CallColumn.TOPICS: self.tr("Topics"),
            CallColumn.AMOUNT: self.tr("Order amount"),
            CallColumn.NOTES: self.tr("Notes"),
            CallColumn.NEXT_STEP: self.tr("Next step"),
        }

    def retranslate(self) -> None:
        self._words.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self.invalidate()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY:  # the common case first: a view asks it of every visible cell
            found = self._cached(index.row())
            return found[1][index.column()] if found is not None else None
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == CallColumn.AMOUNT else _LEFT
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role != _TOOLTIP:
            return None
        found = self._cached(index.row())
        if found is None:
            return None
        row, texts = found
        column = index.column()
        if column == CallColumn.NOTES:
            return "\n\n".join(t for t in (row.notes, row.problems) if t)
        return texts[column] if column in (CallColumn.DISTRIBUTOR, CallColumn.NEXT_STEP) else None

    def _texts(self, row: CallRow) -> tuple[str, ...]:
        words = self._words  # days, channels and topic sets repeat: each is formatted once
        day = row.occurred_at.date()
        if day not in words:
            words[day] = fmt_date(day)
        if row.channel not in words:
            words[row.channel] = channel_name(row.channel)
        if row.topics not in words:
            words[row.topics] = topic_names(row.topics)
        step = row.next_step
        if step and row.next_step_due is not None:
            step = self.tr("{step} (by {date})").format(step=step, date=fmt_date(row.next_step_due))
        return (
            f"{words[day]} {row.occurred_at:%H:%M}",
            f"{row.distributor_name} ({row.distributor_code})",
            row.person_name,
            words[row.channel],
            words[row.topics],
            money(row.order_amount_fen) if row.order_amount_fen is not None else "",
            first_line(row.notes),
            step,
        )
