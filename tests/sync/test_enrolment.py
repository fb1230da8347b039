"""Join requests and enrolments: round trips, streamed snapshots, and the attacks on both."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.sync import keys
from desktop.sync.enrolment import (
    ENROLMENT,
    ENROLMENT_SIGNATURE,
    REQUEST,
    REQUEST_SIGNATURE,
    SNAPSHOT,
    Enrolment,
    read_enrolment,
    read_join_request,
    write_enrolment,
    write_join_request,
)
from desktop.sync.errors import REASONS, BundleRejected
from desktop.sync.records import SnapshotRow, canonical_json
from desktop.sync.verify import stream_lines
from tests.sync.bundles import (
    APP_SCHEMA,
    CREATED,
    HQ,
    LAPTOP,
    SCHEMA,
    device,
    make_rows,
    members,
    replace_member,
    rezip,
)

LAPTOP_KEY = device(LAPTOP, 1)
HQ_KEY = device(HQ, 2)
IMPOSTOR = device(HQ, 3)
REQUEST_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
SCOPE = {"distributor": ["0193a7f2-6c1e-7b3a-9d4e-000000000001"], "person": []}
ROWS = make_rows(1000, seed=41)


def _request(**overrides: Any) -> bytes:
    arguments: dict[str, Any] = {
        "private_key": LAPTOP_KEY.private,
        "person_code": "FSF-0042",
        "machine_name": "王经理的笔记本",
        "created_at": CREATED,
        "app_schema": APP_SCHEMA,
        "request_id": REQUEST_ID,
    }
    arguments.update(overrides)
    return write_join_request(**arguments)


def _enrolment(rows: list[SnapshotRow] = ROWS, **overrides: Any) -> bytes:
    arguments: dict[str, Any] = {
        "request_id": REQUEST_ID,
        "device_id": LAPTOP,
        "epoch": 1,
        "person_code": "FSF-0042",
        "hq_device_id": HQ,
        "laptop_public_key": LAPTOP_KEY.public,
        "scope": SCOPE,
        "hq_last_seq": 118,
        "created_at": CREATED,
        "app_schema": APP_SCHEMA,
        "rows": iter(rows),
        "hq_private_key": HQ_KEY.private,
    }
    arguments.update(overrides)
    return write_enrolment(**arguments)


def _read(data: bytes, **overrides: Any) -> Enrolment:
    arguments: dict[str, Any] = {
        "laptop_public_key": LAPTOP_KEY.public,
        "schema": SCHEMA,
        "app_schema": APP_SCHEMA,
    }
    arguments.update(overrides)
    return read_enrolment(data, **arguments)


def _reason(call: Any, data: bytes, **kwargs: Any) -> str:
    with pytest.raises(BundleRejected) as caught:
        result = call(data, **kwargs)
        if isinstance(result, Enrolment):
            list(result.rows())
    assert caught.value.reason in REASONS
    assert caught.value.render()
    return caught.value.reason


def _json(data: bytes, name: str) -> dict[str, Any]:
    return dict(json.loads(dict(members(data))[name]))


def _signed_request(fields: dict[str, Any], signer: bytes = LAPTOP_KEY.private) -> bytes:
    raw = canonical_json(fields)
    return rezip([(REQUEST, raw), (REQUEST_SIGNATURE, keys.sign(signer, raw))])


def _signed_enrolment(
    fields: dict[str, Any], snapshot: bytes, signer: bytes = HQ_KEY.private, fix_hash: bool = True
) -> bytes:
    if fix_hash:
        fields = {**fields, "snapshot_sha256": hashlib.sha256(snapshot).hexdigest()}
    raw = canonical_json(fields)
    return rezip(
        [(ENROLMENT, raw), (SNAPSHOT, snapshot), (ENROLMENT_SIGNATURE, keys.sign(signer, raw))]
    )


# Join requests


def test_join_request_round_trip() -> None:
    data = _request()
    request = read_join_request(data)
    assert request.request_id == REQUEST_ID
    assert request.person_code == "FSF-0042"
    assert request.machine_name == "王经理的笔记本"
    assert request.public_key == LAPTOP_KEY.public
    assert request.fingerprint == keys.fingerprint(LAPTOP_KEY.public)
    assert request.created_at == "2026-11-27T09:30:00+00:00"
    assert request.app_schema == APP_SCHEMA
    assert request.raw_sha256 == hashlib.sha256(data).hexdigest()
    assert [name for name, _ in members(data)] == [REQUEST, REQUEST_SIGNATURE]
    raw = dict(members(data))[REQUEST]
    assert raw == canonical_json(json.loads(raw))
    assert json.loads(raw)["kind"] == "join_request"
    assert LAPTOP_KEY.private.hex() not in data.hex()


def test_a_request_gets_a_fresh_id_when_none_is_given() -> None:
    first = read_join_request(_request(request_id=None))
    second = read_join_request(_request(request_id=None))
    assert first.request_id != second.request_id


def test_a_request_edited_after_signing() -> None:
    edited = canonical_json({**_json(_request(), REQUEST), "person_code": "SLT-0001"})
    assert _reason(read_join_request, replace_member(_request(), REQUEST, edited)) == "signature"


def test_a_request_carrying_someone_elses_key() -> None:
    other = device(LAPTOP, 9)
    fields = {**_json(_request(), REQUEST), "public_key": other.public.hex()}
    assert _reason(read_join_request, _signed_request(fields)) == "signature"


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        ({"kind": "enrolment"}, "kind"),
        ({"format": 2}, "format"),
        ({"public_key": "00" * 31}, "manifest"),
        ({"public_key": "ZZ" * 32}, "manifest"),
        ({"person_code": ""}, "manifest"),
        ({"machine_name": "x" * 256}, "manifest"),
        ({"request_id": "42"}, "manifest"),
        ({"created_at": "2026-11-27"}, "manifest"),
        ({"extra": True}, "manifest"),
    ],
)
def test_a_signed_request_with_a_bad_field(edit: dict[str, Any], reason: str) -> None:
    fields = {**_json(_request(), REQUEST), **edit}
    assert _reason(read_join_request, _signed_request(fields)) == reason


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: b"", "not_a_zip"),
        (lambda: b"request", "not_a_zip"),
        (lambda: _request()[:-10], "not_a_zip"),
        (lambda: rezip([*members(_request()), ("x", b"")]), "members"),
        (lambda: rezip(members(_request())[:1]), "members"),
        (lambda: rezip([("../request.json", b"{}"), (REQUEST_SIGNATURE, b"")]), "members"),
        (lambda: _enrolment(rows=[]), "members"),
        (lambda: _request() + b"\0" * (1024 * 1024), "too_large"),
    ],
)
def test_a_file_that_is_no_join_request(make: Any, reason: str) -> None:
    assert _reason(read_join_request, make()) == reason


# Enrolments


def test_enrolment_round_trip_with_a_thousand_rows() -> None:
    data = _enrolment()
    enrolment = _read(data)
    assert enrolment.request_id == REQUEST_ID
    assert (enrolment.device_id, enrolment.epoch, enrolment.person_code) == (LAPTOP, 1, "FSF-0042")
    assert (enrolment.hq_device_id, enrolment.hq_public_key) == (HQ, HQ_KEY.public)
    assert enrolment.laptop_public_key == LAPTOP_KEY.public
    assert enrolment.scope == SCOPE
    assert (enrolment.row_count, enrolment.hq_last_seq) == (1000, 118)
    assert enrolment.raw_sha256 == hashlib.sha256(data).hexdigest()
    rows = enrolment.rows()
    assert isinstance(rows, Iterator)
    assert next(rows) == ROWS[0]
    assert list(enrolment.rows()) == ROWS
    assert any("客户" in str(v) for row in ROWS for v in row.values.values())
    assert any(row.field_clocks for row in ROWS)
    assert [name for name, _ in members(data)] == [SNAPSHOT, ENROLMENT, ENROLMENT_SIGNATURE]
    snapshot = dict(members(data))[SNAPSHOT]
    assert hashlib.sha256(snapshot).hexdigest() == enrolment.snapshot_sha256
    first = json.loads(snapshot.split(b"\n")[0])
    assert sorted(first) == ["field_clocks", "pk", "row_hlc", "row_origin", "table", "values"]


def test_an_enrolment_without_rows() -> None:
    enrolment = _read(_enrolment(rows=[]))
    assert enrolment.row_count == 0
    assert list(enrolment.rows()) == []


def test_a_pinned_hq_key_is_accepted_again() -> None:
    assert _read(_enrolment(), hq_public_key=HQ_KEY.public).hq_public_key == HQ_KEY.public


def test_a_tampered_snapshot() -> None:
    snapshot = dict(members(_enrolment()))[SNAPSHOT]
    edited = snapshot.replace(b"2026", b"2025", 1)
    assert _reason(_read, replace_member(_enrolment(), SNAPSHOT, edited)) == "payload_hash"
    assert _reason(_read, replace_member(_enrolment(), SNAPSHOT, snapshot[:-1])) == "payload_hash"


def test_an_enrolment_for_another_laptop() -> None:
    other = device(LAPTOP, 8)
    with pytest.raises(BundleRejected) as caught:
        _read(_enrolment(), laptop_public_key=other.public)
    assert caught.value.reason == "recipient"
    assert "another laptop" in caught.value.render()


def test_an_enrolment_edited_after_signing() -> None:
    data = _enrolment()
    edited = canonical_json({**_json(data, ENROLMENT), "scope": {"distributor": ["*"]}})
    assert _reason(_read, replace_member(data, ENROLMENT, edited)) == "signature"


def test_an_enrolment_signed_by_another_key_than_it_names() -> None:
    data = _enrolment()
    snapshot = dict(members(data))[SNAPSHOT]
    forged = _signed_enrolment(_json(data, ENROLMENT), snapshot, signer=IMPOSTOR.private)
    assert _reason(_read, forged) == "signature"


def test_an_enrolment_from_an_hq_other_than_the_pinned_one() -> None:
    impostor = _enrolment(hq_private_key=IMPOSTOR.private)
    assert _read(impostor).hq_public_key == IMPOSTOR.public  # consistent on its own
    assert _reason(_read, impostor, hq_public_key=HQ_KEY.public) == "signature"


def test_an_enrolment_for_another_app_schema() -> None:
    assert _reason(_read, _enrolment(app_schema="0009_future")) == "app_schema"


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        ({"kind": "join_request"}, "kind"),
        ({"format": 7}, "format"),
        ({"epoch": 0}, "manifest"),
        ({"device_id": "../x"}, "manifest"),
        ({"scope": {"distributor": "all"}}, "manifest"),
        ({"scope": ["a"]}, "manifest"),
        ({"hq_last_seq": -1}, "manifest"),
        ({"row_count": "1000"}, "manifest"),
        ({"laptop_public_key": "00"}, "manifest"),
    ],
)
def test_a_signed_enrolment_with_a_bad_field(edit: dict[str, Any], reason: str) -> None:
    data = _enrolment(rows=ROWS[:5])
    snapshot = dict(members(data))[SNAPSHOT]
    forged = _signed_enrolment({**_json(data, ENROLMENT), **edit}, snapshot)
    assert _reason(_read, forged) == reason


def _row_json(**changes: Any) -> dict[str, Any]:
    row = ROWS[0]
    base = {
        "table": row.table,
        "pk": row.pk,
        "values": dict(row.values),
        "row_hlc": row.row_hlc,
        "row_origin": row.row_origin,
        "field_clocks": {k: list(v) for k, v in row.field_clocks.items()},
    }
    base.update(changes)
    return base


def _with_values(**values: Any) -> dict[str, Any]:
    return _row_json(values={**ROWS[0].values, **values})


FIRST = ROWS[0]
A_FIELD = sorted(FIRST.values)[0]


@pytest.mark.parametrize(
    "line",
    [
        canonical_json(_row_json(table="payroll")),
        canonical_json(_with_values(salary=1)),
        canonical_json(_row_json(values={k: v for k, v in FIRST.values.items() if k != A_FIELD})),
        canonical_json(_with_values(deleted="no")),
        canonical_json(_row_json(field_clocks={"salary": [1, HQ]})),
        canonical_json(_row_json(field_clocks={A_FIELD: [0, HQ]})),
        canonical_json(_row_json(field_clocks={A_FIELD: [5]})),
        canonical_json(_row_json(pk="x")),
        canonical_json(_row_json(row_hlc=0)),
        canonical_json(_row_json(row_origin="")),
        canonical_json({**_row_json(), "extra": 1}),
        json.dumps(_row_json()).encode(),
        b"[]",
        b"\xff",
    ],
)
def test_a_signed_snapshot_with_a_bad_row(line: bytes) -> None:
    good = b"".join(canonical_json(_row_json()) + b"\n" for _ in range(2))
    snapshot = good + line + b"\n"
    fields = {**_json(_enrolment(rows=ROWS[:3]), ENROLMENT), "row_count": 3}
    with pytest.raises(BundleRejected) as caught:
        _read(_signed_enrolment(fields, snapshot))
    assert caught.value.reason == "record"
    assert caught.value.args_map["number"] == 3


def test_a_signed_snapshot_with_the_wrong_row_count_or_no_final_newline() -> None:
    data = _enrolment(rows=ROWS[:3])
    snapshot = dict(members(data))[SNAPSHOT]
    fields = _json(data, ENROLMENT)
    assert _reason(_read, _signed_enrolment({**fields, "row_count": 4}, snapshot)) == "record"
    assert _reason(_read, _signed_enrolment(fields, snapshot[:-1])) == "record"


def test_the_hash_is_checked_before_the_rows() -> None:
    data = _enrolment(rows=ROWS[:3])
    fields = _json(data, ENROLMENT)
    garbage = b"not json\n"
    assert _reason(_read, _signed_enrolment(fields, garbage, fix_hash=False)) == "payload_hash"


@pytest.mark.parametrize("data", [b"", b"PK", b"\x00" * 100])
def test_a_file_that_is_no_enrolment(data: bytes) -> None:
    assert _reason(_read, data) == "not_a_zip"
    assert _reason(_read, _request()) == "members"


def test_rows_are_streamed_in_lines_across_chunk_boundaries() -> None:
    chunks = [b"ab", b"c\nde", b"f\n\n", b"ghijkl", b"mn\nop"]
    digest = hashlib.sha256()
    assert list(stream_lines(chunks, 10, digest)) == [b"abc", b"def", b"", b"ghijklmn", None]
    assert digest.hexdigest() == hashlib.sha256(b"".join(chunks)).hexdigest()
    long_lines = [b"12345", b"6789\nok\n", b"x" * 12, b"\n"]
    assert list(stream_lines(long_lines, 8)) == [None, b"ok", None]
    assert list(stream_lines([], 8)) == []


def test_random_damage_to_requests_and_enrolments_is_refused_or_harmless() -> None:
    """1 500 mutations of each: a known reason, or exactly the clean content."""
    from tests.sync.test_bundle_mutations import _damage

    request, enrolment = _request(), _enrolment(rows=ROWS[:20])
    clean_request = read_join_request(request)
    clean_rows = ROWS[:20]
    reasons: set[str] = set()
    for seed in range(1500):
        rng = random.Random(f"enrolment-{seed}")
        for data in (request, enrolment):
            mutated = _damage(rng, data)
            if rng.random() < 0.3:
                parts = members(data)
                index = rng.randrange(len(parts))
                parts[index] = (parts[index][0], _damage(rng, parts[index][1]))
                mutated = rezip(parts)
            try:
                if data is request:
                    assert read_join_request(mutated) == dataclasses.replace(
                        clean_request, raw_sha256=hashlib.sha256(mutated).hexdigest()
                    )
                else:
                    got = _read(mutated)
                    assert (got.scope, got.device_id, list(got.rows())) == (
                        SCOPE,
                        LAPTOP,
                        clean_rows,
                    )
            except BundleRejected as exc:
                assert exc.reason in REASONS
                reasons.add(exc.reason)
    assert {"not_a_zip", "crc", "signature", "payload_hash", "manifest"} <= reasons
