"""What needs attention today: follow-ups behind their quota, distributors overdue for a call.

Both rules take their numbers from ``CadenceRules`` (the rule settings); nothing
here is a literal of its own.

**Behind on follow-ups.** Seed D11: a manager follows up each direct subordinate 3
times a month in the subordinate's first 3 months after hire, then once a month
(``cadence.follow_ups_due``). The month's quota is spread evenly over its working
days; by today a manager should have done

    expected = round(quota × working days passed ÷ working days of the month)

follow-ups, rounded half up. "Working days passed" are the month's working days
*before* today (today is still ahead), counted from the subordinate's hire date
when they joined this month, over the working days from that date. A subordinate
is **behind** when the follow-ups done so far this month (done visits, today's
included) are fewer than ``expected``. So with 21 working days a quota of 1 is
expected once 11 working days have passed (past the middle of the month), a quota
of 3 expects 1 after 4 working days, 2 after 11 and 3 after 18. The **remaining**
number is the quota minus what is done (never below 0).

**Overdue for a call.** A distributor of a graded cadence is to be called at least
once every ``cadence.cadence_period_days`` days (30 ÷ visits a month, rounded up:
A 8, B 15, C 30 by default; prospects have no cadence and are never overdue). It
is **overdue** when more than that many days have passed since the day of its last
call; a distributor never called is overdue too (and comes first). "Most overdue"
means the most days past the period.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.cadence import CadenceRules, cadence_period_days, follow_ups_due


def prorated_quota(quota: int, days_passed: int, days_total: int) -> int:
    """``quota × days_passed ÷ days_total`` rounded half up (0 when the month has no working day).

    Integer arithmetic, halves round up: 3 × 7 ÷ 21 = 1, 1 × 11 ÷ 21 = 1, 1 × 10 ÷ 21 = 0.
    """
    if days_total <= 0 or quota <= 0 or days_passed <= 0:
        return 0
    passed = min(days_passed, days_total)
    return (2 * quota * passed + days_total) // (2 * days_total)


@dataclass(frozen=True, slots=True)
class FollowUpStanding:
    """Where a manager stands with one subordinate's follow-ups this month."""

    quota: int  # follow-ups due in the whole month (seed D11: 3 or 1)
    expected: int  # of which should be done by today (pro-rated by working days)
    done: int  # follow-ups done so far this month

    @property
    def remaining(self) -> int:
        """Follow-ups still to do this month."""
        return max(0, self.quota - self.done)

    @property
    def behind(self) -> bool:
        """Fewer done than expected by today."""
        return self.done < self.expected


def follow_up_standing(
    hire_date: date,
    today: date,
    done: int,
    working_days: Iterable[date],
    rules: CadenceRules,
) -> FollowUpStanding:
    """A subordinate's follow-ups this month: quota (seed D11), expected by today, done.

    ``working_days`` are the working days of today's month (holidays and make-up
    days applied); those before the hire date do not count. See the module for the
    rule and its rounding.
    """
    quota = follow_ups_due(hire_date, today.year, today.month, rules)
    days = [
        d
        for d in working_days
        if d.year == today.year and d.month == today.month and d >= hire_date
    ]
    passed = sum(1 for d in days if d < today)
    return FollowUpStanding(quota, prorated_quota(quota, passed, len(days)), done)


@dataclass(frozen=True, slots=True)
class CallGap:
    """How long a distributor has gone without a call, against its cadence period."""

    period_days: int  # at most this many days between calls (by grade)
    days_since: int | None  # days since the last call's day; None: never called

    @property
    def overdue_days(self) -> int | None:
        """Days past the period (None when never called)."""
        return None if self.days_since is None else self.days_since - self.period_days

    @property
    def overdue(self) -> bool:
        return self.days_since is None or self.days_since > self.period_days


def call_gap(
    grade: str, last_call: date | None, today: date, rules: CadenceRules
) -> CallGap | None:
    """The distributor's gap since its last call; None when its grade has no cadence (prospects)."""
    period = cadence_period_days(grade, rules)
    if period is None:
        return None
    return CallGap(period, None if last_call is None else (today - last_call).days)


def overdue_order(gap: CallGap) -> tuple[int, int]:
    """Sort key, most overdue first: never called, then the most days past the period."""
    if gap.days_since is None:
        return (0, 0)
    return (1, -(gap.days_since - gap.period_days))
