"""The ``fielddesk`` command: no subcommand opens the window; subcommands run headless.

Listing commands print stable columns (and ``--json``) because scripts at HQ use them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.errors import UserError

EXIT_USER_ERROR = 2


def _open(db_path: str, create: bool = False) -> Any:
    from db.engine import open_database

    return open_database(db_path, create=create)


def _print_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    """Aligned plain-text columns (East Asian characters count as two cells)."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([width(c)] + [width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = [list(columns), *cells]
    for line in lines:
        print("  ".join(v + " " * (widths[i] - width(v)) for i, v in enumerate(line)).rstrip())


def _emit(rows: list[dict[str, Any]], columns: Sequence[str], as_json: bool) -> int:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        _print_table(rows, columns)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from db.demo import generate_demo

    db = _open(args.db, create=True)
    scale: str | int = int(args.scale) if str(args.scale).isdigit() else args.scale
    summary = generate_demo(db, seed=args.seed, scale=scale)
    print(json.dumps(asdict(summary), ensure_ascii=False, sort_keys=True))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from desktop.services.stats import StatsService

    counts = StatsService(_open(args.db)).counts()
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, sort_keys=True, indent=2))
    else:
        for key, value in counts.items():
            print(f"{key}: {value}")
    return 0


PEOPLE_COLUMNS = (
    "code", "name", "role", "level", "market", "region", "manager_code", "hire_date",
)  # fmt: skip


def cmd_people(args: argparse.Namespace) -> int:
    from desktop.services.org import OrgService

    rows = [
        {
            "code": p.code,
            "name": p.name,
            "role": p.role,
            "level": p.level,
            "market": p.market_code,
            "region": p.region_code,
            "manager_code": p.manager_code,
            "hire_date": p.hire_date.isoformat(),
        }
        for p in OrgService(_open(args.db)).people()
    ]
    return _emit(rows, PEOPLE_COLUMNS, args.json)


DISTRIBUTOR_COLUMNS = (
    "code", "name", "market", "region", "owner_code", "grade", "credit_rating",
    "credit_limit_fen", "status",
)  # fmt: skip


def cmd_distributors(args: argparse.Namespace) -> int:
    from desktop.services.distributors import DistributorService

    rows = [
        {
            "code": d.code,
            "name": d.name,
            "market": d.market_code,
            "region": d.region_code,
            "owner_code": d.owner_code,
            "grade": d.grade,
            "credit_rating": d.credit_rating,
            "credit_limit_fen": d.credit_limit_fen,
            "status": d.status,
        }
        for d in DistributorService(_open(args.db)).listing()
    ]
    return _emit(rows, DISTRIBUTOR_COLUMNS, args.json)


def cmd_print(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n
    from desktop.app import build_services

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    i18n.install(args.lang or i18n.system_language())
    services = build_services(_open(args.db))
    if args.document == "distributor":
        pdf = services.printing.distributor_card(services.distributors.id_of(args.code))
    else:  # argparse limits the choices
        raise AssertionError(args.document)
    out = Path(args.out)
    _write_atomic(out, pdf)
    del app
    print(out)
    return 0


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary name, flush, then rename: a full disk never leaves half a file."""
    from desktop.errors import QT_TRANSLATE_NOOP

    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
            path=str(path),
            reason=e.strerror or str(e),
        ) from e


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fielddesk", description="FieldDesk (外勤台)")
    p.add_argument("--db", help="database file (default: the one in the data folder)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="language of the window")
    p.add_argument("--selftest", action="store_true", help="open every page, print a PDF, and exit")
    sub = p.add_subparsers(dest="command")

    d = sub.add_parser("demo", help="create the demo M-brand organisation")
    d.add_argument("--db", required=True)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument(
        "--scale", default="default", help="small, default, large, or a number of distributors"
    )
    d.set_defaults(func=cmd_demo)

    s = sub.add_parser("stats", help="counts per table")
    s.add_argument("--db", required=True)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_stats)

    pe = sub.add_parser("people", help="list people in scope")
    pe.add_argument("--db", required=True)
    pe.add_argument("--json", action="store_true")
    pe.set_defaults(func=cmd_people)

    di = sub.add_parser("distributors", help="list distributors in scope")
    di.add_argument("--db", required=True)
    di.add_argument("--json", action="store_true")
    di.set_defaults(func=cmd_distributors)

    pr = sub.add_parser("print", help="print a document to PDF")
    pr.add_argument("document", choices=["distributor"])
    pr.add_argument("code")
    pr.add_argument("--db", required=True)
    pr.add_argument("--out", required=True)
    pr.add_argument("--lang", choices=["zh_CN", "en"])
    pr.set_defaults(func=cmd_print)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if getattr(args, "func", None) is None:
            from desktop.app import run_gui

            return run_gui(db=args.db, lang=args.lang, selftest=args.selftest)
        return int(args.func(args))
    except UserError as e:
        print(f"fielddesk: {_translated(e)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except ValueError as e:
        print(f"fielddesk: {e}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # the reader (head, grep -m) stopped early: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _translated(e: UserError) -> str:
    """The message in the system's language (the CLI has no settings of its own)."""
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    if QCoreApplication.instance() is None:
        QCoreApplication(sys.argv[:1])
        i18n.install(i18n.system_language())
    return e.render(QCoreApplication.translate)
