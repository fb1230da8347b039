"""The `fielddesk` command as HQ scripts use it: a real subprocess each time."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def fielddesk(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True, text=True, check=check, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    fielddesk("demo", "--db", str(path), "--seed", "1")
    return path


def test_demo_is_deterministic_for_a_seed(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "again.db"
    fielddesk("demo", "--db", str(other), "--seed", "1")
    for command in (["stats", "--json"], ["people", "--json"], ["distributors", "--json"]):
        first = fielddesk(command[0], "--db", str(demo_path), *command[1:]).stdout
        second = fielddesk(command[0], "--db", str(other), *command[1:]).stdout
        assert first == second, command


def test_stats_counts_the_seed_organisation(demo_path: Path) -> None:
    stats = json.loads(fielddesk("stats", "--db", str(demo_path), "--json").stdout)
    assert stats["markets"] == 8
    assert stats["people_by_body"]["SLT"] == 3
    assert stats["people_by_body"]["SSG"] == 3
    assert stats["distributors"] >= 300
    assert stats["tables"]["distributor"] == stats["distributors"]


def test_people_and_distributors_columns(demo_path: Path) -> None:
    people = json.loads(fielddesk("people", "--db", str(demo_path), "--json").stdout)
    assert list(people[0]) == [
        "code", "name", "role", "level", "market", "region", "manager_code", "hire_date",
    ]  # fmt: skip
    rows = json.loads(fielddesk("distributors", "--db", str(demo_path), "--json").stdout)
    assert list(rows[0]) == [
        "code", "name", "market", "region", "owner_code", "grade", "credit_rating",
        "credit_limit_fen", "status",
    ]  # fmt: skip
    text = fielddesk("distributors", "--db", str(demo_path)).stdout
    assert text.splitlines()[0].split() == list(rows[0])


def test_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = fielddesk("stats", "--db", str(tmp_path / "none.db"), "--json", check=False)
    assert result.returncode == 2
    assert "no database" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_demo_refuses_a_database_that_has_data(demo_path: Path) -> None:
    result = fielddesk("demo", "--db", str(demo_path), check=False)
    assert result.returncode == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is installed by setup")
def test_print_distributor_card(demo_path: Path, tmp_path: Path) -> None:
    code = json.loads(fielddesk("distributors", "--db", str(demo_path), "--json").stdout)[0]
    out = tmp_path / "card.pdf"
    fielddesk("print", "distributor", code["code"], "--db", str(demo_path), "--out", str(out),
              "--lang", "zh_CN")  # fmt: skip
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert code["name"] in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    embedded = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert embedded and all("+" in line.split()[0] for line in embedded)
    assert not (tmp_path / "card.pdf.part").exists()


def test_print_unknown_code_is_a_clear_error(demo_path: Path, tmp_path: Path) -> None:
    result = fielddesk("print", "distributor", "NOPE", "--db", str(demo_path), "--out",
                       str(tmp_path / "x.pdf"), check=False)  # fmt: skip
    assert result.returncode == 2
    assert "NOPE" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
