"""A field that finds a distributor by code, name or pinyin initials as you type.

Typing waits a moment, then asks ``DistributorService.find_ids`` in the
background (a newer keystroke supersedes the answer of an older one) and shows at
most ``SUGGESTIONS`` active distributors in a list under the field. The keyboard
does everything: Down/Up move in the list, Enter or Tab takes the highlighted
one, Esc closes the list. The list floats over the window (a child widget, not a
popup window), so the field keeps the keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QListWidgetItem, QWidget

from desktop.services.distributors import DistributorFilter, DistributorRow, DistributorService
from desktop.ui.tasks import Ops

SUGGESTIONS = 20
DELAY_MS = 150
VISIBLE_ROWS = 8
MIN_WIDTH = 380
ID_ROLE = Qt.ItemDataRole.UserRole
LIST_STYLE = (
    "QListWidget { background: #ffffff; border: 1px solid #9ca3af; border-radius: 4px; }"
    " QListWidget::item { padding: 4px 8px; }"
    " QListWidget::item:selected { background: #dbe7f7; color: #111827; }"
)


def lookup(service: DistributorService, text: str) -> list[DistributorRow]:
    """The first active distributors matching ``text`` (code order), at most ``SUGGESTIONS``."""
    ids = service.find_ids(DistributorFilter(text=text, status="active"))
    return service.rows(ids[:SUGGESTIONS])


def label_of(code: str, name: str) -> str:
    return f"{code} · {name}"


class DistributorPicker(QLineEdit):
    """A line edit whose value is a distributor id (``distributor_id``), chosen from suggestions."""

    #: the chosen distributor's id, or None when the choice was cleared by typing
    chosen = Signal(object)
    #: suggestions arrived and are shown (tests wait for it)
    suggested = Signal()

    def __init__(
        self, ops: Ops, service: DistributorService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ops, self._service = ops, service
        self._id: str | None = None
        self._generation = 0
        self.list = QListWidget(self)
        self.list.setObjectName("distributor_suggestions")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet(LIST_STYLE)
        self.list.itemClicked.connect(self._take)
        self.list.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._ask)
        self.textEdited.connect(self._edited)
        self.setClearButtonEnabled(True)

    # -- value ------------------------------------------------------------------------
    def distributor_id(self) -> str | None:
        return self._id

    def set_distributor(self, distributor_id: str | None, label: str = "") -> None:
        """Show a distributor chosen elsewhere (quietly: no ``chosen`` signal)."""
        self._id = distributor_id
        self._timer.stop()
        self._generation += 1
        self.setText(label if distributor_id else "")
        self.hide_list()

    def suggestions(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def list_visible(self) -> bool:
        return self.list.isVisible()

    # -- typing -----------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        if self._id is not None:
            self._id = None
            self.chosen.emit(None)
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self._generation += 1
            self.hide_list()

    def _ask(self) -> None:
        text = self.text().strip()
        self._generation += 1
        generation = self._generation
        service = self._service
        self._ops.run_in_background(
            lambda _progress: lookup(service, text),
            show_progress=False,
            success=lambda rows: self._show(generation, rows),
            failure=lambda _error: generation != self._generation,
            parent=self,
        )

    def _show(self, generation: int, rows: list[DistributorRow]) -> None:
        if generation != self._generation or self._id is not None:
            return  # a newer question is on its way, or a choice was made meanwhile
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(f"{label_of(row.code, row.name)} · {row.city}".rstrip(" ·"))
            item.setData(ID_ROLE, (row.id, label_of(row.code, row.name)))
            self.list.addItem(item)
        if rows and self.hasFocus():
            self.list.setCurrentRow(0)
            self._place()
            self.list.show()
            self.list.raise_()
        else:
            self.hide_list()
        self.suggested.emit()

    def _place(self) -> None:
        window = self.window()
        if self.list.parent() is not window:
            self.list.setParent(window)
        width = max(self.width(), MIN_WIDTH)
        rows = min(self.list.count(), VISIBLE_ROWS)
        height = rows * max(self.list.sizeHintForRow(0), 18) + 2 * self.list.frameWidth() + 2
        corner = self.mapTo(window, QPoint(0, self.height()))
        room = window.height() - corner.y()
        if height > room and corner.y() - self.height() > room:  # no room below: open above
            corner = self.mapTo(window, QPoint(0, -height))
        self.list.setGeometry(corner.x(), corner.y(), width, height)

    def hide_list(self) -> None:
        self.list.hide()

    def _take(self, item: QListWidgetItem | None = None) -> bool:
        item = item or self.list.currentItem()
        if item is None or not self.list.isVisible():
            return False
        distributor_id, label = item.data(ID_ROLE)
        self._id = distributor_id
        self.setText(label)
        self.hide_list()
        self.chosen.emit(distributor_id)
        return True

    # -- keys -------------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if isinstance(e, QKeyEvent) and e.type() == QEvent.Type.KeyPress and e.key() in tab:
            self._take()  # Tab takes the highlighted suggestion (if any), then moves on
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        key = e.key()
        if self.list.isVisible():
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(key), VISIBLE_ROWS)
                if key == Qt.Key.Key_PageUp:
                    step = -VISIBLE_ROWS
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                e.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not e.modifiers() & (
                Qt.KeyboardModifier.ControlModifier
            ):
                self._take()
                e.accept()
                return
            if key == Qt.Key.Key_Escape:
                self.hide_list()
                e.accept()
                return
        elif key == Qt.Key.Key_Down and self.text().strip() and self._id is None:
            self._timer.stop()
            self._ask()
            e.accept()
            return
        super().keyPressEvent(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        self.hide_list()
        super().focusOutEvent(e)
