"""The randomized convergence run (SYNC.md "What proves it"), shared by the SQLite and the
PostgreSQL suites (``test_convergence.py``, ``test_convergence_pg.py``).

A run restores a working set of replicas (HQ and 3 laptops) from its template, skews the
laptops' clocks by up to six hours either way, then mixes edits through the real services
(65 %), bundles posted (20 %; 15 % of them sent twice) and deliveries (15 %; in any order,
15 % of them lost), delivers what is still in flight, and ends with one quiet round. Then
every laptop's digest equals the digest HQ gives for it, and no written value is lost.

A written value is **lost** when it is not the final value, no replica keeps it in
``sync_conflict``, and no later edit was made after seeing it (``seen_values``). An edit
saw the value its ``base_hlc`` names: one written by an edit, or one HQ *corrected*:
when HQ refuses a laptop's write that would have won (a field outside the laptop's
scope, an owner-only field), it sends its own value again with a fresh clock
(``sync_merge._correct``), and an edit made after receiving it names that fresh clock.
Every record HQ's own clock stamps during an import is such a correction; they are read
from HQ's change log right after each import into HQ (an export prunes that log). Equal
values written to the same field are one value: the merge keeps no conflict between
them, so replacing one after seeing the other loses nothing.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, select

from db.models import Conflict, Distributor, Outbox, Person
from desktop.errors import UserError
from desktop.services.calls import CallForm, CallService
from desktop.services.distributors import (
    ContactData,
    DistributorFilter,
    DistributorForm,
    DistributorService,
)
from desktop.services.sync_schema import decode, encode, model_of, to_json
from desktop.services.tasks import TaskForm, TaskService
from desktop.services.visits import VisitService
from tests.conftest import FIXED_NOW
from tests.sync.replicas import Node, Replicas

SHM = Path("/dev/shm")


class Record(NamedTuple):
    """A change-log record as a run notes it (``value`` as canonical JSON)."""

    tbl: str
    pk: str
    field: str
    value: str
    hlc: int
    base_hlc: int | None
    origin: str

    @property
    def key(self) -> tuple[str, str, str]:
        return self.tbl, self.pk, self.field


@contextlib.contextmanager
def scratch_folder(fallback: Callable[[], Path]) -> Iterator[Path]:
    """A folder in memory where there is one (durability is not what these runs test)."""
    if SHM.is_dir() and os.access(SHM, os.W_OK):
        folder = Path(tempfile.mkdtemp(prefix="fielddesk-sync-", dir=SHM))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    else:
        yield fallback()


@dataclass
class Run:
    """One randomized run: the replicas, the mail in flight, every value written and
    every correction HQ made."""

    net: Replicas
    rng: random.Random
    mail: list[tuple[Node, bytes, str]] = field(default_factory=list)
    written: list[Record] = field(default_factory=list)
    corrections: list[Record] = field(default_factory=list)
    counter: int = 0
    seen: dict[str, list[str]] = field(default_factory=dict)
    visits: dict[str, list[str]] = field(default_factory=dict)

    def text(self, what: str) -> str:
        self.counter += 1
        return f"{what} {self.counter}"

    # -- edits through the services --------------------------------------------------
    def edit(self, node: Node) -> None:
        before = _last_seq(node)
        actions = HQ_ACTIONS if node.name == "hq" else LAPTOP_ACTIONS
        # a refused edit (a day already full, a visit already done) writes nothing
        with contextlib.suppress(UserError):
            self.rng.choice(actions)(self, node)
        self.written.extend(_records_after(node, before))

    def distributor(self, node: Node) -> str | None:
        """A distributor the node saw at the start of the run (it may have left since:
        then the service refuses the edit, as it would a person's)."""
        if node.name not in self.seen:
            self.seen[node.name] = DistributorService(node.db).find_ids(DistributorFilter())
        ids = self.seen[node.name]
        return self.rng.choice(ids) if ids else None

    def shared_distributor(self) -> str | None:
        """A distributor some laptop holds, so that HQ's edits meet theirs."""
        return self.distributor(self.rng.choice(self.net.laptops))

    # -- delivery ----------------------------------------------------------------------
    def post(self) -> None:
        laptop = self.rng.choice(self.net.laptops)
        src, dst = (laptop, self.net.hq) if self.rng.random() < 0.5 else (self.net.hq, laptop)
        data, name = src.bundle(dst.name)
        self.mail.append((dst, data, name))
        if self.rng.random() < 0.15:
            self.mail.append((dst, data, name))  # sent twice

    def deliver(self) -> None:
        if not self.mail:
            return
        dst, data, name = self.mail.pop(self.rng.randrange(len(self.mail)))  # any order
        if self.rng.random() < 0.15:
            return  # lost on the way
        self.take(dst, data, name)

    def take(self, dst: Node, data: bytes, name: str) -> None:
        """Import a file (never refused here); at HQ, note the corrections it made."""
        hq = self.net.hq
        before = _last_seq(dst) if dst is hq else 0
        line = dst.take(data, name)
        assert line.result != "rejected", line.message
        if dst is hq:
            mine = hq.db.device_id
            self.corrections.extend(r for r in _records_after(hq, before) if r.origin == mine)

    def quiet_round(self) -> None:
        """Every laptop to HQ, then HQ to every laptop, nothing lost on the way."""
        for laptop in self.net.laptops:
            self.take(self.net.hq, *laptop.bundle("hq"))
        for laptop in self.net.laptops:
            self.take(laptop, *self.net.hq.bundle(laptop.name))


def _records_after(node: Node, seq: int) -> list[Record]:
    with node.db.read_session() as s:
        rows = s.scalars(select(Outbox).where(Outbox.seq > seq).order_by(Outbox.seq))
        return [Record(r.tbl, r.pk, r.field, r.value, r.hlc, r.base_hlc, r.origin) for r in rows]


def _last_seq(node: Node) -> int:
    with node.db.read_session() as s:
        return int(s.scalar(select(func.max(Outbox.seq))) or 0)


# -- the edits ---------------------------------------------------------------------------


def _edit_distributor(run: Run, node: Node, pick: str | None, **changes: Any) -> None:
    if pick is None:
        return
    service = DistributorService(node.db)
    service.save(replace(service.get(pick).form, **changes))


def notes(run: Run, node: Node) -> None:
    pick = run.distributor(node) if node.name != "hq" else run.shared_distributor()
    _edit_distributor(run, node, pick, notes=run.text("note"))


def contacts(run: Run, node: Node) -> None:
    pick = run.distributor(node) if node.name != "hq" else run.shared_distributor()
    if pick is None:
        return
    service = DistributorService(node.db)
    form = service.get(pick).form
    phone = f"139{run.rng.randrange(10**8):08d}"
    people = list(form.contacts)
    if people and run.rng.random() < 0.6:
        i = run.rng.randrange(len(people))
        people[i] = replace(people[i], phone=phone, title=run.text("title")[:40])
    else:
        people.append(ContactData(name=run.text("联系人")[:40], phone=phone))
    service.save(replace(form, contacts=tuple(people)))


def log_call(run: Run, node: Node) -> None:
    pick = run.distributor(node)
    if pick is None:
        return
    service = CallService(node.db)
    due = service.today() + timedelta(days=3) if run.rng.random() < 0.5 else None
    service.log(
        CallForm(
            distributor_id=pick, channel=run.rng.choice(["phone", "visit", "wechat"]),
            notes=run.text("call"), next_step=run.text("next") if due else "", next_step_due=due,
        )
    )  # fmt: skip


def _visits(run: Run, node: Node) -> list[str]:
    """The planned visits of the node's person around the start of the run."""
    if node.name not in run.visits:
        service = VisitService(node.db)
        person = service.default_person_id()
        today = service.today()
        rows = (
            service.range([person], today - timedelta(days=10), today + timedelta(days=20))
            if person is not None
            else []
        )
        run.visits[node.name] = [v.id for v in rows if v.status == "planned"]
    return run.visits[node.name]


def visit_status(run: Run, node: Node) -> None:
    planned = _visits(run, node)
    if planned:
        VisitService(node.db).set_status(
            run.rng.choice(planned), run.rng.choice(["done", "missed"])
        )


def reschedule(run: Run, node: Node) -> None:
    planned = _visits(run, node)
    if planned:
        service = VisitService(node.db)
        day = service.today() + timedelta(days=run.rng.randrange(1, 15))
        service.reschedule(run.rng.choice(planned), day)


def _open_tasks(node: Node) -> list[str]:
    return [t.id for t in TaskService(node.db).open_tasks()]


def add_task(run: Run, node: Node) -> None:
    service = TaskService(node.db)
    due = service.today() + timedelta(days=run.rng.randrange(0, 10))
    service.add_task(
        TaskForm(text=run.text("task"), due_date=due, distributor_id=run.distributor(node))
    )


def complete_task(run: Run, node: Node) -> None:
    tasks = _open_tasks(node)
    if tasks:
        TaskService(node.db).complete_task(run.rng.choice(tasks))


def delete_task(run: Run, node: Node) -> None:
    tasks = _open_tasks(node)
    if tasks:
        TaskService(node.db).delete_task(run.rng.choice(tasks))


def credit(run: Run, node: Node) -> None:
    _edit_distributor(
        run, node, run.shared_distributor(), credit_rating=run.rng.choice("ABCD"),
        credit_limit_fen=run.rng.randrange(0, 50) * 1_000_000,
    )  # fmt: skip


def reassign(run: Run, node: Node) -> None:
    """Move a distributor between people of the laptops' region (in and out of their scopes)."""
    pick = run.shared_distributor()
    if pick is None:
        return
    with node.db.read_session() as s:
        d = s.get(Distributor, pick)
        assert d is not None
        candidates = s.scalars(
            select(Person.id).where(
                Person.region_id == d.region_id, Person.active.is_(True),
                Person.deleted.is_(False),
            )
        ).all()  # fmt: skip
    if candidates:
        _edit_distributor(run, node, pick, owner_id=run.rng.choice(sorted(candidates)))


#: Distributor codes drawn from a pool this small are taken on two sides now and then
#: (``sync_unique``); each side's own save refuses a code it already holds.
CODES = ("DUP-1", "DUP-2", "DUP-3", "DUP-4")


def new_distributor(run: Run, node: Node) -> None:
    """A distributor beside one the node holds (same market, region and owner)."""
    pick = run.distributor(node) if node.name != "hq" else run.shared_distributor()
    if pick is None:
        return
    service = DistributorService(node.db)
    near = service.get(pick).form
    service.save(
        DistributorForm(code=run.rng.choice(CODES), name=run.text("新客户"),
                        market_id=near.market_id, region_id=near.region_id,
                        owner_id=near.owner_id)
    )  # fmt: skip


def recode(run: Run, node: Node) -> None:
    pick = run.distributor(node) if node.name != "hq" else run.shared_distributor()
    _edit_distributor(run, node, pick, code=run.rng.choice(CODES))


Action = Callable[[Run, Node], None]
LAPTOP_ACTIONS: tuple[Action, ...] = (
    notes, notes, contacts, log_call, log_call, visit_status, reschedule, add_task,
    complete_task, delete_task, new_distributor, recode,
)  # fmt: skip
HQ_ACTIONS: tuple[Action, ...] = (
    credit, credit, reassign, notes, notes, contacts, new_distributor, recode,
)  # fmt: skip


# -- the run and its checks -------------------------------------------------------------------


#: (table, pk, field, value as canonical JSON)
FieldValue = tuple[str, str, str, str]


def _canonical(text: str) -> str:
    return encode(decode(text))


def seen_values(written: list[Record], corrections: list[Record]) -> set[FieldValue]:
    """Every field value some edit was made after seeing (module notes).

    An edit saw the value its base clock carries: a written value, or the value of an HQ
    correction (which re-stamps HQ's value, or at a new row refused in part, sets the
    value HQ put in its place). Two writes of the same value to the same field are one
    value: the merge keeps no conflict between equal values, and replacing one after
    seeing the other loses nothing. A base clock is not tied to its origin, so where two
    devices stamped the same clock every value of that clock counts as seen.
    """
    at: dict[tuple[str, str, str, int], set[str]] = {}
    for r in (*written, *corrections):
        at.setdefault((*r.key, r.hlc), set()).add(_canonical(r.value))
    return {
        (*r.key, value)
        for r in written
        if r.base_hlc is not None
        for value in at.get((*r.key, r.base_hlc), ())
    }


def lost_values(run: Run) -> list[FieldValue]:
    """Written values that are neither the final one, nor seen by a later edit, nor kept
    in some replica's ``sync_conflict`` (module notes)."""
    seen = seen_values(run.written, run.corrections)
    kept: set[FieldValue] = set()
    for node in run.net.nodes:
        with node.db.read_session() as s:
            stmt = select(Conflict.tbl, Conflict.pk, Conflict.field, Conflict.kept_value)
            kept.update((t, p, f, _canonical(v)) for t, p, f, v in s.execute(stmt))
    lost = []
    with run.net.hq.db.read_session() as s:
        for r in run.written:
            model: Any = model_of(r.tbl)
            column = getattr(model, r.field)
            final = encode(to_json(s.scalar(select(column).where(model.id == r.pk))))
            value: FieldValue = (*r.key, _canonical(r.value))
            if value[3] != final and value not in seen and value not in kept:
                lost.append(value)
    return lost


def skew(run: Run) -> None:
    for node in run.net.laptops:
        node.clock.now = FIXED_NOW + timedelta(minutes=run.rng.randrange(-6 * 60, 6 * 60))


def run_seed(template: Replicas, work: Replicas, seed: int, edits: int) -> Run:
    """One run (module notes) on ``work`` restored from ``template``; asserts convergence
    and that nothing was lost. Returns the run (its databases disposed, not dropped)."""
    work.restore(template)
    run = Run(work, random.Random(seed))
    try:
        skew(run)
        done = 0
        while done < edits:
            for node in run.net.nodes:
                node.clock.advance(minutes=run.rng.randrange(1, 20))
            roll = run.rng.random()
            if roll < 0.65:
                run.edit(run.rng.choice(list(run.net.nodes)))
                done += 1
            elif roll < 0.85:
                run.post()
            else:
                run.deliver()
        while run.mail:
            run.deliver()
        run.quiet_round()
        for laptop in run.net.laptops:
            assert laptop.digest() == run.net.hq.digest(laptop.name), (seed, laptop.code)
        lost = lost_values(run)
        assert lost == [], (seed, lost[:5])
    finally:
        run.net.dispose()
    return run


def conflict_kinds(template: Replicas, work: Replicas, seeds: range, edits: int) -> set[str]:
    """The conflict kinds HQ records when ``edits`` edits per seed meet in one exchange."""
    kinds: set[str] = set()
    for seed in seeds:
        work.restore(template)
        run = Run(work, random.Random(seed))
        try:
            for _ in range(edits):
                node = run.rng.choice(list(run.net.nodes))
                node.clock.advance(minutes=run.rng.randrange(1, 20))
                run.edit(node)
            run.net.exchange()
            with run.net.hq.db.read_session() as s:
                kinds.update(s.scalars(select(Conflict.kind)))
        finally:
            run.net.dispose()
    return kinds
