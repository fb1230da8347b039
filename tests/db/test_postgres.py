"""HQ on PostgreSQL: the same schema, data, capture and searches as SQLite, and kind refusals.

Every test here runs on the session's PostgreSQL server (``pg_url`` in
tests/conftest.py: skipped without PostgreSQL, a failure in CI).
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, Text, cast, create_engine, exc, func, inspect, select, text
from sqlalchemy.engine import make_url

from db import fts, fts_pg, postgres
from db.apply import ApplyPlan, FieldWrite, RowWrite, apply_plan
from db.capture import insert_base_rows, replicated_fields
from db.demo import generate_demo
from db.engine import Database, head_revision, masked, open_database
from db.migrations.env_filters import include_object
from db.models import Base, CallLog, Distributor, FieldClock, Holiday, LocalState, Outbox, Person
from desktop.errors import DatabaseError
from desktop.services.calls import CallFilter, CallForm, CallService
from desktop.services.distributors import DistributorFilter, DistributorService
from desktop.services.stats import StatsService
from desktop.services.sync import SyncService
from tests.conftest import PG_PASSWORD, PG_PASSWORD_ROLE, FakeClock

# -- one demo organisation on both databases, shared by the read-only tests --------------

ENGLISH_NOTES = [
    ("POS material delivered to the warehouse", "Delivery was late"),
    ("Promo display checked; the manager wants more posters", ""),
    ("客户要求 delivery 提前到周一", "仓库 full，需要协调"),
    ("Ｐｒｏｍｏ活动效果好，posters 不够", ""),
    ("Café owner: Crème brûlée flavour is selling", "naïve pricing"),
]


def _name_in_english(db: Database) -> None:
    """One distributor with an English name (the demo's are Chinese): searches ignore case."""
    service = DistributorService(db)
    with db.read_session() as s:
        first = s.scalars(select(Distributor.id).order_by(Distributor.code)).first()
    assert first is not None
    service.save(replace(service.get(first).form, name="Sunrise Trading Co.", city="Xiamen"))


def _add_english_calls(db: Database, ids: bool = True) -> None:
    """The same few calls with English words on a database (the demo's notes are Chinese).

    With ``ids`` they are base rows with fixed ids (equal on both databases, so lists of
    ids compare); without, they are logged through the service as a person would.
    """
    with db.read_session() as s:
        distributor = s.scalars(
            select(Distributor).where(Distributor.owner_id.is_not(None)).order_by(Distributor.code)
        ).first()
        assert distributor is not None
    service = CallService(db)
    forms = [
        CallForm(
            distributor_id=distributor.id,
            person_id=distributor.owner_id,
            occurred_at=service.now() - timedelta(days=i + 1),
            channel="phone",
            notes=notes,
            problems=problems,
        )
        for i, (notes, problems) in enumerate(ENGLISH_NOTES)
    ]
    if not ids:
        for form in forms:
            service.log(form)
        return
    rows = [
        {
            "id": f"00000000-0000-7000-8000-{i:012d}",
            "distributor_id": f.distributor_id,
            "person_id": f.person_id,
            "occurred_at": f.occurred_at,
            "channel": f.channel,
            "topics": "",
            "notes": f.notes,
            "problems": f.problems,
            "next_step": "",
        }
        for i, f in enumerate(forms)
    ]
    with db.session_scope() as s:
        insert_base_rows(s, CallLog, rows)
        fts.index_rows(s, rows)


@pytest.fixture(scope="module")
def both(pg_server, tmp_path_factory) -> Iterator[tuple[Database, Database]]:
    """(PostgreSQL, SQLite), each with the small demo (seed 1) and the English calls."""
    clock = FakeClock()
    url = pg_server.create_database("fd_demo_")
    pg = open_database(url, clock=clock)
    lite = open_database(tmp_path_factory.mktemp("lite") / "demo.db", clock=clock)
    for db in (pg, lite):
        generate_demo(db, seed=1, scale="small", today=clock().date())
        _add_english_calls(db)
        _name_in_english(db)
    yield pg, lite
    pg.dispose()
    lite.dispose()
    pg_server.drop_database(url)


# -- schema ----------------------------------------------------------------------------


def _models_as_on_a_server() -> MetaData:
    """The models with every foreign key DEFERRABLE INITIALLY IMMEDIATE (``db/postgres.py``)."""
    copy = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(copy)
    for table in copy.tables.values():
        for key in table.foreign_key_constraints:
            key.deferrable, key.initially = True, "IMMEDIATE"
    return copy


_KEYS_BY_KIND = (
    "SELECT count(*) FILTER (WHERE condeferrable AND NOT condeferred), count(*) "
    "FROM pg_constraint WHERE contype = 'f'"
)


def test_upgrade_head_equals_the_models(pg_url: str, clock) -> None:
    open_database(pg_url, clock=clock).dispose()
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        diff = compare_metadata(ctx, _models_as_on_a_server())
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        fts_columns = {c["name"]: str(c["type"]) for c in inspect(conn).get_columns(fts.TABLE)}
        fts_index = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_call_log_fts_terms'")
        ).scalar()
        deferrable, keys = conn.execute(text(_KEYS_BY_KIND)).one()
    engine.dispose()
    assert diff == []
    assert version == head_revision()
    assert fts_columns == {"call_id": "VARCHAR(36)", "terms": "TSVECTOR", "tokens": "TEXT"}
    assert "USING gin (terms)" in fts_index
    assert deferrable == keys > 0


def test_foreign_keys_made_before_they_were_deferrable_become_so_at_open(
    pg_url: str, clock
) -> None:
    """A database whose keys were made NOT DEFERRABLE (an earlier FieldDesk) is put right
    when it is opened, and only what needed it is altered."""
    open_database(pg_url, clock=clock).dispose()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(
            text("ALTER TABLE person ALTER CONSTRAINT fk_person_manager_id_person NOT DEFERRABLE")
        )
        assert postgres.deferrable_foreign_keys(conn) == ["fk_person_manager_id_person"]
        assert postgres.deferrable_foreign_keys(conn) == []
        conn.execute(
            text("ALTER TABLE visit ALTER CONSTRAINT fk_visit_person_id_person NOT DEFERRABLE")
        )
    open_database(pg_url, clock=clock).dispose()
    with engine.connect() as conn:
        deferrable, keys = conn.execute(text(_KEYS_BY_KIND)).one()
    engine.dispose()
    assert deferrable == keys


def test_the_index_tokenizer_is_the_one_migration_0002_creates(tmp_path: Path, clock) -> None:
    open_database(tmp_path / "t.db", clock=clock).dispose()
    con = sqlite3.connect(tmp_path / "t.db")
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (fts.TABLE,)).fetchone()[0]
    con.close()
    assert f"tokenize='{fts.TOKENIZER}'" in sql


def test_an_empty_database_gets_the_schema_only_when_asked(pg_url: str, clock) -> None:
    with pytest.raises(DatabaseError) as refused:
        open_database(pg_url, create=False, clock=clock)
    assert refused.value.kind == "empty"
    first = open_database(pg_url, clock=clock)
    device = first.device_id
    first.dispose()
    again = open_database(pg_url, create=False, clock=clock)
    assert again.device_id == device
    again.dispose()


def test_a_database_of_other_tables_is_refused_and_untouched(pg_url: str, clock) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE payroll (id integer primary key)"))
    with pytest.raises(DatabaseError) as refused:
        open_database(pg_url, clock=clock)
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert refused.value.kind == "not_fielddesk"
    assert tables == {"payroll"}


def test_a_newer_schema_is_refused(pg_url: str, clock) -> None:
    open_database(pg_url, clock=clock).dispose()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseError) as refused:
        open_database(pg_url, clock=clock)
    assert refused.value.kind == "newer"
    assert "9999" in refused.value.render()


# -- data and change capture ----------------------------------------------------------


def test_the_demo_loads_as_on_sqlite(both: tuple[Database, Database]) -> None:
    pg, lite = both
    assert StatsService(pg).counts() == StatsService(lite).counts()
    with pg.read_session() as s:
        missing = s.scalar(
            select(CallLog.id).where(CallLog.id.not_in(select(fts_pg.FTS_PG.c.call_id))).limit(1)
        )
    assert missing is None  # every call of the demo is in the search index


def test_an_edit_is_captured_with_outbox_rows_and_field_clocks(pg_url: str, clock) -> None:
    db = open_database(pg_url, clock=clock)
    generate_demo(db, seed=2, scale="small", today=clock().date())
    with db.read_session() as s:
        before = s.scalar(select(Outbox.seq).order_by(Outbox.seq.desc()).limit(1)) or 0
        distributor_id = s.scalars(select(Distributor.id).order_by(Distributor.code)).first()
    clock.advance(minutes=5)
    with db.session_scope() as s:
        d = s.get(Distributor, distributor_id)
        assert d is not None
        d.notes = "华北大区重点客户"
        d.credit_limit_fen += 100_00
    with db.read_session() as s:
        records = s.scalars(select(Outbox).where(Outbox.seq > before)).all()
        clocks = {
            c.field: c.hlc
            for c in s.scalars(select(FieldClock).where(FieldClock.pk == distributor_id))
        }
    db.dispose()
    assert sorted(r.field for r in records) == ["credit_limit_fen", "notes"]
    assert json.loads(next(r.value for r in records if r.field == "notes")) == "华北大区重点客户"
    assert all(r.tbl == "distributor" and r.origin == db.device_id for r in records)
    assert clocks == {r.field: r.hlc for r in records}


def test_a_logged_call_is_searchable_at_once_and_rolled_back_with_its_transaction(
    pg_url: str, clock
) -> None:
    db = open_database(pg_url, clock=clock)
    generate_demo(db, seed=3, scale="small", today=clock().date())
    _add_english_calls(db, ids=False)
    service = CallService(db)
    found = service.find_ids(CallFilter(text="posters"))
    assert len(found) == 2
    with pytest.raises(RuntimeError), db.session_scope() as s:
        call = s.get(CallLog, found[0])
        assert call is not None
        call.notes = "换成了别的说明"
        s.flush()
        inside = fts_pg.matching_ids("换成")
        assert inside is not None and list(s.scalars(inside)) == [found[0]]
        raise RuntimeError("abandon the unit of work")
    assert service.find_ids(CallFilter(text="posters")) == found
    with db.session_scope() as s:
        call = s.get(CallLog, found[0])
        assert call is not None
        call.notes = "换成了别的说明"
    assert service.find_ids(CallFilter(text="posters")) == found[1:]
    assert service.find_ids(CallFilter(text="换成")) == [found[0]]
    with db.session_scope() as s:
        calls = s.scalar(select(func.count()).select_from(CallLog))
        assert fts.reindex_all(s) == calls
    assert service.find_ids(CallFilter(text="换成")) == [found[0]]
    db.dispose()


# -- searches give what SQLite gives ------------------------------------------------------

DISTRIBUTOR_SEARCHES = ["", "北京", "商贸", "bj", "BJ", "D00", "d00", "郑州", "hn", "有限", "zz",
                        "trading", "TRADING", "xIAMEN"]  # fmt: skip
CALL_SEARCHES = [
    "客",  # one Chinese character
    "箱",
    "客户",  # two
    "新品",
    "零糖",
    "拜访 客户",  # two words, both required
    "试销 45",
    "京上",  # across punctuation (the known limit: as on SQLite)
    "posters",  # English words, by prefix, any case or width
    "deliv",
    "DELIVERY",
    "ｐｒｏｍｏ",
    "creme",  # diacritics folded
    "brûlée",
    "delivery 周一",
    "zzzz",
    "45",
    '"AND" OR * :',  # operators typed by the user are plain words
    "ʹ",  # a character the tokenizer drops: no token, no match
]


@pytest.mark.parametrize(
    "sort", ["code", "name", "city", "credit_limit_fen", "market", "region", "owner"]
)
def test_distributor_search_is_the_same_as_on_sqlite(
    both: tuple[Database, Database], sort: str
) -> None:
    pg, lite = both
    for words in DISTRIBUTOR_SEARCHES:
        for descending in (False, True):
            f = DistributorFilter(text=words, sort=sort, descending=descending)
            assert DistributorService(pg).find_ids(f) == DistributorService(lite).find_ids(f), (
                words,
                sort,
                descending,
            )


def test_call_search_is_the_same_as_on_sqlite(both: tuple[Database, Database]) -> None:
    pg, lite = both
    counts = {}
    for words in CALL_SEARCHES:
        f = CallFilter(text=words)
        everything = CallService(lite).find_ids(f)
        assert CallService(pg).find_ids(f) == everything, words
        head = CallService(pg).find_ids(f, limit=20)
        assert head == everything[: len(head)] and len(head) >= min(len(everything), 19), words
        counts[words] = len(everything)
    assert counts["客"] >= counts["客户"] > counts["拜访 客户"] > 0
    assert counts["箱"] > counts["试销 45"] > 0
    assert counts["posters"] == 2 and counts["deliv"] == 2 and counts["DELIVERY"] == 2
    assert counts["ｐｒｏｍｏ"] == 2 and counts["creme"] == 1 and counts["brûlée"] == 1
    assert counts["zzzz"] == 0 and counts["ʹ"] == 0


def _random_text(rng: random.Random) -> str:
    pieces = [
        "北京", "京", "上海", "货", "断货", "客户", "补", "，", "。", " ", "-", "_", "%",
        "delivery", "deliver", "POS", "pos", "Ｐｒｏｍｏ", "café", "CAFE", "naïve", "'",
        "\\", "Ǡ", "ά", "ё", "ß", "İ", "ﬁ", "①", "x²", "🙂", "ʹ", "\u0301", "a\u0301b",
        "١٢٣", "한국", "かな", "ＡＢＣ", "abc123", "o'neil", "e-mail", "AND", "NEAR",
    ]  # fmt: skip
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))


def test_random_texts_and_searches_match_exactly_as_fts5_does(pg_url: str, clock) -> None:
    """The PostgreSQL index against SQLite's FTS5 on 400 random texts and 300 random searches."""
    rng = random.Random(20261127)
    docs = [_random_text(rng) for _ in range(400)]
    docs.append("x" * 3000 + " longword")  # a token longer than a lexeme may be
    docs.append(" ".join(f"w{i:06d}" for i in range(36_000)) + " 北京")  # too large a tsvector
    lite = sqlite3.connect(":memory:")
    lite.execute(
        f"CREATE VIRTUAL TABLE {fts.TABLE} USING fts5(call_id UNINDEXED, body, "
        f"tokenize='{fts.TOKENIZER}')"
    )
    lite.executemany(
        f"INSERT INTO {fts.TABLE}(call_id, body) VALUES (?, ?)",
        [(str(i), fts.body_of(doc, "")) for i, doc in enumerate(docs)],
    )
    db = open_database(pg_url, clock=clock)
    with db.session_scope() as s:
        fts_pg.index_calls(s.connection(), [(str(i), doc, "") for i, doc in enumerate(docs)])
    with db.read_session() as s:
        stored = dict(
            s.execute(
                select(fts_pg.FTS_PG.c.call_id, cast(fts_pg.FTS_PG.c.terms, Text)).where(
                    fts_pg.FTS_PG.c.call_id.in_([str(len(docs) - 2), str(len(docs) - 1)])
                )
            ).all()
        )
    assert stored[str(len(docs) - 1)] == f"'{fts_pg.ANY_TEXT}'"  # the marker of a large text
    assert "'" + "x" * fts_pg.MAX_LEXEME_BYTES + "'" in stored[str(len(docs) - 2)]  # cut
    searches = [_random_text(rng)[:8] for _ in range(300)] + ["x" * 2500, "xxx", "w0355", "北京"]
    compared = 0
    with db.read_session() as s:
        for words in searches:
            query = fts.match_query(words)
            ids = fts_pg.matching_ids(words)
            if query is None:
                assert ids is None, words
                continue
            assert ids is not None
            expected = {
                int(r[0])
                for r in lite.execute(
                    f"SELECT call_id FROM {fts.TABLE} WHERE {fts.TABLE} MATCH ?", (query,)
                )
            }
            assert {int(i) for i in s.scalars(ids)} == expected, words
            compared += 1
    db.dispose()
    assert compared > 250


# -- refusals ----------------------------------------------------------------------------


def _refusal(url: str) -> DatabaseError:
    with pytest.raises(DatabaseError) as refused:
        open_database(url)
    return refused.value


def test_a_server_that_is_down_is_a_clear_refusal(pg_server) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    error = _refusal(f"postgresql://hq:Top-Secret-9@127.0.0.1:{port}/fielddesk")
    assert error.kind == "unreachable"
    assert "Check that the server is running" in error.render()
    assert "Top-Secret-9" not in error.render() and "hq:***@" in error.render()


def test_a_missing_database_and_an_unknown_user_are_clear_refusals(pg_server) -> None:
    server = make_url(pg_server.admin_url)
    missing = _refusal(server.set(database="fd_no_such_db").render_as_string(False))
    assert missing.kind == "no_database"
    assert "fd_no_such_db" in missing.render()
    stranger = server.set(username="fd_nobody", password="Hidden-Pw-7")
    unknown = _refusal(stranger.render_as_string(False))
    assert unknown.kind == "auth"
    assert "Hidden-Pw-7" not in unknown.render()


def test_a_wrong_password_is_refused_and_never_shown(pg_server) -> None:
    if not pg_server.owned:
        pytest.skip("FIELDDESK_PG_URL names a server whose password rules are its own")
    server = make_url(pg_server.admin_url)
    wrong = server.set(username=PG_PASSWORD_ROLE, password="Wr0ng%Pass")
    error = _refusal(wrong.render_as_string(False))
    assert error.kind == "auth"
    assert "password authentication failed" in error.render()
    assert "Wr0ng" not in error.render() and "Wr0ng%25Pass" not in error.render()
    right = server.set(username=PG_PASSWORD_ROLE, password=PG_PASSWORD, database="postgres")
    assert masked(right.render_as_string(False)).count(PG_PASSWORD) == 0


@pytest.mark.parametrize(
    ("address", "fragment"),
    [
        ("mysql://hq:Pw-123@host/fielddesk", "mysql is not supported"),
        ("postgresql+psycopg2://hq:Pw-123@host/fielddesk", "not supported"),
        ("postgresql://hq:Pw-123@host", "no database name"),
        ("postgresql://hq:Pw-123@host:port/fielddesk", "invalid literal"),
    ],
)
def test_an_address_fielddesk_cannot_use_is_refused(address: str, fragment: str) -> None:
    error = _refusal(address)
    assert error.kind == "bad_url"
    assert fragment in error.render()
    assert "Pw-123" not in error.render()


def test_a_lost_connection_inside_a_unit_of_work_is_a_clear_refusal(
    pg_url: str, pg_server, clock
) -> None:
    db = open_database(pg_url, clock=clock)
    name = make_url(pg_url).database
    with pytest.raises(DatabaseError) as refused, db.session_scope() as s:
        s.execute(select(Person.id).limit(1)).all()
        pg_server.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )
        s.execute(select(Person.id).limit(1)).all()
    assert refused.value.kind == "unreachable"
    with db.read_session() as s:  # the pool hands out a new connection afterwards
        assert s.scalar(select(Person.id).limit(1)) is None
    db.dispose()


def test_the_label_and_repr_of_a_server_database_hide_the_password(pg_url: str, clock) -> None:
    db = open_database(pg_url, clock=clock)
    secret_url = make_url(pg_url).set(password="Never-Shown-1").render_as_string(False)
    assert "Never-Shown-1" not in masked(secret_url)
    assert "Never-Shown-1" not in repr(Database(secret_url, db.engine, db.device_id, clock))
    assert db.label.startswith("postgresql+psycopg://")
    db.dispose()


def test_a_sqlite_start_loads_no_postgresql_driver(tmp_path: Path) -> None:
    """What the window loads to open a file must not include psycopg."""
    code = (
        "import sys; from db.engine import open_database; "
        f"db = open_database({str(tmp_path / 'w.db')!r}); "
        "from desktop.app import build_services; build_services(db); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('psycopg', 'psycopg2')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"


def test_a_demo_day_is_today_on_both(both: tuple[Database, Database]) -> None:
    """Dates and times round-trip unchanged (naive timestamps, dates) on PostgreSQL."""
    pg, lite = both
    with pg.read_session() as s:
        on_pg = s.execute(select(CallLog.id, CallLog.occurred_at, CallLog.next_step_due)).all()
    with lite.read_session() as s:
        on_lite = s.execute(select(CallLog.id, CallLog.occurred_at, CallLog.next_step_due)).all()
    assert sorted(on_pg) == sorted(on_lite)
    assert all(isinstance(r[1].date(), date) and r[1].tzinfo is None for r in on_pg)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_reindex_after_a_write_without_the_orm_on_both(
    kind: str, request: pytest.FixtureRequest, clock
) -> None:
    """``fts.reindex`` (for sync's applied changes): new text found, old text and row gone."""
    if kind == "postgresql":
        target = request.getfixturevalue("pg_url")
    else:
        target = str(request.getfixturevalue("tmp_path") / "r.db")
    db = open_database(target, clock=clock)
    generate_demo(db, seed=4, scale="small", today=clock().date())
    with db.read_session() as s:
        call = s.scalars(select(CallLog).order_by(CallLog.id).limit(1)).one()
    moved = call.occurred_at - timedelta(days=3)
    with db.session_scope() as s:
        conn = s.connection()
        conn.execute(
            CallLog.__table__.update()
            .where(CallLog.__table__.c.id == call.id)
            .values(notes="Relabelled shelf 鸵鸟蛋", occurred_at=moved)
        )
        indexed = fts.reindex(
            s,
            [
                {
                    "id": call.id,
                    "occurred_at": moved,
                    "notes": "Relabelled shelf 鸵鸟蛋",
                    "problems": "",
                }
            ],
            {call.id: call.occurred_at},
        )
        rows = conn.execute(select(func.count()).select_from(fts.FTS)).scalar()
        calls = conn.execute(select(func.count()).select_from(CallLog)).scalar()
    service = CallService(db)
    assert indexed == 1 and rows == calls
    assert service.find_ids(CallFilter(text="relabel")) == [call.id]
    assert service.find_ids(CallFilter(text="鸵鸟")) == [call.id]
    db.dispose()


# -- sync's writes: clocks, locks, rows in any order, digests ------------------------------


def _database(kind: str, request: pytest.FixtureRequest, clock) -> Database:
    if kind == "postgresql":
        return open_database(request.getfixturevalue("pg_url"), clock=clock)
    return open_database(request.getfixturevalue("tmp_path") / "w.db", clock=clock)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_saves_that_meet_get_distinct_clocks(
    kind: str, request: pytest.FixtureRequest, clock
) -> None:
    """One user's unit of work read the clock; another's saved and committed meanwhile, at
    the same wall time: the first one's save still gets a later clock than the second's."""
    db = _database(kind, request, clock)
    with db.session_scope() as slow:
        read = slow.get(LocalState, 1)
        assert read is not None
        with db.session_scope() as quick:
            quick.add(Holiday(day=date(2026, 10, 1), name="国庆节"))
        slow.add(Holiday(day=date(2026, 10, 2), name="国庆节"))
    with db.read_session() as s:
        stamps = dict(s.execute(select(Holiday.day, Holiday.row_hlc)).all())
        last = s.scalar(select(LocalState.last_hlc))
    db.dispose()
    assert stamps[date(2026, 10, 1)] < stamps[date(2026, 10, 2)] == last


def _person(pk: str, code: str, manager: str | None, stamp: int) -> RowWrite:
    """A new person row as an import writes it (every replicated field, one clock)."""
    values: dict[str, object] = {
        "code": code, "name": code, "pinyin": "", "role": "sales_rep", "level": 1,
        "body": "FSF", "manager_id": manager, "market_id": None, "region_id": None,
        "hire_date": date(2024, 3, 1), "probation_end": None, "last_promotion_date": None,
        "phone": "", "email": "", "active": True, "deleted": False,
    }  # fmt: skip
    writes = [FieldWrite(n, values[n], stamp, "other-device") for n in replicated_fields(Person)]
    return RowWrite("person", pk, writes, (stamp, "other-device"))


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_rows_referring_to_each_other_arrive_in_any_order(
    kind: str, request: pytest.FixtureRequest, clock
) -> None:
    """An import writes a person before their manager: the keys are checked at commit, where
    a reference to nobody still refuses the whole transaction."""
    db = _database(kind, request, clock)
    stamp = (int(clock().timestamp() * 1000) << 16) + 7
    rep, manager = "00000000-0000-7000-8000-00000000000a", "00000000-0000-7000-8000-00000000000b"
    with db.session_scope() as s:
        apply_plan(s, ApplyPlan([_person(rep, "T0001", manager, stamp),
                                 _person(manager, "T0002", None, stamp)]))  # fmt: skip
    with pytest.raises(exc.IntegrityError), db.session_scope() as s:
        apply_plan(s, ApplyPlan([_person("00000000-0000-7000-8000-00000000000c", "T0003",
                                         "00000000-0000-7000-8000-0000000000ff", stamp)]))  # fmt: skip
    with db.read_session() as s:
        people = dict(s.execute(select(Person.code, Person.manager_id)).all())
    db.dispose()
    assert people == {"T0001": manager, "T0002": None}


def test_a_server_and_a_file_holding_the_same_rows_give_the_same_digest(
    both: tuple[Database, Database],
) -> None:
    pg, lite = both
    assert SyncService(pg).digest() == SyncService(lite).digest()
