"""Distributor spreadsheets: per-row problems, all-or-nothing imports, exports that import back unchanged."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.engine import Database
from db.models import Distributor, DistributorContact, Outbox, Person
from desktop.errors import UserError
from desktop.services import spreadsheet_import as imp
from desktop.services import spreadsheet_read as rd
from desktop.services import spreadsheets as sheets
from desktop.services.distributors import (
    MSG_OUT_OF_SCOPE,
    DistributorService,
)
from desktop.services.org import OrgService
from desktop.services.spreadsheets import SpreadsheetService, render_problem
from tests.data.sheets import (
    EXPECTED,
    HEADER,
    Refs,
    error_sheet,
    outbox_count,
    refs,
    row,
    snapshot,
    write_xlsx,
)


@pytest.fixture
def svc(demo_db: Database) -> SpreadsheetService:
    return SpreadsheetService(demo_db)


@pytest.fixture
def ref(demo_db: Database) -> Refs:
    return refs(demo_db)


def test_every_kind_of_problem_is_reported_by_row_and_column_and_nothing_is_written(
    svc: SpreadsheetService, demo_db: Database, ref: Refs, tmp_path: Path
) -> None:
    before = snapshot(demo_db)
    plan = svc.read_distributors(error_sheet(tmp_path / "errors.xlsx", ref))
    assert [(p.row, p.column, p.error.message) for p in plan.problems] == EXPECTED
    assert plan.count(sheets.INVALID) == len(EXPECTED)
    assert plan.count(sheets.CREATE) == 1
    assert 17 not in [r.row for r in plan.rows]  # the blank row
    lines = [render_problem(p) for p in plan.problems]
    assert lines[0] == "Row 3, column C (市场): There is no market 火星."
    assert lines[4] == "Row 7, column A (客户编码): The code T0001 is also on row 2."
    assert lines[8] == (
        "Row 11, column H (信用额度（元）): 十万 is not an amount in yuan "
        "(at most two decimals, e.g. 12345.67)."
    )
    with pytest.raises(UserError) as refused:
        svc.apply(plan)
    assert refused.value.message == sheets.MSG_INVALID_ROWS
    assert refused.value.args_map == {"count": len(EXPECTED)}
    assert snapshot(demo_db) == before


def test_skip_invalid_writes_the_valid_rows_only(
    svc: SpreadsheetService, demo_db: Database, ref: Refs, tmp_path: Path
) -> None:
    plan = svc.read_distributors(error_sheet(tmp_path / "errors.xlsx", ref))
    result = svc.apply(plan, skip_invalid=True)
    assert (result.value.created, result.value.skipped) == (1, len(EXPECTED))
    assert result.changes.touches("distributor")
    with demo_db.read_session() as s:
        created = s.scalars(select(Distributor.code).where(Distributor.code.like("T%"))).all()
    assert created == ["T0001"]


def test_a_clean_sheet_in_english_in_any_order_creates_and_updates(
    svc: SpreadsheetService, demo_db: Database, ref: Refs, tmp_path: Path
) -> None:
    existing = DistributorService(demo_db).get(DistributorService(demo_db).id_of(ref.existing_code))
    f = existing.form
    new_grade = "A" if f.grade != "A" else "B"
    header = ["Name", "code", "MARKET ", "Region", "owner", "Grade", "credit_limit",
              "Payment terms (days)", "Contact", "Phone", "备注"]  # fmt: skip
    sheet = write_xlsx(
        tmp_path / "clean.xlsx",
        [
            ["2026 年客户名单"],
            [],
            header,
            ["新开商贸有限公司", "N0001", ref.market_code.lower(), ref.region_code.lower(),
             f"{ref.owner_name} ({ref.owner_code})", "a类", "1.5万", "45天", "王海",
             "+86 138 1234 5678", "ignored"],
            [],
            [f.name, f.code, ref.market, ref.region, existing.owner_code, new_grade,
             f.credit_limit_fen / 100, f.payment_terms_days, "新联系人", f.phone, None],
        ],
    )  # fmt: skip
    plan = svc.read_distributors(sheet)
    assert plan.problems == []
    assert plan.ignored_columns == ("备注",)
    assert [(r.row, r.action) for r in plan.rows] == [(4, sheets.CREATE), (6, sheets.UPDATE)]
    seq_before = outbox_count(demo_db)
    result = svc.apply(plan)
    assert (result.value.created, result.value.updated) == (1, 1)
    with demo_db.read_session() as s:
        new = s.scalars(select(Distributor).where(Distributor.code == "N0001")).one()
        owner = s.scalars(select(Person).where(Person.code == ref.owner_code)).one()
        assert (new.name, new.grade, new.credit_limit_fen, new.payment_terms_days) == (
            "新开商贸有限公司", "A", 1_500_000, 45,
        )  # fmt: skip
        assert (new.phone, new.owner_id, new.region_id is not None) == (
            "13812345678",
            owner.id,
            True,
        )
        assert new.pinyin.startswith("xksm")
        contact = s.scalars(
            select(DistributorContact).where(DistributorContact.distributor_id == new.id)
        ).one()
        assert (contact.name, contact.is_primary) == ("王海", True)
        changed = {
            (o.tbl, o.field)
            for o in s.scalars(select(Outbox).where(Outbox.seq > seq_before))
            if o.pk in (f.id, *(c.id for c in f.contacts))
        }
    assert changed == {("distributor", "grade"), ("distributor_contact", "name")}


def test_export_then_import_changes_nothing(
    svc: SpreadsheetService, demo_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "distributors.xlsx"
    count = svc.export_distributors_to(out)
    assert count == DistributorService(demo_db).count() > 0
    before = snapshot(demo_db)
    plan = svc.read_distributors(out)
    assert plan.problems == []
    assert plan.count(sheets.UNCHANGED) == count
    result = svc.apply(plan)
    assert result.value.unchanged == count
    assert not result.changes
    assert snapshot(demo_db) == before


def test_the_export_opens_as_a_proper_workbook(svc: SpreadsheetService, tmp_path: Path) -> None:
    out = tmp_path / "distributors.xlsx"
    svc.export_distributors_to(out)
    ws = load_workbook(out).worksheets[0]
    assert ws.freeze_panes == "A3"
    assert ws["A1"].value == "客户编码" and ws["A2"].value == "Code"
    assert ws["H1"].value == "信用额度" and ws["H2"].value == "Credit limit"
    assert isinstance(ws["H3"].value, int | float)
    assert ws["H3"].number_format == '"¥"#,##0.00'
    assert ws.column_dimensions["B"].width == 30
    assert ws["A1"].comment is not None and "Required" in ws["A1"].comment.text
    assert not list(tmp_path.glob("*.part"))


def test_an_fsf_laptop_imports_only_into_its_area(
    svc: SpreadsheetService, demo_db: Database, ref: Refs, tmp_path: Path
) -> None:
    with demo_db.read_session() as s:
        region_id = s.scalar(
            select(Distributor.region_id).where(Distributor.code == ref.existing_code)
        )
        rm = s.scalars(
            select(Person).where(Person.role == "region_manager", Person.region_id == region_id)
        ).one()
        foreign = s.scalars(
            select(Distributor)
            .where(Distributor.region_id != region_id, Distributor.market_id != None)  # noqa: E711
            .order_by(Distributor.code)
        ).first()
        assert foreign is not None
    OrgService(demo_db).set_owner(rm.code)
    mine = write_xlsx(
        tmp_path / "mine.xlsx", [HEADER, row("M0001", "本区商贸", ref.market, region=ref.region)]
    )
    assert [r.action for r in svc.read_distributors(mine).rows] == [sheets.CREATE]
    theirs = write_xlsx(
        tmp_path / "theirs.xlsx",
        [HEADER, row(foreign.code, foreign.name, ref.market), row("M0002", "外区商贸", "华南")],
    )
    plan = svc.read_distributors(theirs)
    assert [(p.row, p.column, p.error.message) for p in plan.problems] == [
        (2, "A", imp.MSG_NOT_YOURS),
        (3, "C", MSG_OUT_OF_SCOPE),
    ]


def test_an_ambiguous_owner_name_asks_for_the_code(
    svc: SpreadsheetService, demo_db: Database, ref: Refs, tmp_path: Path
) -> None:
    with demo_db.session_scope() as s:
        twin = s.scalars(select(Person).where(Person.code == ref.owner_code)).one()
        s.add(Person(code="P9999", name=twin.name, role="sales_rep", body="FSF",
                     hire_date=twin.hire_date, market_id=twin.market_id, region_id=twin.region_id))  # fmt: skip
    plan = svc.read_distributors(
        write_xlsx(
            tmp_path / "twin.xlsx",
            [HEADER, row("W0001", "同名商贸", ref.market, owner=ref.owner_name)],
        )
    )
    assert [(p.column, p.error.message, p.error.args_map["count"]) for p in plan.problems] == [
        ("E", imp.MSG_OWNER_AMBIGUOUS, 2)
    ]


def test_a_cancelled_import_writes_nothing(
    svc: SpreadsheetService, demo_db: Database, ref: Refs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    rows = [HEADER] + [row(f"C{i:04d}", f"取消商贸{i}", ref.market) for i in range(5)]
    plan = svc.read_distributors(write_xlsx(tmp_path / "five.xlsx", rows))
    monkeypatch.setattr(sheets, "WRITE_BATCH", 2)
    before = snapshot(demo_db)

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        svc.apply(plan, progress=progress)
    assert snapshot(demo_db) == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.xlsx", b"just some text, not a workbook", rd.MSG_NOT_SPREADSHEET),
        ("notes.txt.xlsx", None, rd.MSG_NOT_SPREADSHEET),  # a zip that is no workbook
        ("picture.png", b"\x89PNG\r\n", rd.MSG_NOT_SPREADSHEET),
        ("missing.xlsx", "missing", rd.MSG_NO_FILE),
    ],
)
def test_a_file_that_is_no_spreadsheet_is_one_clear_error(
    svc: SpreadsheetService, tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "hello")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(UserError) as error:
        svc.read_distributors(path)
    assert error.value.message == message
    assert str(path) in str(error.value)


def test_an_empty_sheet_or_one_without_rows_is_one_clear_error(
    svc: SpreadsheetService, tmp_path: Path
) -> None:
    for rows in ([], [[None, None]], [HEADER], [HEADER, [], []]):
        with pytest.raises(UserError) as error:
            svc.read_distributors(write_xlsx(tmp_path / "empty.xlsx", rows))
        assert error.value.message == rd.MSG_EMPTY
    template = tmp_path / "template.xlsx"
    svc.export_template(template)
    with pytest.raises(UserError) as error:
        svc.read_distributors(template)
    assert error.value.message == rd.MSG_EMPTY


def test_missing_required_columns_are_named(svc: SpreadsheetService, tmp_path: Path) -> None:
    sheet = write_xlsx(
        tmp_path / "no_market.xlsx", [["客户编码", "客户名称", "城市"], ["A1", "x", "y"]]
    )
    with pytest.raises(UserError) as error:
        svc.read_distributors(sheet)
    assert error.value.message == rd.MSG_MISSING_COLUMNS
    assert error.value.args_map["columns"] == "市场 / Market"
    sheet = write_xlsx(tmp_path / "none.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(UserError) as error:
        svc.read_distributors(sheet)
    assert "客户编码 / Code, 客户名称 / Name, 市场 / Market" in str(error.value)


def test_a_csv_in_gbk_reads_like_a_workbook(
    svc: SpreadsheetService, ref: Refs, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(f"客户编码,客户名称,市场\nG0001,广州商贸,{ref.market}\n".encode("gb18030"))
    plan = svc.read_distributors(path)
    assert [(r.code, r.name, r.action) for r in plan.rows] == [("G0001", "广州商贸", sheets.CREATE)]


def test_the_template_explains_itself(svc: SpreadsheetService, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    svc.export_template(path)
    wb = load_workbook(path)
    data, guide = wb.worksheets
    assert [c.value for c in data[1]][:3] == ["客户编码", "客户名称", "市场"]
    assert [c.value for c in data[2]][:3] == ["Code", "Name", "Market"]
    assert data.freeze_panes == "A3"
    example = [r for r in guide.iter_rows(values_only=True) if r and r[0] == "BJ0001"]
    assert example and example[0][1] == "北京华悦商贸有限公司"


def test_writing_where_nothing_can_be_written_is_a_user_error(
    svc: SpreadsheetService, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(UserError) as error:
        svc.export_distributors_to(blocker / "out.xlsx")
    assert "Cannot write" in str(error.value)


def test_the_call_log_exports_with_real_dates_and_money(
    svc: SpreadsheetService, demo_db: Database, tmp_path: Path
) -> None:
    from datetime import date, datetime

    from db.models import CallLog
    from desktop.labels import ExportWords

    with demo_db.session_scope() as s:
        d = s.scalars(select(Distributor).order_by(Distributor.code)).first()
        p = s.scalars(select(Person).where(Person.role == "sales_rep")).first()
        assert d is not None and p is not None
        s.add_all(
            [
                CallLog(distributor_id=d.id, person_id=p.id, occurred_at=datetime(2031, 3, 2, 9, 30),
                        channel="phone", topics="order,stock", order_amount_fen=1_234_567,
                        notes="要货 200 箱", next_step="送货", next_step_due=date(2031, 3, 5)),
                CallLog(distributor_id=d.id, person_id=p.id, occurred_at=datetime(2031, 3, 31, 17, 0),
                        channel="wechat", notes="问价"),
                CallLog(distributor_id=d.id, person_id=p.id, occurred_at=datetime(2031, 4, 1, 8, 0),
                        channel="visit", notes="next month"),
            ]
        )  # fmt: skip
        code, name, person = d.code, d.name, p.code
    out = tmp_path / "calls.xlsx"
    assert svc.export_calls(out, date(2031, 3, 1), date(2031, 3, 31), ExportWords()) == 2
    ws = load_workbook(out).worksheets[0]
    assert ws.freeze_panes == "A3"
    assert [c.value for c in ws[1]][:4] == ["日期", "时间", "客户编码", "客户名称"]
    first = [c.value for c in ws[3]]
    assert first[0] == datetime(2031, 3, 2) and ws["A3"].number_format == "yyyy-mm-dd"
    assert str(first[1]) == "09:30:00" and ws["B3"].number_format == "hh:mm"
    assert first[2:7] == [code, name, person, first[5], "Phone"]
    assert first[7] == "Order, Stock"
    assert first[8] == 12345.67 and ws["I3"].number_format == '"¥"#,##0.00'
    assert first[9] == "要货 200 箱" and first[12] == datetime(2031, 3, 5)
    assert ws["I4"].value is None and ws["G4"].value == "WeChat"


def test_reading_a_big_file_reports_progress_and_can_be_stopped(
    svc: SpreadsheetService, ref: Refs, tmp_path: Path
) -> None:
    rows = [HEADER] + [row(f"B{i:05d}", f"进度商贸{i}", ref.market) for i in range(1200)]
    sheet = write_xlsx(tmp_path / "big.xlsx", rows)
    seen: list[tuple[int, int]] = []
    plan = svc.read_distributors(sheet, lambda done, total: seen.append((done, total)))
    assert plan.count(sheets.CREATE) == 1200
    assert len(seen) >= 4
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert all(0 < d <= t for d, t in seen)

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        svc.read_distributors(sheet, stop)


def test_a_round_trip_keeps_an_owner_who_left_and_works_on_an_fsf_laptop(
    svc: SpreadsheetService, demo_db: Database, ref: Refs, tmp_path: Path
) -> None:
    with demo_db.session_scope() as s:
        d = s.scalars(select(Distributor).where(Distributor.code == ref.existing_code)).one()
        region_id = d.region_id
        owner = s.get(Person, d.owner_id)
        assert owner is not None
        owner.active = False  # left the company; the file still names them
        rm = s.scalars(
            select(Person).where(Person.role == "region_manager", Person.region_id == region_id)
        ).one()
        rm_code = rm.code
    OrgService(demo_db).set_owner(rm_code)
    out = tmp_path / "mine.xlsx"
    count = svc.export_distributors_to(out)
    assert count == DistributorService(demo_db).count() > 0  # the region only
    before = snapshot(demo_db)
    plan = svc.read_distributors(out)
    assert plan.problems == [] and plan.count(sheets.UNCHANGED) == count
    assert not svc.apply(plan).changes
    assert snapshot(demo_db) == before
