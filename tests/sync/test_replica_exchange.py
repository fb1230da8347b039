"""Bundles between HQ and laptops: round trips, duplicates, gaps, forks, acknowledgements, pruning."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Distributor, FieldClock, ImportLog, InboxBundle, Outbox, StreamRecord
from desktop.services import sync_export, sync_state
from desktop.services.calls import CallFilter, CallForm, CallService
from desktop.services.distributors import DistributorFilter, DistributorService
from desktop.services.sync_schema import app_schema
from desktop.sync import bundle as bundles
from tests.sync.replicas import Node, Replicas, count


def _rep(net: Replicas) -> Node:
    return net.laptops[2]


def _first_distributor(node: Node) -> str:
    return DistributorService(node.db).find_ids(DistributorFilter())[0]


def _edit_notes(node: Node, distributor_id: str, notes: str) -> None:
    service = DistributorService(node.db)
    form = service.get(distributor_id).form
    service.save(replace(form, notes=notes))


def _notes(node: Node, distributor_id: str) -> str:
    with node.db.read_session() as s:
        return s.get(Distributor, distributor_id).notes


def test_an_edit_travels_laptop_to_hq_to_the_other_laptops(net: Replicas) -> None:
    rep, manager = _rep(net), net.laptops[0]
    did = _first_distributor(rep)
    _edit_notes(rep, did, "送货改到周三")
    line = net.hq.take(*rep.bundle("hq"))
    assert (line.result, line.conflicts) == ("applied", 0)
    assert _notes(net.hq, did) == "送货改到周三"
    assert manager.take(*net.hq.bundle(manager.name)).result == "applied"
    assert _notes(manager, did) == "送货改到周三"
    net.exchange()
    for laptop in net.laptops:
        assert laptop.digest() == net.hq.digest(laptop.name)


def test_the_same_bundle_twice_is_a_duplicate_and_changes_nothing(net: Replicas) -> None:
    rep = _rep(net)
    _edit_notes(rep, _first_distributor(rep), "once")
    data, name = rep.bundle("hq")
    assert net.hq.take(data, name).result == "applied"
    before = net.hq.digest()
    again = net.hq.take(data, name)
    assert again.result == "duplicate"
    assert net.hq.digest() == before
    rewritten = rep.bundle("hq")  # same range, a new file: still nothing new
    assert net.hq.take(*rewritten).result == "duplicate"


def _split_bundle(node: Node, cut: int) -> tuple[bytes, bytes]:
    """The laptop's pending records as two files: seqs before ``cut`` and from ``cut`` on."""
    with node.db.session_scope() as s:
        out = sync_export.prepare(s, "hq", node.clock())
        key = sync_state.private_key(s, node.clock())
    head, tail = out.changes[: cut - 1], out.changes[cut - 1 :]

    def write(changes: tuple, prev: str) -> bytes:
        return bundles.write_bundle(
            app_schema=app_schema(), sender=out.sender, sender_epoch=out.epoch,
            recipient="hq", prev_hash=prev, acks=out.acks, created_at=node.clock(),
            changes=changes, private_key=key,
        )  # fmt: skip

    return write(head, out.prev_hash), write(tail, head[-1].hash)


def test_a_gap_is_parked_and_imported_when_the_missing_changes_arrive(net: Replicas) -> None:
    rep = _rep(net)
    did = _first_distributor(rep)
    _edit_notes(rep, did, "first")
    _edit_notes(rep, did, "second")
    CallService(rep.db).log(CallForm(distributor_id=did, channel="phone", notes="quokka 到货了"))
    head, tail = _split_bundle(rep, 3)
    line = net.hq.take(tail, "tail.fdsync")
    assert line.result == "gap"
    assert line.message is not None
    assert f"Missing changes 1–2 from {rep.name}" in line.message.render()
    assert net.hq.sync.status().pending_gaps == 1
    assert count(net.hq.db, InboxBundle) == 1
    first = net.hq.take(head, "head.fdsync")
    assert (first.result, first.released) == ("applied", 1)
    assert count(net.hq.db, InboxBundle) == 0
    assert net.hq.sync.status().pending_gaps == 0
    assert _notes(net.hq, did) == "second"
    found = CallService(net.hq.db).first_rows(CallFilter(text="quokka"), 5)
    assert [r.notes for r in found] == ["quokka 到货了"]


def test_a_laptop_restored_from_a_backup_is_a_history_fork(net: Replicas, tmp_path: Path) -> None:
    rep = _rep(net)
    did = _first_distributor(rep)
    path = Path(rep.db.url.removeprefix("sqlite:///"))
    rep.db.dispose()
    shutil.copyfile(path, tmp_path / "backup.db")
    _edit_notes(rep, did, "before the disk died")
    assert net.hq.take(*rep.bundle("hq")).result == "applied"
    rep.db.dispose()
    shutil.copyfile(tmp_path / "backup.db", path)  # the laptop comes back from its backup
    _edit_notes(rep, did, "written after the restore")
    _edit_notes(rep, did, "and again")
    before = net.hq.digest()
    line = net.hq.take(*rep.bundle("hq"))
    assert (line.result, line.reason) == ("rejected", "fork")
    assert "History fork" in line.message.render()
    assert net.hq.digest() == before
    with net.hq.db.read_session() as s:
        assert s.scalars(select(ImportLog.result).order_by(ImportLog.id)).all()[-1] == "rejected"


def test_acknowledged_records_are_pruned_and_edits_stay_based_on_their_clock(
    net: Replicas,
) -> None:
    rep = _rep(net)
    did = _first_distributor(rep)
    _edit_notes(rep, did, "one")
    net.exchange()
    net.exchange()  # the second round carries the acknowledgements of the first
    assert count(rep.db, Outbox) == 0
    with net.hq.db.read_session() as s:
        assert s.scalars(select(StreamRecord).where(StreamRecord.recipient == rep.name)).all() == []
        hq_clock = s.get(FieldClock, ("distributor", did, "notes"))
    rep.clock.advance(minutes=5)
    _edit_notes(rep, did, "two")
    with rep.db.read_session() as s:
        record = s.scalars(select(Outbox).where(Outbox.field == "notes")).one()
    assert record.base_hlc == hq_clock.hlc
    line = net.hq.take(*rep.bundle("hq"))
    assert (line.result, line.conflicts) == ("applied", 0)
    assert _notes(net.hq, did) == "two"


def test_an_empty_bundle_carries_acknowledgements_only(net: Replicas) -> None:
    rep = _rep(net)
    data, name = rep.bundle("hq")
    assert name == f"{rep.name}_to_hq_1-0.fdsync"
    assert net.hq.take(data, name).result == "duplicate"


def test_a_revoked_laptop_is_refused_with_the_reason(net: Replicas) -> None:
    rep = _rep(net)
    _edit_notes(rep, _first_distributor(rep), "after revocation")
    net.hq.sync.revoke(rep.name, "laptop stolen")
    line = net.hq.take(*rep.bundle("hq"))
    assert (line.result, line.reason) == ("rejected", "revoked")
    assert "laptop stolen" in line.message.render()
    with pytest.raises(Exception, match="revoked"):
        net.hq.bundle(rep.name)


def test_hq_resolving_a_conflict_settles_the_laptops_copy_of_it(net: Replicas) -> None:
    rep = _rep(net)
    did = _first_distributor(rep)
    _edit_notes(rep, did, "laptop wording")
    net.hq.clock.now += timedelta(minutes=5)  # HQ edits later, without seeing it
    _edit_notes(net.hq, did, "HQ wording")
    assert net.hq.take(*rep.bundle("hq")).conflicts == 1
    assert rep.take(*net.hq.bundle(rep.name)).conflicts == 1
    mine = [c for c in rep.sync.conflicts() if c.pk == did]
    assert [c.kept_value for c in mine] == ["laptop wording"]
    theirs = next(c for c in net.hq.sync.conflicts() if c.pk == did)
    net.hq.sync.resolve_conflict(theirs.id, "theirs")  # HQ takes the laptop's wording
    assert rep.take(*net.hq.bundle(rep.name)).result == "applied"
    assert _notes(rep, did) == "laptop wording"
    assert [c for c in rep.sync.conflicts() if c.pk == did] == []
    settled = next(c for c in rep.sync.conflicts(open_only=False) if c.id == mine[0].id)
    assert settled.resolution == "superseded" and settled.kept_value == "laptop wording"
    assert rep.digest() == net.hq.digest(rep.name)


def test_an_unrelated_later_edit_at_hq_leaves_other_fields_conflicts_open(net: Replicas) -> None:
    rep = _rep(net)
    did, other = DistributorService(rep.db).find_ids(DistributorFilter())[:2]
    _edit_notes(rep, did, "laptop wording")
    net.hq.clock.now += timedelta(minutes=5)
    _edit_notes(net.hq, did, "HQ wording")
    net.hq.take(*rep.bundle("hq"))
    rep.take(*net.hq.bundle(rep.name))
    _edit_notes(net.hq, other, "another distributor")
    rep.take(*net.hq.bundle(rep.name))
    assert [c.kept_value for c in rep.sync.conflicts() if c.pk == did] == ["laptop wording"]
