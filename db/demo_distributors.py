"""The demo's distributors (客户档案): trade names, owners, grades, credit, contacts (``db.demo``).

``DistributorWriter`` writes the distributors of every region in code order, in
batches with their contacts, as base rows, and keeps the few facts the history
needs (``DistributorFacts``). The decisions are in ``db.demo``'s docstring
("Distributors", "Pinyin").
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from sqlalchemy.orm import Session

from db import demo_names as N
from db.capture import insert_base_rows
from db.demo_rows import DistributorFacts
from db.models import Distributor, DistributorContact
from desktop.domain.org import Role
from desktop.domain.text import pinyin_keys, search_key

Row = dict[str, Any]

#: 北京华悦商贸有限公司: city, brand, kind. The UI tests type ``bjhy`` to find it.
RESERVED = ("北京", "华悦", "商贸有限公司")
BATCH = 5000  # distributors per insert (with their contacts) and per progress call
GRADES = (("A", 10), ("B", 30), ("C", 50), ("P", 10))
RATINGS = (("A", 30), ("B", 40), ("C", 20), ("D", 10))
#: Credit limit range in yuan by grade; scaled by rating; rounded to 10 000 yuan.
LIMIT_YUAN = {"A": (500_000, 2_000_000), "B": (200_000, 800_000), "C": (50_000, 300_000)}
RATING_FACTOR = {"A": 1.0, "B": 0.8, "C": 0.5, "D": 0.3}
TERMS_DAYS = {"A": (30, 45, 60), "B": (15, 30, 45), "C": (0, 15, 30), "D": (0,)}


class _Picker:
    """Weighted choice with precomputed cumulative weights (fast in the hot loop)."""

    def __init__(self, pairs: Sequence[tuple[str, int]]) -> None:
        self.values = [v for v, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))

    def __call__(self, rng: random.Random) -> str:
        return rng.choices(self.values, cum_weights=self.cum)[0]


GRADE = _Picker(GRADES)
RATING = _Picker(RATINGS)
KIND = _Picker(N.KINDS)
KIND_NAMES = frozenset(KIND.values)
CARRIER = _Picker(N.CARRIERS)
PRIMARY_TITLE = _Picker(N.CONTACT_TITLES_PRIMARY)


@dataclass
class MarketPlan:
    id: str
    spec: N.MarketSpec
    slt_owner: Row
    ssg_owner: Row


@dataclass
class RegionPlan:
    id: str
    market: MarketPlan
    cities: tuple[N.City, ...]
    counts: list[int]  # distributors per city
    staff: list[Row] = field(default_factory=list)  # customer managers and reps


def any_name(rng: random.Random) -> str:
    """A Chinese personal name: a common surname and one or two given-name characters."""
    surname = rng.choices(N.SURNAMES, N.SURNAME_WEIGHTS)[0]
    chars = N.GIVEN_MALE if rng.random() < 0.55 else N.GIVEN_FEMALE
    k = 2 if rng.random() < 0.7 else 1
    return surname + "".join(rng.sample(chars, k))


class DistributorWriter:
    """Writes the distributors of the regions; ``facts`` lists them for the history."""

    def __init__(
        self,
        rng: random.Random,
        new_id: Callable[[], str],
        n: int,
        regions: Sequence[RegionPlan],
        progress: Callable[[int], None],
    ) -> None:
        self.rng, self.new_id, self.n = rng, new_id, n
        self.regions, self.progress = regions, progress
        self.facts: list[DistributorFacts] = []

    def distributors(self, session: Session) -> tuple[int, int]:
        """Write the distributors and their contacts in batches; (distributors, contacts)."""
        rng = self.rng
        self.progress(0)
        brands: dict[str, set[str]] = {RESERVED[0]: {RESERVED[1], RESERVED[1] + RESERVED[2]}}
        batch: list[Row] = []
        contacts: list[Row] = []
        done = n_contacts = 0
        reserved_pending = True
        for region in self.regions:
            owners = self._owner_sequence(region)
            k = 0
            for city, count in zip(region.cities, region.counts, strict=True):
                used = brands.setdefault(city.name, set())
                for _ in range(count):
                    done += 1
                    if reserved_pending and city.name == RESERVED[0]:
                        reserved_pending = False
                        parts, grade = RESERVED[1:], "A"
                    else:
                        parts, grade = self._brand_kind(rng, used), GRADE(rng)
                    row = self._distributor(rng, done, region, city, parts, grade, owners[k])
                    k += 1
                    batch.append(row)
                    contacts.extend(self._contacts(rng, row["id"]))
                    if len(batch) >= BATCH:
                        n_contacts += self._flush(session, batch, contacts, done)
        n_contacts += self._flush(session, batch, contacts, done)
        return done, n_contacts

    def _flush(self, session: Session, batch: list[Row], contacts: list[Row], done: int) -> int:
        n = len(contacts)
        # The ORM's bulk insert leaves out None values, and a change in the set of keys
        # starts a new statement: unowned distributors go last to keep one executemany.
        batch.sort(key=lambda row: row["owner_id"] is None)
        insert_base_rows(session, Distributor, batch, batch=BATCH)
        insert_base_rows(session, DistributorContact, contacts, batch=BATCH * 3)
        self.facts.extend(
            DistributorFacts(
                r["id"], r["grade"], r["status"] == "active", r["owner_id"], r["region_id"]
            )
            for r in batch
        )
        batch.clear()
        contacts.clear()
        self.progress(done)
        return n

    def _owner_sequence(self, region: RegionPlan) -> list[str | None]:
        """The owner of each distributor of the region, in order: contiguous territories."""
        owners = [
            (p["id"], 0.6 if p["role"] == Role.CUSTOMER_MANAGER else 1.0)
            for p in region.staff
            if p["active"]
        ]
        total = sum(region.counts)
        cum = list(accumulate(w for _, w in owners))
        seq: list[str | None] = []
        j = 0
        for i in range(total):
            point = (i + 0.5) / total * cum[-1]
            while cum[j] < point:
                j += 1
            seq.append(owners[j][0])
        return seq

    def _brand_kind(self, rng: random.Random, used: set[str]) -> tuple[str, str]:
        """A brand word not yet used in the city, and a kind.

        A city that runs short of brand words (~5 500 each, only at 100 000+
        distributors) reuses one with another kind, then as a branch (分公司).
        """
        for _ in range(30):
            brand = rng.choice(N.BRAND_FIRST) + rng.choice(N.BRAND_SECOND)
            if brand[0] != brand[1] and brand not in used:
                kind = KIND(rng)
                used.update((brand, brand + kind))
                return brand, kind
        for tries in range(1000):
            brand = rng.choice(N.BRAND_FIRST) + rng.choice(N.BRAND_SECOND)
            kind = KIND(rng) + (rng.choice(N.BRANCHES) if tries >= 30 else "")
            if brand[0] != brand[1] and brand + kind not in used:
                used.add(brand + kind)
                return brand, kind
        raise ValueError("too many distributors for one city's trade names")

    def _distributor(
        self,
        rng: random.Random,
        number: int,
        region: RegionPlan,
        city: N.City,
        parts: tuple[str, str],
        grade: str,
        owner: str | None,
    ) -> Row:
        brand, kind = parts
        reserved = (city.name, *parts) == RESERVED
        if not reserved and rng.random() < (0.25 if grade == "P" else 0.03):
            owner = None
        if grade == "P":
            rating, limit, terms = "C", 0, 0
        else:
            rating = "A" if reserved else RATING(rng)
            lo, hi = LIMIT_YUAN[grade]
            limit_yuan = rng.uniform(lo, hi) * RATING_FACTOR[rating]
            limit = max(1, round(limit_yuan / 10_000)) * 10_000 * 100
            terms = rng.choice(TERMS_DAYS[rating])
        name = city.name + brand + kind
        if kind in KIND_NAMES:  # parts checked: their keys compose to search_key(name)
            keys = [pinyin_keys(p) for p in (city.name, brand, kind)]
            pinyin = "".join(k[0] for k in keys) + " " + "".join(k[1] for k in keys)
        else:
            pinyin = search_key(name)
        address = self._address(rng, city)
        if rng.random() < 0.5:
            warehouse = address
        else:
            district = self._district(rng, city)
            site = rng.choice(N.WAREHOUSE_SITES)
            warehouse = f"{district}{site}{rng.choice('ABCDE')}区{rng.randint(1, 60)}号库"
        return {
            "id": self.new_id(),
            "code": f"D{number:06d}",
            "name": name,
            "short_name": city.name + brand,
            "pinyin": pinyin,
            "market_id": region.market.id,
            "region_id": region.id,
            "owner_id": owner,
            "grade": grade,
            "status": "inactive"
            if not reserved and grade != "P" and rng.random() < 0.04
            else "active",
            "province": city.province,
            "city": city.name,
            "address": address,
            "phone": self._landline(rng, city) if rng.random() < 0.7 else self._mobile(rng),
            "warehouse_address": warehouse,
            "receiving_hours": rng.choice(N.RECEIVING_HOURS),
            "carrier": CARRIER(rng),
            "lead_days": rng.randint(1, 3) if city.weight >= 3 else rng.randint(2, 7),
            "logistics_notes": rng.choice(N.LOGISTICS_NOTES) if rng.random() < 0.3 else "",
            "credit_rating": rating,
            "credit_limit_fen": limit,
            "payment_terms_days": terms,
            "notes": rng.choice(N.DISTRIBUTOR_NOTES) if rng.random() < 0.25 else "",
        }

    def _contacts(self, rng: random.Random, distributor_id: str) -> list[Row]:
        count = rng.choices((1, 2, 3), cum_weights=(35, 80, 100))[0]
        titles = [PRIMARY_TITLE(rng), *rng.sample(N.CONTACT_TITLES_OTHER, count - 1)]
        rows = []
        for i, title in enumerate(titles):
            phone = self._mobile(rng)
            if rng.random() < 0.4:
                wechat = phone
            else:
                wechat = "wxid_" + "".join(rng.choices("abcdefghijkmnpqrstuvwxyz23456789", k=10))
            rows.append(
                {
                    "id": self.new_id(),
                    "distributor_id": distributor_id,
                    "name": any_name(rng),
                    "title": title,
                    "phone": phone,
                    "wechat": wechat,
                    "email": f"{rng.randint(10**7, 10**10)}@qq.com" if rng.random() < 0.15 else "",
                    "is_primary": i == 0,
                    "sort_order": i,
                }
            )
        return rows

    @staticmethod
    def _district(rng: random.Random, city: N.City) -> str:
        if city.name in N.DISTRICTS:
            return rng.choice(N.DISTRICTS[city.name])
        return rng.choice(N.COMMON_DISTRICTS) if rng.random() < 0.25 else ""

    def _address(self, rng: random.Random, city: N.City) -> str:
        return f"{self._district(rng, city)}{rng.choice(N.STREETS)}{rng.randint(1, 388)}号"

    @staticmethod
    def _landline(rng: random.Random, city: N.City) -> str:
        digits = 8 if len(city.area_code) == 3 or city.weight >= 3 else 7
        return f"{city.area_code}-{rng.randint(2, 8)}{rng.randrange(10 ** (digits - 1)):0{digits - 1}d}"

    @staticmethod
    def _mobile(rng: random.Random) -> str:
        return f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
