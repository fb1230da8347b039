"""Visit cadence and follow-ups (seed D11), and the month planner's promises, as properties."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import cadence as c
from desktop.domain.calendar import add_months, month_bounds, working_days

DECEMBER = working_days(2026, 12)  # 23 working days, no holidays


def test_defaults_are_the_seed_and_product_numbers() -> None:
    rules = c.CadenceRules()
    assert [rules.visits_for_grade(g) for g in "ABCP"] == [4, 2, 1, 0]
    assert rules.visits_for_grade("Z") == 0
    assert (rules.new_hire_follow_ups, rules.new_hire_months, rules.follow_ups) == (3, 3, 1)
    assert rules.daily_cap == 6


def test_rules_come_from_settings_and_unset_keys_keep_their_defaults() -> None:
    rules = c.rules_from_settings(
        {"visits.per_month.A": "5", "visits.daily_cap": 8, "visits.follow_ups.regular": "2",
         "something.else": "x"}
    )  # fmt: skip
    assert rules == c.CadenceRules(grade_a=5, daily_cap=8, follow_ups=2)
    assert c.rules_from_settings({}) == c.CadenceRules()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("visits.per_month.A", "-1"),
        ("visits.per_month.B", "two"),
        ("visits.daily_cap", "0"),
        ("visits.daily_cap", "true"),
        ("visits.follow_ups.new_hire", 3.5),
    ],
)
def test_a_bad_rule_setting_is_refused(key: str, value: object) -> None:
    with pytest.raises(c.RuleSettingError) as caught:
        c.rules_from_settings({key: value})
    assert caught.value.key == key


def test_follow_ups_are_three_in_the_first_three_months_then_one() -> None:
    rules = c.CadenceRules()
    hired_first = date(2026, 1, 1)
    assert [c.follow_ups_due(hired_first, 2026, m, rules) for m in range(1, 7)] == [
        3, 3, 3, 1, 1, 1,
    ]  # fmt: skip
    hired_mid = date(2026, 1, 15)  # the first three months end on 14 April
    assert [c.follow_ups_due(hired_mid, 2026, m, rules) for m in range(1, 7)] == [
        3, 3, 3, 3, 1, 1,
    ]  # fmt: skip
    assert c.follow_ups_due(date(2026, 3, 2), 2026, 2, rules) == 0  # not hired yet
    assert c.follow_ups_due(date(2026, 1, 31), 2026, 4, rules) == 3  # window ends 30 April
    assert c.follow_ups_due(date(2026, 1, 31), 2026, 5, rules) == 1


@given(st.dates(date(2015, 1, 1), date(2035, 12, 31)))
def test_follow_ups_switch_from_three_to_one_exactly_after_the_third_month(hired: date) -> None:
    rules = c.CadenceRules()
    switch = add_months(hired, 3)  # the first day after the first three months of service
    months = [add_months(date(hired.year, hired.month, 1), i) for i in range(-2, 9)]
    dues = [c.follow_ups_due(hired, m.year, m.month, rules) for m in months]
    for m, due in zip(months, dues, strict=True):
        first, last = month_bounds(m.year, m.month)
        if last < hired:
            assert due == 0
        elif first < switch:
            assert due == 3
        else:
            assert due == 1
    # never back to three once it was one; three months of 3 when hired on the 1st, else four
    assert dues == sorted(dues, key=lambda d: {0: 0, 3: 1, 1: 2}[d])
    assert dues.count(3) == (3 if hired.day == 1 else 4)


def test_cadence_period_and_effective_status() -> None:
    rules = c.CadenceRules()
    assert [c.cadence_period_days(g, rules) for g in "ABCP"] == [8, 15, 30, None]
    today = date(2026, 11, 27)
    assert c.effective_status(c.PLANNED, date(2026, 11, 26), today) == c.MISSED
    assert c.effective_status(c.PLANNED, today, today) == c.PLANNED
    assert c.effective_status(c.DONE, date(2026, 11, 2), today) == c.DONE
    assert c.effective_status(c.CANCELLED, date(2026, 11, 2), today) == c.CANCELLED


def test_a_month_for_a_sales_rep_spreads_each_grade_through_the_month() -> None:
    distributors = [c.DistributorInput("a1", "A"), c.DistributorInput("b1", "B"),
                    c.DistributorInput("c1", "C"), c.DistributorInput("p1", "P")]  # fmt: skip
    plan = c.plan_month(2026, 12, distributors, [], DECEMBER, [])
    assert plan.short == ()
    days = {t: [v.day for v in plan.visits if v.target_id == t] for t in ("a1", "b1", "c1", "p1")}
    assert [len(days[t]) for t in ("a1", "b1", "c1", "p1")] == [4, 2, 1, 0]
    # four visits to an A distributor: one in each quarter of the working days
    quarters = [DECEMBER[i * 23 // 4 : (i + 1) * 23 // 4] for i in range(4)]
    assert all(sum(d in q for d in days["a1"]) == 1 for q in quarters)
    assert days["c1"][0] not in DECEMBER[:5]  # not piled on the first days
    assert all(v.origin == c.CADENCE for v in plan.visits)


def test_a_manager_follows_up_a_new_hire_three_times_never_before_the_hire_date() -> None:
    subs = [
        c.SubordinateInput("new", date(2026, 12, 10)),
        c.SubordinateInput("old", date(2020, 1, 1)),
    ]
    plan = c.plan_month(2026, 12, [], subs, DECEMBER, [])
    new = [v.day for v in plan.visits if v.target_id == "new"]
    assert len(new) == 3 and min(new) >= date(2026, 12, 10)
    assert [v.origin for v in plan.visits] == [c.FOLLOW_UP] * 4
    assert sum(v.target_id == "old" for v in plan.visits) == 1
    assert all(v.target_kind == c.PERSON for v in plan.visits)


def test_existing_visits_count_in_any_status_and_new_ones_keep_away_from_them() -> None:
    existing = [c.ExistingVisit(DECEMBER[1], c.DISTRIBUTOR, "a1", c.DONE),
                c.ExistingVisit(DECEMBER[2], c.DISTRIBUTOR, "b1", c.CANCELLED)]  # fmt: skip
    plan = c.plan_month(
        2026, 12, [c.DistributorInput("a1", "A"), c.DistributorInput("b1", "B")], [], DECEMBER,
        existing,
    )  # fmt: skip
    a1 = sorted(v.day for v in plan.visits if v.target_id == "a1")
    assert len(a1) == 3 and a1[0] > DECEMBER[5]
    assert sum(v.target_id == "b1" for v in plan.visits) == 1


def test_when_days_are_short_the_plan_says_so_instead_of_breaking_a_rule() -> None:
    days = DECEMBER[-2:]  # generating on the 30th: two working days left
    plan = c.plan_month(2026, 12, [c.DistributorInput("a1", "A")], [], days, [])
    assert len(plan.visits) == 2
    assert plan.short == (c.Shortfall(c.DISTRIBUTOR, "a1", 4, 2, c.TOO_FEW_DAYS),)
    assert plan.missing == 2
    none_left = c.plan_month(2026, 12, [c.DistributorInput("a1", "A")], [], [], [])
    assert none_left.short == (c.Shortfall(c.DISTRIBUTOR, "a1", 4, 0, c.NO_DAYS),)
    crowded = c.plan_month(
        2026, 12, [c.DistributorInput(f"d{i}", "C") for i in range(8)], [], days, [],
        c.CadenceRules(daily_cap=3),
    )  # fmt: skip
    assert len(crowded.visits) == 6
    assert {s.reason for s in crowded.short} == {c.DAY_FULL}
    assert crowded.missing == 2


def test_the_planner_moves_new_visits_to_make_room_rather_than_leave_one_out() -> None:
    # Five days, cap 3, 15 visits: only a completely full plan works. Spreading each
    # distributor on its own leaves a visit out; moving others' new visits makes room.
    days = DECEMBER[:5]
    rules = c.CadenceRules(grade_a=4, grade_b=3, daily_cap=3)
    targets = [c.DistributorInput(f"a{i}", "A") for i in range(3)] + [c.DistributorInput("b", "B")]
    plan = c.plan_month(2026, 12, targets, [], days, [], rules)
    assert plan.short == ()
    assert Counter(v.day for v in plan.visits) == dict.fromkeys(days, 3)


# -- properties ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    year: int
    month: int
    days: list[date]
    holidays: frozenset[date]
    workdays: frozenset[date]
    distributors: list[c.DistributorInput]
    subordinates: list[c.SubordinateInput]
    existing: list[c.ExistingVisit]
    rules: c.CadenceRules

    def plan(self) -> c.MonthPlan:
        return c.plan_month(
            self.year, self.month, self.distributors, self.subordinates, self.days,
            self.existing, self.rules,
        )  # fmt: skip


@st.composite
def cases(draw: st.DrawFn, with_existing: bool = True, hired_before: bool = False) -> Case:
    year = draw(st.integers(2024, 2030))
    month = draw(st.integers(1, 12))
    first, last = month_bounds(year, month)
    all_days = [first + timedelta(days=i) for i in range(last.day)]
    holidays = frozenset(draw(st.sets(st.sampled_from(all_days), max_size=8)))
    weekend = [d for d in all_days if d.weekday() >= 5 and d not in holidays]
    workdays = (
        frozenset(draw(st.sets(st.sampled_from(weekend), max_size=3))) if weekend else frozenset()
    )
    days = working_days(year, month, holidays, workdays)
    start = draw(st.integers(0, len(days)))  # generating part-way through the month
    days = days[start:] if draw(st.booleans()) else days
    grades = draw(st.lists(st.sampled_from("ABCP"), max_size=30))
    distributors = [c.DistributorInput(f"d{i:02d}", g) for i, g in enumerate(grades)]
    latest = first - timedelta(days=1) if hired_before else last + timedelta(days=20)
    hires = draw(st.lists(st.dates(first - timedelta(days=200), latest), max_size=6))
    subordinates = [c.SubordinateInput(f"p{i}", h) for i, h in enumerate(hires)]
    existing: list[c.ExistingVisit] = []
    if with_existing and (distributors or subordinates):
        keys = [(c.DISTRIBUTOR, d.id) for d in distributors] + [
            (c.PERSON, s.id) for s in subordinates
        ]
        for _ in range(draw(st.integers(0, 25))):
            kind, target = draw(st.sampled_from(keys))
            day = draw(st.sampled_from(all_days))
            existing.append(c.ExistingVisit(day, kind, target, draw(st.sampled_from(c.STATUSES))))
    rules = c.CadenceRules(
        grade_a=draw(st.integers(0, 6)), grade_b=draw(st.integers(0, 3)),
        new_hire_follow_ups=draw(st.integers(0, 4)), daily_cap=draw(st.integers(1, 8)),
    )  # fmt: skip
    return Case(year, month, days, holidays, workdays, distributors, subordinates, existing, rules)


def quotas(case: Case) -> dict[tuple[str, str], int]:
    out = {(c.DISTRIBUTOR, d.id): case.rules.visits_for_grade(d.grade) for d in case.distributors}
    for s in case.subordinates:
        out[(c.PERSON, s.id)] = c.follow_ups_due(s.hire_date, case.year, case.month, case.rules)
    return out


@settings(max_examples=150, deadline=None)
@given(cases(with_existing=False, hired_before=True))
def test_each_target_gets_exactly_its_quota_when_working_days_allow(case: Case) -> None:
    need = quotas(case)
    m = len(case.days)
    if max(need.values(), default=0) > m or sum(need.values()) > case.rules.daily_cap * m:
        return  # no plan can hold it: the other properties cover this case
    plan = case.plan()
    assert plan.short == ()
    got = Counter((v.target_kind, v.target_id) for v in plan.visits)
    assert {k: n for k, n in need.items() if n} == dict(got)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_no_day_over_the_cap_and_no_target_twice_on_a_day(case: Case) -> None:
    plan = case.plan()
    live = [v for v in case.existing if v.status != c.CANCELLED]
    load = Counter(v.day for v in live)
    new_load = Counter(v.day for v in plan.visits)
    for day, n in new_load.items():
        assert load[day] + n <= case.rules.daily_cap
    pairs = Counter((v.day, v.target_kind, v.target_id) for v in plan.visits)
    pairs.update((v.day, v.target_kind, v.target_id) for v in live)
    new_pairs = {(v.day, v.target_kind, v.target_id) for v in plan.visits}
    assert all(pairs[p] == 1 for p in new_pairs)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_nothing_on_a_holiday_or_weekend_unless_a_make_up_day(case: Case) -> None:
    for v in case.plan().visits:
        assert v.day in case.days
        assert v.day not in case.holidays or v.day in case.workdays
        assert v.day.weekday() < 5 or v.day in case.workdays


@settings(max_examples=150, deadline=None)
@given(cases())
def test_generating_twice_adds_nothing(case: Case) -> None:
    first = case.plan()
    again = c.plan_month(
        case.year, case.month, case.distributors, case.subordinates, case.days,
        case.existing + [c.ExistingVisit(v.day, v.target_kind, v.target_id) for v in first.visits],
        case.rules,
    )  # fmt: skip
    assert again.visits == ()
    assert again.missing == first.missing


@settings(max_examples=100, deadline=None)
@given(cases(), st.randoms(use_true_random=False))
def test_the_same_inputs_in_any_order_give_the_same_plan(case: Case, rnd: random.Random) -> None:
    distributors, subordinates = list(case.distributors), list(case.subordinates)
    existing, days = list(case.existing), list(case.days)
    rnd.shuffle(distributors)
    rnd.shuffle(subordinates)
    rnd.shuffle(existing)
    rnd.shuffle(days)
    other = c.plan_month(
        case.year, case.month, distributors, subordinates, days, existing, case.rules
    )
    assert other == case.plan()


@settings(max_examples=150, deadline=None)
@given(cases())
def test_visits_never_exceed_the_quota_and_a_shortfall_is_real(case: Case) -> None:
    plan = case.plan()
    need = quotas(case)
    counted = Counter((v.target_kind, v.target_id) for v in case.existing)
    got = Counter((v.target_kind, v.target_id) for v in plan.visits)
    short = {(s.target_kind, s.target_id): s for s in plan.short}
    live = [v for v in case.existing if v.status != c.CANCELLED]
    load = Counter(v.day for v in live) + Counter(v.day for v in plan.visits)
    hires = {s.id: s.hire_date for s in case.subordinates}
    for key, quota in need.items():
        wanted = max(0, quota - counted[key])
        assert got[key] == (short[key].placed if key in short else wanted)
        if key in short:
            # every day the target could take is full or already has the target
            for day in case.days:
                if key[0] == c.PERSON and day < hires[key[1]]:
                    continue
                has = any((v.day, v.target_kind, v.target_id) == (day, *key) for v in live)
                has = has or any(
                    (v.day, v.target_kind, v.target_id) == (day, *key) for v in plan.visits
                )
                assert has or load[day] >= case.rules.daily_cap
    for v in plan.visits:
        if v.target_kind == c.PERSON:
            assert v.day >= hires[v.target_id]


@settings(max_examples=100, deadline=None)
@given(cases(with_existing=False, hired_before=True))
def test_visits_are_spread_one_in_each_equal_run_of_working_days(case: Case) -> None:
    roomy = c.CadenceRules(
        grade_a=case.rules.grade_a, grade_b=case.rules.grade_b, daily_cap=50,
        new_hire_follow_ups=case.rules.new_hire_follow_ups,
    )  # fmt: skip
    plan = c.plan_month(
        case.year, case.month, case.distributors, case.subordinates, case.days, [], roomy
    )
    m = len(case.days)
    need = quotas(Case(**{**case.__dict__, "rules": roomy}))
    for key, q in need.items():
        if not q or q > m:
            continue
        days = [v.day for v in plan.visits if (v.target_kind, v.target_id) == key]
        for j in range(q):
            run = case.days[j * m // q : (j + 1) * m // q]
            assert sum(d in run for d in days) == 1, (key, j)
