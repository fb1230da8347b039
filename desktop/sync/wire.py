"""The payload of a bundle, ``changes.ndjson``: records chained into lines, and read back in bulk.

A line is the canonical JSON of one record (``desktop.sync.lines`` has its text and the
reference reader of one line); each line's hash chains it to the one before.

* **Writing** (``chain_records``): records come as plain tuples whose value is already
  canonical JSON text (as the outbox and HQ's stream store it), so a line is a format
  string or two, one UTF-8 encoding and one SHA-256: no value is decoded and encoded
  again, and what repeats from record to record (quoted names, the text before the hash
  of a field without a base, the clock and key a row's records share) is made once.
  The result, ``ChainedRecords``, is a sequence of ``Change`` (decoded only when read)
  that ``bundle.write_bundle`` writes as it stands.
* **Reading** (``parse_changes``): one regular expression over the whole payload splits
  every line the writer could have made into its parts (``_LINE``); the parts are then
  checked a column at a time (hashes and keys by translating away their alphabet,
  numbers against 64 bits, the values decoded by one ``json.loads`` and checked by one
  function per field, ``verify.value_check``) and the hash of each line is computed from
  its two parts around the hash. Any other line (a string with an escape, say) is read
  by ``lines.read_line``; so is every line when a column fails a check, so that the
  refusal names the first bad line exactly as reading line by line does.
* **By the hundred thousand**: records are named tuples, made a column at a time, and
  the cyclic garbage collector is paused while a bundle is read or merged
  (``desktop.collector.collector_paused``).
"""

from __future__ import annotations

import hashlib
import json
import operator
import re
from binascii import hexlify
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from itertools import repeat
from typing import Any, overload

from desktop.collector import collector_paused
from desktop.sync import errors
from desktop.sync.lines import QUOTE, Specs, read_line, record_parts
from desktop.sync.records import Change, Schema
from desktop.sync.verify import INT64_MAX, Check, value_check

#: A record to encode: seq, table, pk, field, value (canonical JSON text), hlc, origin, base_hlc.
RecordRow = tuple[int, str, str, str, str, int, str, int | None]


class ChainedRecords(Sequence[Change]):
    """Records encoded as wire lines and chained from ``prev_hash``; a ``Sequence[Change]``.

    ``payload`` is the ``changes.ndjson`` member; items are decoded from their lines
    when read (tests and small bundles), never on the way to the file. ``chain``
    holds each record's chain value, as hex text or as its 32 bytes (``hashes`` gives
    them as text, made when first asked for: a laptop's export needs only the last).
    """

    def __init__(
        self, prev_hash: str, first_seq: int, lines: list[bytes], chain: list[str] | list[bytes]
    ) -> None:
        self.prev_hash = prev_hash
        self.first_seq = first_seq
        self.lines = lines  # each ends in a newline
        self._chain = chain

    @cached_property
    def hashes(self) -> list[str]:
        """Each record's chain value, as 64 hex digits."""
        return [_hex(value) for value in self._chain]

    @property
    def last_hash(self) -> str:
        """The chain value after the last record (``prev_hash`` when there is none)."""
        return _hex(self._chain[-1]) if self._chain else self.prev_hash

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


def _hex(value: str | bytes) -> str:
    return value if isinstance(value, str) else value.hex()


def chain_records(previous: str, records: Iterable[RecordRow]) -> ChainedRecords:
    """Encode and chain ``records`` (consecutive seqs) after the chain value ``previous``.

    What repeats is written once: the names (table, field, origin) quoted, the text
    before the hash of a record without a base by field, and the clock and key that
    the records of one row share. The seqs must follow each other: a gap is a bug in
    the caller (ValueError).
    """
    digest = bytes.fromhex(previous)
    lines: list[bytes] = []
    digests: list[bytes] = []
    quoted: dict[str, str] = {}
    heads: dict[str, bytes] = {}
    row: tuple[int, str, str] | None = None
    stem = ""
    sha256 = hashlib.sha256
    first = expected = 0
    for seq, table, pk, field, value, hlc, origin, base in records:
        if not lines:
            first = expected = seq
        if seq != expected:
            raise ValueError(f"record seq {seq} follows {expected - 1}")
        expected += 1
        name = quoted.get(field) or quoted.setdefault(field, QUOTE(field))
        if base is None:
            head = heads.get(field) or heads.setdefault(
                field, f'{{"base_hlc":null,"field":{name}'.encode()
            )
        else:
            head = f'{{"base_hlc":{base},"field":{name}'.encode()
        if (hlc, origin, pk) != row:
            row = (hlc, origin, pk)
            sender = quoted.get(origin) or quoted.setdefault(origin, QUOTE(origin))
            stem = f',"hlc":{hlc},"origin":{sender},"pk":{QUOTE(pk)},"seq":'
        rest = (
            f"{stem}{seq},"
            f'"table":{quoted.get(table) or quoted.setdefault(table, QUOTE(table))},"value":{value}}}\n'
        ).encode()
        digest = sha256(digest + head + rest[:-1]).digest()
        digests.append(digest)
        lines.append(b'%s,"hash":"%s"%s' % (head, hexlify(digest), rest))
    return ChainedRecords(previous, first, lines, digests)


def stored_records(previous: str, records: Iterable[tuple[RecordRow, str]]) -> ChainedRecords:
    """Records with the chain values they were stored with (HQ's stream), as wire lines."""
    lines: list[bytes] = []
    hashes: list[str] = []
    first = 0
    for (seq, table, pk, field, value, hlc, origin, base), own in records:
        first = first or seq
        head, rest = record_parts(seq, table, pk, field, value, hlc, origin, base)
        lines.append(f'{head},"hash":"{own}"{rest}\n'.encode())
        hashes.append(own)
    return ChainedRecords(previous, first, lines, hashes)


# -- reading ---------------------------------------------------------------------------------

_STR = rb'[^"\\\x00-\x1f]*'
_NUM = rb"[1-9][0-9]{0,18}"
#: One line, with the newline before it, as the writer makes it (``lines._CANONICAL`` on
#: bytes): group 1 is the text before ``,"hash":"…"`` and group 5 the text after it (what
#: the hash covers, together); groups 2–4 and 6–11 are base_hlc, field, hash, hlc, origin,
#: pk, seq, table and value. Hash and pk are taken as 64 and 36 bytes here and checked a
#: column at a time (``_columns``). Any other line matches the last alternative, with
#: every group empty, so there is exactly one match per line.
_LINE = re.compile(
    rb'\n(?:(\{"base_hlc":(null|' + _NUM + rb'),"field":"(' + _STR + rb')"),"hash":"(.{64})"'
    rb'(,"hlc":(' + _NUM + rb'),"origin":"([^"\\\x00-\x1f]{1,36})","pk":"(.{36})",'
    rb'"seq":(' + _NUM + rb'),"table":"(' + _STR + rb')",'
    rb'"value":("' + _STR + rb'"|-?' + _NUM + rb"|0|true|false|null)\})|[^\n]*)(?=\n)"
)
_NOT_SPLIT = (b"",) * _LINE.groups  # what ``_LINE`` gives for a line it cannot split
_HEX = b"0123456789abcdef"
_DASHES = (8, 13, 18, 23)
_HASH_OF: Callable[[Change], str] = operator.attrgetter("hash")
_SEQ_OF: Callable[[Change], int] = operator.attrgetter("seq")


def _never(value: Any) -> bool:
    """The check of a field the schema does not know."""
    return False


#: What ``_columns`` knows of a (table, field) named in UTF-8: both names and the value check.
_Known = dict[tuple[bytes, bytes], tuple[str, str, Check]]
_UNKNOWN = ("", "", _never)


def _known(specs: Specs) -> _Known:
    """The schema keyed by the UTF-8 of its names, as ``_LINE`` gives them."""
    return {(t.encode(), f.encode()): (t, f, value_check(s)) for (t, f), s in specs.items()}


def _texts(column: tuple[bytes, ...]) -> list[str]:
    """A column of UTF-8 names, each distinct one decoded once (names repeat; the origin of
    every record is often the same)."""
    if column.count(column[0]) == len(column):
        return [column[0].decode("utf-8")] * len(column)
    known = {raw: raw.decode("utf-8") for raw in set(column)}
    return list(map(known.__getitem__, column))


def _hashes(column: tuple[bytes, ...]) -> list[str] | None:
    """The column of 64-byte hashes as text, or None unless each is 64 lowercase hex digits."""
    if b"".join(column).translate(None, _HEX):
        return None
    return b" ".join(column).decode("ascii").split(" ")


def _is_uuids(column: tuple[bytes, ...]) -> bool:
    """Whether every 36-byte pk of the column is a UUID in canonical lowercase form."""
    count = len(column)
    joined = b"".join(column)
    return not (
        joined.translate(None, _HEX + b"-")
        or joined.count(b"-") != 4 * count
        or any(joined[at::36] != b"-" * count for at in _DASHES)
    )


def _columns(rows: list[tuple[bytes, ...]], known: _Known) -> _Read | None:
    """Lines ``_LINE`` split, as records and the two parts each hash covers; checked a
    column at a time. None when a check fails: some line is refused, and reading line by
    line says which."""
    heads, bases, fields, hashes, rests, hlcs, origins, pks, seqs, tables, values = zip(
        *rows, strict=True
    )
    own = _hashes(hashes)
    named = list(map(known.get, zip(tables, fields, strict=True), repeat(_UNKNOWN)))
    if own is None or not _is_uuids(pks) or _UNKNOWN in named:
        return None
    table_names, field_names, checks = zip(*named, strict=True)
    try:
        origin_names, keys = _texts(origins), _texts(pks)
        decoded = json.loads((b"[" + b",".join(values) + b"]").decode("utf-8"))
    except ValueError:  # not UTF-8
        return None
    seq_ints, hlc_ints = list(map(int, seqs)), list(map(int, hlcs))
    base_ints = [None if base == b"null" else int(base) for base in bases]
    if max(max(seq_ints), max(hlc_ints), max(filter(None, base_ints), default=0)) > INT64_MAX:
        return None
    if not all(map(operator.call, checks, decoded)):
        return None  # a text value here never holds U+0000: control characters are escaped
    columns = (seq_ints, table_names, keys, field_names, decoded, hlc_ints, origin_names,
               base_ints, own)  # fmt: skip
    return list(map(Change._make, zip(*columns, strict=True))), zip(heads, rests, strict=True)


#: Records read, and the two parts of the bytes each one's hash covers (in order).
_Read = tuple[list[Change], Iterable[tuple[bytes, bytes]]]


def _each_line(lines: list[bytes], specs: Specs, sender: str) -> _Read:
    """Every line read by ``lines.read_line``, in order: the first bad one is refused."""
    read = [read_line(line, specs, number, sender) for number, line in enumerate(lines, 1)]
    return [change for change, _ in read], [(body, b"") for _, body in read]


def _read(payload: bytes, specs: Specs, sender: str) -> _Read:
    """Every record of a payload of newline-terminated lines (``parse_changes``)."""
    rows: list[tuple[bytes, ...]] = _LINE.findall(b"\n" + payload)
    if len(rows) != payload.count(b"\n"):  # one match per line by construction; a line left
        return _each_line(_lines(payload), specs, sender)  # unmatched would go unchecked
    odd = [n for n, row in enumerate(rows) if not row[0]] if _NOT_SPLIT in rows else []
    whole = [row for row in rows if row[0]] if odd else rows
    read = _columns(whole, _known(specs)) if whole else ([], [])
    if read is None:
        return _each_line(_lines(payload), specs, sender)
    if not odd:
        return read
    lines, (split, pairs) = _lines(payload), (read[0], list(read[1]))
    changes: list[Change] = []
    parts: list[tuple[bytes, bytes]] = []
    taken = 0
    for number in odd:  # lines ``_LINE`` could not split, read one at a time in their place
        fill = number - len(changes)
        changes += split[taken : taken + fill]
        parts += pairs[taken : taken + fill]
        taken += fill
        change, body = read_line(lines[number], specs, number + 1, sender)
        changes.append(change)
        parts.append((body, b""))
    return changes + split[taken:], parts + pairs[taken:]


def _lines(payload: bytes) -> list[bytes]:
    """The lines of a payload whose every line ends in a newline, without it."""
    return payload[:-1].split(b"\n") if payload else []


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

    First every line must be a valid record (the first bad line is refused: reason
    ``record``, or ``nul_character`` for text holding U+0000); then the seqs must run
    from ``first_seq`` without a gap, there must be ``record_count`` of them, and each
    hash must recompute from the one before, starting at ``prev_hash`` (reason ``chain``).
    """
    if payload and not payload.endswith(b"\n"):
        raise errors.invalid_record(payload.count(b"\n") + 1, sender)
    specs = {
        (table, field): spec for table, fields in schema.items() for field, spec in fields.items()
    }
    with collector_paused():
        changes, parts = _read(payload, specs, sender)
        seqs = list(map(_SEQ_OF, changes))
        if seqs != list(range(first_seq, first_seq + len(seqs))):
            number = next(n for n, seq in enumerate(seqs, 1) if seq != first_seq + n - 1)
            raise errors.out_of_order(sender, number, seqs[number - 1], first_seq + number - 1)
        if len(changes) != record_count:
            raise errors.count_mismatch(sender, record_count, len(changes))
        previous = bytes.fromhex(prev_hash)
        digests: list[bytes] = []
        sha256 = hashlib.sha256
        for head, rest in parts:
            previous = sha256(previous + head + rest).digest()
            digests.append(previous)
        if b"".join(digests).hex() != "".join(map(_HASH_OF, changes)):
            seq = next(c.seq for c, d in zip(changes, digests, strict=True) if d.hex() != c.hash)
            raise errors.broken_chain(sender, seq)
        return changes
