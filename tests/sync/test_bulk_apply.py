"""Imports in bulk: rows beyond one batch of the import's reads and writes, updates of different
fields side by side, one field twice in a bundle, a new row and its edit in one bundle.

Every case checks what HQ stores against what the laptop stores, down to the text SQLite
holds (times, dates, booleans written without the ORM must read back as the ORM wrote
them), the field clocks, the change log HQ relays and the full-text index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.demo import generate_demo
from db.engine import open_database
from db.models import CallLog, Conflict, Distributor, FieldClock, LocalState, Outbox
from desktop.services import sync as sync_api
from desktop.services.calls import CallFilter, CallService
from desktop.services.distributors import DistributorFilter, DistributorService
from desktop.services.sync import SyncService
from tests.conftest import FIXED_NOW, FakeClock
from tests.sync.replicas import Node, Replicas, count

#: More rows than one batch of the import's reads (500) and of its relayed records.
MANY = 777


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    built = Replicas.build(tmp_path_factory.mktemp("template"), people=("P0010", "P0009"))
    yield built
    built.dispose()


def _log_calls(node: Node, how_many: int, words: str) -> list[str]:
    """Calls logged on ``node`` as the window's edits are (captured), one transaction."""
    with node.db.session_scope() as s:
        distributors = list(s.scalars(select(Distributor.id).order_by(Distributor.id)))
        person = s.scalar(select(LocalState.owner_person_id))
        calls = [
            CallLog(
                distributor_id=distributors[i % len(distributors)], person_id=person,
                occurred_at=datetime(2026, 11, 2, 9, 0) + timedelta(minutes=7 * i, microseconds=i),
                channel="visit", topics="order", notes=f"{words}{i} 批量 “{i}”",
                order_amount_fen=i * 100 if i % 3 else None,
                next_step_due=date(2026, 12, 1) + timedelta(days=i % 40) if i % 2 else None,
            )
            for i in range(how_many)
        ]  # fmt: skip
        s.add_all(calls)
        s.flush()
        return [c.id for c in calls]


def _stored(node: Node, table: str, ids: list[str]) -> list[tuple[object, ...]]:
    """The rows as SQLite holds them (text as stored), bookkeeping columns included."""
    path = node.db.url.removeprefix("sqlite:///")
    with closing(sqlite3.connect(path)) as con:
        marks = ",".join("?" * len(ids))
        return con.execute(
            f"SELECT * FROM {table} WHERE id IN ({marks}) ORDER BY id", ids
        ).fetchall()


def _clocks(node: Node, table: str) -> set[tuple[str, str, int, str]]:
    with node.db.read_session() as s:
        rows = s.execute(
            select(FieldClock.pk, FieldClock.field, FieldClock.hlc, FieldClock.origin).where(
                FieldClock.tbl == table
            )
        )
        return {tuple(r) for r in rows}  # type: ignore[misc]


def _relayed(node: Node, pk: str) -> list[tuple[str, str]]:
    with node.db.read_session() as s:
        rows = s.execute(
            select(Outbox.field, Outbox.value).where(Outbox.pk == pk).order_by(Outbox.seq)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def _found(node: Node, text: str) -> int:
    return len(CallService(node.db).find_ids(CallFilter(text=text)))


def _log(node: Node, ids: list[str]) -> list[tuple[object, ...]]:
    """The change-log records of rows ``ids``, in order, without their seq."""
    path = node.db.url.removeprefix("sqlite:///")
    with closing(sqlite3.connect(path)) as con:
        marks = ",".join("?" * len(ids))
        return con.execute(
            "SELECT tbl, pk, field, value, hlc, origin, base_hlc FROM sync_outbox "
            f"WHERE pk IN ({marks}) ORDER BY seq",
            ids,
        ).fetchall()


def test_many_new_calls_arrive_whole_and_as_the_orm_stores_them(net: Replicas) -> None:
    laptop = net.laptops[0]
    ids = _log_calls(laptop, MANY, "gamma")
    outbox_before, found_before = count(net.hq.db, Outbox), _found(net.hq, "批量")
    line = net.hq.take(*laptop.bundle("hq"))
    assert (line.result, line.applied, line.conflicts) == ("applied", MANY * 12, 0)
    assert _stored(net.hq, "call_log", ids) == _stored(laptop, "call_log", ids)
    assert net.hq.digest(laptop.name) == laptop.digest()
    relayed = _log(net.hq, ids)  # one record naming each whole row, with its row clock
    assert count(net.hq.db, Outbox) - outbox_before == MANY
    assert relayed == [
        (t, pk, "", "", h, o, None) for t, pk, _, _, h, o, _ in _log(laptop, ids)[::12]
    ]
    assert not _clocks(net.hq, "call_log") - _clocks(laptop, "call_log")  # none but the row's
    assert _found(net.hq, f"gamma{MANY - 1}") == 1 and _found(net.hq, "批量") == found_before + MANY
    manager = net.laptops[1]  # the rows reach the other laptop whole, as the first one holds them
    assert manager.take(*net.hq.bundle(manager.name)).applied == MANY * 12
    assert _stored(manager, "call_log", ids) == _stored(laptop, "call_log", ids)
    assert manager.digest() == net.hq.digest(manager.name)


def test_edits_of_many_rows_with_different_fields_take_their_own_clocks(net: Replicas) -> None:
    laptop = net.laptops[0]
    ids = _log_calls(laptop, MANY, "delta")
    net.hq.take(*laptop.bundle("hq"))
    laptop.clock.advance(minutes=5)
    with laptop.db.session_scope() as s:
        for i, call in enumerate(s.scalars(select(CallLog).where(CallLog.id.in_(ids)))):
            call.notes = f"epsilon{i} 改过"
            if i % 3 == 0:
                call.problems = "缺货"
            if i % 4 == 0:
                call.next_step_due = date(2027, 2, 1 + i % 28)
    line = net.hq.take(*laptop.bundle("hq"))
    assert line.result == "applied" and line.applied == MANY + (MANY + 2) // 3 + (MANY + 3) // 4
    assert _stored(net.hq, "call_log", ids) == _stored(laptop, "call_log", ids)
    assert _clocks(net.hq, "call_log") >= _clocks(laptop, "call_log")
    assert len(_clocks(laptop, "call_log")) == line.applied
    assert _found(net.hq, "delta7") == 0 and _found(net.hq, "epsilon7") == _found(
        laptop, "epsilon7"
    )
    assert _found(net.hq, "改过") == MANY
    assert net.hq.digest(laptop.name) == laptop.digest()


def test_one_field_twice_in_a_bundle_keeps_the_later_edit_without_a_conflict(net: Replicas) -> None:
    """The second edit builds on the first, which builds on the value HQ and the manager hold."""
    laptop, manager = net.laptops
    service = DistributorService(laptop.db)
    did = service.find_ids(DistributorFilter())[0]
    for notes in ("first 第一", "second 第二"):
        laptop.clock.advance(minutes=1)
        service.save(replace(service.get(did).form, notes=notes))
    data, name = laptop.bundle("hq")
    line = net.hq.take(data, name)
    assert (line.result, line.applied, line.skipped, line.conflicts) == ("applied", 1, 1, 0)
    with net.hq.db.read_session() as s:
        assert s.get(Distributor, did).notes == "second 第二"
        assert s.scalar(select(func.count()).select_from(Conflict)) == 0
    assert {c for c in _clocks(net.hq, "distributor") if c[0] == did} == {
        c for c in _clocks(laptop, "distributor") if c[0] == did
    }
    assert [v for f, v in _relayed(net.hq, did) if f == "notes"] == ['"second 第二"']
    assert _stored(net.hq, "distributor", [did]) == _stored(laptop, "distributor", [did])
    line = manager.take(*net.hq.bundle(manager.name))
    assert (line.result, line.applied, line.conflicts) == ("applied", 1, 0)
    assert _stored(manager, "distributor", [did]) == _stored(laptop, "distributor", [did])


def test_a_new_row_and_its_edit_in_one_bundle_arrive_as_one_row(net: Replicas) -> None:
    laptop = net.laptops[0]
    [call_id] = _log_calls(laptop, 1, "zeta旧")
    laptop.clock.advance(minutes=3)
    with laptop.db.session_scope() as s:
        call = s.get(CallLog, call_id)
        assert call is not None
        call.notes, call.occurred_at = "eta新", call.occurred_at + timedelta(days=1)
    line = net.hq.take(*laptop.bundle("hq"))
    assert (line.result, line.applied, line.skipped) == ("applied", 12, 2)
    assert _stored(net.hq, "call_log", [call_id]) == _stored(laptop, "call_log", [call_id])
    theirs = {c for c in _clocks(laptop, "call_log") if c[0] == call_id}
    assert {c[1] for c in theirs} == {"notes", "occurred_at"}  # the edit's clock, not the row's
    assert {c for c in _clocks(net.hq, "call_log") if c[0] == call_id} == theirs
    assert _found(net.hq, "zeta旧") == 0 and _found(net.hq, "eta新") == 1
    assert net.hq.digest(laptop.name) == laptop.digest()


def test_an_hq_on_postgresql_takes_and_sends_bundles_in_bulk(pg_url: str, tmp_path: Path) -> None:
    """The same driver-level reads and writes with HQ's database on PostgreSQL."""
    clock = FakeClock()
    hq = Node("hq", open_database(pg_url, clock=clock), clock)
    try:
        generate_demo(hq.db, seed=1, scale="small", today=FIXED_NOW.date())
        laptop_clock = FakeClock()
        path = tmp_path / "P0010.db"
        enrolment = SyncService(hq.db).approve(
            sync_api.join_request(path, "P0010", "PC", laptop_clock)
        )
        db = open_database(path, clock=laptop_clock)
        laptop = Node(SyncService(db).enrol(enrolment).value, db, laptop_clock, "P0010")
        ids = _log_calls(laptop, 600, "theta")
        laptop.clock.advance(minutes=2)
        with laptop.db.session_scope() as s:
            for call in s.scalars(select(CallLog).where(CallLog.id.in_(ids[::2]))):
                call.problems = "缺货 again"
        line = hq.take(*laptop.bundle("hq"))
        assert (line.result, line.applied, line.skipped) == ("applied", 600 * 12, 300)
        assert hq.digest(laptop.name) == laptop.digest()
        assert _found(hq, "theta599") == 1
        service = DistributorService(hq.db)
        did = DistributorService(laptop.db).find_ids(DistributorFilter())[0]
        clock.advance(minutes=5)
        service.save(replace(service.get(did).form, notes="总部改的"))
        back = laptop.take(*hq.bundle(laptop.name))
        assert (back.result, back.conflicts) == ("applied", 0)
        assert hq.digest(laptop.name) == laptop.digest()
    finally:
        hq.db.dispose()
        if "laptop" in locals():
            laptop.db.dispose()
