"""The panel on the right of the distributors list: one distributor's file, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import days, fmt_date, grade_name, money, rating_name, status_name
from desktop.services.distributors import ContactData, DistributorDetail
from desktop.ui.models.distributor_table import RATING_COLOURS
from desktop.ui.widgets.distributor_timeline import DistributorTimeline

#: The fields shown, by section; each becomes a QLabel named ``detail_<field>``.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("identity", ("code", "short_name", "grade", "status", "market", "region", "owner")),
    ("address", ("province", "city", "address", "phone")),
    ("contacts", ()),
    (
        "logistics",
        ("warehouse_address", "receiving_hours", "carrier", "lead_days", "logistics_notes"),
    ),
    ("credit", ("credit_rating", "credit_limit", "payment_terms")),
    ("notes", ("notes", "updated_at")),
)


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"detail_{name}")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DistributorDetailPanel(QScrollArea):
    """Shows a ``DistributorDetail``; ``show_detail(None)`` shows a hint instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributor_detail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(300)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title = QLabel(body)
        self.title.setObjectName("detail_name")
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(body)
        self.hint.setObjectName("detail_hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        for section, names in SECTIONS:
            group = QGroupBox(body)
            self.groups[section] = group
            if section == "contacts":
                box = QVBoxLayout(group)
                self.contacts = _value_label(group, "contacts")
                self.contacts.setTextFormat(Qt.TextFormat.PlainText)
                box.addWidget(self.contacts)
            else:
                form = QFormLayout(group)
                for name in names:
                    caption = QLabel(group)
                    self.captions[name] = caption
                    self.values[name] = _value_label(group, name)
                    form.addRow(caption, self.values[name])
            layout.addWidget(group)
        # -- the call log's timeline of calls and visits (issue 3); hidden until the
        # page binds it: ``panel.timeline.bind(services.calls, ops)``
        self.history = QGroupBox(body)
        self.history.setObjectName("detail_history")
        self.timeline = DistributorTimeline(self.history)
        QVBoxLayout(self.history).addWidget(self.timeline)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.setWidget(body)
        self._detail: DistributorDetail | None = None
        self.retranslate()
        self.show_detail(None)

    def detail(self) -> DistributorDetail | None:
        return self._detail

    def retranslate(self) -> None:
        titles = {
            "identity": self.tr("Identity"),
            "address": self.tr("Address"),
            "contacts": self.tr("Contacts"),
            "logistics": self.tr("Logistics"),
            "credit": self.tr("Credit"),
            "notes": self.tr("Notes"),
        }
        for key, group in self.groups.items():
            group.setTitle(titles[key])
        captions = {
            "code": self.tr("Code"),
            "short_name": self.tr("Short name"),
            "grade": self.tr("Grade"),
            "status": self.tr("Status"),
            "market": self.tr("Market"),
            "region": self.tr("Region"),
            "owner": self.tr("Owner"),
            "province": self.tr("Province"),
            "city": self.tr("City"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "warehouse_address": self.tr("Warehouse address"),
            "receiving_hours": self.tr("Receiving hours"),
            "carrier": self.tr("Carrier"),
            "lead_days": self.tr("Lead time"),
            "logistics_notes": self.tr("Logistics notes"),
            "credit_rating": self.tr("Credit rating"),
            "credit_limit": self.tr("Credit limit"),
            "payment_terms": self.tr("Payment terms"),
            "notes": self.tr("Notes"),
            "updated_at": self.tr("Last updated"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        self.hint.setText(self.tr("Select a distributor to see its file here."))
        self.history.setTitle(self.tr("Calls and visits"))
        self.show_detail(self._detail)

    def show_detail(self, detail: DistributorDetail | None) -> None:
        self._detail = detail
        self.hint.setVisible(detail is None)
        self.title.setVisible(detail is not None)
        for group in self.groups.values():
            group.setVisible(detail is not None)
        self.history.setVisible(detail is not None and self.timeline.bound())
        self.timeline.load(detail.form.id if detail is not None else None)
        if detail is None:
            return
        f = detail.form
        self.title.setText(f.name)
        dash = "—"
        owner = f"{detail.owner} ({detail.owner_code})" if detail.owner else dash
        colour = RATING_COLOURS.get(f.credit_rating, "")
        values = {
            "code": f.code,
            "short_name": f.short_name or dash,
            "grade": grade_name(f.grade),
            "status": status_name(f.status),
            "market": detail.market,
            "region": detail.region or dash,
            "owner": owner,
            "province": f.province or dash,
            "city": f.city or dash,
            "address": f.address or dash,
            "phone": f.phone or dash,
            "warehouse_address": f.warehouse_address or dash,
            "receiving_hours": f.receiving_hours or dash,
            "carrier": f.carrier or dash,
            "lead_days": days(f.lead_days) or dash,
            "logistics_notes": f.logistics_notes or dash,
            "credit_rating": rating_name(f.credit_rating),
            "credit_limit": money(f.credit_limit_fen),
            "payment_terms": days(f.payment_terms_days),
            "notes": f.notes or dash,
            "updated_at": fmt_date(detail.updated_at),
        }
        for key, label in self.values.items():
            label.setText(values[key])
        rating = self.values["credit_rating"]
        rating.setStyleSheet(
            f"QLabel {{ border-left: 10px solid {colour}; padding-left: 6px; }}" if colour else ""
        )
        self.contacts.setText(self.contact_lines(f.contacts) or self.tr("No contacts on file."))

    def contact_lines(self, contacts: tuple[ContactData, ...]) -> str:
        """Two lines a contact: who (primary marked in words), then how to reach them."""
        blocks = []
        primary = self.tr("primary")
        for c in contacts:
            who = " · ".join(p for p in (c.name, c.title) if p)
            if c.is_primary:
                who = f"★ {who} · {primary}"
            reach = [c.phone] if c.phone else []
            if c.wechat:
                reach.append(self.tr("WeChat: {id}").format(id=c.wechat))
            if c.email:
                reach.append(c.email)
            blocks.append("\n".join([who, "   " + " · ".join(reach)] if reach else [who]))
        return "\n".join(blocks)
