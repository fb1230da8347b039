"""The demo's history: calls, visits, follow-up tasks and holidays, deterministic and consistent."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db.capture import rows_without_clocks
from db.demo import DemoSummary, generate_demo
from db.demo_history import history_months
from db.demo_holidays import PERIODS, holiday_days
from db.engine import Database, open_database
from db.fts import TABLE, matching_ids
from db.models import CallLog, FieldClock, FollowUpTask, Holiday, Outbox, Person, Visit
from desktop.domain import cadence
from desktop.domain.calendar import add_months, is_working_day
from desktop.domain.calls import CHANNELS, TOPICS

TODAY = date(2026, 11, 27)
MEDIUM = 1200  # distributors: two years of history, ~45 000 calls, a few seconds


@pytest.fixture(scope="module")
def medium(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Database, DemoSummary, list[tuple[int, int]]]]:
    database = open_database(tmp_path_factory.mktemp("history") / "m.db")
    calls: list[tuple[int, int]] = []
    summary = generate_demo(
        database, seed=2, scale=MEDIUM, today=TODAY, progress=lambda d, t: calls.append((d, t))
    )
    yield database, summary, calls
    database.dispose()


@pytest.fixture
def s(medium: tuple[Database, DemoSummary, Any]) -> Iterator[Session]:
    with medium[0].read_session() as session:
        yield session


def _rows(s: Session, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in s.execute(text(sql), params)]


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.read_session() as s:
        return {
            "calls": _rows(
                s,
                "SELECT c.id, d.code, p.code, c.occurred_at, c.channel, c.topics, "
                "c.order_amount_fen, c.notes, c.problems, c.next_step, c.next_step_due, c.visit_id "
                "FROM call_log c JOIN distributor d ON d.id = c.distributor_id "
                "JOIN person p ON p.id = c.person_id ORDER BY c.id",
            ),
            "visits": _rows(
                s,
                "SELECT id, person_id, planned_date, planned_time, target_kind, distributor_id, "
                "subject_person_id, purpose, origin, status, status_reason, call_log_id "
                "FROM visit ORDER BY id",
            ),
            "tasks": _rows(
                s,
                "SELECT id, person_id, distributor_id, call_log_id, text, due_date, done, done_on "
                "FROM follow_up_task ORDER BY id",
            ),
            "holidays": _rows(s, "SELECT day, kind, name FROM holiday ORDER BY day"),
        }


def test_same_seed_gives_the_same_history_and_another_seed_another(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a.db", 5), ("b.db", 5), ("c.db", 6)):
        database = open_database(tmp_path / name)
        generate_demo(database, seed=seed, scale="small", today=TODAY)
        dumps.append(_dump(database))
        database.dispose()
    assert dumps[0] == dumps[1]
    assert all(dumps[0][part] for part in ("calls", "visits", "tasks", "holidays"))
    for part in ("calls", "visits", "tasks"):
        assert dumps[0][part] != dumps[2][part]
    assert dumps[0]["holidays"] == dumps[2]["holidays"]  # data, not drawn


def test_history_length_grows_with_the_scale() -> None:
    assert history_months(80) == 12
    assert history_months(400) == 24 == history_months(MEDIUM)
    assert history_months(20_000) == 60


def test_counts_and_summary(s: Session, medium: tuple[Database, DemoSummary, Any]) -> None:
    summary = medium[1]
    count = {
        m: s.scalar(select(func.count()).select_from(m)) for m in (CallLog, Visit, FollowUpTask)
    }
    assert summary.calls == count[CallLog]
    assert summary.visits == count[Visit]
    assert summary.follow_up_tasks == count[FollowUpTask]
    assert summary.holidays == s.scalar(select(func.count()).select_from(Holiday))
    # ~1.5 calls a distributor a month over the months its owner was there
    assert 25 * MEDIUM <= summary.calls <= 50 * MEDIUM
    assert 0.3 * summary.calls <= summary.visits <= 0.6 * summary.calls


def test_progress_runs_over_four_units_per_distributor(
    medium: tuple[Database, DemoSummary, list[tuple[int, int]]],
) -> None:
    calls = medium[2]
    assert calls[0] == (0, 4 * MEDIUM) and calls[-1] == (4 * MEDIUM, 4 * MEDIUM)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) > 24  # at least once a month of history


def test_distributions_are_as_designed(s: Session) -> None:
    n = s.scalar(select(func.count()).select_from(CallLog)) or 1
    channels = dict(_rows(s, "SELECT channel, count(*) FROM call_log GROUP BY channel"))
    assert set(channels) == set(CHANNELS)
    for channel, share in (("visit", 0.45), ("phone", 0.35), ("wechat", 0.15), ("other", 0.05)):
        assert abs(channels[channel] / n - share) < 0.04, channel
    per_grade = dict(
        _rows(
            s,
            "SELECT d.grade, count(c.id) * 1.0 / count(DISTINCT d.id) FROM distributor d "
            "LEFT JOIN call_log c ON c.distributor_id = d.id GROUP BY d.grade",
        )
    )
    assert per_grade["A"] > 2 * per_grade["B"] > 2 * per_grade["C"] > per_grade["P"]
    orders = [
        a
        for (a,) in _rows(
            s, "SELECT order_amount_fen FROM call_log WHERE order_amount_fen IS NOT NULL"
        )
    ]
    assert abs(len(orders) / n - 0.30) < 0.03
    assert all(a > 0 and a % 10_000 == 0 for a in orders)  # whole hundreds of yuan
    avg = dict(
        _rows(
            s,
            "SELECT d.grade, avg(c.order_amount_fen) FROM call_log c "
            "JOIN distributor d ON d.id = c.distributor_id "
            "WHERE c.order_amount_fen IS NOT NULL GROUP BY d.grade",
        )
    )
    assert avg["A"] > avg["B"] > avg["C"]
    steps = s.scalar(select(func.count()).where(CallLog.next_step != ""))
    assert abs((steps or 0) / n - 0.25) < 0.03
    problems = s.scalar(select(func.count()).where(CallLog.problems != ""))
    assert 0.2 < (problems or 0) / n < 0.5
    hours = Counter(at.hour for at in s.scalars(select(CallLog.occurred_at)))
    assert sum(c for h, c in hours.items() if 8 <= h < 18) / n > 0.95
    assert min(hours) >= 8 and max(hours) <= 20


def test_calls_have_valid_codes_and_readable_text(s: Session) -> None:
    rows = _rows(s, "SELECT channel, topics, notes, problems FROM call_log")
    counts: Counter[str] = Counter()
    for channel, topics, notes, problems in rows:
        codes = topics.split(",")
        assert channel in CHANNELS
        assert 1 <= len(codes) <= 3 and set(codes) <= set(TOPICS)
        assert codes == sorted(codes, key=TOPICS.index)
        assert notes and "{" not in notes and "{" not in problems
        counts.update(codes)
    assert set(counts) == set(TOPICS)
    texts = " ".join(r[2] + r[3] for r in rows[:5000])
    for word in ("POS", "KA", "SKU"):
        assert word in texts


def test_calls_mostly_on_working_days(s: Session) -> None:
    listed = s.execute(select(Holiday.day, Holiday.kind)).all()
    holidays = frozenset(d for d, kind in listed if kind == "holiday")
    workdays = frozenset(d for d, kind in listed if kind == "workday")
    days = [at.date() for at in s.scalars(select(CallLog.occurred_at))]
    working = sum(is_working_day(d, holidays, workdays) for d in days)
    assert 0.93 < working / len(days) < 1
    spring = [d for d in days if date(2026, 2, 15) <= d <= date(2026, 2, 23)]
    march = [d for d in days if date(2026, 3, 2) <= d <= date(2026, 3, 10)]
    assert len(spring) < 0.2 * len(march)


def test_no_call_before_its_caller_or_the_owner_was_hired(s: Session) -> None:
    bad = _rows(
        s,
        "SELECT c.id FROM call_log c JOIN person p ON p.id = c.person_id "
        "JOIN distributor d ON d.id = c.distributor_id "
        "LEFT JOIN person o ON o.id = d.owner_id "
        "WHERE date(c.occurred_at) < p.hire_date OR date(c.occurred_at) < o.hire_date",
    )
    assert bad == []
    start = add_months(TODAY, -history_months(MEDIUM))
    first, last = _rows(s, "SELECT min(occurred_at), max(occurred_at) FROM call_log")[0]
    assert date.fromisoformat(first[:10]) >= start
    assert date.fromisoformat(last[:10]) < TODAY


def test_visits_are_consistent_with_calls_and_the_rules(s: Session) -> None:
    visits = s.scalars(select(Visit)).all()
    calls = {c.id: c for c in s.scalars(select(CallLog).where(CallLog.visit_id.is_not(None)))}
    by_status = Counter(v.status for v in visits)
    assert set(by_status) == set(cadence.STATUSES)
    assert by_status["done"] > 0.8 * len(visits)
    per_day: Counter[tuple[str, date]] = Counter()
    distributor_days: Counter[tuple[str, date]] = Counter()
    for v in visits:
        per_day[(v.person_id, v.planned_date)] += 1
        if v.target_kind == cadence.DISTRIBUTOR:
            assert v.distributor_id and v.subject_person_id is None
            distributor_days[(v.distributor_id, v.planned_date)] += 1
        else:
            assert v.target_kind == cadence.PERSON and v.origin == cadence.FOLLOW_UP
            assert v.subject_person_id and v.distributor_id is None
        if v.status == cadence.DONE:
            call = calls[v.call_log_id]  # type: ignore[index]
            assert call.visit_id == v.id and call.person_id == v.person_id
            assert call.occurred_at.date() == v.planned_date and call.channel == "visit"
        else:
            assert v.call_log_id is None
        if v.status == cadence.PLANNED:
            assert TODAY <= v.planned_date <= date(2026, 11, 30)
        else:
            assert v.planned_date < TODAY
        assert (v.status_reason != "") <= (v.status in (cadence.MISSED, cadence.CANCELLED))
        assert v.planned_time == "" or len(v.planned_time) == 5
    assert len(calls) == by_status["done"]
    assert max(per_day.values()) <= cadence.CadenceRules().daily_cap
    assert max(distributor_days.values()) == 1
    assert any(v.status_reason for v in visits if v.status == cadence.CANCELLED)


def test_managers_follow_up_their_subordinates(s: Session) -> None:
    people = {p.id: p for p in s.scalars(select(Person))}
    follow = s.scalars(select(Visit).where(Visit.target_kind == cadence.PERSON)).all()
    assert follow
    for v in follow:
        subject = people[v.subject_person_id]  # type: ignore[index]
        assert subject.manager_id == v.person_id
        assert v.planned_date >= subject.hire_date
    rules = cadence.CadenceRules()
    month = [v for v in follow if (v.planned_date.year, v.planned_date.month) == (2026, 10)]
    per_subject = Counter(v.subject_person_id for v in month)
    for subject_id, n in per_subject.items():
        subject = people[subject_id]  # type: ignore[index]
        assert n <= cadence.follow_ups_due(subject.hire_date, 2026, 10, rules)
    quota = {
        p.id: cadence.follow_ups_due(p.hire_date, 2026, 11, rules)
        for p in people.values()
        if p.id in {v.subject_person_id for v in follow}
    }
    this_month = Counter(
        v.subject_person_id
        for v in follow
        if (v.planned_date.year, v.planned_date.month) == (2026, 11)
    )
    behind = [p for p, q in quota.items() if this_month[p] < q]
    assert behind and len(behind) < len(quota) / 2
    new = [p for p, q in quota.items() if q == rules.new_hire_follow_ups]
    assert new  # the demo has people in their first three months


def test_next_steps_become_tasks(s: Session) -> None:
    rows = _rows(
        s,
        "SELECT t.person_id = c.person_id, t.distributor_id = c.distributor_id, "
        "t.text = c.next_step, t.due_date = c.next_step_due, t.due_date > date(c.occurred_at), "
        "t.done, t.done_on, date(c.occurred_at) FROM follow_up_task t "
        "JOIN call_log c ON c.id = t.call_log_id",
    )
    assert len(rows) == s.scalar(select(func.count()).where(CallLog.next_step != ""))
    assert len(rows) == s.scalar(select(func.count()).select_from(FollowUpTask))
    for same_person, same_distributor, same_text, same_due, later, done, done_on, on in rows:
        assert same_person and same_distributor and same_text and same_due and later
        assert bool(done) == (done_on is not None)
        if done:
            assert on <= done_on < TODAY.isoformat()
    tasks = s.scalars(select(FollowUpTask)).all()
    old = [t for t in tasks if t.due_date < TODAY - timedelta(days=60)]
    assert sum(t.done for t in old) / len(old) > 0.99
    overdue = [t for t in tasks if not t.done and t.due_date < TODAY]
    recent = [t for t in overdue if t.due_date >= TODAY - timedelta(days=60)]
    assert overdue and len(recent) > 0.7 * len(overdue)  # overdue near today, rarely long ago
    assert any(not t.done and t.due_date >= TODAY for t in tasks)
    assert any(t.done and t.due_date >= TODAY for t in tasks)  # done ahead of time


def test_history_is_base_rows_and_fully_indexed(s: Session) -> None:
    assert list(rows_without_clocks(s)) == []
    assert s.scalar(select(func.count()).select_from(Outbox)) == 0
    assert s.scalar(select(func.count()).select_from(FieldClock)) == 0
    assert s.execute(text("PRAGMA foreign_key_check")).all() == []
    calls = s.scalar(select(func.count()).select_from(CallLog))
    assert s.scalar(text(f"SELECT count(*) FROM {TABLE}")) == calls
    indexed = set(s.scalars(text(f"SELECT call_id FROM {TABLE}")))
    assert indexed == set(s.scalars(select(CallLog.id)))  # call_id is not indexed: compare sets
    for word in ("补货", "补", "POS", "陈列"):
        ids = matching_ids(word)
        assert ids is not None
        found = s.scalars(ids.limit(20)).all()
        assert found, word
        notes = s.scalars(select(CallLog.notes + CallLog.problems).where(CallLog.id.in_(found)))
        assert all(word in n for n in notes)


def test_ids_are_uuid7_and_grow_with_time(s: Session) -> None:
    rows = _rows(s, "SELECT id, occurred_at FROM call_log ORDER BY id")
    assert all(uuid.UUID(i).version == 7 for i, _ in rows[:100])
    assert [at for _, at in rows] == sorted(at for _, at in rows)
    everything = [
        i
        for (i,) in _rows(
            s,
            "SELECT id FROM visit UNION ALL SELECT id FROM call_log "
            "UNION ALL SELECT id FROM follow_up_task UNION ALL "
            "SELECT id FROM person UNION ALL SELECT id FROM holiday",
        )
    ]
    assert len(everything) == len(set(everything))


def test_holidays_cover_the_history_and_the_next_year(s: Session) -> None:
    rows = {
        date.fromisoformat(d): (k, n) for d, k, n in _rows(s, "SELECT day, kind, name FROM holiday")
    }
    years = {d.year for d in rows}
    assert years == set(range(2024, 2028))  # two years of history back from Nov 2026, and 2027
    assert rows[date(2026, 10, 1)] == ("holiday", "国庆节")
    assert rows[date(2026, 2, 14)] == ("workday", "春节")
    assert rows[date(2025, 1, 28)] == ("holiday", "春节")


def test_holiday_table_is_sound() -> None:
    days = list(holiday_days())
    assert len({d for d, _, _ in days}) == len(days)  # one row per day
    for day, kind, name in days:
        if kind == "workday":
            assert day.weekday() >= 5, (day, name)  # make-up days are weekends
        assert kind in ("holiday", "workday") and len(name) <= 40
    per_year = Counter(date.fromisoformat(p.last).year for p in PERIODS)
    assert set(per_year) == set(range(2022, 2028))
    for year in range(2022, 2028):
        names = "".join(p.name for p in PERIODS if p.last.startswith(str(year)))
        for festival in ("元旦", "春节", "清明", "劳动", "端午", "中秋", "国庆"):
            assert festival in names, (year, festival)
    # official totals of days off: 2025 added a day to 春节 and to 劳动节
    spring = {p.first[:4]: p for p in PERIODS if p.name == "春节"}
    assert (
        date.fromisoformat(spring["2025"].last) - date.fromisoformat(spring["2025"].first)
    ).days == 7
