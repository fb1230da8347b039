"""Working days, holidays and make-up working days (调休), months and weeks.

Definitions used everywhere (planning, printing, calendars):

* A **working day** is Monday to Friday, unless it is on the holiday list; a
  Saturday or Sunday on the list of make-up working days (调休上班) is a working
  day too. A make-up day wins over a holiday on the same date (it cannot be both
  in the data: the holiday table has one row per day).
* Weeks are **ISO weeks**: Monday to Sunday.
* **Week N of a month** is the N-th Monday-to-Sunday week that contains at least
  one day of the month. Week 1 starts on the Monday on or before the 1st (it may
  start in the previous month); the last week ends on the Sunday on or after the
  last day (it may end in the next month). A month has 4 to 6 such weeks.
"""

from __future__ import annotations

import calendar as _cal
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

HOLIDAY = "holiday"
WORKDAY = "workday"
DAY_KINDS: tuple[str, ...] = (HOLIDAY, WORKDAY)
NAME_MAX = 40

#: Problem codes of a holiday row (the service turns them into messages).
BAD_DATE = "bad_date"
BAD_KIND = "bad_kind"
DUPLICATE_DAY = "duplicate_day"
WORKDAY_NOT_WEEKEND = "workday_not_weekend"
NAME_TOO_LONG = "name_too_long"
MISSING_COLUMNS = "missing_columns"

#: Words accepted for the kind column of an imported list (Chinese or English).
KIND_WORDS: dict[str, str] = {
    "holiday": HOLIDAY,
    "假日": HOLIDAY,
    "节假日": HOLIDAY,
    "假期": HOLIDAY,
    "休": HOLIDAY,
    "workday": WORKDAY,
    "调休": WORKDAY,
    "上班": WORKDAY,
    "调休上班": WORKDAY,
    "班": WORKDAY,
}


@dataclass(frozen=True, slots=True)
class DayOff:
    """One entry of the holiday list: a public holiday, or a make-up working day on a weekend."""

    day: date
    kind: str = HOLIDAY
    name: str = ""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """What is wrong with one row of an imported holiday list (1-based row, column name)."""

    row: int
    column: str
    code: str


def is_weekend(day: date) -> bool:
    """Saturday or Sunday."""
    return day.weekday() >= 5


def split_days(entries: Iterable[DayOff]) -> tuple[frozenset[date], frozenset[date]]:
    """The holiday list as the two sets the other functions take: (holidays, make-up workdays)."""
    holidays: set[date] = set()
    workdays: set[date] = set()
    for e in entries:
        (workdays if e.kind == WORKDAY else holidays).add(e.day)
    return frozenset(holidays), frozenset(workdays)


def is_working_day(
    day: date, holidays: frozenset[date] = frozenset(), workdays: frozenset[date] = frozenset()
) -> bool:
    """Monday–Friday and not a holiday; or a make-up working day (调休) on a weekend."""
    if day in workdays:
        return True
    if day in holidays:
        return False
    return not is_weekend(day)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a month."""
    return date(year, month, 1), date(year, month, _cal.monthrange(year, month)[1])


def month_days(year: int, month: int) -> list[date]:
    """Every day of a month, in order."""
    first, last = month_bounds(year, month)
    return [first + timedelta(days=i) for i in range(last.day)]


def working_days(
    year: int,
    month: int,
    holidays: frozenset[date] = frozenset(),
    workdays: frozenset[date] = frozenset(),
) -> list[date]:
    """The working days of a month in order (see ``is_working_day``)."""
    return [d for d in month_days(year, month) if is_working_day(d, holidays, workdays)]


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _cal.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def next_month(year: int, month: int, step: int = 1) -> tuple[int, int]:
    """(year, month) ``step`` months later (negative: earlier)."""
    d = add_months(date(year, month, 1), step)
    return d.year, d.month


def monday_of(day: date) -> date:
    """The Monday of the ISO week that contains ``day``."""
    return day - timedelta(days=day.weekday())


def week_dates(monday: date) -> list[date]:
    """The 7 days of the week that starts on ``monday`` (any day: its week's Monday is used)."""
    start = monday_of(monday)
    return [start + timedelta(days=i) for i in range(7)]


def iso_week(day: date) -> tuple[int, int]:
    """(ISO year, ISO week number) of a day."""
    y, w, _ = day.isocalendar()
    return y, w


def month_weeks(year: int, month: int) -> list[list[date]]:
    """The Monday-to-Sunday weeks that contain days of the month (week N = item N-1)."""
    first, last = month_bounds(year, month)
    start = monday_of(first)
    weeks: list[list[date]] = []
    while start <= last:
        weeks.append(week_dates(start))
        start += timedelta(days=7)
    return weeks


def week_of_month(day: date) -> int:
    """Which week of its month ``day`` is in (1-based; see the module's definition)."""
    return (day - monday_of(day.replace(day=1))).days // 7 + 1


def week_of(year: int, month: int, n: int) -> list[date]:
    """The 7 days of week ``n`` (1-based) of a month; ValueError when the month has no such week."""
    weeks = month_weeks(year, month)
    if not 1 <= n <= len(weeks):
        raise ValueError(f"{year}-{month:02d} has weeks 1 to {len(weeks)}, not {n}")
    return weeks[n - 1]


def next_working_day(
    day: date, holidays: frozenset[date] = frozenset(), workdays: frozenset[date] = frozenset()
) -> date:
    """``day`` itself when it is a working day, else the next working day after it."""
    while not is_working_day(day, holidays, workdays):
        day += timedelta(days=1)
    return day


def parse_kind(text: str) -> str | None:
    """A kind word (holiday / workday, or 节假日 / 调休上班 …) → the stored kind; None if unknown."""
    return KIND_WORDS.get(text.strip().lower())


def parse_day(text: str) -> date | None:
    """A date written 2026-10-01, 2026/10/1 or 2026.10.1; None when it is not one."""
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    parts = cleaned.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def check_day_off(entry: DayOff) -> str | None:
    """The problem code of one holiday entry, or None: a make-up working day must be a weekend day."""
    if entry.kind not in DAY_KINDS:
        return BAD_KIND
    if entry.kind == WORKDAY and not is_weekend(entry.day):
        return WORKDAY_NOT_WEEKEND
    if len(entry.name) > NAME_MAX:
        return NAME_TOO_LONG
    return None


HEADER_WORDS = frozenset({"date", "日期"})


def parse_holiday_rows(rows: Sequence[Sequence[str]]) -> tuple[list[DayOff], list[RowProblem]]:
    """Rows of ``date, kind, name`` (an optional header row first) → entries and every problem.

    Blank rows are skipped; a date may appear once. Row numbers are 1-based as in
    the file, so a message can point at the line to fix.
    """
    entries: list[DayOff] = []
    problems: list[RowProblem] = []
    seen: dict[date, int] = {}
    for number, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if number == 1 and cells[0].lower().lstrip("\ufeff") in HEADER_WORDS:
            continue
        if len(cells) < 2:
            problems.append(RowProblem(number, "kind", MISSING_COLUMNS))
            continue
        day = parse_day(cells[0])
        kind = parse_kind(cells[1])
        name = cells[2] if len(cells) > 2 else ""
        row_problems: list[RowProblem] = []
        if day is None:
            row_problems.append(RowProblem(number, "date", BAD_DATE))
        elif day in seen:
            row_problems.append(RowProblem(number, "date", DUPLICATE_DAY))
        if kind is None:
            row_problems.append(RowProblem(number, "kind", BAD_KIND))
        if day is not None and kind is not None:
            code = check_day_off(DayOff(day, kind, name))
            if code is not None:
                column = "name" if code == NAME_TOO_LONG else "kind"
                row_problems.append(RowProblem(number, column, code))
        elif len(name) > NAME_MAX:
            row_problems.append(RowProblem(number, "name", NAME_TOO_LONG))
        if row_problems:
            problems.extend(row_problems)
        elif day is not None and kind is not None:
            entries.append(DayOff(day, kind, name))
        if day is not None and day not in seen:
            seen[day] = number
    return entries, problems
