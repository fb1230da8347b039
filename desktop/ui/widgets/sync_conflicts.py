"""The conflicts list with both values side by side, and a way to resolve each.

Selecting a conflict shows the value held here now and the value that was set aside,
each with who changed it and when. "Keep this value" keeps what is here (``mine``),
"Use this value" writes the other one again (``theirs``); for text, a merged value
(the two put together when that is simple) can be edited and saved instead. The page
runs the resolution (``resolve_requested``); it is an ordinary edit that syncs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.models.sync_conflicts import Column, ConflictTableModel, hlc_time, kind_name
from desktop.ui.widgets.empty_state import EmptyState
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.sync_view import SyncView, field_name, when

if TYPE_CHECKING:
    from desktop.services.sync import ConflictRow

MINE, THEIRS = "mine", "theirs"
#: Heights of a value box: room for three lines at least, scrolling past six.
VALUE_MIN_HEIGHT, VALUE_MAX_HEIGHT = 64, 120


def merged_text(here: str, aside: str) -> str:
    """The two texts put together: the longer when one holds the other, else the lines of
    the value here followed by those of the other that it lacks."""
    if aside in here:
        return here
    if here in aside:
        return aside
    lines = here.splitlines()
    lines += [line for line in aside.splitlines() if line not in lines]
    return "\n".join(lines)


class _ValueBox(QGroupBox):
    """One side: the value, who changed it and when, and the button that chooses it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"conflict_{name}")
        self.value = QPlainTextEdit(self)
        self.value.setObjectName(f"conflict_{name}_value")
        self.value.setReadOnly(True)
        self.value.setMinimumHeight(VALUE_MIN_HEIGHT)
        self.value.setMaximumHeight(VALUE_MAX_HEIGHT)
        self.who = QLabel(self)
        self.who.setObjectName("mutedText")
        self.who.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName(f"conflict_{name}_button")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.who)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)


class SyncConflicts(QWidget):
    """Open conflicts (``set_view``); emits ``resolve_requested(conflict_id, keep)``."""

    resolve_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflicts")
        self.model = ConflictTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("conflictTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((Column.RECORD, 200), (Column.FIELD, 90), (Column.HERE, 180),
                              (Column.ASIDE, 180), (Column.FROM, 190)):  # fmt: skip
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = EmptyState(icon("sync-done"), self)

        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)
        self.here = _ValueBox("here", self)
        self.aside = _ValueBox("aside", self)
        self.here.button.clicked.connect(lambda: self._resolve(MINE))
        self.aside.button.clicked.connect(lambda: self._resolve(THEIRS))
        sides = QHBoxLayout()
        sides.addWidget(self.here, 1)
        sides.addWidget(self.aside, 1)
        self.merged_label = QLabel(self)
        self.merged_label.setObjectName("sectionTitle")
        self.merged = QPlainTextEdit(self)
        self.merged.setObjectName("conflict_merged")
        self.merged.setMinimumHeight(VALUE_MIN_HEIGHT)
        self.merged.setMaximumHeight(VALUE_MAX_HEIGHT)
        self.save_merged = QPushButton(self)
        self.save_merged.setObjectName("conflict_merged_button")
        self.save_merged.clicked.connect(lambda: self._resolve(self.merged.toPlainText()))
        self.note = QLabel(self)
        self.note.setObjectName("mutedText")
        self.note.setWordWrap(True)
        self.detail = QFrame(self)
        self.detail.setObjectName("detailPanel")
        box = QVBoxLayout(self.detail)
        box.addWidget(self.title)
        box.addWidget(self.subtitle)
        box.addLayout(sides)
        box.addWidget(self.merged_label)
        box.addWidget(self.merged)
        box.addWidget(self.save_merged, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.note)
        box.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        scroll = QScrollArea(self)  # a short window scrolls the detail rather than squeezing it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    # -- data -------------------------------------------------------------------------
    def set_view(self, view: SyncView) -> None:
        """Show ``view``'s conflicts, keeping the selected one when it is still open."""
        keep = self.current_id()
        self.model.set_view(view)
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        row = self.model.row_of(keep) if keep else None
        self.select_row(row if row is not None else 0)

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._show(None)
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._show(self.model.conflict_at(row))

    def current(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        return self.model.conflict_at(index.row()) if index.isValid() else None

    def current_id(self) -> str | None:
        found = self.current()
        return found.id if found is not None else None

    def count(self) -> int:
        return self.model.rowCount()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.conflict_at(current.row()) if current.isValid() else None)

    def _resolve(self, keep: Any) -> None:
        found = self.current()
        if found is not None:
            self.resolve_requested.emit(found.id, keep)

    # -- the detail -------------------------------------------------------------------
    def _show(self, c: ConflictRow | None) -> None:
        view = self.model.view
        self.detail.setEnabled(c is not None)
        if c is None or view is None:
            for widget in (self.title, self.subtitle, self.here.who, self.aside.who, self.note):
                widget.clear()
            self.here.value.clear()
            self.aside.value.clear()
            self._show_merge(False)
            return
        self.title.setText(f"{view.record_name(c.table, c.pk)} · {field_name(c.table, c.field)}")
        self.subtitle.setText(
            self.tr("{why}; found {when}").format(why=kind_name(c.kind), when=when(c.detected_at))
        )
        self.here.value.setPlainText(view.value_text(c.table, c.field, c.current_value))
        self.aside.value.setPlainText(view.value_text(c.table, c.field, c.kept_value))
        won = self.tr("Won: changed by {who}, {when}").format(
            who=view.origin_name(c.winner_origin), when=when(hlc_time(c.winner_hlc))
        )
        if c.current_value != c.winner_value:
            won += "\n" + self.tr("Changed again since.")
        self.here.who.setText(won)
        self.aside.who.setText(
            self.tr("Set aside: changed by {who}, {when}").format(
                who=view.origin_name(c.kept_origin), when=when(hlc_time(c.kept_hlc))
            )
        )
        duplicate = c.kind == "duplicate"  # a value two records would hold: not to merge
        hq_only = not view.hq and c.kind not in ("lww", "duplicate")
        self.aside.button.setEnabled(not hq_only)
        text = isinstance(c.kept_value, str) and isinstance(c.current_value, str | None)
        self._show_merge(text and not hq_only)
        self.merged_label.setText(
            self.tr("Or another value (edit it before saving):")
            if duplicate
            else self.tr("Or a merged value (edit it before saving):")
        )
        self.save_merged.setText(
            self.tr("Save this value") if duplicate else self.tr("Save merged value")
        )
        if text and not hq_only:
            current = c.current_value or ""
            self.merged.setPlainText(current if duplicate else merged_text(current, c.kept_value))
        if hq_only:
            note = self.tr(
                "Only headquarters can change this field: keep the value here, or ask "
                "headquarters to change it."
            )
        elif duplicate:
            note = self.tr(
                "Another record uses the value set aside: keep the value here, or save "
                "another one that no other record uses."
            )
        else:
            note = self.tr(
                "Your choice is saved as an ordinary change and reaches the other side "
                "with the next bundle."
            )
        self.note.setText(note)

    def _show_merge(self, visible: bool) -> None:
        for widget in (self.merged_label, self.merged, self.save_merged):
            widget.setVisible(visible)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.here.setTitle(self.tr("Here now"))
        self.aside.setTitle(self.tr("Set aside"))
        self.here.button.setText(self.tr("Keep this value"))
        self.here.button.setToolTip(self.tr("Keep the value held here now and close the conflict"))
        self.aside.button.setText(self.tr("Use this value"))
        self.aside.button.setToolTip(
            self.tr("Write the value that was set aside again; it syncs like any edit")
        )
        self.empty.set_texts(
            self.tr("No conflicts"),
            self.tr(
                "Every change merged cleanly. When the same field was changed on two sides, "
                "the value that lost is kept here for you to decide."
            ),
        )
        self._show(self.current())
