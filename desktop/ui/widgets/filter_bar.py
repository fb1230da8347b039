"""A search box and filter combos above a list, with a Clear button.

The bar knows nothing about what it filters: a page adds named combos, fills them
with (value, text) choices and listens to ``changed``. Typing is debounced (a
newer keystroke restarts the wait), choosing in a combo reports at once, and
setting values from code (restoring saved filters, filling choices) is quiet.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    """Search text plus any number of combos whose current data is the filter value."""

    #: the search text or a combo changed (already debounced)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clear_filters")
        self._combos: dict[str, QComboBox] = {}
        self._defaults: dict[str, str | None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textEdited.connect(self._timer.start)
        self.search.returnPressed.connect(self.flush)
        self.clear_button.clicked.connect(self.clear)

        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.search, 2)
        self._layout.addStretch(0)
        self._layout.addWidget(self.clear_button)

    # -- building ---------------------------------------------------------------
    def add_combo(self, key: str, default: str | None = None) -> QComboBox:
        """A combo named ``key``; ``default`` is the value Clear returns it to."""
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{key}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaxVisibleItems(20)
        combo.activated.connect(lambda _index: self._on_activated(key))
        self._combos[key] = combo
        self._defaults[key] = default
        self._layout.insertWidget(self._layout.count() - 2, combo, 1)
        return combo

    def _on_activated(self, key: str) -> None:
        self.combo_changed(key)
        self.changed.emit()

    def combo_changed(self, key: str) -> None:
        """The user chose in combo ``key`` (before ``changed``): subclasses refill dependents."""

    def combo(self, key: str) -> QComboBox:
        return self._combos[key]

    def set_choices(self, key: str, choices: Iterable[tuple[str | None, str]]) -> None:
        """Replace a combo's choices, keeping its value when it is still offered."""
        combo = self._combos[key]
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            for value, text in choices:
                combo.addItem(text, value)
            found = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(found if found >= 0 else 0)

    # -- values -----------------------------------------------------------------
    def text(self) -> str:
        return self.search.text().strip()

    def value(self, key: str) -> str | None:
        data = self._combos[key].currentData()
        return str(data) if data else None

    def values(self) -> dict[str, str | None]:
        return {key: self.value(key) for key in self._combos}

    def set_text(self, text: str) -> None:
        self._timer.stop()
        with QSignalBlocker(self.search):
            self.search.setText(text)

    def set_value(self, key: str, value: str | None) -> bool:
        """Choose ``value`` quietly; False (and the first choice) when it is not offered."""
        combo = self._combos[key]
        found = combo.findData(value) if value else -1
        with QSignalBlocker(combo):
            combo.setCurrentIndex(found if found >= 0 else 0)
        return found >= 0 or not value

    def is_default(self) -> bool:
        return not self.text() and all(self.value(k) == d for k, d in self._defaults.items())

    def pending(self) -> bool:
        """True while typed text waits for its debounce."""
        return self._timer.isActive()

    def flush(self) -> None:
        """Report typed text now instead of after the delay (Enter in the search box)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def clear(self) -> None:
        """Back to the defaults: no text, every combo at its default value."""
        self.set_text("")
        for key, default in self._defaults.items():
            self.set_value(key, default)
            self.combo_changed(key)
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
