"""Spreadsheets: import the distributor lists people keep in Excel; export lists to Excel.

Import is two steps so the window can preview: ``read_distributors(path)`` reads
the file and checks every row against the database without writing (an
``ImportPlan``: rows to create, to update, unchanged, and every problem with its
row and column); ``apply(plan, skip_invalid)`` checks the rows again inside one
transaction and writes all of them or nothing. The field rules are the
distributor rules (``DistributorService.validate`` over
``desktop.domain.distributors``); the import adds only what a file brings:
columns, lookups by name or code, duplicates within the file. Every write goes
through the ORM, so change capture records each field for sync.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from db.engine import Database
from db.ids import uuid7
from db.models import Distributor, DistributorContact
from desktop.domain.text import search_key
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.base import Changes, OpResult, Service, current_scope
from desktop.services.distributors import TABLES, DistributorService
from desktop.services.spreadsheet_export import (
    ExportWords,
    export_calls,
    export_distributors,
    export_template,
)
from desktop.services.spreadsheet_import import (
    CREATE,
    FORM_FIELDS,
    INVALID,
    UNCHANGED,
    UPDATE,
    Planned,
    Planner,
    PlanRow,
    Problem,
)
from desktop.services.spreadsheet_read import Sheet, SheetColumn, read_sheet

ProgressFn = Callable[[int, int], None]
Translate = Callable[[str, str], str]

MSG_AT_CELL = QT_TRANSLATE_NOOP("errors", "Row {row}, column {column} ({header}): {message}")
MSG_AT_ROW = QT_TRANSLATE_NOOP("errors", "Row {row}: {message}")
MSG_INVALID_ROWS = QT_TRANSLATE_NOOP(
    "errors",
    "{count} row(s) have problems, so nothing was imported. Correct them, or skip the invalid rows.",
)
#: rows written between two flushes (and progress reports) of an import
WRITE_BATCH = 500

__all__ = [
    "CREATE", "INVALID", "UNCHANGED", "UPDATE", "ExportWords", "ImportPlan", "ImportSummary", "PlanRow",
    "Problem", "SheetColumn", "SpreadsheetService", "render_problem",
]  # fmt: skip


def render_problem(problem: Problem, translate: Translate | None = None) -> str:
    """``Row 5, column H (信用额度): The amount cannot be negative.`` in the user's language."""
    message = problem.error.render(translate)
    if problem.column:
        line = UserError(
            MSG_AT_CELL, row=problem.row, column=problem.column, header=problem.header,
            message=message,
        )  # fmt: skip
    else:
        line = UserError(MSG_AT_ROW, row=problem.row, message=message)
    return line.render(translate)


def _halves(progress: ProgressFn | None) -> tuple[ProgressFn | None, ProgressFn | None]:
    """One progress bar in two halves: reading the file, then checking its rows."""
    if progress is None:
        return None, None
    report = progress
    return (lambda d, t: report(d, 2 * t)), (lambda d, t: report(t + d, 2 * t))


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file would do: one ``PlanRow`` per non-blank row, nothing written yet."""

    path: str
    sheet: Sheet
    rows: tuple[PlanRow, ...]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def ignored_columns(self) -> tuple[str, ...]:
        return self.sheet.ignored

    @property
    def columns(self) -> tuple[SheetColumn, ...]:
        return self.sheet.columns


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    unchanged: int
    skipped: int
    ignored_columns: tuple[str, ...]


class SpreadsheetService(Service):
    """Excel import and export (openpyxl, imported when first used)."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self._distributors = DistributorService(db)

    # -- import -----------------------------------------------------------------------------
    def read_distributors(self, path: str | Path, progress: ProgressFn | None = None) -> ImportPlan:
        """Read and check a distributor spreadsheet; writes nothing.

        A file that cannot be read, is no spreadsheet, is empty or lacks the required
        columns raises one ``UserError``; problems of single rows are in the plan.
        ``progress(done, total)`` runs over reading and then checking the rows.
        """
        reading, checking = _halves(progress)
        sheet = read_sheet(Path(path), reading)
        with self.db.read_session() as s:
            planned = Planner(s, self._distributors, sheet).plan(checking)
        return ImportPlan(str(path), sheet, tuple(p.row for p in planned))

    def apply(
        self, plan: ImportPlan, skip_invalid: bool = False, progress: ProgressFn | None = None
    ) -> OpResult[ImportSummary]:
        """Write the plan's rows in one transaction, checked again against the database as it is now.

        Any invalid row refuses the whole import (``UserError``, nothing written)
        unless ``skip_invalid``, which writes the valid rows and skips the others.
        """
        with self.db.session_scope() as s:
            planned = Planner(s, self._distributors, plan.sheet).plan()
            invalid = sum(1 for p in planned if p.row.action == INVALID)
            if invalid and not skip_invalid:
                raise UserError(MSG_INVALID_ROWS, count=invalid)
            todo = [p for p in planned if p.row.action in (CREATE, UPDATE)]
            ids: list[str] = []
            for done, p in enumerate(todo, 1):
                ids.append(self._write(s, p))
                if done % WRITE_BATCH == 0:
                    s.flush()
                    if progress is not None:
                        progress(done, len(todo))
            s.flush()
            if progress is not None:
                progress(len(todo), len(todo))
            summary = ImportSummary(
                created=sum(1 for p in todo if p.row.action == CREATE),
                updated=sum(1 for p in todo if p.row.action == UPDATE),
                unchanged=sum(1 for p in planned if p.row.action == UNCHANGED),
                skipped=invalid,
                ignored_columns=plan.sheet.ignored,
            )
            changes = Changes.of(*TABLES, ids=ids) if ids else Changes()
            return OpResult(summary, changes)

    @staticmethod
    def _write(s: Session, p: Planned) -> str:
        form = p.form
        assert form is not None
        values = {name: getattr(form, name) for name in FORM_FIELDS}
        if p.existing is None:
            d = Distributor(id=uuid7(), pinyin=search_key(form.name), **values)
            s.add(d)
        else:
            d = p.existing
            if d.name != form.name:
                d.pinyin = search_key(form.name)
            for name, value in values.items():
                if getattr(d, name) != value:
                    setattr(d, name, value)
        c = p.contact
        if c is not None:
            old = p.existing_contact
            if old is None:
                s.add(
                    DistributorContact(
                        distributor_id=d.id, name=c.name, phone=c.phone, is_primary=True,
                        sort_order=0,
                    )
                )  # fmt: skip
            else:
                for name, value in (("name", c.name), ("phone", c.phone), ("is_primary", True)):
                    if getattr(old, name) != value:
                        setattr(old, name, value)
        return d.id

    # -- export ------------------------------------------------------------------------------
    @staticmethod
    def export_template(path: str | Path) -> None:
        """An empty distributor sheet to fill in: Chinese and English headers, notes, a guide."""
        export_template(Path(path))

    def export_distributors_to(self, path: str | Path, progress: ProgressFn | None = None) -> int:
        """Every distributor in scope, in the import's columns (importing it back changes nothing)."""
        with self.db.read_session() as s:
            return export_distributors(s, current_scope(s), Path(path), progress)

    def export_calls(self, path: str | Path, start: date, end: date, words: ExportWords) -> int:
        """The call log from ``start`` to ``end`` (inclusive) in scope; channel and topics in words."""
        with self.db.read_session() as s:
            return export_calls(s, current_scope(s), Path(path), start, end, words)
