"""`fielddesk print visit-plan`: month, week and team plans as PDF, as a person would ask for them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler from setup")


def fielddesk(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True, text=True, check=check, timeout=120,
    )  # fmt: skip


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return "".join(out.stdout.split())


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    db = tmp_path_factory.mktemp("plan") / "demo.db"
    fielddesk("demo", "--db", str(db), "--seed", "1", "--scale", "small")
    people = json.loads(fielddesk("people", "--db", str(db), "--json").stdout)
    manager = next(p for p in people if p["role"] == "region_manager")
    member = next(p for p in people if p["manager_code"] == manager["code"])
    for code in (manager["code"], member["code"]):
        fielddesk("plan", "visits", "--db", str(db), "--person", code, "--month", "2026-12",
                  "--generate")  # fmt: skip
    return db, {"manager": manager["code"], "member": member["code"], "name": member["name"]}


def test_month_week_and_team_plans_print(
    planned: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    db, who = planned
    plan = json.loads(
        fielddesk("plan", "visits", "--db", str(db), "--person", who["member"], "--month",
                  "2026-12", "--json").stdout
    )  # fmt: skip
    assert plan, "the generated plan has visits"
    cases = {
        "month": ["--person", who["member"]],
        "week": ["--person", who["member"], "--week", "3"],
        "team": ["--person", who["manager"], "--week", "3", "--team"],
    }
    for name, extra in cases.items():
        out = tmp_path / f"{name}.pdf"
        fielddesk("print", "visit-plan", "--db", str(db), "--month", "2026-12", *extra,
                  "--out", str(out), "--lang", "zh_CN")  # fmt: skip
        text = pdf_text(out)
        assert who["name"] in text, name
        assert "2026" in text, name


def test_a_week_the_month_does_not_have_is_refused(
    planned: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    db, who = planned
    out = tmp_path / "x.pdf"
    result = fielddesk("print", "visit-plan", "--db", str(db), "--person", who["member"],
                       "--month", "2026-12", "--week", "9", "--out", str(out), check=False)  # fmt: skip
    assert result.returncode == 2
    assert "week 9" in result.stderr
    assert not out.exists()
