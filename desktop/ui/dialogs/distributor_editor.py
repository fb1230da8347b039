"""The distributor editor: identity, address and contacts, logistics (储运信息), credit.

Saving goes through ``DistributorService.save`` in one unit of work; when the
service refuses, every bad field says why right under it and nothing is saved.
The credit limit is typed in yuan and stored as integer fen through Decimal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.distributors import MAX_LEAD_DAYS, MAX_PAYMENT_TERMS_DAYS
from desktop.domain.org import CREDIT_RATINGS, DISTRIBUTOR_GRADES, DISTRIBUTOR_STATUSES
from desktop.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from desktop.labels import grade_name, rating_name, role_name, status_name
from desktop.services.distributors import DistributorDetail, DistributorForm
from desktop.services.org import OrgTree
from desktop.ui.models.distributor_table import rating_chip
from desktop.ui.tasks import Ops
from desktop.ui.widgets.distributor_contacts import ContactsEditor
from desktop.ui.widgets.distributor_fields import ErrorLabel, MoneyEdit

if TYPE_CHECKING:
    from desktop.app import Services

MSG_NOT_AMOUNT = QT_TRANSLATE_NOOP(
    "errors", "Enter an amount in yuan with at most two decimals, e.g. 12345.67."
)

FieldWidget = QLineEdit | QComboBox | QSpinBox | QPlainTextEdit


def _select(combo: QComboBox, value: str | None) -> None:
    """Choose the item holding ``value`` (the first item when it is None or not offered)."""
    found = combo.findData(value) if value is not None else -1
    combo.setCurrentIndex(max(found, 0))


def render(error: UserError) -> str:
    return error.render(lambda ctx, text: QCoreApplication.translate(ctx, text))


class DistributorEditor(QDialog):
    """Create (``detail`` None) or edit a distributor; emits ``saved(id)`` and closes on success."""

    saved = Signal(str)

    def __init__(
        self,
        services: Services,
        ops: Ops,
        tree: OrgTree,
        detail: DistributorDetail | None = None,
        defaults: DistributorForm | None = None,
        source: object = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("distributor_editor")
        self._services, self._ops, self._tree, self._source = services, ops, tree, source
        self._detail = detail
        self.saved_id: str | None = None
        self.saving = False
        self.fields: dict[str, FieldWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self._captions: dict[str, tuple[QLabel, str, bool]] = {}
        self._tab_of: dict[str, int] = {}

        self.tabs = QTabWidget(self)
        self.general_error = ErrorLabel("general", self)
        self._build_identity()
        self._build_address()
        self._build_logistics()
        self._build_credit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(680, 560)

        form = detail.form if detail else defaults or DistributorForm("", "", None)
        self._form = form
        self.load(form)
        self._initial = self.snapshot()
        self.retranslate()

    # -- building ---------------------------------------------------------------
    def _page(self) -> QFormLayout:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tabs.addTab(page, "")
        return form

    def _add(
        self, form: QFormLayout, name: str, widget: FieldWidget, required: bool = False
    ) -> None:
        widget.setObjectName(f"field_{name}")
        caption = QLabel(form.parentWidget())
        caption.setBuddy(widget)
        self._captions[name] = (caption, "", required)
        error = ErrorLabel(name, form.parentWidget())
        holder = QWidget(form.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(caption, holder)
        self.fields[name] = widget
        self.errors[name] = error
        self._tab_of[name] = self.tabs.count() - 1

    def _combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setMaxVisibleItems(20)
        return combo

    def _build_identity(self) -> None:
        form = self._page()
        self._add(form, "code", QLineEdit(), required=True)
        self._add(form, "name", QLineEdit(), required=True)
        self._add(form, "short_name", QLineEdit())
        self.market = self._combo()
        if len(self._tree.markets) != 1:
            self.market.addItem("", None)  # "choose a market" (text set by retranslate)
        for m in self._tree.markets:
            self.market.addItem(f"{m.name} ({m.code})", m.id)
        self._add(form, "market_id", self.market, required=True)
        self.region = self._combo()
        self._add(form, "region_id", self.region)
        self.owner = self._combo()
        self._add(form, "owner_id", self.owner)
        self.market.currentIndexChanged.connect(self._market_changed)
        self.grade = self._combo()
        for g in DISTRIBUTOR_GRADES:
            self.grade.addItem(grade_name(g), g)
        self._add(form, "grade", self.grade)
        self.status = self._combo()
        for s in DISTRIBUTOR_STATUSES:
            self.status.addItem(status_name(s), s)
        self._add(form, "status", self.status)
        self._add(form, "notes", QPlainTextEdit())

    def _build_address(self) -> None:
        form = self._page()
        for name in ("province", "city", "address"):
            self._add(form, name, QLineEdit())
        self.phone = QLineEdit()
        self._add(form, "phone", self.phone)
        self.contacts = ContactsEditor(form.parentWidget())
        self.contacts_caption = QLabel(form.parentWidget())
        form.addRow(self.contacts_caption, self.contacts)

    def _build_logistics(self) -> None:
        form = self._page()
        for name in ("warehouse_address", "receiving_hours", "carrier"):
            self._add(form, name, QLineEdit())
        self.lead_days = QSpinBox()
        self.lead_days.setRange(-1, MAX_LEAD_DAYS)
        self.lead_days.setSpecialValueText("—")
        self._add(form, "lead_days", self.lead_days)
        self._add(form, "logistics_notes", QPlainTextEdit())

    def _build_credit(self) -> None:
        form = self._page()
        self.rating = self._combo()
        for r in CREDIT_RATINGS:
            self.rating.addItem(rating_chip(r), rating_name(r), r)
        self._add(form, "credit_rating", self.rating)
        self.limit = MoneyEdit()
        self.limit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._add(form, "credit_limit_fen", self.limit)
        self.terms = QSpinBox()
        self.terms.setRange(0, MAX_PAYMENT_TERMS_DAYS)
        self._add(form, "payment_terms_days", self.terms)

    def retranslate(self) -> None:
        f = self._form
        self.setWindowTitle(
            self.tr("Edit distributor {code}").format(code=f.code)
            if f.id
            else self.tr("New distributor")
        )
        for i, title in enumerate(
            (self.tr("Identity"), self.tr("Address && contacts"), self.tr("Logistics"),
             self.tr("Credit"))
        ):  # fmt: skip
            self.tabs.setTabText(i, title)
        texts = {
            "code": self.tr("Code"), "name": self.tr("Name"), "short_name": self.tr("Short name"),
            "market_id": self.tr("Market"), "region_id": self.tr("Region"),
            "owner_id": self.tr("Owner"), "grade": self.tr("Grade"), "status": self.tr("Status"),
            "notes": self.tr("Notes"), "province": self.tr("Province"), "city": self.tr("City"),
            "address": self.tr("Address"), "phone": self.tr("Phone"),
            "warehouse_address": self.tr("Warehouse address"),
            "receiving_hours": self.tr("Receiving hours"), "carrier": self.tr("Carrier"),
            "lead_days": self.tr("Lead time (days)"),
            "logistics_notes": self.tr("Logistics notes"),
            "credit_rating": self.tr("Credit rating"),
            "credit_limit_fen": self.tr("Credit limit (¥)"),
            "payment_terms_days": self.tr("Payment terms (days)"),
        }  # fmt: skip
        for name, (caption, _, required) in self._captions.items():
            caption.setText(f"{texts[name]} *" if required else texts[name])
            if required:
                caption.setToolTip(self.tr("Required"))
        self.contacts_caption.setText(self.tr("Contacts"))
        if self.market.count() and self.market.itemData(0) is None:
            self.market.setItemText(0, self.tr("Choose a market…"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.phone.setPlaceholderText(self.tr("13812345678 or 010-12345678"))
        self.lead_days.setSuffix(self.tr(" days"))
        self.terms.setSuffix(self.tr(" days"))

    # -- values -----------------------------------------------------------------
    def _market_changed(self) -> None:
        self._fill_choices(self.region.currentData(), self.owner.currentData())

    def _fill_choices(self, current_region: str | None, current_owner: str | None) -> None:
        """The chosen market's regions and people, keeping the current choices where offered."""
        market = self.market.currentData()
        self.region.clear()
        self.region.addItem(self.tr("(none)"), None)
        for r in self._tree.regions:
            if r.market_id == market:
                self.region.addItem(r.name, r.id)
        _select(self.region, current_region)
        self.owner.clear()
        self.owner.addItem(self.tr("(none)"), None)
        for p in self._tree.people:
            if p.active and p.market_id in (None, market) and p.body == "FSF":
                self.owner.addItem(f"{p.name} ({p.code}) · {role_name(p.role)}", p.id)
        if current_owner and self.owner.findData(current_owner) < 0:
            person = next((p for p in self._tree.people if p.id == current_owner), None)
            label = f"{person.name} ({person.code})" if person else str(current_owner)
            self.owner.addItem(label, current_owner)
        _select(self.owner, current_owner)

    def load(self, f: DistributorForm) -> None:
        for name in ("code", "name", "short_name", "province", "city", "address", "phone",
                     "warehouse_address", "receiving_hours", "carrier"):  # fmt: skip
            widget = self.fields[name]
            assert isinstance(widget, QLineEdit)
            widget.setText(str(getattr(f, name)))
        for name in ("notes", "logistics_notes"):
            text_edit = self.fields[name]
            assert isinstance(text_edit, QPlainTextEdit)
            text_edit.setPlainText(getattr(f, name))
        with QSignalBlocker(self.market):
            _select(self.market, f.market_id)
        self._fill_choices(f.region_id, f.owner_id)
        _select(self.grade, f.grade)
        _select(self.status, f.status)
        _select(self.rating, f.credit_rating)
        self.limit.set_fen(f.credit_limit_fen)
        self.terms.setValue(f.payment_terms_days)
        self.lead_days.setValue(-1 if f.lead_days is None else f.lead_days)
        self.contacts.set_contacts(f.contacts)

    def _text(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def collect(self) -> tuple[DistributorForm, dict[str, str]]:
        """The form as typed, and the problems only the editor can see (an unreadable amount)."""
        local: dict[str, str] = {}
        fen = self.limit.fen()
        if fen is None:
            local["credit_limit_fen"] = render(UserError(MSG_NOT_AMOUNT))
        texts = {
            name: self._text(name)
            for name in ("code", "name", "short_name", "province", "city", "address", "phone",
                         "warehouse_address", "receiving_hours", "carrier", "logistics_notes",
                         "notes")
        }  # fmt: skip
        lead = self.lead_days.value()
        form = DistributorForm(
            id=self._form.id,
            loaded_at=self._form.loaded_at,
            market_id=self.market.currentData(),
            region_id=self.region.currentData(),
            owner_id=self.owner.currentData(),
            grade=self.grade.currentData(),
            status=self.status.currentData(),
            credit_rating=self.rating.currentData(),
            credit_limit_fen=fen if fen is not None else 0,
            payment_terms_days=self.terms.value(),
            lead_days=None if lead < 0 else lead,
            contacts=self.contacts.contacts(),
            **texts,
        )
        return form, local

    def snapshot(self) -> tuple[DistributorForm, str]:
        return self.collect()[0], self.limit.text().strip()

    def is_dirty(self) -> bool:
        return self.snapshot() != self._initial

    # -- saving -----------------------------------------------------------------
    def save(self) -> None:
        if self.saving:
            return
        form, local = self.collect()
        self.saving = True
        self.save_button.setEnabled(False)
        try:
            if local:
                problems = {}
                try:
                    self._services.distributors.validate(form)
                except ValidationError as e:
                    problems = {name: render(err) for name, err in e.fields.items()}
                self.show_errors({**problems, **local})
                return
            self.show_errors({})
            self._ops.run(
                lambda: self._services.distributors.save(form),
                success=self._on_saved,
                failure=self._on_failed,
                source=self._source,
                parent=self,
            )
        finally:
            self.saving = False
            self.save_button.setEnabled(True)

    def _on_saved(self, distributor_id: str) -> None:
        self.saved_id = distributor_id
        self._initial = self.snapshot()
        self.saved.emit(distributor_id)
        self.accept()

    def _on_failed(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            self.show_errors({name: render(e) for name, e in error.fields.items()})
            return True
        return False

    def show_errors(self, problems: dict[str, str]) -> None:
        """Words under each bad field; the first bad field's tab is shown and focused."""
        contact_errors: dict[tuple[int, str], str] = {}
        general = []
        for name, message in problems.items():
            if name.startswith("contacts."):
                _, index, field = name.split(".", 2)
                contact_errors[(int(index), field)] = message
            elif name not in self.errors:
                general.append(message)
        for name, label in self.errors.items():
            label.set_error(problems.get(name, ""))
        self.contacts.set_errors(contact_errors)
        self.general_error.set_error("\n".join(general))
        first = next((n for n in self.fields if n in problems), None)
        if first is not None:
            self.tabs.setCurrentIndex(self._tab_of[first])
            self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)
        elif contact_errors:
            self.tabs.setCurrentIndex(1)
            self.contacts.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("This distributor has unsaved changes. Close and discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
