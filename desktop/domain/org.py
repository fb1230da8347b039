"""The organisation of the seed (D19): bodies, roles, the career path and scopes.

Roles and bodies come from D19 (SLT, SSG, FSF). The career path is D19's
销售代表 → 客户经理 → 市场经理 → 大区经理 with the region manager placed between
customer manager and market manager (PRODUCT.md decision; the seed omits it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Body(StrEnum):
    """The three "hardware" bodies of the 3+3 model (D19)."""

    SLT = "SLT"  # 销售领导小组: head
    SSG = "SSG"  # 销售部秘书组: neck
    FSF = "FSF"  # 实地销售队伍: body


class Role(StrEnum):
    GM = "gm"
    SALES_DIRECTOR = "sales_director"
    DEPUTY_DIRECTOR = "deputy_director"
    SSG_LEAD = "ssg_lead"
    CSR = "csr"
    BIG_REGION_MANAGER = "big_region_manager"
    MARKET_MANAGER = "market_manager"
    REGION_MANAGER = "region_manager"
    CUSTOMER_MANAGER = "customer_manager"
    SALES_REP = "sales_rep"


ROLE_BODY: Mapping[Role, Body] = {
    Role.GM: Body.SLT,
    Role.SALES_DIRECTOR: Body.SLT,
    Role.DEPUTY_DIRECTOR: Body.SLT,
    Role.SSG_LEAD: Body.SSG,
    Role.CSR: Body.SSG,
    Role.BIG_REGION_MANAGER: Body.FSF,
    Role.MARKET_MANAGER: Body.FSF,
    Role.REGION_MANAGER: Body.FSF,
    Role.CUSTOMER_MANAGER: Body.FSF,
    Role.SALES_REP: Body.FSF,
}

#: The career path, lowest first (PRODUCT.md: region manager placed by us).
CAREER_PATH: tuple[Role, ...] = (
    Role.SALES_REP,
    Role.CUSTOMER_MANAGER,
    Role.REGION_MANAGER,
    Role.MARKET_MANAGER,
    Role.BIG_REGION_MANAGER,
)

HQ_BODIES = frozenset({Body.SLT, Body.SSG})

DISTRIBUTOR_GRADES: tuple[str, ...] = ("A", "B", "C", "P")  # P = prospect
CREDIT_RATINGS: tuple[str, ...] = ("A", "B", "C", "D")  # D = stop shipping
DISTRIBUTOR_STATUSES: tuple[str, ...] = ("active", "inactive")


def body_of(role: Role | str) -> Body:
    """The body (SLT/SSG/FSF) a role belongs to."""
    return ROLE_BODY[Role(role)]


def level_of(role: Role | str) -> int | None:
    """The career level of a role, 1 (sales rep) to 5 (big-region manager); None off the path."""
    role = Role(role)
    return CAREER_PATH.index(role) + 1 if role in CAREER_PATH else None


def role_at_level(level: int) -> Role:
    """The role at a career level (1-based)."""
    if not 1 <= level <= len(CAREER_PATH):
        raise ValueError(f"no career level {level}")
    return CAREER_PATH[level - 1]


def is_hq(role: Role | str) -> bool:
    """SLT and SSG people work for headquarters and see the whole organisation."""
    return body_of(role) in HQ_BODIES


def in_probation(probation_end: date | None, today: date) -> bool:
    """A person is in probation until (and including) the probation end date."""
    return probation_end is not None and today <= probation_end


@dataclass(frozen=True, slots=True)
class OrgNode:
    """One person, as much as scope rules need."""

    id: str
    role: Role
    manager_id: str | None
    market_id: str | None
    region_id: str | None


@dataclass(frozen=True, slots=True)
class Scope:
    """What one person may see. ``everything`` is for HQ; otherwise explicit id sets.

    ``people`` is the person and everyone below them. ``markets`` and ``regions`` are
    the areas they manage: a market manager sees every distributor of their market,
    a region manager every distributor of their region, everyone sees the
    distributors owned by someone in ``people``.
    """

    everything: bool
    people: frozenset[str]
    markets: frozenset[str]
    regions: frozenset[str]

    @classmethod
    def all(cls) -> Scope:
        return cls(True, frozenset(), frozenset(), frozenset())

    def sees_person(self, person_id: str) -> bool:
        return self.everything or person_id in self.people

    def sees_distributor(
        self, owner_id: str | None, market_id: str | None, region_id: str | None
    ) -> bool:
        if self.everything:
            return True
        return (
            (owner_id is not None and owner_id in self.people)
            or (market_id is not None and market_id in self.markets)
            or (region_id is not None and region_id in self.regions)
        )


def subtree(root_id: str, nodes: Iterable[OrgNode]) -> frozenset[str]:
    """The person and everyone who reports to them, directly or not (cycle-safe)."""
    children: dict[str, list[str]] = {}
    for n in nodes:
        if n.manager_id is not None:
            children.setdefault(n.manager_id, []).append(n.id)
    seen = {root_id}
    stack = [root_id]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return frozenset(seen)


def scope_of(person_id: str | None, nodes: Iterable[OrgNode]) -> Scope:
    """The scope of a laptop's owner: HQ roles (SLT, SSG) see everything, FSF their subtree.

    A database that belongs to nobody yet (a fresh HQ install) sees everything.
    """
    nodes = list(nodes)
    by_id = {n.id: n for n in nodes}
    me = by_id.get(person_id) if person_id else None
    if me is None or is_hq(me.role):
        return Scope.all()
    people = subtree(me.id, nodes)
    markets = frozenset(
        by_id[p].market_id
        for p in people
        if by_id[p].role in (Role.MARKET_MANAGER, Role.BIG_REGION_MANAGER) and by_id[p].market_id
    )
    regions = frozenset(
        by_id[p].region_id
        for p in people
        if by_id[p].role == Role.REGION_MANAGER and by_id[p].region_id
    )
    return Scope(False, people, markets, regions)  # type: ignore[arg-type]
