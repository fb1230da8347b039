"""The demo generator: the M-brand organisation of D19, deterministic, written as base rows."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db import demo_names as N
from db.capture import rows_without_clocks
from db.demo import (
    COMPANY_NAME,
    SCALES,
    DemoSummary,
    add_months,
    distributor_count,
    generate_demo,
)
from db.engine import Database, open_database
from db.models import (
    Distributor,
    DistributorContact,
    FieldClock,
    LocalState,
    Market,
    OrgBody,
    Outbox,
    Person,
    Region,
)
from desktop.domain.org import Role, body_of, in_probation, level_of
from desktop.domain.text import pinyin_keys, search_key

TODAY = date(2026, 11, 27)
MARKETS = [
    ("NE", "东北", "Northeast"),
    ("NC", "华北", "North China"),
    ("NW", "西北", "Northwest"),
    ("CC", "华中", "Central China"),
    ("JJ", "京津", "Beijing–Tianjin"),
    ("EC", "华东", "East China"),
    ("SC", "华南", "South China"),
    ("SW", "西南", "Southwest"),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One default-scale demo (seed 1) shared by the read-only tests of this module."""
    database = open_database(tmp_path_factory.mktemp("demo") / "x.db")
    summary = generate_demo(database, seed=1, today=TODAY)
    yield database, summary
    database.dispose()


@pytest.fixture
def s(demo: tuple[Database, DemoSummary]) -> Iterator[Session]:
    with demo[0].read_session() as session:
        yield session


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    manager = aliased(Person)
    owner = aliased(Person)
    with db.read_session() as s:
        people = s.execute(
            select(
                Person.id,
                Person.code,
                Person.name,
                Person.role,
                Person.level,
                Market.code,
                Region.code,
                manager.code,
                Person.hire_date,
                Person.probation_end,
                Person.last_promotion_date,
                Person.active,
            )
            .outerjoin(Market, Market.id == Person.market_id)
            .outerjoin(Region, Region.id == Person.region_id)
            .outerjoin(manager, manager.id == Person.manager_id)
            .order_by(Person.code)
        ).all()
        distributors = s.execute(
            select(
                Distributor.id,
                Distributor.code,
                Distributor.name,
                Market.code,
                Region.code,
                owner.code,
                Distributor.grade,
                Distributor.credit_rating,
                Distributor.credit_limit_fen,
                Distributor.status,
                Distributor.address,
            )
            .join(Market, Market.id == Distributor.market_id)
            .outerjoin(Region, Region.id == Distributor.region_id)
            .outerjoin(owner, owner.id == Distributor.owner_id)
            .order_by(Distributor.code)
        ).all()
        contacts = s.execute(
            select(
                Distributor.code,
                DistributorContact.name,
                DistributorContact.title,
                DistributorContact.phone,
                DistributorContact.is_primary,
            )
            .join(Distributor, Distributor.id == DistributorContact.distributor_id)
            .order_by(Distributor.code, DistributorContact.sort_order)
        ).all()
    return {
        "people": [tuple(r) for r in people],
        "distributors": [tuple(r) for r in distributors],
        "contacts": [tuple(r) for r in contacts],
    }


def _generated(path: Path, **kwargs: Any) -> Database:
    database = open_database(path)
    generate_demo(database, today=TODAY, **kwargs)
    return database


def test_same_seed_gives_identical_content_and_another_seed_differs(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a.db", 7), ("b.db", 7), ("c.db", 8)):
        database = _generated(tmp_path / name, seed=seed, scale="small")
        dumps.append(_dump(database))
        database.dispose()
    assert dumps[0] == dumps[1]
    assert dumps[0]["people"] and dumps[0]["distributors"] and dumps[0]["contacts"]
    for part in ("people", "distributors", "contacts"):
        assert dumps[0][part] != dumps[2][part]


def test_markets_are_the_eight_of_product_md_in_order(s: Session) -> None:
    markets = s.scalars(select(Market).order_by(Market.sort_order)).all()
    assert [(m.code, m.name, m.name_en) for m in markets] == MARKETS
    assert [m.sort_order for m in markets] == list(range(1, 9))
    by_role = {p.role: p for p in s.scalars(select(Person).where(Person.market_id.is_(None)))}
    csrs = s.scalars(select(Person).where(Person.role == Role.CSR).order_by(Person.code)).all()
    director, deputy, ssg_lead = (
        by_role[Role.SALES_DIRECTOR],
        by_role[Role.DEPUTY_DIRECTOR],
        by_role[Role.SSG_LEAD],
    )
    for m in markets[:4]:
        assert (m.slt_owner_id, m.ssg_owner_id) == (director.id, csrs[1].id)
    for m in markets[4:]:
        assert (m.slt_owner_id, m.ssg_owner_id) == (deputy.id, ssg_lead.id)


def test_slt_and_ssg_have_three_people_each_in_the_d19_chain(s: Session) -> None:
    people = s.scalars(select(Person)).all()
    slt = sorted((p for p in people if p.body == "SLT"), key=lambda p: p.code)
    ssg = sorted((p for p in people if p.body == "SSG"), key=lambda p: p.code)
    assert [p.role for p in slt] == [Role.GM, Role.SALES_DIRECTOR, Role.DEPUTY_DIRECTOR]
    assert [p.role for p in ssg] == [Role.SSG_LEAD, Role.CSR, Role.CSR]
    gm, director, deputy = slt
    lead = ssg[0]
    assert gm.manager_id is None
    assert director.manager_id == gm.id
    assert deputy.manager_id == director.id
    assert lead.manager_id == deputy.id
    assert all(p.manager_id == lead.id for p in ssg[1:])
    assert all(p.level is None and p.market_id is None for p in slt + ssg)
    bodies = {b.code: b for b in s.scalars(select(OrgBody))}
    assert set(bodies) == {"SLT", "SSG", "FSF"}
    assert bodies["SLT"].lead_id == gm.id
    assert bodies["SSG"].lead_id == lead.id
    assert bodies["FSF"].lead_id == director.id
    assert (bodies["SSG"].name, bodies["FSF"].name_en) == ("销售部秘书组", "Field Sales Force")


def test_field_force_tree_follows_markets_and_regions(s: Session) -> None:
    markets = {m.id: m for m in s.scalars(select(Market))}
    regions = {r.id: r for r in s.scalars(select(Region))}
    people = {p.id: p for p in s.scalars(select(Person))}
    for p in people.values():
        assert p.body == body_of(p.role)
        assert p.level == level_of(p.role)
        assert p.pinyin == search_key(p.name)
        assert len(p.phone) == 11 and p.phone.startswith("13")
    assert len({p.name for p in people.values()}) == len(people)
    assert [p.code for p in sorted(people.values(), key=lambda p: p.code)][:2] == ["P0001", "P0002"]
    for m in markets.values():
        mine = [r for r in regions.values() if r.market_id == m.id]
        assert 2 <= len(mine) <= 4
        assert sorted(r.code for r in mine) == [
            f"{m.code}-{i:02d}" for i in range(1, len(mine) + 1)
        ]
        mms = [p for p in people.values() if p.role == Role.MARKET_MANAGER and p.market_id == m.id]
        assert len(mms) == 1
        assert mms[0].manager_id == m.slt_owner_id and mms[0].region_id is None
    for r in regions.values():
        staff = [p for p in people.values() if p.region_id == r.id]
        assert all(p.market_id == r.market_id for p in staff)
        rms = [p for p in staff if p.role == Role.REGION_MANAGER]
        assert len(rms) == 1
        assert people[rms[0].manager_id].role == Role.MARKET_MANAGER  # type: ignore[index]
        assert people[rms[0].manager_id].market_id == r.market_id  # type: ignore[index]
        cms = [p for p in staff if p.role == Role.CUSTOMER_MANAGER]
        assert 1 <= len(cms) <= 2  # default scale
        assert all(p.manager_id == rms[0].id for p in cms)
        for cm in cms:
            reps = [p for p in staff if p.manager_id == cm.id]
            assert 1 <= len(reps) <= 2
            assert all(p.role == Role.SALES_REP for p in reps)


def test_some_people_are_new_and_some_were_promoted_recently(s: Session) -> None:
    people = s.scalars(select(Person)).all()
    new = [p for p in people if p.hire_date > TODAY - timedelta(days=90)]
    assert len(new) >= 2
    assert all(in_probation(p.probation_end, TODAY) for p in new)
    for p in people:
        assert p.hire_date <= TODAY
        assert p.hire_date >= TODAY - timedelta(days=8 * 366)
        assert p.probation_end == add_months(p.hire_date, 3)
        if p not in new:
            assert not in_probation(p.probation_end, TODAY)
        if p.last_promotion_date is not None:
            assert p.hire_date + timedelta(days=182) <= p.last_promotion_date <= TODAY
    recent = [
        p
        for p in people
        if p.last_promotion_date and p.last_promotion_date > TODAY - timedelta(days=183)
    ]
    older = [
        p
        for p in people
        if p.last_promotion_date and p.last_promotion_date <= TODAY - timedelta(days=183)
    ]
    assert len(recent) >= 2 and older
    assert any(p.last_promotion_date is None for p in people)
    gm = next(p for p in people if p.role == Role.GM)
    rep_tenure = sorted(p.hire_date for p in people if p.role == Role.SALES_REP)
    assert gm.hire_date < rep_tenure[0]  # senior people were hired earlier
    inactive = [p for p in people if not p.active]
    assert 0 < len(inactive) <= 2 and all(p.role == Role.SALES_REP for p in inactive)
    assert not s.scalar(
        select(func.count()).where(Distributor.owner_id.in_([p.id for p in inactive]))
    )


def test_default_scale_has_full_distributor_files(
    s: Session, demo: tuple[Database, DemoSummary]
) -> None:
    distributors = s.scalars(select(Distributor).order_by(Distributor.code)).all()
    assert len(distributors) == SCALES["default"] == demo[1].distributors >= 300
    assert distributors[0].code == "D000001"
    assert len({d.name for d in distributors}) == len(distributors)
    regions = {r.id: r for r in s.scalars(select(Region))}
    people = {p.id: p for p in s.scalars(select(Person))}
    cities = {
        (r_spec.name, c.name): c.province
        for m in N.MARKETS
        for r_spec in m.regions
        for c in r_spec.cities
    }
    contacts = Counter(s.scalars(select(DistributorContact.distributor_id)))
    primaries = Counter(
        s.scalars(select(DistributorContact.distributor_id).where(DistributorContact.is_primary))
    )
    for d in distributors:
        region = regions[d.region_id]  # type: ignore[index]
        assert region.market_id == d.market_id
        assert cities[(region.name, d.city)] == d.province
        assert d.name.startswith(d.city) and d.short_name in d.name
        assert d.pinyin == search_key(d.name)
        if d.owner_id is not None:
            owner = people[d.owner_id]
            assert owner.region_id == d.region_id and owner.active
            assert owner.role in (Role.CUSTOMER_MANAGER, Role.SALES_REP)
        assert d.address and d.phone and d.warehouse_address and d.receiving_hours and d.carrier
        assert d.lead_days is not None and 1 <= d.lead_days <= 7
        assert (
            d.grade in "ABCP" and d.credit_rating in "ABCD" and d.status in ("active", "inactive")
        )
        assert d.payment_terms_days in (0, 15, 30, 45, 60)
        assert d.credit_limit_fen % 100 == 0 and d.credit_limit_fen >= 0
        assert (d.credit_limit_fen > 0) == (d.grade != "P")
        assert 1 <= contacts[d.id] <= 3 and primaries[d.id] == 1
    grades = Counter(d.grade for d in distributors)
    assert 0.05 < grades["A"] / len(distributors) < 0.16
    assert 0.40 < grades["C"] / len(distributors) < 0.60
    trading = [d for d in distributors if d.grade != "P"]
    ratings = Counter(d.credit_rating for d in trading)
    assert 0.03 < ratings["D"] / len(trading) < 0.18
    limits = {g: [d.credit_limit_fen for d in trading if d.grade == g] for g in "AC"}
    assert sum(limits["A"]) / len(limits["A"]) > sum(limits["C"]) / len(limits["C"])
    assert any(d.owner_id is None for d in distributors)
    assert any(d.status == "inactive" for d in distributors)
    assert any(d.logistics_notes for d in distributors) and any(d.notes for d in distributors)
    assert sum(contacts.values()) == demo[1].contacts


def test_beijing_huayue_is_found_by_bjhy(s: Session) -> None:
    d = s.scalars(select(Distributor).where(Distributor.name == "北京华悦商贸有限公司")).one()
    assert d.pinyin.startswith("bjhy")
    assert s.get(Market, d.market_id).code == "JJ"  # type: ignore[union-attr]
    assert d.short_name == "北京华悦" and d.grade == "A" and d.owner_id is not None


def test_demo_rows_are_base_rows_without_outbox(
    s: Session, demo: tuple[Database, DemoSummary]
) -> None:
    assert list(rows_without_clocks(s)) == []
    assert s.scalar(select(func.count()).select_from(Outbox)) == 0
    assert s.scalar(select(func.count()).select_from(FieldClock)) == 0
    state = s.get(LocalState, 1)
    assert state is not None
    assert state.company_name == COMPANY_NAME and state.owner_person_id is None
    summary = demo[1]
    assert summary.people == s.scalar(select(func.count()).select_from(Person))
    assert (summary.bodies, summary.markets) == (3, 8)
    assert summary.regions == s.scalar(select(func.count()).select_from(Region))


def test_a_second_demo_on_the_same_database_is_refused(db: Database) -> None:
    generate_demo(db, scale="small", today=TODAY)
    before = _dump(db)
    with pytest.raises(ValueError, match="empty database"):
        generate_demo(db, scale="small", today=TODAY)
    assert _dump(db) == before


def test_an_int_scale_is_a_number_of_distributors_and_progress_is_reported(db: Database) -> None:
    calls: list[tuple[int, int]] = []
    summary = generate_demo(
        db, seed=3, scale=150, today=TODAY, progress=lambda d, t: calls.append((d, t))
    )
    assert summary.distributors == 150
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Distributor)) == 150
        assert s.scalar(select(func.count()).where(Distributor.name == "北京华悦商贸有限公司"))
    # 4 units a distributor: its file, then three for the history
    assert calls[0] == (0, 600) and calls[-1] == (600, 600)
    assert (150, 600) in calls
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_tiny_scale_still_has_beijing_huayue(db: Database) -> None:
    assert generate_demo(db, scale=1, today=TODAY).distributors == 1
    with db.read_session() as s:
        assert s.scalars(select(Distributor.name)).all() == ["北京华悦商贸有限公司"]


def test_scales(db: Database) -> None:
    assert distributor_count("large") == 20_000
    assert distributor_count(50) == distributor_count("50") == 50
    for bad in ("huge", 0, -5, True):
        with pytest.raises(ValueError):
            distributor_count(bad)
    with pytest.raises(ValueError):
        generate_demo(db, scale="huge")


def test_add_months_clamps_to_the_end_of_the_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 29), 3) == date(2028, 2, 29)
    assert add_months(date(2026, 5, 15), 3) == date(2026, 8, 15)


def test_trade_name_pinyin_composes_from_its_parts() -> None:
    """The generator joins the parts' keys; for the tables' words that equals search_key."""
    rng = random.Random(0)
    cities = [c.name for m in N.MARKETS for r in m.regions for c in r.cities]
    for _ in range(1500):
        parts = (
            rng.choice(cities),
            rng.choice(N.BRAND_FIRST) + rng.choice(N.BRAND_SECOND),
            rng.choice(N.KINDS)[0],
        )
        keys = [pinyin_keys(p) for p in parts]
        composed = "".join(k[0] for k in keys) + " " + "".join(k[1] for k in keys)
        assert composed == search_key("".join(parts)), parts
