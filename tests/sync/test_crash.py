"""Crashes (SYNC.md "What proves it"): an import killed with ``kill -9`` leaves a sound database
holding exactly the state before it or after it, and importing the file again completes.

Built once: HQ (small demo) with the laptops of a region manager and of a sales rep of
that region; the rep's laptop makes a few hundred edits (``simulate``: about 2 000
changes) and writes its bundle for HQ. Two imports of it are killed: ``plain``, into HQ
as it was (about 3 000 statements), and ``inbox``, into HQ holding the laptop's next
bundle parked for a gap, which the import applies too, in a savepoint.

An uninterrupted run of ``crash_child.py`` gives the import's ``Trace`` (every statement
it starts) and the "after" state; the file before is the "before" state. The child kills
itself with ``SIGKILL`` as statement N starts. N is a named point (start, verification,
first write, middle, last write, ``COMMIT`` and the FTS5 flush inside it, the statement
after it, the savepoint, or the exit with the database open) or a fixed-seed random
draw over the whole range, every other one with a 16-page cache so that uncommitted
pages spill into the WAL. Four more: a kill at ``COMMIT`` after such spills, and, by a
file-size limit, a ``COMMIT`` torn inside its last WAL frame, a spill failing
mid-transaction, and a checkpoint of the committed WAL stopped half-way.

After each: the child died by ``SIGKILL`` where meant; ``PRAGMA integrity_check`` is ok,
foreign keys hold, the FTS5 index agrees with its content; the state is the expected one
(before when the kill came before the first statement after ``COMMIT``) by
``SyncService.digest()`` and by a hash of every table but ``sync_import_log`` (attempts;
conflict ids are fresh random values, left out); the file imported again is ``applied``
(from before) or ``duplicate`` (from after), and then the state is the after state. The
children run two at a time ahead of the checks, in the order the selected tests run.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.engine import Database, open_database
from desktop.services.simulate import simulate
from desktop.services.sync import SyncService
from tests.conftest import FIXED_NOW, FakeClock
from tests.sync import crash_child
from tests.sync.crash_child import Trace, wal_size
from tests.sync.replicas import Replicas

SHM = Path("/dev/shm")
PEOPLE = ("P0008", "P0010")  # a region manager, and a sales rep of that region
EDITS, LATER_EDITS = 300, 40  # the rep's edits in the killed file, and in the parked one
CHILD_TIMEOUT_S = 120
WORKERS = 2
SPILL_PAGES = 16
ATTEMPTS = "sync_import_log"
VOLATILE = {"sync_conflict": ("id",)}  # columns an import fills with fresh random values
BEFORE, AFTER = "before", "after"
PLAIN, INBOX = "plain", "inbox"

# -- the kill points ------------------------------------------------------------------------

PLAIN_POINTS = (
    "start", "begin", "verify", "verified", "first-write", "middle", "last-write", "commit",
    "inside-commit", "after-commit", "exit",
)  # fmt: skip
INBOX_POINTS = ("savepoint", "inside-savepoint", "release", "commit", "after-commit", "exit")
RANDOM_KILLS = {PLAIN: 22, INBOX: 9}
KILL_SEED = 20261127


@dataclass(frozen=True)
class Kill:
    """Where one child dies: a named point, or a fraction of the import's statements."""

    scenario: str
    point: str
    fraction: float = 0.0
    cache_pages: int | None = None

    @property
    def id(self) -> str:
        if self.point != "random":
            return f"{self.scenario}-{self.point}"
        return f"{self.scenario}-at-{self.fraction:.4f}" + ("-spill" if self.cache_pages else "")


def _kills() -> list[Kill]:
    rng = random.Random(KILL_SEED)
    kills = [Kill(PLAIN, p) for p in PLAIN_POINTS] + [Kill(INBOX, p) for p in INBOX_POINTS]
    for scenario, count in RANDOM_KILLS.items():
        for i in range(count):
            pages = SPILL_PAGES if i % 2 else None
            kills.append(Kill(scenario, "random", round(rng.random(), 4), pages))
    return kills


KILLS = _kills()
#: The kills of the tests below, by test name (they cut writes short, or need a spill).
SPILLED_COMMIT = Kill(PLAIN, "spilled-commit")
TORN_COMMIT = Kill(PLAIN, "torn-commit")
FAILED_SPILL = Kill(PLAIN, "failed-spill")
CUT_CHECKPOINT = Kill(PLAIN, "cut-checkpoint")
SPECIAL = {
    "test_uncommitted_pages_spilled_into_the_wal_are_ignored": SPILLED_COMMIT,
    "test_a_commit_torn_inside_its_last_wal_frame_is_rolled_back": TORN_COMMIT,
    "test_a_spill_failing_mid_transaction_leaves_the_state_before": FAILED_SPILL,
    "test_a_checkpoint_cut_off_half_way_leaves_the_state_after": CUT_CHECKPOINT,
}


@dataclass(frozen=True)
class State:
    """What an import may change: the replicated content's digest, and every table's rows."""

    digest: str
    tables: tuple[tuple[str, str], ...]  # (table, sha256 of its rows in a fixed order)

    def differences(self, other: State) -> list[str]:
        mine, theirs = dict(self.tables), dict(other.tables)
        names = sorted(n for n in mine.keys() | theirs.keys() if mine.get(n) != theirs.get(n))
        return (["digest"] if self.digest != other.digest else []) + names


@dataclass(frozen=True)
class Scenario:
    """One import to kill: the database before it, the file, and the uninterrupted run."""

    name: str
    base: Path
    bundle: Path
    trace: Trace
    before: State
    after: State

    def statement(self, kill: Kill) -> int | None:
        """The statement ``kill`` dies at (None: at the exit, after the import returned)."""
        if kill.point == "random":
            return 1 + int(kill.fraction * len(self.trace.statements))
        return self.trace.landmarks().get(kill.point.removeprefix("spilled-"))

    def expected(self, n: int | None) -> str:
        """Before when the child died before the first statement after ``COMMIT``."""
        return BEFORE if n is not None and n < self.trace.after_commit else AFTER

    def arguments(self, kill: Kill) -> list[str]:
        """How the child dies, on its command line."""
        if kill == TORN_COMMIT:
            return ["--fsize", str(torn_limit(self))]
        if kill == FAILED_SPILL:
            return ["--fsize", str(self.trace.wal_bytes // 2), "--cache-pages", str(SPILL_PAGES)]
        if kill == CUT_CHECKPOINT:
            return ["--checkpoint", "--fsize", str(checkpoint_limit(self))]
        n = self.statement(kill)
        how = ["--kill-at-exit"] if n is None else ["--kill-at", str(n)]
        pages = SPILL_PAGES if kill == SPILLED_COMMIT else kill.cache_pages
        return how + (["--cache-pages", str(pages)] if pages is not None else [])


def torn_limit(scenario: Scenario) -> int:
    return scenario.trace.wal_bytes - 1000  # a WAL frame: one 4 KiB page and 24 bytes


def checkpoint_limit(scenario: Scenario) -> int:
    return scenario.base.stat().st_size // 2 + 1000  # off a page boundary: one page torn


def _table_hashes(con: sqlite3.Connection) -> tuple[tuple[str, str], ...]:
    """Every real table but the import log, rows sorted, volatile columns left out."""
    out = []
    tables = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    for name, sql in tables.fetchall():
        if name == ATTEMPTS or sql.upper().startswith("CREATE VIRTUAL"):
            continue
        cur = con.execute(f'SELECT * FROM "{name}"')
        keep = [i for i, d in enumerate(cur.description) if d[0] not in VOLATILE.get(name, ())]
        rows = sorted(
            repr(tuple(row[i] for i in keep)) for row in cur
            if not (name == "sqlite_sequence" and row[0] == ATTEMPTS)
        )  # fmt: skip
        out.append((name, hashlib.sha256("\n".join(rows).encode()).hexdigest()))
    return tuple(out)


def _state(path: Path, db: Database) -> State:
    con = sqlite3.connect(path)
    try:
        return State(SyncService(db).digest(), _table_hashes(con))
    finally:
        con.close()


def _state_of(path: Path) -> State:
    db = open_database(path, clock=FakeClock())
    try:
        return _state(path, db)
    finally:
        db.dispose()


def _child(db: Path, bundle: Path, *how: str) -> subprocess.CompletedProcess[str]:
    return crash_child.run(db, bundle, FIXED_NOW, *how, timeout=CHILD_TIMEOUT_S)


# -- the module's databases, and the children -----------------------------------------------


def _save(folder: Path, data: bytes, name: str) -> Path:
    (folder / name).write_bytes(data)
    return folder / name


def _scenario(folder: Path, name: str, base: Path, bundle: Path, released: int) -> Scenario:
    after, trace = folder / f"{name}-after.db", folder / f"{name}-trace.json"
    shutil.copyfile(base, after)
    done = _child(after, bundle, "--count", str(trace))
    assert done.returncode == 0, done.stderr
    found = Trace.load(trace)
    assert found.lines == (("applied", released),)
    scenario = Scenario(name, base, bundle, found, _state_of(base), _state_of(after))
    assert scenario.before.differences(scenario.after)[:1] == ["digest"]
    return scenario


def _build(folder: Path) -> dict[str, Scenario]:
    net = Replicas.build(folder / "net", PEOPLE)
    simulate(net.laptops[-1].db, EDITS, seed=1)
    first = _save(folder, *net.laptops[-1].bundle("hq"))
    ahead = net.copy(folder / "ahead")  # elsewhere HQ takes the file and acknowledges it
    laptop = ahead.laptops[-1]
    assert ahead.hq.take(first.read_bytes(), first.name).result == "applied"
    assert laptop.take(*ahead.hq.bundle(laptop.name)).result == "applied"
    simulate(laptop.db, LATER_EDITS, seed=2)
    later = _save(folder, *laptop.bundle("hq"))  # starts after the first file: a gap here
    ahead.dispose()
    plain, parked = folder / "hq-plain.db", folder / "hq-parked.db"
    shutil.copyfile(net.files()[0], plain)
    shutil.copyfile(plain, parked)
    db = open_database(parked, clock=FakeClock())
    try:
        assert [line.result for line in SyncService(db).import_files([later])] == ["gap"]
    finally:
        db.dispose()
    return {
        PLAIN: _scenario(folder, PLAIN, plain, first, released=0),
        INBOX: _scenario(folder, INBOX, parked, first, released=1),
    }


@dataclass(frozen=True)
class Death:
    """A child that died: its database, and the statement it said it died at."""

    db: Path
    statement: int


class Lab:
    """The scenarios, and the children of the selected tests, run ahead of their checks."""

    def __init__(self, folder: Path, kills: list[Kill]) -> None:
        self.folder = folder
        self.scenarios = _build(folder)
        self._pool = ThreadPoolExecutor(max_workers=WORKERS)
        self._deaths: dict[Kill, Future[Death]] = {
            kill: self._pool.submit(self._kill, kill) for kill in dict.fromkeys(kills)
        }

    def _kill(self, kill: Kill) -> Death:
        scenario = self.scenarios[kill.scenario]
        db = Path(tempfile.mkdtemp(prefix=kill.id + "-", dir=self.folder)) / "hq.db"
        shutil.copyfile(scenario.base, db)
        done = _child(db, scenario.bundle, *scenario.arguments(kill))
        assert done.returncode == -signal.SIGKILL, (done.returncode, done.stdout, done.stderr)
        statement = crash_child.killed_at(done)
        assert statement is not None, done.stderr
        return Death(db, statement)

    def death(self, kill: Kill) -> Death:
        future = self._deaths.get(kill) or self._pool.submit(self._kill, kill)
        return future.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _selected_kills(session: pytest.Session) -> list[Kill]:
    """The kills of this module's selected tests, in the order they run."""
    kills = []
    for item in session.items:
        if getattr(getattr(item, "module", None), "__name__", "") != __name__:
            continue
        callspec = getattr(item, "callspec", None)
        kill = callspec.params.get("kill") if callspec is not None else None
        kill = kill if isinstance(kill, Kill) else SPECIAL.get(getattr(item, "originalname", ""))
        if kill is not None:
            kills.append(kill)
    return kills


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Lab]:
    """Built in memory where there is ``/dev/shm``."""
    if SHM.is_dir() and os.access(SHM, os.W_OK):
        folder = Path(tempfile.mkdtemp(prefix="fielddesk-crash-", dir=SHM))
    else:
        folder = tmp_path_factory.mktemp("crash")
    built: Lab | None = None
    try:
        built = Lab(folder, _selected_kills(request.session))
        yield built
    finally:
        if built is not None:
            built.close()
        shutil.rmtree(folder, ignore_errors=True)


# -- the checks -----------------------------------------------------------------------------


def _assert_recovers(path: Path, scenario: Scenario, expected: str) -> None:
    """Sound, exactly the ``expected`` state, and the same file imported again completes;
    then the killed database's folder is removed."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("INSERT INTO call_log_fts(call_log_fts) VALUES ('integrity-check')")
        con.rollback()
    finally:
        con.close()
    db = open_database(path, clock=FakeClock())
    try:
        found = _state(path, db)
        want = scenario.before if expected == BEFORE else scenario.after
        assert found == want, f"not the state {expected} the import: {found.differences(want)}"
        (line,) = SyncService(db).import_files([scenario.bundle])
        if expected == BEFORE:
            assert (line.result, line.released) == ("applied", scenario.trace.lines[0][1]), line
        else:
            assert line.result == "duplicate", line
        again = _state(path, db)
        assert again == scenario.after, f"imported again: {again.differences(scenario.after)}"
    finally:
        db.dispose()
    shutil.rmtree(path.parent, ignore_errors=True)


# -- the tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("kill", KILLS, ids=[k.id for k in KILLS])
def test_a_killed_import_leaves_the_state_before_or_after_and_imports_again(
    lab: Lab, kill: Kill
) -> None:
    scenario = lab.scenarios[kill.scenario]
    n = scenario.statement(kill)
    death = lab.death(kill)
    assert death.statement == (n if n is not None else len(scenario.trace.statements))
    _assert_recovers(death.db, scenario, scenario.expected(n))


def test_the_kill_points_cover_the_whole_import(lab: Lab) -> None:
    phases: dict[str, set[str]] = {PLAIN: set(), INBOX: set()}
    fifths: set[int] = set()
    for kill in KILLS:
        trace = lab.scenarios[kill.scenario].trace
        n = lab.scenarios[kill.scenario].statement(kill)
        assert n is None or 1 <= n <= len(trace.statements), kill.id
        phases[kill.scenario].add(trace.phase(n))
        if kill.point == "random" and kill.scenario == PLAIN and n is not None:
            fifths.add(5 * (n - 1) // len(trace.statements))
    every = {"start", "verify", "merge", "commit", "after", "exit"}
    assert phases[PLAIN] == every
    assert phases[INBOX] >= (every - {"start", "verify"}) | {"parked file"}
    assert fifths == set(range(5)), "random kills land in every fifth of the import"
    plain = lab.scenarios[PLAIN].trace
    assert plain.after_commit - plain.commit > 1, "inside-commit is not the COMMIT itself"
    # an import of hundreds of statements (rows go in batches of up to 999 values)
    assert len(plain.statements) > 500 and len(KILLS) + len(SPECIAL) >= 40


def test_uncommitted_pages_spilled_into_the_wal_are_ignored(lab: Lab) -> None:
    scenario = lab.scenarios[PLAIN]
    death = lab.death(SPILLED_COMMIT)
    assert death.statement == scenario.trace.commit
    assert wal_size(death.db) > 0, "the small cache wrote uncommitted pages to the WAL"
    _assert_recovers(death.db, scenario, BEFORE)


def test_a_commit_torn_inside_its_last_wal_frame_is_rolled_back(lab: Lab) -> None:
    scenario = lab.scenarios[PLAIN]
    death = lab.death(TORN_COMMIT)
    trace = scenario.trace
    assert trace.commit <= death.statement < trace.after_commit, "it died in the COMMIT"
    assert wal_size(death.db) == torn_limit(scenario), "the WAL ends inside its last frame"
    _assert_recovers(death.db, scenario, BEFORE)


def test_a_spill_failing_mid_transaction_leaves_the_state_before(lab: Lab) -> None:
    scenario = lab.scenarios[PLAIN]
    death = lab.death(FAILED_SPILL)
    trace = scenario.trace
    assert trace.first_write < death.statement < trace.commit, "it died among the writes"
    assert wal_size(death.db) == trace.wal_bytes // 2
    _assert_recovers(death.db, scenario, BEFORE)


def test_a_checkpoint_cut_off_half_way_leaves_the_state_after(lab: Lab) -> None:
    scenario = lab.scenarios[PLAIN]
    death = lab.death(CUT_CHECKPOINT)
    assert death.statement == len(scenario.trace.statements) + 1, "it died in the checkpoint"
    original, written = scenario.base.read_bytes(), death.db.read_bytes()
    limit = checkpoint_limit(scenario)
    assert written[:limit] != original[:limit], "the checkpoint copied pages below the limit"
    assert written[limit:] == original[limit:], "and none above it"
    assert wal_size(death.db) > 0, "the WAL still holds what was not copied"
    _assert_recovers(death.db, scenario, AFTER)
