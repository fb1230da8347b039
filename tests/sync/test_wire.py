"""The lines of ``changes.ndjson``: the fast encoder and readers give exactly what the plain ones do.

``chain_records`` must write the very bytes ``Change.wire()`` and ``records.chain`` make;
``lines.read_line`` (a canonical line read from a pattern, any other decoded as JSON)
must give the same record, or the same refusal, as reading every line through
``verify.load_canonical`` (``lines.read_general``); and ``wire.parse_changes``, which
reads a payload a column at a time, must give the same records, or the same refusal,
as reading it line by line. Random records and random damage to their lines and
payloads, with fixed seeds.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from datetime import date, datetime
from typing import Any

import pytest

from desktop.sync import errors, wire
from desktop.sync import lines as one_line
from desktop.sync.errors import BundleRejected
from desktop.sync.records import GENESIS, Change, FieldSpec, canonical_json, chain
from desktop.sync.verify import value_check, value_fits
from tests.sync.bundles import CHINESE

SPECS: dict[tuple[str, str], FieldSpec] = {
    ("t", "text"): FieldSpec("str", nullable=True, max_length=60),
    ("t", "count"): FieldSpec("int", nullable=True),
    ("t", "flag"): FieldSpec("bool"),
    ("t", "day"): FieldSpec("date", nullable=True),
    ("t", "moment"): FieldSpec("datetime"),
    ("other.table", "naïve field"): FieldSpec("str"),
}
#: Strings that need escaping, or look like the syntax around them.
AWKWARD = ('"', "\\", "\n", "\t", "\x00", "\x1f", "\x7f", "\u2028", "é", "𝄞", '","hash":"', "}")


def _text(rng: random.Random) -> str:
    parts = [rng.choice(CHINESE), rng.choice(AWKWARD), str(rng.randrange(100))]
    rng.shuffle(parts)
    return "".join(parts)[: rng.randrange(0, 60)]


def _value(rng: random.Random, key: tuple[str, str]) -> object:
    kind = SPECS[key].kind
    if SPECS[key].nullable and rng.random() < 0.1:
        return None
    if kind == "str":
        return _text(rng) if rng.random() < 0.5 else rng.choice(CHINESE)[:20]
    if kind == "int":
        return rng.choice([0, -1, 7, 2**63 - 1, -(2**63), rng.randrange(-(10**12), 10**12)])
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "date":
        return f"2026-0{rng.randrange(1, 10)}-1{rng.randrange(10)}"
    return f"2026-11-0{rng.randrange(1, 10)}T09:{rng.randrange(10, 60)}:00"


def _changes(count: int, seed: int) -> list[Change]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        key = rng.choice(sorted(SPECS))
        hlc = rng.choice([1, 2**63 - 1, (1_764_000_000_000 + i) << 16])
        origin = rng.choice(["hq", "0193a7f2-6c1e-7b3a-9d4e-1f2a3b4c5d6e", "a" * 36])
        base = rng.choice([None, 1, hlc, 2**63 - 1])
        pk = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        out.append(Change(i + 1, key[0], pk, key[1], _value(rng, key), hlc, origin, base))
    return out


def _row(change: Change) -> wire.RecordRow:
    value = canonical_json(change.value).decode("utf-8")
    c = change
    return (c.seq, c.table, c.pk, c.field, value, c.hlc, c.origin, c.base_hlc)


def _verdict(read: object, *args: object) -> object:
    try:
        return read(*args)  # type: ignore[operator]
    except BundleRejected as refusal:
        return (refusal.reason, refusal.render())


def test_encoded_records_are_the_lines_and_chain_of_the_plain_encoder() -> None:
    changes = _changes(3000, seed=1)
    start = "ab" * 32
    expected = chain(start, changes)
    encoded = wire.chain_records(start, (_row(c) for c in changes))
    assert encoded.lines == [c.wire() + b"\n" for c in expected]
    assert encoded.hashes == [c.hash for c in expected]
    assert (encoded.first_seq, encoded.last_seq, encoded.last_hash) == (1, 3000, expected[-1].hash)
    assert list(encoded) == expected and encoded[5:7] == tuple(expected[5:7])
    stored = wire.stored_records(start, ((_row(c), c.hash) for c in expected))
    assert stored.lines == encoded.lines and stored.last_hash == encoded.last_hash


def test_no_records_leave_the_chain_where_it_was() -> None:
    empty = wire.chain_records(GENESIS, [])
    assert (len(empty), empty.payload, empty.last_hash) == (0, b"", GENESIS)


def test_records_with_a_gap_are_a_bug() -> None:
    rows = [_row(c) for c in _changes(3, seed=2)]
    with pytest.raises(ValueError, match="follows"):
        wire.chain_records(GENESIS, [rows[0], rows[2]])


def test_value_text_is_canonical_json() -> None:
    rng = random.Random(3)
    for key in sorted(SPECS) * 200:
        value = _value(rng, key)
        assert one_line.value_text(value) == canonical_json(value).decode("utf-8")
    assert one_line.value_text([1, {"b": 2, "a": "é"}]) == '[1,{"a":"é","b":2}]'


#: Values and numbers near the edge of canonical JSON: (what is replaced, its replacement).
CRAFTED = [("value", v) for v in (
    "-0", "00", "01", "-01", "1.0", "1e2", "True", "nul", "[]", "{}", '"\\u0041"', '"\\/"',
    '"a\\u00e9"', '"\\n"', '"\\u001f"', "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", " 1", "1 ",
)] + [(k, v) for k in ("seq", "hlc", "base_hlc") for v in (
    "0", "-1", "01", "9223372036854775807", "9223372036854775808", "null", "true", '"1"',
)]  # fmt: skip


def _crafted(line: bytes, change: tuple[str, str]) -> bytes:
    key, text = change
    record = json.loads(line)
    record[key] = "@mark@"
    return canonical_json(record).replace(b'"@mark@"', text.encode())


def test_every_line_reads_as_through_load_canonical() -> None:
    """Clean lines, and lines damaged in every way: the same record or the same refusal."""
    rng = random.Random(4)
    lines = [c.wire() for c in chain(GENESIS, _changes(1500, seed=5))]
    lines += [
        json.dumps(json.loads(line), ensure_ascii=True, sort_keys=True).encode()
        for line in lines[:50]
    ]  # valid JSON, not canonical (escaped)
    damaged = [_crafted(line, change) for line in lines[:6] for change in CRAFTED]
    for _ in range(6000):
        line = bytearray(rng.choice(lines))
        action = rng.randrange(5)
        spot = rng.randrange(len(line))
        if action == 0:
            line[spot] ^= 1 << rng.randrange(8)
        elif action == 1:
            del line[spot : spot + rng.randrange(1, 4)]
        elif action == 2:
            line[spot:spot] = rng.choice([b" ", b'"', b"\\", b"0", b"-", b"\xff", b"1.5", b"[]"])
        elif action == 3:
            line = bytearray(
                line.replace(b'"value":', b'"value":' + rng.choice([b"[", b"1e3,"]), 1)
            )
        else:
            line[spot : spot + 1] = rng.choice([b"\\u0041", b"\\n", b"\xe4\xb8\xad", b"\x00"])
        damaged.append(bytes(line))
    fast = general = 0
    for number, line in enumerate(lines + damaged, 1):
        got = _verdict(one_line.read_line, line, SPECS, number, "sender")
        want = _verdict(one_line.read_general, line, SPECS, number, "sender")
        assert got == want, line
        if isinstance(got, tuple) and isinstance(got[0], Change):
            assert got[0]._asdict() == want[0]._asdict()  # type: ignore[index]
            fast += 1
        else:
            general += 1
    assert fast > 1500 and general > 3000  # both kinds were met


def test_a_record_read_fast_is_a_plain_change() -> None:
    line = chain(GENESIS, _changes(1, seed=6))[0].wire()
    change, body = one_line.read_line(line, SPECS, 1, "sender")
    again = Change(**json.loads(line))
    assert change == again and hash(change) == hash(again) and repr(change) == repr(again)
    assert body == line.replace(b',"hash":"' + again.hash.encode() + b'"', b"")


# -- a payload read a column at a time, against line by line ---------------------------------

SCHEMA = {"t": {f: s for (t, f), s in SPECS.items() if t == "t"}, "other.table": {
    "naïve field": SPECS[("other.table", "naïve field")]}}  # fmt: skip


def _clean(changes: list[Change]) -> list[Change]:
    """The changes without U+0000 in their text (refused since PostgreSQL cannot hold it)."""
    return chain(GENESIS, [
        Change(**{**c.body(), "value": c.value.replace("\x00", "") if isinstance(c.value, str)
                  else c.value}) for c in changes
    ])  # fmt: skip


def _payload(changes: list[Change]) -> bytes:
    return b"".join(c.wire() + b"\n" for c in changes)


def _line_by_line(payload: bytes, first_seq: int, count: int, prev_hash: str) -> list[Change]:
    """The plain reading of a payload (the contract of ``parse_changes``), one line at a time."""
    if payload and not payload.endswith(b"\n"):
        raise errors.invalid_record(payload.count(b"\n") + 1, "sender")
    lines = payload[:-1].split(b"\n") if payload else []
    read = [one_line.read_line(line, SPECS, n, "sender") for n, line in enumerate(lines, 1)]
    for number, (change, _) in enumerate(read, 1):
        if change.seq != first_seq + number - 1:
            raise errors.out_of_order("sender", number, change.seq, first_seq + number - 1)
    if len(read) != count:
        raise errors.count_mismatch("sender", count, len(read))
    previous = prev_hash
    for change, body in read:
        if hashlib.sha256(bytes.fromhex(previous) + body).hexdigest() != change.hash:
            raise errors.broken_chain("sender", change.seq)
        previous = change.hash
    return [change for change, _ in read]


def _both(payload: bytes, first_seq: int = 1, count: int | None = None) -> tuple[Any, Any]:
    count = payload.count(b"\n") if count is None else count
    args = (payload, first_seq, count, GENESIS)
    fast = _verdict(
        lambda *a: wire.parse_changes(
            a[0], SCHEMA, sender="sender", first_seq=a[1], record_count=a[2], prev_hash=a[3]
        ),
        *args,
    )
    return fast, _verdict(_line_by_line, *args)


def _damaged(payload: bytes, rng: random.Random) -> bytes:
    lines = payload.split(b"\n")[:-1]
    spot = rng.randrange(len(lines))
    line = lines[spot]
    at = rng.randrange(len(line))
    action = rng.randrange(10)
    if action == 0:  # a bit flipped
        line = line[:at] + bytes([line[at] ^ 1 << rng.randrange(8)]) + line[at + 1 :]
    elif action == 1:  # bytes inserted: space, bad UTF-8, an encoded surrogate, a quote, a digit
        line = line[:at] + rng.choice([b" ", b"\xff", b"\xed\xa0\x80", b'"', b"9"]) + line[at:]
    elif action == 2:  # a value escaped (still valid, read another way) or broken
        line = line.replace(b'"value":"', rng.choice([b'"value":"\\u0041', b'"value":"\\']), 1)
    elif action == 3:  # a hash with a capital, a key with a dash out of place
        key = rng.choice([b'"hash":"', b'"pk":"'])
        start = line.index(key) + len(key) + rng.choice([0, 7])
        line = line[:start] + rng.choice([b"A", b"-", b"g"]) + line[start + 1 :]
    elif action == 4:  # a clock or base past 64 bits, in canonical form
        key = rng.choice([b'"hlc":', b'"seq":', b'"base_hlc":'])
        start = line.index(key) + len(key)
        stop = min(line.index(b",", start), line.index(b"}", start))
        line = line[:start] + b"9223372036854775808" + line[stop:]
    elif action == 5:  # a record naming a table the schema lacks, or an empty line
        line = rng.choice([b"", line.replace(b'"table":"t"', b'"table":"u"', 1)])
    elif action == 6:  # a line dropped
        lines[spot:] = lines[spot + 1 :]
    elif action == 7:  # two lines swapped
        other = rng.randrange(len(lines))
        lines[spot], lines[other] = lines[other], lines[spot]
        line = lines[spot]
    elif action == 8:  # a value too long for its field, or of a type no field holds
        end = line.index(b'"value":') + len(b'"value":')
        line = line[:end] + rng.choice([b'"' + b"x" * 70 + b'"', b"1.5", b"true", b"12"]) + b"}"
    if action not in (6, 7):
        lines[spot] = line
    damaged = b"".join(line + b"\n" for line in lines)
    return damaged[: rng.randrange(len(damaged))] if action == 9 else damaged


def test_a_payload_reads_as_line_by_line() -> None:
    """Clean payloads (plain and escaped lines mixed) and damaged ones: same records, same refusal."""
    rng = random.Random(7)
    accepted = refused = 0
    for seed in range(40):
        payload = _payload(_clean(_changes(rng.randrange(1, 300), seed=100 + seed)))
        fast, plain = _both(payload)
        assert fast == plain and isinstance(fast, list)
        accepted += 1
        for _ in range(12):
            fast, plain = _both(_damaged(payload, rng))
            assert fast == plain
            refused += not isinstance(fast, list)
    assert refused > 300 and accepted == 40
    assert _both(b"") == ([], [])
    assert _both(payload, first_seq=2)[0][0] == "chain"  # seqs out of place
    assert _both(payload, count=len(payload))[0][0] == "chain"  # not the count declared
    assert _both(payload[:-1])[0][0] == "record"  # the last line without its newline


def test_plain_lines_are_read_a_column_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the lines the pattern cannot split are read one at a time: the escaped ones."""
    changes = _clean(_changes(500, seed=8))
    escaped = [n for n, c in enumerate(changes, 1) if b"\\" in c.wire()]
    read: list[int] = []
    original = wire.read_line

    def counted(line: bytes, specs: Any, number: int, sender: str) -> tuple[Change, bytes]:
        read.append(number)
        return original(line, specs, number, sender)

    monkeypatch.setattr(wire, "read_line", counted)
    payload = _payload(changes)
    got = wire.parse_changes(payload, SCHEMA, sender="s", first_seq=1, record_count=500,
                             prev_hash=GENESIS)  # fmt: skip
    assert got == changes and read == escaped and 20 < len(escaped) < 400


def test_text_holding_a_nul_character_is_refused_with_its_own_reason() -> None:
    changes = _clean(_changes(5, seed=9))
    nul = Change(**{**changes[2].body(), "table": "t", "field": "text", "value": "a\x00b"})
    payload = _payload(chain(GENESIS, [*changes[:2], nul, *changes[3:]]))
    fast, plain = _both(payload)
    assert fast == plain and fast[0] == "nul_character" and fast[0] in errors.REASONS
    assert "Record 3" in fast[1] and "t.text" in fast[1] and "U+0000" in fast[1]
    origin = Change(**{**changes[2].body(), "origin": "hq\x00"})
    payload = _payload(chain(GENESIS, [*changes[:2], origin, *changes[3:]]))
    assert _both(payload)[0] == _both(payload)[1] and _both(payload)[0][0] == "record"


def _value_fits_as_written(spec: FieldSpec, value: object) -> bool:
    """The rule of ``verify.value_fits``, written plainly."""
    if value is None:
        return spec.nullable
    if spec.kind == "str":
        return isinstance(value, str) and (spec.max_length is None or len(value) <= spec.max_length)
    if spec.kind == "int":
        return type(value) is int and -(2**63) <= value < 2**63
    if spec.kind == "bool":
        return isinstance(value, bool)
    if not isinstance(value, str) or len(value) > 40:
        return False
    parse = date.fromisoformat if spec.kind == "date" else datetime.fromisoformat
    try:
        return parse(value).isoformat() == value
    except ValueError:
        return False


def test_a_value_check_made_once_is_the_rule_of_value_fits() -> None:
    specs = [FieldSpec(kind, nullable, limit) for kind in ("str", "int", "bool", "date", "datetime")
             for nullable in (False, True) for limit in (None, 3)]  # fmt: skip
    values: list[object] = [
        None, "", "abc", "abcd", "张记批发", 0, -1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1,
        True, False, 1.5, [], {}, "2026-11-27", "2026-13-01", "2026-11-27T09:30:00",
        "2026-11-27T09:30:00+00:00", "2026-11-27 09:30:00", "x" * 41, "2026-11-27T09:30:00.000001",
    ]  # fmt: skip
    for spec in specs:
        for value in values:
            want = _value_fits_as_written(spec, value)
            assert value_fits(spec, value) == want == value_check(spec)(value), (spec, value)
    with pytest.raises(ValueError, match="unknown field kind"):
        value_check(FieldSpec("float"))
