"""The holiday list (节假日 and 调休上班) of a year: add, remove, import a CSV of date,kind,name.

Every change goes through ``Ops`` so the Visits page (and anything else showing
working days) refreshes. An import is all or nothing: when rows are wrong, every
problem is listed here with its row, and nothing is written.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.app import Services
from desktop.errors import UserError
from desktop.services.holidays import HolidayImportError, HolidayRow, read_holiday_file
from desktop.ui.dialogs.visit_reschedule import DATE_FORMAT, from_qdate
from desktop.ui.tasks import Ops


class HolidaysDialog(QDialog):
    def __init__(
        self, services: Services, ops: Ops, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("holidaysDialog")
        self._services, self._ops = services, ops
        self.rows: list[HolidayRow] = []
        self.setWindowTitle(self.tr("Holidays and make-up working days"))
        self.resize(560, 560)

        self.year = QSpinBox(self)
        self.year.setObjectName("holidayYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("holidayTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Name")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.day = QDateEdit(self)
        self.day.setObjectName("holidayDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DATE_FORMAT)
        self.day.setDate(QDate(year, 1, 1))
        self.kind = QComboBox(self)
        self.kind.setObjectName("holidayKind")
        for kind in ("holiday", "workday"):
            self.kind.addItem(labels.holiday_kind_name(kind), kind)
        self.name = QLineEdit(self)
        self.name.setObjectName("holidayName")
        self.name.setMaxLength(40)
        self.name.setPlaceholderText(self.tr("Name, e.g. 国庆节"))
        self.name.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("holidayAdd")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("holidayRemove")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(self.tr("&Import CSV…"), self)
        self.import_button.setObjectName("holidayImport")
        self.import_button.setToolTip(
            self.tr("A CSV file with the columns date, kind (holiday or workday) and name")
        )
        self.import_button.clicked.connect(self.choose_file)
        self.message = QLabel(self)
        self.message.setObjectName("mutedText")
        self.message.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("holidayProblems")
        self.problems.setMaximumHeight(120)
        self.problems.hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.import_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.day)
        add_row.addWidget(self.kind)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.reload()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        service = self._services.holidays
        year = self.year.value()
        self._ops.run(lambda: service.holidays(year), success=self._show, parent=self)

    def _show(self, rows: list[HolidayRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, h in enumerate(rows):
            for col, text in enumerate(
                (labels.fmt_date(h.day), labels.holiday_kind_name(h.kind), h.name)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, h.day.isoformat())
                self.table.setItem(i, col, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.selected_days()))

    def selected_days(self) -> list[date]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.rows[r].day for r in rows if r < len(self.rows)]

    def _say(self, text: str) -> None:
        self.problems.hide()
        self.message.setText(text)

    # -- changing ---------------------------------------------------------------------------
    def add(self) -> None:
        service = self._services.holidays
        day = from_qdate(self.day.date())
        kind = str(self.kind.currentData())
        name = self.name.text().strip()

        def done(row: HolidayRow) -> None:
            self.name.clear()
            self._say(
                self.tr("{day} is on the list: {kind}.").format(
                    day=labels.fmt_date(row.day), kind=labels.holiday_kind_name(row.kind)
                )
            )
            if row.day.year != self.year.value():
                self.year.setValue(row.day.year)
            else:
                self.reload()

        self._ops.run(
            lambda: service.set_holiday(day, kind, name),
            success=done,
            failure=self._failed,
            source=self,
            parent=self,
        )

    def remove_selected(self) -> None:
        service = self._services.holidays
        days = self.selected_days()
        for day in days:
            self._ops.run(partial(service.remove_holiday, day), source=self, parent=self)
        if days:
            self._say(self.tr("Removed %n day(s) from the list.", "", len(days)))
        self.reload()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a holiday list"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        """Import the CSV at ``path``: all of it, or nothing with every problem listed."""
        service = self._services.holidays

        def done(count: int) -> None:
            self._say(self.tr("Imported %n day(s).", "", count))
            self.reload()

        return self._ops.run(
            lambda: service.import_holidays(read_holiday_file(path)),
            success=done,
            failure=self._failed,
            source=self,
            parent=self,
        )

    def _failed(self, error: BaseException) -> bool:
        if not isinstance(error, UserError):
            return False
        self.message.setText(error.render(QCoreApplication.translate))
        self.problems.clear()
        if isinstance(error, HolidayImportError):
            for p in error.problems:
                column = {
                    "date": self.tr("date"),
                    "kind": self.tr("kind"),
                    "name": self.tr("name"),
                }.get(p.column, p.column)
                self.problems.addItem(
                    self.tr("Row {row}, {column}: {problem}").format(
                        row=p.row, column=column, problem=p.error.render(QCoreApplication.translate)
                    )
                )
        self.problems.setVisible(self.problems.count() > 0)
        return True
