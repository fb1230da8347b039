"""Merging at the database: owner-only and scope rejections corrected, rows entering a scope,
new rows, enrolment clocks and the call index."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from db.models import CallLog, Conflict, Distributor, FieldClock, Person
from desktop.services import sync as sync_api
from desktop.services.calls import CallFilter, CallForm, CallService
from desktop.services.distributors import DistributorFilter, DistributorForm, DistributorService
from desktop.services.sync import SyncService
from desktop.sync.policies import REJECTED_NOT_OWNER, REJECTED_SCOPE
from tests.sync.replicas import Node, Replicas, _open_fast


def _save(node: Node, distributor_id: str, **changes: object) -> None:
    service = DistributorService(node.db)
    service.save(replace(service.get(distributor_id).form, **changes))


def _get(node: Node, distributor_id: str) -> Distributor | None:
    with node.db.read_session() as s:
        return s.get(Distributor, distributor_id)


def _person_id(node: Node, code: str) -> str:
    with node.db.read_session() as s:
        return s.scalars(select(Person.id).where(Person.code == code)).one()


def _conflicts(node: Node) -> list[Conflict]:
    with node.db.read_session() as s:
        return list(s.scalars(select(Conflict)))


def _converged(net: Replicas) -> None:
    net.exchange()
    net.exchange()
    for laptop in net.laptops:
        assert laptop.digest() == net.hq.digest(laptop.name), laptop.code


def test_a_laptop_cannot_change_credit_hq_corrects_it(net: Replicas) -> None:
    rep = net.laptops[2]
    did = DistributorService(rep.db).find_ids(DistributorFilter())[0]
    rating = _get(net.hq, did).credit_rating
    rep.clock.advance(minutes=1)
    _save(rep, did, credit_rating="A" if rating != "A" else "D", notes="looks good")
    line = net.hq.take(*rep.bundle("hq"))
    assert (line.result, line.conflicts) == ("applied", 1)
    (conflict,) = _conflicts(net.hq)
    assert (conflict.kind, conflict.field) == (REJECTED_NOT_OWNER, "credit_rating")
    assert _get(net.hq, did).credit_rating == rating
    assert _get(net.hq, did).notes == "looks good"  # the rest of the edit stands
    rep.take(*net.hq.bundle(rep.name))
    assert _get(rep, did).credit_rating == rating
    _converged(net)


def test_a_write_out_of_scope_is_kept_as_a_conflict_and_undone(net: Replicas) -> None:
    rep = net.laptops[2]
    did = DistributorService(rep.db).find_ids(DistributorFilter())[0]
    elsewhere = _person_id(net.hq, "P0142")  # a rep in another market
    net.hq.clock.advance(minutes=1)
    _save(net.hq, did, owner_id=elsewhere, region_id=None, market_id=_get(net.hq, did).market_id)
    rep.clock.advance(minutes=2)
    _save(rep, did, notes="my last note")
    line = net.hq.take(*rep.bundle("hq"))
    assert line.result == "applied"
    kinds = {(c.kind, c.field) for c in _conflicts(net.hq)}
    assert (REJECTED_SCOPE, "notes") in kinds
    assert _get(net.hq, did).notes != "my last note"
    rep.take(*net.hq.bundle(rep.name))
    assert _get(rep, did).notes == _get(net.hq, did).notes
    assert _get(rep, did).owner_id == elsewhere  # held rows keep flowing
    _converged(net)


def test_a_distributor_moved_into_a_team_arrives_whole_with_its_history(net: Replicas) -> None:
    rep = net.laptops[2]
    rep_person = _person_id(net.hq, rep.code)
    with net.hq.db.read_session() as s:
        outsider = s.scalars(
            select(Distributor).where(Distributor.code.not_in(
                [d.code for d in DistributorService(rep.db).listing()]
            ), Distributor.deleted.is_(False)).order_by(Distributor.code)
        ).first()  # fmt: skip
        calls = s.scalars(select(CallLog.id).where(CallLog.distributor_id == outsider.id)).all()
    assert _get(rep, outsider.id) is None
    net.hq.clock.advance(minutes=1)
    with net.hq.db.read_session() as s:
        market, region = s.get(Person, rep_person).market_id, s.get(Person, rep_person).region_id
    _save(net.hq, outsider.id, owner_id=rep_person, market_id=market, region_id=region)
    rep.take(*net.hq.bundle(rep.name))
    assert _get(rep, outsider.id).owner_id == rep_person
    with rep.db.read_session() as s:
        arrived = s.scalars(select(CallLog.id).where(CallLog.distributor_id == outsider.id)).all()
    assert sorted(arrived) == sorted(calls) and calls
    _converged(net)


def test_a_distributor_created_on_a_laptop_starts_at_hq_credit_terms(net: Replicas) -> None:
    manager = net.laptops[0]
    person = _person_id(manager, manager.code)
    with manager.db.read_session() as s:
        me = s.get(Person, person)
        market, region = me.market_id, me.region_id
    form = DistributorForm(
        code="NEW-1", name="新客户商贸", market_id=market, region_id=region, owner_id=person,
        grade="P", credit_limit_fen=9_900_000,
    )  # fmt: skip
    did = DistributorService(manager.db).save(form).value
    net.hq.take(*manager.bundle("hq"))
    made = _get(net.hq, did)
    assert (made.code, made.grade, made.credit_limit_fen) == ("NEW-1", "P", 0)
    assert {c.field for c in _conflicts(net.hq)} == {"credit_limit_fen"}
    _converged(net)
    assert _get(manager, did).credit_limit_fen == 0


def test_a_call_logged_on_one_laptop_is_found_by_search_on_another(net: Replicas) -> None:
    rep, manager = net.laptops[2], net.laptops[0]
    did = DistributorService(rep.db).find_ids(DistributorFilter())[0]
    CallService(rep.db).log(
        CallForm(distributor_id=did, channel="visit", notes="冷库 wombat", problems="缺货")
    )
    _converged(net)
    for node in (net.hq, manager):
        found = CallService(node.db).first_rows(CallFilter(text="wombat 冷库"), 5)
        assert [r.problems for r in found] == ["缺货"]


def test_enrolment_keeps_every_clock(net: Replicas, tmp_path: Path) -> None:
    rep = net.laptops[2]
    did = DistributorService(rep.db).find_ids(DistributorFilter())[0]
    net.hq.clock.advance(minutes=3)
    _save(net.hq, did, notes="edited at HQ before the laptop joined")
    request = sync_api.join_request(tmp_path / "new.db", "P0007", "PC-new", net.hq.clock)
    enrolment = SyncService(net.hq.db).approve(request)
    db = _open_fast(tmp_path / "new.db", net.hq.clock)
    try:
        device = SyncService(db).enrol(enrolment).value
        with net.hq.db.read_session() as s:
            hq_clock = s.get(FieldClock, ("distributor", did, "notes"))
            hq_row = s.get(Distributor, did)
        with db.read_session() as s:
            clock = s.get(FieldClock, ("distributor", did, "notes"))
            row = s.get(Distributor, did)
        assert (clock.hlc, clock.origin) == (hq_clock.hlc, hq_clock.origin)
        assert (row.row_hlc, row.row_origin) == (hq_row.row_hlc, hq_row.row_origin)
        assert SyncService(db).digest() == net.hq.digest(device)
    finally:
        db.dispose()
