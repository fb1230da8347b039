"""Change records as they travel between devices, and the hash chain over them (SYNC.md).

A record is one field of one row at one clock. Both the bundle format (which writes
and verifies records) and the database side (which collects and merges them) use
these types, so they are plain values: no database, no files.

``hash = sha256(previous hash ‖ canonical record)``: the previous hash as its 32
raw bytes, the record as canonical JSON (sorted keys, UTF-8, no spaces) of every
field except ``hash``. A stream starts from ``GENESIS`` (32 zero bytes).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, NamedTuple

GENESIS = "0" * 64

#: The fields of a record on the wire, in ``changes.ndjson``.
RECORD_FIELDS = ("seq", "table", "pk", "field", "value", "hlc", "origin", "base_hlc", "hash")


def canonical_json(value: Any) -> bytes:
    """Canonical JSON bytes: sorted keys, UTF-8 (not escaped), no spaces."""
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    ).encode("utf-8")


class Change(NamedTuple):
    """One field value of one row, with its clock, in the sender's stream at ``seq``.

    ``value`` is the decoded JSON value (dates as ISO strings); ``base_hlc`` is the
    clock of the value this edit replaced on its origin (None for a new row's field).
    An immutable named tuple: a bundle holds them by the hundred thousand, and a tuple
    is made and read several times faster than a frozen dataclass.
    """

    seq: int
    table: str
    pk: str
    field: str
    value: Any
    hlc: int
    origin: str
    base_hlc: int | None
    hash: str = ""

    def body(self) -> dict[str, Any]:
        """The record without its hash: what the hash covers."""
        return {
            "seq": self.seq,
            "table": self.table,
            "pk": self.pk,
            "field": self.field,
            "value": self.value,
            "hlc": self.hlc,
            "origin": self.origin,
            "base_hlc": self.base_hlc,
        }

    def chained(self, previous: str) -> Change:
        """This record with its hash computed after ``previous``."""
        return Change(**self.body(), hash=chain_hash(previous, self))

    def wire(self) -> bytes:
        """The record's line in ``changes.ndjson`` (without the newline)."""
        return canonical_json({**self.body(), "hash": self.hash})


def chain_hash(previous: str, change: Change) -> str:
    """sha256(previous hash ‖ canonical record), as 64 hex digits."""
    digest = hashlib.sha256(bytes.fromhex(previous))
    digest.update(canonical_json(change.body()))
    return digest.hexdigest()


def chain(previous: str, changes: list[Change]) -> list[Change]:
    """The changes with their hashes, continuing the chain from ``previous``."""
    out: list[Change] = []
    for change in changes:
        change = change.chained(previous)
        out.append(change)
        previous = change.hash
    return out


@dataclass(frozen=True)
class FieldSpec:
    """What a replicated field may hold: ``kind`` is str, int, bool, date or datetime."""

    kind: str
    nullable: bool = False
    max_length: int | None = None


#: table → field → spec: every table and field a record may name (``deleted`` included).
Schema = dict[str, dict[str, FieldSpec]]


@dataclass(frozen=True)
class SnapshotRow:
    """A whole row as an enrolment snapshot carries it, with its clocks.

    ``values`` holds every replicated field (decoded JSON values, ``deleted`` included);
    ``field_clocks`` holds (hlc, origin) for fields edited after the row was created,
    the row clock stands for the others.
    """

    table: str
    pk: str
    values: dict[str, Any]
    row_hlc: int
    row_origin: str
    field_clocks: dict[str, tuple[int, str]]
