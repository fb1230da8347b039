"""`fielddesk import distributors` and `fielddesk export …` as people and scripts run them."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from db.engine import open_database
from tests.data.sheets import EXPECTED, HEADER, error_sheet, refs, row, write_xlsx

#: messages in English whatever the machine speaks
ENGLISH = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LANGUAGE": ""}


def fielddesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True, text=True, timeout=300, env=ENGLISH,
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sheets") / "demo.db"
    assert fielddesk("demo", "--db", str(path), "--scale", "small").returncode == 0
    return path


@pytest.fixture
def demo(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_master, path)
    return path


def counts(path: Path) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        return (
            con.execute("select count(*) from distributor").fetchone()[0],
            con.execute("select count(*) from sync_outbox").fetchone()[0],
        )
    finally:
        con.close()


def error_file(demo: Path, tmp_path: Path) -> Path:
    db = open_database(demo)
    try:
        return error_sheet(tmp_path / "errors.xlsx", refs(db))
    finally:
        db.dispose()


def test_a_sheet_with_problems_reports_each_and_writes_nothing(demo: Path, tmp_path: Path) -> None:
    sheet = error_file(demo, tmp_path)
    before = counts(demo)
    done = fielddesk("import", "distributors", str(sheet), "--db", str(demo))
    assert done.returncode == 2
    lines = done.stdout.splitlines()
    assert len(lines) == len(EXPECTED)
    assert lines[0] == "Row 3, column C (市场): There is no market 火星."
    assert [line.split(",")[0] for line in lines] == [f"Row {r}" for r, _, _ in EXPECTED]
    assert "nothing was imported" in done.stderr
    assert counts(demo) == before


def test_dry_run_writes_nothing_and_skip_invalid_writes_the_valid_rows(
    demo: Path, tmp_path: Path
) -> None:
    sheet = error_file(demo, tmp_path)
    before = counts(demo)
    dry = fielddesk("import", "distributors", str(sheet), "--db", str(demo), "--dry-run")
    assert dry.returncode == 2
    assert "Dry run, nothing written: 1 to create" in dry.stdout
    dry = fielddesk(
        "import", "distributors", str(sheet), "--db", str(demo), "--dry-run", "--skip-invalid"
    )
    assert dry.returncode == 0
    assert counts(demo) == before
    done = fielddesk("import", "distributors", str(sheet), "--db", str(demo), "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert (
        f"1 created, 0 updated, 0 unchanged, {len(EXPECTED)} invalid row(s) skipped" in done.stdout
    )
    assert counts(demo)[0] == before[0] + 1
    assert counts(demo)[1] > before[1]


def test_a_clean_sheet_imports(demo: Path, tmp_path: Path) -> None:
    db = open_database(demo)
    r = refs(db)
    db.dispose()
    sheet = write_xlsx(tmp_path / "clean.xlsx", [HEADER, row("K0001", "命令商贸", r.market)])
    done = fielddesk("import", "distributors", str(sheet), "--db", str(demo))
    assert done.returncode == 0, done.stderr
    assert "Imported: 1 created" in done.stdout


def test_export_then_import_changes_nothing(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "distributors.xlsx"
    done = fielddesk("export", "distributors", "--db", str(demo), "--out", str(out))
    assert done.returncode == 0, done.stderr
    n = counts(demo)[0]
    assert done.stdout.strip() == f"Wrote {n} row(s) to {out}"
    before = counts(demo)
    again = fielddesk("import", "distributors", str(out), "--db", str(demo))
    assert again.returncode == 0, again.stderr
    assert f"0 created, 0 updated, {n} unchanged" in again.stdout
    assert counts(demo) == before  # not one outbox record


@pytest.mark.parametrize("kind", ["text", "zip", "empty", "header only", "no market column"])
def test_files_that_cannot_be_imported_give_one_clear_message(
    demo: Path, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "file.xlsx"
    if kind == "text":
        path.write_text("hello")
    elif kind == "zip":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("a.txt", "a")
    elif kind == "empty":
        write_xlsx(path, [])
    elif kind == "header only":
        write_xlsx(path, [HEADER])
    else:
        write_xlsx(path, [["客户编码", "客户名称"], ["A1", "x"]])
    done = fielddesk("import", "distributors", str(path), "--db", str(demo))
    assert done.returncode == 2
    assert done.stdout == ""
    message = done.stderr.strip()
    assert len(message.splitlines()) == 1 and message.startswith("fielddesk: ")
    expected = {
        "text": "is not a spreadsheet FieldDesk can read",
        "zip": "is not a spreadsheet FieldDesk can read",
        "empty": "has no distributor rows",
        "header only": "has no distributor rows",
        "no market column": "lacks the required column(s) 市场 / Market",
    }[kind]
    assert expected in message


def test_template_calls_and_visits_exports(demo: Path, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    assert fielddesk("export", "distributors-template", "--out", str(template)).returncode == 0
    assert load_workbook(template).worksheets[0]["A2"].value == "Code"

    calls = tmp_path / "calls.xlsx"
    done = fielddesk(
        "export", "calls", "--db", str(demo), "--from", "2026-11-01", "--to", "2026-11-30",
        "--out", str(calls), "--lang", "en",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    ws = load_workbook(calls).worksheets[0]
    assert [c.value for c in ws[2]][:3] == ["Date", "Time", "Distributor code"]
    assert ws.max_row - 2 == int(done.stdout.split()[1])

    bad = fielddesk(
        "export", "calls", "--db", str(demo), "--from", "2026-12-01", "--to", "2026-11-01",
        "--out", str(calls),
    )  # fmt: skip
    assert bad.returncode == 2 and "after its end" in bad.stderr

    people = fielddesk("people", "--db", str(demo), "--json").stdout
    code = next(line.split('"')[3] for line in people.splitlines() if '"code"' in line)
    ics = tmp_path / "plan.ics"
    done = fielddesk(
        "export", "visits", "--db", str(demo), "--person", code, "--month", "2026-11",
        "--out", str(ics),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert Calendar.from_ical(ics.read_bytes()).get("prodid") is not None
    missing = fielddesk(
        "export", "visits", "--db", str(demo), "--person", "NOBODY", "--month", "2026-11",
        "--out", str(ics),
    )  # fmt: skip
    assert missing.returncode == 2 and "NOBODY" in missing.stderr
    month = fielddesk(
        "export", "visits", "--db", str(demo), "--person", code, "--month", "Nov",
        "--out", str(ics),
    )  # fmt: skip
    assert month.returncode == 2 and "not a month" in month.stderr
