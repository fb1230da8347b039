"""The editable contacts table of the distributor editor (one primary contact at most)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.distributors import ContactData
from desktop.ui.widgets.distributor_fields import ErrorLabel

#: text columns in order; the last column is the primary check box
TEXT_FIELDS = ("name", "title", "phone", "wechat", "email")
PRIMARY = len(TEXT_FIELDS)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_BACKGROUND = QColor("#fde7e7")


class ContactsEditor(QWidget):
    """Rows of contacts with Add and Remove; ``contacts()`` returns them as plain data."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(TEXT_FIELDS) + 1, self)
        self.table.setObjectName("contacts_table")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            PRIMARY, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_contact")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_contact")
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button.clicked.connect(self.remove_current)
        self.error = ErrorLabel("contacts", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name *"),
                self.tr("Title"),
                self.tr("Phone"),
                self.tr("WeChat"),
                self.tr("E-mail"),
                self.tr("Primary"),
            ]
        )
        self.add_button.setText(self.tr("Add contact"))
        self.remove_button.setText(self.tr("Remove contact"))

    # -- content ----------------------------------------------------------------
    def set_contacts(self, contacts: tuple[ContactData, ...]) -> None:
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for c in contacts:
                self._append(c)

    def _append(self, c: ContactData) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, name in enumerate(TEXT_FIELDS):
            item = QTableWidgetItem(str(getattr(c, name)))
            if col == 0:
                item.setData(ID_ROLE, c.id)
            self.table.setItem(row, col, item)
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked if c.is_primary else Qt.CheckState.Unchecked)
        self.table.setItem(row, PRIMARY, check)
        return row

    def contacts(self) -> tuple[ContactData, ...]:
        out = []
        for row in range(self.table.rowCount()):
            texts = {name: self._text(row, col) for col, name in enumerate(TEXT_FIELDS)}
            first = self.table.item(row, 0)
            check = self.table.item(row, PRIMARY)
            out.append(
                ContactData(
                    **texts,
                    is_primary=check is not None and check.checkState() == Qt.CheckState.Checked,
                    id=first.data(ID_ROLE) if first is not None else None,
                )
            )
        return tuple(out)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def add_contact(self) -> None:
        with QSignalBlocker(self.table):
            row = self._append(ContactData(name="", is_primary=self.table.rowCount() == 0))
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        self.edited.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == PRIMARY and item.checkState() == Qt.CheckState.Checked:
            with QSignalBlocker(self.table):
                for row in range(self.table.rowCount()):
                    other = self.table.item(row, PRIMARY)
                    if other is not None and row != item.row():
                        other.setCheckState(Qt.CheckState.Unchecked)
        self.edited.emit()

    # -- errors -----------------------------------------------------------------
    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Mark the bad cells and say what is wrong under the table; {} clears."""
        lines = []
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                for col, name in enumerate(TEXT_FIELDS):
                    item = self.table.item(row, col)
                    if item is None:
                        continue
                    message = errors.get((row, name), "")
                    item.setBackground(QBrush(ERROR_BACKGROUND) if message else QBrush())
                    item.setToolTip(message)
        for (row, name), message in sorted(errors.items()):
            col = TEXT_FIELDS.index(name) if name in TEXT_FIELDS else -1
            field = self.table.horizontalHeaderItem(col) if col >= 0 else None
            caption = field.text().rstrip(" *") if field is not None else name
            lines.append(
                self.tr("Contact {row}, {field}: {message}").format(
                    row=row + 1, field=caption, message=message
                )
            )
        self.error.set_error("\n".join(lines))
