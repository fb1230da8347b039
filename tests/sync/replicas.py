"""Test harness: HQ (the small demo) and laptops enrolled through real files, each with its own clock.

``Replicas.build`` makes HQ, then for each person code a laptop database with a join
request, HQ's approval and the enrolment, exactly as the command line does. ``save``
and ``copy`` let a module build the set once and hand every test its own copy
(``Database`` objects opened straight on the copies, without the start-up checks).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from db.demo import generate_demo
from db.engine import Database, make_engine, open_database, to_url
from db.models import LocalState
from desktop.services import sync as sync_api
from desktop.services.sync import ImportLine, SyncService
from tests.conftest import FIXED_NOW, FakeClock

#: Overlapping scopes of the small demo (seed 1): a region manager, one of their
#: customer managers, and a sales rep of that customer manager.
PEOPLE = ("P0008", "P0009", "P0010")


@dataclass
class Node:
    """One replica: its database, its clock, its service and its name in sync files."""

    name: str
    db: Database
    clock: FakeClock
    code: str = ""

    @property
    def sync(self) -> SyncService:
        return SyncService(self.db)

    def bundle(self, to: str) -> tuple[bytes, str]:
        data, manifest, _ = self.sync.bundle_bytes(to)
        return data, manifest.file_name

    def take(self, data: bytes, name: str = "") -> ImportLine:
        return self.sync.import_bytes(data, name)

    def digest(self, device: str | None = None) -> str:
        return self.sync.digest(device)


@dataclass
class Replicas:
    hq: Node
    laptops: list[Node] = field(default_factory=list)

    @property
    def nodes(self) -> Iterator[Node]:
        yield self.hq
        yield from self.laptops

    @classmethod
    def build(cls, folder: Path, people: tuple[str, ...] = PEOPLE) -> Replicas:
        folder.mkdir(parents=True, exist_ok=True)
        clock = FakeClock()
        hq = open_database(folder / "hq.db", clock=clock)
        generate_demo(hq, seed=1, scale="small", today=FIXED_NOW.date())
        out = cls(Node("hq", hq, clock))
        for code in people:
            laptop_clock = FakeClock()
            path = folder / f"{code}.db"
            request = sync_api.join_request(path, code, f"PC-{code}", laptop_clock)
            enrolment = SyncService(hq).approve(request)
            db = open_database(path, clock=laptop_clock)
            device = SyncService(db).enrol(enrolment).value
            out.laptops.append(Node(device, db, laptop_clock, code))
        return out

    def exchange(self) -> None:
        """A quiescent round: every laptop to HQ, then HQ to every laptop."""
        for laptop in self.laptops:
            self.hq.take(*laptop.bundle("hq"))
        for laptop in self.laptops:
            laptop.take(*self.hq.bundle(laptop.name))

    def dispose(self) -> None:
        for node in self.nodes:
            node.db.dispose()

    def files(self) -> list[Path]:
        return [Path(node.db.url.removeprefix("sqlite:///")) for node in self.nodes]

    def restore(self, template: Replicas) -> None:
        """Put the template's files back under this set's databases (same engines, so
        their statement caches stay warm) and reset every clock."""
        template.dispose()
        self.dispose()
        for source, target in zip(template.files(), self.files(), strict=True):
            for suffix in ("-wal", "-shm"):
                target.with_name(target.name + suffix).unlink(missing_ok=True)
            shutil.copyfile(source, target)
        for node in self.nodes:
            node.clock.now = FIXED_NOW

    def copy(self, folder: Path) -> Replicas:
        """Every database copied into ``folder`` and opened there, clocks reset."""
        self.dispose()
        folder.mkdir(parents=True, exist_ok=True)
        nodes = []
        for node in self.nodes:
            source = Path(node.db.url.removeprefix("sqlite:///"))
            target = folder / source.name
            shutil.copyfile(source, target)
            nodes.append(Node(node.name, _open_fast(target, FakeClock()), FakeClock(), node.code))
        for node in nodes:
            node.db.clock = node.clock
        return Replicas(nodes[0], nodes[1:])


def _open_fast(path: Path, clock: FakeClock) -> Database:
    """A database known to be current, opened without the checks ``open_database`` makes."""
    url = to_url(path)
    engine = make_engine(url)
    with engine.connect() as conn:
        device = conn.execute(select(LocalState.device_id)).scalar_one()
    return Database(url=url, engine=engine, device_id=device, clock=clock)


def skew(node: Node, hours: float) -> None:
    node.clock.now = FIXED_NOW + timedelta(hours=hours)


def count(db: Database, model: type) -> int:
    with db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)
