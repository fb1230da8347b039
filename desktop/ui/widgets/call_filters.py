"""The filters above the call list, as a ``CallFilter``, saved as JSON in settings.

Two rows: the full-text search and the distributor (found as you type) above;
person, market, region, period (with two dates for a custom period), channel and
topic below. Period presets are computed from the service's today each time the
filter is read, so "this week" stays this week on the next start.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.calls import CHANNELS, PERIODS, TOPICS, period_range
from desktop.labels import channel_name, topic_name
from desktop.services.calls import CallFilter
from desktop.services.distributors import DistributorService
from desktop.services.org import OrgTree
from desktop.settings import Setting
from desktop.ui.tasks import Ops
from desktop.ui.widgets.call_distributor_picker import DistributorPicker
from desktop.ui.widgets.filter_bar import FilterBar

#: The last filters of the Call log page (the lead may move it to desktop/settings.py).
CALL_FILTERS: Setting[str] = Setting(
    "ui/call_filters", str, "", "last filters of the call log (JSON)"
)

KEYS = ("person", "market", "region", "period", "channel", "topic")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class CallFilterBar(FilterBar):
    """Search and distributor, then person, market, region, period, channel and topic."""

    def __init__(
        self, ops: Ops, distributors: DistributorService, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today
        self._tree: OrgTree | None = None
        # FilterBar lays everything out in one row; make it two: [search, distributor] / [combos]
        self._layout.removeWidget(self.search)
        self.distributor = DistributorPicker(ops, distributors, self)
        self.distributor.setObjectName("filter_distributor")
        self.distributor.setMinimumWidth(220)
        self.distributor.chosen.connect(lambda _id: self.changed.emit())
        first = QHBoxLayout()
        first.addWidget(self.search, 3)
        first.addWidget(self.distributor, 2)
        self.second = QHBoxLayout()
        self.second.setContentsMargins(0, 0, 0, 0)
        rows = QVBoxLayout()
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(first)
        rows.addLayout(self.second)
        self._layout.insertLayout(0, rows, 1)
        for key in KEYS:
            self.add_combo(key, "all" if key == "period" else None)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        self.dash = QLabel("–", self)
        for i, edit in enumerate((self.date_from, self.date_to)):
            edit.setObjectName(("filter_from", "filter_to")[i])
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDate(_qdate(today))
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        index = self.second.indexOf(self.combo("period")) + 1
        for offset, widget in enumerate((self.date_from, self.dash, self.date_to)):
            self.second.insertWidget(index + offset, widget)
        self.second.addStretch(1)
        self.retranslate()
        self.set_value("period", "all")
        self._show_dates()

    def add_combo(self, key: str, default: str | None = None) -> QComboBox:
        combo = super().add_combo(key, default)
        self._layout.removeWidget(combo)
        self.second.addWidget(combo)
        return combo

    # -- choices ----------------------------------------------------------------------
    def set_tree(self, tree: OrgTree) -> None:
        """The people, markets and regions the acting person may see."""
        self._tree = tree
        self.set_choices(
            "market", [(None, self.tr("All markets")), *((m.id, m.name) for m in tree.markets)]
        )
        self.combo_changed("market")

    def combo_changed(self, key: str) -> None:
        if key == "period":
            self._show_dates()
        if key != "market" or self._tree is None:
            return
        market = self.value("market")
        regions = [(r.id, r.name) for r in self._tree.regions if r.market_id == market]
        self.set_choices("region", [(None, self.tr("All regions")), *regions])
        self.combo("region").setEnabled(market is not None)
        people = [
            (p.id, f"{p.name} ({p.code})")
            for p in self._tree.people
            if p.active and (market is None or p.market_id == market)
        ]
        self.set_choices("person", [(None, self.tr("Everyone")), *people])

    def _show_dates(self) -> None:
        custom = self.value("period") == "custom"
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(custom)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search notes and problems (Chinese or English)"))
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))
        self.distributor.setPlaceholderText(self.tr("Distributor: code, name or pinyin"))
        self.clear_button.setText(self.tr("Clear filters"))
        periods = {
            "all": self.tr("Any time"),
            "today": self.tr("Today"),
            "week": self.tr("This week"),
            "month": self.tr("This month"),
            "last30": self.tr("Last 30 days"),
            "custom": self.tr("From … to …"),
        }
        self.set_choices("period", [(p, periods[p]) for p in PERIODS])
        self.set_choices(
            "channel", [(None, self.tr("All channels")), *((c, channel_name(c)) for c in CHANNELS)]
        )
        self.set_choices(
            "topic", [(None, self.tr("All topics")), *((t, topic_name(t)) for t in TOPICS)]
        )
        if self._tree is not None:
            self.set_tree(self._tree)
        else:
            for key, text in (
                ("market", self.tr("All markets")),
                ("region", self.tr("All regions")),
                ("person", self.tr("Everyone")),
            ):
                self.set_choices(key, [(None, text)])
            self.combo("region").setEnabled(False)

    # -- the filter -------------------------------------------------------------------
    def period(self) -> tuple[date | None, date | None]:
        preset = self.value("period") or "all"
        if preset == "custom":
            first, last = _pydate(self.date_from.date()), _pydate(self.date_to.date())
            return min(first, last), max(first, last)
        return period_range(preset, self.today)

    def filter(self) -> CallFilter:
        v = self.values()
        first, last = self.period()
        return CallFilter(
            person_id=v["person"],
            distributor_id=self.distributor.distributor_id(),
            market_id=v["market"],
            region_id=v["region"],
            date_from=first,
            date_to=last,
            channel=v["channel"],
            topic=v["topic"],
            text=self.text(),
        )

    def set_distributor(self, distributor_id: str | None, label: str = "") -> None:
        self.distributor.set_distributor(distributor_id, label)

    def is_default(self) -> bool:
        return super().is_default() and self.distributor.distributor_id() is None

    def clear(self) -> None:
        self.distributor.set_distributor(None)
        super().clear()

    def to_json(self) -> str:
        return json.dumps(
            {
                "text": self.text(),
                **self.values(),
                "distributor": self.distributor.distributor_id(),
                "distributor_label": self.distributor.text(),
                "from": self.date_from.date().toString("yyyy-MM-dd"),
                "to": self.date_to.date().toString("yyyy-MM-dd"),
            },
            ensure_ascii=False,
        )

    def restore(self, text: str) -> None:
        """Bring back saved filters; values no longer offered fall back to 'all'."""
        try:
            saved: Any = json.loads(text) if text else None
        except ValueError:
            saved = None
        if not isinstance(saved, dict):
            return
        self.set_text(str(saved.get("text") or ""))
        for key in KEYS:
            value = saved.get(key)
            self.set_value(key, str(value) if value else ("all" if key == "period" else None))
            self.combo_changed(key)
        for edit, key in ((self.date_from, "from"), (self.date_to, "to")):
            day = QDate.fromString(str(saved.get(key) or ""), "yyyy-MM-dd")
            if day.isValid():
                with QSignalBlocker(edit):
                    edit.setDate(day)
        distributor = saved.get("distributor")
        if isinstance(distributor, str) and distributor:
            self.distributor.set_distributor(distributor, str(saved.get("distributor_label") or ""))
        self._show_dates()
