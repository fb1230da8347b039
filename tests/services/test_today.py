"""The Today summary on a hand-built team, with the clock at Friday 27 Nov 2026 09:30."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models import (
    CallLog,
    Distributor,
    FollowUpTask,
    LocalState,
    Market,
    Outbox,
    Person,
    Region,
    RuleSetting,
    Visit,
)
from desktop.errors import NotFound, OutOfScope
from desktop.services.today import LIST_LIMIT, TodayService

TODAY = date(2026, 11, 27)


@dataclass(frozen=True)
class World:
    manager: str
    new_rep: str  # hired 15 Oct 2026: 3 follow-ups a month
    old_rep: str  # hired 2021: 1 a month
    d: dict[str, str]  # distributor code → id
    visits: dict[str, str]  # name → id
    tasks: dict[str, str]  # name → id


def _visit(person: str, day: date, **kw: object) -> Visit:
    kw.setdefault("target_kind", "distributor")
    kw.setdefault("origin", "cadence")
    kw.setdefault("status", "planned")
    return Visit(person_id=person, planned_date=day, **kw)


def build_world(db: Database) -> World:
    """A market manager, two reps and their distributors, visits, calls and tasks."""
    with db.session_scope() as s:
        market = Market(code="M1", name="华北", name_en="North China", sort_order=1)
        s.add(market)
        s.flush()
        region = Region(code="R1", name="北京区", market_id=market.id)
        s.add(region)
        s.flush()
        common = {"body": "FSF", "market_id": market.id}
        mm = Person(code="MM1", name="王建国", role="market_manager", level=4,
                    hire_date=date(2019, 3, 1), **common)  # fmt: skip
        s.add(mm)
        s.flush()
        new = Person(code="REP1", name="李新", role="sales_rep", level=1, manager_id=mm.id,
                     region_id=region.id, hire_date=date(2026, 10, 15), **common)  # fmt: skip
        old = Person(code="REP2", name="张老", role="sales_rep", level=1, manager_id=mm.id,
                     region_id=region.id, hire_date=date(2021, 3, 1), **common)  # fmt: skip
        s.add_all([new, old])
        s.flush()
        d: dict[str, str] = {}
        for code, short, grade, owner, status in [
            ("D-A", "华悦", "A", new.id, "active"),
            ("D-B", "顺达", "B", new.id, "active"),
            ("D-C", "永兴", "C", new.id, "active"),
            ("D-P", "新开", "P", new.id, "active"),
            ("D-O", "老客户", "A", old.id, "active"),
            ("D-X", "停业", "A", old.id, "inactive"),
        ]:
            row = Distributor(code=code, name=f"北京{short}商贸有限公司", short_name=short,
                              grade=grade, owner_id=owner, market_id=market.id,
                              region_id=region.id, status=status)  # fmt: skip
            s.add(row)
            s.flush()
            d[code] = row.id
        visits = {
            "today": _visit(mm.id, TODAY, distributor_id=d["D-A"], planned_time="10:00"),
            "today_cancelled": _visit(
                mm.id, TODAY, distributor_id=d["D-B"], status="cancelled", status_reason="店休"
            ),
            "team_today": _visit(old.id, TODAY, distributor_id=d["D-O"], status="done"),
            "team_today_2": _visit(new.id, TODAY, distributor_id=d["D-B"]),
            "missed_own": _visit(mm.id, date(2026, 11, 20), distributor_id=d["D-C"]),
            "missed_team": _visit(
                new.id, date(2026, 10, 5), distributor_id=d["D-B"], status="missed"
            ),
            "too_old": _visit(new.id, date(2026, 9, 30), distributor_id=d["D-B"]),
            "done": _visit(new.id, date(2026, 11, 20), distributor_id=d["D-A"], status="done"),
            "fu_old": _visit(
                mm.id,
                date(2026, 11, 10),
                target_kind="person",
                subject_person_id=old.id,
                origin="follow_up",
                status="done",
            ),
            "fu_new": _visit(
                mm.id,
                date(2026, 11, 5),
                target_kind="person",
                subject_person_id=new.id,
                origin="follow_up",
                status="done",
            ),
            "fu_new_ahead": _visit(
                mm.id,
                date(2026, 11, 30),
                target_kind="person",
                subject_person_id=new.id,
                origin="follow_up",
            ),
        }
        s.add_all(visits.values())
        for code, when, deleted in [
            ("D-A", datetime(2026, 11, 25, 15, 0), False),  # 2 days ago: fine
            ("D-B", datetime(2026, 11, 1, 10, 0), False),  # 26 days, B every 15: 11 over
            ("D-O", datetime(2026, 11, 10, 9, 0), False),  # 17 days, A every 8: 9 over
            ("D-O", datetime(2026, 11, 26, 9, 0), True),  # deleted: does not count
            ("D-O", datetime(2026, 10, 1, 9, 0), False),
        ]:
            s.add(
                CallLog(
                    distributor_id=d[code],
                    person_id=new.id,
                    occurred_at=when,
                    channel="phone",
                    notes="电话",
                    deleted=deleted,
                )
            )
        tasks = {
            "due_today": FollowUpTask(
                person_id=mm.id, distributor_id=d["D-A"], text="送样品", due_date=TODAY
            ),
            "overdue": FollowUpTask(
                person_id=mm.id, distributor_id=d["D-B"], text="催款", due_date=date(2026, 11, 20)
            ),
            "tomorrow": FollowUpTask(person_id=mm.id, text="开会", due_date=date(2026, 11, 28)),
            "done": FollowUpTask(
                person_id=mm.id,
                text="已办",
                due_date=date(2026, 11, 2),
                done=True,
                done_on=date(2026, 11, 3),
            ),
            "rep": FollowUpTask(person_id=new.id, text="补货", due_date=date(2026, 11, 2)),
        }
        s.add_all(tasks.values())
        s.flush()
        return World(
            mm.id, new.id, old.id, d,
            {k: v.id for k, v in visits.items()}, {k: v.id for k, v in tasks.items()},
        )  # fmt: skip


def set_owner(db: Database, person_id: str | None) -> None:
    with db.session_scope() as s:
        state = s.get(LocalState, 1)
        assert state is not None
        state.owner_person_id = person_id


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


@pytest.fixture
def svc(db: Database) -> TodayService:
    return TodayService(db)


def test_today_comes_from_the_database_clock(svc: TodayService) -> None:
    assert svc.today() == TODAY


def test_todays_visits_are_the_persons_own_without_the_cancelled(
    svc: TodayService, world: World
) -> None:
    summary = svc.summary(world.manager)
    assert summary.today == TODAY and summary.person_name == "王建国" and summary.manager
    assert [v.id for v in summary.visits] == [world.visits["today"]]
    visit = summary.visits[0]
    assert (visit.time, visit.target_code, visit.target_name, visit.grade, visit.status) == (
        "10:00", "D-A", "华悦", "A", "planned",
    )  # fmt: skip
    assert summary.team is not None
    assert (summary.team.people, summary.team.visits, summary.team.done) == (2, 2, 1)


def test_missed_visits_are_this_month_and_last_own_and_team_newest_first(
    svc: TodayService, world: World
) -> None:
    missed = svc.summary(world.manager).missed
    assert [v.id for v in missed.rows] == [world.visits["missed_own"], world.visits["missed_team"]]
    assert missed.total == 2 and missed.more == 0
    assert {v.status for v in missed.rows} == {"missed"}  # a planned visit whose day has passed
    assert missed.rows[1].person_name == "李新"


def test_a_rep_sees_only_their_own_missed_visits(svc: TodayService, world: World) -> None:
    summary = svc.summary(world.new_rep)
    assert [v.id for v in summary.missed.rows] == [world.visits["missed_team"]]
    assert not summary.manager and summary.team is None
    assert summary.behind == () and summary.subordinates == 0


def test_tasks_due_today_or_overdue_oldest_first(svc: TodayService, world: World) -> None:
    tasks = svc.summary(world.manager).tasks
    assert [t.id for t in tasks.rows] == [world.tasks["overdue"], world.tasks["due_today"]]
    assert tasks.total == 2


def test_completing_a_task_takes_it_off_and_is_captured(
    svc: TodayService, world: World, db: Database
) -> None:
    with db.read_session() as s:
        before = s.scalar(select(func.count()).select_from(Outbox)) or 0
    result = svc.complete_task(world.tasks["overdue"])
    assert result.changes.touches("follow_up_task")
    assert [t.id for t in svc.summary(world.manager).tasks.rows] == [world.tasks["due_today"]]
    with db.read_session() as s:
        assert (s.scalar(select(func.count()).select_from(Outbox)) or 0) > before
        task = s.get(FollowUpTask, world.tasks["overdue"])
        assert task is not None and task.done and task.done_on == TODAY


def test_a_subordinate_behind_on_follow_ups_with_what_remains(
    svc: TodayService, world: World
) -> None:
    summary = svc.summary(world.manager)
    assert summary.subordinates == 2
    # REP1 (new hire): 3 due, 19 of 21 working days passed → 3 expected, 1 done.
    # REP2 (old hand): 1 due, 1 done → on track.
    assert len(summary.behind) == 1
    row = summary.behind[0]
    assert (row.person_id, row.quota, row.expected, row.done, row.remaining, row.planned) == (
        world.new_rep, 3, 3, 1, 2, 1,
    )  # fmt: skip


def test_earlier_in_the_month_nobody_is_behind(svc: TodayService, world: World) -> None:
    # On Friday 6 Nov 4 working days have passed: REP1 is expected 1 and has 1.
    assert svc.summary(world.manager, today=date(2026, 11, 6)).behind == ()


def test_distributors_without_a_call_in_their_cadence_most_overdue_first(
    svc: TodayService, world: World
) -> None:
    summary = svc.summary(world.new_rep)
    overdue = summary.overdue.rows
    assert [r.code for r in overdue] == ["D-C", "D-B"]  # never called, then 11 days over
    never, late = overdue
    assert (never.last_call, never.days_since, never.period_days) == (None, None, 30)
    assert (late.last_call, late.days_since, late.period_days, late.overdue_days) == (
        date(2026, 11, 1), 26, 15, 11,
    )  # fmt: skip
    assert summary.distributors == 3  # A, B, C: the prospect has no cadence


def test_a_manager_sees_the_whole_area_and_deleted_calls_do_not_count(
    svc: TodayService, world: World
) -> None:
    summary = svc.summary(world.manager)
    assert [r.code for r in summary.overdue.rows] == ["D-C", "D-B", "D-O"]
    d_o = summary.overdue.rows[2]
    assert (d_o.last_call, d_o.days_since, d_o.overdue_days, d_o.owner_name) == (
        date(2026, 11, 10), 17, 9, "张老",
    )  # fmt: skip
    assert summary.distributors == 4  # the inactive one is left out


def test_the_cadence_period_comes_from_the_rule_settings(
    svc: TodayService, world: World, db: Database
) -> None:
    with db.session_scope() as s:
        s.add(RuleSetting(key="visits.per_month.B", value="1"))  # every 30 days
    assert [r.code for r in svc.summary(world.new_rep).overdue.rows] == ["D-C"]


def test_hq_gets_the_first_market_manager_and_a_field_owner_their_team(
    svc: TodayService, world: World, db: Database
) -> None:
    assert svc.default_person_id() == world.manager
    assert svc.summary(None).person_id == world.manager
    assert [p.code for p in svc.people()] == ["MM1", "REP1", "REP2"]
    set_owner(db, world.old_rep)
    assert svc.summary(None).person_id == world.old_rep
    with pytest.raises(OutOfScope):
        svc.summary(world.new_rep)
    with pytest.raises(NotFound):
        svc.summary("no-such-person")


def test_an_empty_database_has_an_empty_summary(svc: TodayService) -> None:
    summary = svc.summary(None)
    assert summary.person_id is None and summary.visits == () and summary.overdue.total == 0


def test_long_lists_are_cut_but_counted(svc: TodayService, world: World, db: Database) -> None:
    with db.session_scope() as s:
        for i in range(LIST_LIMIT + 5):
            day = date(2026, 10, 1 + i % 28)
            s.add(_visit(world.old_rep, day, target_kind="person", subject_person_id=world.new_rep,
                         origin="manual", status="missed"))  # fmt: skip
    missed = svc.summary(world.manager).missed
    assert len(missed.rows) == LIST_LIMIT and missed.total == LIST_LIMIT + 7
    assert missed.more == 7
