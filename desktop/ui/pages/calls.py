"""The Call log page (拜访/通话记录): every distributor call, filtered and searched, read on the right.

The list is lazy and opens at once at any size: a filter change first asks, in
the background, for the newest rows (one query; a text search reads the
full-text index newest first), shows them, then asks for the whole id list and
adds it below without moving what is shown. A newer query supersedes an older
one (its answers are dropped). Selecting a row shows the call on the right; New
call (Ctrl+N) opens the entry form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.errors import NotFound
from desktop.services.base import Changes
from desktop.services.calls import CallDetail, CallFilter, CallPrefill, CallRow
from desktop.services.org import OrgTree
from desktop.settings import Settings
from desktop.ui.dialogs.call_entry import CallEntryDialog
from desktop.ui.models.call_table import CallColumn, CallTableModel
from desktop.ui.pages.base import Page
from desktop.ui.tasks import Ops, Progress
from desktop.ui.widgets.call_correction import CorrectionDialog
from desktop.ui.widgets.call_detail import CallDetailPanel
from desktop.ui.widgets.call_filters import CALL_FILTERS, CallFilterBar
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.icons import icon

if TYPE_CHECKING:
    from desktop.app import Services

TABLE, EMPTY_NONE, EMPTY_NO_MATCH = 0, 1, 2
WATCHED = ("call_log", "follow_up_task", "distributor", "person", "local_state", "market", "region")
ORG_TABLES = ("local_state", "person", "market", "region")
MESSAGE_MS = 6000
COLUMN_WIDTHS = {CallColumn.WHEN: 130, CallColumn.DISTRIBUTOR: 230, CallColumn.PERSON: 80,
                 CallColumn.CHANNEL: 70, CallColumn.TOPICS: 120, CallColumn.AMOUNT: 100,
                 CallColumn.NOTES: 260}  # fmt: skip


class CallsPage(Page):
    page_id = "calls"

    #: the newest rows are shown (the whole list may still be on its way)
    first_loaded = Signal()
    #: the whole list is shown (tests wait for it)
    loaded = Signal()

    def __init__(
        self, services: Services, ops: Ops, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_calls")
        self._services, self._ops, self._settings = services, ops, settings
        self._tree: OrgTree | None = None
        self._started = False
        self._generation = 0
        self._reading: list[Progress] = []  # the background reads of the newest filter
        self._select_after: str | None = None
        self._just_saved: str | None = None
        self.loading = False
        self.complete = False
        self.dialog: CallEntryDialog | None = None

        self.new_action = QAction(icon("calls"), "", self)
        self.new_action.setObjectName("new_call")
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(lambda _checked=False: self.new_item())
        self.addAction(self.new_action)

        today = services.calls.today()
        self.filters = CallFilterBar(ops, services.distributors, today, self)
        self.filters.changed.connect(self._filters_changed)
        self.model = CallTableModel(services.calls, self)
        self.table = QTableView(self)
        self._setup_table()
        self.empty_none = EmptyState(icon("calls"), self)
        self.empty_none.action.connect(self.new_item)
        self.empty_no_match = EmptyState(icon("search"), self)
        self.empty_no_match.action.connect(self.filters.clear)
        self.stack = QStackedWidget(self)
        for widget in (self.table, self.empty_none, self.empty_no_match):
            self.stack.addWidget(widget)
        self.detail = CallDetailPanel(self)
        self.detail.today = today
        self.detail.complete_requested.connect(self.complete_task)
        self.detail.correct_requested.connect(self.correct_call)
        self.detail.distributor_requested.connect(self.show_distributor)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1000, 360])

        self.count_label = QLabel(self)
        self.count_label.setObjectName("call_count")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("call_message")
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self.message_label.clear)
        footer = QHBoxLayout()
        footer.addWidget(self.message_label, 1)
        footer.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        self.retranslate()

    def _setup_table(self) -> None:
        t = self.table
        t.setObjectName("call_table")
        t.setModel(self.model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        rows = t.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(t.fontMetrics().height() + 10, 24))
        columns = t.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            t.setColumnWidth(column, width)
        t.selectionModel().currentRowChanged.connect(self._current_changed)

    # -- Page hooks -------------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CallsPage", "Call log")

    @classmethod
    def icon(cls) -> QIcon:
        return icon("calls")

    def primary_actions(self) -> list[QAction]:
        return [self.new_action]

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("New call"))
        self.new_action.setToolTip(self.tr("Log a call (Ctrl+N)"))
        self.filters.retranslate()
        self.model.retranslate()
        self.detail.retranslate()
        self.empty_none.set_texts(
            self.tr("No calls logged yet"),
            self.tr("Log every call and visit to a distributor here: it takes a few keystrokes."),
            self.tr("Log the first call"),
        )
        self.empty_no_match.set_texts(
            self.tr("No call matches"),
            self.tr("No call matches these filters and this search — clear them to see all."),
            self.tr("Clear filters"),
        )
        self._update_count()

    def on_shown(self) -> None:
        if self._started:
            return
        self._started = True
        self._load_tree(then=self._first_query)

    def _first_query(self) -> None:
        """Saved filters name people and markets: restored once the tree is there."""
        self.filters.restore(self._settings.get(CALL_FILTERS))
        self.refresh()

    def on_changes(self, changes: Changes, source: object) -> None:
        if source is self or not self._started or not changes.touches(*WATCHED):
            return
        if changes.touches(*ORG_TABLES):
            self._load_tree()
        self.refresh()

    def focus_search(self) -> None:
        self.filters.focus_search()

    # -- querying ---------------------------------------------------------------------
    def _load_tree(self, then: Callable[[], None] | None = None) -> None:
        """The people, markets and regions of the filters, read off the UI thread (at a
        large HQ, on a busy start-up, reading them here kept the window still ~100 ms)."""

        def take(tree: OrgTree) -> None:
            self._tree = tree
            self.filters.set_tree(tree)

        self.read_then(self._ops, self._services.org.tree, take, then)

    def refresh(self, select: str | None = None) -> None:
        """Query again in the background: the newest rows first, then the whole list."""
        pending = self._select_after if self.loading else None  # a superseded query's choice
        self._select_after = select or self._just_saved or pending or self.current_id()
        self._just_saved = None
        f = self.filters.filter()
        self._generation += 1
        generation = self._generation
        for superseded in self._reading:  # a newer filter: the older lists are not wanted
            superseded.cancel()
        self._reading.clear()
        self.loading, self.complete = True, False
        service, limit = self._services.calls, self.model.first_batch

        def first(_progress: Any) -> tuple[list[CallRow], bool]:
            rows = service.first_rows(f, limit)
            return rows, bool(rows) or bool(service.find_ids(CallFilter(), limit=1))

        self._reading.append(self._ops.run_in_background(
            first,
            show_progress=False,
            success=lambda value: self._apply_first(generation, f, value),
            failure=lambda error: self._query_failed(generation, error),
            parent=self,
        ))  # fmt: skip
        self._update_count()

    def _apply_first(
        self, generation: int, f: CallFilter, value: tuple[list[CallRow], bool]
    ) -> None:
        if not isValid(self) or generation != self._generation:
            return  # a newer query is on its way
        rows, any_call = value
        self.model.set_first_rows(rows)
        self.stack.setCurrentIndex(TABLE if rows else EMPTY_NO_MATCH if any_call else EMPTY_NONE)
        self._reselect()
        self.first_loaded.emit()
        if not rows or (len(rows) < self.model.first_batch and not f.text.strip()):
            self._finish()
            return
        service = self._services.calls
        self._reading.append(self._ops.run_in_background(
            lambda progress: service.find_ids(f, stop=lambda: progress.cancelled),
            show_progress=False,
            success=lambda ids: self._apply_all(generation, ids),
            failure=lambda error: self._query_failed(generation, error),
            parent=self,
        ))  # fmt: skip
        self._update_count()

    def _apply_all(self, generation: int, ids: list[str]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.model.set_ids(ids)
        if self.current_id() is None:
            self._reselect()
        self._finish()

    def _finish(self) -> None:
        self.loading, self.complete = False, True
        self._update_count()
        self.loaded.emit()

    def _reselect(self) -> None:
        row = self.model.row_of(self._select_after) if self._select_after else None
        if row is None:
            self.detail.show_detail(None)
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _query_failed(self, generation: int, error: BaseException) -> bool:
        if not isValid(self) or generation != self._generation:
            return True
        self.loading = False
        return False

    def _filters_changed(self) -> None:
        self._settings.set(CALL_FILTERS, self.filters.to_json())
        self.refresh()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.loading and not shown:
            self.count_label.setText(self.tr("Searching…"))
        elif not self.complete:
            self.count_label.setText(self.tr("The newest %1 calls; counting the rest…").replace(
                "%1", QLocale().toString(shown)))  # fmt: skip
        else:
            self.count_label.setText(self.tr("%Ln call(s)", "", shown))

    # -- selection and detail ---------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        call_id = self.model.id_at(current.row()) if current.isValid() else None
        self.show_call(call_id)

    def show_call(self, call_id: str | None) -> None:
        if call_id is None:
            self.detail.show_detail(None)
            return
        service = self._services.calls
        self._ops.run(
            lambda: service.get(call_id),
            success=self.detail.show_detail,
            failure=self._detail_failed,
            parent=self,
        )

    def _detail_failed(self, error: BaseException) -> bool:
        self.detail.show_detail(None)
        return isinstance(error, NotFound)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self._message_timer.start()

    # -- actions ----------------------------------------------------------------------
    def new_item(self) -> None:
        self.open_entry(CallPrefill(distributor_id=self.filters.distributor.distributor_id()))

    def open_entry(self, prefill: CallPrefill | None = None) -> CallEntryDialog | None:
        """The call entry form (one at a time); every call saved refreshes the list."""
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = CallEntryDialog(self._services, self._ops, self, prefill=prefill)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _saved(self, call_id: str) -> None:
        self.show_message(self.tr("Call saved."))
        self._just_saved = call_id  # the refresh its change triggers selects it

    def complete_task(self, task_id: str) -> None:
        service, call_id = self._services.tasks, self.current_id()

        def done(_value: object) -> None:
            self.show_message(self.tr("Follow-up task done."))
            self.show_call(call_id)

        self._ops.run(
            lambda: service.complete_task(task_id), success=done, source=self, parent=self
        )

    def correct_call(self, call_id: str) -> None:
        detail: CallDetail | None = self.detail.detail()
        if detail is None or detail.row.id != call_id:
            return
        dialog = CorrectionDialog(self._services.calls, self._ops, detail, self)
        dialog.corrected.connect(lambda _id: self.show_message(self.tr("Call corrected.")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_distributor(self, distributor_id: str, label: str) -> None:
        """Filter the list to one distributor (from the detail panel)."""
        self.filters.set_distributor(distributor_id, label)
        self._filters_changed()
