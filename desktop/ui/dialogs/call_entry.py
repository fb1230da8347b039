"""Logging a call (拜访/通话记录), keyboard first.

Only the distributor, the channel and the notes are required. The distributor is
found by code, name or pinyin initials as you type; the channel by the keys 1–4;
topics by Alt+letter; the order amount is typed in yuan and kept as fen through
Decimal. Ctrl+Enter saves and closes, Ctrl+Shift+Enter saves and starts the next
call at once (keeping the person, the channel and the day), Esc closes and asks
first when something was typed. Enter alone never saves (it picks a suggestion or
starts a new line in the notes). Saving goes through ``CallService.log`` in one
unit of work; when it refuses, each field says why right under it.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calls import TEXT_MAX, yuan_to_fen
from desktop.errors import NotFound, UserError, ValidationError
from desktop.services.calls import CallForm, CallPrefill
from desktop.ui.tasks import Ops
from desktop.ui.widgets.call_distributor_picker import DistributorPicker, label_of
from desktop.ui.widgets.call_fields import ChannelPicker, OptionalDateEdit, TopicBoxes, WhenEdit
from desktop.ui.widgets.distributor_fields import ErrorLabel

if TYPE_CHECKING:
    from desktop.app import Services

FIELDS = (
    "distributor_id", "person_id", "occurred_at", "channel", "topics", "order_amount_fen",
    "notes", "problems", "next_step", "next_step_due",
)  # fmt: skip
REQUIRED = frozenset({"distributor_id", "channel", "notes"})


def render(error: UserError) -> str:
    return error.render(lambda ctx, text: QCoreApplication.translate(ctx, text))


class CallEntryDialog(QDialog):
    """Log one call, or several in a row ("Save and next"); ``saved(call_id)`` after each."""

    saved = Signal(str)

    def __init__(
        self,
        services: Services,
        ops: Ops,
        parent: QWidget | None = None,
        *,
        prefill: CallPrefill | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("call_entry")
        self._services, self._ops = services, ops
        self._prefill = prefill or CallPrefill()
        self.saving = False
        self.saved_ids: list[str] = []
        calls = services.calls
        self.today = calls.today()

        self.distributor = DistributorPicker(ops, services.distributors, self)
        self.person = QComboBox(self)
        self.when = WhenEdit(self)
        end_of_today = QDateTime(
            QDate(self.today.year, self.today.month, self.today.day), QTime(23, 59)
        )
        self.when.setMaximumDateTime(end_of_today)
        self.channel = ChannelPicker(self)
        self.topics = TopicBoxes(self)
        self.amount = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)
        self.problems = QPlainTextEdit(self)
        self.problems.setTabChangesFocus(True)
        self.problems.setMaximumHeight(60)
        self.next_step = QLineEdit(self)
        self.next_step.setMaxLength(TEXT_MAX)
        self.due = OptionalDateEdit(self.today, self)
        self.widgets: dict[str, QWidget] = {
            "distributor_id": self.distributor, "person_id": self.person, "occurred_at": self.when,
            "channel": self.channel, "topics": self.topics, "order_amount_fen": self.amount,
            "notes": self.notes, "problems": self.problems, "next_step": self.next_step,
            "next_step_due": self.due,
        }  # fmt: skip
        self.errors: dict[str, ErrorLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.general_error = ErrorLabel("general", self)
        self.visit_note = QLabel(self)
        self.visit_note.setObjectName("mutedText")
        self.visit_note.setVisible(bool(self._prefill.visit_id))
        self.message = QLabel(self)
        self.message.setObjectName("call_entry_message")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELDS:
            widget = self.widgets[name]
            widget.setObjectName(f"field_{name}")
            caption = QLabel(self)
            caption.setBuddy(widget)
            self.captions[name] = caption
            self.errors[name] = ErrorLabel(name, self)
            holder = QVBoxLayout()
            holder.setSpacing(2)
            holder.addWidget(widget)
            holder.addWidget(self.errors[name])
            form.addRow(caption, holder)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("save_next")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        for button in (self.save_button, self.next_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.next_button.clicked.connect(self.save_and_next)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)
        for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_and_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.next_button, self.save_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.visit_note)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setTabOrder(self.next_step, self.due)
        self.resize(620, 640)

        self._load_people()
        self.retranslate()
        self.start(self._prefill, person_id=self._prefill.person_id, channel="")
        self.distributor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a call"))
        captions = {
            "distributor_id": self.tr("&Distributor"),
            "person_id": self.tr("P&erson"),
            "occurred_at": self.tr("&When"),
            "channel": self.tr("C&hannel"),
            "topics": self.tr("Topics"),
            "order_amount_fen": self.tr("Order &amount"),
            "notes": self.tr("No&tes"),
            "problems": self.tr("Pro&blems"),
            "next_step": self.tr("Ne&xt step"),
            "next_step_due": self.tr("D&ue"),
        }
        for name, caption in self.captions.items():
            text = captions[name]
            caption.setText(f"{text} *" if name in REQUIRED else text)
        self.distributor.setPlaceholderText(self.tr("Code, name or pinyin initials"))
        self.amount.setPlaceholderText(self.tr("Yuan, e.g. 12,345.60"))
        self.notes.setPlaceholderText(self.tr("What was discussed, agreed, seen"))
        self.problems.setPlaceholderText(self.tr("Problems raised, if any"))
        self.next_step.setPlaceholderText(self.tr("Becomes a follow-up task until done"))
        self.due.setToolTip(self.tr("Up arrow: today; type a date as 2026-12-04"))
        self.visit_note.setText(self.tr("Logging a planned visit: saving marks it done."))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+Enter)"))
        self.next_button.setText(self.tr("Save and next"))
        self.next_button.setToolTip(self.tr("Save and log another call (Ctrl+Shift+Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close (Esc)"))
        self.channel.retranslate()
        self.topics.retranslate()

    def _load_people(self) -> None:
        """The people in scope who may have made the call; the owner is the default."""
        org = self._services.org
        found: list[Any] = []
        self._ops.run(lambda: (org.people(), org.owner()), success=found.append, parent=self)
        people, owner = found[0] if found else ([], None)
        self.person.addItem(self.tr("— choose —"), None)
        for p in people:
            if p.active:
                self.person.addItem(f"{p.name} ({p.code})", p.id)
        self._owner_id = owner.person.id if owner is not None and owner.person else None

    # -- the form ---------------------------------------------------------------------
    def start(self, prefill: CallPrefill, *, person_id: str | None, channel: str) -> None:
        """Fill the form for a new call (after a save: keep the person, the channel, the day)."""
        self._visit_id = prefill.visit_id
        self.visit_note.setVisible(bool(prefill.visit_id))
        label = ""
        if prefill.distributor_id:
            service = self._services.distributors
            found: list[Any] = []
            self._ops.run(
                lambda: service.get(prefill.distributor_id or ""),
                success=found.append,
                failure=lambda e: isinstance(e, NotFound),
                parent=self,
            )
            label = label_of(found[0].form.code, found[0].form.name) if found else ""
        self.distributor.set_distributor(prefill.distributor_id if label else None, label)
        wanted = person_id or self._owner_id
        found_at = self.person.findData(wanted) if wanted else -1
        self.person.setCurrentIndex(max(found_at, 0))
        now = self._services.calls.now()
        day = min(prefill.occurred_on or now.date(), now.date())
        at = now.time() if day == now.date() else time(9, 0)
        self.when.setDateTime(
            QDateTime(QDate(day.year, day.month, day.day), QTime(at.hour, at.minute))
        )
        self.channel.set_value(channel or ("visit" if prefill.visit_id else ""))
        self.topics.set_value(())
        for edit in (self.amount, self.next_step):
            edit.clear()
        for text_edit in (self.notes, self.problems):
            text_edit.clear()
        self.due.set_value(None)
        self.show_errors({})
        self._initial = self.snapshot()

    def snapshot(self) -> tuple[Any, ...]:
        return (
            self.distributor.distributor_id(), self.distributor.text(), self.person.currentData(),
            self.when.dateTime(), self.channel.value(), self.topics.value(), self.amount.text(),
            self.notes.toPlainText(), self.problems.toPlainText(), self.next_step.text(),
            self.due.value(),
        )  # fmt: skip

    def is_dirty(self) -> bool:
        return self.snapshot() != self._initial

    def collect(self) -> tuple[CallForm, dict[str, str]]:
        """The form as typed, and the problems found before asking the service (the amount)."""
        local: dict[str, str] = {}
        try:
            amount = yuan_to_fen(self.amount.text())
        except ValueError:
            amount = None
            local["order_amount_fen"] = self.tr(
                "Enter an amount in yuan with at most two decimals, e.g. 12345.67."
            )
        when = self.when.dateTime()
        form = CallForm(
            distributor_id=self.distributor.distributor_id(),
            person_id=self.person.currentData(),
            occurred_at=datetime(
                when.date().year(),
                when.date().month(),
                when.date().day(),
                when.time().hour(),
                when.time().minute(),
            ),
            channel=self.channel.value(),
            topics=self.topics.value(),
            order_amount_fen=amount,
            notes=self.notes.toPlainText(),
            problems=self.problems.toPlainText(),
            next_step=self.next_step.text(),
            next_step_due=self.due.value(),
            visit_id=self._visit_id,
        )
        return form, local

    # -- saving -----------------------------------------------------------------------
    def save(self) -> None:
        self._save(then_next=False)

    def save_and_next(self) -> None:
        self._save(then_next=True)

    def _save(self, then_next: bool) -> None:
        if self.saving:
            return
        form, local = self.collect()
        self.saving = True
        for button in (self.save_button, self.next_button):
            button.setEnabled(False)
        calls = self._services.calls

        def saved(call_id: str) -> None:
            self.saved_ids.append(call_id)
            self.saved.emit(call_id)
            if then_next:
                day = form.occurred_at.date() if form.occurred_at else None
                self.start(
                    CallPrefill(occurred_on=day), person_id=form.person_id, channel=form.channel
                )
                self.message.setText(self.tr("Saved. Log the next call."))
                self.distributor.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.accept()

        def failed(error: BaseException) -> bool:
            if isinstance(error, ValidationError):
                self.show_errors({**{n: render(e) for n, e in error.fields.items()}, **local})
                return True
            return False

        try:
            if local:
                self.show_errors(local)
                try:
                    calls.validate(form)
                except ValidationError as e:
                    self.show_errors({**{n: render(x) for n, x in e.fields.items()}, **local})
                return
            self._ops.run(
                lambda: calls.log(form), success=saved, failure=failed, source=self, parent=self
            )
        finally:
            self.saving = False
            for button in (self.save_button, self.next_button):
                button.setEnabled(True)

    def show_errors(self, problems: dict[str, str]) -> None:
        """Each message under its field; the first bad field gets the focus."""
        general = [text for name, text in problems.items() if name not in self.errors]
        self.general_error.set_error("\n".join(general))
        for name, label in self.errors.items():
            label.set_error(problems.get(name, ""))
        if problems:
            self.message.clear()
        first = next((n for n in FIELDS if n in problems), None)
        if first is not None:
            self.widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- closing ----------------------------------------------------------------------
    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Discard this call?"),
                self.tr("The call you started has not been saved. Close and discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
