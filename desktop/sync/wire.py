"""The lines of ``changes.ndjson``: change records encoded and chained, and parsed back with every check.

A line is the canonical JSON of one record (``records.Change.wire()``): keys sorted,
so a line reads ``{"base_hlc":…,"field":…,"hash":"…","hlc":…,"origin":…,"pk":…,
"seq":…,"table":…,"value":…}``, and the hash covers the same text without its
``,"hash":"…"`` (``records.chain_hash``).

* **Writing** (``chain_records``): records come as plain tuples whose value is already
  canonical JSON text (as the outbox and HQ's stream store it), so a line is one
  format string and one SHA-256: no value is decoded and encoded again. The result,
  ``ChainedRecords``, is a sequence of ``Change`` (decoded only when read) that
  ``bundle.write_bundle`` writes as it stands.
* **Reading** (``parse_changes``): a line the pattern ``_CANONICAL`` matches (every
  string free of quotes, backslashes and control characters, every integer in its
  canonical form: most lines FieldDesk writes) is canonical JSON by construction and is
  read from the match. Any other line is decoded as JSON and proven canonical by
  encoding the record again (``_decoded_record``), or, when its value is of a type no
  field holds, read through ``verify.load_canonical``. Whichever path a line takes it
  gets the same record or the same refusal. The chain hash is computed from the text
  the line already holds.
* **By the hundred thousand**: a record's ``Change`` is made without the frozen
  dataclass's per-field ``__setattr__``, and the cyclic garbage collector is paused
  while a bundle is read or merged (``collector_paused``).
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from json.encoder import encode_basestring
from typing import Any, overload

from desktop.sync import errors
from desktop.sync.records import RECORD_FIELDS, Change, FieldSpec, Schema, canonical_json
from desktop.sync.verify import (
    INT64_MAX,
    is_hex64,
    is_int,
    is_text,
    is_uuid,
    load_canonical,
    value_fits,
)

RECORD_KEYS = frozenset(RECORD_FIELDS)
#: A record to encode: seq, table, pk, field, value (canonical JSON text), hlc, origin, base_hlc.
RecordRow = tuple[int, str, str, str, str, int, str, int | None]

_QUOTE: Callable[[str], str] = encode_basestring
_SCALAR_TEXT: dict[type, Callable[[Any], str]] = {
    str: _QUOTE,
    int: int.__repr__,
    bool: lambda v: "true" if v else "false",
    type(None): lambda v: "null",
}


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_not_json)


def value_text(value: Any) -> str:
    """The canonical JSON text of a travelling value (``records.canonical_json``, as text)."""
    text_of = _SCALAR_TEXT.get(type(value))
    return text_of(value) if text_of is not None else canonical_json(value).decode("utf-8")


def _parts(
    seq: int, table: str, pk: str, field: str, value: str, hlc: int, origin: str, base: int | None
) -> tuple[str, str]:
    """A record's canonical text around its hash: (before ``,"hash"``, after it)."""
    head = f'{{"base_hlc":{"null" if base is None else base},"field":{_QUOTE(field)}'
    rest = (
        f',"hlc":{hlc},"origin":{_QUOTE(origin)},"pk":{_QUOTE(pk)},"seq":{seq},'
        f'"table":{_QUOTE(table)},"value":{value}}}'
    )
    return head, rest


class ChainedRecords(Sequence[Change]):
    """Records encoded as wire lines and chained from ``prev_hash``; a ``Sequence[Change]``.

    ``payload`` is the ``changes.ndjson`` member; items are decoded from their lines
    when read (tests and small bundles), never on the way to the file.
    """

    def __init__(
        self, prev_hash: str, first_seq: int, lines: list[bytes], hashes: list[str]
    ) -> None:
        self.prev_hash = prev_hash
        self.first_seq = first_seq
        self.lines = lines  # each ends in a newline
        self.hashes = hashes  # each record's chain value

    @property
    def last_hash(self) -> str:
        """The chain value after the last record (``prev_hash`` when there is none)."""
        return self.hashes[-1] if self.hashes else self.prev_hash

    @property
    def payload(self) -> bytes:
        return b"".join(self.lines)

    @property
    def last_seq(self) -> int:
        return self.first_seq + len(self.lines) - 1

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, index: int) -> Change: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Change, ...]: ...

    def __getitem__(self, index: int | slice) -> Change | tuple[Change, ...]:
        if isinstance(index, slice):
            return tuple(Change(**json.loads(line)) for line in self.lines[index])
        return Change(**json.loads(self.lines[index]))


def chain_records(previous: str, records: Iterable[RecordRow]) -> ChainedRecords:
    """Encode and chain ``records`` (consecutive seqs) after the chain value ``previous``.

    The seqs must follow each other: a gap is a bug in the caller (ValueError).
    """
    digest = bytes.fromhex(previous)
    lines: list[bytes] = []
    hashes: list[str] = []
    first = expected = 0
    for seq, table, pk, field, value, hlc, origin, base in records:
        if not lines:
            first = expected = seq
        if seq != expected:
            raise ValueError(f"record seq {seq} follows {expected - 1}")
        expected += 1
        head, rest = _parts(seq, table, pk, field, value, hlc, origin, base)
        digest = hashlib.sha256(digest + (head + rest).encode("utf-8")).digest()
        own = digest.hex()
        hashes.append(own)
        lines.append(f'{head},"hash":"{own}"{rest}\n'.encode())
    return ChainedRecords(previous, first, lines, hashes)


def stored_records(previous: str, records: Iterable[tuple[RecordRow, str]]) -> ChainedRecords:
    """Records with the chain values they were stored with (HQ's stream), as wire lines."""
    lines: list[bytes] = []
    hashes: list[str] = []
    first = 0
    for (seq, table, pk, field, value, hlc, origin, base), own in records:
        first = first or seq
        head, rest = _parts(seq, table, pk, field, value, hlc, origin, base)
        lines.append(f'{head},"hash":"{own}"{rest}\n'.encode())
        hashes.append(own)
    return ChainedRecords(previous, first, lines, hashes)


_pause_lock = threading.Lock()
_pauses = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a bundle's records are read or merged.

    A bundle of 100 000 records makes as many long-lived objects, and every full pass of
    the collector walks all of them again: a quarter of an import's time, to find no
    garbage (records hold plain values, no reference cycles; memory is freed as usual
    by reference counting). Pauses nest, in any thread: the collector is switched back
    on, if it was on, when the last one ends.
    """
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


# -- reading ---------------------------------------------------------------------------------


def _split_lines(payload: bytes) -> list[bytes] | None:
    """The lines of an ndjson payload, each ending in a newline; None when the last does not."""
    if not payload:
        return []
    if not payload.endswith(b"\n"):
        return None
    return payload[:-1].split(b"\n")


def _general_record(line: bytes, specs: _Specs, number: int, sender: str) -> tuple[Change, bytes]:
    """Any line, through ``load_canonical``: the record and the bytes its hash covers."""
    try:
        record = load_canonical(line)
    except ValueError:
        raise errors.invalid_record(number, sender) from None
    if not isinstance(record, dict) or record.keys() != RECORD_KEYS:
        raise errors.invalid_record(number, sender)
    _check_record(record, specs, number, sender)
    marker = b',"hash":"' + record["hash"].encode("ascii") + b'"'
    return Change(**record), line.replace(marker, b"", 1)


def _check_record(record: dict[str, Any], specs: _Specs, number: int, sender: str) -> None:
    """The types of a record's keys, then its table, field and value against ``schema``."""
    table, field = record["table"], record["field"]
    base_hlc = record["base_hlc"]
    if not (
        is_int(record["seq"], 1)
        and isinstance(table, str)
        and isinstance(field, str)
        and is_uuid(record["pk"])
        and is_int(record["hlc"], 1)
        and is_text(record["origin"], 36)
        and (base_hlc is None or is_int(base_hlc, 1))
        and is_hex64(record["hash"])
    ):
        raise errors.invalid_record(number, sender)
    _check_value(specs, table, field, record["value"], number, sender)


#: A record line as ``canonical_json`` writes it, with every string free of quotes,
#: backslashes and control characters (so each is its own canonical form) and every
#: integer in canonical form: matching it proves the line canonical (module notes).
_PLAIN = r'"([^"\\\x00-\x1f]*)"'
_COUNT = r"([1-9][0-9]{0,18})"
_CANONICAL = re.compile(
    rf'\{{"base_hlc":(null|[1-9][0-9]{{0,18}}),"field":{_PLAIN},"hash":"([0-9a-f]{{64}})",'
    rf'"hlc":{_COUNT},"origin":"([^"\\\x00-\x1f]{{1,36}})",'
    rf'"pk":"([0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}})",'
    rf'"seq":{_COUNT},"table":{_PLAIN},'
    rf'"value":(?:{_PLAIN}|(-?[1-9][0-9]{{0,18}}|0)|(true|false|null))\}}'
)
_LITERALS = {"true": True, "false": False, "null": None}
_new = object.__new__
#: The schema as (table, field) → spec.
_Specs = dict[tuple[str, str], FieldSpec]


def _change_of(fields: dict[str, Any]) -> Change:
    """A ``Change`` of checked fields (every one of ``RECORD_FIELDS``), made as ``copy``
    makes one: the frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__`` and costs more than the rest of reading the line."""
    change: Change = object.__new__(Change)
    change.__dict__.update(fields)
    return change


def _record(line: bytes, specs: _Specs, number: int, sender: str) -> tuple[Change, bytes]:
    """One line as a Change with the bytes its hash covers, or the refusal saying what is wrong.

    A line that ``_CANONICAL`` matches is canonical and read from the match; any other
    is decoded as JSON (``_decoded_record``).
    """
    try:
        text = line.decode("utf-8")
    except ValueError:
        raise errors.invalid_record(number, sender) from None
    m = _CANONICAL.fullmatch(text)
    if m is None:
        return _decoded_record(text, line, specs, number, sender)
    base_text, field, own, hlc_text, origin, pk, seq_text, table, plain, whole, literal = m.groups()
    seq, hlc = int(seq_text), int(hlc_text)
    base = None if base_text == "null" else int(base_text)
    if seq > INT64_MAX or hlc > INT64_MAX or (base is not None and base > INT64_MAX):
        raise errors.invalid_record(number, sender)
    value = plain if plain is not None else int(whole) if whole is not None else _LITERALS[literal]
    spec = specs.get((table, field))
    if spec is None or not value_fits(spec, value):
        _check_value(specs, table, field, value, number, sender)
    body = (text[: m.start(3) - 9] + text[m.end(3) + 1 :]).encode()
    change: Change = _new(Change)  # as ``_change_of``, inline: this runs for every record
    change.__dict__.update(seq=seq, table=table, pk=pk, field=field, value=value, hlc=hlc,
                           origin=origin, base_hlc=base, hash=own)  # fmt: skip
    return change, body


def _check_value(
    specs: _Specs, table: str, field: str, value: Any, number: int, sender: str
) -> None:
    """Refuse a field the schema does not know, or a value it cannot hold."""
    spec = specs.get((table, field))
    if spec is None:
        raise errors.unknown_field(number, sender, table, field)
    if not value_fits(spec, value):
        raise errors.bad_value(number, sender, table, field)


def _decoded_record(
    text: str, line: bytes, specs: _Specs, number: int, sender: str
) -> tuple[Change, bytes]:
    """A line decoded as JSON: canonical when encoding the record again gives it back."""
    try:
        record = _DECODER.decode(text)
    except (ValueError, RecursionError):
        raise errors.invalid_record(number, sender) from None
    if type(record) is not dict or record.keys() != RECORD_KEYS:
        raise errors.invalid_record(number, sender)
    value = record["value"]
    text_of = _SCALAR_TEXT.get(type(value))
    if text_of is None:  # a list, an object or a number with a fraction: no field holds one
        return _general_record(line, specs, number, sender)
    seq, hlc, base, own = record["seq"], record["hlc"], record["base_hlc"], record["hash"]
    table, pk, field, origin = record["table"], record["pk"], record["field"], record["origin"]
    if not (
        is_int(seq, 1)
        and is_int(hlc, 1)
        and (base is None or is_int(base, 1))
        and isinstance(table, str)
        and isinstance(field, str)
        and is_uuid(pk)
        and is_text(origin, 36)
        and is_hex64(own)
    ):
        raise errors.invalid_record(number, sender)
    head, rest = _parts(seq, table, pk, field, text_of(value), hlc, origin, base)
    if f'{head},"hash":"{own}"{rest}' != text:
        raise errors.invalid_record(number, sender)  # not canonical JSON
    _check_value(specs, table, field, value, number, sender)
    return _change_of(record), (head + rest).encode()


def parse_changes(
    payload: bytes,
    schema: Schema,
    *,
    sender: str,
    first_seq: int,
    record_count: int,
    prev_hash: str,
) -> list[Change]:
    """Every record of ``changes.ndjson``, checked against ``schema`` and chained.

    First every line must be a valid record (reason ``record``, the first bad line);
    then the seqs must run from ``first_seq`` without a gap, there must be
    ``record_count`` of them, and each hash must recompute from the one before,
    starting at ``prev_hash`` (reason ``chain``).
    """
    lines = _split_lines(payload)
    if lines is None:
        raise errors.invalid_record(payload.count(b"\n") + 1, sender)
    with collector_paused():
        return _parsed(lines, schema, sender, first_seq, record_count, prev_hash)


def _parsed(
    lines: list[bytes], schema: Schema, sender: str, first_seq: int, record_count: int,
    prev_hash: str,
) -> list[Change]:  # fmt: skip
    changes: list[Change] = []
    disorder: tuple[int, int] | None = None  # (line, seq) of the first seq out of place
    broken: int | None = None  # seq of the first record that does not chain
    previous = bytes.fromhex(prev_hash)
    specs = {
        (table, field): spec for table, fields in schema.items() for field, spec in fields.items()
    }
    for number, line in enumerate(lines, 1):
        change, body = _record(line, specs, number, sender)
        if disorder is None and change.seq != first_seq + number - 1:
            disorder = (number, change.seq)
        digest = hashlib.sha256(previous + body).digest()
        if digest.hex() == change.hash:
            previous = digest
        else:
            broken = change.seq if broken is None else broken
            previous = bytes.fromhex(change.hash)
        changes.append(change)
    if disorder is not None:
        raise errors.out_of_order(sender, disorder[0], disorder[1], first_seq + disorder[0] - 1)
    if len(changes) != record_count:
        raise errors.count_mismatch(sender, record_count, len(changes))
    if broken is not None:
        raise errors.broken_chain(sender, broken)
    return changes
