"""Reading hostile sync files: a zip archive in memory with limits, canonical JSON, field values.

Every sync file (bundle, join request, enrolment) is a small zip archive with a
fixed set of member names. ``SafeZip`` opens one from bytes without trusting
anything it declares: the file size is capped, the central directory is sized
before ``zipfile`` parses it, member names must be exactly the expected ones,
encryption and compression methods other than stored/deflated are refused, the
declared sizes must fit the limits, and every read is capped again on the bytes
actually produced (a member can never expand past its cap, whatever it
declares). Nothing is ever extracted to disk. Every failure is a
``BundleRejected`` with its reason; no parsing exception escapes.

``load_canonical`` accepts only canonical JSON (``records.canonical_json`` of the
parsed value gives back the same bytes), and ``value_fits`` says whether a JSON
value may be stored in a field of the given ``FieldSpec`` (``value_check``: the same
rule as one function per spec, for checking values by the thousand).
"""

from __future__ import annotations

import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, TypeGuard

from desktop.sync import errors
from desktop.sync.records import (
    FieldSpec,
    Schema,
)

MB = 1024 * 1024
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

#: Fixed timestamp of every member written, so the same content gives the same bytes.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

#: What any zip parsing or decompression may raise on damaged input.
_ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    NotImplementedError,
    RuntimeError,
    IndexError,
    KeyError,
    OverflowError,
)

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
#: Central directory bytes allowed: ample for a handful of short member names.
_MAX_DIRECTORY = 64 * 1024
_MAX_ENTRIES = 16
#: Encrypted (bit 0), compressed patched data (bit 5), strong encryption (bit 6).
_REFUSED_FLAGS = 0x1 | 0x20 | 0x40
_CHUNK = 1 * MB

_DEVICE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,35}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
FIELD_KINDS = frozenset({"str", "int", "bool", "date", "datetime"})


@dataclass(frozen=True)
class Limits:
    """Size limits of one kind of sync file; ``members`` maps each expected name to its cap."""

    max_file: int
    max_total: int
    members: Mapping[str, int]


def _directory_fits(data: bytes) -> bool:
    """Whether the end record declares a small central directory and no zip64 (read before zipfile)."""
    start = max(0, len(data) - (_EOCD_SIZE + 0xFFFF))
    end = data.rfind(_EOCD, start)
    if end < 0 or end + _EOCD_SIZE > len(data):
        return True  # zipfile will refuse it as not a zip
    if data[max(0, end - 20) : end].startswith(_ZIP64_LOCATOR):
        return False
    entries, directory_size = struct.unpack_from("<HI", data, end + 10)
    return entries <= _MAX_ENTRIES and directory_size <= _MAX_DIRECTORY


class SafeZip:
    """A zip archive in memory, opened with every structural check; members read with caps."""

    def __init__(self, data: bytes, limits: Limits, *, exact: bool = True) -> None:
        """Open ``data``; ``exact=False`` tolerates other members (to peek at a refused file)."""
        if len(data) > limits.max_file:
            raise errors.too_large(len(data), limits.max_file)
        if not _directory_fits(data):
            raise errors.wrong_members(limits.members, None)
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _ZIP_ERRORS:
            raise errors.not_a_zip() from None
        names = [info.orig_filename for info in infos]
        if exact and (len(names) != len(limits.members) or set(names) != set(limits.members)):
            raise errors.wrong_members(limits.members, names)
        self._infos = {
            info.orig_filename: info for info in infos if info.orig_filename in limits.members
        }
        if len(self._infos) != len(limits.members):
            raise errors.wrong_members(limits.members, names)
        self._limits = limits
        declared = 0
        for info in self._infos.values():
            if info.flag_bits & _REFUSED_FLAGS or info.compress_type not in (
                zipfile.ZIP_STORED,
                zipfile.ZIP_DEFLATED,
            ):
                raise errors.not_a_zip()
            if info.file_size > limits.members[info.orig_filename]:
                raise errors.too_large(info.file_size, limits.members[info.orig_filename])
            declared += info.file_size
        if declared > limits.max_total:
            raise errors.too_large(declared, limits.max_total)

    def cap(self, name: str) -> int:
        """The most bytes member ``name`` may produce."""
        return min(self._limits.members[name], self._limits.max_total)

    def chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes in chunks; its CRC is checked when the last chunk has been read."""
        info = self._infos[name]
        cap = self.cap(name)
        try:
            stream = self._zip.open(info)
        except _ZIP_ERRORS:
            raise errors.not_a_zip() from None
        produced = 0
        with stream:
            while True:
                try:
                    chunk = stream.read(_CHUNK)
                except _ZIP_ERRORS:
                    raise errors.damaged(name) from None
                if not chunk:
                    return
                produced += len(chunk)
                if produced > cap:
                    raise errors.too_large(produced, cap)
                yield chunk

    def read(self, name: str) -> bytes:
        """The whole member, capped and CRC-checked."""
        return b"".join(self.chunks(name))


def write_member(archive: zipfile.ZipFile, name: str, data: bytes, *, compress: bool) -> None:
    """Add ``data`` as member ``name`` with a fixed timestamp (same content, same bytes).

    Deflate level 3 compresses change records nearly as well as the default level 6
    in half the time.
    """
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compresslevel=3 if compress else None)


def member_info(name: str) -> zipfile.ZipInfo:
    """A deflated member's header with the fixed timestamp, for streaming writes."""
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


#: Strict JSON: NaN and Infinity are refused (every reader of sync files uses it).
STRICT_JSON = json.JSONDecoder(parse_constant=_no_constant)
#: ``records.canonical_json`` as one reusable encoder (the same options), for speed.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
)


def load_canonical(raw: bytes) -> Any:
    """The JSON value of ``raw``, which must be exactly its canonical form; else ValueError."""
    try:
        value = STRICT_JSON.decode(raw.decode("utf-8"))
        again = _ENCODER.encode(value).encode("utf-8")
    except RecursionError as exc:
        raise ValueError("JSON nested too deeply") from exc
    if again != raw:
        raise ValueError("not canonical JSON")
    return value


#: A JSON field's check: whether the decoded value is acceptable.
Check = Callable[[Any], bool]


def parse_description(
    raw: bytes, member: str, fields: Mapping[str, Check], *, known_format: int, kind: str | None
) -> dict[str, Any]:
    """The JSON description of a sync file (manifest, request, enrolment), checked.

    It must be canonical JSON of an object; ``format`` is checked first (a later
    format may have other fields), then ``kind`` when one is expected, then the
    object must have exactly ``fields``, each passing its check. Failures: reasons
    ``manifest``, ``format`` and ``kind``.
    """
    try:
        value = load_canonical(raw)
    except ValueError:
        raise errors.invalid_description(member, "-") from None
    if not isinstance(value, dict):
        raise errors.invalid_description(member, "-")
    found = value.get("format")
    if not is_int(found):
        raise errors.invalid_description(member, "format")
    if found != known_format:
        raise errors.unknown_format(found, known_format)
    if kind is not None:
        if not is_text(value.get("kind"), 40):
            raise errors.invalid_description(member, "kind")
        if value["kind"] != kind:
            raise errors.wrong_kind(value["kind"], kind)
    odd = sorted(set(value) ^ set(fields))
    if odd:
        raise errors.invalid_description(member, odd[0][:40])
    for key, check in fields.items():
        if not check(value[key]):
            raise errors.invalid_description(member, key)
    return value


def is_int(value: Any, low: int = 0, high: int = INT64_MAX) -> TypeGuard[int]:
    """A JSON integer (never a bool) in [low, high]."""
    return type(value) is int and low <= value <= high


def is_text(value: Any, max_length: int, min_length: int = 1) -> bool:
    """A string of ``min_length`` to ``max_length`` characters."""
    return isinstance(value, str) and min_length <= len(value) <= max_length


def is_device_id(value: Any) -> bool:
    """A device id: 1–36 letters, digits, dot, dash or underscore (it names files)."""
    return isinstance(value, str) and _DEVICE_ID.fullmatch(value) is not None


def is_hex64(value: Any) -> bool:
    """64 lowercase hex digits (a sha256 or a chain value)."""
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None


def is_uuid(value: Any) -> bool:
    """A UUID in its canonical lowercase 36-character form."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def is_timestamp(value: Any) -> bool:
    """An ISO 8601 date and time with a UTC offset."""
    if not is_text(value, 40):
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def is_device_map(value: Any) -> bool:
    """A JSON object of device id → non-negative int (acks)."""
    return isinstance(value, dict) and all(is_device_id(k) and is_int(v) for k, v in value.items())


def check_schema(schema: Schema) -> None:
    """Refuse a schema naming an unknown field kind (a bug in the caller, not a hostile file)."""
    for table, fields in schema.items():
        for name, spec in fields.items():
            if spec.kind not in FIELD_KINDS:
                raise ValueError(f"{table}.{name}: unknown field kind {spec.kind!r}")


def value_fits(spec: FieldSpec, value: Any) -> bool:
    """Whether a decoded JSON value may be stored in a field of ``spec``.

    str: a string of at most ``max_length`` characters; int: a JSON integer in signed
    64 bits; bool: a JSON bool; date: ``YYYY-MM-DD``; datetime: what
    ``datetime.isoformat()`` writes. None only when the field is nullable.
    """
    return value_check(spec)(value)


@cache
def value_check(spec: FieldSpec) -> Check:
    """``value_fits`` of one spec as a function made once: a bundle checks the values of
    each field by the thousand. An unknown field kind is a bug (ValueError)."""
    nullable, limit = spec.nullable, spec.max_length
    if spec.kind == "str":
        if limit is None:
            return lambda v: isinstance(v, str) or (v is None and nullable)
        return lambda v: len(v) <= limit if isinstance(v, str) else v is None and nullable
    if spec.kind == "int":
        return lambda v: is_int(v, INT64_MIN, INT64_MAX) or (v is None and nullable)
    if spec.kind == "bool":
        return lambda v: isinstance(v, bool) or (v is None and nullable)
    parse = _ISO_PARSERS.get(spec.kind)
    if parse is None:
        raise ValueError(f"unknown field kind {spec.kind!r}")

    def iso(v: Any) -> bool:
        if not isinstance(v, str) or len(v) > 40:
            return v is None and nullable
        try:
            return bool(parse(v).isoformat() == v)
        except ValueError:
            return False

    return iso


#: The ISO texts a date or datetime field holds, read back (``value_check``).
_ISO_PARSERS: dict[str, Callable[[str], date]] = {
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
}


def stream_lines(
    chunks: Iterable[bytes], max_line: int, digest: Any = None
) -> Iterator[bytes | None]:
    """The lines of a streamed ndjson member without their newline.

    A line longer than ``max_line`` bytes, or a last line without its newline,
    comes out as None (never buffered whole). ``digest`` (a hashlib object, or
    None) is fed every byte as it streams by.
    """
    pending = b""
    overlong = False
    for chunk in chunks:
        if digest is not None:
            digest.update(chunk)
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            if overlong:
                overlong = False
                yield None
            else:
                line = pending + chunk[start:end]
                yield line if len(line) <= max_line else None
            pending = b""
            start = end + 1
        if not overlong:
            pending += chunk[start:]
            if len(pending) > max_line:
                overlong, pending = True, b""
    if pending or overlong:
        yield None
