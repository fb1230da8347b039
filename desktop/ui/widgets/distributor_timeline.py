"""A distributor's history as one timeline: its calls and its visits, newest first.

Shown in the distributor's detail panel. The panel (or its page) binds it to the
call service and the page's ``Ops`` once (``bind``) and asks it to ``load`` a
distributor whenever the panel shows one; an unbound timeline stays hidden. Each
line says the date and time, what happened (the channel of a call, or a visit's
status in words, with the status colour beside it) and who, then the notes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.errors import NotFound
from desktop.labels import channel_name, fmt_date, money, topic_names, visit_status_name
from desktop.services.calls import TIMELINE_LIMIT, CallService, TimelineItem
from desktop.ui.models.call_table import first_line
from desktop.ui.tasks import Ops

#: Status colours (UI.md): planned blue, done green, missed red, cancelled grey; calls dark grey.
COLOURS = {
    "planned": "#2563b0", "done": "#2e7d32", "missed": "#c62828", "cancelled": "#8a8a8a",
    "call": "#4b5563",
}  # fmt: skip
KIND_ROLE = Qt.ItemDataRole.UserRole
_dots: dict[str, QIcon] = {}


def dot(key: str) -> QIcon:
    if key not in _dots:
        pixmap = QPixmap(10, 10)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(COLOURS.get(key, COLOURS["call"])))
        painter.drawEllipse(1, 1, 8, 8)
        painter.end()
        _dots[key] = QIcon(pixmap)
    return _dots[key]


class DistributorTimeline(QWidget):
    """The latest ``TIMELINE_LIMIT`` calls and visits of one distributor."""

    #: (kind, id) of a line the user activated (double-click or Enter)
    activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributor_timeline")
        self._service: CallService | None = None
        self._ops: Ops | None = None
        self._items: list[TimelineItem] = []
        self.list = QListWidget(self)
        self.list.setObjectName("timeline_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(320)
        self.list.itemActivated.connect(self._activated)
        self.empty = QLabel(self)
        self.empty.setObjectName("mutedText")
        self.empty.setWordWrap(True)
        self.footnote = QLabel(self)
        self.footnote.setObjectName("mutedText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.footnote)
        self.setVisible(False)
        self.retranslate()

    def bind(self, service: CallService, ops: Ops) -> None:
        self._service, self._ops = service, ops

    def bound(self) -> bool:
        return self._service is not None

    def load(self, distributor_id: str | None) -> None:
        """Show the timeline of ``distributor_id`` (None, or unbound: nothing)."""
        service, ops = self._service, self._ops
        if distributor_id is None or service is None or ops is None:
            self.show_items([])
            self.setVisible(False)
            return
        self.setVisible(True)
        ops.run(
            lambda: service.timeline(distributor_id, TIMELINE_LIMIT),
            success=self.show_items,
            failure=lambda error: isinstance(error, NotFound),
            parent=self,
        )

    def items(self) -> list[TimelineItem]:
        return self._items

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No calls or visits yet."))
        self.footnote.setText(
            self.tr(
                "The latest %n calls and visits; the Call log page has them all.",
                "",
                TIMELINE_LIMIT,
            )
        )
        self.show_items(self._items)

    def show_items(self, items: list[TimelineItem]) -> None:
        self._items = items
        self.list.clear()
        for item in items:
            entry = QListWidgetItem(self.line(item), self.list)
            entry.setIcon(dot("call" if item.kind == "call" else item.status))
            entry.setData(KIND_ROLE, (item.kind, item.id))
            entry.setToolTip(item.text)
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.footnote.setVisible(len(items) >= TIMELINE_LIMIT)

    def line(self, item: TimelineItem) -> str:
        """When, what (a call's channel or a visit's status) and who; then topics, amount, text."""
        when = f"{fmt_date(item.day)} {item.time}".strip()
        if item.kind == "call":
            what = self.tr("Call · {channel}").format(channel=channel_name(item.channel))
            facts = [topic_names(item.topics)] if item.topics else []
            if item.order_amount_fen is not None:
                facts.append(money(item.order_amount_fen))
        else:
            what = self.tr("Visit · {status}").format(status=visit_status_name(item.status))
            facts = []
        lines = [" · ".join([when, what, item.person_name])]
        if facts:
            lines.append(" · ".join(facts))
        if first_line(item.text):
            lines.append(first_line(item.text))
        return "\n".join(lines)

    def _activated(self, entry: QListWidgetItem) -> None:
        kind, item_id = entry.data(KIND_ROLE)
        self.activated.emit(kind, item_id)
