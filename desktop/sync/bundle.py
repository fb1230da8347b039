"""Bundle files (SYNC.md "Bundle"): writing, saving atomically, and reading with every check.

A bundle is a zip with exactly three members: ``manifest.json`` (canonical JSON,
the fields of ``Manifest``), ``changes.ndjson`` (one ``Change.wire()`` per line,
each line ending in a newline) and ``manifest.sig`` (the sender's raw 64-byte
Ed25519 signature over the exact manifest bytes).

An empty bundle carries acknowledgements only. It follows the stream position
convention ``first_seq = last_seq + 1``: ``last_seq`` is the sender's last
sequence number in the stream to this recipient (0 when nothing was ever sent),
``prev_hash`` the chain value after it, and ``record_count`` is 0. The
convention keeps ``record_count == last_seq - first_seq + 1`` true for every
bundle and tells the recipient where the sender's stream stands.

``write_bundle`` hashes, checksums and deflates the payload on worker threads while it
makes and signs the manifest (``desktop.sync.archive`` writes the zip). ``read_bundle``
verifies everything before anyone touches a database, in the order of SYNC.md
"Import" step 1 (see ``desktop.sync.verify`` for the container checks,
``desktop.sync.wire`` for the records and ``desktop.sync.errors`` for the reason codes).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import uuid
import zlib
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from desktop.sync import archive, errors, keys
from desktop.sync.errors import BundleRejected
from desktop.sync.records import Change, Schema, canonical_json
from desktop.sync.verify import (
    MB,
    Check,
    Limits,
    SafeZip,
    check_schema,
    is_device_id,
    is_device_map,
    is_hex64,
    is_int,
    is_text,
    is_timestamp,
    is_uuid,
    parse_description,
)
from desktop.sync.wire import ChainedRecords, parse_changes

FORMAT = 1
SUFFIX = ".fdsync"
MANIFEST = "manifest.json"
CHANGES = "changes.ndjson"
SIGNATURE = "manifest.sig"
MAX_FILE = 50 * MB
MAX_UNCOMPRESSED = 200 * MB
LIMITS = Limits(
    max_file=MAX_FILE,
    max_total=MAX_UNCOMPRESSED,
    members={MANIFEST: 1 * MB, CHANGES: MAX_UNCOMPRESSED, SIGNATURE: 1024},
)


class Trust(Protocol):
    """What the reader needs to know about devices: their keys and whether they were revoked."""

    def public_key(self, device_id: str) -> bytes | None:
        """The device's raw public key, or None when the device is not registered."""

    def revoked(self, device_id: str) -> str | None:
        """Why and when the device was revoked (shown to the user), or None."""


@dataclass(frozen=True)
class Manifest:
    """The signed description of a bundle; ``to_bytes()`` is exactly what is signed."""

    format: int
    app_schema: str
    bundle_id: str
    sender: str
    sender_epoch: int
    recipient: str
    first_seq: int
    last_seq: int
    prev_hash: str
    record_count: int
    payload_sha256: str
    acks: dict[str, int]
    created_at: str

    def to_bytes(self) -> bytes:
        """The canonical JSON of the manifest."""
        return canonical_json(asdict(self))

    @property
    def file_name(self) -> str:
        """``<sender>_to_<recipient>_<first>-<last>.fdsync``."""
        return f"{self.sender}_to_{self.recipient}_{self.first_seq}-{self.last_seq}{SUFFIX}"


@dataclass(frozen=True)
class Bundle:
    """A verified bundle: its manifest, its changes in order, and the sha256 of the whole file."""

    manifest: Manifest
    changes: tuple[Change, ...]
    raw_sha256: str


#: Manifest key → check of its JSON value (``format`` is checked first, on its own).
_FIELDS: dict[str, Check] = {
    "format": lambda v: is_int(v),
    "app_schema": lambda v: is_text(v, 64),
    "bundle_id": is_uuid,
    "sender": is_device_id,
    "sender_epoch": lambda v: is_int(v, 1),
    "recipient": is_device_id,
    "first_seq": lambda v: is_int(v, 1),
    "last_seq": lambda v: is_int(v),
    "prev_hash": is_hex64,
    "record_count": lambda v: is_int(v),
    "payload_sha256": is_hex64,
    "acks": is_device_map,
    "created_at": is_timestamp,
}


def _written_lines(changes: Sequence[Change], first_seq: int, prev_hash: str) -> bytes:
    """The payload of ``changes``, after checking they are consecutive and chained (a bug if not)."""
    if isinstance(changes, ChainedRecords):
        if changes.prev_hash != prev_hash or (changes and changes.first_seq != first_seq):
            raise ValueError("the records are not chained from this bundle's start")
        return changes.payload
    lines = []
    previous = prev_hash
    for offset, change in enumerate(changes):
        if change.seq != first_seq + offset:
            raise ValueError(f"change {offset} has seq {change.seq}, expected {first_seq + offset}")
        line = change.wire()
        if not is_hex64(change.hash) or _line_hash(previous, line, change.hash) != change.hash:
            raise ValueError(f"change seq {change.seq} is not chained from the one before")
        lines.append(line + b"\n")
        previous = change.hash
    return b"".join(lines)


def _line_hash(previous: str, line: bytes, own: str) -> str:
    """``records.chain_hash`` of a canonical record line, without encoding it again."""
    marker = b',"hash":"' + own.encode("ascii") + b'"'
    digest = hashlib.sha256(bytes.fromhex(previous))
    digest.update(line.replace(marker, b"", 1))
    return digest.hexdigest()


def write_bundle(
    *,
    app_schema: str,
    sender: str,
    sender_epoch: int,
    recipient: str,
    prev_hash: str,
    acks: Mapping[str, int],
    created_at: datetime,
    changes: Sequence[Change],
    private_key: bytes,
    first_seq: int | None = None,
    bundle_id: str | None = None,
) -> bytes:
    """The bytes of a bundle of ``changes``, signed with the sender's ``private_key``.

    The changes must already be chained from ``prev_hash`` with consecutive seqs
    (``records.chain``; records that ``wire.chain_records`` encoded go in as they stand); ``first_seq`` may be omitted unless there are no changes (an
    empty bundle: ``first_seq`` is the next seq, see the module docstring).
    ``created_at`` must carry a time zone. A violated precondition is a bug: ValueError.
    """
    if changes:
        if first_seq is not None and first_seq != changes[0].seq:
            raise ValueError(f"first_seq {first_seq} but the first change has {changes[0].seq}")
        first_seq = changes[0].seq
    if first_seq is None or first_seq < 1:
        raise ValueError("a bundle needs first_seq >= 1 (the next seq when it is empty)")
    if not (is_device_id(sender) and is_device_id(recipient) and is_hex64(prev_hash)):
        raise ValueError("sender, recipient or prev_hash is malformed")
    if created_at.tzinfo is None:
        raise ValueError("created_at must carry a time zone")
    payload = _written_lines(changes, first_seq, prev_hash)
    with ThreadPoolExecutor(archive.WORKERS) as pool:  # the payload's sums and pieces at once
        digest = pool.submit(lambda: hashlib.sha256(payload).hexdigest())
        crc = pool.submit(zlib.crc32, payload)
        packed = archive.deflating(pool, payload)
        manifest = _manifest(
            app_schema=app_schema, sender=sender, sender_epoch=sender_epoch,
            recipient=recipient, first_seq=first_seq, count=len(changes), prev_hash=prev_hash,
            payload_sha256=digest.result(), acks=acks, created_at=created_at, bundle_id=bundle_id,
        )  # fmt: skip
        raw = manifest.to_bytes()
        signature = keys.sign(private_key, raw)
        return archive.zip_archive(
            [
                archive.Member(MANIFEST, raw, archive.deflated(raw), zlib.crc32(raw)),
                archive.Member(CHANGES, payload, packed(), crc.result()),
                archive.Member(SIGNATURE, signature, None, zlib.crc32(signature)),
            ]
        )


def _manifest(
    *, app_schema: str, sender: str, sender_epoch: int, recipient: str, first_seq: int,
    count: int, prev_hash: str, payload_sha256: str, acks: Mapping[str, int],
    created_at: datetime, bundle_id: str | None,
) -> Manifest:  # fmt: skip
    """The manifest of a bundle, its fields checked (one out of range is a bug: ValueError)."""
    manifest = Manifest(
        format=FORMAT,
        app_schema=app_schema,
        bundle_id=bundle_id or str(uuid.uuid4()),
        sender=sender,
        sender_epoch=sender_epoch,
        recipient=recipient,
        first_seq=first_seq,
        last_seq=first_seq + count - 1,
        prev_hash=prev_hash,
        record_count=count,
        payload_sha256=payload_sha256,
        acks=dict(acks),
        created_at=created_at.astimezone(UTC).isoformat(),
    )
    bad = [key for key, check in _FIELDS.items() if not check(getattr(manifest, key))]
    if bad:
        raise ValueError(f"manifest fields out of range: {', '.join(bad)}")
    return manifest


def save_bundle(data: bytes, folder: Path, manifest: Manifest) -> Path:
    """Write ``data`` into ``folder`` as ``manifest.file_name``, atomically.

    The bytes go to a temporary name in the same folder, are flushed and fsync'd,
    then renamed; a missing or unwritable folder or a full disk raises ``SaveFailed``
    and leaves no partial file behind.
    """
    if not (is_device_id(manifest.sender) and is_device_id(manifest.recipient)):
        raise ValueError("the manifest's device ids cannot name a file")
    target = Path(folder) / manifest.file_name
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=SUFFIX + ".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
        temporary = None
        _sync_folder(Path(folder))
    except OSError as exc:
        raise errors.save_failed(str(folder), exc) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows opening a folder (not on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _parse_manifest(raw: bytes) -> Manifest:
    """The manifest from its bytes: canonical JSON, a known format, exactly the known fields."""
    value = parse_description(raw, MANIFEST, _FIELDS, known_format=FORMAT, kind=None)
    manifest = Manifest(**value)
    if manifest.record_count != manifest.last_seq - manifest.first_seq + 1:
        raise errors.invalid_description(MANIFEST, "record_count")
    return manifest


def read_bundle(data: bytes, *, me: str, trust: Trust, schema: Schema, app_schema: str) -> Bundle:
    """The verified bundle in ``data``, or ``BundleRejected`` with the first failed check's reason.

    Checks, in order: sizes and bounded reads, a zip, exactly the three members,
    CRCs, the manifest (canonical JSON, format, fields), ``app_schema`` equal to
    ours, a registered sender that is not revoked, the signature, the recipient is
    ``me``, the payload hash, every record against ``schema``, then consecutive
    seqs, the record count and the hash chain from ``prev_hash``.
    """
    check_schema(schema)
    archive = SafeZip(data, LIMITS)
    raw = archive.read(MANIFEST)
    signature = archive.read(SIGNATURE)
    payload = archive.read(CHANGES)
    manifest = _parse_manifest(raw)
    if manifest.app_schema != app_schema:
        raise errors.other_app_schema(manifest.app_schema, app_schema)
    sender = manifest.sender
    public = trust.public_key(sender)
    if public is None:
        raise errors.unknown_sender(sender)
    revoked = trust.revoked(sender)
    if revoked is not None:
        raise errors.revoked(sender, revoked)
    if not keys.verify_signature(public, raw, signature):
        raise errors.bad_signature(sender)
    if manifest.recipient != me:
        raise errors.wrong_recipient(manifest.recipient, me)
    if hashlib.sha256(payload).hexdigest() != manifest.payload_sha256:
        raise errors.payload_mismatch(sender)
    changes = parse_changes(
        payload,
        schema,
        sender=sender,
        first_seq=manifest.first_seq,
        record_count=manifest.record_count,
        prev_hash=manifest.prev_hash,
    )
    return Bundle(manifest, tuple(changes), hashlib.sha256(data).hexdigest())


def peek_manifest(data: bytes) -> Manifest | None:
    """The manifest a file claims, unverified (to say where a refused file says it is from).

    Best effort and never raises: None when the file holds no readable manifest.
    Nothing in it may be trusted.
    """
    try:
        raw = SafeZip(data, LIMITS, exact=False).read(MANIFEST)
        return _parse_manifest(raw)
    except BundleRejected:
        return None
