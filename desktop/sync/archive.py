"""Writing the zip archive of a sync file, its large member deflated on every free core.

A bundle's ``changes.ndjson`` is tens of megabytes of text, and deflating it is a
third of an export. zlib lets go of the interpreter lock while it works, so the member
is cut into pieces (``DEFLATE_PIECE``) deflated side by side on worker threads and
joined into one DEFLATE stream, as pigz does it: a piece starts from the 32 KB before
it as its dictionary and, unless it is the last, ends with a sync flush (on a byte
boundary, without a final block). The same content always gives the same bytes, however
the threads run; a member of one piece is exactly what ``zipfile`` writes.

``zip_archive`` writes the records ``zipfile`` writes for ``verify.write_member``: the
fixed time ``verify.ZIP_DATE``, mode 644, no extra fields, no data descriptors, no
zip64. ``verify.SafeZip`` reads it back like any other file.
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from typing import NamedTuple

from desktop.sync.verify import MB

#: Bytes of a member one worker thread deflates at a time.
DEFLATE_PIECE = 2 * MB
#: Worker threads for one archive: one per core, a few at most.
WORKERS = min(8, os.cpu_count() or 1)
#: Level 3 compresses change records nearly as well as the default level 6 in half the time.
LEVEL = 3
_WINDOW = 32 * 1024  # how far back DEFLATE may refer
_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20  # what reading needs: DEFLATE
_MADE_BY = 3 << 8 | _VERSION  # on Unix (the mode below is a Unix one)
_DOS_DATE = 33  # 1980-01-01 at 00:00, ``verify.ZIP_DATE``
_MODE = 0o644 << 16


class Member(NamedTuple):
    """One member: its content, and that content deflated (None: stored as it is)."""

    name: str
    content: bytes
    deflated: bytes | None
    crc: int  # CRC-32 of ``content``


def deflated(data: bytes, start: int = 0, end: int | None = None) -> bytes:
    """``data[start:end]`` as DEFLATE continuing the stream of ``data[:start]`` (module notes).

    Without ``start`` and ``end``: the whole of ``data`` as one stream.
    """
    end = len(data) if end is None else end
    before = data[max(0, start - _WINDOW) : start]
    compressor = (
        zlib.compressobj(LEVEL, zlib.DEFLATED, -15, zdict=before)
        if before
        else zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    )
    body = compressor.compress(memoryview(data)[start:end])
    return body + compressor.flush(zlib.Z_FINISH if end == len(data) else zlib.Z_SYNC_FLUSH)


def deflating(pool: Executor, data: bytes) -> Callable[[], bytes]:
    """Start deflating ``data`` on ``pool``, piece by piece; the function returned waits for
    the whole stream."""
    cuts = range(0, len(data), DEFLATE_PIECE)
    pieces = [pool.submit(deflated, data, at, min(at + DEFLATE_PIECE, len(data))) for at in cuts]
    if not pieces:
        return lambda: deflated(data)
    return lambda: b"".join(piece.result() for piece in pieces)


def zip_archive(members: Sequence[Member]) -> bytes:
    """A zip archive of ``members``, in order (module notes)."""
    parts: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for name, content, packed, crc in members:
        key = name.encode("ascii")
        stored = content if packed is None else packed
        method = zipfile.ZIP_STORED if packed is None else zipfile.ZIP_DEFLATED
        sizes = (crc, len(stored), len(content), len(key))
        parts += [_LOCAL.pack(b"PK\x03\x04", _VERSION, 0, method, 0, _DOS_DATE, *sizes, 0), key]
        parts.append(stored)
        directory.append(
            _CENTRAL.pack(
                b"PK\x01\x02", _MADE_BY, _VERSION, 0, method, 0, _DOS_DATE, *sizes, 0, 0, 0, 0,
                _MODE, offset,
            )
            + key
        )  # fmt: skip
        offset += _LOCAL.size + len(key) + len(stored)
    size = sum(map(len, directory))
    end = _END.pack(b"PK\x05\x06", 0, 0, len(members), len(members), size, offset, 0)
    return b"".join([*parts, *directory, end])
