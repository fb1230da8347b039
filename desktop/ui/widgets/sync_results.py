"""One line per imported file, newest on top, in the user's language.

Applied, duplicate, waiting for a gap, or rejected, each with a colour chip and the word,
and the service's own message (the missing range and what to do, or the reason for a
refusal) rendered in the installed language, with device ids replaced by names.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.ui.widgets.sync_view import SyncView, when

if TYPE_CHECKING:
    from desktop.services.sync import ImportLine

APPLIED, DUPLICATE, GAP, REJECTED = "applied", "duplicate", "gap", "rejected"
#: Result colours (always shown with the word): done green, nothing new grey, waiting amber,
#: refused red.
COLOURS = {APPLIED: "#2e7d32", DUPLICATE: "#8a8a8a", GAP: "#d97706", REJECTED: "#c62828"}
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Arguments of the service's messages that hold a device id (shown as a name instead).
DEVICE_ARGS = ("device", "sender", "recipient")

_chips: dict[str, QIcon] = {}


def chip(result: str) -> QIcon:
    if result not in _chips:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(COLOURS.get(result, "#8a8a8a")))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _chips[result] = QIcon(pixmap)
    return _chips[result]


def message_text(error: UserError | None, view: SyncView | None) -> str:
    """The service's message in the user's language, naming devices by their people."""
    if error is None:
        return ""
    args = dict(error.args_map)
    if view is not None:
        for key in DEVICE_ARGS:
            if isinstance(args.get(key), str) and args[key] != view.me:
                args[key] = view.device_name(args[key])
    return UserError(error.message, **args).render(QCoreApplication.translate)


def line_text(line: ImportLine, view: SyncView | None) -> str:
    """One file's result as a sentence."""
    name = line.path.name or QCoreApplication.translate("SyncResults", "(unnamed file)")
    who = view.device_name(line.sender) if view is not None and line.sender else line.sender
    if line.result == APPLIED:
        applied, skipped, conflicts, released = (
            line.applied,
            line.skipped,
            line.conflicts,
            line.released,
        )  # plain names: lupdate reads only those as a plural's count
        text = QCoreApplication.translate(
            "SyncResults", "{file}: applied — %n change(s) from {who}", "", applied
        )
        if line.first_seq is not None and line.last_seq is not None:
            text += QCoreApplication.translate("SyncResults", " (numbers {first}–{last})")
        if skipped:
            text += QCoreApplication.translate("SyncResults", "; %n were already here", "", skipped)
        if conflicts:
            text += QCoreApplication.translate(
                "SyncResults", "; %n conflict(s) to look at below", "", conflicts
            )
        if released:
            text += QCoreApplication.translate(
                "SyncResults", "; %n file(s) kept waiting went in too", "", released
            )
        return (text + ".").format(file=name, who=who, first=line.first_seq, last=line.last_seq)
    message = message_text(line.message, view) or line.reason
    words = {
        DUPLICATE: QCoreApplication.translate(
            "SyncResults", "{file}: already imported — {message}"
        ),
        GAP: QCoreApplication.translate("SyncResults", "{file}: kept waiting — {message}"),
    }.get(line.result, QCoreApplication.translate("SyncResults", "{file}: rejected — {message}"))
    return words.format(file=name, message=message)


class SyncResults(QWidget):
    """The result lines of this session's imports (``add``), newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncResults")
        self._entries: list[tuple[ImportLine, datetime | None]] = []
        self._view: SyncView | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("syncResultList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hint = QLabel(self)
        self.hint.setObjectName("emptyText")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    def add(self, lines: list[ImportLine], at: datetime | None = None) -> None:
        """Show ``lines`` above the earlier ones (the last file of a batch on top)."""
        for line in lines:
            self._entries.insert(0, (line, at))
        self._render()

    def set_view(self, view: SyncView | None) -> None:
        self._view = view
        self._render()

    def clear(self) -> None:
        self._entries.clear()
        self._render()

    def texts(self) -> list[str]:
        return [
            item.text() for item in (self.list.item(i) for i in range(self.list.count())) if item
        ]

    def results(self) -> list[str]:
        return [line.result for line, _at in self._entries]

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Nothing imported yet in this session. Drop sync files on this page, or use "
                "the import buttons; each file gets one line here."
            )
        )
        self._render()

    def _render(self) -> None:
        self.list.clear()
        for line, at in self._entries:
            text = line_text(line, self._view)
            item = QListWidgetItem(chip(line.result), f"{when(at)} · {text}" if at else text)
            item.setData(RESULT_ROLE, line.result)
            item.setToolTip(str(line.path))
            self.list.addItem(item)
        self.stack.setCurrentWidget(self.list if self._entries else self.hint)
