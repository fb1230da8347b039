"""Opening databases: the good path, and every bad file refused without being modified."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import head_revision, move_aside, open_database
from desktop.errors import DatabaseError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_at_head_with_wal_and_foreign_keys(tmp_path: Path, clock) -> None:
    db = open_database(tmp_path / "new.db", clock=clock)
    with db.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        assert (
            c.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        )
    db.dispose()


def test_reopening_keeps_the_device_id(tmp_path: Path, clock) -> None:
    first = open_database(tmp_path / "a.db", clock=clock)
    device = first.device_id
    first.dispose()
    again = open_database(tmp_path / "a.db", clock=clock)
    assert again.device_id == device
    again.dispose()


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as e:
        open_database(tmp_path / "nope.db", create=False)
    assert e.value.kind == "missing"


def test_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseError) as e:
        open_database(path)
    assert e.value.kind == "corrupt"
    assert _digest(path) == before


def test_damaged_database_is_refused(tmp_path: Path, clock) -> None:
    path = tmp_path / "d.db"
    open_database(path, clock=clock).dispose()
    data = bytearray(path.read_bytes())
    for i in range(4096, min(len(data), 4096 * 3)):
        data[i] = 0xFF
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(DatabaseError) as e:
        open_database(path)
    assert e.value.kind == "corrupt"
    assert _digest(path) == before


def test_locked_database_is_refused(tmp_path: Path, clock) -> None:
    path = tmp_path / "l.db"
    open_database(path, clock=clock).dispose()
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError) as e:
            open_database(path)
        assert e.value.kind == "locked"
        assert "another program" in e.value.render()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path: Path, clock) -> None:
    path = tmp_path / "n.db"
    open_database(path, clock=clock).dispose()
    con = sqlite3.connect(str(path))
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(DatabaseError) as e:
        open_database(path)
    assert e.value.kind == "newer"
    assert "9999_future" in e.value.render()
    assert _digest(path) == before


def test_read_only_database_is_refused(tmp_path: Path, clock) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root can write read-only files; the check is covered by os.access")
    path = tmp_path / "r.db"
    open_database(path, clock=clock).dispose()
    path.chmod(0o444)
    with pytest.raises(DatabaseError) as e:
        open_database(path)
    assert e.value.kind == "readonly"


def test_older_schema_is_backed_up_before_upgrade(tmp_path: Path, clock) -> None:
    path = tmp_path / "o.db"
    open_database(path, clock=clock).dispose()
    con = sqlite3.connect(str(path))
    con.execute("UPDATE alembic_version SET version_num='0001'")
    con.commit()
    con.close()
    from alembic import command

    from db import engine as engine_module

    # Pretend head is a later revision: the file is then "older" and must be copied first.
    calls: list[str] = []
    original = command.upgrade

    def fake_head() -> str:
        return "0002_later"

    engine_module_head = engine_module.head_revision
    try:
        engine_module.head_revision = fake_head  # type: ignore[assignment]
        command.upgrade = lambda cfg, rev: calls.append(rev)  # type: ignore[assignment]
        open_database(path, clock=clock, backup_dir=tmp_path / "backups").dispose()
    finally:
        engine_module.head_revision = engine_module_head  # type: ignore[assignment]
        command.upgrade = original  # type: ignore[assignment]
    backups = list((tmp_path / "backups").glob("o.0001.*.db"))
    assert len(backups) == 1
    assert calls == ["head"]
    con = sqlite3.connect(str(backups[0]))
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    con.close()


def test_move_aside_keeps_the_damaged_file(tmp_path: Path, clock) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(b"garbage")
    moved = move_aside(path, clock())
    assert not path.exists()
    assert moved.read_bytes() == b"garbage"
