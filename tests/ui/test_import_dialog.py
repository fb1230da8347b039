"""The Import… dialog: the preview shows every problem by row and column; Import follows the rules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.engine import Database
from db.models import Distributor
from desktop.app import build_services
from desktop.services.spreadsheets import ImportSummary
from desktop.ui.dialogs.import_distributors import ImportDistributorsDialog
from desktop.ui.tasks import Ops
from desktop.ui.widgets.import_preview import ProblemColumn, RowColumn
from tests.data.sheets import EXPECTED, HEADER, error_sheet, refs, row, snapshot, write_xlsx

WAIT_MS = 20_000


@pytest.fixture
def dialog(
    qtbot: QtBot, demo_db: Database, crashes: list[BaseException], english: None
) -> Iterator[ImportDistributorsDialog]:
    window = QMainWindow()
    qtbot.addWidget(window)
    ops = Ops(window, crashes.append)
    dlg = ImportDistributorsDialog(build_services(demo_db), ops, window)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    qtbot.waitUntil(lambda: ops.wait_idle(0), timeout=WAIT_MS)
    assert not crashes, crashes


def load(qtbot: QtBot, dialog: ImportDistributorsDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        dialog.load(str(path))


def test_an_empty_dialog_explains_what_to_do(dialog: ImportDistributorsDialog) -> None:
    assert not dialog.import_button.isEnabled()
    assert dialog.rows_model.rowCount() == 0
    assert "Choose a file" in dialog.summary_label.text()
    assert not dialog.problems_view.isVisible()


def test_the_preview_shows_each_problem_with_row_column_and_message(
    qtbot: QtBot, dialog: ImportDistributorsDialog, demo_db: Database, tmp_path: Path
) -> None:
    before = snapshot(demo_db)
    load(qtbot, dialog, error_sheet(tmp_path / "errors.xlsx", refs(demo_db)))
    problems = dialog.problems_model
    assert problems.rowCount() == len(EXPECTED)
    cells = [
        tuple(problems.data(problems.index(i, c)) for c in ProblemColumn)
        for i in range(problems.rowCount())
    ]
    assert cells[0] == ("3", "C · 市场", "There is no market 火星.")
    assert cells[4] == ("7", "A · 客户编码", "The code T0001 is also on row 2.")
    assert [(int(r), c.split(" · ")[0]) for r, c, _ in cells] == [(r, c) for r, c, _ in EXPECTED]
    assert dialog.problems_view.isVisible()

    rows = dialog.rows_model
    bad = rows.index(1, RowColumn.ACTION)
    assert rows.data(bad) == "Problem"
    assert rows.data(bad, Qt.ItemDataRole.BackgroundRole) is not None
    assert rows.data(rows.index(0, RowColumn.ACTION)) == "New"
    assert rows.data(rows.index(0, RowColumn.ACTION), Qt.ItemDataRole.BackgroundRole) is None
    assert "C 市场: There is no market 火星." in rows.data(rows.index(1, RowColumn.PROBLEMS))
    assert "with problems" in dialog.summary_label.text()

    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert "will be skipped" in dialog.summary_label.text()
    dialog.skip_invalid.setChecked(False)
    assert not dialog.import_button.isEnabled()

    dialog.only_problems.setChecked(True)
    assert rows.rowCount() == len(EXPECTED)
    dialog.problems_view.selectRow(4)
    assert dialog.rows_view.currentIndex().row() == 4
    assert rows.row_at(4) is not None and rows.row_at(4).row == 7  # type: ignore[union-attr]
    assert snapshot(demo_db) == before


def test_a_clean_file_imports_and_says_what_it_did(
    qtbot: QtBot, dialog: ImportDistributorsDialog, demo_db: Database, tmp_path: Path
) -> None:
    r = refs(demo_db)
    sheet = write_xlsx(
        tmp_path / "clean.xlsx",
        [HEADER, row("U0001", "界面商贸", r.market), row("U0002", "窗口商贸", r.market, grade="B")],
    )
    load(qtbot, dialog, sheet)
    assert dialog.problems_model.rowCount() == 0
    assert not dialog.problems_view.isVisible()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = done.args[0]
    assert isinstance(summary, ImportSummary) and summary.created == 2
    assert "Imported: 2 new" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    with demo_db.read_session() as s:
        assert s.scalar(select(func.count()).where(Distributor.code.like("U000%"))) == 2


def test_a_file_that_is_no_spreadsheet_says_so_in_the_dialog(
    qtbot: QtBot, dialog: ImportDistributorsDialog, tmp_path: Path
) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook")
    load(qtbot, dialog, path)
    assert "is not a spreadsheet FieldDesk can read" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.rows_model.rowCount() == 0


def test_on_an_empty_database_every_market_is_unknown(
    qtbot: QtBot, db: Database, crashes: list[BaseException], english: None, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    ops = Ops(window, crashes.append)
    dialog = ImportDistributorsDialog(build_services(db), ops, window)
    dialog.show()
    load(
        qtbot, dialog, write_xlsx(tmp_path / "one.xlsx", [HEADER, row("E0001", "空库商贸", "华北")])
    )
    assert dialog.problems_model.data(dialog.problems_model.index(0, ProblemColumn.MESSAGE)) == (
        "There is no market 华北."
    )
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: ops.wait_idle(0), timeout=WAIT_MS)
    assert not crashes
