"""Roles, career path and scopes (seed D19; region manager placed by PRODUCT.md)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.org import (
    CAREER_PATH,
    Body,
    OrgNode,
    Role,
    body_of,
    in_probation,
    is_hq,
    level_of,
    role_at_level,
    scope_of,
    subtree,
)


def test_career_path_places_region_manager_between_customer_and_market_manager() -> None:
    assert [r.value for r in CAREER_PATH] == [
        "sales_rep", "customer_manager", "region_manager", "market_manager", "big_region_manager",
    ]  # fmt: skip
    assert level_of(Role.SALES_REP) == 1
    assert level_of(Role.REGION_MANAGER) == 3
    assert level_of(Role.GM) is None
    assert role_at_level(4) is Role.MARKET_MANAGER


def test_bodies_of_the_seed() -> None:
    assert {body_of(r) for r in (Role.GM, Role.SALES_DIRECTOR, Role.DEPUTY_DIRECTOR)} == {Body.SLT}
    assert {body_of(r) for r in (Role.SSG_LEAD, Role.CSR)} == {Body.SSG}
    assert body_of(Role.SALES_REP) is Body.FSF
    assert is_hq(Role.CSR) and not is_hq(Role.MARKET_MANAGER)


def test_probation_ends_on_its_last_day() -> None:
    end = date(2026, 12, 1)
    assert in_probation(end, date(2026, 12, 1))
    assert not in_probation(end, date(2026, 12, 2))
    assert not in_probation(None, date(2026, 12, 2))


def _org() -> list[OrgNode]:
    return [
        OrgNode("gm", Role.GM, None, None, None),
        OrgNode("sd", Role.SALES_DIRECTOR, "gm", None, None),
        OrgNode("mm", Role.MARKET_MANAGER, "sd", "m1", None),
        OrgNode("rm", Role.REGION_MANAGER, "mm", "m1", "r1"),
        OrgNode("cm", Role.CUSTOMER_MANAGER, "rm", "m1", "r1"),
        OrgNode("rep", Role.SALES_REP, "cm", "m1", "r1"),
        OrgNode("rm2", Role.REGION_MANAGER, "mm", "m1", "r2"),
        OrgNode("csr", Role.CSR, "gm", None, None),
    ]


def test_hq_and_nobody_see_everything() -> None:
    assert scope_of("csr", _org()).everything
    assert scope_of(None, _org()).everything
    assert scope_of("unknown", _org()).everything


def test_region_manager_sees_their_subtree_and_region() -> None:
    scope = scope_of("rm", _org())
    assert not scope.everything
    assert scope.people == {"rm", "cm", "rep"}
    assert scope.regions == {"r1"}
    assert scope.markets == frozenset()
    assert scope.sees_distributor(None, "m1", "r1")
    assert not scope.sees_distributor(None, "m1", "r2")
    assert scope.sees_distributor("rep", "m1", "r2")


def test_market_manager_sees_the_whole_market() -> None:
    scope = scope_of("mm", _org())
    assert scope.markets == {"m1"}
    assert scope.sees_distributor(None, "m1", None)
    assert not scope.sees_distributor(None, "m2", None)


def test_subtree_survives_a_cycle() -> None:
    nodes = [
        OrgNode("a", Role.SALES_REP, "b", None, None),
        OrgNode("b", Role.SALES_REP, "a", None, None),
    ]
    assert subtree("a", nodes) == {"a", "b"}


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=30))
def test_a_subtree_contains_the_subtree_of_every_member(parents: list[int]) -> None:
    # node i reports to parents[i] when that is an earlier node: a random forest
    nodes = [
        OrgNode(str(i), Role.SALES_REP, str(p) if p < i else None, None, None)
        for i, p in enumerate(parents)
    ]
    for n in nodes:
        tree = subtree(n.id, nodes)
        for member in tree:
            assert subtree(member, nodes) <= tree
