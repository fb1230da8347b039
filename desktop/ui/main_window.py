"""The main window: sidebar, page header, the pages, menus and a quiet status bar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.app import Services
from desktop.services.base import Changes
from desktop.settings import GEOMETRY, LAST_PAGE, Settings
from desktop.ui.dialogs.settings import SettingsDialog
from desktop.ui.pages.base import Page
from desktop.ui.pages.calls import CallsPage
from desktop.ui.pages.distributors import DistributorsPage
from desktop.ui.pages.organisation import OrganisationPage
from desktop.ui.pages.sync import SyncPage
from desktop.ui.pages.today import TodayPage
from desktop.ui.pages.visits import VisitsPage
from desktop.ui.tasks import ErrorHandler, Ops
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.page_header import PageHeader
from desktop.ui.widgets.sidebar import Sidebar

STATUS_MS = 5000
#: The pages, in sidebar order.
PAGE_CLASSES: tuple[type[Page], ...] = (
    TodayPage,
    VisitsPage,
    CallsPage,
    DistributorsPage,
    OrganisationPage,
    SyncPage,
)
OWNER_TABLES = ("local_state", "person")
SYNC_TABLES = ("local_state", "sync_device", "sync_peer", "sync_conflict")
#: Targets a page may ask to open (its ``navigate`` signal) → the page that shows them.
NAVIGATION = {
    "today": "today",
    "visits": "visits",
    "visits_person": "visits",
    "calls": "calls",
    "tasks": "calls",
    "distributors": "distributors",
    "organisation": "organisation",
    "sync": "sync",
}


class MainWindow(QMainWindow):
    """Holds the pages; pages talk to services through ``ops`` and never to each other."""

    def __init__(
        self,
        services: Services,
        settings: Settings,
        crash: ErrorHandler,
        parent: QWidget | None = None,
        *,
        staged: bool = False,
    ) -> None:
        """``staged``: build only the page shown first now, the others one per turn of the
        event loop afterwards (at start-up, so that no step keeps the window busy long);
        a page asked for before its turn is built at once."""
        super().__init__(parent)
        self.services, self.settings = services, settings
        self.ops = Ops(self, crash)
        self.ops.changed.connect(self._on_changes)
        self.setWindowIcon(icon("fielddesk"))
        self.setMinimumSize(960, 600)

        self.sidebar = Sidebar()
        self.header = PageHeader()
        self.stack = QStackedWidget()
        self._built: list[Page | None] = [None] * len(PAGE_CLASSES)
        for page_class in PAGE_CLASSES:
            self.stack.addWidget(QWidget())  # where the page goes when it is built
            self.sidebar.add_page(self._page_icon(page_class), page_class.title())
        self.sidebar.page_requested.connect(self.show_page)
        first = self._index_of(self.settings.get(LAST_PAGE))
        for i in [first] if staged else range(len(PAGE_CLASSES)):
            self._build(i)
        self.stack.setCurrentIndex(first)
        if staged:
            QTimer.singleShot(0, self._build_next)

        main = QWidget()
        main.setObjectName("pageArea")
        column = QVBoxLayout(main)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(main, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel()
        self.database_label.setObjectName("mutedText")
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self.retranslate()
        self._restore()

    # -- building ------------------------------------------------------------
    def _page_icon(self, page: type[Page]) -> QIcon:
        own = page.icon()
        return icon(page.page_id) if own.isNull() else own

    def _index_of(self, page_id: str | None) -> int:
        return next((i for i, c in enumerate(PAGE_CLASSES) if c.page_id == page_id), 0)

    def _build(self, index: int) -> Page:
        page = self._built[index]
        if page is not None:
            return page
        page_class: Any = PAGE_CLASSES[index]  # every page takes (services, ops, settings, parent)
        page = page_class(self.services, self.ops, self.settings, self)
        assert isinstance(page, Page)
        slot = self.stack.widget(index)
        assert slot is not None
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        navigate = getattr(page, "navigate", None)
        if navigate is not None:
            navigate.connect(self.open_item)
        self._built[index] = page
        return page

    def _build_next(self) -> None:
        missing = next((i for i, p in enumerate(self._built) if p is None), None)
        if missing is not None:
            self._build(missing)
            QTimer.singleShot(0, self._build_next)

    @property
    def pages(self) -> list[Page]:
        """Every page, built now if it was not yet."""
        return [self._build(i) for i in range(len(PAGE_CLASSES))]

    def _action(self, slot: Callable[[], object], shortcut: str = "", name: str = "") -> QAction:
        action = QAction(icon(name) if name else QIcon(), "", self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        self.settings_action = self._action(self.open_settings, "Ctrl+,", "settings")
        self.print_action = self._action(self.print_current, "Ctrl+P", "print")
        self.quit_action = self._action(self.close, "Ctrl+Q", "quit")
        self.find_action = self._action(self.focus_search, "Ctrl+F", "search")
        self.refresh_action = self._action(self.refresh, "F5", "refresh")
        self.about_action = self._action(self.about, "", "info")
        self.page_group = QActionGroup(self)
        self.page_actions: list[QAction] = []
        for i, page_class in enumerate(PAGE_CLASSES):
            action = self._action(partial(self.show_page, i), f"Ctrl+{i + 1}" if i < 9 else "")
            action.setIcon(self._page_icon(page_class))
            action.setCheckable(True)
            self.page_group.addAction(action)
            self.page_actions.append(action)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.print_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.refresh_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        """Every text of the window, then every page (after a language change)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.print_action.setText(self.tr("&Print…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find in page"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.about_action.setText(self.tr("&About FieldDesk"))
        self.update_sync_state()
        self.sidebar.retranslate()
        for i, page_class in enumerate(PAGE_CLASSES):
            built = self._built[i]
            if built is not None:
                built.retranslate()
            shortcut = (
                self.page_actions[i].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            self.page_actions[i].setText(page_class.title())
            self.sidebar.set_page_name(i, page_class.title(), shortcut)
        self.database_label.setText(self.services.db.label)
        self.update_owner()
        self._update_header()

    def _restore(self) -> None:
        geometry = self.settings.get(GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1280, 800)
        self.show_page(self._index_of(self.settings.get(LAST_PAGE)))

    # -- pages ---------------------------------------------------------------
    @property
    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def page(self, page_id: str) -> Page:
        index = next(i for i, c in enumerate(PAGE_CLASSES) if c.page_id == page_id)
        return self._build(index)

    def show_page_id(self, page_id: str) -> Page:
        """Show the page with ``page_id`` and return it."""
        index = next(i for i, c in enumerate(PAGE_CLASSES) if c.page_id == page_id)
        self.show_page(index)
        return self._build(index)

    def open_item(self, target: str, item_id: str) -> None:
        """Open what another page's row names: show its page, then the item on it."""
        page = self.show_page_id(NAVIGATION.get(target, target))
        handler = getattr(page, "open_item", None)
        if callable(handler):
            handler(target, item_id)

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(PAGE_CLASSES):
            return
        self._build(index)
        self.stack.setCurrentIndex(index)
        self.sidebar.set_current(index)
        self.page_actions[index].setChecked(True)
        self._update_header()
        if self.settings.get(LAST_PAGE) != PAGE_CLASSES[index].page_id:
            self.settings.set(LAST_PAGE, PAGE_CLASSES[index].page_id)
        if self.isVisible():
            self.current_page.on_shown()

    def _update_header(self) -> None:
        page = self.current_page
        primary = getattr(page, "primary_actions", None)
        # A page without primary_actions() draws its own heading and buttons.
        self.header.setVisible(callable(primary))
        self.header.set_page(page.title(), list(primary()) if callable(primary) else [])
        self.print_action.setEnabled(callable(getattr(page, "print_current", None)))
        self.find_action.setEnabled(
            self._search_box(page) is not None or hasattr(page, "focus_search")
        )

    def _search_box(self, page: Page) -> QLineEdit | None:
        return page.findChild(QLineEdit, "search")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.current_page.on_shown()

    # -- commands ------------------------------------------------------------
    def show_status(self, text: str, msecs: int = STATUS_MS) -> None:
        self.statusBar().showMessage(text, msecs)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.services, self.ops, self.settings, self)
        dialog.language_changed.connect(self.retranslate)
        dialog.saved.connect(self.show_status)
        dialog.open()
        return dialog

    def print_current(self) -> None:
        handler = getattr(self.current_page, "print_current", None)
        if callable(handler):
            handler()

    def focus_search(self) -> None:
        page = self.current_page
        handler = getattr(page, "focus_search", None)
        if callable(handler):
            handler()
            return
        box = self._search_box(page)
        if box is not None:
            box.setFocus()
            box.selectAll()

    def refresh(self) -> None:
        page = self.current_page
        handler = getattr(page, "refresh", None)
        if callable(handler):
            handler()
        else:
            page.on_shown()
        self.show_status(self.tr("Refreshed"))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About FieldDesk"),
            self.tr(
                "<b>FieldDesk (外勤台)</b><p>Visits, distributors, targets and plans for the "
                "field sales force, offline.</p><p>Database: {db}<br>Log: {log}</p>"
            ).format(db=self.services.db.label, log=str(self.settings.log_path())),
        )

    # -- changes -------------------------------------------------------------
    def _on_changes(self, changes: Changes, source: object) -> None:
        for page in self._built:  # a page built later reads everything when first shown
            if page is not None:
                page.on_changes(changes, source)
        if changes.touches(*OWNER_TABLES):
            self.update_owner()
        if changes.touches(*SYNC_TABLES):
            self.update_sync_state()

    def update_sync_state(self) -> None:
        """The sidebar foot's sync line: the last exchange and what waits (laptop), or the devices
        and open conflicts (HQ)."""
        status = self.services.sync.status()
        if status.role == "hq" and status.peers:
            text = self.tr("%n laptop(s)", "", len(status.peers))
        elif not status.peers or status.peers[0].last_in_at is None:
            text = self.tr("Not synced yet")
        else:
            peer = status.peers[0]
            assert peer.last_in_at is not None
            text = self.tr("Synced {when}").format(when=labels.timestamp(peer.last_in_at))
            if peer.waiting:
                text += "\n" + self.tr("%n change(s) waiting", "", peer.waiting)
        if status.open_conflicts:
            text += "\n" + self.tr("%n conflict(s)", "", status.open_conflicts)
        self.sidebar.set_sync_state(text)

    def update_owner(self) -> None:
        """The sidebar foot and the title: who this laptop belongs to, and the company."""
        owner = self.services.org.owner()
        if owner.person is None:
            self.sidebar.set_person(self.tr("Headquarters"), self.tr("Whole organisation"), True)
        else:
            self.sidebar.set_person(
                owner.person.name, labels.role_name(owner.person.role), owner.hq
            )
        company = owner.company_name
        app_name = self.tr("FieldDesk")
        self.setWindowTitle(f"{app_name} · {company}" if company else app_name)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.flush()
        self.ops.wait_idle()
        QCoreApplication.processEvents()
        super().closeEvent(event)
