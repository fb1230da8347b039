"""A month's visit plan as .ics: parses back to the same visits, stable UIDs, updates bump SEQUENCE."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from db.engine import Database
from db.models import Distributor, Person, Visit
from desktop.errors import NotFound, OutOfScope
from desktop.labels import ExportWords
from desktop.services.calendar_export import CalendarExportService
from desktop.services.org import OrgService
from tests.conftest import FakeClock

MONTH = date(2031, 3, 1)  # far from the demo's own history
WORDS = ExportWords()  # English: the tests run with the English translation (or none)


@pytest.fixture
def plan(demo_db: Database) -> dict[str, object]:
    """A customer manager's March 2031: an all-day visit, a timed one, a cancelled one, a follow-up."""
    with demo_db.session_scope() as s:
        cm = s.scalars(
            select(Person).where(Person.role == "customer_manager").order_by(Person.code)
        ).first()
        assert cm is not None
        rep = s.scalars(select(Person).where(Person.manager_id == cm.id)).first()
        assert rep is not None
        d1, d2 = s.scalars(
            select(Distributor).where(Distributor.owner_id.is_not(None)).order_by(Distributor.code)
        ).all()[:2]
        visits = [
            Visit(person_id=cm.id, planned_date=date(2031, 3, 3), target_kind="distributor",
                  distributor_id=d1.id, purpose="月度拜访"),
            Visit(person_id=cm.id, planned_date=date(2031, 3, 4), planned_time="09:30",
                  target_kind="distributor", distributor_id=d2.id, purpose="催款"),
            Visit(person_id=cm.id, planned_date=date(2031, 3, 5), target_kind="distributor",
                  distributor_id=d2.id, status="cancelled", status_reason="客户出差"),
            Visit(person_id=cm.id, planned_date=date(2031, 3, 6), planned_time="14:00",
                  target_kind="person", subject_person_id=rep.id, purpose="跟进", origin="follow_up"),
            Visit(person_id=cm.id, planned_date=date(2031, 4, 1), target_kind="distributor",
                  distributor_id=d1.id),  # next month: not in the file
            Visit(person_id=cm.id, planned_date=date(2031, 3, 7), target_kind="distributor",
                  distributor_id=d1.id, deleted=True),  # a tombstone: not in the file
        ]  # fmt: skip
        s.add_all(visits)
        s.flush()
        return {
            "code": cm.code, "ids": [v.id for v in visits[:4]], "d1": d1, "d2": d2,
            "rep": rep.name,
        }  # fmt: skip


def events(data: bytes) -> list[object]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_the_file_parses_back_to_the_same_visits(
    demo_db: Database, plan: dict[str, object], tmp_path: Path
) -> None:
    out = tmp_path / "plan.ics"
    count = CalendarExportService(demo_db).export_visits(str(plan["code"]), MONTH, out, WORDS)
    assert count == 4
    parsed = events(out.read_bytes())
    ids = plan["ids"]
    assert isinstance(ids, list)
    assert [str(e.get("uid")) for e in parsed] == [f"{i}@fielddesk" for i in ids]
    all_day, timed, cancelled, follow_up = parsed
    d1, d2 = plan["d1"], plan["d2"]
    assert isinstance(d1, Distributor) and isinstance(d2, Distributor)

    assert all_day.decoded("dtstart") == date(2031, 3, 3)
    assert all_day.decoded("dtend") == date(2031, 3, 4)
    assert str(all_day.get("summary")) == f"{d1.short_name or d1.name} · 月度拜访"
    assert str(all_day.get("location")) == d1.address
    assert "Status: Planned" in str(all_day.get("description"))

    assert timed.decoded("dtstart") == datetime(2031, 3, 4, 9, 30)
    assert timed.decoded("dtend") - timed.decoded("dtstart") == timedelta(hours=1)
    assert str(timed.get("status")) == "CONFIRMED"

    assert str(cancelled.get("status")) == "CANCELLED"
    assert "Reason: 客户出差" in str(cancelled.get("description"))

    assert follow_up.decoded("dtstart").time() == time(14, 0)
    assert str(follow_up.get("summary")) == f"{plan['rep']} · 跟进"
    assert follow_up.get("location") is None


def test_a_second_export_keeps_the_uids_and_an_edit_bumps_the_sequence(
    demo_db: Database, plan: dict[str, object], clock: FakeClock
) -> None:
    service = CalendarExportService(demo_db)
    code = str(plan["code"])
    first = events(service.visits_calendar(code, MONTH, WORDS))
    clock.advance(hours=2)
    with demo_db.session_scope() as s:
        visit = s.get(Visit, plan["ids"][1])  # type: ignore[index]
        assert visit is not None
        visit.planned_time = "10:00"
    second = events(service.visits_calendar(code, MONTH, WORDS))
    assert [e.get("uid") for e in first] == [e.get("uid") for e in second]
    before, after = first[1], second[1]
    assert int(after.get("sequence")) > int(before.get("sequence")) == 0
    assert after.decoded("last-modified") > before.decoded("last-modified")
    assert after.decoded("dtstart") == datetime(2031, 3, 4, 10, 0)
    assert "Status: Planned" in str(after.get("description"))


def test_a_planned_visit_in_the_past_shows_as_missed(
    demo_db: Database, plan: dict[str, object], clock: FakeClock
) -> None:
    clock.now = datetime(2031, 3, 31, 12, tzinfo=clock.now.tzinfo)
    found = CalendarExportService(demo_db).visit_events(str(plan["code"]), MONTH, WORDS)
    assert [e.description.splitlines()[0] for e in found] == [
        "Status: Missed", "Status: Missed", "Status: Cancelled", "Status: Missed",
    ]  # fmt: skip


def test_an_empty_month_is_a_valid_calendar(demo_db: Database, plan: dict[str, object]) -> None:
    data = CalendarExportService(demo_db).visits_calendar(
        str(plan["code"]), date(2030, 1, 1), WORDS
    )
    cal = Calendar.from_ical(data)
    assert events(data) == [] and str(cal.get("version")) == "2.0"


def test_unknown_and_out_of_scope_people(demo_db: Database, plan: dict[str, object]) -> None:
    service = CalendarExportService(demo_db)
    with pytest.raises(NotFound):
        service.visits_calendar("NOBODY", MONTH, WORDS)
    with demo_db.read_session() as s:
        other = s.scalars(
            select(Person).where(Person.role == "sales_rep", Person.code != plan["code"])
        ).first()
        assert other is not None
    OrgService(demo_db).set_owner(other.code)
    with pytest.raises(OutOfScope):
        service.visits_calendar(str(plan["code"]), MONTH, WORDS)
