"""Rules of a call record: required fields, amounts in yuan, next steps, periods."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import calls as rules
from desktop.domain.calls import CallValues, check_call, check_task, period_range, yuan_to_fen

TODAY = date(2026, 11, 27)  # a Friday


def _call(**kw: object) -> CallValues:
    values: dict[str, object] = {
        "distributor_id": "d",
        "channel": "visit",
        "topics": (),
        "notes": "ok",
    }
    values.update(kw)
    return CallValues(**values)  # type: ignore[arg-type]


def test_only_distributor_channel_and_notes_are_required() -> None:
    assert check_call(_call(), TODAY) == {}
    assert check_call(_call(distributor_id=None, channel="", notes=" \n"), TODAY) == {
        "distributor_id": rules.NO_DISTRIBUTOR,
        "channel": rules.REQUIRED,
        "notes": rules.REQUIRED,
    }


def test_values_out_of_their_lists() -> None:
    assert check_call(_call(channel="fax"), TODAY) == {"channel": rules.BAD_CHANNEL}
    assert check_call(_call(topics=("order", "gossip")), TODAY) == {"topics": rules.BAD_TOPIC}


def test_an_amount_is_optional_but_positive_and_sane() -> None:
    assert check_call(_call(topics=("order",)), TODAY) == {}
    assert check_call(_call(order_amount_fen=1), TODAY) == {}
    assert check_call(_call(order_amount_fen=0), TODAY) == {"order_amount_fen": rules.BAD_AMOUNT}
    too_much = rules.MAX_AMOUNT_FEN + 1
    assert check_call(_call(order_amount_fen=too_much), TODAY) == {
        "order_amount_fen": rules.AMOUNT_TOO_LARGE
    }


def test_a_call_is_not_dated_after_today() -> None:
    assert check_call(_call(occurred_on=TODAY), TODAY) == {}
    assert check_call(_call(occurred_on=date(2026, 11, 28)), TODAY) == {"occurred_at": rules.FUTURE}


def test_a_next_step_and_its_due_date_go_together() -> None:
    assert check_call(_call(next_step="回访", next_step_due=TODAY), TODAY) == {}
    assert check_call(_call(next_step="回访"), TODAY) == {"next_step_due": rules.DUE_MISSING}
    assert check_call(_call(next_step_due=TODAY), TODAY) == {"next_step": rules.STEP_MISSING}
    past = date(2026, 11, 26)
    assert check_call(_call(next_step="回访", next_step_due=past), TODAY) == {
        "next_step_due": rules.DUE_PAST
    }
    long = "很" * (rules.TEXT_MAX + 1)
    assert check_call(_call(next_step=long, next_step_due=TODAY), TODAY) == {
        "next_step": rules.TOO_LONG
    }


def test_tasks_by_hand() -> None:
    assert check_task("寄样品", TODAY, TODAY) == {}
    assert check_task(" ", None, TODAY) == {"text": rules.REQUIRED, "due_date": rules.DUE_MISSING}
    assert check_task("x", date(2026, 1, 1), TODAY) == {"due_date": rules.DUE_PAST}


def test_topics_are_normalised_and_an_amount_means_an_order() -> None:
    assert rules.normalise_topics(["stock", "order", "stock"], None) == ("order", "stock")
    assert rules.normalise_topics(["display"], 100) == ("order", "display")
    assert rules.split_topics("order,,stock") == ("order", "stock")
    assert rules.split_topics("") == ()


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("", None),
        ("  ", None),
        ("12", 1200),
        ("12.3", 1230),
        ("12.34", 1234),
        ("12,345.67", 1234567),
        ("¥ 1 000", 100000),
        ("0.01", 1),
        ("-5", -500),
        ("1e3", 100000),
    ],
)
def test_yuan_to_fen_is_exact(text: str, fen: int | None) -> None:
    assert yuan_to_fen(text) == fen


@pytest.mark.parametrize("text", ["abc", "1.234", "12..3", "nan", "inf", "1e-3", "¥"])
def test_yuan_to_fen_refuses_what_is_not_an_amount(text: str) -> None:
    if text == "¥":
        assert yuan_to_fen(text) is None
        return
    with pytest.raises(ValueError):
        yuan_to_fen(text)


@given(st.integers(min_value=0, max_value=10**14))
def test_fen_survive_the_round_trip_through_yuan_text(fen: int) -> None:
    assert yuan_to_fen(f"{fen // 100:,}.{fen % 100:02d}") == fen


def test_period_presets() -> None:
    assert period_range("all", TODAY) == (None, None)
    assert period_range("custom", TODAY) == (None, None)
    assert period_range("today", TODAY) == (TODAY, TODAY)
    assert period_range("week", TODAY) == (date(2026, 11, 23), date(2026, 11, 29))
    assert period_range("month", TODAY) == (date(2026, 11, 1), date(2026, 11, 30))
    assert period_range("month", date(2026, 12, 31)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert period_range("last30", TODAY) == (date(2026, 10, 29), TODAY)
