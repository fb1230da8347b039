"""The Sync page: HQ's Sync centre, a laptop's exchange with headquarters, or joining
headquarters (SYNC.md, issue 4).

At HQ (``SyncService.role() == "hq"``): the inbox folder, join requests waiting, the
laptops with their last bundles, waiting changes and gaps, a bundle to write per
laptop, revocation. On a laptop: what headquarters has of my changes and what is
waiting, writing my bundle, importing HQ's. Both: one result line per imported file
and the open conflicts with both values side by side. Files can be dropped anywhere
on the page. Everything is read in the background; the sync code is imported there on
first use, so building the page costs nothing at start-up.

A database not enrolled and without laptops may be either: the Sync centre, with an
offer to join headquarters above it; once it made a join request, the third layout (the
request waiting for headquarters' enrolment file). An HQ with laptops: the centre alone.
A laptop asking to be enrolled again (its files were refused as a history fork) shows the
third layout too, with its conflicts and results under it, until it enrols or withdraws.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.services.base import Changes
from desktop.settings import SYNC_INBOX, Settings
from desktop.ui.models.sync_requests import person_text
from desktop.ui.pages.base import Page
from desktop.ui.tasks import Ops, Progress
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.sync_actions import SyncActions
from desktop.ui.widgets.sync_conflicts import SyncConflicts
from desktop.ui.widgets.sync_hq import SyncCentre
from desktop.ui.widgets.sync_join import JoinActions, JoinHeadquarters, JoinOffer, enrolled_text
from desktop.ui.widgets.sync_laptop import LaptopSync
from desktop.ui.widgets.sync_results import SyncResults
from desktop.ui.widgets.sync_view import (
    BUNDLE_SUFFIX,
    ENROLMENT_SUFFIX,
    REQUEST_SUFFIX,
    SyncView,
    load_view,
    make_service,
)

if TYPE_CHECKING:
    from desktop.app import Services
    from desktop.services.sync import ImportLine, SyncService

LOADING, HQ_LAYOUT, LAPTOP_LAYOUT, JOIN_LAYOUT = 0, 1, 2, 3
CONFLICTS_TAB, RESULTS_TAB = 0, 1
#: Changes that alter what this page shows.
WATCHED = (
    "sync_device", "sync_peer", "sync_conflict", "sync_join_request", "local_state",
    "person", "distributor",
)  # fmt: skip
MESSAGE_MS = 8000
DROPPED_SUFFIXES = (BUNDLE_SUFFIX, REQUEST_SUFFIX, ENROLMENT_SUFFIX)


class SyncPage(Page):
    page_id = "sync"

    #: a reading of the sync state is shown (tests wait for it)
    loaded = Signal()

    def __init__(
        self, services: Services, ops: Ops, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_sync")
        self.setAcceptDrops(True)
        self._services, self._ops, self._settings = services, ops, settings
        self._sync: SyncService | None = None
        self.view: SyncView | None = None
        self._started = False
        self._generation = 0
        self.loading = False
        self.layout_shown = LOADING
        self._enrolled = False  # say who the laptop is for once the new state is read

        # The header shows two buttons whose meaning follows the role (read in the background).
        self.first_action = QAction(self)
        self.first_action.setObjectName("action_sync_first")
        self.first_action.triggered.connect(self._first)
        self.second_action = QAction(self)
        self.second_action.setObjectName("action_sync_second")
        self.second_action.triggered.connect(self._second)

        self.operations = SyncActions(lambda: self._sync, lambda: self.view, ops, settings, self)
        self.operations.imported.connect(self._imported)
        self.operations.message.connect(self.show_message)
        self.operations.changed.connect(self.refresh)
        self.joining = JoinActions(
            lambda: self._sync, lambda: self.view, ops, self.operations.start_folder, self
        )
        self.joining.message.connect(self.show_message)
        self.joining.changed.connect(self.refresh)
        self.joining.enrolled.connect(self._enrolled_now)

        self.loading_label = QLabel(self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setObjectName("mutedText")
        self.centre = SyncCentre(self)
        self.centre.import_inbox.connect(self.operations.import_inbox)
        self.centre.choose_inbox.connect(self.operations.choose_inbox)
        self.centre.open_request.connect(self.open_join_request)
        self.centre.approve.connect(self.operations.approve)
        self.centre.refuse.connect(lambda rid: self.operations.refuse(rid, self._request_name(rid)))
        self.centre.write_bundle.connect(self.write_bundle_for)
        self.centre.revoke.connect(lambda did: self.operations.revoke(did, self._device_name(did)))
        self.offer = JoinOffer(self)
        self.offer.join.connect(self.joining.ask)
        self.offer.hide()
        hq = QWidget(self)
        column = QVBoxLayout(hq)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.offer)
        column.addWidget(self.centre, 1)
        self.laptop = LaptopSync(self)
        self.laptop.write_bundle.connect(self.write_my_bundle)
        self.laptop.import_bundle.connect(self.import_bundle)
        self.laptop.rejoin.connect(self.joining.ask_again)
        self.join = JoinHeadquarters(self)
        self.join.enrol.connect(self.joining.choose_enrolment)
        self.join.save_again.connect(self.joining.save_again)
        self.join.withdraw.connect(self.joining.withdraw)
        self.top = QStackedWidget(self)
        for widget in (self.loading_label, hq, self.laptop, self.join):
            self.top.addWidget(widget)

        self.conflicts = SyncConflicts(self)
        self.conflicts.resolve_requested.connect(self.operations.resolve)
        self.results = SyncResults(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("syncTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.conflicts, icon("sync"), "")
        self.tabs.addTab(self.results, icon("inbox"), "")

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("syncMessage")
        self.message_label.setWordWrap(True)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self.message_label.clear)
        footer = QHBoxLayout()
        footer.addWidget(self.message_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        self.retranslate()

    # -- Page hooks -----------------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SyncPage", "Sync")

    @classmethod
    def icon(cls) -> QIcon:
        return icon("sync")

    def primary_actions(self) -> list[QAction]:
        """HQ: Import files…, Open join request…; a laptop: Write my bundle…, Import…;
        waiting to join: Enrol…, Save the request again…."""
        return [self.first_action, self.second_action]

    def on_shown(self) -> None:
        """Read the state each time the page is shown (files may have been imported meanwhile)."""
        self._started = True
        self.refresh()

    def on_changes(self, changes: Changes, source: object) -> None:
        if source is self or not self._started or not changes.touches(*WATCHED):
            return
        self.refresh()

    def retranslate(self) -> None:
        self.loading_label.setText(self.tr("Reading the sync state…"))
        self.centre.retranslate()
        self.offer.retranslate()
        self.laptop.retranslate()
        self.join.retranslate()
        self.conflicts.retranslate()
        self.results.retranslate()
        self._update_role_texts()
        self._update_tab_titles()

    @property
    def hq(self) -> bool:
        return self.view is None or self.view.hq

    @staticmethod
    def layout_of(view: SyncView) -> int:
        """The laptop's layout, the join request waiting, or the Sync centre."""
        if view.waiting:
            return JOIN_LAYOUT
        return HQ_LAYOUT if view.hq else LAPTOP_LAYOUT

    # -- reading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the sync state again in the background (a newer reading supersedes older ones)."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        services, inbox = self._services, self._settings.get(SYNC_INBOX)
        current, seen = self._sync, frozenset(self.operations.seen)

        def work(_progress: Progress) -> tuple[SyncService, SyncView]:
            sync = current or make_service(services)
            return sync, load_view(services, sync, inbox, seen)

        self._ops.run_in_background(
            work, show_progress=False, success=lambda value: self._apply(generation, value),
            failure=lambda error: self._failed(generation, error), parent=self,
        )  # fmt: skip

    def _apply(self, generation: int, value: tuple[SyncService, SyncView]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._sync, view = value
        self.view = view
        self.loading = False
        offer = view.can_join and not view.waiting and not view.requests
        shown = self.layout_of(view)
        if shown != self.layout_shown or offer == self.offer.isHidden():
            self.offer.setVisible(offer)
            self.layout_shown = shown
            self.top.setCurrentIndex(shown)
            self.tabs.setVisible(shown != JOIN_LAYOUT or not view.hq)  # nothing there yet
            total = max(self.splitter.height(), 400)
            top = self.top.sizeHint().height()
            if shown == HQ_LAYOUT:  # the laptops' list gets room; the offer is read whole
                top = min(max(total * 40 // 100, top if offer else 0), total * 65 // 100)
            self.splitter.setSizes([top, total - top])
        if shown == HQ_LAYOUT:
            self.centre.set_view(view, self._settings.get(SYNC_INBOX))
        elif shown == LAPTOP_LAYOUT:
            self.laptop.set_view(view)
        else:
            self.join.set_view(view)
        if self._enrolled and not view.hq:
            self._enrolled = False
            self.show_message(enrolled_text(view))
        self.conflicts.set_view(view)
        self.results.set_view(view)
        self._update_role_texts()
        self._update_tab_titles()
        self.loaded.emit()

    def _failed(self, generation: int, _error: BaseException) -> bool:
        if not isValid(self) or generation != self._generation:
            return True
        self.loading = False
        return False

    # -- the header's actions and the page's commands ---------------------------------------
    def _first(self) -> None:
        if self.layout_shown == JOIN_LAYOUT:
            self.joining.choose_enrolment()
        elif self.hq:
            self.import_files()
        else:
            self.write_my_bundle()

    def _second(self) -> None:
        if self.layout_shown == JOIN_LAYOUT:
            self.joining.save_again()
        elif self.hq:
            self.open_join_request()
        else:
            self.import_bundle()

    def _enrolled_now(self, _device_id: str) -> None:
        self._enrolled = True
        self.refresh()

    def import_files(self) -> None:
        """HQ: choose sync files (and join requests) to open."""
        self.operations.choose_and_import(self.tr("Import sync files"), join_requests=True)

    def open_join_request(self) -> None:
        self.operations.choose_request()

    def write_my_bundle(self) -> None:
        """A laptop: write every change HQ has not acknowledged into a chosen folder."""
        self.operations.write_bundle("hq", self.tr("headquarters"))

    def import_bundle(self) -> None:
        """A laptop: choose headquarters' bundle and import it."""
        self.operations.choose_and_import(self.tr("Import headquarters' bundle"), False)

    def write_bundle_for(self, device_id: str) -> None:
        """HQ: write the next bundle for one laptop into a chosen folder."""
        self.operations.write_bundle(device_id, self._device_name(device_id))

    def _imported(self, lines: list[ImportLine]) -> None:
        at = self._sync.now() if self._sync is not None else None
        self.results.add(lines, at)
        self.tabs.setCurrentIndex(RESULTS_TAB)
        self._update_tab_titles()

    def _device_name(self, device_id: str) -> str:
        return self.view.device_name(device_id) if self.view is not None else device_id

    def _request_name(self, request_id: str) -> str:
        view = self.view
        found = next((r for r in view.requests if r.id == request_id), None) if view else None
        return person_text(found) if found is not None else request_id

    # -- texts --------------------------------------------------------------------------------
    def _update_role_texts(self) -> None:
        hq = self.hq
        if self.layout_shown == JOIN_LAYOUT:
            self._update_join_texts()
            return
        for action, text, tip in (
            (
                self.first_action,
                self.tr("Import files…") if hq else self.tr("Write my bundle…"),
                self.tr("Import sync files from laptops (you can also drop them on this page)")
                if hq
                else self.tr("Write your changes for headquarters into a folder (a USB stick)"),
            ),
            (
                self.second_action,
                self.tr("Open join request…") if hq else self.tr("Import…"),
                self.tr("Open a laptop's join request file to approve it")
                if hq
                else self.tr("Import headquarters' bundle (you can also drop it on this page)"),
            ),
        ):
            action.setText(text)
            action.setToolTip(tip)
            action.setEnabled(self.view is not None)

    def _update_join_texts(self) -> None:
        self.first_action.setText(self.tr("Enrol…"))
        self.first_action.setToolTip(self.tr("Enrol with the enrolment file from headquarters"))
        self.second_action.setText(self.tr("Save the request again…"))
        self.second_action.setToolTip(
            self.tr("Save the join request file again, for another USB stick")
        )
        for action in (self.first_action, self.second_action):
            action.setEnabled(True)

    def _update_tab_titles(self) -> None:
        conflicts, results = self.conflicts.count(), len(self.results.results())
        self.tabs.setTabText(CONFLICTS_TAB, self.tr("Conflicts (%n)", "", conflicts))
        self.tabs.setTabText(RESULTS_TAB, self.tr("Import results (%n)", "", results))

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self._message_timer.start()

    # -- drag and drop ------------------------------------------------------------------------
    @staticmethod
    def _local_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.view is not None and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.view is not None and self._local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Dropped files are opened; a dropped folder gives its sync files and join requests."""
        paths: list[Path] = []
        for path in self._local_files(event):
            if path.is_dir():
                paths += sorted(p for p in path.iterdir() if p.suffix.lower() in DROPPED_SUFFIXES)
            elif path.is_file():
                paths.append(path)
        if self.view is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        enrolments = [p for p in paths if p.suffix.lower() == ENROLMENT_SUFFIX]
        if self.layout_shown == JOIN_LAYOUT:  # waiting: the file is meant as HQ's answer
            self.joining.enrol((enrolments or paths)[0])
            return
        if enrolments and self.view.can_join:  # headquarters' answer to this computer's request
            self.joining.enrol(enrolments[0])
            paths = [p for p in paths if p not in enrolments]
        if paths:
            self.operations.open_files(paths)
