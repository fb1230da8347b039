"""SyncService, as the window and the command line use it: files, lines, status, devices, conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Conflict, Distributor, ImportLog, SyncDevice
from desktop.errors import UserError
from desktop.services import sync as sync_api
from desktop.services.distributors import DistributorFilter, DistributorService
from desktop.services.sync import SyncService
from tests.sync.replicas import Node, Replicas


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    built = Replicas.build(tmp_path_factory.mktemp("template"), ("P0008", "P0010"))
    yield built
    built.dispose()


@pytest.fixture
def net(template: Replicas, tmp_path: Path) -> Iterator[Replicas]:
    copy = template.copy(tmp_path / "dbs")
    yield copy
    copy.dispose()


def _notes(node: Node, distributor_id: str, text: str) -> None:
    service = DistributorService(node.db)
    service.save(replace(service.get(distributor_id).form, notes=text))


def _shared(net: Replicas) -> str:
    return DistributorService(net.laptops[1].db).find_ids(DistributorFilter())[0]


def test_export_writes_a_named_file_and_import_reports_one_line_per_file(
    net: Replicas, tmp_path: Path
) -> None:
    rep = net.laptops[1]
    _notes(rep, _shared(net), "via a USB stick")
    usb = tmp_path / "usb"
    usb.mkdir()
    result = rep.sync.export_bundle("hq", usb)
    assert result.path.name == f"{rep.name}_to_hq_1-{result.last_seq}.fdsync"
    assert (result.first_seq, result.count) == (1, result.last_seq)
    damaged = usb / "damaged.fdsync"
    damaged.write_bytes(result.path.read_bytes()[:-40])
    lines = net.hq.sync.import_files([result.path, result.path, damaged, usb / "missing.fdsync"])
    assert [line.result for line in lines] == ["applied", "duplicate", "rejected", "rejected"]
    assert lines[0].applied == result.count
    assert lines[2].message is not None and lines[2].reason
    assert "Cannot read" in lines[3].message.render()
    with net.hq.db.read_session() as s:
        logged = s.scalars(select(ImportLog.result).order_by(ImportLog.id)).all()
    assert logged == ["applied", "duplicate", "rejected", "rejected"]


def test_a_file_for_another_device_is_refused_and_changes_nothing(net: Replicas) -> None:
    manager, rep = net.laptops
    _notes(net.hq, _shared(net), "for the rep")
    data, name = net.hq.bundle(rep.name)
    before = manager.digest()
    line = manager.take(data, name)
    assert (line.result, line.reason) == ("rejected", "recipient")
    assert manager.digest() == before


def test_status_shows_cursors_waiting_changes_and_open_conflicts(net: Replicas) -> None:
    rep = net.laptops[1]
    did = _shared(net)
    _notes(rep, did, "from the laptop")
    assert rep.sync.status().peers[0].waiting > 0
    net.hq.clock.advance(minutes=5)
    _notes(net.hq, did, "from HQ, later")
    net.exchange()
    hq = net.hq.sync.status()
    assert hq.role == "hq" and hq.device_id == "hq"
    peer = next(p for p in hq.peers if p.peer == rep.name)
    assert peer.received > 0 and peer.sent > 0
    assert hq.open_conflicts == 1
    laptop = rep.sync.status()
    assert (laptop.role, laptop.device_id) == ("laptop", rep.name)
    assert laptop.peers[0].acknowledged == peer.received or laptop.peers[0].waiting == 0


def test_resolving_a_conflict_is_an_edit_that_reaches_the_other_side(net: Replicas) -> None:
    rep = net.laptops[1]
    did = _shared(net)
    _notes(rep, did, "the laptop's words")
    net.hq.clock.advance(minutes=5)
    _notes(net.hq, did, "HQ's words")
    net.exchange()
    (conflict,) = net.hq.sync.conflicts()
    assert (conflict.kept_value, conflict.winner_value) == ("the laptop's words", "HQ's words")
    assert conflict.current_value == "HQ's words"
    net.hq.clock.advance(minutes=1)
    result = net.hq.sync.resolve_conflict(conflict.id, "theirs")
    assert result.changes.touches("distributor")
    assert net.hq.sync.conflicts() == []
    assert net.hq.sync.conflicts(open_only=False)[0].resolution == "theirs"
    net.exchange()
    with rep.db.read_session() as s:
        assert s.get(Distributor, did).notes == "the laptop's words"
    with pytest.raises(UserError):
        net.hq.sync.resolve_conflict(conflict.id, "mine")


def test_a_laptop_resolves_with_a_value_of_its_own_but_not_hq_fields(net: Replicas) -> None:
    rep = net.laptops[1]
    did = _shared(net)
    _notes(net.hq, did, "HQ first")
    rep.clock.advance(minutes=5)
    _notes(rep, did, "laptop later, without seeing HQ's")
    net.exchange()
    (conflict,) = rep.sync.conflicts()
    assert conflict.kept_value == "HQ first"
    with pytest.raises(UserError):
        rep.sync.resolve_conflict(conflict.id, 12)  # not text
    rep.sync.resolve_conflict(conflict.id, "both, merged by hand")
    net.exchange()
    with net.hq.db.read_session() as s:
        assert s.get(Distributor, did).notes == "both, merged by hand"
    with rep.db.session_scope() as s:
        s.add(
            Conflict(
                id="c-credit", tbl="distributor", pk=did, field="credit_limit_fen",
                kind="rejected_not_owner", kept_value="100", kept_hlc=1, kept_origin="x",
                winner_value="0", winner_hlc=2, winner_origin="hq", sender="hq",
                detected_by=rep.name, detected_at=rep.clock().replace(tzinfo=None),
                resolution="",
            )
        )  # fmt: skip
    with pytest.raises(UserError, match="Only headquarters"):
        rep.sync.resolve_conflict("c-credit", "theirs")
    assert rep.sync.resolve_conflict("c-credit", "mine").value == "c-credit"


def test_join_request_creates_the_database_and_hq_lists_then_approves_it(
    net: Replicas, tmp_path: Path
) -> None:
    path = tmp_path / "new" / "laptop.db"
    request = sync_api.join_request(path, "P0009", "PC-9", net.hq.clock)
    assert path.exists()
    pending = net.hq.sync.receive_request(request).value
    assert (pending.person_code, pending.status) == ("P0009", "pending")
    assert [r.id for r in net.hq.sync.join_requests()] == [pending.id]
    enrolment = net.hq.sync.approve_request(pending.id).value
    assert net.hq.sync.join_requests() == []
    devices = {d.person_code: d for d in net.hq.sync.devices()}
    assert devices["P0009"].machine_name == "PC-9"
    assert devices["P0009"].fingerprint == pending.fingerprint
    db = sync_api.open_database(path, clock=net.hq.clock)
    try:
        device = sync_api.enrol(db, enrolment)
        assert SyncService(db).digest() == net.hq.digest(device)
        assert SyncService(db).role() == "laptop"
    finally:
        db.dispose()


def test_approving_the_same_laptop_again_starts_a_new_epoch(net: Replicas, tmp_path: Path) -> None:
    rep = net.laptops[1]
    _notes(rep, _shared(net), "written before re-enrolment")
    old = rep.bundle("hq")
    request = rep.sync.join_request(rep.code, "PC-again")
    enrolment = net.hq.sync.approve(request)
    rep.sync.enrol(enrolment)
    assert rep.sync.status().epoch == 2
    line = net.hq.take(*old)
    assert (line.result, line.reason) == ("rejected", "epoch")
    assert net.hq.take(*rep.bundle("hq")).result == "applied"
    net.exchange()
    assert rep.digest() == net.hq.digest(rep.name)


def test_an_hq_database_makes_no_join_request_and_a_laptop_approves_nothing(
    net: Replicas,
) -> None:
    with pytest.raises(UserError, match="headquarters"):
        net.hq.sync.join_request("P0001", "HQ-PC")
    request = sync_api.join_request(net.hq.db.url.removeprefix("sqlite:///") + ".x", "P0009", "X")
    with pytest.raises(UserError, match="Only headquarters"):
        net.laptops[0].sync.receive_request(request)


def test_revoke_marks_the_device_and_digest_refuses_an_unknown_one(net: Replicas) -> None:
    rep = net.laptops[1]
    net.hq.sync.revoke(rep.name, "left the company")
    (row,) = [d for d in net.hq.sync.devices() if d.device_id == rep.name]
    assert row.revoke_reason == "left the company" and row.revoked_at is not None
    with pytest.raises(UserError, match="no device"):
        net.hq.sync.digest("nobody")
    with net.hq.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(SyncDevice)) == 2


def test_the_private_key_is_in_no_file(net: Replicas, tmp_path: Path) -> None:
    from db.models import DeviceKey

    rep = net.laptops[1]
    with rep.db.read_session() as s:
        private = s.get(DeviceKey, 1).private_key
    with net.hq.db.read_session() as s:
        hq_private = s.get(DeviceKey, 1).private_key
    request = rep.sync.join_request(rep.code, "PC")
    bundle, _ = rep.bundle("hq")
    back, _ = net.hq.bundle(rep.name)
    enrolment = net.hq.sync.approve(sync_api.join_request(tmp_path / "n.db", "P0009", "N"))
    for data in (request, bundle):
        assert private not in data and private.hex().encode() not in data
    for data in (back, enrolment):
        assert hq_private not in data and hq_private.hex().encode() not in data
