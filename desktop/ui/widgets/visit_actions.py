"""What can be done to one visit card: reschedule, mark done / missed, cancel (with a reason), reopen.

The actions work on the *current* visit (the card last clicked or focused) and are
reachable by mouse (the card's context menu), by keyboard (the shortcuts, or Enter
on a card for the same menu) and by dragging a card (``move``). Marking a
distributor visit done opens the call-log form prefilled with the visit, whose
saving marks the visit done; a follow-up of a person is marked done directly.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from desktop import labels
from desktop.errors import UserError
from desktop.services.visits import VisitRow, VisitTarget
from desktop.ui.dialogs.visit_add import AddVisitDialog
from desktop.ui.dialogs.visit_cancel import CancelVisitDialog
from desktop.ui.dialogs.visit_reschedule import RescheduleDialog
from desktop.ui.tasks import Ops
from desktop.ui.widgets.visit_card import visit_title

if TYPE_CHECKING:
    from desktop.app import Services


class VisitActions(QObject):
    """The card actions of the Visits page; ``say`` shows a quiet message (status bar)."""

    def __init__(
        self,
        services: Services,
        ops: Ops,
        page: QWidget,
        lookup: Callable[[str], VisitRow | None],
        today: Callable[[], date],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(page)
        self._services, self._ops, self._page = services, ops, page
        self._lookup, self._today, self._say = lookup, today, say
        self.current: VisitRow | None = None
        #: the dialog open now (reschedule, cancel or the call form), for tests and for focus
        self.dialog: QDialog | None = None
        self.reschedule = self._action("F2", self.open_reschedule)
        self.done = self._action("Ctrl+D", self.mark_done)
        self.missed = self._action("Ctrl+Shift+M", self.mark_missed)
        self.cancel = self._action("Ctrl+Shift+X", self.open_cancel)
        self.reopen = self._action("", self.mark_planned)
        self.retranslate()
        self.set_current(None)

    def _action(self, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self._page)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._page.addAction(action)
        return action

    def all(self) -> list[QAction]:
        return [self.reschedule, self.done, self.missed, self.cancel, self.reopen]

    def retranslate(self) -> None:
        for action, text in (
            (self.reschedule, self.tr("&Reschedule…")),
            (self.done, self.tr("Mark &done…")),
            (self.missed, self.tr("Mark &missed")),
            (self.cancel, self.tr("&Cancel visit…")),
            (self.reopen, self.tr("&Plan again")),
        ):
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({keys})" if keys else text)

    # -- the current visit ------------------------------------------------------------------
    def set_current(self, visit: VisitRow | None) -> None:
        self.current = visit
        planned = visit is not None and visit.status == "planned"
        self.reschedule.setEnabled(planned)
        self.done.setEnabled(planned)
        self.missed.setEnabled(planned)
        self.cancel.setEnabled(planned)
        self.reopen.setEnabled(visit is not None and visit.status != "planned")

    def select(self, visit_id: str) -> None:
        self.set_current(self._lookup(visit_id))

    def menu(self, visit_id: str, pos: QPoint) -> QMenu | None:
        """The card's context menu at ``pos`` (global); it does not block."""
        self.select(visit_id)
        if self.current is None:
            return None
        menu = QMenu(self._page)
        menu.setObjectName("visitMenu")
        title = menu.addAction(
            f"{visit_title(self.current)} · {labels.visit_status_name(self.current.effective_status)}"
        )
        title.setEnabled(False)
        menu.addSeparator()
        for action in self.all():
            if action.isEnabled():
                menu.addAction(action)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(pos)
        return menu

    # -- changing ---------------------------------------------------------------------------
    def _inline_failure(self, show: Callable[[str], None]) -> Callable[[BaseException], bool]:
        def failed(error: BaseException) -> bool:
            if isinstance(error, UserError):
                show(error.render(QCoreApplication.translate))
                return True
            return False

        return failed

    def move(self, visit_id: str, day: date, time: str | None = None) -> bool:
        """Reschedule (a drop on another day, or the dialog); a refusal is shown as a message."""
        service = self._services.visits
        return self._ops.run(
            lambda: service.reschedule(visit_id, day, time),
            success=lambda row: self._say(
                self.tr("Moved {target} to {day}.").format(
                    target=visit_title(row), day=labels.fmt_date(row.planned_date)
                )
            ),
            source=self._page,
            parent=self._page,
        )

    def open_reschedule(self) -> RescheduleDialog | None:
        visit = self.current
        if visit is None or visit.status != "planned":
            return None
        service = self._services.visits

        def apply(day: date, time: str) -> bool:
            return self._ops.run(
                lambda: service.reschedule(visit.id, day, time),
                success=lambda row: self._say(
                    self.tr("Moved {target} to {day}.").format(
                        target=visit_title(row), day=labels.fmt_date(row.planned_date)
                    )
                ),
                failure=self._inline_failure(lambda text: dialog.show_error(text)),
                source=self._page,
                parent=self._page,
            )

        dialog = RescheduleDialog(visit, self._today(), apply, self._page)
        self._show(dialog)
        return dialog

    def open_cancel(self) -> CancelVisitDialog | None:
        visit = self.current
        if visit is None or visit.status != "planned":
            return None
        service = self._services.visits

        def apply(reason: str) -> bool:
            return self._ops.run(
                lambda: service.set_status(visit.id, "cancelled", reason),
                success=lambda row: self._say(
                    self.tr("Cancelled the visit to {target}.").format(target=visit_title(row))
                ),
                failure=self._inline_failure(lambda text: dialog.show_error(text)),
                source=self._page,
                parent=self._page,
            )

        dialog = CancelVisitDialog(visit, apply, self._page)
        self._show(dialog)
        return dialog

    def _set_status(self, status: str, message: str) -> bool:
        visit = self.current
        if visit is None:
            return False
        service = self._services.visits
        return self._ops.run(
            lambda: service.set_status(visit.id, status),
            success=lambda row: self._say(message.format(target=visit_title(row))),
            source=self._page,
            parent=self._page,
        )

    def mark_missed(self) -> bool:
        return self._set_status("missed", self.tr("Marked the visit to {target} missed."))

    def mark_planned(self) -> bool:
        return self._set_status("planned", self.tr("The visit to {target} is planned again."))

    def mark_done(self) -> Any:
        """A distributor visit: the call-log form, prefilled; a follow-up: done at once."""
        visit = self.current
        if visit is None or visit.status != "planned":
            return None
        if visit.target_kind != "distributor":
            return self._set_status("done", self.tr("Marked the visit to {target} done."))
        from desktop.services.calls import CallPrefill

        # The call-log form belongs to the call log; imported when first needed.
        entry = importlib.import_module("desktop.ui.dialogs.call_entry")
        prefill = CallPrefill(
            distributor_id=visit.distributor_id,
            person_id=visit.person_id,
            visit_id=visit.id,
            occurred_on=min(visit.planned_date, self._today()),
        )
        dialog = entry.CallEntryDialog(self._services, self._ops, self._page, prefill=prefill)
        self._show(dialog)
        return dialog

    def add_visit(self, day: date, person_id: str, person_name: str) -> AddVisitDialog | None:
        """The new-visit form for ``person_id``, starting on ``day`` (or today when it passed)."""
        service = self._services.visits
        targets: list[VisitTarget] = []
        if not self._ops.run(
            lambda: service.targets(person_id), success=targets.extend, parent=self._page
        ):
            return None

        def apply(on: date, kind: str, target: str, time: str, purpose: str) -> bool:
            return self._ops.run(
                lambda: service.add(person_id, on, kind, target, time=time, purpose=purpose),
                success=lambda row: self._say(
                    self.tr("Added a visit to {target} on {day}.").format(
                        target=visit_title(row), day=labels.fmt_date(row.planned_date)
                    )
                ),
                failure=self._inline_failure(lambda text: dialog.show_error(text)),
                source=self._page,
                parent=self._page,
            )

        dialog = AddVisitDialog(person_name, targets, day, self._today(), apply, self._page)
        self._show(dialog)
        return dialog

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
