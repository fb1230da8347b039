"""Distributor use cases: search, filters, scope, validation, all-or-nothing saves."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models import Distributor, DistributorContact, Outbox, Person, Region
from desktop.errors import OutOfScope, ValidationError
from desktop.services.distributors import (
    ContactData,
    DistributorFilter,
    DistributorForm,
    DistributorService,
)
from desktop.services.org import OrgService


@pytest.fixture
def svc(demo_db: Database) -> DistributorService:
    return DistributorService(demo_db)


def _names(svc: DistributorService, **kw) -> list[str]:
    return [r.name for r in svc.rows(svc.find_ids(DistributorFilter(**kw)))]


def test_pinyin_initials_find_the_distributor(svc: DistributorService) -> None:
    assert "北京华悦商贸有限公司" in _names(svc, text="bjhy")
    assert "北京华悦商贸有限公司" in _names(svc, text="BJHY")
    assert "北京华悦商贸有限公司" in _names(svc, text="华悦")


def test_search_by_code_and_city(svc: DistributorService) -> None:
    first = svc.rows(svc.find_ids(DistributorFilter()))[0]
    assert [r.code for r in svc.rows(svc.find_ids(DistributorFilter(text=first.code)))] == [
        first.code
    ]
    assert all(
        r.city == first.city or first.city in r.name
        for r in svc.rows(svc.find_ids(DistributorFilter(text=first.city)))
    )


def test_like_wildcards_in_the_query_are_literal(svc: DistributorService) -> None:
    assert svc.find_ids(DistributorFilter(text="%")) == []
    assert svc.find_ids(DistributorFilter(text="_")) == []


def test_filters_combine(svc: DistributorService, demo_db: Database) -> None:
    all_rows = svc.rows(svc.find_ids(DistributorFilter()))
    market = all_rows[0]
    with demo_db.read_session() as s:
        market_id = s.scalar(select(Distributor.market_id).where(Distributor.code == market.code))
    rows = svc.rows(svc.find_ids(DistributorFilter(market_id=market_id, grade="C")))
    assert rows and all(r.market_code == market.market_code and r.grade == "C" for r in rows)
    assert len(rows) < len(all_rows)


def test_sorting_by_name_descending(svc: DistributorService) -> None:
    names = _names(svc, sort="name", descending=True)
    assert names == sorted(names, reverse=True)


def test_a_region_manager_sees_only_their_region(
    demo_db: Database, svc: DistributorService
) -> None:
    with demo_db.read_session() as s:
        rm = s.scalars(select(Person).where(Person.role == "region_manager")).first()
        region_code = s.get(Region, rm.region_id).code
    OrgService(demo_db).set_owner(rm.code)
    rows = svc.rows(svc.find_ids(DistributorFilter()))
    assert rows
    assert {r.region_code for r in rows} == {region_code}
    everyone_else = [p for p in OrgService(demo_db).people() if p.region_id != rm.region_id]
    assert everyone_else == []


def _form(svc: DistributorService) -> DistributorForm:
    some = svc.get(svc.find_ids(DistributorFilter())[0]).form
    return DistributorForm(
        code="N0001", name="杭州新客商贸有限公司", market_id=some.market_id,
        region_id=some.region_id, owner_id=some.owner_id, phone="0571-88886666",
        credit_limit_fen=12_345_00,
        contacts=(ContactData("王老板", "老板", "13900001111"), ContactData("李会计", "财务")),
    )  # fmt: skip


def test_create_writes_row_contacts_and_outbox(svc: DistributorService, demo_db: Database) -> None:
    result = svc.save(_form(svc))
    assert result.changes.touches("distributor")
    detail = svc.get(result.value)
    assert detail.form.name == "杭州新客商贸有限公司"
    assert [c.is_primary for c in detail.form.contacts] == [True, False]
    assert result.value in svc.find_ids(DistributorFilter(text="hzxk"))
    with demo_db.read_session() as s:
        fields = {r.field for r in s.scalars(select(Outbox).where(Outbox.pk == result.value))}
    assert {"code", "name", "credit_limit_fen", "deleted"} <= fields


def test_duplicate_code_is_refused_and_nothing_written(
    svc: DistributorService, demo_db: Database
) -> None:
    existing = svc.rows(svc.find_ids(DistributorFilter()))[0].code
    with demo_db.read_session() as s:
        before = s.query(Distributor).count(), s.query(DistributorContact).count()
    with pytest.raises(ValidationError) as e:
        svc.save(replace(_form(svc), code=existing))
    assert set(e.value.fields) == {"code"}
    assert "already exists" in e.value.fields["code"].render()
    with demo_db.read_session() as s:
        assert (s.query(Distributor).count(), s.query(DistributorContact).count()) == before


def test_every_bad_field_is_reported_at_once(svc: DistributorService) -> None:
    bad = replace(
        _form(svc), name=" ", credit_limit_fen=-1, phone="12",
        contacts=(ContactData("", phone="999"),),
    )  # fmt: skip
    with pytest.raises(ValidationError) as e:
        svc.save(bad)
    assert set(e.value.fields) == {
        "name", "credit_limit_fen", "phone", "contacts.0.name", "contacts.0.phone",
    }  # fmt: skip


def test_edit_changes_only_what_changed_and_removes_contacts_as_tombstones(
    svc: DistributorService, demo_db: Database
) -> None:
    did = svc.save(_form(svc)).value
    form = svc.get(did).form
    with demo_db.read_session() as s:
        seq = s.scalar(select(Outbox.seq).order_by(Outbox.seq.desc()).limit(1))
    svc.save(replace(form, notes="每月5日前对账", contacts=form.contacts[:1]))
    with demo_db.read_session() as s:
        changed = [(r.tbl, r.field) for r in s.scalars(select(Outbox).where(Outbox.seq > seq))]
    assert ("distributor", "notes") in changed
    assert ("distributor_contact", "deleted") in changed
    assert ("distributor", "name") not in changed
    assert len(svc.get(did).form.contacts) == 1


def test_a_stale_form_is_refused(svc: DistributorService, clock) -> None:
    did = svc.save(_form(svc)).value
    form = svc.get(did).form
    clock.advance(minutes=1)
    svc.save(replace(form, notes="first"))
    with pytest.raises(Exception, match="changed this distributor"):
        svc.save(replace(form, notes="second"))


def test_out_of_scope_distributor_cannot_be_created(
    svc: DistributorService, demo_db: Database
) -> None:
    with demo_db.read_session() as s:
        rep = s.scalars(
            select(Person).where(Person.role == "sales_rep", Person.active.is_(True))
        ).first()
        other_market = s.scalars(
            select(Distributor.market_id).where(Distributor.market_id != rep.market_id)
        ).first()
    OrgService(demo_db).set_owner(rep.code)
    with pytest.raises(OutOfScope):
        svc.save(replace(_form(svc), market_id=other_market, region_id=None, owner_id=None))


def test_deactivate_instead_of_delete(svc: DistributorService) -> None:
    did = svc.find_ids(DistributorFilter())[0]
    svc.set_status(did, "inactive")
    assert did not in svc.find_ids(DistributorFilter(status="active"))
    assert did in svc.find_ids(DistributorFilter(status="inactive"))
    svc.set_status(did, "active")
    assert did in svc.find_ids(DistributorFilter(status="active"))
