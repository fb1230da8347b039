"""Reading spreadsheet cells the way people type them: headers, yuan, days, grades, owners."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import spreadsheet_rules as sr


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("客户编码", "code"),
        ("Code", "code"),
        (" CODE ", "code"),
        ("客户编码*", "code"),
        ("客户编码/Code", "code"),
        ("信用额度（元）", "credit_limit"),
        ("信用额度(元)", "credit_limit"),
        ("credit_limit", "credit_limit"),
        ("Credit Limit (yuan)", "credit_limit"),
        ("账期（天）", "payment_terms"),
        ("Payment terms (days)", "payment_terms"),
        ("Ｍａｒｋｅｔ", "market"),
        ("负责人", "owner"),
        ("联系人电话", "contact_phone"),
        ("电话", "phone"),
        ("收货时间", "receiving_hours"),
        ("备注", None),
        ("", None),
        (None, None),
        (12, None),
    ],
)
def test_headers_in_either_language_and_any_spelling(header: object, key: str | None) -> None:
    assert sr.match_header(header) == key


def test_every_column_is_found_by_its_own_names() -> None:
    for spec in sr.DISTRIBUTOR_COLUMNS:
        for name in (spec.zh, spec.en, *spec.aliases):
            assert sr.match_header(name) == spec.key, name


def test_the_header_row_may_sit_under_a_title_and_repeat_in_english() -> None:
    rows: list[list[object]] = [
        ["2026年客户名单"],
        [],
        ["客户名称", "客户编码", "市场", "备注", "客户编码"],
        ["Name", "Code", "Market", None, None],
        ["北京华悦", "BJ1", "京津", "x", "y"],
    ]
    layout = sr.find_header(rows)
    assert layout is not None
    assert layout.row == 3
    assert layout.columns == {0: "name", 1: "code", 2: "market"}
    assert layout.ignored == ("备注", "客户编码")
    assert layout.extra_header_rows == 1
    assert layout.missing == ()


def test_a_missing_required_column_is_named() -> None:
    layout = sr.find_header([["客户编码", "客户名称"]])
    assert layout is not None and layout.missing == ("market",)
    assert sr.find_header([["a", "b"], [1, 2]]) is None


@pytest.mark.parametrize(
    ("cell", "fen"),
    [
        (None, None),
        ("", None),
        (0, 0),
        (12345, 1_234_500),
        (12345.67, 1_234_567),
        (0.1 + 0.2, 30),
        (Decimal("99.99"), 9999),
        ("¥12,345.67", 1_234_567),
        ("￥12，345.67", 1_234_567),
        ("12345元", 1_234_500),
        ("1.5万", 1_500_000),
        ("-5", -500),
        ("12.345", sr.NOT_AMOUNT),
        ("十万", sr.NOT_AMOUNT),
        ("abc", sr.NOT_AMOUNT),
        (True, sr.NOT_AMOUNT),
        (float("nan"), sr.NOT_AMOUNT),
    ],
)
def test_yuan_as_people_type_it(cell: object, fen: int | str | None) -> None:
    assert sr.parse_yuan(cell) == fen


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_yuan_round_trips_through_an_export_cell(fen: int) -> None:
    assert sr.parse_yuan(sr.yuan(fen)) == fen
    assert sr.parse_yuan(float(sr.yuan(fen))) == fen
    assert sr.parse_yuan(str(sr.yuan(fen))) == fen


@pytest.mark.parametrize(
    ("cell", "days"),
    [(30, 30), (30.0, 30), ("30", 30), ("30天", 30), ("30 days", 30), (None, None), ("", None),
     (30.5, sr.NOT_WHOLE_NUMBER), ("thirty", sr.NOT_WHOLE_NUMBER), (False, sr.NOT_WHOLE_NUMBER)],
)  # fmt: skip
def test_days(cell: object, days: int | str | None) -> None:
    assert sr.parse_days(cell) == days


@pytest.mark.parametrize(
    ("cell", "grade"),
    [("A", "A"), ("a", "A"), ("A类", "A"), ("B级", "B"), ("Ｃ", "C"), ("A · core distributor", "A"),
     ("P", "P"), ("prospect", "P"), ("潜在客户", "P"), ("Z", "Z"), ("AB", "AB"), (None, None)],
)  # fmt: skip
def test_grades_are_read_and_bad_ones_kept_for_the_rules_to_refuse(
    cell: object, grade: str | None
) -> None:
    assert sr.parse_grade(cell) == grade


def test_ratings() -> None:
    assert [sr.parse_rating(v) for v in ("d", "B级", "C · watch", "E", "")] == [
        "D", "B", "C", "E", None,
    ]  # fmt: skip


def test_owner_cells() -> None:
    assert sr.split_owner("张伟 (P0123)") == ("张伟", "P0123")
    assert sr.split_owner("张伟（P0123）") == ("张伟", "P0123")
    assert sr.split_owner("P0123") == ("P0123", None)
    assert sr.split_owner(sr.owner_cell("张伟", "P0123")) == ("张伟", "P0123")


def test_cells_as_text() -> None:
    assert sr.cell_text(13812345678) == "13812345678"
    assert sr.cell_text(1001.0) == "1001"
    assert sr.cell_text(" 北京 ") == "北京"
    assert sr.cell_text(None) == ""


def test_column_letters() -> None:
    assert [sr.column_letter(i) for i in (0, 7, 25, 26, 27, 701, 702)] == [
        "A", "H", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip
