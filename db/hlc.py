"""Hybrid logical clock values: milliseconds since the epoch in the high bits, a counter below.

An HLC never goes backwards on a device, even when the wall clock does, and it is
advanced past every clock the device receives (SYNC.md "Capture").
"""

from __future__ import annotations

from datetime import UTC, datetime

COUNTER_BITS = 16


def wall_ms(now: datetime) -> int:
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return int(now.timestamp() * 1000)


def tick(last: int, now: datetime) -> int:
    """The next clock value after ``last`` at wall time ``now``."""
    physical = wall_ms(now) << COUNTER_BITS
    return physical if physical > last else last + 1


def receive(last: int, remote: int, now: datetime) -> int:
    """The clock after receiving ``remote``: beyond both it and our own last value."""
    return tick(max(last, remote), now)


def to_datetime(hlc: int) -> datetime:
    return datetime.fromtimestamp((hlc >> COUNTER_BITS) / 1000, tz=UTC)
