"""A unique value (a distributor's code) taken on two sides: nothing refused, one row gives
its value up and keeps it as a conflict, and every replica ends the same."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from db.models import Conflict, Distributor, Person
from desktop.errors import UserError
from desktop.services.distributors import DistributorFilter, DistributorForm, DistributorService
from desktop.sync.policies import DUPLICATE
from tests.sync.replicas import Node, Replicas


def new_distributor(node: Node, code: str, name: str, person_code: str) -> str:
    """A distributor added through the window's service, owned by ``person_code``."""
    with node.db.read_session() as s:
        person = s.scalars(select(Person).where(Person.code == person_code)).one()
        market, region, owner = person.market_id, person.region_id, person.id
    form = DistributorForm(code=code, name=name, market_id=market, region_id=region, owner_id=owner)
    return DistributorService(node.db).save(form).value


def _code(node: Node, distributor_id: str) -> str:
    with node.db.read_session() as s:
        found = s.get(Distributor, distributor_id)
        assert found is not None
        return found.code


def _conflicts(node: Node) -> list[Conflict]:
    with node.db.read_session() as s:
        return list(s.scalars(select(Conflict).order_by(Conflict.detected_at, Conflict.id)))


def _converged(net: Replicas) -> None:
    net.exchange()
    net.exchange()
    for laptop in net.laptops:
        assert laptop.digest() == net.hq.digest(laptop.name), laptop.code


def test_two_laptops_taking_one_code_both_arrive_and_the_later_gives_it_up(net: Replicas) -> None:
    manager, rep = net.laptops[0], net.laptops[2]
    first = new_distributor(rep, "D-SAME", "先到商贸", rep.code)
    second = new_distributor(manager, "D-SAME", "后到商贸", manager.code)
    assert net.hq.take(*rep.bundle("hq")).result == "applied"
    line = net.hq.take(*manager.bundle("hq"))
    assert (line.result, line.conflicts) == ("applied", 1)
    renamed = _code(net.hq, second)
    assert (
        _code(net.hq, first) == "D-SAME" and renamed.startswith("D-SAME-") and renamed != "D-SAME"
    )
    [kept] = _conflicts(net.hq)
    assert (kept.pk, kept.field, kept.kind) == (second, "code", DUPLICATE)
    assert (kept.kept_value, kept.winner_value) == ('"D-SAME"', f'"{renamed}"')
    _converged(net)
    assert _code(manager, second) == renamed and _code(manager, first) == "D-SAME"


def test_a_laptop_gives_up_a_code_hq_took_and_sends_the_variant_as_its_own_edit(
    net: Replicas,
) -> None:
    rep = net.laptops[2]
    ours = new_distributor(rep, "D-BOTH", "本地商贸", rep.code)
    theirs = new_distributor(net.hq, "D-BOTH", "总部商贸", rep.code)  # in the rep's scope
    line = rep.take(*net.hq.bundle(rep.name))
    assert (line.result, line.conflicts) == ("applied", 1)
    renamed = _code(rep, ours)
    assert _code(rep, theirs) == "D-BOTH" and renamed.startswith("D-BOTH-")
    [kept] = _conflicts(rep)
    assert (kept.pk, kept.kind, kept.kept_value) == (ours, DUPLICATE, '"D-BOTH"')
    assert net.hq.take(*rep.bundle("hq")).result == "applied"
    assert _code(net.hq, ours) == renamed and _code(net.hq, theirs) == "D-BOTH"
    assert not _conflicts(net.hq)
    _converged(net)


def test_codes_traded_at_hq_reach_a_laptop_without_a_clash(net: Replicas) -> None:
    rep = net.laptops[2]
    service = DistributorService(net.hq.db)
    held = DistributorService(rep.db).find_ids(DistributorFilter())[:2]
    a, b = (service.get(pk).form for pk in held)
    service.save(replace(a, code="SWAP-TMP"))  # as a person would: through a spare code
    service.save(replace(service.get(b.id).form, code=a.code))
    service.save(replace(service.get(a.id).form, code=b.code))
    line = rep.take(*net.hq.bundle(rep.name))
    assert (line.result, line.conflicts) == ("applied", 0)
    assert (_code(rep, a.id), _code(rep, b.id)) == (b.code, a.code)
    _converged(net)


def test_settling_a_duplicate_with_the_taken_code_is_refused_and_changes_nothing(
    net: Replicas,
) -> None:
    manager, rep = net.laptops[0], net.laptops[2]
    new_distributor(rep, "D-TWICE", "先到商贸", rep.code)
    second = new_distributor(manager, "D-TWICE", "后到商贸", manager.code)
    net.hq.take(*rep.bundle("hq"))
    net.hq.take(*manager.bundle("hq"))
    [kept] = _conflicts(net.hq)
    renamed = _code(net.hq, second)
    with pytest.raises(UserError) as refused:
        net.hq.sync.resolve_conflict(kept.id, "theirs")
    assert "D-TWICE" in refused.value.render()
    assert _code(net.hq, second) == renamed and _conflicts(net.hq)[0].resolved_at is None
    net.hq.sync.resolve_conflict(kept.id, "D-TWICE2")  # a code of one's own choosing
    assert _code(net.hq, second) == "D-TWICE2"
    _converged(net)
    assert _code(manager, second) == "D-TWICE2"
