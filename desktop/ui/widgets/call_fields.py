"""The call form's own fields: channel (keys 1–4), topics (checkboxes), time, a date that may be empty.

Labels carry mnemonics (Alt+letter) chosen not to clash within the call entry form.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QWidget,
)

from desktop.domain.calls import CHANNELS, TOPICS

DIGIT_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class ChannelPicker(QWidget):
    """Visit / phone / WeChat / other as radio buttons; the keys 1–4 choose while one has focus."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(CHANNELS):
            button = QRadioButton(self)
            button.setObjectName(f"channel_{code}")
            button.installEventFilter(self)
            self.group.addButton(button, i)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # its caption's Alt+letter reaches it
        self.setFocusProxy(self.buttons[CHANNELS[0]])

    def retranslate(self) -> None:
        texts = {
            "visit": self.tr("&1 Visit"),
            "phone": self.tr("&2 Phone"),
            "wechat": self.tr("&3 WeChat"),
            "other": self.tr("&4 Other"),
        }
        for code, button in self.buttons.items():
            button.setText(texts[code])

    def value(self) -> str:
        checked = self.group.checkedId()
        return CHANNELS[checked] if checked >= 0 else ""

    def set_value(self, code: str) -> None:
        if code in self.buttons:
            self.buttons[code].setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        self.setFocusProxy(self.buttons.get(code, self.buttons[CHANNELS[0]]))

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.setFocusProxy(button)
            self.changed.emit(self.value())

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            index = DIGIT_KEYS.get(Qt.Key(event.key()))
            if index is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                button = self.buttons[CHANNELS[index]]
                button.setChecked(True)
                button.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False


class TopicBoxes(QWidget):
    """One checkbox a topic, four to a row."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(TOPICS):
            box = QCheckBox(self)
            box.setObjectName(f"topic_{code}")
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[code] = box
            grid.addWidget(box, i // 4, i % 4)

    def retranslate(self) -> None:
        texts = {
            "order": self.tr("&Order"),
            "stock": self.tr("&Stock"),
            "promotion": self.tr("Pro&motion"),
            "payment": self.tr("Pa&yment"),
            "complaint": self.tr("&Complaint"),
            "display": self.tr("Dis&play"),
            "new_product": self.tr("&New product"),
            "other": self.tr("Othe&r"),
        }
        for code, box in self.boxes.items():
            box.setText(texts[code])

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, topics: tuple[str, ...]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in topics)


class WhenEdit(QDateTimeEdit):
    """Date and time to the minute; Tab leaves the field (it does not walk its sections)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class OptionalDateEdit(QDateEdit):
    """A date edit that can be empty (a dash), from ``first`` on; Up from empty gives ``first``, then +1 day."""

    def __init__(self, first: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setSpecialValueText("—")
        self.set_first(first)

    def set_first(self, first: date) -> None:
        """The earliest date offered; the day before it stands for 'no date'."""
        self._first = QDate(first.year, first.month, first.day)
        self.setMinimumDate(self._first.addDays(-1))
        self.setMaximumDate(self._first.addYears(5))

    def value(self) -> date | None:
        d = self.date()
        return None if d <= self.minimumDate() else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(self.minimumDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def stepBy(self, steps: int) -> None:
        if self.value() is None and steps > 0:
            self.setDate(self._first)
            self.setCurrentSection(QDateEdit.Section.DaySection)  # further steps move by days
            return
        super().stepBy(steps)
