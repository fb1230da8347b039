"""Bundles: writing and reading back, the exact layout, empty bundles, saving atomically."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.sync import keys
from desktop.sync.bundle import (
    CHANGES,
    MANIFEST,
    SIGNATURE,
    Manifest,
    peek_manifest,
    save_bundle,
    write_bundle,
)
from desktop.sync.errors import REASONS, BundleRejected, SaveFailed
from desktop.sync.records import GENESIS, Change, canonical_json, chain
from tests.sync.bundles import (
    APP_SCHEMA,
    BUNDLE_ID,
    CREATED,
    HQ,
    LAPTOP,
    device,
    make_bundle,
    make_changes,
    members,
    payload_of,
    read,
    rezip,
    trust_of,
)

SENDER = device(LAPTOP, 1)


def test_round_trip_keeps_every_change_and_the_manifest() -> None:
    changes = make_changes(60, seed=5)
    assert any(isinstance(c.value, str) and "客户" in c.value for c in changes)
    data = make_bundle(SENDER, changes, acks={HQ: 12})
    bundle = read(data, trust_of(SENDER))
    assert bundle.changes == tuple(changes)
    assert bundle.raw_sha256 == hashlib.sha256(data).hexdigest()
    m = bundle.manifest
    assert (m.format, m.app_schema, m.bundle_id) == (1, APP_SCHEMA, BUNDLE_ID)
    assert (m.sender, m.sender_epoch, m.recipient) == (LAPTOP, 1, HQ)
    assert (m.first_seq, m.last_seq, m.record_count) == (1, 60, 60)
    assert m.prev_hash == GENESIS
    assert m.acks == {HQ: 12}
    assert m.created_at == "2026-11-27T09:30:00+00:00"


def test_a_bundle_continuing_a_stream_starts_from_the_previous_hash() -> None:
    earlier = make_changes(10, seed=1)
    later = make_changes(5, first_seq=11, prev=earlier[-1].hash, seed=2)
    data = make_bundle(SENDER, later, prev_hash=earlier[-1].hash)
    bundle = read(data, trust_of(SENDER))
    assert (bundle.manifest.first_seq, bundle.manifest.last_seq) == (11, 15)
    assert bundle.manifest.prev_hash == earlier[-1].hash
    assert bundle.changes == tuple(later)


def test_layout_is_exactly_three_members_and_a_canonical_signed_manifest() -> None:
    changes = make_changes(8, seed=9)
    data = make_bundle(SENDER, changes)
    parts = members(data)
    assert [name for name, _ in parts] == [MANIFEST, CHANGES, SIGNATURE]
    raw, payload, signature = (content for _, content in parts)
    manifest = json.loads(raw)
    assert sorted(manifest) == sorted(
        [
            "format",
            "app_schema",
            "bundle_id",
            "sender",
            "sender_epoch",
            "recipient",
            "first_seq",
            "last_seq",
            "prev_hash",
            "record_count",
            "payload_sha256",
            "acks",
            "created_at",
        ]
    )
    assert raw == canonical_json(manifest)
    assert raw == Manifest(**manifest).to_bytes()
    assert b" " not in raw and raw.startswith(b'{"acks":')
    assert payload == payload_of(changes)
    assert payload.count(b"\n") == 8 and payload.endswith(b"\n")
    assert "客户".encode() in payload or "批发".encode() in payload  # UTF-8, not \u escapes
    assert manifest["payload_sha256"] == hashlib.sha256(payload).hexdigest()
    assert len(signature) == 64
    assert keys.verify_signature(SENDER.public, raw, signature)


def test_the_same_content_gives_the_same_bytes() -> None:
    changes = make_changes(20, seed=4)
    assert make_bundle(SENDER, changes) == make_bundle(SENDER, changes)


def test_created_at_is_written_in_utc() -> None:
    beijing = CREATED.astimezone(timezone(timedelta(hours=8)))
    data = write_bundle(
        app_schema=APP_SCHEMA,
        sender=LAPTOP,
        sender_epoch=1,
        recipient=HQ,
        prev_hash=GENESIS,
        acks={},
        created_at=beijing,
        changes=[],
        private_key=SENDER.private,
        first_seq=1,
    )
    assert read(data, trust_of(SENDER)).manifest.created_at == "2026-11-27T09:30:00+00:00"


def test_an_empty_bundle_carries_acks_and_the_stream_position() -> None:
    sent = make_changes(41, seed=3)
    data = make_bundle(SENDER, [], first_seq=42, prev_hash=sent[-1].hash, acks={HQ: 17})
    bundle = read(data, trust_of(SENDER))
    assert bundle.changes == ()
    m = bundle.manifest
    assert (m.first_seq, m.last_seq, m.record_count) == (42, 41, 0)
    assert m.prev_hash == sent[-1].hash
    assert m.acks == {HQ: 17}
    assert m.payload_sha256 == hashlib.sha256(b"").hexdigest()
    assert m.file_name == f"{LAPTOP}_to_hq_42-41.fdsync"
    assert dict(members(data))[CHANGES] == b""


def test_the_first_bundle_of_a_stream_may_be_empty() -> None:
    bundle = read(make_bundle(SENDER, [], first_seq=1), trust_of(SENDER))
    assert (bundle.manifest.first_seq, bundle.manifest.last_seq) == (1, 0)
    assert bundle.manifest.prev_hash == GENESIS


def _write(changes: list[Change], **overrides: object) -> bytes:
    arguments: dict[str, object] = {
        "app_schema": APP_SCHEMA,
        "sender": LAPTOP,
        "sender_epoch": 1,
        "recipient": HQ,
        "prev_hash": GENESIS,
        "acks": {},
        "created_at": CREATED,
        "changes": changes,
        "private_key": SENDER.private,
    }
    arguments.update(overrides)
    return write_bundle(**arguments)  # type: ignore[arg-type]


def test_writing_changes_that_are_not_consecutive_is_a_bug() -> None:
    changes = make_changes(5, seed=1)
    gap = chain(GENESIS, [c for c in changes if c.seq != 3])
    with pytest.raises(ValueError, match="seq"):
        _write(gap)


def test_writing_changes_that_are_not_chained_is_a_bug() -> None:
    changes = make_changes(5, seed=1)
    unhashed = [*changes[:2], changes[2].chained(GENESIS), *changes[3:]]
    with pytest.raises(ValueError, match="chained"):
        _write(unhashed)
    with pytest.raises(ValueError, match="chained"):
        _write(changes, prev_hash="1" * 64)


@pytest.mark.parametrize(
    "overrides",
    [
        {"changes": [], "first_seq": None},
        {"changes": [], "first_seq": 0},
        {"first_seq": 2},
        {"created_at": datetime(2026, 11, 27, 9, 30)},
        {"sender": "../etc"},
        {"recipient": ""},
        {"prev_hash": "xyz"},
        {"sender_epoch": 0},
        {"acks": {"hq": -1}},
    ],
)
def test_writing_a_malformed_bundle_is_a_bug(overrides: dict[str, object]) -> None:
    arguments = {"changes": make_changes(3, seed=2), **overrides}
    with pytest.raises(ValueError):
        _write(**arguments)  # type: ignore[arg-type]


def test_save_names_the_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    changes = make_changes(7, seed=8)
    data = make_bundle(SENDER, changes)
    manifest = read(data, trust_of(SENDER)).manifest
    path = save_bundle(data, tmp_path, manifest)
    assert path == tmp_path / f"{LAPTOP}_to_hq_1-7.fdsync"
    assert path.read_bytes() == data
    assert sorted(os.listdir(tmp_path)) == [path.name]


def test_save_replaces_a_file_of_the_same_range(tmp_path: Path) -> None:
    changes = make_changes(3, seed=8)
    first = make_bundle(SENDER, changes, acks={HQ: 1})
    second = make_bundle(SENDER, changes, acks={HQ: 2})
    manifest = read(first, trust_of(SENDER)).manifest
    save_bundle(first, tmp_path, manifest)
    path = save_bundle(second, tmp_path, manifest)
    assert path.read_bytes() == second
    assert os.listdir(tmp_path) == [path.name]


def test_a_full_disk_is_a_user_error_and_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = make_bundle(SENDER, make_changes(3, seed=1))
    manifest = read(data, trust_of(SENDER)).manifest

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SaveFailed) as caught:
        save_bundle(data, tmp_path, manifest)
    assert "full" in caught.value.render()
    assert str(tmp_path) in caught.value.render()
    assert os.listdir(tmp_path) == []


def test_a_failing_rename_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = make_bundle(SENDER, make_changes(3, seed=1))
    manifest = read(data, trust_of(SENDER)).manifest

    def refuse(source: str, target: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveFailed) as caught:
        save_bundle(data, tmp_path, manifest)
    assert "Permission denied" in caught.value.render()
    assert os.listdir(tmp_path) == []


def test_a_folder_that_cannot_exist_is_a_user_error(tmp_path: Path) -> None:
    data = make_bundle(SENDER, make_changes(2, seed=1))
    manifest = read(data, trust_of(SENDER)).manifest
    blocker = tmp_path / "usb"
    blocker.write_bytes(b"a file, not a folder")
    with pytest.raises(SaveFailed) as caught:
        save_bundle(data, blocker / "inbox", manifest)
    assert "could not be written" in caught.value.render()
    assert sorted(os.listdir(tmp_path)) == ["usb"]
    with pytest.raises(SaveFailed):
        save_bundle(data, tmp_path / "missing", manifest)


def test_peek_shows_what_a_refused_file_claims() -> None:
    data = make_bundle(SENDER, make_changes(3, seed=1))
    stranger_trust = trust_of()
    with pytest.raises(BundleRejected) as caught:
        read(data, stranger_trust)
    assert caught.value.reason == "unknown_sender"
    claimed = peek_manifest(data)
    assert claimed is not None and claimed.sender == LAPTOP
    extra = rezip([*members(data), ("notes.txt", b"hello")])
    peeked = peek_manifest(extra)
    assert peeked is not None and peeked.sender == LAPTOP


@pytest.mark.parametrize("data", [b"", b"not a zip", b"PK\x03\x04" + b"\0" * 40])
def test_peek_never_raises(data: bytes) -> None:
    assert peek_manifest(data) is None
    assert peek_manifest(rezip([("manifest.json", b"{}")])) is None


def test_a_refusal_has_a_stable_reason_and_a_message_with_its_fields() -> None:
    data = make_bundle(SENDER, make_changes(2, seed=1), recipient="someone-else")
    with pytest.raises(BundleRejected) as caught:
        read(data, trust_of(SENDER))
    refusal = caught.value
    assert refusal.reason == "recipient" and refusal.reason in REASONS
    assert refusal.message == "This file is for device {recipient}, not for this one ({me})."
    assert refusal.render() == "This file is for device someone-else, not for this one (hq)."

    def shout(context: str, text: str) -> str:
        assert context == "errors"
        return text.upper().replace("{RECIPIENT}", "{recipient}").replace("{ME}", "{me}")

    assert refusal.render(shout) == "THIS FILE IS FOR DEVICE someone-else, NOT FOR THIS ONE (hq)."
    assert asdict(read(make_bundle(SENDER, []), trust_of(SENDER)).manifest)["record_count"] == 0


def test_reading_a_large_bundle_reads_every_change() -> None:
    changes = make_changes(5000, seed=11)
    bundle = read(make_bundle(SENDER, changes), trust_of(SENDER))
    assert len(bundle.changes) == 5000
    assert bundle.changes[-1] == changes[-1]
