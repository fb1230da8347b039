"""Working days, holidays, make-up working days (调休), months and weeks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import calendar as cal

months = st.tuples(st.integers(2000, 2100), st.integers(1, 12))


def test_working_days_are_monday_to_friday() -> None:
    days = cal.working_days(2026, 12)
    assert len(days) == 23
    assert days[0] == date(2026, 12, 1) and days[-1] == date(2026, 12, 31)
    assert all(d.weekday() < 5 for d in days)


def test_holidays_are_off_and_make_up_weekend_days_are_on() -> None:
    # National Day 2026: 1–7 October off; Sunday 27 Sep and Saturday 10 Oct are make-up days.
    holidays = frozenset(date(2026, 10, d) for d in range(1, 8))
    workdays = frozenset({date(2026, 9, 27), date(2026, 10, 10)})
    october = cal.working_days(2026, 10, holidays, workdays)
    assert date(2026, 10, 1) not in october
    assert date(2026, 10, 8) in october
    assert date(2026, 10, 10) in october  # a Saturday, but a make-up working day
    assert date(2026, 10, 11) not in october
    assert len(october) == 22 - 5 + 1
    assert date(2026, 9, 27) in cal.working_days(2026, 9, holidays, workdays)


def test_split_days_separates_the_two_kinds() -> None:
    entries = [
        cal.DayOff(date(2026, 10, 1), cal.HOLIDAY, "国庆节"),
        cal.DayOff(date(2026, 10, 10), cal.WORKDAY, "国庆调休"),
    ]
    assert cal.split_days(entries) == (
        frozenset({date(2026, 10, 1)}),
        frozenset({date(2026, 10, 10)}),
    )


@given(months, st.sets(st.integers(1, 31)), st.sets(st.integers(1, 31)))
def test_working_days_follow_the_definition(
    ym: tuple[int, int], off: set[int], on: set[int]
) -> None:
    year, month = ym
    days = cal.month_days(year, month)
    holidays = frozenset(d for d in days if d.day in off)
    workdays = frozenset(d for d in days if d.day in on and d.weekday() >= 5)
    working = cal.working_days(year, month, holidays, workdays)
    assert working == sorted(working)
    for d in days:
        expected = d in workdays or (d.weekday() < 5 and d not in holidays)
        assert (d in working) == expected


def test_add_months_clamps_to_the_end_of_a_short_month() -> None:
    assert cal.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert cal.add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert cal.add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert cal.next_month(2026, 12) == (2027, 1)
    assert cal.next_month(2026, 1, -1) == (2025, 12)


def test_weeks_of_a_month_start_on_the_monday_on_or_before_the_first() -> None:
    weeks = cal.month_weeks(2026, 11)  # 1 Nov 2026 is a Sunday, 30 Nov a Monday
    assert len(weeks) == 6
    assert weeks[0][0] == date(2026, 10, 26) and weeks[0][-1] == date(2026, 11, 1)
    assert weeks[-1][0] == date(2026, 11, 30)
    assert len(cal.month_weeks(2027, 2)) == 4  # February 2027 starts on a Monday
    assert cal.week_of_month(date(2026, 11, 1)) == 1
    assert cal.week_of_month(date(2026, 11, 2)) == 2
    assert cal.week_of(2026, 11, 2)[0] == date(2026, 11, 2)
    with pytest.raises(ValueError):
        cal.week_of(2027, 2, 5)


@given(months)
def test_every_day_of_a_month_is_in_exactly_one_of_its_weeks(ym: tuple[int, int]) -> None:
    year, month = ym
    weeks = cal.month_weeks(year, month)
    assert 4 <= len(weeks) <= 6
    for week in weeks:
        assert [d.weekday() for d in week] == list(range(7))
        assert any(d.month == month for d in week)
    for d in cal.month_days(year, month):
        holding = [n for n, w in enumerate(weeks, start=1) if d in w]
        assert holding == [cal.week_of_month(d)]


@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)))
def test_iso_weeks_and_mondays(day: date) -> None:
    monday = cal.monday_of(day)
    assert monday.weekday() == 0 and 0 <= (day - monday).days < 7
    assert cal.iso_week(day) == cal.iso_week(monday)
    assert day in cal.week_dates(day)


def test_next_working_day_skips_weekends_and_holidays() -> None:
    holidays = frozenset({date(2026, 12, 28)})
    assert cal.next_working_day(date(2026, 12, 26), holidays) == date(2026, 12, 29)
    assert cal.next_working_day(date(2026, 12, 29), holidays) == date(2026, 12, 29)


def test_a_make_up_day_must_be_on_a_weekend() -> None:
    assert cal.check_day_off(cal.DayOff(date(2026, 10, 10), cal.WORKDAY)) is None
    assert cal.check_day_off(cal.DayOff(date(2026, 10, 9), cal.WORKDAY)) == cal.WORKDAY_NOT_WEEKEND
    assert cal.check_day_off(cal.DayOff(date(2026, 10, 9), "later")) == cal.BAD_KIND
    assert cal.check_day_off(cal.DayOff(date(2026, 10, 1), cal.HOLIDAY, "x" * 41)) == (
        cal.NAME_TOO_LONG
    )


def test_dates_in_the_usual_spellings() -> None:
    assert cal.parse_day("2026-10-01") == date(2026, 10, 1)
    assert cal.parse_day("2026/10/1") == date(2026, 10, 1)
    assert cal.parse_day(" 2026.10.1 ") == date(2026, 10, 1)
    assert cal.parse_day("2026-02-30") is None
    assert cal.parse_day("tomorrow") is None
    assert cal.parse_kind("调休上班") == cal.WORKDAY
    assert cal.parse_kind(" Holiday ") == cal.HOLIDAY
    assert cal.parse_kind("maybe") is None


def test_holiday_rows_with_a_header_parse_and_blank_rows_are_skipped() -> None:
    rows = [
        ["\ufeffdate", "kind", "name"],
        ["2026-10-01", "holiday", "国庆节"],
        [" ", "", ""],
        ["2026/10/10", "调休上班", "国庆调休"],
    ]
    entries, problems = cal.parse_holiday_rows(rows)
    assert problems == []
    assert entries == [
        cal.DayOff(date(2026, 10, 1), cal.HOLIDAY, "国庆节"),
        cal.DayOff(date(2026, 10, 10), cal.WORKDAY, "国庆调休"),
    ]


def test_every_bad_holiday_row_is_reported_with_its_row_and_column() -> None:
    rows = [
        ["2026-10-01", "holiday", "国庆节"],
        ["2026-13-01", "holiday", ""],
        ["2026-10-01", "holiday", "again"],
        ["2026-10-09", "workday", ""],
        ["2026-10-02", "sometimes", ""],
        ["2026-10-03"],
        ["2026-10-04", "holiday", "长" * 41],
    ]
    entries, problems = cal.parse_holiday_rows(rows)
    assert entries == [cal.DayOff(date(2026, 10, 1), cal.HOLIDAY, "国庆节")]
    assert [(p.row, p.column, p.code) for p in problems] == [
        (2, "date", cal.BAD_DATE),
        (3, "date", cal.DUPLICATE_DAY),
        (4, "kind", cal.WORKDAY_NOT_WEEKEND),
        (5, "kind", cal.BAD_KIND),
        (6, "kind", cal.MISSING_COLUMNS),
        (7, "name", cal.NAME_TOO_LONG),
    ]


def test_month_bounds_and_days() -> None:
    first, last = cal.month_bounds(2028, 2)
    assert (first, last) == (date(2028, 2, 1), date(2028, 2, 29))
    assert cal.month_days(2028, 2)[-1] - cal.month_days(2028, 2)[0] == timedelta(days=28)
