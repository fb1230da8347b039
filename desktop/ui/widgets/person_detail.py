"""The right-hand panel of the organisation page: one person, or a summary of a market or region."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.services.org import PersonDetail, PersonRow

PERSON_ID = Qt.ItemDataRole.UserRole
MAX_ROWS = 12


def person_line(p: PersonRow) -> str:
    return f"{p.name}  ·  {p.code}  ·  {labels.role_name(p.role)}"


class PersonDetailPanel(QFrame):
    """Name, code, role, level, body, manager, area, dates, contact and subordinates."""

    #: a person id, when the user asks to go to someone (manager link, subordinate)
    person_requested = Signal(str)

    FIELDS = (
        "code", "role", "level", "body", "manager", "market", "region",
        "hire_date", "probation", "promotion", "phone", "email",
    )  # fmt: skip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self._detail: PersonDetail | None = None

        self.name = QLabel()
        self.name.setObjectName("detailTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in self.FIELDS:
            caption = QLabel()
            caption.setObjectName("fieldCaption")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[key], self.values[key] = caption, value
            self.form.addRow(caption, value)
        manager = self.values["manager"]
        manager.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        manager.linkActivated.connect(self.person_requested)

        self.subordinates_title = QLabel()
        self.subordinates_title.setObjectName("sectionTitle")
        self.subordinates = QListWidget()
        self.subordinates.setObjectName("subordinates")
        self.subordinates.itemActivated.connect(self._on_subordinate)
        self.no_subordinates = QLabel()
        self.no_subordinates.setObjectName("mutedText")

        self.person_box = QWidget()
        box = QVBoxLayout(self.person_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addLayout(self.form)
        box.addSpacing(10)
        box.addWidget(self.subordinates_title)
        box.addWidget(self.no_subordinates)
        box.addWidget(self.subordinates)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(4)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addWidget(self.person_box)
        layout.addStretch(1)
        self.retranslate()
        self.clear()

    @property
    def detail(self) -> PersonDetail | None:
        return self._detail

    def retranslate(self) -> None:
        captions = {
            "code": self.tr("Code"),
            "role": self.tr("Role"),
            "level": self.tr("Level"),
            "body": self.tr("Body"),
            "manager": self.tr("Manager"),
            "market": self.tr("Market"),
            "region": self.tr("Region"),
            "hire_date": self.tr("Hire date"),
            "probation": self.tr("Probation"),
            "promotion": self.tr("Last promotion"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.no_subordinates.setText(self.tr("Nobody reports to this person."))
        if self._detail is not None:
            self.show_person(self._detail)

    def clear(self, title: str = "", text: str = "") -> None:
        """No person: a title and a line of text (a market or region summary, or a hint)."""
        self._detail = None
        self.name.setText(title)
        self.subtitle.setText(text)
        self.person_box.hide()

    def show_person(self, detail: PersonDetail) -> None:
        self._detail = detail
        p = detail.person
        dash = "—"
        self.name.setText(p.name)
        status = "" if p.active else self.tr("No longer active")
        self.subtitle.setText("  ·  ".join(x for x in (labels.role_name(p.role), status) if x))
        v = self.values
        v["code"].setText(p.code)
        v["role"].setText(labels.role_name(p.role))
        v["level"].setText(str(p.level) if p.level is not None else dash)
        v["body"].setText(labels.body_name(p.body))
        if p.manager_id and p.manager_name:
            v["manager"].setText(
                f'<a href="{p.manager_id}">{p.manager_name}</a> · {p.manager_code or ""}'
            )
        else:
            v["manager"].setText(dash)
        v["market"].setText(p.market_name or dash)
        v["region"].setText(p.region_name or dash)
        v["hire_date"].setText(labels.fmt_date(p.hire_date))
        if detail.in_probation and p.probation_end is not None:
            probation = self.tr("In probation until {date}").format(
                date=labels.fmt_date(p.probation_end)
            )
        else:
            probation = self.tr("Confirmed")
        v["probation"].setText(probation)
        v["promotion"].setText(labels.fmt_date(p.last_promotion_date) or dash)
        v["phone"].setText(p.phone or dash)
        v["email"].setText(p.email or dash)

        self.subordinates.clear()
        for sub in detail.subordinates:
            item = QListWidgetItem(person_line(sub))
            item.setData(PERSON_ID, sub.id)
            item.setToolTip(
                self.tr("Double-click to select {name} in the tree").format(name=sub.name)
            )
            self.subordinates.addItem(item)
        count = len(detail.subordinates)
        self.subordinates_title.setText(self.tr("Direct reports (%n)", "", count))
        self._fit_subordinates(count)
        self.subordinates.setVisible(count > 0)
        self.no_subordinates.setVisible(count == 0)
        self.person_box.show()

    def _fit_subordinates(self, count: int) -> None:
        """As tall as its rows (up to MAX_ROWS, then it scrolls), so short lists stay short."""
        rows = max(1, min(count, MAX_ROWS))
        row = self.subordinates.sizeHintForRow(0) if count else self.fontMetrics().height()
        frame = 2 * self.subordinates.frameWidth()
        self.subordinates.setFixedHeight(rows * max(row, 1) + frame + 4)

    def _on_subordinate(self, item: QListWidgetItem) -> None:
        person_id = item.data(PERSON_ID)
        if person_id:
            self.person_requested.emit(str(person_id))
