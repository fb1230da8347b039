"""Test harness: HQ (the small demo) and laptops enrolled through real files, each with its own clock.

``Replicas.build`` makes HQ, then for each person code a laptop database with a join
request, HQ's approval and the enrolment, exactly as the command line does. ``save``
and ``copy`` let a module build the set once and hand every test its own copy
(``Database`` objects opened straight on the copies, without the start-up checks).

HQ may live on PostgreSQL (``hq`` a server address, ``admin`` a function that runs SQL
as the server's administrator): its copies are then databases cloned from it
(``CREATE DATABASE … TEMPLATE``), named by the address ``copy`` is given; the laptops
stay SQLite files.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from db.demo import generate_demo
from db.engine import Database, make_engine, open_database, sqlite_path, to_url
from db.models import LocalState
from desktop.services import sync as sync_api
from desktop.services.sync import ImportLine, SyncService
from tests.conftest import FIXED_NOW, FakeClock

#: Overlapping scopes of the small demo (seed 1): a region manager, one of their
#: customer managers, and a sales rep of that customer manager.
PEOPLE = ("P0008", "P0009", "P0010")

#: Runs one SQL statement as the administrator of HQ's PostgreSQL server.
Admin = Callable[[str], None]


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
    #: HQ's server administrator, when HQ is on PostgreSQL
    admin: Admin | None = None

    @property
    def nodes(self) -> Iterator[Node]:
        yield self.hq
        yield from self.laptops

    @classmethod
    def build(
        cls,
        folder: Path,
        people: tuple[str, ...] = PEOPLE,
        *,
        hq: str | None = None,
        admin: Admin | None = None,
    ) -> Replicas:
        """HQ (a file in ``folder``, or the server database ``hq``) and a laptop per person."""
        folder.mkdir(parents=True, exist_ok=True)
        clock = FakeClock()
        hq_db = open_database(hq or folder / "hq.db", clock=clock)
        generate_demo(hq_db, seed=1, scale="small", today=FIXED_NOW.date())
        out = cls(Node("hq", hq_db, clock), admin=admin)
        for code in people:
            laptop_clock = FakeClock()
            path = folder / f"{code}.db"
            request = sync_api.join_request(path, code, f"PC-{code}", laptop_clock)
            enrolment = SyncService(hq_db).approve(request)
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
        """The SQLite files of the set (HQ's first, when it is a file)."""
        return [p for node in self.nodes if (p := sqlite_path(node.db.url)) is not None]

    def restore(self, template: Replicas) -> None:
        """Put the template's databases back under this set's (same engines, so their
        statement caches stay warm) and reset every clock."""
        template.dispose()
        self.dispose()
        for source, target in zip(template.nodes, self.nodes, strict=True):
            self._copy_database(source.db.url, target.db.url)
        for node in self.nodes:
            node.clock.now = FIXED_NOW

    def copy(self, folder: Path, hq: str | None = None) -> Replicas:
        """Every database copied (into ``folder``; HQ on a server: into the database ``hq``)
        and opened there, clocks reset."""
        self.dispose()
        folder.mkdir(parents=True, exist_ok=True)
        nodes = []
        for node in self.nodes:
            source = sqlite_path(node.db.url)
            if source is not None:
                target = to_url(folder / source.name)
            elif hq is not None:
                target = to_url(hq)
            else:
                raise ValueError("HQ is on a server: name the database of its copy (hq=...)")
            self._copy_database(node.db.url, target)
            nodes.append(Node(node.name, _open_fast(target, FakeClock()), FakeClock(), node.code))
        for node in nodes:
            node.db.clock = node.clock
        return Replicas(nodes[0], nodes[1:], self.admin)

    def _copy_database(self, source: str, target: str) -> None:
        """A file copied over another, or a server database cloned under the target's name."""
        source_path, target_path = sqlite_path(source), sqlite_path(target)
        if source_path is not None and target_path is not None:
            for suffix in ("-wal", "-shm"):
                target_path.with_name(target_path.name + suffix).unlink(missing_ok=True)
            shutil.copyfile(source_path, target_path)
            return
        if self.admin is None:
            raise ValueError("copying a server database needs its administrator (admin=...)")
        name, template = make_url(target).database, make_url(source).database
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def _open_fast(target: str | Path, clock: FakeClock) -> Database:
    """A database known to be current, opened without the checks ``open_database`` makes."""
    url = to_url(target)
    engine = make_engine(url)
    with engine.connect() as conn:
        device = conn.execute(select(LocalState.device_id)).scalar_one()
    return Database(url=url, engine=engine, device_id=device, clock=clock)


def skew(node: Node, hours: float) -> None:
    node.clock.now = FIXED_NOW + timedelta(hours=hours)


def count(db: Database, model: type) -> int:
    with db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)
