"""Helpers to build sync files in tests: a schema, devices with fixed keys, chained changes, zips.

Everything is deterministic (keys and values come from seeds), so a test that
fails fails the same way again. ``rezip`` writes any members at all, including
names and duplicates FieldDesk never writes, to build hostile files.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import struct
import uuid
import warnings
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from desktop.sync import keys
from desktop.sync.bundle import CHANGES, MANIFEST, SIGNATURE, Bundle, read_bundle, write_bundle
from desktop.sync.records import (
    GENESIS,
    Change,
    FieldSpec,
    Schema,
    SnapshotRow,
    canonical_json,
    chain,
)

APP_SCHEMA = "0002_field_work"
CREATED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
HQ = "hq"
LAPTOP = "0193a7f2-6c1e-7b3a-9d4e-1f2a3b4c5d6e"
BUNDLE_ID = "5b0c6a1e-3f4d-4c2b-9a8e-7d6c5b4a3f21"

SCHEMA: Schema = {
    "distributor": {
        "name": FieldSpec("str", max_length=80),
        "notes": FieldSpec("str", nullable=True, max_length=2000),
        "credit_limit": FieldSpec("int"),
        "active": FieldSpec("bool"),
        "since": FieldSpec("date", nullable=True),
        "visited_at": FieldSpec("datetime", nullable=True),
        "deleted": FieldSpec("bool"),
    },
    "call_log": {
        "notes": FieldSpec("str", nullable=True, max_length=4000),
        "called_on": FieldSpec("date"),
        "minutes": FieldSpec("int", nullable=True),
        "deleted": FieldSpec("bool"),
    },
}

CHINESE = (
    "张记批发部",
    "客户要求下周补货，价格按上月执行。",
    "门头照片已更新；老板说竞品在搞促销🎉",
    "回款逾期30天，需跟进",
    "“双引号”与\\反斜杠\n换行",
)


@dataclass(frozen=True)
class Device:
    """A device id with a fixed key pair."""

    id: str
    private: bytes
    public: bytes


def device(device_id: str, seed: int) -> Device:
    """A device whose private key comes from ``seed`` (any 32 bytes are an Ed25519 key)."""
    private = random.Random(seed).randbytes(32)
    return Device(device_id, private, keys.public_key_of(private))


@dataclass
class DictTrust:
    """A ``Trust`` over plain dicts."""

    keys: dict[str, bytes] = field(default_factory=dict)
    revocations: dict[str, str] = field(default_factory=dict)

    def public_key(self, device_id: str) -> bytes | None:
        return self.keys.get(device_id)

    def revoked(self, device_id: str) -> str | None:
        return self.revocations.get(device_id)


def trust_of(*devices: Device) -> DictTrust:
    return DictTrust({d.id: d.public for d in devices})


def random_value(rng: random.Random, table: str, name: str) -> object:
    """A value that fits ``SCHEMA[table][name]``, often Chinese text."""
    spec = SCHEMA[table][name]
    if spec.nullable and rng.random() < 0.15:
        return None
    if spec.kind == "str":
        text = rng.choice(CHINESE) + str(rng.randrange(1000))
        return text[: spec.max_length] if spec.max_length else text
    if spec.kind == "int":
        return rng.choice([0, 1, -5, 120_000, 2**63 - 1, -(2**63), rng.randrange(10**9)])
    if spec.kind == "bool":
        return rng.random() < 0.5
    if spec.kind == "date":
        return (date(2026, 1, 1) + timedelta(days=rng.randrange(600))).isoformat()
    moment = datetime(2026, 1, 1) + timedelta(minutes=rng.randrange(10**6))
    return moment.isoformat()


def make_changes(
    count: int, *, first_seq: int = 1, prev: str = GENESIS, seed: int = 0, origin: str = LAPTOP
) -> list[Change]:
    """``count`` chained changes from ``prev``, seqs from ``first_seq``, values from ``seed``."""
    rng = random.Random(seed)
    out = []
    for offset in range(count):
        table = rng.choice(sorted(SCHEMA))
        name = rng.choice(sorted(SCHEMA[table]))
        hlc = (1_764_000_000_000 + offset) << 16
        out.append(
            Change(
                seq=first_seq + offset,
                table=table,
                pk=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                field=name,
                value=random_value(rng, table, name),
                hlc=hlc,
                origin=origin,
                base_hlc=None if rng.random() < 0.5 else hlc - 1,
            )
        )
    return chain(prev, out)


def make_bundle(
    sender: Device,
    changes: Sequence[Change] = (),
    *,
    recipient: str = HQ,
    first_seq: int | None = None,
    prev_hash: str = GENESIS,
    acks: dict[str, int] | None = None,
    app_schema: str = APP_SCHEMA,
    epoch: int = 1,
) -> bytes:
    """A bundle from ``sender`` with a fixed id and time (same arguments, same bytes)."""
    return write_bundle(
        app_schema=app_schema,
        sender=sender.id,
        sender_epoch=epoch,
        recipient=recipient,
        prev_hash=prev_hash,
        acks=acks if acks is not None else {HQ: 7},
        created_at=CREATED,
        changes=changes,
        private_key=sender.private,
        first_seq=first_seq if first_seq is not None or changes else 1,
        bundle_id=BUNDLE_ID,
    )


def read(data: bytes, trust: DictTrust, *, me: str = HQ, app_schema: str = APP_SCHEMA) -> Bundle:
    """``read_bundle`` with the test schema."""
    return read_bundle(data, me=me, trust=trust, schema=SCHEMA, app_schema=app_schema)


def members(data: bytes) -> list[tuple[str, bytes]]:
    """The (name, bytes) of every member of a well-formed zip, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def rezip(parts: Sequence[tuple[str, bytes]], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip holding exactly ``parts`` (any names, duplicates allowed), in order."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, content in parts:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = compression
                archive.writestr(info, content)
    return buffer.getvalue()


def replace_member(data: bytes, name: str, content: bytes) -> bytes:
    """The same zip with member ``name`` holding ``content`` instead."""
    return rezip([(n, content if n == name else c) for n, c in members(data)])


def payload_of(changes: Sequence[Change]) -> bytes:
    """The ``changes.ndjson`` bytes of ``changes``."""
    return b"".join(change.wire() + b"\n" for change in changes)


def manifest_of(data: bytes) -> dict[str, object]:
    """The manifest of a bundle as a plain dict (to edit and sign again)."""
    return dict(json.loads(dict(members(data))[MANIFEST]))


def signed_bundle(
    sender: Device,
    manifest: dict[str, object],
    payload: bytes,
    *,
    raw: bytes | None = None,
    fix_hash: bool = True,
) -> bytes:
    """A bundle whose manifest (``raw`` bytes, or the canonical ``manifest``) ``sender`` signed.

    With ``fix_hash`` the manifest's payload_sha256 is set to the payload's, so the
    file passes every check up to the records: for testing what a sender holding
    its key could still get wrong.
    """
    if raw is None:
        if fix_hash:
            manifest = {**manifest, "payload_sha256": hashlib.sha256(payload).hexdigest()}
        raw = canonical_json(manifest)
    return rezip([(MANIFEST, raw), (CHANGES, payload), (SIGNATURE, keys.sign(sender.private, raw))])


@dataclass(frozen=True)
class RawEntry:
    """One member of a hand-made zip: the stored bytes and whatever sizes and CRC it declares."""

    name: bytes
    stored: bytes
    method: int = 0
    crc: int = 0
    file_size: int = 0
    flags: int = 0


def entry(name: str, content: bytes, **overrides: int) -> RawEntry:
    """A truthful stored entry, with any declared field overridden."""
    fields: dict[str, int] = {"crc": zlib.crc32(content), "file_size": len(content)}
    fields.update(overrides)
    return RawEntry(name.encode(), content, **fields)


def raw_zip(entries: Sequence[RawEntry], *, comment: bytes = b"") -> bytes:
    """A zip assembled byte by byte, declaring exactly what the entries say (true or not)."""
    local = bytearray()
    directory = bytearray()
    for e in entries:
        offset = len(local)
        local += struct.pack(
            "<4s5H3L2H",
            b"PK\x03\x04",
            20,
            e.flags,
            e.method,
            0,
            33,
            e.crc,
            len(e.stored),
            e.file_size,
            len(e.name),
            0,
        )
        local += e.name + e.stored
        directory += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            e.flags,
            e.method,
            0,
            33,
            e.crc,
            len(e.stored),
            e.file_size,
            len(e.name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        directory += e.name
    end = struct.pack(
        "<4s4H2LH",
        b"PK\x05\x06",
        0,
        0,
        len(entries),
        len(entries),
        len(directory),
        len(local),
        len(comment),
    )
    return bytes(local + directory + end + comment)


def deflate_stream(chunks: int, chunk: bytes) -> tuple[bytes, int]:
    """Raw deflate of ``chunk`` repeated ``chunks`` times, and its CRC, without building it whole."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = bytearray()
    crc = 0
    for _ in range(chunks):
        out += compressor.compress(chunk)
        crc = zlib.crc32(chunk, crc)
    out += compressor.flush()
    return bytes(out), crc


def make_rows(count: int, *, seed: int = 0, origin: str = HQ) -> list[SnapshotRow]:
    """``count`` snapshot rows holding every field of their table, some with field clocks."""
    rng = random.Random(seed)
    rows = []
    for index in range(count):
        table = rng.choice(sorted(SCHEMA))
        values = {name: random_value(rng, table, name) for name in SCHEMA[table]}
        row_hlc = (1_760_000_000_000 + index) << 16
        edited = [name for name in sorted(values) if rng.random() < 0.2]
        rows.append(
            SnapshotRow(
                table=table,
                pk=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                values=values,
                row_hlc=row_hlc,
                row_origin=origin,
                field_clocks={name: (row_hlc + 7, LAPTOP) for name in edited},
            )
        )
    return rows
