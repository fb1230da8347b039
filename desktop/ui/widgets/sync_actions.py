"""What the Sync page does with files: import bundles, write bundles, join requests, revoke, resolve.

Every operation goes through ``Ops``: long ones (imports, exports, approval, which makes
the enrolment snapshot) in the background with progress and Cancel, the service's
``UserError`` messages shown as they are. Results come back as signals: ``imported``
(the result lines), ``message`` (a quiet line for the page), ``changed`` (refresh).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import UserError
from desktop.services.base import Changes, OpResult
from desktop.settings import SYNC_INBOX, Settings
from desktop.ui.dialogs.sync_approve import ApproveRequestDialog
from desktop.ui.dialogs.sync_revoke import RevokeDeviceDialog
from desktop.ui.models.sync_requests import person_text
from desktop.ui.tasks import Cancelled, Ops, Progress
from desktop.ui.widgets.distributor_print import write_atomically
from desktop.ui.widgets.sync_view import (
    ENROLMENT_SUFFIX,
    REQUEST_SUFFIX,
    FileKey,
    SyncView,
    file_key,
    new_bundle_files,
)

if TYPE_CHECKING:
    from desktop.services.sync import ExportResult, ImportLine, JoinRequestRow, SyncService

#: Tables whose rows an applied bundle may have changed, besides the synced ones.
SYNC_TABLES = ("sync_device", "sync_peer", "sync_conflict", "sync_join_request")
UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def synced_changes() -> Changes:
    """What an applied bundle may have changed: every synced table and the sync state."""
    from desktop.services.sync_schema import sync_schema

    return Changes.of(*sync_schema(), *SYNC_TABLES)


def home() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)


class SyncActions(QObject):
    """The page's file operations (see the module notes); ``service()`` gives the service."""

    imported = Signal(object)  # list[ImportLine]
    message = Signal(str)
    changed = Signal()

    def __init__(
        self,
        service: Callable[[], SyncService | None],
        view: Callable[[], SyncView | None],
        ops: Ops,
        settings: Settings,
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self._service, self._view, self._ops = service, view, ops
        self._settings, self._page = settings, page
        #: files imported in this session, as they were (the inbox skips them unless changed)
        self.seen: set[FileKey] = set()
        self.approve_dialog: ApproveRequestDialog | None = None
        self.revoke_dialog: RevokeDeviceDialog | None = None

    def _sync(self) -> SyncService | None:
        return self._service()

    # -- importing ----------------------------------------------------------------------
    def choose_and_import(self, title: str, join_requests: bool) -> None:
        """Ask for files (bundles, and join requests at HQ) and open them."""
        filters = [self.tr("FieldDesk sync files (*.fdsync)")]
        if join_requests:
            filters.append(self.tr("Join requests (*.fdjoin)"))
        filters.append(self.tr("All files (*)"))
        paths, _ = QFileDialog.getOpenFileNames(
            self._page, title, self.start_folder(), ";;".join(filters)
        )
        self.open_files([Path(p) for p in paths])

    def open_files(self, paths: list[Path]) -> None:
        """Files chosen or dropped: join requests (at HQ) are opened, the rest imported."""
        view = self._view()
        requests = [p for p in paths if p.suffix.lower() == REQUEST_SUFFIX]
        if view is None or not view.hq:
            requests = []
        bundles = [p for p in paths if p not in requests]
        for path in requests:
            self.open_request(path)
        if bundles:
            self.import_paths(bundles)

    def import_inbox(self) -> None:
        """Import every file of the inbox folder that may hold something new."""
        sync, folder = self._sync(), self._settings.get(SYNC_INBOX)
        if sync is None or not folder:
            return
        seen = set(self.seen)

        def find(_progress: Progress) -> list[Path]:
            status = sync.status()
            received = {p.peer: p.received for p in status.peers}
            return new_bundle_files(Path(folder), status.device_id, received, seen)

        def found(paths: list[Path]) -> None:
            if paths:
                self.import_paths(paths)
            else:
                self.message.emit(self.tr("Nothing new in {folder}.").format(folder=folder))

        self._ops.run_in_background(find, show_progress=False, success=found, parent=self._page)

    def import_paths(self, paths: list[Path]) -> None:
        """Import ``paths`` one by one in the background; Cancel stops between files."""
        sync = self._sync()
        if sync is None or not paths:
            return
        title = self.tr("Importing sync files…")

        def work(progress: Progress) -> tuple[list[ImportLine], Changes, list[FileKey]]:
            lines: list[ImportLine] = []
            keys: list[FileKey] = []
            for i, path in enumerate(paths):
                try:
                    progress.report(
                        i, len(paths), self.tr("Importing {file}…").format(file=path.name)
                    )
                except Cancelled:
                    break
                key = file_key(path)
                lines.extend(sync.import_files([path]))
                if key is not None:
                    keys.append(key)
            applied = any(line.result == "applied" for line in lines)
            return lines, synced_changes() if applied else Changes(), keys

        def done(value: tuple[list[ImportLine], Changes, list[FileKey]]) -> None:
            lines, changes, keys = value
            self.seen.update(keys)
            self.imported.emit(lines)
            left = len(paths) - len(lines)
            if left:
                self.message.emit(self.tr("Stopped: %n file(s) were not imported.", "", left))
            self._ops.broadcast(changes, self._page)
            self.changed.emit()

        self._ops.run_in_background(work, title=title, success=done, parent=self._page)

    # -- writing bundles ----------------------------------------------------------------
    def write_bundle(self, peer: str, who: str) -> None:
        """Ask for a folder, then write the next bundle for ``peer`` there (Cancel: nothing)."""
        sync = self._sync()
        if sync is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self._page,
            self.tr("Write the bundle for {who} into…").format(who=who),
            self.start_folder(),
        )
        if not folder:
            return
        text = self.tr("Writing the bundle for {who}…").format(who=who)

        def work(progress: Progress) -> ExportResult:
            progress.check()  # cancelled before it started
            return sync.export_bundle(
                peer, Path(folder), lambda done, total: progress.report(done, total, text)
            )

        def done(result: ExportResult) -> None:
            count = result.count
            self.message.emit(
                self.tr("Wrote {file}: %n change(s) for {who}.", "", count).format(
                    file=str(result.path), who=who
                )
            )
            self._ops.broadcast(Changes.of("sync_peer", "sync_device"), self._page)
            self.changed.emit()

        def failed(error: BaseException) -> bool:
            if isinstance(error, Cancelled):
                self.message.emit(self.tr("Cancelled: no file was written."))
                return True
            return False

        self._ops.run_in_background(
            work, title=text, success=done, failure=failed, parent=self._page
        )

    # -- join requests ------------------------------------------------------------------
    def choose_request(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._page, self.tr("Open join request"), self.start_folder(),
            ";;".join([self.tr("Join requests (*.fdjoin)"), self.tr("All files (*)")]),
        )  # fmt: skip
        if path:
            self.open_request(Path(path))

    def open_request(self, path: Path) -> None:
        """Verify a join request file and list it; then offer to approve it at once."""
        sync = self._sync()
        if sync is None:
            return

        def work(_progress: Progress) -> OpResult[JoinRequestRow]:
            from desktop.services.sync import MSG_UNREADABLE

            try:
                data = path.read_bytes()
            except OSError as e:
                raise UserError(MSG_UNREADABLE, path=str(path), reason=e.strerror or str(e)) from e
            return sync.receive_request(data)

        def done(request: JoinRequestRow) -> None:
            self.changed.emit()
            self.approve(request.id, request)

        self._ops.run_in_background(
            work, show_progress=False, success=done, source=self._page, parent=self._page
        )

    def approve(self, request_id: str, request: JoinRequestRow | None = None) -> None:
        """Show who asks (person, machine, fingerprint); approved: save the enrolment file."""
        view = self._view()
        if request is None and view is not None:
            request = next((r for r in view.requests if r.id == request_id), None)
        if request is None or self.approve_dialog is not None:
            return
        scope = view.scope_of(_person_id(view, request.person_code)) if view else ""
        dialog = ApproveRequestDialog(request, scope, self._page)
        chosen = request
        dialog.accepted.connect(lambda: self._approved(chosen))
        dialog.finished.connect(self._approve_closed)
        self.approve_dialog = dialog
        dialog.open()

    def _approve_closed(self) -> None:
        if self.approve_dialog is not None:
            self.approve_dialog.deleteLater()
            self.approve_dialog = None

    def _approved(self, request: JoinRequestRow) -> None:
        sync = self._sync()
        stem = UNSAFE.sub("_", f"{request.person_code}-{request.machine_name}").strip("._")
        path, _ = QFileDialog.getSaveFileName(
            self._page, self.tr("Save the enrolment file"),
            str(Path(self.start_folder()) / f"{stem or 'enrolment'}{ENROLMENT_SUFFIX}"),
            ";;".join([self.tr("Enrolment files (*.fdenrol)"), self.tr("All files (*)")]),
        )  # fmt: skip
        if sync is None or not path:
            return
        target = Path(path)
        who = person_text(request)

        def done(data: bytes) -> None:
            self.changed.emit()
            self._save_enrolment(target, data, who)

        self._ops.run_in_background(
            lambda _p: sync.approve_request(request.id),
            title=self.tr("Approving {who}…").format(who=who), success=done,
            source=self._page, parent=self._page,
        )  # fmt: skip

    def _save_enrolment(self, target: Path, data: bytes, who: str) -> None:
        """Write the enrolment file (in the background); when that fails, say why and ask for
        another place: the approval stands, so its file must not be lost."""

        def saved(_value: object) -> None:
            self.message.emit(
                self.tr("{who} is approved. Saved {file}: give it to that laptop.").format(
                    who=who, file=str(target)
                )
            )

        def failed(error: BaseException) -> bool:
            if not isinstance(error, UserError):
                return False
            self._ops.show_error(error, self._page)
            again, _ = QFileDialog.getSaveFileName(
                self._page, self.tr("Save the enrolment file"), str(target),
                ";;".join([self.tr("Enrolment files (*.fdenrol)"), self.tr("All files (*)")]),
            )  # fmt: skip
            if again:
                self._save_enrolment(Path(again), data, who)
            else:
                self.message.emit(
                    self.tr("{who} is approved, but the enrolment file was not saved.").format(
                        who=who
                    )
                )
            return True

        self._ops.run_in_background(
            lambda _p: write_atomically(target, data), show_progress=False, success=saved,
            failure=failed, parent=self._page,
        )  # fmt: skip

    def refuse(self, request_id: str, who: str) -> None:
        sync = self._sync()
        if sync is None:
            return
        answer = QMessageBox.question(
            self._page, self.tr("Refuse join request"),
            self.tr("Refuse the join request of {who}? The laptop can make a new one.").format(
                who=who
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._ops.run(
                lambda: sync.refuse_request(request_id),
                success=lambda _v: self.changed.emit(), source=self._page, parent=self._page,
            )  # fmt: skip

    # -- devices and conflicts ----------------------------------------------------------
    def revoke(self, device_id: str, who: str) -> None:
        sync = self._sync()
        if sync is None or self.revoke_dialog is not None:
            return

        def apply(reason: str) -> bool:
            return self._ops.run(
                lambda: sync.revoke(device_id, reason),
                success=lambda _v: self._revoked(who), source=self._page, parent=self.revoke_dialog,
            )  # fmt: skip

        dialog = RevokeDeviceDialog(who, apply, self._page)
        dialog.finished.connect(self._revoke_closed)
        self.revoke_dialog = dialog
        dialog.open()

    def _revoked(self, who: str) -> None:
        self.message.emit(self.tr("{who} is revoked; its files will be refused.").format(who=who))
        self.changed.emit()

    def _revoke_closed(self) -> None:
        if self.revoke_dialog is not None:
            self.revoke_dialog.deleteLater()
            self.revoke_dialog = None

    def resolve(self, conflict_id: str, keep: object) -> None:
        """Resolve one conflict (an ordinary edit: its changes go to every page)."""
        sync = self._sync()
        if sync is None:
            return

        def done(_value: object) -> None:
            self.message.emit(
                self.tr("Resolved. The value chosen reaches the other side with the next bundle.")
            )
            self.changed.emit()

        def run() -> OpResult[str]:
            return sync.resolve_conflict(conflict_id, keep)

        self._ops.run(run, success=done, source=self._page, parent=self._page)

    # -- folders ------------------------------------------------------------------------
    def choose_inbox(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._page, self.tr("Choose the inbox folder"), self.start_folder()
        )
        if folder:
            self._settings.set(SYNC_INBOX, folder)
            self._settings.flush()
            self.changed.emit()

    def start_folder(self) -> str:
        """Where the choosers open: the inbox folder, else the home folder."""
        return self._settings.get(SYNC_INBOX) or home()


def _person_id(view: SyncView, code: str) -> str | None:
    return next((p.id for p in view.people.values() if p.code == code), None)
