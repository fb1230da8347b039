"""`fielddesk plan visits` and `fielddesk holidays` as scripts use them: a real subprocess each time.

The command reads the real clock (it has no other), so plans are made for June 2040, a
month that is ahead whatever today is: every working day of it is open to planning.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from db.engine import open_database
from tests.services.test_visits import build_team

MONTH = "2040-06"
JSON_KEYS = ["date", "time", "person_code", "target_kind", "target_code", "purpose", "status"]


def fielddesk(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True, text=True, check=check, timeout=120,
    )  # fmt: skip


@pytest.fixture
def team_db(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    db = open_database(path)
    build_team(db)
    db.dispose()
    return path


def plan(db: Path, *extra: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return fielddesk("plan", "visits", "--db", str(db), *extra, check=check)


def test_generate_fills_the_month_and_json_has_exactly_the_keys(team_db: Path) -> None:
    result = plan(team_db, "--person", "REP1", "--month", MONTH, "--generate", "--json")
    rows = json.loads(result.stdout)
    assert "7 visit(s) generated" in result.stderr
    assert len(rows) == 7
    assert all(list(r) == JSON_KEYS for r in rows)
    assert sorted(r["target_code"] for r in rows) == ["D-A"] * 4 + ["D-B"] * 2 + ["D-C"]
    assert {(r["person_code"], r["target_kind"], r["status"], r["purpose"]) for r in rows} == {
        ("REP1", "distributor", "planned", "cadence")
    }
    assert all(r["date"].startswith(MONTH) for r in rows)
    assert rows == sorted(rows, key=lambda r: (r["date"], r["time"]))


def test_generating_again_is_idempotent(team_db: Path) -> None:
    first = plan(team_db, "--person", "REP1", "--month", MONTH, "--generate", "--json").stdout
    again = plan(team_db, "--person", "REP1", "--month", MONTH, "--generate", "--json")
    assert "0 visit(s) generated" in again.stderr
    assert again.stdout == first
    shown = plan(team_db, "--person", "REP1", "--month", MONTH, "--json").stdout
    assert shown == first


def test_a_manager_plan_has_follow_ups_of_each_subordinate(team_db: Path) -> None:
    rows = json.loads(
        plan(team_db, "--person", "MM1", "--month", MONTH, "--generate", "--json").stdout
    )
    assert sorted((r["target_kind"], r["target_code"], r["purpose"]) for r in rows) == [
        ("person", "REP1", "follow_up"),
        ("person", "REP2", "follow_up"),
    ]


def test_plain_output_is_an_aligned_table(team_db: Path) -> None:
    plan(team_db, "--person", "REP1", "--month", MONTH, "--generate")
    lines = plan(team_db, "--person", "REP1", "--month", MONTH).stdout.splitlines()
    assert lines[0].split() == [
        "date", "time", "person_code", "target_kind", "target_code", "target", "purpose", "status",
    ]  # fmt: skip
    assert len(lines) == 8
    assert "华悦" in "\n".join(lines)
    # the status column starts at the same screen column (CJK characters are two cells wide)
    column = width(lines[0][: lines[0].index("status")])
    assert all(width(line[: line.index("planned")]) == column for line in lines[1:])


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_an_empty_month_prints_only_the_header(team_db: Path) -> None:
    rows = json.loads(plan(team_db, "--person", "REP2", "--month", MONTH, "--json").stdout)
    assert rows == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--person", "NOBODY", "--month", MONTH], "NOBODY"),
        (["--person", "REP1", "--month", "2040-13"], "not a month"),
        (["--person", "REP1", "--month", "June"], "not a month"),
    ],
)
def test_bad_arguments_are_clear_errors(team_db: Path, args: list[str], message: str) -> None:
    result = plan(team_db, *args, check=False)
    assert result.returncode == 2
    assert message in result.stderr


def holidays(db: Path, *extra: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return fielddesk("holidays", "--db", str(db), *extra, check=check)


def test_holidays_add_and_list(team_db: Path) -> None:
    holidays(team_db, "--add", "2040-10-01", "--kind", "holiday", "--name", "国庆节")
    holidays(team_db, "--add", "2040-10-13", "--kind", "workday", "--name", "国庆调休")
    rows = json.loads(holidays(team_db, "--year", "2040", "--json").stdout)
    assert rows == [
        {"date": "2040-10-01", "kind": "holiday", "name": "国庆节"},
        {"date": "2040-10-13", "kind": "workday", "name": "国庆调休"},
    ]
    text = holidays(team_db, "--year", "2040").stdout.splitlines()
    assert text[0].split() == ["date", "kind", "name"] and len(text) == 3
    holidays(team_db, "--remove", "2040-10-01")
    assert len(json.loads(holidays(team_db, "--year", "2040", "--json").stdout)) == 1


def test_holidays_change_the_generated_plan(team_db: Path) -> None:
    for day in ("2040-06-04", "2040-06-05", "2040-06-06", "2040-06-07", "2040-06-08"):
        holidays(team_db, "--add", day, "--name", "假")
    rows = json.loads(
        plan(team_db, "--person", "REP1", "--month", MONTH, "--generate", "--json").stdout
    )
    assert not {r["date"] for r in rows} & {f"2040-06-0{d}" for d in range(4, 9)}


def test_a_make_up_day_must_be_a_weekend_day(team_db: Path) -> None:
    result = holidays(team_db, "--add", "2040-10-12", "--kind", "workday", check=False)
    assert result.returncode == 2
    assert "Saturday or a Sunday" in result.stderr or "周六" in result.stderr


def test_import_is_all_or_nothing_with_a_line_per_bad_row(team_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,kind,name\n2040-01-01,holiday,元旦\n2040-02-31,holiday,x\n2040-01-02,often,y\n",
        encoding="utf-8",
    )
    result = holidays(team_db, "--import", str(bad), "--year", "2040", check=False)
    assert result.returncode == 2
    assert "row 3, date" in result.stderr and "row 4, kind" in result.stderr
    assert json.loads(holidays(team_db, "--year", "2040", "--json").stdout) == []
    good = tmp_path / "good.csv"
    good.write_text("2040-01-01,holiday,元旦\n2040-02-04,调休上班,春节调休\n", encoding="utf-8")
    result = holidays(team_db, "--import", str(good), "--year", "2040", "--json")
    assert "2 day(s) imported" in result.stderr
    assert [r["kind"] for r in json.loads(result.stdout)] == ["holiday", "workday"]
