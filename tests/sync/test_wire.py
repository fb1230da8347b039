"""The lines of ``changes.ndjson``: the fast encoder and reader give exactly what the plain ones do.

``chain_records`` must write the very bytes ``Change.wire()`` and ``records.chain`` make;
``_record`` (a canonical line read from a pattern, any other decoded as JSON) must give
the same record, or the same refusal, as reading every line through
``verify.load_canonical`` (``_general_record``). Random records and random damage to
their lines, with fixed seeds.
"""

from __future__ import annotations

import gc
import json
import random
import uuid

import pytest

from desktop.sync import wire
from desktop.sync.errors import BundleRejected
from desktop.sync.records import GENESIS, Change, FieldSpec, canonical_json, chain
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
        assert wire.value_text(value) == canonical_json(value).decode("utf-8")
    assert wire.value_text([1, {"b": 2, "a": "é"}]) == '[1,{"a":"é","b":2}]'


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
        got = _verdict(wire._record, line, SPECS, number, "sender")
        want = _verdict(wire._general_record, line, SPECS, number, "sender")
        assert got == want, line
        if isinstance(got, tuple) and isinstance(got[0], Change):
            assert got[0].__dict__ == want[0].__dict__  # type: ignore[index]
            fast += 1
        else:
            general += 1
    assert fast > 1500 and general > 3000  # both kinds were met


def test_a_record_read_fast_is_a_plain_change() -> None:
    line = chain(GENESIS, _changes(1, seed=6))[0].wire()
    change, body = wire._record(line, SPECS, 1, "sender")
    again = Change(**json.loads(line))
    assert change == again and hash(change) == hash(again) and repr(change) == repr(again)
    assert body == line.replace(b',"hash":"' + again.hash.encode() + b'"', b"")


def test_the_collector_is_paused_within_and_restored_after() -> None:
    assert gc.isenabled()
    with wire.collector_paused():
        assert not gc.isenabled()
        with wire.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    with pytest.raises(RuntimeError), wire.collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with wire.collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: left off
    finally:
        gc.enable()
