"""Random damage to valid bundles: refused with a known reason, or exactly the clean bundle.

Three families, all with fixed seeds:

- raw: the file's bytes are truncated, bit-flipped, extended, cut, swapped or
  overwritten (12 000 mutations over four bundles: Chinese text, an empty one,
  a stream continuation, and the same content stored uncompressed);
- member: one member's bytes are damaged and the zip rebuilt with honest CRCs,
  so the damage reaches the manifest, signature and payload checks (3 000);
- signed: the payload is damaged and then signed again by the sender's own key,
  as a buggy sender would, so the damage reaches the record and chain checks (3 000).

Anything but ``BundleRejected`` escaping ``read_bundle`` fails the test with the
seed that produced it. Run with ``-s`` to see the distribution of reasons.
"""

from __future__ import annotations

import random
import zipfile
from collections import Counter
from collections.abc import Callable

import pytest

from desktop.sync.bundle import CHANGES, Bundle
from desktop.sync.errors import REASONS, BundleRejected
from tests.sync.bundles import (
    HQ,
    LAPTOP,
    device,
    make_bundle,
    make_changes,
    manifest_of,
    members,
    read,
    rezip,
    signed_bundle,
    trust_of,
)

SENDER = device(LAPTOP, 1)
TRUST = trust_of(SENDER)
EARLIER = make_changes(30, seed=31)

BASES: dict[str, bytes] = {
    "chinese": make_bundle(SENDER, make_changes(12, seed=32), acks={HQ: 3}),
    "empty": make_bundle(SENDER, [], first_seq=31, prev_hash=EARLIER[-1].hash, acks={HQ: 9}),
    "continued": make_bundle(
        SENDER,
        make_changes(25, first_seq=31, prev=EARLIER[-1].hash, seed=33),
        prev_hash=EARLIER[-1].hash,
    ),
}
BASES["stored"] = rezip(members(BASES["chinese"]), compression=zipfile.ZIP_STORED)
MANIFESTS = {name: manifest_of(data) for name, data in BASES.items()}
CLEAN: dict[str, Bundle] = {name: read(data, TRUST) for name, data in BASES.items()}

Mutation = Callable[[random.Random, bytes], bytes]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _insert(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 32)) + data[at:]


def _delete(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, 64) :]


def _swap(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    i, j = rng.randrange(len(out)), rng.randrange(len(out))
    out[i], out[j] = out[j], out[i]
    return bytes(out)


def _overwrite(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    size = rng.randint(1, 16)
    return data[:at] + rng.randbytes(size) + data[at + size :]


MUTATIONS: dict[str, Mutation] = {
    "truncate": _truncate,
    "flip": _flip,
    "insert": _insert,
    "delete": _delete,
    "swap": _swap,
    "overwrite": _overwrite,
}


def _damage(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return rng.randbytes(rng.randint(1, 8))
    return MUTATIONS[rng.choice(sorted(MUTATIONS))](rng, data)


def _check(data: bytes, clean: Bundle, where: str, reasons: Counter[str]) -> None:
    """Refused with a known reason, or exactly the clean content; anything else fails."""
    try:
        got = read(data, TRUST)
    except BundleRejected as exc:
        assert exc.reason in REASONS, where
        assert exc.render(), where
        reasons[exc.reason] += 1
        return
    except Exception as exc:  # the point of the test: nothing else may escape
        pytest.fail(f"{where}: {exc!r} escaped read_bundle")
    assert (got.manifest, got.changes) == (clean.manifest, clean.changes), where
    reasons["same content"] += 1


def _report(family: str, reasons: Counter[str]) -> None:
    print(f"\n{family}: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))


@pytest.mark.parametrize("base", sorted(BASES))
def test_raw_byte_mutations(base: str) -> None:
    data, clean = BASES[base], CLEAN[base]
    reasons: Counter[str] = Counter()
    for seed in range(3000):
        rng = random.Random(f"raw-{base}-{seed}")
        mutated = data
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            mutated = _damage(rng, mutated)
        _check(mutated, clean, f"raw {base} seed {seed}", reasons)
    _report(f"raw {base}", reasons)
    assert sum(reasons.values()) == 3000
    assert {"crc", "not_a_zip"} <= set(reasons)


def test_member_mutations_with_honest_crcs() -> None:
    reasons: Counter[str] = Counter()
    for seed in range(3000):
        rng = random.Random(f"member-{seed}")
        base = rng.choice(sorted(BASES))
        clean = CLEAN[base]
        parts = members(BASES[base])
        index = rng.randrange(len(parts))
        name, content = parts[index]
        parts[index] = (name, _damage(rng, content))
        _check(rezip(parts), clean, f"member {base} {name} seed {seed}", reasons)
    _report("member", reasons)
    assert {"manifest", "signature", "payload_hash"} <= set(reasons)


def test_payload_mutations_signed_again_by_the_sender() -> None:
    reasons: Counter[str] = Counter()
    for seed in range(3000):
        rng = random.Random(f"signed-{seed}")
        base = rng.choice(["chinese", "continued"])
        payload = _damage(rng, dict(members(BASES[base]))[CHANGES])
        mutated = signed_bundle(SENDER, MANIFESTS[base], payload)
        _check(mutated, CLEAN[base], f"signed {base} seed {seed}", reasons)
    _report("signed", reasons)
    assert {"record", "chain"} <= set(reasons)
