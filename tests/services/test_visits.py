"""Visit plans: generate (idempotent, captured), reschedule refusals, status, missed, scope, the
working days of the holiday list."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models import Distributor, LocalState, Market, Outbox, Person, Region, RuleSetting
from db.models import Visit as VisitModel
from desktop.domain import cadence
from desktop.domain.calendar import working_days
from desktop.errors import NotFound, OutOfScope, UserError
from desktop.services.holidays import HolidayService
from desktop.services.visits import VisitService
from tests.conftest import FakeClock

DECEMBER = (2026, 12)


@dataclass(frozen=True)
class Team:
    """A market manager with two reps: one hired on 15 Oct 2026 (new), one in 2021."""

    manager: str
    new_rep: str
    old_rep: str
    distributors: dict[str, str]  # code → id


def build_team(db: Database) -> Team:
    """A small organisation written through the ORM (so it is captured like any edit)."""
    with db.session_scope() as s:
        market = Market(code="M1", name="华北", name_en="North China", sort_order=1)
        s.add(market)
        s.flush()
        region = Region(code="R1", name="北京区", market_id=market.id)
        s.add(region)
        s.flush()
        common = {"body": "FSF", "market_id": market.id}
        manager = Person(code="MM1", name="王建国", role="market_manager", level=4,
                         hire_date=date(2019, 3, 1), **common)  # fmt: skip
        s.add(manager)
        s.flush()
        new = Person(code="REP1", name="李新", role="sales_rep", level=1, manager_id=manager.id,
                     region_id=region.id, hire_date=date(2026, 10, 15), **common)  # fmt: skip
        old = Person(code="REP2", name="张老", role="sales_rep", level=1, manager_id=manager.id,
                     region_id=region.id, hire_date=date(2021, 3, 1), **common)  # fmt: skip
        s.add_all([new, old])
        s.flush()
        rows = [
            ("D-A", "北京华悦商贸有限公司", "华悦", "A", new.id),
            ("D-B", "北京顺达商贸有限公司", "顺达", "B", new.id),
            ("D-C", "北京永兴食品有限公司", "", "C", new.id),
            ("D-P", "北京新开商行", "新开", "P", new.id),
            ("D-O", "天津老客户商贸有限公司", "老客户", "A", old.id),
        ]
        ids = {}
        for code, name, short, grade, owner in rows:
            d = Distributor(code=code, name=name, short_name=short, grade=grade, owner_id=owner,
                            market_id=market.id, region_id=region.id)  # fmt: skip
            s.add(d)
            s.flush()
            ids[code] = d.id
        return Team(manager.id, new.id, old.id, ids)


def set_owner(db: Database, person_id: str | None) -> None:
    with db.session_scope() as s:
        state = s.get(LocalState, 1)
        assert state is not None
        state.owner_person_id = person_id


@pytest.fixture
def team(db: Database) -> Team:
    return build_team(db)


@pytest.fixture
def svc(db: Database) -> VisitService:
    return VisitService(db)


@pytest.fixture
def days_off(db: Database) -> HolidayService:
    return HolidayService(db)


def visit_count(db: Database) -> int:
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(VisitModel)) or 0


def test_generate_gives_each_distributor_its_grade_visits(svc: VisitService, team: Team) -> None:
    result = svc.generate(team.new_rep, *DECEMBER)
    assert result.value.added == 7 and result.value.short == ()
    assert result.changes.touches("visit")
    rows = svc.month(team.new_rep, *DECEMBER)
    by_code: dict[str, list[date]] = {}
    for r in rows:
        by_code.setdefault(r.target_code, []).append(r.planned_date)
    assert {k: len(v) for k, v in by_code.items()} == {"D-A": 4, "D-B": 2, "D-C": 1}
    assert all(r.planned_date in working_days(*DECEMBER) for r in rows)
    assert all(r.origin == cadence.CADENCE and r.status == "planned" for r in rows)
    hua = next(r for r in rows if r.target_code == "D-A")
    assert (hua.target_short, hua.target_name, hua.distributor_grade) == (
        "华悦", "北京华悦商贸有限公司", "A",
    )  # fmt: skip
    no_short = next(r for r in rows if r.target_code == "D-C")
    assert no_short.target_short == "北京永兴食品有限公司"


def test_generating_again_adds_nothing(svc: VisitService, team: Team, db: Database) -> None:
    svc.generate(team.new_rep, *DECEMBER)
    before = visit_count(db)
    again = svc.generate(team.new_rep, *DECEMBER)
    assert again.value.added == 0 and not again.changes
    assert visit_count(db) == before


def test_generated_visits_are_captured_for_sync(
    svc: VisitService, team: Team, db: Database
) -> None:
    ids = svc.generate(team.new_rep, *DECEMBER).value.visit_ids
    with db.read_session() as s:
        captured = set(s.scalars(select(Outbox.pk).where(Outbox.tbl == "visit")))
    assert set(ids) <= captured


def test_a_manager_follows_up_a_new_hire_three_times_and_others_once(
    svc: VisitService, team: Team
) -> None:
    svc.generate(team.manager, *DECEMBER)
    rows = svc.month(team.manager, *DECEMBER)
    assert sorted((r.target_code, r.target_kind) for r in rows) == [
        ("REP1", "person"), ("REP1", "person"), ("REP1", "person"), ("REP2", "person"),
    ]  # fmt: skip
    assert all(r.origin == cadence.FOLLOW_UP and r.target_name in ("李新", "张老") for r in rows)
    # REP1 was hired on 15 Oct: the first three months end on 14 Jan, so February has 1
    svc.generate(team.manager, 2027, 2)
    february = svc.month(team.manager, 2027, 2)
    assert sorted(r.target_code for r in february) == ["REP1", "REP2"]


def test_holidays_and_make_up_days_decide_the_working_days(
    svc: VisitService, days_off: HolidayService, team: Team
) -> None:
    for d in range(21, 26):
        days_off.set_holiday(date(2026, 12, d), "holiday", "年末")
    days_off.set_holiday(date(2026, 12, 26), "workday", "调休")
    svc.generate(team.new_rep, *DECEMBER)
    days = {r.planned_date for r in svc.month(team.new_rep, *DECEMBER)}
    assert not days & {date(2026, 12, d) for d in range(21, 26)}
    assert all(d.weekday() < 5 or d == date(2026, 12, 26) for d in days)


def test_generating_late_in_the_month_says_what_did_not_fit(svc: VisitService, team: Team) -> None:
    # today is Friday 27 Nov 2026: two working days are left in November (27th, 30th)
    result = svc.generate(team.new_rep, 2026, 11).value
    assert result.added == 5  # A on both days, B on both days, C once
    short = {s.target_code: (s.wanted, s.placed, s.reason) for s in result.short}
    assert short == {"D-A": (4, 2, cadence.TOO_FEW_DAYS)}
    assert result.missing == 2
    days = {r.planned_date for r in svc.month(team.new_rep, 2026, 11)}
    assert days == {date(2026, 11, 27), date(2026, 11, 30)}


def test_rules_come_from_the_rule_settings(svc: VisitService, team: Team, db: Database) -> None:
    with db.session_scope() as s:
        s.add(RuleSetting(key="visits.per_month.A", value=json.dumps(2)))
    assert svc.rules().grade_a == 2
    assert svc.generate(team.new_rep, *DECEMBER).value.added == 5
    with db.session_scope() as s:
        row = s.scalar(select(RuleSetting))
        assert row is not None
        row.value = '"many"'
    with pytest.raises(UserError, match=r"visits\.per_month\.A"):
        svc.generate(team.new_rep, 2027, 1)


def _first_visit(svc: VisitService, team: Team, code: str = "D-A") -> str:
    svc.generate(team.new_rep, *DECEMBER)
    return next(r.id for r in svc.month(team.new_rep, *DECEMBER) if r.target_code == code)


def test_reschedule_moves_to_a_working_day_and_keeps_the_time(
    svc: VisitService, team: Team
) -> None:
    vid = _first_visit(svc, team, "D-C")
    svc.reschedule(vid, date(2026, 12, 1), "09:30")
    moved = svc.reschedule(vid, date(2026, 12, 2))
    assert (moved.value.planned_date, moved.value.planned_time) == (date(2026, 12, 2), "09:30")
    assert moved.changes.touches("visit")
    cleared = svc.reschedule(vid, date(2026, 12, 2), "")
    assert cleared.value.planned_time == ""


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (date(2026, 12, 5), "not a working day"),  # a Saturday
        (date(2026, 12, 25), "not a working day"),  # a holiday (below)
        (date(2026, 11, 26), "has passed"),
    ],
)
def test_reschedule_refuses_days_off_and_the_past(
    svc: VisitService, days_off: HolidayService, team: Team, db: Database, day: date, message: str
) -> None:
    days_off.set_holiday(date(2026, 12, 25), "holiday", "圣诞")
    vid = _first_visit(svc, team)
    before = svc.get(vid)
    with pytest.raises(UserError, match=message):
        svc.reschedule(vid, day)
    assert svc.get(vid) == before


def test_a_make_up_working_day_takes_visits(
    svc: VisitService, days_off: HolidayService, team: Team
) -> None:
    days_off.set_holiday(date(2026, 12, 5), "workday", "调休")
    vid = _first_visit(svc, team)
    assert svc.reschedule(vid, date(2026, 12, 5)).value.planned_date == date(2026, 12, 5)


def test_reschedule_refuses_a_second_visit_to_the_same_distributor(
    svc: VisitService, team: Team
) -> None:
    svc.generate(team.new_rep, *DECEMBER)
    a_days = sorted(
        (r.planned_date, r.id) for r in svc.month(team.new_rep, *DECEMBER) if r.target_code == "D-A"
    )
    with pytest.raises(UserError, match="already has a visit"):
        svc.reschedule(a_days[0][1], a_days[1][0])
    assert svc.get(a_days[0][1]).planned_date == a_days[0][0]


def test_reschedule_refuses_a_day_at_the_cap(svc: VisitService, team: Team, db: Database) -> None:
    with db.session_scope() as s:
        s.add(RuleSetting(key="visits.daily_cap", value="1"))
    svc.generate(team.new_rep, *DECEMBER)
    rows = svc.month(team.new_rep, *DECEMBER)
    first, other = rows[0], next(r for r in rows if r.target_code != rows[0].target_code)
    with pytest.raises(UserError, match="the most a day allows"):
        svc.reschedule(first.id, other.planned_date)


def test_only_a_planned_visit_moves(svc: VisitService, team: Team) -> None:
    vid = _first_visit(svc, team)
    svc.set_status(vid, "done")
    with pytest.raises(UserError, match="Only a planned visit"):
        svc.reschedule(vid, date(2026, 12, 30))


def test_status_done_missed_cancelled_and_back(svc: VisitService, team: Team) -> None:
    vid = _first_visit(svc, team)
    assert svc.set_status(vid, "done").value.status == "done"
    with pytest.raises(UserError, match="Say why"):
        svc.set_status(vid, "cancelled", "  ")
    assert svc.get(vid).status == "done"
    cancelled = svc.set_status(vid, "cancelled", "客户盘点").value
    assert (cancelled.status, cancelled.status_reason) == ("cancelled", "客户盘点")
    assert svc.set_status(vid, "missed").value.effective_status == "missed"
    again = svc.set_status(vid, "planned").value
    assert (again.status, again.status_reason) == ("planned", "")
    with pytest.raises(UserError):
        svc.set_status(vid, "postponed")
    with pytest.raises(NotFound):
        svc.set_status("no-such-visit", "done")


def test_a_planned_visit_whose_day_passed_shows_as_missed(
    svc: VisitService, team: Team, db: Database, clock: FakeClock
) -> None:
    vid = svc.add(
        team.new_rep, date(2026, 11, 27), "distributor", team.distributors["D-A"]
    ).value.id
    assert svc.get(vid).effective_status == "planned"
    clock.advance(days=1)
    row = svc.get(vid)
    assert (row.status, row.effective_status) == ("planned", "missed")
    with db.read_session() as s:
        assert s.get(VisitModel, vid).status == "planned"  # type: ignore[union-attr]
    assert svc.reschedule(vid, date(2026, 11, 30)).value.effective_status == "planned"


def test_add_a_manual_visit_to_a_distributor_or_a_subordinate(
    svc: VisitService, team: Team
) -> None:
    visit = svc.add(team.new_rep, date(2026, 12, 3), "distributor", team.distributors["D-P"],
                    time="14:00", purpose="新品推介").value  # fmt: skip
    assert (visit.origin, visit.planned_time, visit.purpose, visit.target_short) == (
        "manual", "14:00", "新品推介", "新开",
    )  # fmt: skip
    joint = svc.add(team.manager, date(2026, 12, 3), "person", team.old_rep, purpose="协访").value
    assert (joint.target_kind, joint.target_code) == ("person", "REP2")
    with pytest.raises(UserError, match="HH:MM"):
        svc.add(team.new_rep, date(2026, 12, 4), "distributor", team.distributors["D-P"], time="9")
    with pytest.raises(UserError, match="already has a visit"):
        svc.add(team.new_rep, date(2026, 12, 3), "distributor", team.distributors["D-P"])
    with pytest.raises(UserError, match="Choose a distributor"):
        svc.add(team.new_rep, date(2026, 12, 4), "person", team.new_rep)
    targets = svc.targets(team.manager)
    assert [(t.kind, t.code) for t in targets] == [("person", "REP1"), ("person", "REP2")]
    assert [t.code for t in svc.targets(team.new_rep)] == ["D-A", "D-B", "D-C", "D-P"]


def test_scope_a_rep_sees_only_their_own_plan(svc: VisitService, team: Team, db: Database) -> None:
    set_owner(db, team.new_rep)
    assert [p.code for p in svc.people()] == ["REP1"]
    assert svc.default_person_id() == team.new_rep
    with pytest.raises(OutOfScope):
        svc.month(team.old_rep, *DECEMBER)
    with pytest.raises(OutOfScope):
        svc.generate(team.old_rep, *DECEMBER)
    with pytest.raises(OutOfScope):
        svc.person_id("REP2")
    assert svc.person_id("REP1") == team.new_rep


def test_scope_a_manager_sees_the_team_side_by_side(
    svc: VisitService, team: Team, db: Database
) -> None:
    set_owner(db, team.manager)
    assert [(p.code, p.depth) for p in svc.people()] == [("MM1", 0), ("REP1", 1), ("REP2", 1)]
    assert [p.code for p in svc.direct_reports(team.manager)] == ["REP1", "REP2"]
    svc.generate(team.new_rep, *DECEMBER)
    svc.generate(team.old_rep, *DECEMBER)
    week = svc.range([team.new_rep, team.old_rep], date(2026, 11, 30), date(2026, 12, 6))
    assert {r.person_code for r in week} == {"REP1", "REP2"}
    assert week == sorted(week, key=lambda r: (r.planned_date, r.planned_time, r.person_code))
    rep2 = [r for r in svc.month(team.old_rep, *DECEMBER)]
    assert len(rep2) == 4


def test_hq_defaults_to_the_first_market_manager(svc: VisitService, team: Team) -> None:
    assert svc.default_person_id() == team.manager
    with pytest.raises(NotFound):
        svc.person_id("NOBODY")


def test_an_inactive_person_gets_no_plan(svc: VisitService, team: Team, db: Database) -> None:
    with db.session_scope() as s:
        person = s.get(Person, team.old_rep)
        assert person is not None
        person.active = False
    with pytest.raises(UserError, match="no longer active"):
        svc.generate(team.old_rep, *DECEMBER)
    svc.generate(team.manager, *DECEMBER)
    assert {r.target_code for r in svc.month(team.manager, *DECEMBER)} == {"REP1"}


def test_today_is_the_clock_date(svc: VisitService, clock: FakeClock) -> None:
    assert svc.today() == clock().astimezone().date()
    clock.advance(days=3)
    assert svc.today() == clock().astimezone().date() == date(2026, 11, 27) + timedelta(days=3)
