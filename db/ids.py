"""UUIDv7 keys: time-ordered (good index locality) and unique across laptops."""

from __future__ import annotations

import os
import random
import time
import uuid


def uuid7(ms: int | None = None, rand: bytes | None = None) -> str:
    """A UUID version 7 string from a millisecond timestamp and 10 random bytes."""
    if ms is None:
        ms = time.time_ns() // 1_000_000
    if rand is None:
        rand = os.urandom(10)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= int.from_bytes(rand, "big") & ((1 << 80) - 1)
    value &= ~(0xF << 76)
    value |= 0x7 << 76  # version 7
    value &= ~(0x3 << 62)
    value |= 0x2 << 62  # RFC 4122 variant
    return str(uuid.UUID(int=value))


class DeterministicIds:
    """UUIDv7 values from a seeded generator, for the demo organisation."""

    def __init__(self, seed: int, start_ms: int) -> None:
        self._rng = random.Random(seed)
        self._ms = start_ms

    def __call__(self) -> str:
        self._ms += 1
        return uuid7(self._ms, self._rng.randbytes(10))
