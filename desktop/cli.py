"""The ``fielddesk`` command: no subcommand opens the window; subcommands run headless.

Listing commands print stable columns (and ``--json``) because scripts at HQ use them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.cli_sync import add_sync_commands
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
    else:
        year, month = args.month
        pdf = services.printing.visit_plan(
            services.visits.person_id(args.person), year, month, week=args.week, team=args.team
        )
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
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
            path=str(path),
            reason=e.strerror or str(e),
        ) from e


PLAN_COLUMNS = (
    "date", "time", "person_code", "target_kind", "target_code", "target", "purpose", "status",
)  # fmt: skip


def _month_arg(text: str) -> tuple[int, int]:
    """``YYYY-MM`` → (year, month), for argparse."""
    year, sep, month = text.partition("-")
    if sep and len(year) == 4 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return int(year), int(month)
    raise argparse.ArgumentTypeError(f"{text!r} is not a month (write it as 2026-12)")


def _date_arg(text: str) -> Any:
    """``YYYY-MM-DD`` → date, for argparse."""
    from desktop.domain.calendar import parse_day

    day = parse_day(text)
    if day is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (write it as 2026-10-01)")
    return day


def cmd_plan_visits(args: argparse.Namespace) -> int:
    """A person's visit plan for a month; ``--generate`` fills it from the rules first."""
    from desktop.services.visits import VisitService

    year, month = args.month
    service = VisitService(_open(args.db))
    person_id = service.person_id(args.person)
    if args.generate:
        result = service.generate(person_id, year, month).value
        print(f"{result.added} visit(s) generated", file=sys.stderr)
        for short in result.short:
            print(
                f"not placed: {short.wanted - short.placed} of {short.wanted} visit(s) to "
                f"{short.target_code} {short.target_name} ({short.reason})",
                file=sys.stderr,
            )
    rows = [
        {
            "date": v.planned_date.isoformat(),
            "time": v.planned_time,
            "person_code": v.person_code,
            "target_kind": v.target_kind,
            "target_code": v.target_code,
            "target": v.target_short,
            "purpose": v.purpose or v.origin,
            "status": v.effective_status,
        }
        for v in service.month(person_id, year, month)
    ]
    if args.json:
        rows = [{k: v for k, v in row.items() if k != "target"} for row in rows]
    return _emit(rows, PLAN_COLUMNS, args.json)


def cmd_holidays(args: argparse.Namespace) -> int:
    """The holiday list of a year; add a day or import a CSV (date,kind,name) first."""
    from desktop.services.holidays import HolidayImportError, HolidayService, read_holiday_file
    from desktop.services.visits import VisitService

    db = _open(args.db)
    service = HolidayService(db)
    year = args.year
    if args.add is not None:
        service.set_holiday(args.add, args.kind, args.name)
        year = year or args.add.year
    if args.remove is not None:
        service.remove_holiday(args.remove)
        year = year or args.remove.year
    if args.import_file:
        try:
            count = service.import_holidays(read_holiday_file(args.import_file)).value
        except HolidayImportError as e:
            for problem in e.problems:
                print(
                    f"fielddesk: {args.import_file}: row {problem.row}, {problem.column}: "
                    f"{_translated(problem.error)}",
                    file=sys.stderr,
                )
            raise
        print(f"{count} day(s) imported", file=sys.stderr)
    rows = [
        {"date": h.day.isoformat(), "kind": h.kind, "name": h.name}
        for h in service.holidays(year or VisitService(db).today().year)
    ]
    return _emit(rows, ("date", "kind", "name"), args.json)


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
    documents = pr.add_subparsers(dest="document", required=True)
    card = documents.add_parser("distributor", help="the distributor file card")
    card.add_argument("code")
    plan = documents.add_parser("visit-plan", help="a visit plan (month, week, or team)")
    plan.add_argument("--person", required=True, help="person code")
    plan.add_argument("--month", required=True, type=_month_arg, help="YYYY-MM")
    plan.add_argument("--week", type=int, help="week N of the month (Monday-based)")
    plan.add_argument("--team", action="store_true", help="the person's direct reports")
    for document in (card, plan):
        document.add_argument("--db", required=True)
        document.add_argument("--out", required=True)
        document.add_argument("--lang", choices=["zh_CN", "en"])
        document.set_defaults(func=cmd_print)

    pl = sub.add_parser("plan", help="visit plans")
    plan_sub = pl.add_subparsers(dest="plan_command", required=True)
    pv = plan_sub.add_parser("visits", help="a person's visit plan for a month")
    pv.add_argument("--db", required=True)
    pv.add_argument("--person", required=True, help="person code")
    pv.add_argument("--month", required=True, type=_month_arg, help="YYYY-MM")
    pv.add_argument("--generate", action="store_true", help="fill the plan from the rules first")
    pv.add_argument("--json", action="store_true")
    pv.set_defaults(func=cmd_plan_visits)

    ho = sub.add_parser("holidays", help="the holiday list (holidays and make-up working days)")
    ho.add_argument("--db", required=True)
    ho.add_argument("--year", type=int, help="the year to list (default: this year)")
    ho.add_argument("--add", type=_date_arg, metavar="DATE", help="put a day on the list")
    ho.add_argument("--kind", choices=["holiday", "workday"], default="holiday")
    ho.add_argument("--name", default="", help="the holiday's name")
    ho.add_argument("--remove", type=_date_arg, metavar="DATE", help="take a day off the list")
    ho.add_argument(
        "--import", dest="import_file", metavar="FILE.csv", help="import date,kind,name rows"
    )
    ho.add_argument("--json", action="store_true")
    ho.set_defaults(func=cmd_holidays)
    _add_spreadsheet_commands(sub)
    add_sync_commands(sub)
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


# -- spreadsheets and calendars: import distributors; export template, lists, calls, visits ------


def _cli_translate() -> Any:
    """QCoreApplication.translate with the system's language installed (for report lines)."""
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    if QCoreApplication.instance() is None:
        QCoreApplication(sys.argv[:1])
        i18n.install(i18n.system_language())
    return QCoreApplication.translate


def _say(text: str, **args: Any) -> str:
    return UserError(text, **args).render(_cli_translate())


def _export_words(args: argparse.Namespace) -> Any:
    """The words of exported files, in ``--lang`` or the system's language."""
    from desktop import i18n
    from desktop.labels import ExportWords

    _cli_translate()
    if args.lang:
        i18n.install(args.lang)
    return ExportWords()


def cmd_import_distributors(args: argparse.Namespace) -> int:
    from desktop.errors import QT_TRANSLATE_NOOP
    from desktop.services import spreadsheets as sheets

    service = sheets.SpreadsheetService(_open(args.db))
    plan = service.read_distributors(args.file)
    translate = _cli_translate()
    for problem in plan.problems:
        print(sheets.render_problem(problem, translate))
    if plan.ignored_columns:
        print(_say(QT_TRANSLATE_NOOP("cli", "Ignored columns: {columns}"),
                   columns=", ".join(plan.ignored_columns)))  # fmt: skip
    invalid = plan.count(sheets.INVALID)
    if args.dry_run:
        print(_say(
            QT_TRANSLATE_NOOP(
                "cli",
                "Dry run, nothing written: {created} to create, {updated} to update, "
                "{unchanged} unchanged, {invalid} with problems.",
            ),
            created=plan.count(sheets.CREATE), updated=plan.count(sheets.UPDATE),
            unchanged=plan.count(sheets.UNCHANGED), invalid=invalid,
        ))  # fmt: skip
        return EXIT_USER_ERROR if invalid and not args.skip_invalid else 0
    if invalid and not args.skip_invalid:
        raise UserError(sheets.MSG_INVALID_ROWS, count=invalid)
    summary = service.apply(plan, skip_invalid=args.skip_invalid).value
    print(_say(
        QT_TRANSLATE_NOOP(
            "cli",
            "Imported: {created} created, {updated} updated, {unchanged} unchanged, "
            "{skipped} invalid row(s) skipped.",
        ),
        created=summary.created, updated=summary.updated, unchanged=summary.unchanged,
        skipped=summary.skipped,
    ))  # fmt: skip
    return 0


def _wrote(count: int, path: str) -> None:
    from desktop.errors import QT_TRANSLATE_NOOP

    print(_say(QT_TRANSLATE_NOOP("cli", "Wrote {count} row(s) to {path}"), count=count, path=path))


def cmd_export_template(args: argparse.Namespace) -> int:
    from desktop.services.spreadsheets import SpreadsheetService

    SpreadsheetService.export_template(args.out)
    print(args.out)
    return 0


def cmd_export_distributors(args: argparse.Namespace) -> int:
    from desktop.services.spreadsheets import SpreadsheetService

    _wrote(SpreadsheetService(_open(args.db)).export_distributors_to(args.out), args.out)
    return 0


def cmd_export_calls(args: argparse.Namespace) -> int:
    from desktop.errors import QT_TRANSLATE_NOOP
    from desktop.services.spreadsheets import SpreadsheetService

    if args.start > args.end:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "The period starts on {start}, after its end {end}."),
            start=args.start.isoformat(), end=args.end.isoformat(),
        )  # fmt: skip
    words = _export_words(args)
    count = SpreadsheetService(_open(args.db)).export_calls(args.out, args.start, args.end, words)
    _wrote(count, args.out)
    return 0


def cmd_export_visits(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.errors import QT_TRANSLATE_NOOP
    from desktop.services.calendar_export import CalendarExportService

    year, number = args.month
    month = date(year, number, 1)
    words = _export_words(args)
    count = CalendarExportService(_open(args.db)).export_visits(args.person, month, args.out, words)
    print(_say(QT_TRANSLATE_NOOP("cli", "Wrote {count} visit(s) to {path}"),
               count=count, path=args.out))  # fmt: skip
    return 0


def _add_spreadsheet_commands(sub: Any) -> None:
    im = sub.add_parser("import", help="import a spreadsheet")
    what = im.add_subparsers(dest="what", required=True)
    di = what.add_parser("distributors", help="create and update distributors from .xlsx")
    di.add_argument("file")
    di.add_argument("--db", required=True)
    di.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    di.add_argument("--skip-invalid", action="store_true", help="write the valid rows only")
    di.set_defaults(func=cmd_import_distributors)

    ex = sub.add_parser("export", help="export a spreadsheet or a calendar")
    kinds = ex.add_subparsers(dest="what", required=True)
    t = kinds.add_parser("distributors-template", help="an empty distributor sheet to fill in")
    t.add_argument("--out", required=True)
    t.set_defaults(func=cmd_export_template)
    d = kinds.add_parser("distributors", help="the distributors in scope as .xlsx")
    d.add_argument("--db", required=True)
    d.add_argument("--out", required=True)
    d.set_defaults(func=cmd_export_distributors)
    c = kinds.add_parser("calls", help="the call log of a period as .xlsx")
    c.add_argument("--db", required=True)
    c.add_argument("--from", dest="start", required=True, type=_date_arg)
    c.add_argument("--to", dest="end", required=True, type=_date_arg)
    c.add_argument("--out", required=True)
    c.add_argument("--lang", choices=["zh_CN", "en"])
    c.set_defaults(func=cmd_export_calls)
    v = kinds.add_parser("visits", help="a person's visit plan for a month as .ics")
    v.add_argument("--db", required=True)
    v.add_argument("--person", required=True)
    v.add_argument("--month", required=True, type=_month_arg, help="YYYY-MM")
    v.add_argument("--out", required=True)
    v.add_argument("--lang", choices=["zh_CN", "en"])
    v.set_defaults(func=cmd_export_visits)
