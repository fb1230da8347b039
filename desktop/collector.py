"""Pausing Python's cyclic garbage collector around work that makes many long-lived objects.

Reading a million call ids, or a bundle of 100 000 records, makes as many objects that
live on; every full pass of the collector walks all of them again, holding the
interpreter lock the whole time: tens of milliseconds each in which the window cannot
paint (the Call log at a million calls paused 130 ms), to find no garbage (those
objects hold plain values, no reference cycles; memory is freed as usual by reference
counting).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside. Pauses nest, in any thread: the collector is switched
    back on, if it was on, when the last one ends."""
    global _pauses, _resume
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()
