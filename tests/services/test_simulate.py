"""``simulate``: plausible edits through the services, captured for sync, the same for the same seed."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from db.capture import rows_without_clocks
from db.demo import generate_demo
from db.engine import Database, open_database
from db.models import CallLog, Outbox
from desktop.services.org import OrgService
from desktop.services.simulate import HQ_EDITS, LAPTOP_EDITS, simulate
from tests.conftest import FakeClock


def outbox(db: Database) -> list[tuple[str, str, str]]:
    with db.read_session() as s:
        return [tuple(r) for r in s.execute(select(Outbox.tbl, Outbox.field, Outbox.value))]


def field_owner(db: Database) -> str:
    """A sales rep who owns distributors (their laptop has something to do)."""
    org = OrgService(db)
    from desktop.services.distributors import DistributorFilter, DistributorService

    svc = DistributorService(db)
    return next(
        p.code
        for p in org.people()
        if p.role == "sales_rep"
        and p.active
        and len(svc.find_ids(DistributorFilter(owner_id=p.id))) >= 3
    )


def test_headquarters_edits_credit_owners_notes_and_contacts(demo_db: Database) -> None:
    summary = simulate(demo_db, 60, seed=3)
    assert summary.at_hq and summary.edits == 60
    assert set(summary.by_kind) == set(HQ_EDITS)
    fields = {(t, f) for t, f, _ in outbox(demo_db)}
    assert {("distributor", "credit_rating"), ("distributor", "owner_id"),
            ("distributor", "notes")} <= fields  # fmt: skip
    with demo_db.read_session() as s:
        assert list(rows_without_clocks(s)) == []


def test_a_laptop_logs_calls_marks_and_moves_visits_and_works_its_tasks(demo_db: Database) -> None:
    OrgService(demo_db).set_owner(field_owner(demo_db))
    with demo_db.read_session() as s:
        calls_before = s.scalar(select(func.count()).select_from(CallLog))
    summary = simulate(demo_db, 120, seed=5)
    assert not summary.at_hq and summary.edits == 120
    assert set(summary.by_kind) <= set(LAPTOP_EDITS)
    made = {k for k, n in summary.by_kind.items() if n}
    assert {"log_call", "reschedule", "edit_notes", "edit_contact", "add_task"} <= made, made
    assert made & {"visit_done", "visit_missed"}, "today's planned visit is marked"
    with demo_db.read_session() as s:
        calls_after = s.scalar(select(func.count()).select_from(CallLog))
    assert calls_after - calls_before == summary.by_kind["log_call"]
    tables = {t for t, _, _ in outbox(demo_db)}
    assert {"call_log", "visit", "follow_up_task", "distributor", "distributor_contact"} <= tables


def test_the_same_seed_makes_the_same_edits(tmp_path: Path) -> None:
    def run(name: str) -> list[tuple[str, str, str]]:
        db = open_database(tmp_path / name, clock=FakeClock())
        generate_demo(db, seed=1, scale="small", today=FakeClock()().date())
        OrgService(db).set_owner(field_owner(db))
        simulate(db, 40, seed=9)
        try:
            return [(t, f, v) for t, f, v in outbox(db) if f not in ("id",)]
        finally:
            db.dispose()

    first, second = run("a.db"), run("b.db")
    # ids are new UUIDs on each database; the fields and values edited are the same
    strip = lambda rows: [(t, f, v) for t, f, v in rows if not v.startswith('"0')]  # noqa: E731
    assert strip(first) == strip(second) and len(first) > 40
