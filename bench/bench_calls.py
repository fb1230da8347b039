"""Benchmark of the Call log page's data path at 1 000 000 calls.

Not a test. It builds a database with the large demo organisation (20 000
distributors) and a million calls, or reuses one named by ``FIELDDESK_BENCH_DB``
(built by an earlier run when that file does not exist yet), then times what the
page does, through the same service and table model, against a raw sqlite3
query for the same rows in the same run, and prints the ratios.

"Shown" means the model answered, for every cell of the first screen, each role a
``QTableView`` with the default delegate asks when it paints (display, alignment,
font, foreground, background, check state, decoration). The indexes are made once:
the view makes its own in C++, where they cost nothing next to the Python calls.
Qt's own painting is not in the figure (it is the same for any model).

The calls are base rows written here (``insert_base_rows`` + ``index_rows``) with
notes drawn from a phrase list; when ``db/demo.py`` writes the call history
(``generate_demo(..., scale="large")``), a database it made can be passed in
with ``FIELDDESK_BENCH_DB`` and nothing is generated.

    python -m bench.bench_calls [--calls 1000000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

FIRST_SCREEN = 50
GOAL_RATIO = 3.0
GOAL_MS = 200.0
ENV_DB = "FIELDDESK_BENCH_DB"
YEARS = 5
BATCH = 50_000

#: Phrases the generated notes are made of; the searched words are among them.
PHRASES = (
    "老板反馈本月动销一般",
    "仓库库存偏高",
    "主推新品陈列到位",
    "门店断货两个单品",
    "要求加大促销支持",
    "回款计划本周内完成",
    "投诉上批货外箱破损",
    "竞品在做买赠活动",
    "下周补货三十箱",
    "店员培训已安排",
    "新开两家终端网点",
    "端架陈列需要调整",
    "价格体系稳定",
    "账期到期提醒对方",
    "经销商愿意增加库存",
    "物流到货延迟一天",
    "POS material delivered",
    "promo display checked",
    "stock count done",
    "order confirmed",
    "老板出差电话沟通",
    "微信确认订单明细",
    "样品已送达",
    "年底冲量计划讨论",
)
PROBLEMS = ("", "", "", "货款拖欠", "窜货风险", "破损退货", "陈列位置被竞品占用", "late payment")
CHANNELS = ("visit", "visit", "phone", "phone", "wechat", "other")
TOPICS = ("order", "stock", "promotion", "payment", "complaint", "display", "new_product", "other")

#: The roles QStyledItemDelegate asks of each cell it paints (initStyleOption).
PAINTED_ROLES = ("FontRole", "TextAlignmentRole", "ForegroundRole", "CheckStateRole",
                 "DecorationRole", "DisplayRole", "BackgroundRole")  # fmt: skip
SEARCHES = ("货", "补货", "陈列", "破损", "POS")
RAW_ROW = """
    SELECT c.id, c.occurred_at, c.distributor_id, d.code, d.name, m.name, r.name, c.person_id,
           p.code, p.name, c.channel, c.topics, c.order_amount_fen, c.notes, c.problems,
           c.next_step, c.next_step_due, c.visit_id
"""
RAW_JOINS = """
    JOIN distributor d ON d.id = c.distributor_id JOIN market m ON m.id = d.market_id
    LEFT JOIN region r ON r.id = d.region_id JOIN person p ON p.id = c.person_id
"""
RAW_FIRST_ROWS = (
    RAW_ROW + " FROM call_log c " + RAW_JOINS
    + " WHERE c.deleted = 0 ORDER BY c.occurred_at DESC, c.id DESC LIMIT ?"
)  # fmt: skip
RAW_ALL_IDS = "SELECT id FROM call_log WHERE deleted = 0 ORDER BY occurred_at DESC, id DESC"
RAW_FILTER = """
    SELECT id FROM call_log
    WHERE deleted = 0 AND distributor_id = ? AND occurred_at >= ? AND occurred_at < ?
    ORDER BY occurred_at DESC, id DESC
"""
RAW_SEARCH_FIRST = (
    RAW_ROW + " FROM call_log_fts f JOIN call_log c ON c.id = f.call_id " + RAW_JOINS
    + " WHERE call_log_fts MATCH ? AND c.deleted = 0 ORDER BY f.rowid DESC LIMIT ?"
)  # fmt: skip
RAW_SEARCH = """
    SELECT c.id FROM call_log c
    WHERE c.deleted = 0 AND c.id IN (SELECT call_id FROM call_log_fts WHERE call_log_fts MATCH ?)
    ORDER BY c.occurred_at DESC, c.id DESC
"""


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds of ``repeat`` runs after one warm-up run, and the last result."""
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def compared(
    ours: Callable[[], Any], raw: Callable[[], Any], repeat: int
) -> tuple[float, float, Any]:
    """Medians of ours and raw, run alternately (a busy machine slows both alike); our result."""
    result = ours()
    raw()
    mine, theirs = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        result = ours()
        mine.append(time.perf_counter() - start)
        start = time.perf_counter()
        raw()
        theirs.append(time.perf_counter() - start)
    return statistics.median(mine), statistics.median(theirs), result


def report(label: str, ours: float, raw: float, goal_ms: float | None = None) -> None:
    ratio = ours / raw if raw else float("inf")
    verdict = (
        "ok" if ratio <= GOAL_RATIO and (goal_ms is None or ours * 1000 <= goal_ms) else "OVER"
    )
    goal = f"goal ≤ {GOAL_RATIO:.0f}×" + (f", ≤ {goal_ms:.0f} ms" if goal_ms else "")
    print(
        f"  {label:<46} ours {ours * 1000:8.2f} ms   raw {raw * 1000:8.2f} ms   "
        f"ratio {ratio:5.2f}×   ({goal}: {verdict})"
    )


def generate_calls(db: Any, n: int, seed: int = 1, today: date | None = None) -> int:
    """Write ``n`` calls over the last five years as base rows, indexed; returns how many."""
    from sqlalchemy import select

    from db.capture import insert_base_rows
    from db.fts import index_rows
    from db.ids import DeterministicIds
    from db.models import CallLog, Distributor, Person

    rng = random.Random(f"bench-calls:{seed}")
    today = today or db.clock().date()
    start = datetime.combine(today - timedelta(days=365 * YEARS), datetime.min.time())
    span_days = 365 * YEARS
    new_id = DeterministicIds(seed, int(start.timestamp() * 1000))
    with db.read_session() as s:
        dists = s.execute(
            select(Distributor.id, Distributor.owner_id, Distributor.region_id, Distributor.grade)
        ).all()
        field = s.execute(select(Person.id, Person.region_id).where(Person.body == "FSF")).all()
    by_region: dict[str | None, list[str]] = {}
    for pid, region in field:
        by_region.setdefault(region, []).append(pid)
    anyone = [pid for pid, _ in field]
    weight = {"A": 8, "B": 4, "C": 2, "P": 1}
    cum: list[int] = []
    total = 0
    for d in dists:
        total += weight.get(d.grade, 1)
        cum.append(total)
    # occurred_at spread over the period, then sorted so rowids follow time as in real use
    moments = sorted(
        start
        + timedelta(
            days=rng.randrange(span_days), hours=rng.randint(8, 18), minutes=rng.randrange(60)
        )
        for _ in range(n)
    )
    done = 0
    for offset in range(0, n, BATCH):
        rows = []
        for at in moments[offset : offset + BATCH]:
            d = dists[_pick(cum, rng.randrange(total))]
            person = d.owner_id or rng.choice(by_region.get(d.region_id) or anyone)
            topics = sorted(rng.sample(TOPICS, rng.choice((1, 1, 2, 2, 3))), key=TOPICS.index)
            amount = rng.randrange(1_000, 500_000) * 100 if "order" in topics else None
            notes = "，".join(rng.sample(PHRASES, rng.choice((1, 2, 2, 3)))) + "。"
            next_step = rng.choice(("", "", "", "下周回访", "跟进回款", "安排补货"))
            rows.append(
                {
                    "id": new_id(), "distributor_id": d.id, "person_id": person,
                    "occurred_at": at, "channel": rng.choice(CHANNELS),
                    "topics": ",".join(topics), "order_amount_fen": amount, "notes": notes,
                    "problems": rng.choice(PROBLEMS), "next_step": next_step,
                    "next_step_due": at.date() + timedelta(days=7) if next_step else None,
                    "visit_id": None,
                }
            )  # fmt: skip
        with db.session_scope() as s:
            insert_base_rows(s, CallLog, rows)
            index_rows(s, rows)
        done += len(rows)
        print(f"    {done:,} calls written", end="\r", flush=True)
    print()
    return done


def _pick(cum: list[int], value: int) -> int:
    from bisect import bisect_right

    return bisect_right(cum, value)


def build(path: Path, calls: int) -> float:
    """A new database at ``path``: the large demo organisation plus ``calls`` calls."""
    from db.demo import generate_demo
    from db.engine import open_database

    start = time.perf_counter()
    db = open_database(path)
    generate_demo(db, seed=1, scale="large", today=db.clock().date())
    from sqlalchemy import func, select

    from db.models import CallLog

    with db.read_session() as s:
        have = s.scalar(select(func.count()).select_from(CallLog)) or 0
    if have < calls:
        generate_calls(db, calls - have)
    db.dispose()
    return time.perf_counter() - start


def check_index(path: Path) -> None:
    """Rebuild the full-text index when its rows lack ``db.fts``'s keys (an older demo)."""
    from db.engine import open_database
    from db.fts import keys_are_current, reindex_all

    db = open_database(path)
    with db.session_scope() as s:
        if not keys_are_current(s):
            start = time.perf_counter()
            count = reindex_all(s)
            print(f"  re-indexed {count:,} calls in {time.perf_counter() - start:.0f} s")
    db.dispose()


def peak_mb() -> float:
    """This process's peak resident memory in MB. Linux: VmHWM, which starts afresh at exec
    (``ru_maxrss`` would report the parent's size when the parent was bigger)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory(path: Path) -> int:
    """In a process of its own: what the page holds with the whole list scrolled to the end."""
    from PySide6.QtWidgets import QApplication

    from db.engine import open_database
    from desktop.app import build_services
    from desktop.services.calls import CallFilter
    from desktop.ui.models.call_table import CallColumn, CallTableModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    service = build_services(open_database(path)).calls
    model = CallTableModel(service)
    model.set_first_rows(service.first_rows(CallFilter(), model.first_batch))
    model.set_ids(service.find_ids(CallFilter()))
    for start in range(0, model.rowCount(), model.rowCount() // 50 or 1):  # dragging the bar
        model.data(model.index(start, 0))
    for row in range(max(model.rowCount() - FIRST_SCREEN, 0), model.rowCount()):
        for column in CallColumn:
            model.data(model.index(row, column))
    print(f"{peak_mb():,.0f}")
    del app
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_calls", description=__doc__)
    parser.add_argument("--calls", type=int, default=1_000_000, help="calls to generate")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per measurement")
    parser.add_argument("--memory", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.memory:
        return memory(Path(args.memory))
    chosen = os.environ.get(ENV_DB)
    if chosen:
        return run(Path(chosen), args.calls, args.repeat)
    with tempfile.TemporaryDirectory(prefix="fielddesk-bench-") as folder:
        return run(Path(folder) / "bench.db", args.calls, args.repeat)


def run(path: Path, calls: int, repeat: int) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from db.engine import open_database
    from db.fts import match_query
    from desktop.app import build_services
    from desktop.services.calls import CallFilter
    from desktop.ui.models.call_table import CallColumn, CallTableModel

    if not path.exists():
        print(f"Building {path} ({calls:,} calls)…")
        print(f"  built in {build(path, calls):.0f} s")
    check_index(path)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(path)
    service = build_services(db).calls
    raw = sqlite3.connect(str(path))
    total = raw.execute("SELECT count(*) FROM call_log").fetchone()[0]
    print(f"Call log benchmark: {total:,} calls; median of {repeat} runs")
    model = CallTableModel(service)
    batch = model.first_batch
    roles = [int(getattr(Qt.ItemDataRole, name).value) for name in PAINTED_ROLES]
    model.set_first_rows(service.first_rows(CallFilter(), batch))
    screen = [model.index(row, column) for row in range(FIRST_SCREEN) for column in CallColumn]

    def paint_first_screen() -> None:
        for index in screen[: min(FIRST_SCREEN, model.rowCount()) * len(CallColumn)]:
            for role in roles:
                model.data(index, role)

    def show(f: CallFilter) -> int:
        """What the page does for a filter before the whole list: the newest rows, shown."""
        model.set_first_rows(service.first_rows(f, batch))
        paint_first_screen()
        return model.rowCount()

    raw_first = lambda: raw.execute(RAW_FIRST_ROWS, (batch,)).fetchall()  # noqa: E731
    ours, base, _ = compared(lambda: show(CallFilter()), raw_first, repeat)
    report(f"open the page: newest {batch} rows, {FIRST_SCREEN} shown", ours, base)
    ours, base, rows = compared(lambda: service.first_rows(CallFilter(), batch), raw_first, repeat)
    report("  of which the query (worker thread)", ours, base)

    def shown() -> None:
        model.set_first_rows(rows)
        paint_first_screen()

    ui_thread, _ = timed(shown, repeat)
    print(f"  {'  of which the model (UI thread)':<46} ours {ui_thread * 1000:8.2f} ms")
    ours, base, ids = compared(
        lambda: service.find_ids(CallFilter()), lambda: raw.execute(RAW_ALL_IDS).fetchall(), 3
    )
    report(f"  then every id ({len(ids):,}; worker thread)", ours, base)
    del ids

    busiest, last = raw.execute(
        "SELECT distributor_id, max(occurred_at) FROM call_log GROUP BY distributor_id "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    to_day = datetime.fromisoformat(last).date()
    from_day = to_day - timedelta(days=365)
    f = CallFilter(distributor_id=busiest, date_from=from_day, date_to=to_day)
    lo = datetime.combine(from_day, datetime.min.time())
    hi = datetime.combine(to_day + timedelta(days=1), datetime.min.time())
    params = (busiest, lo.isoformat(" "), hi.isoformat(" "))
    ours, base, found = compared(
        lambda: service.find_ids(f), lambda: raw.execute(RAW_FILTER, params).fetchall(), repeat
    )
    assert len(found) == len(raw.execute(RAW_FILTER, params).fetchall())
    report(f"filter: distributor + a year ({len(found)} calls)", ours, base, GOAL_MS)

    for text in SEARCHES:
        query = match_query(text)
        search = CallFilter(text=text)
        ours, base, _ = compared(
            lambda search=search: show(search),
            lambda query=query: raw.execute(RAW_SEARCH_FIRST, (query, batch)).fetchall(),
            repeat,
        )
        report(f"search '{text}': newest rows shown", ours, base, GOAL_MS)
        ours, base, found = compared(
            lambda search=search: service.find_ids(search),
            lambda query=query: raw.execute(RAW_SEARCH, (query,)).fetchall(),
            3,
        )
        assert len(found) == len(raw.execute(RAW_SEARCH, (query,)).fetchall())
        report(f"  then every match ({len(found):,}; worker thread)", ours, base)
        del found
    raw.close()
    peak = subprocess.run(
        [sys.executable, "-m", "bench.bench_calls", "--memory", str(path)],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    print(f"  peak memory, list loaded and scrolled to the end (own process): {peak} MB "
          "(goal ≤ 400 MB)")  # fmt: skip
    db.dispose()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
