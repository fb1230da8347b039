"""The organisation: bodies, markets, regions and people, as the acting person may see them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.models import LocalState, Market, OrgBody, Person, Region
from desktop.domain.org import Role, in_probation, is_hq
from desktop.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop.services.base import Changes, OpResult, Service, current_scope

MSG_NO_PERSON = QT_TRANSLATE_NOOP("errors", "There is no person with code {code}.")
MSG_INACTIVE_OWNER = QT_TRANSLATE_NOOP(
    "errors", "{name} is no longer active and cannot own this laptop."
)


@dataclass(frozen=True)
class MarketRow:
    id: str
    code: str
    name: str
    name_en: str
    slt_owner_id: str | None
    ssg_owner_id: str | None


@dataclass(frozen=True)
class RegionRow:
    id: str
    code: str
    name: str
    market_id: str


@dataclass(frozen=True)
class BodyRow:
    code: str
    name: str
    name_en: str
    lead_id: str | None


@dataclass(frozen=True)
class PersonRow:
    id: str
    code: str
    name: str
    role: str
    level: int | None
    body: str
    manager_id: str | None
    manager_code: str | None
    manager_name: str | None
    market_id: str | None
    market_code: str | None
    market_name: str | None
    region_id: str | None
    region_code: str | None
    region_name: str | None
    hire_date: date
    probation_end: date | None
    last_promotion_date: date | None
    phone: str
    email: str
    active: bool


@dataclass(frozen=True)
class OrgTree:
    """Everything the organisation page needs, already filtered by scope and ordered."""

    bodies: list[BodyRow]
    markets: list[MarketRow]
    regions: list[RegionRow]
    people: list[PersonRow]
    everything: bool


@dataclass(frozen=True)
class PersonDetail:
    person: PersonRow
    in_probation: bool
    subordinates: list[PersonRow]


@dataclass(frozen=True)
class Owner:
    """Who this database belongs to, and whether that is an HQ role."""

    person: PersonRow | None
    company_name: str
    hq: bool


def _people_query(session: Session) -> list[PersonRow]:
    mgr = aliased(Person)
    stmt = (
        select(Person, mgr.code, mgr.name, Market.code, Market.name, Region.code, Region.name)
        .outerjoin(mgr, Person.manager_id == mgr.id)
        .outerjoin(Market, Person.market_id == Market.id)
        .outerjoin(Region, Person.region_id == Region.id)
        .where(Person.deleted.is_(False))
        .order_by(Person.code)
    )
    out = []
    for p, mcode, mname, mkcode, mkname, rcode, rname in session.execute(stmt):
        out.append(
            PersonRow(
                p.id, p.code, p.name, p.role, p.level, p.body, p.manager_id, mcode, mname,
                p.market_id, mkcode, mkname, p.region_id, rcode, rname,
                p.hire_date, p.probation_end, p.last_promotion_date, p.phone, p.email, p.active,
            )
        )  # fmt: skip
    return out


class OrgService(Service):
    """Reads of the organisation, and choosing who this laptop belongs to."""

    def today(self) -> date:
        return self.db.clock().date()

    def tree(self) -> OrgTree:
        """Bodies, markets, regions and people in the acting person's scope (HQ: everything)."""
        with self.db.read_session() as s:
            scope = current_scope(s)
            people = [p for p in _people_query(s) if scope.sees_person(p.id)]
            markets = [
                MarketRow(m.id, m.code, m.name, m.name_en, m.slt_owner_id, m.ssg_owner_id)
                for m in s.scalars(
                    select(Market).where(Market.deleted.is_(False)).order_by(Market.sort_order)
                )
            ]
            regions = [
                RegionRow(r.id, r.code, r.name, r.market_id)
                for r in s.scalars(
                    select(Region)
                    .where(Region.deleted.is_(False))
                    .order_by(Region.market_id, Region.sort_order, Region.code)
                )
            ]
            bodies = [
                BodyRow(b.code, b.name, b.name_en, b.lead_id)
                for b in s.scalars(select(OrgBody).where(OrgBody.deleted.is_(False)))
            ]
            if not scope.everything:
                visible_markets = {p.market_id for p in people if p.market_id}
                visible_regions = {p.region_id for p in people if p.region_id} | {
                    r.id for r in regions if r.market_id in scope.markets
                }
                markets = [m for m in markets if m.id in visible_markets]
                regions = [r for r in regions if r.id in visible_regions]
                bodies = [b for b in bodies if b.code == "FSF"]
            order = {"SLT": 0, "SSG": 1, "FSF": 2}
            bodies.sort(key=lambda b: order.get(b.code, 9))
            return OrgTree(bodies, markets, regions, people, scope.everything)

    def people(self) -> list[PersonRow]:
        """Everyone in scope, by code."""
        return self.tree().people

    def person(self, person_id: str) -> PersonDetail:
        with self.db.read_session() as s:
            scope = current_scope(s)
            rows = _people_query(s)
        by_id = {p.id: p for p in rows}
        if person_id not in by_id or not scope.sees_person(person_id):
            raise NotFound(MSG_NO_PERSON, code=person_id)
        me = by_id[person_id]
        subs = [p for p in rows if p.manager_id == person_id]
        return PersonDetail(me, in_probation(me.probation_end, self.today()), subs)

    def owner_choices(self) -> list[PersonRow]:
        """Everyone active, whatever the current scope: who may this laptop belong to.

        Choosing the owner is what sets the scope, so the choice itself cannot be scoped
        (a laptop handed from one rep to another must be able to change hands directly).
        """
        with self.db.read_session() as s:
            return [p for p in _people_query(s) if p.active]

    def markets(self) -> list[MarketRow]:
        return self.tree().markets

    def owner(self) -> Owner:
        with self.db.read_session() as s:
            state = s.get(LocalState, 1)
            company = state.company_name if state else ""
            pid = state.owner_person_id if state else None
            person = next((p for p in _people_query(s) if p.id == pid), None) if pid else None
        return Owner(person, company, person is None or is_hq(Role(person.role)))

    def set_owner(self, code: str | None) -> OpResult[str | None]:
        """Make this database belong to the person with ``code`` (None: to nobody, i.e. HQ)."""
        with self.db.session_scope() as s:
            state = s.get(LocalState, 1)
            assert state is not None
            if code is None:
                state.owner_person_id = None
                return OpResult(None, Changes.of("local_state"))
            person = s.scalar(select(Person).where(Person.code == code, Person.deleted.is_(False)))
            if person is None:
                raise NotFound(MSG_NO_PERSON, code=code)
            if not person.active:
                raise UserError(MSG_INACTIVE_OWNER, name=person.name)
            state.owner_person_id = person.id
            return OpResult(person.id, Changes.of("local_state"))
