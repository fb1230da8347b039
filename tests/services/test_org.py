"""Organisation reads and the laptop owner."""

from __future__ import annotations

import pytest

from db.engine import Database
from desktop.errors import NotFound
from desktop.services.org import OrgService


def test_hq_tree_has_the_three_bodies_and_eight_markets(demo_db: Database) -> None:
    tree = OrgService(demo_db).tree()
    assert tree.everything
    assert [b.code for b in tree.bodies] == ["SLT", "SSG", "FSF"]
    assert [m.name for m in tree.markets] == [
        "东北",
        "华北",
        "西北",
        "华中",
        "京津",
        "华东",
        "华南",
        "西南",
    ]
    assert sum(p.body == "SLT" for p in tree.people) == 3
    assert sum(p.body == "SSG" for p in tree.people) == 3


def test_market_manager_tree_is_their_market(demo_db: Database) -> None:
    svc = OrgService(demo_db)
    mm = next(p for p in svc.people() if p.role == "market_manager")
    svc.set_owner(mm.code)
    tree = svc.tree()
    assert not tree.everything
    assert [m.id for m in tree.markets] == [mm.market_id]
    assert {p.market_id for p in tree.people} == {mm.market_id}
    assert [b.code for b in tree.bodies] == ["FSF"]
    assert svc.owner().person is not None and not svc.owner().hq


def test_person_detail_lists_subordinates_and_probation(demo_db: Database) -> None:
    svc = OrgService(demo_db)
    people = svc.people()
    manager = next(p for p in people if p.role == "region_manager")
    detail = svc.person(manager.id)
    assert {s.manager_id for s in detail.subordinates} == {manager.id}
    newcomer = next(p for p in people if p.probation_end and p.probation_end >= svc.today())
    assert svc.person(newcomer.id).in_probation


def test_unknown_owner_is_refused(demo_db: Database) -> None:
    with pytest.raises(NotFound):
        OrgService(demo_db).set_owner("NOPE")


def test_owner_can_change_hands_directly_between_two_field_people(demo_db: Database) -> None:
    svc = OrgService(demo_db)
    reps = [p for p in svc.people() if p.role == "sales_rep" and p.active]
    first, other = reps[0], next(p for p in reps if p.region_id != reps[0].region_id)
    svc.set_owner(first.code)
    assert other.id not in {p.id for p in svc.people()}
    assert other.id in {p.id for p in svc.owner_choices()}
    svc.set_owner(other.code)
    assert svc.owner().person is not None and svc.owner().person.code == other.code
