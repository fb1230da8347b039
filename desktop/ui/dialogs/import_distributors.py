"""Import distributors from a spreadsheet: choose a file, see what will happen row by row, then import.

Reading and checking run in the background (a 20 000-row file takes seconds)
with progress and Cancel; so does writing. The preview lists every row with
what will happen to it (new, update, unchanged, problem) and every problem with
its row, column and message. Import is enabled only when nothing is wrong, or
when "Skip invalid rows" is ticked; it writes everything in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.spreadsheets import (
    CREATE,
    INVALID,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    ImportSummary,
)
from desktop.ui.tasks import Cancelled, Ops, Progress
from desktop.ui.widgets.import_preview import (
    PreviewModel,
    ProblemColumn,
    ProblemModel,
    RowColumn,
    make_table,
    translate,
)

if TYPE_CHECKING:
    from desktop.app import Services

ROW_WIDTHS: dict[int, int] = {RowColumn.ROW: 54, RowColumn.ACTION: 84, RowColumn.CODE: 96, RowColumn.NAME: 220,
              RowColumn.MARKET: 70, RowColumn.REGION: 90, RowColumn.OWNER: 120}  # fmt: skip
PROBLEM_WIDTHS: dict[int, int] = {ProblemColumn.ROW: 54, ProblemColumn.COLUMN: 150}
ERROR_STYLE = "color: #b3261e;"
FILE_FILTER = "*.xlsx *.xlsm *.csv"


class ImportDistributorsDialog(QDialog):
    """Choose a distributor spreadsheet, preview it, import it; emits ``imported(summary)``."""

    imported = Signal(object)
    #: a file was read and checked (tests wait for it)
    previewed = Signal()

    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_distributors")
        self._services, self._ops = services, ops
        self.plan: ImportPlan | None = None
        self.busy = False
        self.summary: ImportSummary | None = None

        self.file_label = QLabel(self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("import_file")
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("import_choose")
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("import_template")
        self.template_button.clicked.connect(self.save_template)
        top = QHBoxLayout()
        top.addWidget(self.file_label)
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.template_button)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("import_summary")
        self.summary_label.setWordWrap(True)
        self.ignored_label = QLabel(self)
        self.ignored_label.setObjectName("import_ignored")
        self.ignored_label.setWordWrap(True)
        self.only_problems = QCheckBox(self)
        self.only_problems.setObjectName("import_only_problems")
        self.only_problems.toggled.connect(self._filter_changed)

        self.rows_model = PreviewModel(self)
        self.rows_view = make_table(self.rows_model, "import_rows", ROW_WIDTHS, self)
        self.problems_model = ProblemModel(self)
        self.problems_view = make_table(
            self.problems_model, "import_problems", PROBLEM_WIDTHS, self
        )
        self.problems_view.selectionModel().currentRowChanged.connect(self._problem_selected)
        self.problems_caption = QLabel(self)
        problems_box = QWidget(self)
        box = QVBoxLayout(problems_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.problems_caption)
        box.addWidget(self.problems_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.rows_view)
        self.splitter.addWidget(problems_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._problems_box = problems_box

        self.skip_invalid = QCheckBox(self)
        self.skip_invalid.setObjectName("import_skip_invalid")
        self.skip_invalid.toggled.connect(self._show_plan)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_run")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.resize(1040, 660)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import distributors"))
        self.file_label.setText(self.tr("File:"))
        self.file_edit.setPlaceholderText(
            self.tr("Choose an Excel file (.xlsx) with one distributor per row")
        )
        self.choose_button.setText(self.tr("Choose file…"))
        self.template_button.setText(self.tr("Save template…"))
        self.template_button.setToolTip(
            self.tr("An empty sheet with the columns FieldDesk reads, in Chinese and English")
        )
        self.only_problems.setText(self.tr("Show only rows with problems"))
        self.skip_invalid.setText(self.tr("Skip invalid rows (import only the valid ones)"))
        self.import_button.setText(self.tr("Import"))
        self.problems_caption.setText(self.tr("Problems"))
        self.rows_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(RowColumn) - 1)
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self.plan
        if self.summary is not None:
            s = self.summary
            self._set_summary(
                self.tr("Imported: {created} new, {updated} updated, {unchanged} unchanged, "
                        "{skipped} invalid row(s) skipped.").format(
                    created=s.created, updated=s.updated, unchanged=s.unchanged, skipped=s.skipped
                )
            )  # fmt: skip
        elif plan is None:
            if not self.summary_label.property("error"):
                self._set_summary(
                    self.tr("Choose a file to see what it will change before anything is written.")
                )
        else:
            invalid = plan.count(INVALID)
            text = self.tr(
                "{rows} row(s): {created} new, {updated} to update, {unchanged} unchanged, "
                "{invalid} with problems."
            ).format(
                rows=len(plan.rows), created=plan.count(CREATE), updated=plan.count(UPDATE),
                unchanged=plan.count(UNCHANGED), invalid=invalid,
            )  # fmt: skip
            skip = self.skip_invalid.isChecked()
            if invalid and skip:
                text += " " + self.tr("The rows with problems will be skipped.")
            elif invalid:
                text += " " + self.tr(
                    "Correct the file and choose it again, or skip the invalid rows."
                )
            self._set_summary(text, error=bool(invalid) and not skip)
        ignored = plan.ignored_columns if plan is not None else ()
        self.ignored_label.setText(
            self.tr("Ignored columns: {columns}").format(columns=", ".join(ignored))
        )
        self.ignored_label.setVisible(bool(ignored))
        self._update_state()

    def _set_summary(self, text: str, error: bool = False) -> None:
        self.summary_label.setText(text)
        self.summary_label.setProperty("error", error)
        self.summary_label.setStyleSheet(ERROR_STYLE if error else "")

    def _update_state(self) -> None:
        plan = self.plan
        invalid = plan.count(INVALID) if plan is not None else 0
        writes = plan.count(CREATE) + plan.count(UPDATE) if plan is not None else 0
        self.import_button.setEnabled(
            plan is not None and not self.busy and self.summary is None and writes > 0
            and (invalid == 0 or self.skip_invalid.isChecked())
        )  # fmt: skip
        self.choose_button.setEnabled(not self.busy)
        self._problems_box.setVisible(bool(plan is not None and plan.problems))
        self.only_problems.setVisible(bool(plan is not None and plan.problems))

    # -- reading ----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a distributor spreadsheet"), "",
            self.tr("Spreadsheets ({patterns})").format(patterns=FILE_FILTER),
        )  # fmt: skip
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read and check ``path`` in the background; the preview shows the result."""
        self.file_edit.setText(path)
        self.plan, self.summary = None, None
        self.rows_model.set_rows(())
        self.problems_model.set_problems([])
        self.busy = True
        self._set_summary(self.tr("Reading {name}…").format(name=Path(path).name))
        self._update_state()
        service = self._services.spreadsheets
        text = self.tr("Reading {name}…").format(name=Path(path).name)

        def work(progress: Progress) -> ImportPlan:
            return service.read_distributors(path, lambda d, t: progress.report(d, t, text))

        self._ops.run_in_background(
            work, title=text, success=self._previewed, failure=self._failed, parent=self
        )

    def _previewed(self, plan: ImportPlan) -> None:
        self.busy = False
        self.plan = plan
        self.rows_model.set_rows(plan.rows)
        self.problems_model.set_problems(plan.problems)
        self._show_plan()
        self.previewed.emit()

    def _failed(self, error: BaseException) -> bool:
        self.busy = False
        if isinstance(error, Cancelled):
            self._set_summary(self.tr("Cancelled: nothing was imported."))
        elif isinstance(error, UserError):
            self._set_summary(error.render(translate), error=True)
        else:
            self._update_state()
            return False
        self._update_state()
        self.previewed.emit()
        return True

    def _filter_changed(self, only: bool) -> None:
        self.rows_model.set_only_problems(only)

    def _problem_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        problem = self.problems_model.problem_at(current.row())
        position = self.rows_model.position_of(problem.row) if problem is not None else None
        if position is None:
            return
        index = self.rows_model.index(position, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.rows_view.selectionModel().setCurrentIndex(index, flags)
        self.rows_view.scrollTo(index)

    # -- writing ----------------------------------------------------------------------------------
    def run_import(self) -> None:
        plan = self.plan
        if plan is None or not self.import_button.isEnabled():
            return
        self.busy = True
        self._update_state()
        service, skip = self._services.spreadsheets, self.skip_invalid.isChecked()
        text = self.tr("Importing distributors…")

        def work(progress: Progress) -> Any:
            return service.apply(plan, skip, lambda d, t: progress.report(d, t, text))

        self._ops.run_in_background(
            work, title=text, success=self._imported, failure=self._failed, source=self,
            parent=self,
        )  # fmt: skip

    def _imported(self, summary: ImportSummary) -> None:
        self.busy = False
        self.summary = summary
        self._show_plan()
        self.imported.emit(summary)

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the distributor template"), self.tr("distributors-template.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if path:
            service = self._services.spreadsheets
            self._ops.run(lambda: service.export_template(path), parent=self)
