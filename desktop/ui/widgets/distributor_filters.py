"""The filters above the distributors list, as a ``DistributorFilter``, saved as JSON in settings."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.domain.org import CREDIT_RATINGS, DISTRIBUTOR_GRADES, DISTRIBUTOR_STATUSES
from desktop.labels import grade_name, rating_name, status_name
from desktop.services.distributors import SORT_COLUMNS, DistributorFilter
from desktop.services.org import OrgTree
from desktop.ui.widgets.filter_bar import FilterBar

KEYS = ("market", "region", "owner", "grade", "rating", "status")
DEFAULT_STATUS = "active"


class DistributorFilterBar(FilterBar):
    """Search plus market, region (of the chosen market), owner, grade, rating and status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for key in KEYS:
            self.add_combo(key, DEFAULT_STATUS if key == "status" else None)
        self.sort = "code"
        self.descending = False
        self._tree: OrgTree | None = None
        self.retranslate()
        self.set_value("status", DEFAULT_STATUS)

    # -- choices ----------------------------------------------------------------
    def set_tree(self, tree: OrgTree) -> None:
        """The markets, regions and people the acting person may see."""
        self._tree = tree
        self.set_choices(
            "market",
            [(None, self.tr("All markets")), *((m.id, m.name) for m in tree.markets)],
        )
        self.combo_changed("market")

    def combo_changed(self, key: str) -> None:
        if key != "market" or self._tree is None:
            return
        market = self.value("market")
        regions = [(r.id, r.name) for r in self._tree.regions if r.market_id == market]
        self.set_choices("region", [(None, self.tr("All regions")), *regions])
        region_combo = self.combo("region")
        region_combo.setEnabled(market is not None)
        region_combo.setToolTip("" if market else self.tr("Choose a market first"))
        people = [
            (p.id, f"{p.name} ({p.code})")
            for p in self._tree.people
            if market is None or p.market_id == market
        ]
        self.set_choices("owner", [(None, self.tr("All owners")), *people])

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search code, name, city or pinyin initials"))
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.set_choices(
            "grade",
            [(None, self.tr("All grades")), *((g, grade_name(g)) for g in DISTRIBUTOR_GRADES)],
        )
        self.set_choices(
            "rating",
            [(None, self.tr("All credit ratings")), *((r, rating_name(r)) for r in CREDIT_RATINGS)],
        )
        self.set_choices(
            "status",
            [(None, self.tr("All statuses")), *((s, status_name(s)) for s in DISTRIBUTOR_STATUSES)],
        )
        if self._tree is not None:
            self.set_tree(self._tree)
        else:
            for key, text in (
                ("market", self.tr("All markets")),
                ("region", self.tr("All regions")),
                ("owner", self.tr("All owners")),
            ):
                self.set_choices(key, [(None, text)])
            self.combo("region").setEnabled(False)

    # -- the filter -------------------------------------------------------------
    def filter(self) -> DistributorFilter:
        v = self.values()
        return DistributorFilter(
            text=self.text(),
            market_id=v["market"],
            region_id=v["region"],
            owner_id=v["owner"],
            grade=v["grade"],
            credit_rating=v["rating"],
            status=v["status"],
            sort=self.sort,
            descending=self.descending,
        )

    def to_json(self) -> str:
        return json.dumps(
            {"text": self.text(), **self.values(), "sort": self.sort, "desc": self.descending},
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
            self.set_value(key, str(value) if value else None)
            self.combo_changed(key)
        sort = saved.get("sort")
        self.sort = sort if isinstance(sort, str) and sort in SORT_COLUMNS else "code"
        self.descending = bool(saved.get("desc"))
