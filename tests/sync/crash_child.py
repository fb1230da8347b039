"""The program ``test_crash.py`` kills: one import of bundle files, cut short by ``SIGKILL``.

Run from the project's folder::

    python -m tests.sync.crash_child --db DB --now ISO-TIME [how it dies] FILE...

It opens ``DB`` as the application does (``open_database``, a clock fixed at
``--now``) and imports the files through ``SyncService.import_files``. Statements
are counted from the start of the import by SQLite's trace callback on every
connection the import uses: each statement that starts running is one, the
``BEGIN``, ``COMMIT`` and ``ROLLBACK`` the driver issues itself, each row of an
``executemany`` and the statements FTS5 runs inside another (``-- …``) included.
How it dies (it says where on stderr first: ``killed at statement N: …``):

* ``--kill-at N``: it sends itself ``SIGKILL`` as statement N starts, before it runs
  (N past the last statement: the import completes and it exits 0);
* ``--kill-at-exit``: after the import has returned, with the database still open
  (its WAL not checkpointed), as a process killed before it could exit;
* ``--fsize BYTES``: no write may reach past byte ``BYTES`` of any file (a file-size
  limit, ``SIGXFSZ`` ignored), and the first database error kills it at once; with
  ``--checkpoint`` the limit is set only after the import, which is then followed by
  a checkpoint of the WAL into the database file, so the checkpoint stops part-way;
* ``--count OUT``: nothing dies; the trace (statements, result lines, the size of the
  WAL after the import) is written to ``OUT`` as JSON, for ``Trace.load``.

``--cache-pages P`` gives every connection a page cache of ``P`` pages, so that a
large transaction spills uncommitted pages into the WAL before its ``COMMIT``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

from db.engine import open_database
from desktop.services.sync import SyncService

STATEMENT_CHARS = 120
ROOT = Path(__file__).resolve().parents[2]
KILLED = "killed at statement "
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@dataclass(frozen=True)
class Trace:
    """What an uninterrupted import ran, and its landmarks (statement numbers from 1)."""

    statements: tuple[str, ...]  # each on one line, cut to ``STATEMENT_CHARS``
    lines: tuple[tuple[str, int], ...]  # (result, parked files released) per file
    wal_bytes: int  # the WAL after the import: that transaction's frames

    @classmethod
    def load(cls, path: Path) -> Trace:
        found = json.loads(path.read_text(encoding="utf-8"))
        lines = tuple((line["result"], line["released"]) for line in found["lines"])
        return cls(tuple(found["statements"]), lines, found["wal_bytes"])

    def index(self, prefix: str) -> int:
        """The first statement that starts with ``prefix``."""
        return next(i for i, sql in enumerate(self.statements, 1) if sql.startswith(prefix))

    @property
    def begin(self) -> int:
        return self.index("BEGIN IMMEDIATE")

    @property
    def first_write(self) -> int:
        return next(
            i for i, sql in enumerate(self.statements, 1)
            if sql.lstrip("- ").upper().startswith(WRITES)
        )  # fmt: skip

    @property
    def commit(self) -> int:
        return self.index("COMMIT")

    @property
    def after_commit(self) -> int:
        """The first statement after ``COMMIT`` that does not run inside it."""
        return next(
            i for i in range(self.commit + 1, len(self.statements) + 1)
            if not self.statements[i - 1].startswith("--")
        )  # fmt: skip

    @property
    def savepoint(self) -> tuple[int, int] | None:
        """Where a parked file is applied: its ``SAVEPOINT`` and ``RELEASE`` (None: none)."""
        if not any(sql.startswith("SAVEPOINT") for sql in self.statements):
            return None
        return self.index("SAVEPOINT"), self.index("RELEASE SAVEPOINT")

    def landmarks(self) -> dict[str, int]:
        """The named places of the import, by the statement that starts there."""
        places = {
            "start": 1, "begin": self.begin, "verify": self.begin + 1,
            "verified": self.first_write - 1, "first-write": self.first_write,
            "middle": (self.first_write + self.commit) // 2, "last-write": self.commit - 1,
            "commit": self.commit, "inside-commit": self.after_commit - 1,
            "after-commit": self.after_commit,
        }  # fmt: skip
        if self.savepoint is not None:
            start, end = self.savepoint
            places.update({"savepoint": start, "inside-savepoint": (start + end) // 2})
            places["release"] = end
        return places

    def phase(self, n: int | None) -> str:
        """What the import was doing when statement ``n`` started (None: it had returned)."""
        if n is None:
            return "exit"
        if n >= self.after_commit:
            return "after"
        if n >= self.commit:
            return "commit"
        if self.savepoint is not None and self.savepoint[0] <= n <= self.savepoint[1]:
            return "parked file"
        return "start" if n < self.begin else "verify" if n < self.first_write else "merge"


def die(statement: int, why: str) -> None:
    """Say where on stderr (one unbuffered write), then end as ``kill -9`` does: no
    cleanup, no flush, no atexit."""
    os.write(2, f"{KILLED}{statement}: {why}\n".encode())
    os.kill(os.getpid(), signal.SIGKILL)


class Tracer:
    """Counts the statements SQLite starts on the connections it is installed on."""

    def __init__(self, kill_at: int | None, keep: bool, cache_pages: int | None) -> None:
        self.kill_at = kill_at
        self.keep = keep
        self.cache_pages = cache_pages
        self.count = 0
        self.statements: list[str] = []

    def install(self, dbapi_connection: Any, _record: Any) -> None:
        if self.cache_pages is not None:
            dbapi_connection.execute(f"PRAGMA cache_size={self.cache_pages}")
        dbapi_connection.set_trace_callback(self.statement)

    def statement(self, sql: str) -> None:
        self.count += 1
        if self.count == self.kill_at or self.keep:
            line = " ".join(sql.split())[:STATEMENT_CHARS]
            if self.count == self.kill_at:
                die(self.count, line)
            self.statements.append(line)

    def failed(self, context: Any) -> None:
        """A database error while writes are limited: die at once, where it happened."""
        die(self.count, str(context.original_exception))


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))


def wal_size(path: Path) -> int:
    """The size of the WAL next to the database file ``path`` (0: none)."""
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crash_child")
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--now", required=True, type=datetime.fromisoformat)
    parser.add_argument("--kill-at", type=int)
    parser.add_argument("--kill-at-exit", action="store_true")
    parser.add_argument("--fsize", type=int)
    parser.add_argument("--checkpoint", action="store_true")
    parser.add_argument("--count", type=Path)
    parser.add_argument("--cache-pages", type=int)
    parser.add_argument("files", nargs="+", type=Path)
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    now: datetime = args.now
    db = open_database(args.db, clock=lambda: now)
    tracer = Tracer(args.kill_at, args.count is not None, args.cache_pages)
    db.engine.dispose()  # every connection from here on is a new one, traced from its start
    event.listen(db.engine, "connect", tracer.install)
    if args.fsize is not None:
        event.listen(db.engine, "handle_error", tracer.failed)
        if not args.checkpoint:
            _limit_file_size(args.fsize)
    lines = SyncService(db).import_files(args.files)
    if args.kill_at_exit:
        die(tracer.count, "after the import")
    wal = wal_size(args.db)
    if args.checkpoint:
        if args.fsize is not None:
            _limit_file_size(args.fsize)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    results = [{"result": line.result, "released": line.released} for line in lines]
    if args.count is not None:
        report = {"statements": tracer.statements, "lines": results, "wal_bytes": wal}
        args.count.write_text(json.dumps(report), encoding="utf-8")
    print(json.dumps(results))
    return 0


# -- for the parent --------------------------------------------------------------------------


def run(
    db: Path, bundle: Path, now: datetime, *how: str, timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run this program on ``db`` and ``bundle``; ``how`` are the options above."""
    command = [
        sys.executable, "-m", "tests.sync.crash_child", "--db", str(db),
        "--now", now.isoformat(), *how, str(bundle),
    ]  # fmt: skip
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )


def killed_at(done: subprocess.CompletedProcess[str]) -> int | None:
    """The statement a run said it died at (None: it did not say so last)."""
    lines = done.stderr.strip().splitlines()
    if not lines or not lines[-1].startswith(KILLED):
        return None
    return int(lines[-1].removeprefix(KILLED).split(":")[0])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
