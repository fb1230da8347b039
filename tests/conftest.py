"""Shared fixtures: every test gets its own database and a fixed clock; nothing reads the real time."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.engine import Database, open_database

FIXED_NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(tmp_path: Path, clock: FakeClock) -> Iterator[Database]:
    """An empty, migrated database in a temporary folder."""
    database = open_database(tmp_path / "fielddesk.db", clock=clock)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(tmp_path: Path, clock: FakeClock) -> Iterator[Database]:
    """The small demo organisation (seed 1), owned by nobody (HQ view)."""
    from db.demo import generate_demo

    database = open_database(tmp_path / "demo.db", clock=clock)
    generate_demo(database, seed=1, scale="small", today=clock().date())
    yield database
    database.dispose()
