"""The call detail panel keeps every value readable when the call shown changes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.calls import CallDetail, CallRow
from desktop.ui.widgets.call_detail import CallDetailPanel


def _detail(notes: str) -> CallDetail:
    row = CallRow(
        id="c1", occurred_at=datetime(2026, 11, 26, 9, 12), distributor_id="d1",
        distributor_code="D005851", distributor_name="咸阳利通商贸有限公司", market="西北",
        region=None, person_id="p1", person_code="P0185", person_name="冯娟佳", channel="visit",
        topics=("order", "stock"), order_amount_fen=2_180_000, notes=notes,
        problems="物流到货不及时, 门店断货", next_step="", next_step_due=None, visit_id=None,
    )  # fmt: skip
    return CallDetail(row=row, task=None, logged_at=row.occurred_at, correctable=False)


def test_a_longer_note_gets_the_height_it_wraps_to(qtbot: QtBot) -> None:
    panel = CallDetailPanel()
    qtbot.addWidget(panel)
    panel.resize(310, 500)
    panel.show()
    qtbot.waitExposed(panel)
    notes, problems = panel.values["notes"], panel.values["problems"]
    panel.show_detail(_detail("KA门店端架促销已落实, 效果不错"))
    qtbot.waitUntil(lambda: notes.width() > 100 and notes.height() > 0)
    panel.show_detail(_detail("本次订货以24入整箱为主, 共26箱; 二批商库存偏低, 建议本周补货"))
    wrapped = notes.heightForWidth(notes.width())
    assert wrapped > notes.fontMetrics().height() * 1.5  # two lines at this width
    qtbot.waitUntil(lambda: problems.geometry().top() > notes.geometry().top() + wrapped // 2)
    for _ in range(3):  # nothing moves any more (the layout has settled)
        QApplication.processEvents()
    assert notes.height() >= wrapped
    assert notes.geometry().bottom() < problems.geometry().top()
