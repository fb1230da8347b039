"""The Distributors page (客户档案): search and filter the files, read one, edit, deactivate, print.

The list is lazy: a filter change finds the matching ids in the background (a
newer query supersedes an older one) and the table model reads rows only for
what the view shows. Selecting a row shows the file in the panel on the right.
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
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.errors import NotFound
from desktop.services.base import Changes
from desktop.services.distributors import DistributorDetail, DistributorForm
from desktop.services.org import OrgTree, Owner
from desktop.settings import DISTRIBUTOR_FILTERS, Settings
from desktop.ui.dialogs.distributor_editor import DistributorEditor
from desktop.ui.models.distributor_table import DistributorTableModel, column_of_sort_key
from desktop.ui.pages.base import Page
from desktop.ui.tasks import Ops
from desktop.ui.widgets.distributor_detail import DistributorDetailPanel
from desktop.ui.widgets.distributor_empty import EmptyState
from desktop.ui.widgets.distributor_filters import DistributorFilterBar
from desktop.ui.widgets.distributor_print import CardPrinter
from desktop.ui.widgets.distributor_table_view import DistributorTableView
from desktop.ui.widgets.distributor_transfer import DistributorTransfer

if TYPE_CHECKING:
    from desktop.app import Services

TABLE, EMPTY_NONE, EMPTY_NO_MATCH = 0, 1, 2
WATCHED = ("distributor", "distributor_contact", "local_state", "person", "market", "region")
ORG_TABLES = ("local_state", "person", "market", "region")
MESSAGE_MS = 6000


class DistributorsPage(Page):
    page_id = "distributors"

    #: the result of a query is shown (tests wait for it)
    loaded = Signal()

    def __init__(
        self, services: Services, ops: Ops, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_distributors")
        self._services, self._ops, self._settings = services, ops, settings
        self._tree: OrgTree | None = None
        self._owner: Owner | None = None
        self._started = False
        self._generation = 0
        self._select_after: str | None = None
        self.loading = False
        self.total = 0
        self.editor: DistributorEditor | None = None

        # The shell's page header shows these as buttons (primary_actions), like every page.
        self.new_action = self._action("new", self.new_item)
        self.edit_action = self._action("edit", self.edit_current)
        self.status_action = self._action("toggle_status", self.toggle_status)
        self.print_action = self._action("print", self.print_current)
        self.transfer = DistributorTransfer(services, ops, self)
        self.transfer.message.connect(self.show_message)
        self.import_action = self._action("import", self.transfer.open_import)
        self.export_action = self._action("export", self.transfer.export)

        self.filters = DistributorFilterBar(self)
        self.filters.changed.connect(self._filters_changed)

        self.model = DistributorTableModel(services.distributors, self)
        self.model.sortRequested.connect(self._sort_requested)
        self.table = DistributorTableView(self.model, self)
        self.table.editRequested.connect(self.edit_current)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty_none = EmptyState("empty_none", self)
        self.empty_none.button.clicked.connect(self.new_item)
        self.empty_no_match = EmptyState("empty_no_match", self)
        self.empty_no_match.button.clicked.connect(self.filters.clear)
        self.stack = QStackedWidget(self)
        for widget in (self.table, self.empty_none, self.empty_no_match):
            self.stack.addWidget(widget)
        self.detail = DistributorDetailPanel(self)
        self.detail.timeline.bind(services.calls, ops)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("distributor_count")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("distributor_message")
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self.message_label.clear)
        footer = QHBoxLayout()
        footer.addWidget(self.message_label, 1)
        footer.addWidget(self.count_label)

        self.printer = CardPrinter(services, ops, self)
        self.printer.saved.connect(
            lambda path: self.show_message(self.tr("Saved {path}").format(path=path))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        self.retranslate()

    def _action(self, name: str, slot: Any) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(slot)
        return action

    def primary_actions(self) -> list[QAction]:
        return [
            self.new_action,
            self.edit_action,
            self.status_action,
            self.print_action,
            self.import_action,
            self.export_action,
        ]

    # -- Page hooks -------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DistributorsPage", "Distributors")

    def retranslate(self) -> None:
        for action, text, tip in (
            (self.new_action, self.tr("New"), self.tr("New distributor (Ctrl+N)")),
            (self.edit_action, self.tr("Edit"), self.tr("Edit the selected distributor (Enter)")),
            (self.print_action, self.tr("Print…"), self.tr("Print the distributor card (Ctrl+P)")),
            (
                self.import_action,
                self.tr("Import…"),
                self.tr("Import distributors from an Excel file, with a preview first"),
            ),
            (
                self.export_action,
                self.tr("Export…"),
                self.tr("Export the distributors you see to an Excel file"),
            ),
        ):
            action.setText(text)
            action.setToolTip(tip)
        self._update_actions()
        self.filters.retranslate()
        self.model.retranslate()
        self.detail.retranslate()
        self.empty_none.set_texts(
            self.tr("There are no distributor files yet — create the first one."),
            self.tr("New distributor"),
        )
        self.empty_no_match.set_texts(
            self.tr("No distributor matches these filters — clear them to see all."),
            self.tr("Clear filters"),
        )
        self._update_actions()
        self._update_count()

    def on_shown(self) -> None:
        if self._started:
            return
        self._started = True
        self._load_tree(then=self._first_query)

    def _first_query(self) -> None:
        """Saved filters name markets and owners: restored once the tree is there."""
        self.filters.restore(self._settings.get(DISTRIBUTOR_FILTERS))
        self.table.show_sort(column_of_sort_key(self.filters.sort), self.filters.descending)
        self.refresh()

    def on_changes(self, changes: Changes, source: object) -> None:
        if source is self or not self._started or not changes.touches(*WATCHED):
            return
        if changes.touches(*ORG_TABLES):
            self._load_tree()
        self.refresh()

    def focus_search(self) -> None:
        self.filters.focus_search()

    def open_item(self, target: str, item_id: str) -> None:
        """Show one distributor (asked by another page): clear filters that would hide it."""
        del target
        if self.model.row_of(item_id) is None:
            self.filters.clear()
        self.refresh(select=item_id)

    # -- querying ---------------------------------------------------------------
    def _load_tree(self, then: Callable[[], None] | None = None) -> None:
        """The organisation the filters and the editor offer, read off the UI thread."""
        org = self._services.org

        def take(value: tuple[OrgTree, Owner]) -> None:
            self._tree, self._owner = value
            self.filters.set_tree(self._tree)

        self.read_then(self._ops, lambda: (org.tree(), org.owner()), take, then)

    def refresh(self, select: str | None = None) -> None:
        """Run the query again (in the background), then select ``select`` or the current row
        (or what a query still on its way was to select: another page asked for it)."""
        pending = self._select_after if self.loading else None
        self._select_after = select or pending or self.current_id()
        f = self.filters.filter()
        self._generation += 1
        generation = self._generation
        self.loading = True
        service = self._services.distributors
        self._ops.run_in_background(
            lambda _progress: (service.find_ids(f), service.count()),
            show_progress=False,
            success=lambda value: self._apply(generation, value),
            failure=lambda error: self._query_failed(generation, error),
            parent=self,
        )

    def _apply(self, generation: int, value: tuple[list[str], int]) -> None:
        if not isValid(self) or generation != self._generation:
            return  # a newer query is on its way
        ids, self.total = value
        self.loading = False
        self.model.set_ids(ids)
        self.stack.setCurrentIndex(
            TABLE if ids else EMPTY_NONE if not self.total else EMPTY_NO_MATCH
        )
        row = self.model.row_of(self._select_after) if self._select_after else None
        if row is not None:
            index = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        else:
            self.detail.show_detail(None)
        self._update_count()
        self._update_actions()
        self.loaded.emit()

    def _query_failed(self, generation: int, error: BaseException) -> bool:
        if not isValid(self) or generation != self._generation:
            return True
        self.loading = False
        return False

    def _filters_changed(self) -> None:
        self._settings.set(DISTRIBUTOR_FILTERS, self.filters.to_json())
        self.refresh()

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) == (self.filters.sort, self.filters.descending):
            return
        self.filters.sort, self.filters.descending = key, descending
        self._filters_changed()

    def _update_count(self) -> None:
        if self.loading and not self.model.rowCount():
            self.count_label.setText(self.tr("Searching…"))
            return
        shown = QLocale().toString(self.model.rowCount())
        self.count_label.setText(
            self.tr("%1 of %Ln distributor(s)", "", self.total).replace("%1", shown)
        )

    # -- selection and detail ---------------------------------------------------
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        distributor_id = self.model.id_at(current.row()) if current.isValid() else None
        if distributor_id is None:
            self.detail.show_detail(None)
        else:
            service = self._services.distributors
            self._ops.run(
                lambda: service.get(distributor_id),
                success=self.detail.show_detail,
                failure=self._detail_failed,
                parent=self,
            )
        self._update_actions()

    def _detail_failed(self, error: BaseException) -> bool:
        self.detail.show_detail(None)
        return isinstance(error, NotFound)

    def _selected_detail(self) -> DistributorDetail | None:
        detail = self.detail.detail()
        return detail if detail is not None and detail.form.id == self.current_id() else None

    def _update_actions(self) -> None:
        detail = self._selected_detail()
        for action in (self.edit_action, self.status_action, self.print_action):
            action.setEnabled(detail is not None)
        active = detail is None or detail.form.status == "active"
        self.status_action.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))
        self.status_action.setToolTip(
            self.tr("Mark the distributor inactive; its history stays and it can be reactivated")
            if active
            else self.tr("Make the distributor active again")
        )

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self._message_timer.start()

    # -- actions ----------------------------------------------------------------
    def new_item(self) -> None:
        self.open_editor(None)

    def edit_current(self) -> None:
        distributor_id = self.current_id()
        if distributor_id is not None:
            self.open_editor(distributor_id)

    def open_editor(self, distributor_id: str | None) -> None:
        if self._tree is None:
            self._load_tree()
        if self._tree is None or self.editor is not None:
            return
        found: list[DistributorDetail] = []
        if distributor_id is not None:
            service = self._services.distributors
            if not self._ops.run(
                lambda: service.get(distributor_id), success=found.append, parent=self
            ):
                return
        editor = DistributorEditor(
            self._services, self._ops, self._tree, found[0] if found else None,
            defaults=self._new_defaults(), source=self, parent=self,
        )  # fmt: skip
        editor.saved.connect(self._saved)
        editor.finished.connect(self._editor_closed)
        self.editor = editor
        editor.open()

    def _new_defaults(self) -> DistributorForm:
        """A new distributor starts in the filtered market and region, owned by this laptop's owner."""
        assert self._tree is not None
        markets = self._tree.markets
        market = self.filters.value("market") or (markets[0].id if len(markets) == 1 else None)
        me = self._owner.person if self._owner is not None and not self._owner.hq else None
        owner = me.id if me is not None and me.body == "FSF" else None
        return DistributorForm(
            "", "", market, region_id=self.filters.value("region"), owner_id=owner
        )

    def _editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None

    def _saved(self, distributor_id: str) -> None:
        self.show_message(self.tr("Saved."))
        self.refresh(select=distributor_id)

    def toggle_status(self) -> None:
        detail = self._selected_detail()
        if detail is None:
            return
        f = detail.form
        deactivate = f.status == "active"
        if deactivate:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate distributor"),
                self.tr(
                    "Deactivate {name} ({code})? It leaves the active list and new visit plans; "
                    "its history stays, and you can reactivate it at any time."
                ).format(name=f.name, code=f.code),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        service, distributor_id = self._services.distributors, f.id
        assert distributor_id is not None
        status = "inactive" if deactivate else "active"
        message = (
            self.tr("{name} was deactivated; choose the status Inactive to find it again.")
            if deactivate
            else self.tr("{name} is active again.")
        ).format(name=f.name)

        def done(_value: object) -> None:
            self.show_message(message)
            self.refresh(select=distributor_id)

        self._ops.run(
            lambda: service.set_status(distributor_id, status),
            success=done,
            source=self,
            parent=self,
        )

    def print_current(self) -> None:
        detail = self._selected_detail()
        if detail is None or detail.form.id is None:
            self.show_message(self.tr("Select a distributor to print its card."))
            return
        self.printer.print_card(detail.form.id, detail.form.code, detail.form.name)
