"""Benchmark of the Distributors page's data path at 100 000 distributors.

Not a test: it builds a demo database in a temporary folder, then times what the
page does (through the same service and table model) against a raw sqlite3
query that returns the same thing, in the same run, and prints the ratios.

    python -m bench.bench_distributors [--size 100000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

FIRST_SCREEN = 50
ROWS_PAGE = 200

RAW_ROWS = """
    SELECT d.id, d.code, d.name, d.city, m.code, m.name, r.code, r.name, p.code, p.name,
           d.grade, d.credit_rating, d.credit_limit_fen, d.payment_terms_days, d.status, d.phone
    FROM distributor d
    JOIN market m ON m.id = d.market_id
    LEFT JOIN region r ON r.id = d.region_id
    LEFT JOIN person p ON p.id = d.owner_id
"""
RAW_FIRST_SCREEN = RAW_ROWS + " WHERE d.deleted = 0 AND d.status = 'active' ORDER BY d.code LIMIT ?"
RAW_ALL_IDS = "SELECT id FROM distributor WHERE deleted = 0 AND status = 'active' ORDER BY code"
RAW_SEARCH = """
    SELECT id FROM distributor
    WHERE deleted = 0 AND status = 'active'
      AND (code LIKE :p ESCAPE '\\' OR name LIKE :p ESCAPE '\\' OR short_name LIKE :p ESCAPE '\\'
           OR city LIKE :p ESCAPE '\\' OR pinyin LIKE :p ESCAPE '\\')
    ORDER BY code
"""
RAW_MARKET = """
    SELECT id FROM distributor
    WHERE deleted = 0 AND status = 'active' AND market_id = ?
    ORDER BY code
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


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def report(label: str, ours: float, raw: float) -> None:
    print(f"  {label:<44} ours {ms(ours)}   raw sqlite3 {ms(raw)}   ratio {ours / raw:6.1f}×")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_distributors", description=__doc__)
    parser.add_argument("--size", type=int, default=100_000, help="number of distributors")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per measurement")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from db.demo import generate_demo
    from db.engine import open_database
    from desktop.app import build_services
    from desktop.services.distributors import DistributorFilter
    from desktop.ui.models.distributor_table import Column, DistributorTableModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    )
    with tempfile.TemporaryDirectory(prefix="fielddesk-bench-") as folder:
        path = Path(folder) / "bench.db"
        db = open_database(path)
        start = time.perf_counter()
        summary = generate_demo(db, seed=1, scale=args.size)
        built = time.perf_counter() - start
        services = build_services(db)
        service = services.distributors
        model = DistributorTableModel(service)
        raw = sqlite3.connect(str(path))
        market = next(m for m in services.org.markets() if m.code == "JJ")
        print(
            f"Distributors page benchmark: {summary.distributors:,} distributors, "
            f"{summary.contacts:,} contacts (demo built in {built:.1f} s); "
            f"median of {args.repeat} runs"
        )

        def first_screen() -> int:
            model.set_ids(service.find_ids(DistributorFilter(status="active")))
            for row in range(min(FIRST_SCREEN, model.rowCount())):
                for column in Column:
                    for role in roles:  # what a view asks of every visible cell
                        model.data(model.index(row, column), role)
            return model.rowCount()

        ours, shown = timed(first_screen, args.repeat)

        def raw_first_screen() -> None:
            # the same work: every matching id (for the scroll bar) and the visible rows
            raw.execute(RAW_ALL_IDS).fetchall()
            raw.execute(RAW_FIRST_SCREEN, (FIRST_SCREEN,)).fetchall()

        base, _ = timed(raw_first_screen, args.repeat)
        print(f"  (the list holds {shown:,} active distributors; the model read 1 page of rows)")
        report(f"first screen: find_ids + {FIRST_SCREEN} rows shown", ours, base)
        active = DistributorFilter(status="active")
        ids_ours, ids = timed(lambda: service.find_ids(active), args.repeat)
        ids_raw, _ = timed(lambda: raw.execute(RAW_ALL_IDS).fetchall(), args.repeat)
        report("  of which find_ids (all ids, worker thread)", ids_ours, ids_raw)

        def shown_rows() -> None:
            model.set_ids(ids)
            for row in range(FIRST_SCREEN):
                for column in Column:
                    for role in roles:
                        model.data(model.index(row, column), role)

        ui_thread, _ = timed(shown_rows, args.repeat)
        print(f"  {'  of which the model (UI thread)':<44} ours {ms(ui_thread)}")

        text = "bjhy"
        search = DistributorFilter(text=text, status="active")
        ours, found = timed(lambda: service.find_ids(search), args.repeat)
        base, raw_found = timed(
            lambda: raw.execute(RAW_SEARCH, {"p": f"%{text}%"}).fetchall(), args.repeat
        )
        assert len(found) == len(raw_found), (len(found), len(raw_found))
        report(f"search '{text}' (pinyin initials, {len(found)} found)", ours, base)

        by_market = DistributorFilter(market_id=market.id, status="active")
        ours, found = timed(lambda: service.find_ids(by_market), args.repeat)
        base, raw_found = timed(
            lambda: raw.execute(RAW_MARKET, (market.id,)).fetchall(), args.repeat
        )
        assert len(found) == len(raw_found), (len(found), len(raw_found))
        report(f"market filter {market.name} ({len(found):,} found)", ours, base)

        ids = service.find_ids(DistributorFilter())
        middle = ids[len(ids) // 2 : len(ids) // 2 + ROWS_PAGE]
        marks = ",".join("?" * len(middle))
        ours, _ = timed(lambda: service.rows(middle), args.repeat)
        base, _ = timed(
            lambda: raw.execute(f"{RAW_ROWS} WHERE d.id IN ({marks})", middle).fetchall(),
            args.repeat,
        )
        report(f"rows() for one page of {ROWS_PAGE}", ours, base)
        raw.close()
        db.dispose()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
