"""The holiday list: set, list, remove and revive a day; import a file, all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models import Holiday
from desktop.errors import NotFound, UserError
from desktop.services.holidays import HolidayImportError, HolidayService, read_holiday_file


@pytest.fixture
def svc(db: Database) -> HolidayService:
    return HolidayService(db)


def test_holidays_set_list_remove_and_revive(svc: HolidayService, db: Database) -> None:
    svc.set_holiday(date(2026, 10, 1), "holiday", "国庆节")
    svc.set_holiday(date(2026, 10, 10), "workday", "国庆调休")
    assert [(h.day.day, h.kind, h.name) for h in svc.holidays(2026)] == [
        (1, "holiday", "国庆节"), (10, "workday", "国庆调休"),
    ]  # fmt: skip
    with pytest.raises(UserError, match="Saturday or a Sunday"):
        svc.set_holiday(date(2026, 10, 9), "workday", "")
    removed = svc.remove_holiday(date(2026, 10, 1))
    assert removed.changes.touches("holiday")
    with db.read_session() as s:
        row = s.scalar(select(Holiday).where(Holiday.day == date(2026, 10, 1)))
        assert row is not None and row.deleted  # a tombstone, not a deletion
    assert [h.day.day for h in svc.holidays(2026)] == [10]
    with pytest.raises(NotFound):
        svc.remove_holiday(date(2026, 10, 1))
    svc.set_holiday(date(2026, 10, 1), "holiday", "国庆")
    assert [h.name for h in svc.holidays(2026)] == ["国庆", "国庆调休"]


def test_import_holidays_is_all_or_nothing_with_every_problem(
    svc: HolidayService, db: Database
) -> None:
    bad = [["date", "kind", "name"], ["2027-01-01", "holiday", "元旦"], ["2027-02-30", "holiday", ""],
           ["2027-02-08", "workday", "不是周末"]]  # fmt: skip
    with pytest.raises(HolidayImportError) as caught:
        svc.import_holidays(bad)
    assert [(p.row, p.column) for p in caught.value.problems] == [(3, "date"), (4, "kind")]
    assert "2 problem" in str(caught.value)
    assert svc.holidays(2027) == []
    good = [["2027-01-01", "节假日", "元旦"], ["2027-02-07", "调休上班", "春节调休"]]
    assert svc.import_holidays(good).value == 2
    assert [h.kind for h in svc.holidays(2027)] == ["holiday", "workday"]
    with pytest.raises(UserError, match="no holidays"):
        svc.import_holidays([["date", "kind", "name"]])


def test_holiday_files_in_utf8_or_gbk(tmp_path: Path) -> None:
    utf8 = tmp_path / "utf8.csv"
    utf8.write_text("\ufeffdate,kind,name\n2027-01-01,holiday,元旦\n", encoding="utf-8")
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("2027-01-01,holiday,元旦\n".encode("gbk"))
    assert read_holiday_file(utf8)[1] == ["2027-01-01", "holiday", "元旦"]
    assert read_holiday_file(gbk) == [["2027-01-01", "holiday", "元旦"]]
    with pytest.raises(UserError, match="Cannot read"):
        read_holiday_file(tmp_path / "missing.csv")
