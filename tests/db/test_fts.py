"""Full-text search of call notes: CJK segmentation, safe MATCH queries, the index kept in step."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from db.capture import insert_base_rows
from db.engine import Database
from db.fts import (
    TABLE,
    body_of,
    fts_rowid,
    index_rows,
    match_query,
    reindex_all,
    search_clause,
    search_terms,
    segment,
)
from db.models import CallLog, Distributor, Market, Person

# -- pure functions -------------------------------------------------------------------


def test_segment_puts_every_cjk_character_on_its_own() -> None:
    assert segment("北京华悦") == "北 京 华 悦"
    assert segment("补货30箱,POS到位") == "补 货 30 箱 ,POS 到 位"
    assert segment("delivery on time") == "delivery on time"
    assert segment("ＡＢＣ１２３") == "ABC123"  # full-width folded (NFKC)


def test_terms_split_cjk_runs_from_words_and_drop_punctuation() -> None:
    assert search_terms("断货 POS-display!") == [("断货", True), ("POS", False), ("display", False)]
    assert search_terms("A货") == [("A", False), ("货", True)]
    assert search_terms('  ,.;()*^:"  ') == []


def test_match_query_quotes_everything() -> None:
    assert match_query("北京") == '"北 京"'
    assert match_query("deliv") == '"deliv"*'
    assert match_query('断货 "x" OR y*') == '"断 货" AND "x"* AND "OR"* AND "y"*'
    assert match_query("NEAR(a b)") == '"NEAR"* AND "a"* AND "b"*'
    assert match_query("body:secret ^start") == '"body"* AND "secret"* AND "start"*'
    assert match_query("") is None
    assert match_query("-- ** ::") is None


def test_rowid_orders_by_minute_then_hash_within_63_bits() -> None:
    at = datetime(2026, 11, 27, 9, 30, 45)
    key = fts_rowid("0190a1b2-0000-7000-8000-000000000001", at)
    assert key == fts_rowid("0190a1b2-0000-7000-8000-000000000001", at.replace(second=0))
    assert 0 <= key < 2**63
    assert key != fts_rowid("0190a1b2-0000-7000-8000-000000000002", at)
    later = fts_rowid("0190a1b2-0000-7000-8000-000000000000", datetime(2026, 11, 27, 9, 31))
    assert later > key
    assert 0 <= fts_rowid("x", datetime(1900, 1, 1)) < fts_rowid("x", datetime(2300, 1, 1)) < 2**63


def _memory_index(docs: list[str]) -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        "call_id UNINDEXED, body, tokenize='unicode61 remove_diacritics 2')"
    )
    con.executemany(
        f"INSERT INTO {TABLE}(call_id, body) VALUES (?, ?)",
        [(str(i), body_of(doc, "")) for i, doc in enumerate(docs)],
    )
    return con


def _search(con: sqlite3.Connection, user_text: str) -> set[int]:
    query = match_query(user_text)
    assert query is not None
    rows = con.execute(f"SELECT call_id FROM {TABLE} WHERE {TABLE} MATCH ?", (query,))
    return {int(r[0]) for r in rows}


DOCS = [
    "北京华悦补货三十箱",  # 0
    "北方市场，京东渠道",  # 1: 北 and 京 but not 北京
    "上海门店断货",  # 2
    "断了一批货",  # 3: 断 and 货 but not 断货
    "POS material delivered",  # 4
    "promo display checked",  # 5
    "Ｐｒｏｍｏ活动",  # 6: full-width, folds to promo
]


def test_one_chinese_character_finds_every_text_with_it() -> None:
    con = _memory_index(DOCS)
    assert _search(con, "京") == {0, 1}
    assert _search(con, "货") == {0, 2, 3}


def test_two_chinese_characters_find_the_word_and_not_its_characters_apart() -> None:
    con = _memory_index(DOCS)
    assert _search(con, "北京") == {0}
    assert _search(con, "断货") == {2}
    assert _search(con, "补货三十") == {0}


def test_english_words_match_by_prefix_in_any_case_and_width() -> None:
    con = _memory_index(DOCS)
    assert _search(con, "deliv") == {4}
    assert _search(con, "PROMO") == {5, 6}
    assert _search(con, "promo 活动") == {6}
    assert _search(con, "pos 断货") == set()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_a_valid_query(user_text: str) -> None:
    con = _memory_index(DOCS)
    query = match_query(user_text)
    if query is not None:
        con.execute(f"SELECT call_id FROM {TABLE} WHERE {TABLE} MATCH ?", (query,)).fetchall()


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="北京上海断货补的了，。 ab", min_size=1, max_size=30),
    st.text(alphabet="北京上海断货补的", min_size=1, max_size=2),
)
def test_chinese_search_finds_exactly_the_texts_containing_it(doc: str, word: str) -> None:
    """Spaces and punctuation are not tokens: 北京 also finds "北 京" and "北，京" (documented)."""
    con = _memory_index([doc])
    joined = "".join(ch for ch in doc if ch not in " ，。")
    assert (_search(con, word) == {0}) == (word in joined)


# -- the index in the database --------------------------------------------------------


def _distributor_and_person(db: Database) -> tuple[str, str]:
    with db.session_scope() as s:
        m = Market(code="JJ", name="京津", name_en="Beijing-Tianjin")
        s.add(m)
        s.flush()
        p = Person(
            code="P1", name="王小明", role="sales_rep", body="FSF", hire_date=datetime(2024, 1, 1)
        )
        d = Distributor(code="D1", name="北京华悦商贸有限公司", market_id=m.id)
        s.add_all([p, d])
        s.flush()
        return d.id, p.id


def _call(d: str, p: str, notes: str, problems: str = "") -> CallLog:
    return CallLog(
        distributor_id=d, person_id=p, occurred_at=datetime(2026, 11, 27, 9), channel="visit",
        notes=notes, problems=problems,
    )  # fmt: skip


def _found(db: Database, user_text: str) -> set[str]:
    with db.read_session() as s:
        clause = search_clause(s, user_text)
        assert clause is not None
        return set(s.scalars(select(CallLog.notes).where(clause)))


def test_a_new_call_is_indexed_in_its_transaction(db: Database) -> None:
    d, p = _distributor_and_person(db)
    with db.session_scope() as s:
        s.add(_call(d, p, "门店断货", "回款慢"))
    assert _found(db, "断货") == {"门店断货"}
    assert _found(db, "回款") == {"门店断货"}  # problems are searched too
    with pytest.raises(RuntimeError), db.session_scope() as s:
        s.add(_call(d, p, "退货处理"))
        s.flush()
        raise RuntimeError("roll back")
    with db.read_session() as s:
        assert s.scalar(text(f"SELECT count(*) FROM {TABLE}")) == 1


def test_edited_notes_are_reindexed_without_duplicates(db: Database) -> None:
    d, p = _distributor_and_person(db)
    with db.session_scope() as s:
        call = _call(d, p, "门店断货")
        s.add(call)
        s.flush()
        call_id = call.id
    with db.session_scope() as s:
        loaded = s.get(CallLog, call_id)
        assert loaded is not None
        loaded.notes = "陈列到位"
    assert _found(db, "断货") == set()
    assert _found(db, "陈列") == {"陈列到位"}
    with db.session_scope() as s:
        loaded = s.get(CallLog, call_id)
        assert loaded is not None
        loaded.channel = "phone"  # not indexed text: nothing to do
    with db.session_scope() as s:
        loaded = s.get(CallLog, call_id)
        assert loaded is not None
        loaded.occurred_at = datetime(2026, 11, 20, 8)  # (never from the app) a new index row
    with db.read_session() as s:
        assert s.scalar(text(f"SELECT count(*) FROM {TABLE}")) == 1
        assert s.scalar(text(f"SELECT rowid FROM {TABLE}")) == fts_rowid(
            call_id, datetime(2026, 11, 20, 8)
        )
    assert _found(db, "陈列") == {"陈列到位"}


def test_base_rows_are_indexed_in_bulk_and_can_be_rebuilt(db: Database) -> None:
    d, p = _distributor_and_person(db)
    rows = [
        {"id": f"0190a1b2-0000-7000-8000-{i:012d}", "distributor_id": d, "person_id": p,
         "occurred_at": datetime(2026, 11, 1, 9), "channel": "phone", "topics": "",
         "order_amount_fen": None, "notes": f"第{i}次 call", "problems": "", "next_step": "",
         "next_step_due": None, "visit_id": None}
        for i in range(50)
    ]  # fmt: skip
    with db.session_scope() as s:
        insert_base_rows(s, CallLog, rows)
        assert index_rows(s, rows) == 50
    assert len(_found(db, "call")) == 50
    assert _found(db, "第7次") == {"第7次 call"}
    with db.session_scope() as s:
        assert reindex_all(s, batch=7) == 50
    with db.read_session() as s:
        assert s.scalar(text(f"SELECT count(*) FROM {TABLE}")) == 50
        assert s.scalar(select(func.count()).select_from(CallLog)) == 50
    assert len(_found(db, "call")) == 50


def test_search_without_terms_is_no_condition(db: Database) -> None:
    with db.read_session() as s:
        assert search_clause(s, " ,.!") is None
