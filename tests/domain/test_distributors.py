"""Distributor file rules: required fields, codes, phones, amounts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import distributors as rules
from desktop.domain.text import pinyin_keys, search_key

VALID = rules.DistributorValues(
    code="D000001", name="北京华悦商贸有限公司", market_id="m", region_id=None, grade="A",
    status="active", credit_rating="B", credit_limit_fen=0, payment_terms_days=30,
    lead_days=3, phone="010-85551234",
)  # fmt: skip


def test_valid_values_have_no_problems() -> None:
    assert rules.check_distributor(VALID) == {}


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"code": " "}, "code", rules.REQUIRED),
        ({"code": "D 1"}, "code", rules.BAD_CODE),
        ({"name": ""}, "name", rules.REQUIRED),
        ({"market_id": None}, "market_id", rules.REQUIRED),
        ({"grade": "Z"}, "grade", rules.BAD_GRADE),
        ({"credit_rating": "E"}, "credit_rating", rules.BAD_RATING),
        ({"status": "gone"}, "status", rules.BAD_STATUS),
        ({"credit_limit_fen": -1}, "credit_limit_fen", rules.NEGATIVE),
        ({"payment_terms_days": 400}, "payment_terms_days", rules.OUT_OF_RANGE),
        ({"lead_days": -2}, "lead_days", rules.OUT_OF_RANGE),
        ({"phone": "12345"}, "phone", rules.BAD_PHONE),
    ],
)
def test_each_bad_field_is_named(change: dict, field: str, problem: str) -> None:
    assert rules.check_distributor(replace(VALID, **change)) == {field: problem}


@pytest.mark.parametrize(
    "phone", ["13912345678", "+86 139 1234 5678", "010-85551234", "0755-1234567", "02185551234",
              "400-800-1234", ""],
)  # fmt: skip
def test_phones_people_type_are_accepted(phone: str) -> None:
    assert rules.phone_ok(phone)


@pytest.mark.parametrize("phone", ["1391234567", "23912345678", "abc", "010-12"])
def test_wrong_phones_are_refused(phone: str) -> None:
    assert not rules.phone_ok(phone)


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_every_mainland_mobile_is_accepted(phone: str) -> None:
    assert rules.phone_ok(phone)


def test_pinyin_initials_find_chinese_names() -> None:
    assert pinyin_keys("北京华悦商贸有限公司")[0].startswith("bjhy")
    assert search_key("北京华悦").startswith("bjhy beijinghuayue")
    assert pinyin_keys("") == ("", "")
