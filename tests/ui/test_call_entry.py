"""The call entry form: keyboard only, errors next to fields, save and next, from a visit, Esc."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.engine import Database
from db.models import CallLog, Distributor, Person, Visit
from desktop.app import Services, build_services
from desktop.services.calls import CallPrefill
from desktop.services.org import OrgService
from desktop.ui.dialogs.call_entry import CallEntryDialog
from desktop.ui.tasks import Ops
from tests.ui.conftest import OFFSCREEN_LIMITS

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)

HUAYUE = "北京华悦商贸有限公司"
TODAY = date(2026, 11, 27)
WAIT_MS = 10_000
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@dataclass
class Entry:
    qtbot: QtBot
    services: Services
    dialog: CallEntryDialog
    boxes: list[str] = field(default_factory=list)

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def type(self, text: str) -> None:
        """Type into whatever has the focus: ASCII as key presses, Chinese as the input method
        commits it (what a pinyin IME sends once a word is chosen)."""
        for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
            widget = self.focused()
            if chunk.isascii():
                self.qtbot.keyClicks(widget, chunk)
            else:
                event = QInputMethodEvent()
                event.setCommitString(chunk)
                QApplication.sendEvent(widget, event)

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)

    def choose_distributor(self, text: str) -> None:
        picker = self.dialog.distributor
        assert self.focused() is picker
        with self.qtbot.waitSignal(picker.suggested, timeout=WAIT_MS):
            self.type(text)
        assert picker.list_visible()
        self.press(Qt.Key.Key_Return)
        assert picker.distributor_id() is not None


@pytest.fixture
def huayue(demo_db: Database) -> Distributor:
    with demo_db.read_session() as s:
        d = s.scalar(select(Distributor).where(Distributor.name == HUAYUE))
        assert d is not None and d.owner_id is not None
        owner = s.get(Person, d.owner_id)
        assert owner is not None
    OrgService(demo_db).set_owner(owner.code)  # the laptop of Huayue's owner
    return d


@pytest.fixture
def make_entry(
    qtbot: QtBot, demo_db: Database, english: None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Entry]]:
    crashes: list[BaseException] = []
    boxes: list[str] = []
    made: list[tuple[Ops, Entry]] = []

    def warning(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        boxes.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)

    def make(prefill: CallPrefill | None = None) -> Entry:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.resize(900, 700)
        window.show()
        ops = Ops(window, crashes.append)
        services = build_services(demo_db)
        dialog = CallEntryDialog(services, ops, window, prefill=prefill)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
        entry = Entry(qtbot, services, dialog, boxes)
        made.append((ops, entry))
        return entry

    yield make
    for ops, _entry in made:
        qtbot.waitUntil(lambda ops=ops: ops.wait_idle(0), timeout=WAIT_MS)  # type: ignore[misc]
    assert not crashes, crashes


def _count(db: Database) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(CallLog)) or 0


def test_a_call_entered_with_the_keyboard_only(
    make_entry: Callable[..., Entry], demo_db: Database, huayue: Distributor
) -> None:
    e = make_entry()
    before = _count(demo_db)
    e.choose_distributor("bjhy")  # pinyin initials of 北京华悦
    assert e.dialog.distributor.text().endswith(HUAYUE)
    e.press(Qt.Key.Key_Tab)  # person: the laptop's owner already
    assert e.focused() is e.dialog.person and e.dialog.person.currentData() == huayue.owner_id
    e.press(Qt.Key.Key_Tab)  # when: now
    e.press(Qt.Key.Key_Tab)  # channel
    e.press(Qt.Key.Key_2)  # 2 = phone
    assert e.dialog.channel.value() == "phone"
    e.press(Qt.Key.Key_O, ALT)  # topic Order (a mnemonic clicks its box after a short flash)
    e.press(Qt.Key.Key_S, ALT)  # topic Stock
    e.qtbot.waitUntil(lambda: e.dialog.topics.value() == ("order", "stock"), timeout=WAIT_MS)
    e.press(Qt.Key.Key_A, ALT)  # order amount
    e.type("12,345.60")
    e.press(Qt.Key.Key_T, ALT)  # notes
    e.type("老板确认订单")
    e.press(Qt.Key.Key_Return)
    e.type("POS display checked")
    e.press(Qt.Key.Key_Tab)  # problems
    e.type("外箱破损")
    e.press(Qt.Key.Key_Tab)  # next step
    e.type("下周回访")
    e.press(Qt.Key.Key_Tab)  # due: empty; Up gives today, Up again tomorrow
    assert e.focused() is e.dialog.due
    e.press(Qt.Key.Key_Up)
    e.press(Qt.Key.Key_Up)
    with e.qtbot.waitSignal(e.dialog.saved, timeout=WAIT_MS):
        e.press(Qt.Key.Key_Return, CTRL)
    assert not e.dialog.isVisible()
    assert _count(demo_db) == before + 1
    call = e.services.calls.get(e.dialog.saved_ids[0])
    row = call.row
    assert (row.distributor_name, row.channel, row.topics) == (HUAYUE, "phone", ("order", "stock"))
    assert row.order_amount_fen == 1_234_560
    assert row.notes == "老板确认订单\nPOS display checked" and row.problems == "外箱破损"
    assert row.person_id == huayue.owner_id
    assert call.task is not None and call.task.text == "下周回访"
    assert call.task.due_date == TODAY + timedelta(days=1)
    assert not e.boxes


def test_save_and_next_starts_a_fresh_call_keeping_person_and_channel(
    make_entry: Callable[..., Entry], demo_db: Database, huayue: Distributor
) -> None:
    e = make_entry()
    before = _count(demo_db)
    e.choose_distributor("bjhy")
    e.press(Qt.Key.Key_H, ALT)  # channel
    e.press(Qt.Key.Key_3)  # WeChat
    e.press(Qt.Key.Key_T, ALT)
    e.type("微信确认订单明细")
    with e.qtbot.waitSignal(e.dialog.saved, timeout=WAIT_MS):
        e.press(Qt.Key.Key_Return, CTRL | SHIFT)
    assert e.dialog.isVisible()
    assert e.focused() is e.dialog.distributor and e.dialog.distributor.text() == ""
    assert e.dialog.channel.value() == "wechat"
    assert e.dialog.person.currentData() == huayue.owner_id
    assert e.dialog.notes.toPlainText() == "" and "Saved" in e.dialog.message.text()
    assert not e.dialog.is_dirty()
    e.choose_distributor("bjhy")
    e.press(Qt.Key.Key_T, ALT)
    e.type("第二个电话")
    with e.qtbot.waitSignal(e.dialog.saved, timeout=WAIT_MS):
        e.press(Qt.Key.Key_Return, CTRL)
    assert _count(demo_db) == before + 2
    assert len(set(e.dialog.saved_ids)) == 2


def test_missing_fields_are_named_next_to_them_and_nothing_is_saved(
    make_entry: Callable[..., Entry], demo_db: Database, huayue: Distributor
) -> None:
    e = make_entry()
    before = _count(demo_db)
    e.press(Qt.Key.Key_A, ALT)
    e.type("12.345")  # three decimals
    e.press(Qt.Key.Key_Return, CTRL)
    errors = e.dialog.errors
    shown = {name for name, label in errors.items() if label.isVisibleTo(e.dialog)}
    assert shown == {"distributor_id", "channel", "notes", "order_amount_fen"}
    assert "at most two decimals" in errors["order_amount_fen"].text()
    assert errors["notes"].text() == "This field is required."
    assert e.focused() is e.dialog.distributor  # the first bad field
    assert e.dialog.isVisible() and _count(demo_db) == before


def test_a_call_from_a_planned_visit_marks_it_done(
    make_entry: Callable[..., Entry], demo_db: Database, huayue: Distributor
) -> None:
    with demo_db.session_scope() as s:
        visit = Visit(
            person_id=huayue.owner_id, planned_date=TODAY, target_kind="distributor",
            distributor_id=huayue.id, purpose="月度拜访", status="planned",
        )  # fmt: skip
        s.add(visit)
        s.flush()
        visit_id = visit.id
    prefill = CallPrefill(huayue.id, huayue.owner_id, visit_id, TODAY)
    e = make_entry(prefill)
    assert e.dialog.distributor.text() == f"{huayue.code} · {HUAYUE}"
    assert e.dialog.channel.value() == "visit" and e.dialog.visit_note.isVisibleTo(e.dialog)
    e.press(Qt.Key.Key_T, ALT)
    e.type("月度拜访完成")
    with e.qtbot.waitSignal(e.dialog.saved, timeout=WAIT_MS):
        e.press(Qt.Key.Key_Return, CTRL)
    with demo_db.read_session() as s:
        done = s.get(Visit, visit_id)
        assert done is not None and done.status == "done"
        assert done.call_log_id == e.dialog.saved_ids[0]


def test_the_distributor_field_finds_by_code_name_and_pinyin(
    make_entry: Callable[..., Entry], huayue: Distributor
) -> None:
    e = make_entry()
    picker = e.dialog.distributor
    for text in (huayue.code, "华悦", "bjhy"):
        picker.clear()
        with e.qtbot.waitSignal(picker.suggested, timeout=WAIT_MS):
            e.type(text)
        assert any(HUAYUE in s for s in picker.suggestions()), text
        assert len(picker.suggestions()) <= 20
    picker.clear()
    with e.qtbot.waitSignal(picker.suggested, timeout=WAIT_MS):
        e.type("北京")
    assert len(picker.suggestions()) > 1
    e.press(Qt.Key.Key_Down)
    assert picker.list.currentRow() == 1
    e.press(Qt.Key.Key_Escape)  # closes the list, not the form
    assert not picker.list_visible() and e.dialog.isVisible()
    assert picker.distributor_id() is None


def test_escape_closes_at_once_when_nothing_was_typed_and_asks_otherwise(
    make_entry: Callable[..., Entry], huayue: Distributor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    e = make_entry()
    e.press(Qt.Key.Key_Escape)
    assert not e.dialog.isVisible() and not asked
    e = make_entry()
    e.press(Qt.Key.Key_T, ALT)
    e.type("写了一半")
    e.press(Qt.Key.Key_Escape)
    assert e.dialog.isVisible() and len(asked) == 1
    answer[0] = QMessageBox.StandardButton.Discard
    e.press(Qt.Key.Key_Escape)
    assert not e.dialog.isVisible()
