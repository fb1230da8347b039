"""Demo data: the M brand's sales department (D19), to try FieldDesk and to test it at scale.

``generate_demo(db, seed=..., scale=...)`` fills an empty database with the three
bodies (SLT, SSG, FSF), the 3 + 3 HQ people, the 8 markets of PRODUCT.md with 2–4
regions each, a field force sized to the number of distributors, the distributors
with their contacts, logistics info (储运信息) and credit (信用等级)
(``db.demo_distributors``), and their history up to ``today``: holidays, calls,
visits and follow-up tasks (``db.demo_history``).

Decisions:

* **Base rows, not captured changes.** Demo content is already-synced base data:
  every row goes in through ``insert_base_rows`` with a row clock and *no* outbox
  record, the way an enrolment snapshot does. Whoever has the demo has all of it
  (every replica generates the same content from the same seed), so there is
  nothing to send; an edit made afterwards is captured like any other edit.
  Everything is written in one transaction: an error leaves the database empty.
* **Deterministic for a seed.** Every random choice comes from ``random.Random``
  streams seeded from ``seed`` (one stream per step, so a later step cannot shift
  the content of an earlier one), every id from ``DeterministicIds(seed, ms of
  today)``, and every date is relative to ``today``; the clock is never read.
  Row clocks and timestamps (``created_at``) are bookkeeping, not content.
* **Insert order.** SQLite checks an immediate foreign key at the end of each
  statement, i.e. of each row of an ``executemany``. ``market`` and ``org_body``
  point at ``person`` while ``person`` points at ``market``/``region``, so the order is:
  HQ people (no market) → markets (owners set) → regions → field people, managers
  before their reports → bodies → distributors → contacts. No key ever dangles.
* **Organisation (D19, DIGEST §2).** GM; sales director (reports to the GM; runs
  东北, 华北, 西北, 华中); deputy director (reports to the director; runs 京津, 华东,
  华南, 西南); SSG lead (reports to the deputy, settles the deputy's markets); CSR
  item 2 (ordering and shipment nationwide) and CSR item 3 (settles the director's
  markets), both under the SSG lead. Per market one market manager under the SLT
  owner; per region one region manager under the market manager; customer
  managers under the region manager and sales reps under a customer manager.
* **Scale** is the number of distributors (``SCALES`` names three). The regions stay
  fixed; the field force grows with the distributors so that an owner keeps a
  plausible book (a sales rep ~40 distributors at large scale, a customer manager
  fewer). At the default scale a region has 1–2 customer managers with 1–2 reps each.
* **People.** Hire dates spread over ~8 years, earlier for senior roles (sales
  reps up to ~5½ years, so that most of five years of history has its callers); a few
  reps and one region manager are in their first three months (probation_end =
  hire + 3 months, still ahead); everyone else's probation is over. Some managers
  were promoted in the last 6 months, others longer ago (≥ 6 months after hire,
  D11) or were hired into their role. One or two reps have left (inactive) and own
  no distributors.
* **Distributors.** Cities get distributors by weight; each region's distributors
  are split into contiguous city territories among its customer managers and reps;
  a few (more often prospects) are unassigned. Grades A 10 %, B 30 %, C 50 %,
  P (prospect) 10 %; trading distributors are rated A 30 %, B 40 %, C 20 %,
  D 10 % with limits and payment terms that fit grade and rating; prospects have
  rating C, no credit and cash terms. 北京华悦商贸有限公司 (京津, grade A) always
  exists, so typing ``bjhy`` finds it.
* **Pinyin** of a trade name is composed from the cached keys of its parts (city,
  brand, kind). The brand characters were checked so that this equals
  ``search_key(name)`` for every city/brand/kind pair; the tests check it again.
* **History** (``db.demo_history``): one year to five depending on the scale, as
  base rows too, from its own ``Random`` streams (it cannot shift the content of
  the organisation). With it the large scale has over a million calls.
* **Working memory.** On SQLite the page cache is raised to ``CACHE_KIB`` while
  the demo is written (fewer spills to the WAL) and restored afterwards.
* **Progress** runs over 4 units per distributor: one for writing its file, three
  for the history (reported after every month of it).

A later step is one more method of ``_Demo`` called after ``history``, with its
own ``Random`` stream and its own share of the progress units.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import demo_names as N
from db.capture import insert_base_rows
from db.demo_distributors import RESERVED, DistributorWriter, MarketPlan, RegionPlan, any_name
from db.demo_history import HistorySummary, write_history
from db.engine import Database
from db.ids import DeterministicIds
from db.models import Distributor, LocalState, Market, OrgBody, Person, Region
from desktop.domain.calendar import add_months
from desktop.domain.org import Body, Role, body_of, level_of
from desktop.domain.text import pinyin_keys, search_key

Row = dict[str, Any]
ProgressFn = Callable[[int, int], None]

#: Named sizes: the number of distributors.
SCALES: Mapping[str, int] = {"small": 80, "default": 400, "large": 20_000}
DEFAULT_TODAY = date(2026, 11, 27)
COMPANY_NAME = "M品牌销售部"
EMAIL_DOMAIN = "m-brand.example"
CACHE_KIB = 256 * 1024

BODIES = (
    (Body.SLT, "销售领导小组", "Sales Leadership Team"),
    (Body.SSG, "销售部秘书组", "Sales Secretary Group"),
    (Body.FSF, "实地销售队伍", "Field Sales Force"),
)
#: Days of service (min, max) before ``today`` by role: senior people were hired earlier.
TENURE_DAYS: Mapping[Role, tuple[int, int]] = {
    Role.GM: (2600, 2920),
    Role.SALES_DIRECTOR: (2300, 2850),
    Role.DEPUTY_DIRECTOR: (1800, 2600),
    Role.SSG_LEAD: (1600, 2500),
    Role.CSR: (400, 2000),
    Role.MARKET_MANAGER: (1100, 2800),
    Role.REGION_MANAGER: (250, 1800),
    Role.CUSTOMER_MANAGER: (250, 1800),
    Role.SALES_REP: (100, 2000),
}
#: Share of a role's people who were promoted into it (the others were hired into it).
PROMOTED_SHARE: Mapping[Role, float] = {
    Role.DEPUTY_DIRECTOR: 1.0,
    Role.SSG_LEAD: 1.0,
    Role.CSR: 0.3,
    Role.MARKET_MANAGER: 0.7,
    Role.REGION_MANAGER: 0.4,
    Role.CUSTOMER_MANAGER: 0.6,
}
MIN_DAYS_TO_PROMOTION = 183  # D11: at least 6 months between steps
RECENT_PROMOTION_DAYS = 180
NEW_HIRE_SHARE = 0.08  # of sales reps, at least 2
RECENT_PROMOTION_SHARE = 0.15  # of the promoted field managers, at least 2


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    bodies: int
    people: int
    markets: int
    regions: int
    distributors: int
    contacts: int
    holidays: int
    calls: int
    visits: int
    follow_up_tasks: int


def distributor_count(scale: str | int) -> int:
    """A scale name (``SCALES``) or a positive number of distributors → the number."""
    if isinstance(scale, bool):
        raise ValueError(f"not a demo scale: {scale!r}")
    if isinstance(scale, str) and scale.isdigit():
        scale = int(scale)
    if isinstance(scale, int):
        if scale < 1:
            raise ValueError(f"a demo needs at least 1 distributor, not {scale}")
        return scale
    if scale not in SCALES:
        names = ", ".join(SCALES)
        raise ValueError(f"unknown demo scale {scale!r}: use {names} or a number of distributors")
    return SCALES[scale]


def generate_demo(
    db: Database,
    *,
    seed: int = 1,
    scale: str | int = "default",
    today: date = DEFAULT_TODAY,
    progress: ProgressFn | None = None,
) -> DemoSummary:
    """Fill an empty database with the M-brand demo organisation and its history.

    ValueError if the database already has people, markets or distributors.
    """
    n = distributor_count(scale)
    with db.session_scope() as session:
        _refuse_non_empty(session)
        demo = _Demo(seed, n, today, progress or (lambda done, total: None))
        with _large_cache(session):
            demo.organisation(session)
            distributors, contacts = demo.distributors(session)
            history = demo.history(session)
        state = session.get(LocalState, 1)
        if state is None:  # open_database always makes it
            raise ValueError("the database has no local_state row: open it with open_database")
        state.company_name = COMPANY_NAME
    return DemoSummary(
        bodies=len(BODIES),
        people=len(demo.people),
        markets=len(demo.markets),
        regions=len(demo.regions),
        distributors=distributors,
        contacts=contacts,
        holidays=history.holidays,
        calls=history.calls,
        visits=history.visits,
        follow_up_tasks=history.follow_up_tasks,
    )


@contextmanager
def _large_cache(session: Session) -> Iterator[None]:
    """SQLite: a page cache of ``CACHE_KIB`` while the demo is written (fewer spills to the WAL)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


def _refuse_non_empty(session: Session) -> None:
    for model in (Person, Market, Region, OrgBody, Distributor):
        if session.scalar(select(func.count()).select_from(model)):
            raise ValueError(
                "the database already has an organisation (people, markets or distributors): "
                "demo data goes only into an empty database"
            )


class _Demo:
    """The generator's state: random streams, ids, and what earlier steps made."""

    def __init__(self, seed: int, n: int, today: date, progress: ProgressFn) -> None:
        self.n = n
        self.seed = seed
        self.today = today
        self.progress = lambda done: progress(done, 4 * n)
        start_ms = int(datetime.combine(today, time(), tzinfo=UTC).timestamp() * 1000)
        self.new_id = DeterministicIds(seed, start_ms)
        self.rng_org = random.Random(f"fielddesk-demo:{seed}:org")
        self.rng_dist = random.Random(f"fielddesk-demo:{seed}:distributors")
        self.writer: DistributorWriter | None = None
        self.people: list[Row] = []
        self.markets: list[MarketPlan] = []
        self.regions: list[RegionPlan] = []
        self._names: set[str] = set()
        self._emails: set[str] = set()
        self._branches: set[tuple[str, str]] = set()

    # -- organisation --------------------------------------------------------------

    def organisation(self, session: Session) -> None:
        rng = self.rng_org
        gm = self._person(Role.GM, None)
        director = self._person(Role.SALES_DIRECTOR, gm)
        deputy = self._person(Role.DEPUTY_DIRECTOR, director)
        ssg_lead = self._person(Role.SSG_LEAD, deputy)
        self._person(Role.CSR, ssg_lead)  # item 2: ordering and shipment, nationwide
        csr_settle = self._person(Role.CSR, ssg_lead)  # item 3: settles the director's markets
        hq = len(self.people)
        counts = iter(self._apportion())
        market_rows: list[Row] = []
        region_rows: list[Row] = []
        for m_i, spec in enumerate(N.MARKETS, start=1):
            slt, ssg = (director, csr_settle) if spec.director_owned else (deputy, ssg_lead)
            market = MarketPlan(self.new_id(), spec, slt, ssg)
            self.markets.append(market)
            market_rows.append(
                {"id": market.id, "code": spec.code, "name": spec.name, "name_en": spec.name_en}
                | {"sort_order": m_i, "slt_owner_id": slt["id"], "ssg_owner_id": ssg["id"]}
            )
            for r_i, rspec in enumerate(spec.regions, start=1):
                region = RegionPlan(
                    self.new_id(), market, rspec.cities, [next(counts) for _ in rspec.cities]
                )
                self.regions.append(region)
                region_rows.append(
                    {"id": region.id, "code": f"{spec.code}-{r_i:02d}", "name": rspec.name}
                    | {"market_id": market.id, "sort_order": r_i}
                )
        for market in self.markets:
            mm = self._person(Role.MARKET_MANAGER, market.slt_owner, market.id)
            for region in (r for r in self.regions if r.market is market):
                self._staff_region(rng, region, mm)
        self._life_events(rng)
        bodies = {Body.SLT: gm, Body.SSG: ssg_lead, Body.FSF: director}
        body_rows = [
            {"id": self.new_id(), "code": b.value, "name": name, "name_en": name_en}
            | {"lead_id": bodies[b]["id"]}
            for b, name, name_en in BODIES
        ]
        insert_base_rows(session, Person, self.people[:hq])
        insert_base_rows(session, Market, market_rows)
        insert_base_rows(session, Region, region_rows)
        insert_base_rows(session, Person, self.people[hq:])
        insert_base_rows(session, OrgBody, body_rows)

    def _apportion(self) -> list[int]:
        """Distributors per city (in table order): by jittered weight, largest remainder."""
        cities = [c for m in N.MARKETS for r in m.regions for c in r.cities]
        weights = [c.weight * self.rng_org.uniform(0.8, 1.25) for c in cities]
        quotas = [w * self.n / sum(weights) for w in weights]
        counts = [int(q) for q in quotas]
        by_remainder = sorted(range(len(cities)), key=lambda i: (counts[i] - quotas[i], i))
        for i in by_remainder[: self.n - sum(counts)]:
            counts[i] += 1
        beijing = next(i for i, c in enumerate(cities) if c.name == RESERVED[0])
        if counts[beijing] == 0:  # tiny scales: 北京华悦 must exist
            counts[counts.index(max(counts))] -= 1
            counts[beijing] = 1
        return counts

    def _staff_region(self, rng: random.Random, region: RegionPlan, mm: Row) -> None:
        """One region manager, customer managers and reps sized to the region's distributors."""
        owners = sum(region.counts) / rng.uniform(30, 50)
        n_cm = max(rng.randint(1, 2), round(owners / 5))
        reps = [rng.randint(1, 2) for _ in range(n_cm)]
        for _ in range(round(owners) - n_cm - sum(reps)):
            reps[rng.randrange(n_cm)] += 1
        rm = self._person(Role.REGION_MANAGER, mm, region.market.id, region.id)
        for k in range(n_cm):
            cm = self._person(Role.CUSTOMER_MANAGER, rm, region.market.id, region.id)
            region.staff.append(cm)
            for _ in range(reps[k]):
                rep = self._person(Role.SALES_REP, cm, region.market.id, region.id)
                region.staff.append(rep)

    def _person(
        self,
        role: Role,
        manager: Row | None,
        market_id: str | None = None,
        region_id: str | None = None,
    ) -> Row:
        rng = self.rng_org
        name = self._person_name(rng)
        lo, hi = TENURE_DAYS[role]
        hire = self.today - timedelta(days=rng.randint(lo, hi))
        promoted = None
        if rng.random() < PROMOTED_SHARE.get(role, 0.0):
            first = (hire + timedelta(days=MIN_DAYS_TO_PROMOTION)).toordinal()
            last = (self.today - timedelta(days=RECENT_PROMOTION_DAYS + 1)).toordinal()
            promoted = date.fromordinal(rng.randint(first, last)) if first <= last else None
        email = ""
        if role != Role.SALES_REP or rng.random() < 0.6:
            email = self._email(pinyin_keys(name)[1])
        row: Row = {
            "id": self.new_id(),
            "code": f"P{len(self.people) + 1:04d}",
            "name": name,
            "pinyin": search_key(name),
            "role": role.value,
            "level": level_of(role),
            "body": body_of(role).value,
            "manager_id": manager["id"] if manager else None,
            "market_id": market_id,
            "region_id": region_id,
            "hire_date": hire,
            "probation_end": add_months(hire, 3),
            "last_promotion_date": promoted,
            "phone": f"13{rng.randrange(10)}{rng.randrange(10**8):08d}",
            "email": email,
            "active": True,
        }
        self.people.append(row)
        return row

    def _life_events(self, rng: random.Random) -> None:
        """New hires in probation, recent promotions and reps who left, drawn over the whole force."""
        reps = [p for p in self.people if p["role"] == Role.SALES_REP]
        rms = [p for p in self.people if p["role"] == Role.REGION_MANAGER]
        new = rng.sample(reps, min(len(reps), max(2, round(NEW_HIRE_SHARE * len(reps)))))
        new.append(rng.choice(rms))  # region managers are mostly outside hires (D11)
        for p in new:
            p["hire_date"] = self.today - timedelta(days=rng.randint(5, 85))
            p["probation_end"] = add_months(p["hire_date"], 3)
            p["last_promotion_date"] = None
        managers = (Role.MARKET_MANAGER, Role.REGION_MANAGER, Role.CUSTOMER_MANAGER)
        cutoff = self.today - timedelta(days=365)
        seniors = [p for p in self.people if p["role"] in managers and p["hire_date"] <= cutoff]
        k = min(len(seniors), max(2, round(RECENT_PROMOTION_SHARE * len(seniors))))
        for p in rng.sample(seniors, k):
            days = rng.randint(7, RECENT_PROMOTION_DAYS - 10)
            p["last_promotion_date"] = self.today - timedelta(days=days)
        new_ids = {p["id"] for p in new}
        veterans = [p for p in reps if p["id"] not in new_ids]
        leavers = 0 if len(reps) < 8 else 1 if len(reps) < 100 else 2
        for p in rng.sample(veterans, min(leavers, len(veterans))):
            p["active"] = False

    def _person_name(self, rng: random.Random) -> str:
        for _ in range(50):
            name = any_name(rng)
            if name not in self._names:
                self._names.add(name)
                return name
        return any_name(rng)  # more people than the tables have names: allow a namesake

    def _email(self, local: str) -> str:
        candidate, k = local, 1
        while candidate in self._emails:
            k += 1
            candidate = f"{local}{k}"
        self._emails.add(candidate)
        return f"{candidate}@{EMAIL_DOMAIN}"

    # -- distributors --------------------------------------------------------------

    # -- distributors and history ------------------------------------------------------

    def distributors(self, session: Session) -> tuple[int, int]:
        """The distributors and their contacts (``db.demo_distributors``)."""
        self.writer = DistributorWriter(
            self.rng_dist, self.new_id, self.n, self.regions, self.progress
        )
        return self.writer.distributors(session)

    # -- history ---------------------------------------------------------------------

    def history(self, session: Session) -> HistorySummary:
        """Calls, visits, follow-up tasks and holidays (``db.demo_history``), in code order."""
        assert self.writer is not None, "distributors come first"
        facts = sorted(self.writer.facts, key=lambda f: f.id)  # ids grow with the code
        n = self.n

        def report(done: int, total: int) -> None:
            self.progress(n + (3 * n * done) // max(total, 1))

        return write_history(
            session,
            seed=self.seed,
            today=self.today,
            new_id=self.new_id,
            people=self.people,
            distributors=facts,
            progress=report,
        )
