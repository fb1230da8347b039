"""Shared helpers for the benchmarks: the large demo database, built once and cached, and timing.

``large_database()`` returns the database ``fielddesk demo --scale large`` makes
(20 000 distributors, over a million calls, five years of history). Building it
takes minutes, so it is kept under ``/tmp/fielddesk-bench/`` with a name made
from a hash of the code that decides its content (``db/demo*.py``, ``db/fts.py``
and the migrations): a later run reuses it until that code changes, and an
outdated copy is deleted when a new one is built. Next to it a JSON file keeps
what the build measured: the generation time, and its baseline measured in the
same run — SQLite copying the finished database into a new file (``VACUUM INTO``,
no Python): the floor for writing that much data on this machine.

    from bench.common import large_database
    cached = large_database()          # builds it on first use
    cached.path, cached.seconds, cached.baseline_seconds, cached.counts

``FIELDDESK_BENCH_FRESH=1`` (or ``fresh=True``) rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = Path(tempfile.gettempdir()) / "fielddesk-bench"
#: The code whose changes make a cached database stale.
SOURCES = ("db/demo*.py", "db/fts.py", "db/migrations/versions/*.py")
ENV_FRESH = "FIELDDESK_BENCH_FRESH"


@dataclass(frozen=True)
class CachedDatabase:
    """A large demo database and what building it measured."""

    path: Path
    scale: str
    seconds: float  # ``fielddesk demo`` wall time, process start to exit
    baseline_seconds: float  # VACUUM INTO of the result, measured right after
    counts: dict[str, int]  # the demo's summary (rows of each kind)
    built_at: str  # local time of the build, ISO
    command: str
    reused: bool = False  # True when this run found it in the cache


def source_key() -> str:
    """16 hex digits of SHA-256 over the content-deciding sources (names and bytes, sorted)."""
    digest = hashlib.sha256()
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def large_database(scale: str = "large", *, fresh: bool | None = None) -> CachedDatabase:
    """The cached demo database of ``scale`` for the current sources; built when missing."""
    if fresh is None:
        fresh = os.environ.get(ENV_FRESH, "") not in ("", "0")
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / f"{scale}-{source_key()}.db"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists() and not fresh:
        data = json.loads(meta.read_text(encoding="utf-8"))
        return CachedDatabase(**{**data, "path": path, "reused": True})
    for old in CACHE_DIR.glob(f"{scale}-*"):  # outdated copies are large: one at a time
        old.unlink()
    return _build(path, meta, scale)


def _build(path: Path, meta: Path, scale: str) -> CachedDatabase:
    partial = path.with_name(path.stem + ".building.db")
    for name in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        name.unlink(missing_ok=True)
    command = [sys.executable, "-m", "desktop", "demo", "--db", str(partial), "--scale", scale]
    print(f"  building the {scale} demo database (once per change of db/demo*.py)…", flush=True)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    copy = path.with_name(path.stem + ".vacuum.db")
    copy.unlink(missing_ok=True)
    con = sqlite3.connect(str(partial))
    try:
        start = time.perf_counter()
        con.execute("VACUUM INTO ?", (str(copy),))
        baseline = time.perf_counter() - start
    finally:
        con.close()
        copy.unlink(missing_ok=True)
    partial.replace(path)
    cached = CachedDatabase(
        path=path,
        scale=scale,
        seconds=seconds,
        baseline_seconds=baseline,
        counts=counts,
        built_at=datetime.now().isoformat(timespec="seconds"),
        command=f"fielddesk demo --db {path.name} --scale {scale}",
    )
    data = {k: v for k, v in asdict(cached).items() if k not in ("path", "reused")}
    meta.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return cached


def run_probe(args: list[str], repeat: int) -> tuple[float, dict[str, Any]]:
    """Run ``python -m <args>`` ``repeat`` times (after a warm-up run); the median wall time
    from start to exit, and the JSON the last run printed on its last line."""
    walls: list[float] = []
    report: dict[str, Any] = {}
    for i in range(repeat + 1 if repeat else 1):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True
        )
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"probe {args} failed:\n{done.stdout}\n{done.stderr}")
        report = json.loads(done.stdout.strip().splitlines()[-1])
        wall -= report.get("after_paint_ms", 0) / 1000  # time a probe spent watching afterwards
        if i or not repeat:  # the first run warms the file cache
            walls.append(wall)
    return statistics.median(walls), report
