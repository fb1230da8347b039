"""Reading a distributor spreadsheet: an .xlsx (or .csv) file → its header layout and raw rows.

openpyxl's read-only mode streams the rows (a 20 000-row sheet in seconds, with
progress); the columns are recognised by ``desktop.domain.spreadsheet_rules``.
Whatever is wrong with the file as a whole (missing, not a spreadsheet, empty,
required columns missing) is one ``UserError``; rows are checked later.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.spreadsheet_rules import (
    REQUIRED_KEYS,
    SPEC_BY_KEY,
    HeaderLayout,
    column_letter,
    find_header,
    is_blank,
)
from desktop.errors import QT_TRANSLATE_NOOP, UserError

ProgressFn = Callable[[int, int], None]

#: rows read between two progress reports
READ_STEP = 500
ZIP_MAGIC = b"PK\x03\x04"

MSG_NO_FILE = QT_TRANSLATE_NOOP("errors", "There is no file {path}.")
MSG_CANNOT_READ = QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}")
MSG_NOT_SPREADSHEET = QT_TRANSLATE_NOOP(
    "errors",
    "{path} is not a spreadsheet FieldDesk can read. Save it as an Excel workbook (.xlsx) and try again.",
)
MSG_EMPTY = QT_TRANSLATE_NOOP("errors", "{path} has no distributor rows.")
MSG_MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "errors",
    "{path} lacks the required column(s) {columns}. The header row must name the columns, "
    "for example 客户编码 / Code, 客户名称 / Name, 市场 / Market.",
)


@dataclass(frozen=True)
class SheetColumn:
    """A recognised column of the file: its key, its letter, and its header as written."""

    key: str
    letter: str
    header: str


@dataclass(frozen=True)
class Sheet:
    """What was read from the file: recognised columns, ignored headers, and the raw cells.

    ``cells`` holds (sheet row number, values in the order of ``columns``) for every
    non-blank row under the header.
    """

    name: str
    columns: tuple[SheetColumn, ...]
    ignored: tuple[str, ...]
    cells: tuple[tuple[int, tuple[object, ...]], ...]


def _fail(message: str, path: Path, **args: Any) -> UserError:
    return UserError(message, path=str(path), **args)


def _xlsx_rows(path: Path, data: bytes, progress: ProgressFn | None) -> tuple[str, list[Any]]:
    """Every row of the first sheet that names the required columns (else of the first sheet)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = list(wb.worksheets)
    except Exception as e:  # any damage inside the zip: not a workbook we can read
        raise _fail(MSG_NOT_SPREADSHEET, path) from e
    if not sheets:
        raise _fail(MSG_EMPTY, path)
    chosen = sheets[0]
    for ws in sheets:
        try:
            top = list(ws.iter_rows(max_row=10, values_only=True))
        except Exception as e:
            raise _fail(MSG_NOT_SPREADSHEET, path) from e
        layout = find_header(top)
        if layout is not None and not layout.missing:
            chosen = ws
            break
    total = chosen.max_row or 0  # as the file claims; some writers claim too little
    chosen.reset_dimensions()
    rows: list[Any] = []
    iterator: Iterator[Any] = iter(chosen.iter_rows(values_only=True))
    try:
        while True:
            try:
                row = next(iterator)
            except StopIteration:
                break
            except Exception as e:
                raise _fail(MSG_NOT_SPREADSHEET, path) from e
            rows.append(row)
            if progress is not None and len(rows) % READ_STEP == 0:
                progress(len(rows), max(total, len(rows)))
    finally:
        wb.close()
    return str(chosen.title), rows


def _csv_rows(path: Path, data: bytes) -> list[Any]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        try:
            return [tuple(r) for r in csv.reader(io.StringIO(text))]
        except csv.Error as e:
            raise _fail(MSG_NOT_SPREADSHEET, path) from e
    raise _fail(MSG_NOT_SPREADSHEET, path)


def read_sheet(path: Path, progress: ProgressFn | None = None) -> Sheet:
    """The recognised columns and the non-blank rows of a distributor spreadsheet.

    A missing file, a file that is no workbook (or CSV), an empty sheet, or a header
    without the required columns (code, name, market) is one ``UserError``.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise _fail(MSG_NO_FILE, path) from e
    except OSError as e:
        raise _fail(MSG_CANNOT_READ, path, reason=e.strerror or str(e)) from e
    if data.startswith(ZIP_MAGIC):
        name, rows = _xlsx_rows(path, data, progress)
    elif path.suffix.lower() in (".csv", ".txt"):
        name, rows = path.stem, _csv_rows(path, data)
    else:
        raise _fail(MSG_NOT_SPREADSHEET, path)
    if all(is_blank(r) for r in rows):
        raise _fail(MSG_EMPTY, path)
    layout = find_header(rows)
    if layout is None or layout.missing:
        missing = layout.missing if layout else REQUIRED_KEYS
        names = ", ".join(f"{SPEC_BY_KEY[k].zh} / {SPEC_BY_KEY[k].en}" for k in missing)
        raise _fail(MSG_MISSING_COLUMNS, path, columns=names)
    return _cells(name, layout, rows, path)


def _cells(name: str, layout: HeaderLayout, rows: Sequence[Any], path: Path) -> Sheet:
    positions = sorted(layout.columns)
    columns = tuple(
        SheetColumn(layout.columns[p], column_letter(p), layout.headers[p]) for p in positions
    )
    cells: list[tuple[int, tuple[object, ...]]] = []
    first = layout.row + layout.extra_header_rows  # 1-based row of the header → 0-based data
    for index in range(first, len(rows)):
        row = rows[index]
        values = tuple(row[p] if p < len(row) else None for p in positions)
        if not is_blank(values):
            cells.append((index + 1, values))
    if not cells:
        raise _fail(MSG_EMPTY, path)
    return Sheet(name, columns, layout.ignored, tuple(cells))
