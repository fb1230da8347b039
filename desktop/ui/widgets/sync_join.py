"""Joining headquarters from the window (SYNC.md "Devices and trust"), so that nobody needs
the command line for it.

* ``JoinOffer``: a banner above HQ's Sync centre on a database that is not enrolled and has
  no laptops: the computer may be headquarters, or a laptop that has not joined yet. Its
  button opens the join request dialog (``dialogs/sync_join.py``): the person, the
  computer's name, Save.
* ``JoinHeadquarters``: the Sync page's third layout, while the request waits: for whom and
  when it was made, the key fingerprint to compare with the one headquarters reads out,
  enrolment with headquarters' file, the same file saved again, or the request withdrawn.
  An enrolled laptop gets there too when it asks to be enrolled again (its files were
  refused as a history fork: it was restored from a backup), from its own layout.
* ``JoinActions``: what those buttons do, through ``Ops`` like ``SyncActions``: the
  request made and its file saved into a chosen folder (a USB stick), the enrolment run
  in the background (a refusal is a message and changes nothing), the withdrawal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.services.base import Changes, OpResult
from desktop.ui.dialogs.sync_join import JoinRequestDialog
from desktop.ui.tasks import Ops, Progress
from desktop.ui.widgets.distributor_print import write_atomically
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.sync_actions import UNSAFE, synced_changes
from desktop.ui.widgets.sync_view import REQUEST_SUFFIX, SyncView, when

if TYPE_CHECKING:
    from desktop.services.sync import SyncService

ICON_SIZE = 32
CARD_WIDTH = 760


def _label(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _heading(parent: QWidget, picture: str) -> tuple[QHBoxLayout, QLabel, QLabel]:
    """An icon beside a title and the text under it."""
    image = QLabel(parent)
    image.setPixmap(icon(picture).pixmap(ICON_SIZE, ICON_SIZE))
    title = _label(parent, "detailTitle")
    text = _label(parent)
    words = QVBoxLayout()
    words.addWidget(title)
    words.addWidget(text)
    row = QHBoxLayout()
    row.addWidget(image, 0, Qt.AlignmentFlag.AlignTop)
    row.addLayout(words, 1)
    return row, title, text


class JoinOffer(QFrame):
    """Is this computer a laptop? The way to join, above HQ's Sync centre."""

    join = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinOffer")
        self.setStyleSheet("QFrame#joinOffer { background: #eef4fb; border-radius: 6px; }")
        row, self.title, self.text = _heading(self, "laptop")
        self.title.setObjectName("sectionTitle")
        self.button = QPushButton(self)
        self.button.setObjectName("primaryButton")
        self.button.setProperty("role", "joinHeadquarters")
        self.button.clicked.connect(self.join)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.setContentsMargins(12, 8, 12, 8)
        self.setLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Is this computer a laptop in the field?"))
        self.text.setText(
            self.tr(
                "It is not connected to headquarters yet. A laptop joins headquarters: save a "
                "join request here, and enrol with the file headquarters gives back. At "
                "headquarters, laptops join this computer in the Sync centre below."
            )
        )
        self.button.setText(self.tr("Join headquarters as a laptop…"))


class JoinHeadquarters(QWidget):
    """The join request this database waits on (see the module notes)."""

    enrol = Signal()
    save_again = Signal()
    withdraw = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinHeadquarters")
        self._view: SyncView | None = None
        card = QFrame(self)
        card.setObjectName("detailPanel")
        card.setMaximumWidth(CARD_WIDTH)
        row, self.title, self.request_text = _heading(card, "usb")
        self.request_text.setObjectName("joinRequestText")
        self.request_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(card)
        self.fingerprint.setObjectName("joinFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setBold(True)
        self.fingerprint.setFont(mono)
        self.next_text = _label(card)
        self.enrol_button = QPushButton(card)
        self.enrol_button.setObjectName("primaryButton")
        self.enrol_button.setProperty("role", "enrol")
        self.enrol_button.clicked.connect(self.enrol)
        self.again_button = QPushButton(card)
        self.again_button.setObjectName("saveRequestAgain")
        self.again_button.clicked.connect(self.save_again)
        self.withdraw_button = QPushButton(card)
        self.withdraw_button.setObjectName("withdrawRequest")
        self.withdraw_button.clicked.connect(self.withdraw)
        self.drop_hint = _label(card, "mutedText")
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 12)
        column.addLayout(row)
        column.addSpacing(4)
        column.addWidget(self.fingerprint, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(4)
        column.addWidget(self.next_text)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addWidget(self.drop_hint)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card, 1)
        layout.addStretch(0)
        self.retranslate()

    def set_view(self, view: SyncView) -> None:
        self._view = view
        self._update_texts()

    def retranslate(self) -> None:
        self.next_text.setText(
            self.tr(
                "When headquarters gives you the enrolment file (.fdenrol), enrol with it here. "
                "Until then this computer keeps working as it is."
            )
        )
        self.enrol_button.setText(self.tr("Enrol with the file from headquarters…"))
        self.again_button.setText(self.tr("Save the request file again…"))
        self.again_button.setToolTip(
            self.tr("The same request again, for another USB stick (nothing changes)")
        )
        self.withdraw_button.setText(self.tr("Withdraw the request…"))
        self.withdraw_button.setToolTip(self.tr("Stop waiting: this computer stays as it is"))
        self.drop_hint.setText(self.tr("Or drop headquarters' enrolment file on this page."))
        self._update_texts()

    def _update_texts(self) -> None:
        again = self._view is not None and not self._view.hq  # an enrolled laptop
        self.title.setText(
            self.tr("Waiting for headquarters to enrol this laptop again")
            if again
            else self.tr("Waiting for headquarters")
        )
        pending = self._view.pending if self._view is not None else None
        if pending is None:
            self.request_text.clear()
            self.fingerprint.clear()
            return
        who = pending.person_code
        if pending.person_name:
            who = f"{pending.person_name} ({pending.person_code})"
        self.request_text.setText(
            self.tr(
                "Join request for {person} on {machine}, made on {date}. Give this file to "
                "headquarters and compare this fingerprint with the one they read to you:"
            ).format(person=who, machine=pending.machine_name, date=when(pending.requested_at))
        )
        self.fingerprint.setText(pending.fingerprint)


def enrolled_text(view: SyncView) -> str:
    """The line shown once the laptop enrolled: who it is for now, and its scope."""
    me = view.device(view.me)
    who = f"{me.person_name} ({me.person_code})" if me is not None and me.person_name else ""
    scope = view.scope_of(me.person_id if me is not None else None)
    return QCoreApplication.translate(
        "JoinHeadquarters",
        "Enrolled: this laptop belongs to {who}, {scope}. Write your bundle for "
        "headquarters whenever you have changes.",
    ).format(
        who=who or view.device_name(view.me),
        scope=scope or QCoreApplication.translate("JoinHeadquarters", "everything"),
    )


class JoinActions(QObject):
    """What joining does (see the module notes); signals: ``enrolled`` (the device id),
    ``message`` (a quiet line for the page), ``changed`` (read the state again)."""

    enrolled = Signal(str)
    message = Signal(str)
    changed = Signal()

    def __init__(
        self,
        service: Callable[[], SyncService | None],
        view: Callable[[], SyncView | None],
        ops: Ops,
        start: Callable[[], str],
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self._service, self._view, self._ops, self._start, self._page = (
            service, view, ops, start, page,
        )  # fmt: skip
        self.dialog: JoinRequestDialog | None = None
        self._made: tuple[bytes, str, str] | None = None

    def ask(self) -> None:
        """The join request dialog; saved: the request is made, then its file saved."""
        view = self._view()
        if view is None or self.dialog is not None:
            return
        from desktop.services.sync_state import MAX_MACHINE

        dialog = JoinRequestDialog(
            view.candidates, view.owner_code, self._make, MAX_MACHINE, self._page
        )
        dialog.accepted.connect(self._made_request)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def ask_again(self) -> None:
        """A laptop asks to be enrolled again (headquarters refused its files as a fork);
        confirmed first, then the join request dialog."""
        answer = QMessageBox.question(
            self._page, self.tr("Enrol this laptop again"),
            self.tr(
                "Make a new join request for this laptop? Do it when headquarters asks you "
                "to, for instance after this laptop was restored from a backup. Your changes "
                "stay on this laptop and go to headquarters again once it is enrolled."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.ask()

    def _make(self, person_code: str, machine_name: str) -> bool:
        """Make the request (one row: on this thread); a refused field is shown beside it."""
        sync, dialog = self._service(), self.dialog
        if sync is None:
            return False

        def failed(error: BaseException) -> bool:
            if not isinstance(error, ValidationError) or dialog is None:
                return False
            translate = QCoreApplication.translate
            dialog.show_errors({k: e.render(translate) for k, e in error.fields.items()})
            return True

        def made(data: bytes) -> None:
            self._made = (data, person_code, machine_name)

        return self._ops.run(
            lambda: sync.request_join(person_code, machine_name), success=made, failure=failed,
            source=self._page, parent=dialog,
        )  # fmt: skip

    def _made_request(self) -> None:
        self.changed.emit()
        if self._made is not None:
            self._save(*self._made)
            self._made = None

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def save_again(self) -> None:
        """The request this database waits on, saved again (the same file)."""
        sync, view = self._service(), self._view()
        pending = view.pending if view is not None else None
        if sync is None or pending is None:
            return
        code, machine = pending.person_code, pending.machine_name
        self._ops.run_in_background(
            lambda _p: sync.join_request_file(), show_progress=False,
            success=lambda data: self._save(data, code, machine), parent=self._page,
        )  # fmt: skip

    def _save(self, data: bytes, person_code: str, machine_name: str) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._page, self.tr("Save the join request into… (a USB stick)"), self._start()
        )
        if not folder:
            self.message.emit(
                self.tr("The join request's file was not saved: use Save the request file again…")
            )
            return
        stem = UNSAFE.sub("_", f"{person_code}-{machine_name}").strip("._") or "join-request"
        target = Path(folder) / f"{stem}{REQUEST_SUFFIX}"

        def saved(_value: object) -> None:
            self.message.emit(
                self.tr("Saved {file}: give it to headquarters.").format(file=str(target))
            )

        self._ops.run_in_background(
            lambda _p: write_atomically(target, data), show_progress=False, success=saved,
            parent=self._page,
        )  # fmt: skip

    def choose_enrolment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._page, self.tr("Enrol with the file from headquarters"), self._start(),
            ";;".join([self.tr("Enrolment files (*.fdenrol)"), self.tr("All files (*)")]),
        )  # fmt: skip
        if path:
            self.enrol(Path(path))

    def enrol(self, path: Path) -> None:
        """Enrol with headquarters' file (in the background); refused: a message, no change."""
        sync = self._service()
        if sync is None:
            return

        def work(progress: Progress) -> OpResult[str]:
            progress.check()  # cancelled before it started
            done = sync.enrol_file(path)  # the snapshot reaches every synced table
            return OpResult(done.value, done.changes | synced_changes() | Changes.of("local_state"))

        self._ops.run_in_background(
            work, title=self.tr("Enrolling with headquarters…"), success=self.enrolled.emit,
            source=self._page, parent=self._page,
        )  # fmt: skip

    def withdraw(self) -> None:
        sync = self._service()
        if sync is None:
            return
        answer = QMessageBox.question(
            self._page, self.tr("Withdraw the join request"),
            self.tr(
                "Stop waiting for headquarters? This computer stays as it is; you can make a "
                "new join request at any time."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._ops.run(
                sync.withdraw_join, success=lambda _v: self.changed.emit(), source=self._page,
                parent=self._page,
            )  # fmt: skip
