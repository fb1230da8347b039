"""Every named attack of SYNC.md on a bundle, each refused with its exact reason."""

from __future__ import annotations

import functools
import json
import time
import tracemalloc
import zipfile
import zlib
from typing import Any

import pytest

from desktop.sync import archive
from desktop.sync.bundle import CHANGES, MANIFEST, MAX_FILE, SIGNATURE
from desktop.sync.errors import REASONS, BundleRejected
from desktop.sync.records import GENESIS, Change, canonical_json, chain
from tests.sync.bundles import (
    HQ,
    LAPTOP,
    DictTrust,
    deflate_stream,
    device,
    entry,
    make_bundle,
    make_changes,
    manifest_of,
    members,
    payload_of,
    raw_zip,
    read,
    replace_member,
    rezip,
    signed_bundle,
    trust_of,
)

SENDER = device(LAPTOP, 1)
THIEF = device(LAPTOP, 2)  # claims to be SENDER with another key
TRUST = trust_of(SENDER)
CHANGES_10 = make_changes(10, seed=21)
GOOD = make_bundle(SENDER, CHANGES_10)


def reason_of(data: bytes, trust: DictTrust = TRUST, **kwargs: Any) -> str:
    """The reason ``data`` is refused for (the test fails when it is accepted)."""
    with pytest.raises(BundleRejected) as caught:
        read(data, trust, **kwargs)
    assert caught.value.reason in REASONS
    assert caught.value.render()  # every message renders with its fields
    return caught.value.reason


def with_records(records: list[dict[str, Any]], **manifest: Any) -> bytes:
    """A bundle signed by SENDER whose payload holds exactly these records (as given)."""
    payload = b"".join(canonical_json(r) + b"\n" for r in records)
    fields = {**manifest_of(GOOD), "record_count": len(records), "last_seq": len(records)}
    fields.update(manifest)
    return signed_bundle(SENDER, fields, payload)


def records_of(changes: list[Change]) -> list[dict[str, Any]]:
    return [{**c.body(), "hash": c.hash} for c in changes]


def test_the_clean_bundle_is_accepted() -> None:
    assert read(GOOD, TRUST).changes == tuple(CHANGES_10)


# Keys and signatures


def test_signed_with_the_wrong_key() -> None:
    assert reason_of(make_bundle(THIEF, CHANGES_10)) == "signature"


def test_edited_payload_rezipped_with_the_same_manifest() -> None:
    edited = [*CHANGES_10[:3], *chain(CHANGES_10[2].hash, [CHANGES_10[3]])]
    forged = chain(GENESIS, [Change(**{**c.body(), "value": None}) for c in CHANGES_10])
    assert reason_of(replace_member(GOOD, CHANGES, payload_of(forged))) == "payload_hash"
    assert reason_of(replace_member(GOOD, CHANGES, payload_of(edited))) == "payload_hash"
    assert reason_of(replace_member(GOOD, CHANGES, b"")) == "payload_hash"


@pytest.mark.parametrize(
    "edit",
    [
        {"recipient": "0193a7f2-0000-7000-8000-000000000000"},
        {"acks": {HQ: 999}},
        {"sender_epoch": 2},
        {"payload_sha256": "0" * 64},
        {"last_seq": 9, "record_count": 9},
    ],
)
def test_edited_manifest_keeps_the_old_signature(edit: dict[str, Any]) -> None:
    raw = canonical_json({**manifest_of(GOOD), **edit})
    assert reason_of(replace_member(GOOD, MANIFEST, raw)) == "signature"


def test_a_signature_of_the_wrong_size_or_missing_bytes() -> None:
    signature = dict(members(GOOD))[SIGNATURE]
    assert reason_of(replace_member(GOOD, SIGNATURE, signature[:63])) == "signature"
    assert reason_of(replace_member(GOOD, SIGNATURE, signature + b"\0")) == "signature"
    assert reason_of(replace_member(GOOD, SIGNATURE, b"")) == "signature"


def test_unknown_sender() -> None:
    assert reason_of(GOOD, trust_of()) == "unknown_sender"


def test_revoked_device_names_when_and_why() -> None:
    trust = DictTrust({LAPTOP: SENDER.public}, {LAPTOP: "revoked on 2026-11-20: laptop stolen"})
    with pytest.raises(BundleRejected) as caught:
        read(GOOD, trust)
    assert caught.value.reason == "revoked"
    assert "laptop stolen" in caught.value.render()
    assert LAPTOP in caught.value.render()


def test_wrong_recipient() -> None:
    data = make_bundle(SENDER, CHANGES_10, recipient="0193a7f2-0000-7000-8000-000000000001")
    assert reason_of(data) == "recipient"


def test_another_app_schema_names_both_versions() -> None:
    data = make_bundle(SENDER, CHANGES_10, app_schema="0003_sync")
    with pytest.raises(BundleRejected) as caught:
        read(data, TRUST)
    assert caught.value.reason == "app_schema"
    assert "0003_sync" in caught.value.render() and "0002_field_work" in caught.value.render()


# The zip container


@pytest.mark.parametrize("data", [b"", b"hello", b"%PDF-1.7\n" + b"\0" * 500, bytes(range(256))])
def test_not_a_zip(data: bytes) -> None:
    assert reason_of(data) == "not_a_zip"


def test_a_truncated_file_is_not_a_zip() -> None:
    assert reason_of(GOOD[: len(GOOD) // 2]) == "not_a_zip"
    assert reason_of(GOOD[:-1]) == "not_a_zip"


@pytest.mark.parametrize(
    "name",
    [
        "../manifest.json",
        "/manifest.json",
        "a/../manifest.json",
        "..\\manifest.json",
        "C:/manifest.json",
        "MANIFEST.JSON",
        "manifest.json/",
    ],
)
def test_zip_slip_and_disguised_names(name: str) -> None:
    parts = [(name if n == MANIFEST else n, c) for n, c in members(GOOD)]
    assert reason_of(rezip(parts)) == "members"


def test_a_name_hiding_a_nul_byte() -> None:
    parts = [entry(n + "\0.txt" if n == MANIFEST else n, c) for n, c in members(GOOD)]
    assert reason_of(raw_zip(parts)) == "members"


def test_an_extra_member() -> None:
    assert reason_of(rezip([*members(GOOD), ("readme.txt", b"hi")])) == "members"


def test_a_missing_member() -> None:
    for missing in (MANIFEST, CHANGES, SIGNATURE):
        parts = [(n, c) for n, c in members(GOOD) if n != missing]
        assert reason_of(rezip(parts)) == "members"


def test_a_duplicate_member() -> None:
    parts = members(GOOD)
    assert reason_of(rezip([*parts, parts[0]])) == "members"
    assert reason_of(rezip([parts[0], parts[0], parts[2]])) == "members"


def test_a_zip_with_thousands_of_entries_is_refused_before_parsing_them() -> None:
    many = raw_zip([entry(f"f{i}", b"") for i in range(5000)])
    started = time.perf_counter()
    assert reason_of(many) == "members"
    assert time.perf_counter() - started < 1.0


def test_a_zip64_archive_is_refused() -> None:
    data = bytearray(GOOD)
    end = data.rfind(b"PK\x05\x06")
    locator = b"PK\x06\x07" + b"\0" * 16
    assert reason_of(bytes(data[:end]) + locator + bytes(data[end:])) == "members"


def test_a_damaged_member_fails_its_crc() -> None:
    stored = rezip(members(GOOD), compression=zipfile.ZIP_STORED)
    position = stored.index(b'"sender":"') + 12
    damaged = stored[:position] + bytes([stored[position] ^ 0x04]) + stored[position + 1 :]
    assert reason_of(damaged) == "crc"


def test_a_payload_deflated_in_pieces_reads_back_and_its_damage_is_caught(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The writer deflates a large payload in pieces on threads; the pieces make one stream."""
    changes = make_changes(60, seed=22)
    whole = make_bundle(SENDER, changes)
    monkeypatch.setattr(archive, "DEFLATE_PIECE", 700)
    pieces = make_bundle(SENDER, changes)
    assert pieces == make_bundle(SENDER, changes) and pieces != whole  # the same bytes each time
    assert members(pieces) == members(whole) and len(payload_of(changes)) > 10 * 700
    assert read(pieces, TRUST).changes == tuple(changes)
    start = pieces.index(b"changes.ndjson") + len(b"changes.ndjson")
    for offset in range(0, len(payload_of(changes)) // 4, 97):  # a bit flipped in every piece
        spot = start + offset
        damaged = pieces[:spot] + bytes([pieces[spot] ^ 0x10]) + pieces[spot + 1 :]
        assert reason_of(damaged) in ("crc", "not_a_zip", "too_large")


def test_a_lying_crc_is_caught() -> None:
    parts = members(GOOD)
    data = raw_zip(
        [entry(n, c, crc=zlib.crc32(c) ^ 1) if n == CHANGES else entry(n, c) for n, c in parts]
    )
    assert reason_of(data) == "crc"


def test_an_encrypted_or_oddly_compressed_member_is_refused() -> None:
    parts = members(GOOD)
    encrypted = raw_zip([entry(n, c, flags=1) for n, c in parts])
    assert reason_of(encrypted) == "not_a_zip"
    bzip2 = raw_zip([entry(n, c, method=12) for n, c in parts])
    assert reason_of(bzip2) == "not_a_zip"


def test_a_file_over_the_size_limit_is_refused_before_reading() -> None:
    assert reason_of(GOOD + b"\0" * (MAX_FILE + 1 - len(GOOD))) == "too_large"


@functools.cache
def _zeros(megabytes: int) -> tuple[bytes, int]:
    return deflate_stream(megabytes, b"\0" * (1024 * 1024))


def _bomb(declared: int, expanded_mb: int) -> bytes:
    """A bundle whose changes member expands to ``expanded_mb`` MB of zeros, declaring ``declared``."""
    stored, crc = _zeros(expanded_mb)
    return raw_zip(
        [
            entry(n, stored, method=8, crc=crc, file_size=declared) if n == CHANGES else entry(n, c)
            for n, c in members(GOOD)
        ]
    )


def _refused_cheaply(data: bytes, reason: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        assert reason_of(data) == reason
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 5.0
    assert peak < 16 * 1024 * 1024, f"allocated {peak} bytes"


def test_a_zip_bomb_declaring_its_size_is_refused_without_expanding() -> None:
    bomb = _bomb(declared=210 * 1024 * 1024, expanded_mb=210)
    assert len(bomb) < 1024 * 1024
    _refused_cheaply(bomb, "too_large")


def test_a_zip_bomb_lying_about_its_size_is_cut_off_at_the_declared_size() -> None:
    bomb = _bomb(declared=1000, expanded_mb=210)
    _refused_cheaply(bomb, "crc")


def test_declared_sizes_over_the_total_limit_are_refused() -> None:
    declared = {CHANGES: 200 * 1024 * 1024, MANIFEST: 1024 * 1024}
    big = [entry(n, c, file_size=declared.get(n, len(c))) for n, c in members(GOOD)]
    assert reason_of(raw_zip(big)) == "too_large"
    over_cap = [
        entry(n, c, file_size=2 * 1024 * 1024) if n == MANIFEST else entry(n, c)
        for n, c in members(GOOD)
    ]
    with pytest.raises(BundleRejected) as caught:
        read(raw_zip(over_cap), TRUST)
    assert caught.value.reason == "too_large"
    assert caught.value.render().startswith(
        "This file is too large to be a FieldDesk sync file (2 MB; the limit is 1 MB)."
    )


# The manifest


def test_unknown_format() -> None:
    data = signed_bundle(
        SENDER, {**manifest_of(GOOD), "format": 2, "new": 1}, payload_of(CHANGES_10)
    )
    with pytest.raises(BundleRejected) as caught:
        read(data, TRUST)
    assert caught.value.reason == "format"
    assert "Update FieldDesk" in caught.value.render()


@pytest.mark.parametrize(
    "edit",
    [
        {"format": "1"},
        {"format": True},
        {"first_seq": "1"},
        {"first_seq": 0},
        {"last_seq": -1},
        {"record_count": 11},
        {"sender_epoch": 0},
        {"sender": ""},
        {"sender": "../../x"},
        {"recipient": None},
        {"prev_hash": "0" * 63},
        {"prev_hash": "A" * 64},
        {"bundle_id": "not-a-uuid"},
        {"acks": []},
        {"acks": {HQ: -1}},
        {"acks": {HQ: 1.5}},
        {"created_at": "2026-11-27 09:30"},
        {"created_at": "yesterday"},
        {"app_schema": ""},
        {"extra": 1},
    ],
)
def test_a_signed_manifest_with_a_bad_field(edit: dict[str, Any]) -> None:
    data = signed_bundle(SENDER, {**manifest_of(GOOD), **edit}, payload_of(CHANGES_10))
    assert reason_of(data) == "manifest"


def test_a_signed_manifest_missing_a_field() -> None:
    fields = manifest_of(GOOD)
    del fields["acks"]
    assert reason_of(signed_bundle(SENDER, fields, payload_of(CHANGES_10))) == "manifest"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"[]",
        b"null",
        b'{"format":1}',
        b"\xff\xfe{}",
        b'{"format":1,"format":1}',
        b'{"format":NaN}',
        b'{"format":1' + b"9" * 5000 + b"}",
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_a_manifest_that_is_not_a_json_object(raw: bytes) -> None:
    data = signed_bundle(SENDER, {}, payload_of(CHANGES_10), raw=raw)
    assert reason_of(data) == "manifest"


def test_a_manifest_that_is_not_canonical() -> None:
    fields = {**manifest_of(GOOD)}
    for raw in (
        json.dumps(fields).encode(),
        json.dumps(dict(reversed(fields.items())), separators=(",", ":")).encode(),
        json.dumps(fields, separators=(",", ": ")).encode(),
        canonical_json(fields) + b"\n",
        b" " + canonical_json(fields),
    ):
        assert (
            reason_of(signed_bundle(SENDER, fields, payload_of(CHANGES_10), raw=raw)) == "manifest"
        )


# The records


def test_forged_chain_one_record_rehashed_but_not_the_next() -> None:
    records = records_of(CHANGES_10)
    original = CHANGES_10[4]
    forged = Change(**{**original.body(), "hlc": original.hlc + 1}).chained(CHANGES_10[3].hash)
    records[4] = {**forged.body(), "hash": forged.hash}
    with pytest.raises(BundleRejected) as caught:
        read(with_records(records), TRUST)
    assert caught.value.reason == "chain"
    assert caught.value.args_map["seq"] == 6


def test_forged_chain_not_starting_at_prev_hash() -> None:
    records = records_of(CHANGES_10)
    assert reason_of(with_records(records, prev_hash="ab" * 32)) == "chain"
    later = make_changes(3, first_seq=11, prev="cd" * 32, seed=4)
    data = with_records(records_of(later), first_seq=11, last_seq=13, prev_hash=CHANGES_10[-1].hash)
    assert reason_of(data) == "chain"


def test_a_record_with_a_wrong_hash() -> None:
    records = records_of(CHANGES_10)
    records[0] = {**records[0], "hash": "0" * 64}
    assert reason_of(with_records(records)) == "chain"


def test_bad_seq_order() -> None:
    records = records_of(CHANGES_10)
    records[3], records[4] = records[4], records[3]
    assert reason_of(with_records(records)) == "chain"
    renumbered = chain(GENESIS, [Change(**{**c.body(), "seq": c.seq + 1}) for c in CHANGES_10])
    assert reason_of(with_records(records_of(renumbered))) == "chain"
    skipped = records_of(CHANGES_10)[:5] + records_of(CHANGES_10)[6:]
    assert reason_of(with_records(skipped, last_seq=9, record_count=9)) == "chain"


def test_fewer_records_than_the_manifest_declares() -> None:
    records = records_of(CHANGES_10)[:8]
    assert reason_of(with_records(records, last_seq=10, record_count=10)) == "chain"


def _one(**changes: Any) -> dict[str, Any]:
    return {**records_of(CHANGES_10)[0], **changes}


@pytest.mark.parametrize(
    "record",
    [
        _one(table="payroll"),
        _one(field="password"),
        _one(table="distributor", field="id"),
    ],
)
def test_a_record_naming_an_unknown_table_or_field(record: dict[str, Any]) -> None:
    with pytest.raises(BundleRejected) as caught:
        read(with_records([record]), TRUST)
    assert caught.value.reason == "record"
    assert "does not know" in caught.value.render()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "张" * 81),
        ("name", None),
        ("name", 42),
        ("name", ["张记"]),
        ("notes", "长" * 2001),
        ("credit_limit", "1000"),
        ("credit_limit", 1.5),
        ("credit_limit", True),
        ("credit_limit", 2**63),
        ("credit_limit", -(2**63) - 1),
        ("active", 1),
        ("active", "true"),
        ("since", "2026-13-01"),
        ("since", "2026/11/27"),
        ("since", "20261127"),
        ("since", 20261127),
        ("visited_at", "2026-11-27 09:30:00"),
        ("visited_at", "2026-11-27T25:00:00"),
        ("deleted", None),
    ],
)
def test_a_value_the_field_cannot_hold(field: str, value: object) -> None:
    record = _one(table="distributor", field=field, value=value)
    with pytest.raises(BundleRejected) as caught:
        read(with_records([record]), TRUST)
    assert caught.value.reason == "record"
    assert f"distributor.{field}" in caught.value.render()


@pytest.mark.parametrize("field", ["name", "notes"])
def test_text_holding_a_nul_character(field: str) -> None:
    """PostgreSQL cannot store U+0000 in text: a value holding one is refused, with its reason."""
    record = _one(table="distributor", field=field, value="张记\x00批发部")
    later = {**_one(), "seq": 2, "table": "payroll"}  # a worse record after it: the first counts
    with pytest.raises(BundleRejected) as caught:
        read(with_records([record, later]), TRUST)
    assert caught.value.reason == "nul_character"
    assert "Record 1 " in caught.value.render() and f"distributor.{field}" in caught.value.render()
    assert reason_of(with_records([{**record, "value": "张记批发部"}])) == "chain"  # else fine


@pytest.mark.parametrize(
    "record",
    [
        _one(pk="not-a-uuid"),
        _one(pk="0193A7F2-6C1E-7B3A-9D4E-1F2A3B4C5D6E"),
        _one(pk=None),
        _one(seq=0),
        _one(seq="1"),
        _one(hlc=0),
        _one(hlc=-5),
        _one(hlc=2**63),
        _one(origin=""),
        _one(origin="x" * 37),
        _one(origin=7),
        _one(base_hlc=0),
        _one(base_hlc="1"),
        _one(hash="Z" * 64),
        _one(hash=None),
        _one(table=["distributor"]),
        _one(field={"a": 1}),
        {**_one(), "extra": 1},
        {k: v for k, v in _one().items() if k != "base_hlc"},
    ],
)
def test_a_record_with_a_malformed_field(record: dict[str, Any]) -> None:
    assert reason_of(with_records([record])) == "record"


@pytest.mark.parametrize(
    "payload",
    [
        b"\n",
        b"[]\n",
        b"null\n",
        b"{}\n",
        b'{"seq":1}',
        b"\xff\xfe\n",
        b'{"a":NaN}\n',
    ],
)
def test_a_payload_line_that_is_not_a_record(payload: bytes) -> None:
    fields = {**manifest_of(GOOD), "last_seq": 1, "record_count": 1}
    assert reason_of(signed_bundle(SENDER, fields, payload)) == "record"


def test_records_must_be_canonical_and_newline_terminated() -> None:
    record = records_of(CHANGES_10)[0]
    fields = {**manifest_of(GOOD), "last_seq": 1, "record_count": 1}
    spaced = json.dumps(record, ensure_ascii=False, sort_keys=True).encode() + b"\n"
    escaped = json.dumps(record, separators=(",", ":"), sort_keys=True).encode() + b"\n"
    unterminated = canonical_json(record)
    crlf = canonical_json(record) + b"\r\n"
    for payload in (spaced, unterminated, crlf):
        assert reason_of(signed_bundle(SENDER, fields, payload)) == "record"
    if escaped != canonical_json(record) + b"\n":
        assert reason_of(signed_bundle(SENDER, fields, escaped)) == "record"
    blank = canonical_json(record) + b"\n\n"
    assert reason_of(signed_bundle(SENDER, fields, blank)) == "record"


def test_the_checks_run_in_order_signature_before_recipient_before_records() -> None:
    wrong_everything = make_bundle(
        THIEF, CHANGES_10, recipient="0193a7f2-0000-7000-8000-000000000002"
    )
    assert reason_of(wrong_everything) == "signature"
    records = [_one(table="payroll")]
    elsewhere = with_records(records, recipient="0193a7f2-0000-7000-8000-000000000002")
    assert reason_of(elsewhere) == "recipient"
    unsigned = replace_member(with_records(records), SIGNATURE, b"\0" * 64)
    assert reason_of(unsigned) == "signature"
