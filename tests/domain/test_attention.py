"""Attention rules: follow-ups behind the pro-rated quota (seed D11), distributors overdue."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.attention import (
    CallGap,
    call_gap,
    follow_up_standing,
    overdue_order,
    prorated_quota,
)
from desktop.domain.cadence import CadenceRules, cadence_period_days
from desktop.domain.calendar import working_days

RULES = CadenceRules()
#: November 2026: 21 working days (Mon–Fri, no holidays), the 2nd is a Monday.
NOVEMBER = working_days(2026, 11)
OLD_HIRE = date(2020, 1, 6)


def nth_working_day(n: int) -> date:
    return NOVEMBER[n - 1]


def test_november_has_21_working_days() -> None:
    assert len(NOVEMBER) == 21 and NOVEMBER[0] == date(2026, 11, 2)


@pytest.mark.parametrize(
    ("quota", "passed", "total", "expected"),
    [
        (1, 0, 21, 0),
        (1, 10, 21, 0),  # 0.48 → 0
        (1, 11, 21, 1),  # 0.52 → 1
        (3, 3, 21, 0),  # 0.43
        (3, 4, 21, 1),  # 0.57
        (3, 10, 21, 1),  # 1.43
        (3, 11, 21, 2),  # 1.57
        (3, 17, 21, 2),  # 2.43
        (3, 18, 21, 3),  # 2.57
        (3, 21, 21, 3),
        (1, 1, 2, 1),  # exactly one half rounds up
        (3, 5, 0, 0),  # no working day at all
        (0, 10, 21, 0),
        (3, 30, 21, 3),  # never more than the quota
    ],
)
def test_prorated_quota_rounds_half_up(quota: int, passed: int, total: int, expected: int) -> None:
    assert prorated_quota(quota, passed, total) == expected


@given(st.integers(0, 31), st.integers(1, 31), st.integers(0, 31))
def test_prorated_quota_grows_with_days_and_stays_within_the_quota(
    quota: int, total: int, passed: int
) -> None:
    value = prorated_quota(quota, passed, total)
    assert 0 <= value <= quota
    assert prorated_quota(quota, passed + 1, total) >= value
    if passed >= total:
        assert value == quota


def test_an_old_hire_with_one_follow_up_is_behind_from_the_12th_working_day() -> None:
    # 11 working days passed before the 12th working day: 11 / 21 of 1 rounds to 1.
    on_11th = follow_up_standing(OLD_HIRE, nth_working_day(11), 0, NOVEMBER, RULES)
    assert (on_11th.quota, on_11th.expected, on_11th.behind) == (1, 0, False)
    on_12th = follow_up_standing(OLD_HIRE, nth_working_day(12), 0, NOVEMBER, RULES)
    assert (on_12th.quota, on_12th.expected, on_12th.behind, on_12th.remaining) == (1, 1, True, 1)
    done = follow_up_standing(OLD_HIRE, nth_working_day(12), 1, NOVEMBER, RULES)
    assert (done.behind, done.remaining) == (False, 0)


def test_a_new_hire_needs_three_spread_over_the_month() -> None:
    hired = date(2026, 10, 1)  # November is within the first three months: 3 follow-ups
    assert follow_up_standing(hired, nth_working_day(4), 0, NOVEMBER, RULES).expected == 0
    fifth = follow_up_standing(hired, nth_working_day(5), 0, NOVEMBER, RULES)
    assert (fifth.quota, fifth.expected, fifth.behind, fifth.remaining) == (3, 1, True, 3)
    assert follow_up_standing(hired, nth_working_day(12), 1, NOVEMBER, RULES).behind
    assert not follow_up_standing(hired, nth_working_day(12), 2, NOVEMBER, RULES).behind
    last = follow_up_standing(hired, nth_working_day(21), 2, NOVEMBER, RULES)
    assert (last.expected, last.behind, last.remaining) == (3, True, 1)


def test_the_quota_switches_to_one_after_the_third_month() -> None:
    hired = date(2026, 8, 1)  # first three months: August, September, October
    standing = follow_up_standing(hired, nth_working_day(21), 0, NOVEMBER, RULES)
    assert (standing.quota, standing.expected) == (1, 1)


def test_someone_hired_this_month_is_measured_from_the_hire_date() -> None:
    hired = nth_working_day(11)  # 11 working days left in the month from the hire date
    assert follow_up_standing(hired, hired, 0, NOVEMBER, RULES).expected == 0
    later = follow_up_standing(hired, hired + timedelta(days=2), 0, NOVEMBER, RULES)
    assert (later.quota, later.expected) == (3, 1)  # 2 of 11 days passed: 0.55 → 1


def test_doing_more_than_the_quota_leaves_nothing_remaining() -> None:
    standing = follow_up_standing(OLD_HIRE, nth_working_day(3), 2, NOVEMBER, RULES)
    assert (standing.remaining, standing.behind) == (0, False)


def test_follow_up_numbers_come_from_the_rules() -> None:
    rules = CadenceRules(follow_ups=2, new_hire_follow_ups=4)
    standing = follow_up_standing(OLD_HIRE, nth_working_day(21), 0, NOVEMBER, rules)
    assert (standing.quota, standing.expected) == (2, 2)


def test_cadence_periods_come_from_the_rules() -> None:
    assert [cadence_period_days(g, RULES) for g in "ABCP"] == [8, 15, 30, None]
    rules = CadenceRules(grade_a=6, grade_b=3, grade_c=2, grade_p=1)
    assert [cadence_period_days(g, rules) for g in "ABCP"] == [5, 10, 15, 30]
    today = date(2026, 11, 27)
    assert call_gap("A", today - timedelta(days=6), today, rules) == CallGap(5, 6)


@pytest.mark.parametrize(
    ("grade", "days", "overdue"),
    [
        ("A", 8, False),  # exactly the period: still within it
        ("A", 9, True),
        ("B", 15, False),
        ("B", 16, True),
        ("C", 30, False),
        ("C", 31, True),
        ("A", 0, False),  # called today
    ],
)
def test_a_distributor_is_overdue_after_its_period(grade: str, days: int, overdue: bool) -> None:
    today = date(2026, 11, 27)
    gap = call_gap(grade, today - timedelta(days=days), today, RULES)
    assert gap is not None
    assert gap.overdue is overdue
    assert gap.days_since == days
    assert gap.overdue_days == days - gap.period_days


def test_prospects_have_no_cadence_and_the_never_called_are_overdue() -> None:
    today = date(2026, 11, 27)
    assert call_gap("P", None, today, RULES) is None
    assert call_gap("P", today - timedelta(days=400), today, RULES) is None
    never = call_gap("C", None, today, RULES)
    assert never is not None and never.overdue and never.overdue_days is None


def test_most_overdue_first_never_called_before_all() -> None:
    gaps = [CallGap(8, 20), CallGap(30, 31), CallGap(15, None), CallGap(15, 40)]
    ordered = sorted(gaps, key=overdue_order)
    assert ordered == [CallGap(15, None), CallGap(15, 40), CallGap(8, 20), CallGap(30, 31)]
