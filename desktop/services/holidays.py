"""The holiday list (节假日 and 调休上班): the days off and make-up working days that decide
which days visits may be planned on.

Rules are in ``desktop/domain/calendar.py``. Decisions of this service:

* **One entry per day**: setting a day already on the list changes it; removing one
  leaves a tombstone, so the removal travels with sync like any edit.
* **Import** (a CSV of ``date, kind, name`` in UTF-8 or GBK): all or nothing, every bad
  row reported with its column (``HolidayImportError``).
* The visit calendars read the list through ``holidays_between``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Holiday
from desktop.domain import calendar as cal
from desktop.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop.services.base import Changes, OpResult, Service

MSG_NO_HOLIDAY = QT_TRANSLATE_NOOP("errors", "{day} is not on the holiday list.")
MSG_IMPORT = QT_TRANSLATE_NOOP(
    "errors", "The holiday list has {count} problem(s); nothing was imported."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("errors", "The file has no holidays in it.")
MSG_READ = QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}")
DAY_MESSAGES = {
    cal.BAD_DATE: QT_TRANSLATE_NOOP("errors", "Not a date: write it as 2026-10-01."),
    cal.BAD_KIND: QT_TRANSLATE_NOOP("errors", "Write holiday or workday (节假日 or 调休上班)."),
    cal.DUPLICATE_DAY: QT_TRANSLATE_NOOP("errors", "This date is in the list twice."),
    cal.WORKDAY_NOT_WEEKEND: QT_TRANSLATE_NOOP(
        "errors", "A make-up working day must be a Saturday or a Sunday."
    ),
    cal.NAME_TOO_LONG: QT_TRANSLATE_NOOP("errors", "The name is longer than 40 characters."),
    cal.MISSING_COLUMNS: QT_TRANSLATE_NOOP("errors", "The row needs a date and a kind."),
}


@dataclass(frozen=True)
class HolidayRow:
    id: str
    day: date
    kind: str  # holiday | workday (a make-up working day on a weekend)
    name: str


@dataclass(frozen=True)
class ImportProblem:
    row: int
    column: str  # date | kind | name
    error: UserError


class HolidayImportError(UserError):
    """An imported holiday list had problems: every one of them, by row; nothing was written."""

    def __init__(self, problems: Sequence[ImportProblem]) -> None:
        super().__init__(MSG_IMPORT, count=len(problems))
        self.problems = tuple(problems)


def read_holiday_file(path: str | Path) -> list[list[str]]:
    """The rows of a CSV file (date,kind,name) in UTF-8 (with or without BOM) or GBK."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise UserError(MSG_READ, path=str(path), reason=e.strerror or str(e)) from e
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # gb18030 decodes any byte string; kept for the type checker
        raise UserError(MSG_READ, path=str(path), reason="encoding")
    return [row for row in csv.reader(io.StringIO(text))]


def holidays_between(s: Session, start: date, end: date) -> list[HolidayRow]:
    """The holiday list from ``start`` to ``end`` (inclusive), by date."""
    return [
        HolidayRow(h.id, h.day, h.kind, h.name)
        for h in s.scalars(
            select(Holiday)
            .where(Holiday.deleted.is_(False), Holiday.day >= start, Holiday.day <= end)
            .order_by(Holiday.day)
        )
    ]


class HolidayService(Service):
    """The holiday list: read a year, set or remove a day, import a file."""

    def holidays(self, year: int) -> list[HolidayRow]:
        """The holiday list of a year (holidays and make-up working days), by date."""
        with self.db.read_session() as s:
            return holidays_between(s, date(year, 1, 1), date(year, 12, 31))

    def set_holiday(self, day: date, kind: str, name: str = "") -> OpResult[HolidayRow]:
        """Put a day on the holiday list (or change it): a holiday, or a make-up working day."""
        entry = cal.DayOff(day, kind, name.strip())
        problem = cal.check_day_off(entry)
        if problem is not None:
            raise UserError(DAY_MESSAGES[problem])
        with self.db.session_scope() as s:
            row = _upsert(s, entry)
            return OpResult(HolidayRow(row.id, row.day, row.kind, row.name), Changes.of("holiday"))

    def remove_holiday(self, day: date) -> OpResult[date]:
        """Take a day off the holiday list (a tombstone: the removal travels with sync)."""
        with self.db.session_scope() as s:
            row = s.scalar(select(Holiday).where(Holiday.day == day, Holiday.deleted.is_(False)))
            if row is None:
                raise NotFound(MSG_NO_HOLIDAY, day=day.isoformat())
            row.deleted = True
            return OpResult(day, Changes.of("holiday"))

    def import_holidays(self, rows: Sequence[Sequence[str]]) -> OpResult[int]:
        """Import rows of ``date, kind, name``: all or nothing, every bad row reported."""
        entries, problems = cal.parse_holiday_rows(rows)
        if problems:
            raise HolidayImportError(
                [ImportProblem(p.row, p.column, UserError(DAY_MESSAGES[p.code])) for p in problems]
            )
        if not entries:
            raise UserError(MSG_EMPTY)
        with self.db.session_scope() as s:
            for entry in entries:
                _upsert(s, entry)
            return OpResult(len(entries), Changes.of("holiday"))


def _upsert(s: Session, entry: cal.DayOff) -> Holiday:
    row = s.scalar(select(Holiday).where(Holiday.day == entry.day))
    if row is None:
        row = Holiday(day=entry.day, kind=entry.kind, name=entry.name)
        s.add(row)
        s.flush()
        return row
    for field, value in (("kind", entry.kind), ("name", entry.name), ("deleted", False)):
        if getattr(row, field) != value:
            setattr(row, field, value)
    return row
