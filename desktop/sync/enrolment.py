"""Join requests and enrolment files (SYNC.md "Devices and trust").

A **join request** is a zip of ``request.json`` (format, kind ``join_request``,
request_id, person_code, machine_name, the laptop's public key in hex,
created_at, app_schema) and ``request.sig``: the laptop's signature over those
exact bytes, proof that it holds the matching private key.

An **enrolment** is HQ's answer: ``enrolment.json`` (the fields of ``Enrolment``
plus format and kind ``enrolment``), ``snapshot.ndjson`` (one row per line as
canonical JSON ``{"table","pk","values","row_hlc","row_origin","field_clocks"}``,
a field clock as ``[hlc, origin]``) and ``enrolment.sig``, HQ's signature over
the exact ``enrolment.json`` bytes. The laptop trusts HQ's key on first use and
pins it afterwards (``hq_public_key=`` when reading a later enrolment).

Both are read like bundles: every failure is a ``BundleRejected`` with its
reason before anything is written; the snapshot is streamed, never held whole.
"""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop.sync import errors, keys
from desktop.sync.errors import BundleRejected
from desktop.sync.records import Schema, SnapshotRow, canonical_json
from desktop.sync.verify import (
    MB,
    Check,
    Limits,
    SafeZip,
    check_schema,
    is_device_id,
    is_hex64,
    is_int,
    is_text,
    is_timestamp,
    is_uuid,
    load_canonical,
    member_info,
    parse_description,
    stream_lines,
    value_fits,
    write_member,
)

FORMAT = 1
REQUEST_KIND = "join_request"
ENROLMENT_KIND = "enrolment"
REQUEST = "request.json"
REQUEST_SIGNATURE = "request.sig"
ENROLMENT = "enrolment.json"
SNAPSHOT = "snapshot.ndjson"
ENROLMENT_SIGNATURE = "enrolment.sig"
REQUEST_LIMITS = Limits(
    max_file=1 * MB, max_total=1 * MB, members={REQUEST: 64 * 1024, REQUEST_SIGNATURE: 1024}
)
ENROLMENT_LIMITS = Limits(
    max_file=500 * MB,
    max_total=2000 * MB,
    members={ENROLMENT: 64 * MB, SNAPSHOT: 2000 * MB, ENROLMENT_SIGNATURE: 1024},
)
#: The longest snapshot line accepted (one row with all its text fields).
MAX_ROW_BYTES = 16 * MB
ROW_KEYS = frozenset({"table", "pk", "values", "row_hlc", "row_origin", "field_clocks"})


def _is_scope(value: Any) -> bool:
    """A JSON object of name → list of ids (strings)."""
    return isinstance(value, dict) and all(
        is_text(name, 64) and isinstance(ids, list) and all(is_text(item, 64) for item in ids)
        for name, ids in value.items()
    )


def _is_key(value: Any) -> bool:
    return keys.key_from_hex(value) is not None


_REQUEST_FIELDS: dict[str, Check] = {
    "format": lambda v: is_int(v),
    "kind": lambda v: v == REQUEST_KIND,
    "request_id": is_uuid,
    "person_code": lambda v: is_text(v, 64),
    "machine_name": lambda v: is_text(v, 255),
    "public_key": _is_key,
    "created_at": is_timestamp,
    "app_schema": lambda v: is_text(v, 64),
}

_ENROLMENT_FIELDS: dict[str, Check] = {
    "format": lambda v: is_int(v),
    "kind": lambda v: v == ENROLMENT_KIND,
    "request_id": is_uuid,
    "device_id": is_device_id,
    "epoch": lambda v: is_int(v, 1),
    "person_code": lambda v: is_text(v, 64),
    "hq_device_id": is_device_id,
    "hq_public_key": _is_key,
    "laptop_public_key": _is_key,
    "scope": _is_scope,
    "snapshot_sha256": is_hex64,
    "row_count": lambda v: is_int(v),
    "hq_last_seq": lambda v: is_int(v),
    "created_at": is_timestamp,
    "app_schema": lambda v: is_text(v, 64),
}


def _timestamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("created_at must carry a time zone")
    return moment.astimezone(UTC).isoformat()


def _checked(description: dict[str, Any], fields: Mapping[str, Check]) -> bytes:
    bad = [key for key, check in fields.items() if not check(description[key])]
    if bad:
        raise ValueError(f"fields out of range: {', '.join(bad)}")
    return canonical_json(description)


# Join requests


@dataclass(frozen=True)
class JoinRequest:
    """A verified join request: the laptop holds the private key of ``public_key``."""

    request_id: str
    person_code: str
    machine_name: str
    public_key: bytes
    created_at: str
    app_schema: str
    raw_sha256: str

    @property
    def fingerprint(self) -> str:
        """The laptop key's fingerprint, to compare with what the laptop shows."""
        return keys.fingerprint(self.public_key)


def write_join_request(
    *,
    private_key: bytes,
    person_code: str,
    machine_name: str,
    created_at: datetime,
    app_schema: str,
    request_id: str | None = None,
) -> bytes:
    """The bytes of a join request for the laptop owning ``private_key``."""
    raw = _checked(
        {
            "format": FORMAT,
            "kind": REQUEST_KIND,
            "request_id": request_id or str(uuid.uuid4()),
            "person_code": person_code,
            "machine_name": machine_name,
            "public_key": keys.public_key_of(private_key).hex(),
            "created_at": _timestamp(created_at),
            "app_schema": app_schema,
        },
        _REQUEST_FIELDS,
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        write_member(archive, REQUEST, raw, compress=True)
        write_member(archive, REQUEST_SIGNATURE, keys.sign(private_key, raw), compress=False)
    return buffer.getvalue()


def read_join_request(data: bytes) -> JoinRequest:
    """The verified join request in ``data``, or ``BundleRejected``.

    Checks: sizes, a zip with exactly ``request.json`` and ``request.sig``, CRCs,
    canonical JSON with a known format, kind ``join_request`` and exactly the known
    fields, then the signature by the public key it carries.
    """
    archive = SafeZip(data, REQUEST_LIMITS)
    raw = archive.read(REQUEST)
    signature = archive.read(REQUEST_SIGNATURE)
    value = parse_description(raw, REQUEST, _REQUEST_FIELDS, known_format=FORMAT, kind=REQUEST_KIND)
    public = bytes.fromhex(value["public_key"])
    if not keys.verify_signature(public, raw, signature):
        raise errors.bad_signature(value["machine_name"])
    return JoinRequest(
        request_id=value["request_id"],
        person_code=value["person_code"],
        machine_name=value["machine_name"],
        public_key=public,
        created_at=value["created_at"],
        app_schema=value["app_schema"],
        raw_sha256=hashlib.sha256(data).hexdigest(),
    )


# Enrolments


def _row_json(row: SnapshotRow) -> dict[str, Any]:
    return {
        "table": row.table,
        "pk": row.pk,
        "values": row.values,
        "row_hlc": row.row_hlc,
        "row_origin": row.row_origin,
        "field_clocks": {name: [hlc, origin] for name, (hlc, origin) in row.field_clocks.items()},
    }


def write_enrolment(
    *,
    request_id: str,
    device_id: str,
    epoch: int,
    person_code: str,
    hq_device_id: str,
    laptop_public_key: bytes,
    scope: Mapping[str, Sequence[str]],
    hq_last_seq: int,
    created_at: datetime,
    app_schema: str,
    rows: Iterable[SnapshotRow],
    hq_private_key: bytes,
) -> bytes:
    """The bytes of an enrolment, signed by HQ; ``rows`` are streamed into the snapshot.

    Each row is encoded once and deflated as it comes, so a scope of 100 000+ rows
    is never held as one text. A snapshot past the enrolment limits is a ValueError.
    """
    digest = hashlib.sha256()
    count = 0
    size = 0
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        with archive.open(member_info(SNAPSHOT), "w") as out:
            for row in rows:
                line = canonical_json(_row_json(row)) + b"\n"
                size += len(line)
                if size > ENROLMENT_LIMITS.max_total - ENROLMENT_LIMITS.members[ENROLMENT]:
                    raise ValueError("the snapshot is too large for one enrolment file")
                digest.update(line)
                out.write(line)
                count += 1
        raw = _checked(
            {
                "format": FORMAT,
                "kind": ENROLMENT_KIND,
                "request_id": request_id,
                "device_id": device_id,
                "epoch": epoch,
                "person_code": person_code,
                "hq_device_id": hq_device_id,
                "hq_public_key": keys.public_key_of(hq_private_key).hex(),
                "laptop_public_key": laptop_public_key.hex(),
                "scope": {name: list(ids) for name, ids in scope.items()},
                "snapshot_sha256": digest.hexdigest(),
                "row_count": count,
                "hq_last_seq": hq_last_seq,
                "created_at": _timestamp(created_at),
                "app_schema": app_schema,
            },
            _ENROLMENT_FIELDS,
        )
        write_member(archive, ENROLMENT, raw, compress=True)
        write_member(archive, ENROLMENT_SIGNATURE, keys.sign(hq_private_key, raw), compress=False)
    return buffer.getvalue()


@dataclass(frozen=True)
class Enrolment:
    """A verified enrolment; ``rows()`` reads its snapshot again, lazily, row by row."""

    request_id: str
    device_id: str
    epoch: int
    person_code: str
    hq_device_id: str
    hq_public_key: bytes
    laptop_public_key: bytes
    scope: dict[str, list[str]]
    snapshot_sha256: str
    row_count: int
    hq_last_seq: int
    created_at: str
    app_schema: str
    raw_sha256: str
    _archive: SafeZip = field(repr=False, compare=False)
    _schema: Schema = field(repr=False, compare=False)

    def rows(self) -> Iterator[SnapshotRow]:
        """Every snapshot row in file order (all of them were verified by ``read_enrolment``)."""
        lines = stream_lines(self._archive.chunks(SNAPSHOT), MAX_ROW_BYTES)
        for number, line in enumerate(lines, 1):
            yield _parse_row(line, self._schema, number, self.hq_device_id)


def _is_clock(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and is_int(value[0], 1)
        and is_text(value[1], 36)
    )


def _parse_row(line: bytes | None, schema: Schema, number: int, sender: str) -> SnapshotRow:
    """One snapshot line as a SnapshotRow holding exactly its table's fields, each fitting."""
    if line is None:
        raise errors.invalid_record(number, sender)
    try:
        row = load_canonical(line)
    except ValueError:
        raise errors.invalid_record(number, sender) from None
    if not isinstance(row, dict) or row.keys() != ROW_KEYS:
        raise errors.invalid_record(number, sender)
    table, values, clocks = row["table"], row["values"], row["field_clocks"]
    if not (
        isinstance(table, str)
        and is_uuid(row["pk"])
        and isinstance(values, dict)
        and is_int(row["row_hlc"], 1)
        and is_text(row["row_origin"], 36)
        and isinstance(clocks, dict)
        and all(name in values and _is_clock(clock) for name, clock in clocks.items())
    ):
        raise errors.invalid_record(number, sender)
    specs = schema.get(table)
    if specs is None:
        raise errors.unknown_field(number, sender, table, "-")
    for name in values:
        if name not in specs:
            raise errors.unknown_field(number, sender, table, name)
    for name, spec in specs.items():
        if name not in values or not value_fits(spec, values[name]):
            raise errors.bad_value(number, sender, table, name)
    return SnapshotRow(
        table=table,
        pk=row["pk"],
        values=values,
        row_hlc=row["row_hlc"],
        row_origin=row["row_origin"],
        field_clocks={name: (hlc, origin) for name, (hlc, origin) in clocks.items()},
    )


def read_enrolment(
    data: bytes,
    *,
    laptop_public_key: bytes,
    schema: Schema,
    app_schema: str,
    hq_public_key: bytes | None = None,
) -> Enrolment:
    """The verified enrolment in ``data``, or ``BundleRejected``.

    Checks: sizes, a zip with exactly its three members, CRCs, ``enrolment.json``
    (canonical, format, kind, fields), ``app_schema`` equal to ours, the signature
    by the HQ key inside (or by ``hq_public_key`` when this laptop already pinned
    one), the laptop key equal to ``laptop_public_key`` (reason ``recipient``), then
    the snapshot streamed once: its sha256 (``payload_hash``), every row against
    ``schema`` and the row count (``record``).
    """
    check_schema(schema)
    archive = SafeZip(data, ENROLMENT_LIMITS)
    raw = archive.read(ENROLMENT)
    signature = archive.read(ENROLMENT_SIGNATURE)
    value = parse_description(
        raw, ENROLMENT, _ENROLMENT_FIELDS, known_format=FORMAT, kind=ENROLMENT_KIND
    )
    if value["app_schema"] != app_schema:
        raise errors.other_app_schema(value["app_schema"], app_schema)
    hq = value["hq_device_id"]
    signer = bytes.fromhex(value["hq_public_key"])
    if hq_public_key is not None and signer != hq_public_key:
        raise errors.bad_signature(hq)
    if not keys.verify_signature(signer, raw, signature):
        raise errors.bad_signature(hq)
    if bytes.fromhex(value["laptop_public_key"]) != laptop_public_key:
        raise errors.other_laptop()
    _verify_snapshot(archive, schema, value)
    return Enrolment(
        request_id=value["request_id"],
        device_id=value["device_id"],
        epoch=value["epoch"],
        person_code=value["person_code"],
        hq_device_id=hq,
        hq_public_key=signer,
        laptop_public_key=laptop_public_key,
        scope=value["scope"],
        snapshot_sha256=value["snapshot_sha256"],
        row_count=value["row_count"],
        hq_last_seq=value["hq_last_seq"],
        created_at=value["created_at"],
        app_schema=value["app_schema"],
        raw_sha256=hashlib.sha256(data).hexdigest(),
        _archive=archive,
        _schema=schema,
    )


def _verify_snapshot(archive: SafeZip, schema: Schema, value: dict[str, Any]) -> None:
    """Stream the snapshot once: the hash decides first, then the first bad row, then the count."""
    hq = value["hq_device_id"]
    digest = hashlib.sha256()
    problem: BundleRejected | None = None
    count = 0
    for count, line in enumerate(stream_lines(archive.chunks(SNAPSHOT), MAX_ROW_BYTES, digest), 1):
        if problem is None:
            try:
                _parse_row(line, schema, count, hq)
            except BundleRejected as exc:
                problem = exc
    if digest.hexdigest() != value["snapshot_sha256"]:
        raise errors.payload_mismatch(hq)
    if problem is not None:
        raise problem
    if count != value["row_count"]:
        raise errors.row_count_mismatch(hq, value["row_count"], count)
