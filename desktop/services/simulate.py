"""Plausible random edits through the services the window uses (``fielddesk simulate``).

The person the database belongs to does a day's work, again and again: on a field
laptop they log calls (with next steps that become tasks), mark visits done or
missed, move visits, edit distributor contacts and notes, and add, complete and
delete follow-up tasks. At headquarters (an HQ owner, or nobody) they change credit
ratings and limits, reassign distributor owners, and edit the notes and contacts of
the distributors the laptops have been editing, so that real conflicts happen when
the files meet.

Every edit goes through a service method, so it is captured for sync exactly as a
person's edit in the window is. An edit a service refuses (a visit that cannot move
to that day, a form someone else changed) counts as refused and changes nothing.
The same database, seed and clock give the same edits.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select

from db.engine import Database
from db.models import Distributor, LocalState
from desktop.domain import calendar as cal
from desktop.errors import UserError
from desktop.services.calls import CallForm, CallService
from desktop.services.distributors import (
    ContactData,
    DistributorFilter,
    DistributorService,
)
from desktop.services.org import OrgService
from desktop.services.tasks import TaskForm, TaskService
from desktop.services.visits import VisitRow, VisitService

NOTES = (
    "老板反馈本月动销一般", "仓库库存偏高", "主推新品陈列到位", "门店断货两个单品",
    "要求加大促销支持", "回款计划本周内完成", "竞品在做买赠活动", "下周补货三十箱",
    "店员培训已安排", "新开两家终端网点", "端架陈列需要调整", "价格体系稳定",
    "order confirmed by phone", "stock count done", "promo display checked",
)  # fmt: skip
PROBLEMS = ("", "", "", "货款拖欠", "窜货风险", "破损退货", "陈列位置被竞品占用")
NEXT_STEPS = ("确认补货数量", "跟进回款", "送样品", "安排陈列检查", "回访老板")
TOPICS = ("order", "stock", "promotion", "payment", "complaint", "display", "new_product")
CHANNELS = ("visit", "phone", "phone", "wechat", "other")
SURNAMES = "王李张刘陈杨赵黄周吴"
GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰")
FIELD_ROLES = ("sales_rep", "customer_manager", "region_manager")

#: Edit kinds and their weights, by where the database is.
LAPTOP_EDITS = {
    "log_call": 5, "visit_done": 2, "visit_missed": 1, "reschedule": 2,
    "edit_notes": 2, "edit_contact": 2, "add_task": 1, "complete_task": 1, "delete_task": 1,
}  # fmt: skip
HQ_EDITS = {"credit": 3, "reassign_owner": 1, "edit_notes": 3, "edit_contact": 2}
#: Months after this one whose plan a laptop fills when it has nothing left to move.
AHEAD = 3
#: How often HQ picks a distributor a laptop edited last (so that edits meet).
HOT_SHARE = 0.6


@dataclass(frozen=True)
class SimulationSummary:
    at_hq: bool
    edits: int  # edits made (refused ones not counted)
    refused: int
    by_kind: dict[str, int]


class Simulator:
    """One person's random edits on one database (see the module docstring)."""

    def __init__(self, db: Database, seed: int) -> None:
        self.db = db
        self.rng = random.Random(seed)
        self.org = OrgService(db)
        self.distributors = DistributorService(db)
        self.calls = CallService(db)
        self.tasks = TaskService(db)
        self.visits = VisitService(db)
        owner = self.org.owner()
        self.at_hq = owner.hq
        self.person_id = owner.person.id if owner.person is not None else None
        self.today = self.calls.today()
        self._ids: list[str] | None = None

    # -- the run -----------------------------------------------------------------------
    def run(
        self, edits: int, progress: Callable[[int, int], None] | None = None
    ) -> SimulationSummary:
        weights = HQ_EDITS if self.at_hq else LAPTOP_EDITS
        kinds, shares = list(weights), list(weights.values())
        done: Counter[str] = Counter()
        refused = 0
        attempts = 0
        while sum(done.values()) < edits and attempts < edits * 5:
            attempts += 1
            kind = self.rng.choices(kinds, shares)[0]
            try:
                made = getattr(self, f"_{kind}")()
            except UserError:
                refused += 1
                continue
            if made:
                done[kind] += 1
                if progress is not None:
                    progress(sum(done.values()), edits)
        return SimulationSummary(
            self.at_hq, sum(done.values()), refused, dict(sorted(done.items()))
        )

    # -- choosing ----------------------------------------------------------------------
    def _distributor_ids(self) -> list[str]:
        if self._ids is None:  # read once: the owner's scope does not change during a run
            self._ids = self.distributors.find_ids(DistributorFilter(status="active"))
        return self._ids

    def _some_distributor(self) -> str | None:
        if self.at_hq and self.rng.random() < HOT_SHARE:
            hot = self._edited_elsewhere()
            if hot:
                return self.rng.choice(hot)
        ids = self._distributor_ids()
        return self.rng.choice(ids) if ids else None

    def _edited_elsewhere(self) -> list[str]:
        """Distributors last changed by another device (what the laptops have been editing)."""
        with self.db.read_session() as s:
            me = s.scalar(select(LocalState.device_id).where(LocalState.id == 1))
            return list(
                s.scalars(
                    select(Distributor.id)
                    .where(Distributor.changed_by != me, Distributor.deleted.is_(False))
                    .order_by(Distributor.updated_at.desc(), Distributor.id)
                    .limit(20)
                )
            )

    def _text(self) -> str:
        return "；".join(self.rng.sample(NOTES, self.rng.randint(1, 3)))

    def _working_day(self, start: date, days: int) -> date:
        entries = self.visits.holidays_between(start, start + timedelta(days))
        holidays, workdays = cal.split_days(cal.DayOff(h.day, h.kind) for h in entries)
        for _ in range(30):
            day = start + timedelta(days=self.rng.randint(0, days))
            if cal.is_working_day(day, holidays, workdays):
                return day
        return start

    # -- laptop edits ------------------------------------------------------------------
    def _log_call(self) -> bool:
        distributor = self._some_distributor()
        if distributor is None:
            return False
        order = self.rng.random() < 0.3
        step = self.rng.random() < 0.4
        form = CallForm(
            distributor_id=distributor,
            channel=self.rng.choice(CHANNELS),
            topics=tuple(sorted(set(self.rng.sample(TOPICS, self.rng.randint(1, 2))))),
            order_amount_fen=self.rng.randint(1, 500) * 10_000 if order else None,
            notes=self._text(),
            problems=self.rng.choice(PROBLEMS),
            next_step=self.rng.choice(NEXT_STEPS) if step else "",
            next_step_due=self.today + timedelta(days=self.rng.randint(1, 14)) if step else None,
        )
        self.calls.log(form)
        return True

    def _my_visits(self, past: bool) -> list[str]:
        """Planned visits of the owner: due by today (``past``), or still to come.

        A month without planned visits is filled from the rules first, as a person
        would press Generate (this month and the next ``AHEAD`` ones).
        """
        if self.person_id is None:
            return []
        for step in range(1 if past else AHEAD + 1):
            y, m = cal.next_month(self.today.year, self.today.month, step)
            planned = self._planned(y, m)
            if not planned:
                self.visits.generate(self.person_id, y, m)
                planned = self._planned(y, m)
            chosen = [v.id for v in planned if (v.planned_date <= self.today) == past]
            if chosen:
                return chosen
        return []

    def _planned(self, year: int, month: int) -> list[VisitRow]:
        assert self.person_id is not None
        return [v for v in self.visits.month(self.person_id, year, month) if v.status == "planned"]

    def _visit_done(self) -> bool:
        return self._mark("done")

    def _visit_missed(self) -> bool:
        return self._mark("missed")

    def _mark(self, status: str) -> bool:
        ids = self._my_visits(past=True)
        if not ids:
            return False
        self.visits.set_status(self.rng.choice(ids), status)
        return True

    def _reschedule(self) -> bool:
        ids = self._my_visits(past=False)
        if not ids:
            return False
        self.visits.reschedule(self.rng.choice(ids), self._working_day(self.today, 14))
        return True

    def _edit_notes(self) -> bool:
        distributor = self._some_distributor()
        if distributor is None:
            return False
        form = self.distributors.get(distributor).form
        line = f"{self.today.isoformat()} {self._text()}"
        self.distributors.save(replace(form, notes=f"{form.notes}\n{line}".strip()[-2000:]))
        return True

    def _edit_contact(self) -> bool:
        distributor = self._some_distributor()
        if distributor is None:
            return False
        form = self.distributors.get(distributor).form
        phone = f"13{self.rng.randint(0, 9)}{self.rng.randint(0, 99_999_999):08d}"
        contacts = list(form.contacts)
        if contacts and self.rng.random() < 0.7:
            i = self.rng.randrange(len(contacts))
            contacts[i] = replace(contacts[i], phone=phone)
        else:
            name = self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)
            contacts.append(ContactData(name=name, title="采购", phone=phone))
        self.distributors.save(replace(form, contacts=tuple(contacts)))
        return True

    def _add_task(self) -> bool:
        distributor = self._some_distributor()
        due = self.today + timedelta(days=self.rng.randint(0, 10))
        self.tasks.add_task(
            TaskForm(text=self.rng.choice(NEXT_STEPS), due_date=due, distributor_id=distributor)
        )
        return True

    def _open_task(self) -> str | None:
        tasks = self.tasks.open_tasks([self.person_id] if self.person_id else None)
        return self.rng.choice(tasks).id if tasks else None

    def _complete_task(self) -> bool:
        task = self._open_task()
        if task is None:
            return False
        self.tasks.complete_task(task)
        return True

    def _delete_task(self) -> bool:
        task = self._open_task()
        if task is None:
            return False
        self.tasks.delete_task(task)
        return True

    # -- headquarters edits ------------------------------------------------------------
    def _credit(self) -> bool:
        distributor = self._some_distributor()
        if distributor is None:
            return False
        form = self.distributors.get(distributor).form
        rating = self.rng.choice([r for r in "ABCD" if r != form.credit_rating])
        limit = self.rng.randint(1, 100) * 1_000_000
        self.distributors.save(replace(form, credit_rating=rating, credit_limit_fen=limit))
        return True

    def _reassign_owner(self) -> bool:
        distributor = self._some_distributor()
        if distributor is None:
            return False
        form = self.distributors.get(distributor).form
        people = [
            p.id
            for p in self.org.people()
            if p.active and p.role in FIELD_ROLES and p.market_id == form.market_id
            and p.id != form.owner_id and (form.region_id is None or p.region_id in (None, form.region_id))
        ]  # fmt: skip
        if not people:
            return False
        self.distributors.save(replace(form, owner_id=self.rng.choice(people)))
        return True


def simulate(
    db: Database, edits: int, seed: int, progress: Callable[[int, int], None] | None = None
) -> SimulationSummary:
    """``edits`` random edits as the owner of ``db`` would make them (see the module docstring)."""
    return Simulator(db, seed).run(edits, progress)
