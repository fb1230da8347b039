"""The distributors table view: whole-row selection, fixed row height, Enter or double-click edits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.models.distributor_table import Column, DistributorTableModel

COLUMN_WIDTHS = {Column.CODE: 90, Column.NAME: 240, Column.CITY: 70, Column.MARKET: 70,
                 Column.REGION: 90, Column.OWNER: 120, Column.GRADE: 120, Column.RATING: 130,
                 Column.LIMIT: 120}  # fmt: skip


class DistributorTableView(QTableView):
    """A view over ``DistributorTableModel``; rows all have one height, so 100 000 stay cheap."""

    #: Enter or a double-click on a row
    editRequested = Signal()

    def __init__(self, model: DistributorTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributor_table")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(self.fontMetrics().height() + 10, 24))
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.setColumnWidth(column, width)
        columns.setSortIndicator(Column.CODE, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(lambda _index: self.editRequested.emit())

    def show_sort(self, column: Column, descending: bool) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicator(column, order)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            event.accept()
            self.editRequested.emit()
            return
        super().keyPressEvent(event)
