"""Change capture: every write to a synced table leaves clocks and outbox records, in the same transaction."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import delete, func, insert, select, update

from db.capture import CaptureError, insert_base_rows, rows_without_clocks, synced_tables
from db.engine import Database
from db.models import FieldClock, LocalState, Market, Outbox, Person
from desktop.errors import UserError


def _market(s, code: str = "NE") -> Market:
    m = Market(code=code, name="东北", name_en="Northeast")
    s.add(m)
    s.flush()
    return m


def test_insert_records_every_field_in_the_outbox(db: Database) -> None:
    with db.session_scope() as s:
        m = _market(s)
        mid = m.id
    with db.read_session() as s:
        records = s.scalars(select(Outbox).where(Outbox.pk == mid).order_by(Outbox.seq)).all()
        fields = {r.field: json.loads(r.value) for r in records}
    assert fields["code"] == "NE"
    assert fields["name"] == "东北"
    assert fields["deleted"] is False
    assert "created_at" not in fields and "row_hlc" not in fields
    assert all(r.base_hlc is None for r in records)
    assert [r.seq for r in records] == sorted(r.seq for r in records)


def test_edit_records_only_changed_fields_with_their_base_clock(db: Database, clock) -> None:
    with db.session_scope() as s:
        mid = _market(s).id
    with db.read_session() as s:
        row_hlc = s.get(Market, mid).row_hlc
        before = s.scalar(select(Outbox.seq).order_by(Outbox.seq.desc()).limit(1))
    clock.advance(minutes=5)
    with db.session_scope() as s:
        m = s.get(Market, mid)
        m.name = "东北市场"
        m.code = m.code  # unchanged value: no record
    with db.read_session() as s:
        new = s.scalars(select(Outbox).where(Outbox.seq > before)).all()
        fc = s.get(FieldClock, ("market", mid, "name"))
        m = s.get(Market, mid)
    assert [(r.field, json.loads(r.value)) for r in new] == [("name", "东北市场")]
    assert new[0].base_hlc == row_hlc
    assert fc is not None and fc.hlc == new[0].hlc > row_hlc
    assert m.updated_at > m.created_at
    assert m.changed_by == db.device_id


def test_second_edit_is_based_on_the_first(db: Database) -> None:
    with db.session_scope() as s:
        mid = _market(s).id
    with db.session_scope() as s:
        s.get(Market, mid).name = "一"
    with db.session_scope() as s:
        s.get(Market, mid).name = "二"
    with db.read_session() as s:
        first, second = s.scalars(
            select(Outbox).where(Outbox.field == "name", Outbox.base_hlc.is_not(None))
        ).all()
    assert second.base_hlc == first.hlc
    assert second.hlc > first.hlc


def test_clock_never_goes_backwards(db: Database, clock) -> None:
    with db.session_scope() as s:
        mid = _market(s).id
    clock.advance(hours=-3)  # the laptop's wall clock was set back
    with db.session_scope() as s:
        s.get(Market, mid).name = "改"
    with db.read_session() as s:
        hlcs = [r.hlc for r in s.scalars(select(Outbox).order_by(Outbox.seq))]
        last = s.get(LocalState, 1).last_hlc
    assert hlcs == sorted(hlcs)
    assert hlcs[-1] > hlcs[0]
    assert last == hlcs[-1]


def test_a_failed_transaction_leaves_no_outbox_records(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session_scope() as s:
        _market(s)
        raise RuntimeError("boom")
    with db.read_session() as s:
        assert s.scalars(select(Outbox)).all() == []
        assert s.scalars(select(Market)).all() == []


def test_tombstone_is_a_field_and_hard_delete_is_refused(db: Database) -> None:
    with db.session_scope() as s:
        mid = _market(s).id
    with pytest.raises(CaptureError), db.session_scope() as s:
        s.delete(s.get(Market, mid))
    with db.session_scope() as s:
        s.get(Market, mid).deleted = True
    with db.read_session() as s:
        last = s.scalars(select(Outbox).order_by(Outbox.seq.desc()).limit(1)).one()
    assert (last.field, last.value) == ("deleted", "true")


@pytest.mark.parametrize(
    "statement",
    [
        update(Person).values(name="x"),
        delete(Person),
        insert(Market).values(code="X", name="X", name_en="X"),
    ],
    ids=["update", "delete", "insert"],
)
def test_bulk_statements_on_synced_tables_are_refused(db: Database, statement) -> None:
    with pytest.raises(CaptureError), db.session_scope() as s:
        s.execute(statement)


def test_a_session_without_sync_context_cannot_write(db: Database) -> None:
    from sqlalchemy.orm import Session

    with Session(db.engine) as s, pytest.raises(CaptureError):
        s.add(Market(code="X", name="X", name_en="X"))
        s.flush()


def test_base_rows_have_clocks_and_no_outbox(db: Database) -> None:
    with db.session_scope() as s:
        insert_base_rows(
            s,
            Market,
            [{"id": f"m{i}", "code": f"M{i}", "name": "m", "name_en": "m"} for i in range(3)],
        )
    with db.read_session() as s:
        assert list(rows_without_clocks(s)) == []
        assert s.scalars(select(Outbox)).all() == []
        assert len(s.scalars(select(Market)).all()) == 3


def test_every_synced_row_has_its_clocks(db: Database) -> None:
    with db.session_scope() as s:
        m = _market(s)
        s.add(
            Person(code="P1", name="王", role="gm", body="SLT", hire_date=date(2020, 1, 1),
                   market_id=m.id)
        )  # fmt: skip
    with db.session_scope() as s:
        s.scalar(select(Person)).name = "王五"
    with db.read_session() as s:
        assert list(rows_without_clocks(s)) == []


def test_every_table_with_the_synced_mixin_is_registered() -> None:
    assert {"market", "region", "person", "org_body", "distributor", "distributor_contact"} <= set(
        synced_tables()
    )
    assert "sync_outbox" not in synced_tables()


def test_text_with_a_nul_character_is_refused_and_nothing_is_saved(db: Database) -> None:
    """PostgreSQL cannot store U+0000 and HQ refuses bundles carrying it: refused at the source."""
    with pytest.raises(UserError) as new_row, db.session_scope() as s:
        s.add(Market(code="NE", name="东北\x00", name_en="Northeast"))
    assert new_row.value.args_map == {"field": "market.name"}
    with db.session_scope() as s:
        mid = _market(s).id
    with db.read_session() as s:
        before = s.scalar(select(func.count()).select_from(Outbox))
    with pytest.raises(UserError), db.session_scope() as s:
        s.get(Market, mid).name_en = "North\x00east"
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Outbox)) == before
        assert s.get(Market, mid).name_en == "Northeast"
        assert s.scalar(select(func.count()).select_from(Market)) == 1
