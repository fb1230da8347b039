"""Plain rows to and from the driver (``db.rows``), on SQLite and on PostgreSQL: what they write
reads back as what the ORM writes, upserts and updates by key, and reads as a result would."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import exc, select

from db.engine import Database, open_database
from db.models import Conflict, FieldClock, HeldRow, Outbox
from db.rows import execute_rows, fetch_rows
from tests.conftest import FakeClock

WHEN = datetime(2026, 11, 27, 9, 30, 5, 120)
CONFLICT_COLUMNS = ("id", "tbl", "pk", "field", "kind", "kept_value", "kept_hlc", "kept_origin",
                    "winner_value", "winner_hlc", "winner_origin", "sender", "detected_by",
                    "detected_at", "resolved_at", "resolution")  # fmt: skip


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        db = open_database(tmp_path / "rows.db", clock=FakeClock())
    else:
        db = open_database(request.getfixturevalue("pg_url"), clock=FakeClock())
    yield db
    db.dispose()


def _conflict(pk: str, **values: object) -> dict[str, object]:
    return {
        "id": pk, "tbl": "distributor", "pk": "p", "field": "notes", "kind": "lww",
        "kept_value": '"旧 \\"quoted\\""', "kept_hlc": 2**62, "kept_origin": "hq",
        "winner_value": "null", "winner_hlc": 1, "winner_origin": "x", "sender": "x",
        "detected_by": "hq", "detected_at": WHEN, "resolved_at": None, "resolution": "",
        **values,
    }  # fmt: skip


def _columns(row: Conflict) -> tuple[object, ...]:
    return tuple(getattr(row, name) for name in CONFLICT_COLUMNS[1:])


def test_rows_written_by_the_driver_read_back_as_the_orm_wrote_them(database: Database) -> None:
    by_orm = _conflict("a" * 36, resolved_at=WHEN.replace(microsecond=0))
    by_driver = _conflict("b" * 36, resolved_at=WHEN.replace(microsecond=0))
    with database.session_scope() as s:
        s.add(Conflict(**by_orm))
        s.flush()
        execute_rows(s, "sync_conflict", CONFLICT_COLUMNS, [tuple(by_driver.values())])
    with database.read_session() as s:
        orm_row, driver_row = (s.get(Conflict, pk) for pk in ("a" * 36, "b" * 36))
        assert orm_row is not None and driver_row is not None
        assert _columns(driver_row) == _columns(orm_row)
    path = database.url.removeprefix("sqlite:///")
    if database.engine.dialect.name == "sqlite":  # the stored text itself
        with closing(sqlite3.connect(path)) as con:
            stored = con.execute("SELECT * FROM sync_conflict ORDER BY id").fetchall()
        assert stored[0][1:] == stored[1][1:]


def test_an_upsert_replaces_and_an_insert_once_keeps(database: Database) -> None:
    upsert = (
        " ON CONFLICT (tbl, pk, field) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin"
    )
    columns = ("tbl", "pk", "field", "hlc", "origin")
    with database.session_scope() as s:
        execute_rows(
            s, "sync_field_clock", columns, [("t", "p", "f", 1, "a"), ("t", "q", "f", 1, "a")]
        )
        execute_rows(s, "sync_field_clock", columns, [("t", "p", "f", 5, "b")], suffix=upsert)
        once = " ON CONFLICT (device_id, tbl, pk) DO NOTHING"
        rows = [("d", "t", "p"), ("d", "t", "p"), ("d", "t", "q")]
        execute_rows(s, "sync_held", ("device_id", "tbl", "pk"), rows, suffix=once)
    with database.read_session() as s:
        clocks = s.execute(
            select(FieldClock.pk, FieldClock.hlc, FieldClock.origin).order_by(FieldClock.pk)
        )
        assert [tuple(r) for r in clocks] == [("p", 5, "b"), ("q", 1, "a")]
        assert sorted(s.scalars(select(HeldRow.pk))) == ["p", "q"]


def test_an_update_by_key_changes_its_rows_only(database: Database) -> None:
    columns = ("tbl", "pk", "field", "hlc", "origin")
    with database.session_scope() as s:
        execute_rows(s, "sync_field_clock", columns, [("t", p, "f", 1, "a") for p in "pqr"])
        changes = [(7, "z", "t", "p", "f"), (8, "y", "t", "r", "f")]
        execute_rows(
            s, "sync_field_clock", ("hlc", "origin"), changes, where=("tbl", "pk", "field")
        )
    with database.read_session() as s:
        clocks = s.execute(
            select(FieldClock.pk, FieldClock.hlc, FieldClock.origin).order_by(FieldClock.pk)
        )
        assert [tuple(r) for r in clocks] == [("p", 7, "z"), ("q", 1, "a"), ("r", 8, "y")]


def test_fetched_rows_are_what_a_result_gives(database: Database) -> None:
    columns = ("tbl", "pk", "field", "value", "hlc", "origin", "base_hlc")
    records = [("call_log", f"pk{i:03}", "notes", f'"说明 {i}"', 2**40 + i, "o", None if i % 2 else i)
               for i in range(30)]  # fmt: skip
    with database.session_scope() as s:
        execute_rows(s, "sync_outbox", columns, records)
        stmt = (
            select(Outbox.seq - 1, Outbox.pk, Outbox.value, Outbox.base_hlc)
            .where(Outbox.pk.in_([f"pk{i:03}" for i in range(0, 30, 3)]), Outbox.seq > 2)
            .order_by(Outbox.seq)
            .limit(7)
        )
        assert fetch_rows(s, stmt) == [tuple(r) for r in s.execute(stmt)]
        assert len(fetch_rows(s, stmt)) == 7
        if database.engine.dialect.name == "sqlite":  # times are text there, made datetimes
            with pytest.raises(ValueError, match="cannot read"):
                fetch_rows(s, select(Conflict.detected_at))


def test_a_driver_error_while_fetching_is_sqlalchemys(database: Database) -> None:
    with database.session_scope() as s:
        if database.engine.dialect.name == "sqlite":
            s.connection().exec_driver_sql("DROP TABLE sync_held")
        else:
            s.connection().exec_driver_sql("ALTER TABLE sync_held RENAME TO sync_held_gone")
        with pytest.raises(exc.ProgrammingError if database.engine.dialect.name != "sqlite"
                           else exc.OperationalError):  # fmt: skip
            fetch_rows(s, select(HeldRow.pk))
        s.rollback()
