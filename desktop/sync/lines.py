"""One line of ``changes.ndjson``: its canonical text, and reading it back with every check.

A line is the canonical JSON of one record (``records.Change.wire()``): keys sorted,
so a line reads ``{"base_hlc":…,"field":…,"hash":"…","hlc":…,"origin":…,"pk":…,
"seq":…,"table":…,"value":…}``, and the hash covers the same text without its
``,"hash":"…"`` (``records.chain_hash``).

* **Text** (``record_parts``, ``value_text``): a record whose value is already canonical
  JSON text is written with one format string per part, without decoding anything.
* **Reading** (``read_line``): the reference reader of one line, which the bulk reader
  (``wire.parse_changes``) must agree with, record for record and refusal for refusal.
  A line the pattern ``_CANONICAL`` matches (every string free of quotes, backslashes
  and control characters, every integer in its canonical form: most lines FieldDesk
  writes) is canonical JSON by construction and is read from the match. Any other line
  is decoded as JSON and proven canonical by encoding the record again
  (``_decoded_record``), or, when its value is of a type no field holds, read through
  ``verify.load_canonical`` (``read_general``). Whichever path a line takes it gets the
  same record or the same refusal.
* **Checks**, in this order: the line is a JSON object with exactly the record's keys,
  each of its type (reason ``record``); the table and field are in the schema and the
  value fits the field (``record``); a text value holds no U+0000 (``nul_character``:
  PostgreSQL cannot store it). An origin holding U+0000 is not a valid record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import Any

from desktop.sync import errors
from desktop.sync.records import RECORD_FIELDS, Change, FieldSpec, canonical_json
from desktop.sync.verify import (
    INT64_MAX,
    STRICT_JSON,
    is_hex64,
    is_int,
    is_text,
    is_uuid,
    load_canonical,
    value_fits,
)

RECORD_KEYS = frozenset(RECORD_FIELDS)
#: The schema as (table, field) → spec.
Specs = dict[tuple[str, str], FieldSpec]

QUOTE: Callable[[str], str] = encode_basestring
_SCALAR_TEXT: dict[type, Callable[[Any], str]] = {
    str: QUOTE,
    int: int.__repr__,
    bool: lambda v: "true" if v else "false",
    type(None): lambda v: "null",
}


def value_text(value: Any) -> str:
    """The canonical JSON text of a travelling value (``records.canonical_json``, as text)."""
    text_of = _SCALAR_TEXT.get(type(value))
    return text_of(value) if text_of is not None else canonical_json(value).decode("utf-8")


def record_parts(
    seq: int, table: str, pk: str, field: str, value: str, hlc: int, origin: str, base: int | None
) -> tuple[str, str]:
    """A record's canonical text around its hash: (before ``,"hash"``, after it)."""
    head = f'{{"base_hlc":{"null" if base is None else base},"field":{QUOTE(field)}'
    rest = (
        f',"hlc":{hlc},"origin":{QUOTE(origin)},"pk":{QUOTE(pk)},"seq":{seq},'
        f'"table":{QUOTE(table)},"value":{value}}}'
    )
    return head, rest


def _is_origin(value: Any) -> bool:
    """A record's origin: 1 to 36 characters, none of them U+0000."""
    return is_text(value, 36) and "\x00" not in value


def read_general(line: bytes, specs: Specs, number: int, sender: str) -> tuple[Change, bytes]:
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


def _check_record(record: dict[str, Any], specs: Specs, number: int, sender: str) -> None:
    """The types of a record's keys, then its table, field and value against ``schema``."""
    table, field = record["table"], record["field"]
    base_hlc = record["base_hlc"]
    if not (
        is_int(record["seq"], 1)
        and isinstance(table, str)
        and isinstance(field, str)
        and is_uuid(record["pk"])
        and is_int(record["hlc"], 1)
        and _is_origin(record["origin"])
        and (base_hlc is None or is_int(base_hlc, 1))
        and is_hex64(record["hash"])
    ):
        raise errors.invalid_record(number, sender)
    check_value(specs, table, field, record["value"], number, sender)


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


def read_line(line: bytes, specs: Specs, number: int, sender: str) -> tuple[Change, bytes]:
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
        check_value(specs, table, field, value, number, sender)
    body = (text[: m.start(3) - 9] + text[m.end(3) + 1 :]).encode()
    return Change(seq, table, pk, field, value, hlc, origin, base, own), body


def check_value(specs: Specs, table: str, field: str, value: Any, number: int, sender: str) -> None:
    """Refuse a field the schema does not know, a value it cannot hold, or text with U+0000."""
    spec = specs.get((table, field))
    if spec is None:
        raise errors.unknown_field(number, sender, table, field)
    if not value_fits(spec, value):
        raise errors.bad_value(number, sender, table, field)
    if isinstance(value, str) and "\x00" in value:
        raise errors.nul_character(number, sender, table, field)


def _decoded_record(
    text: str, line: bytes, specs: Specs, number: int, sender: str
) -> tuple[Change, bytes]:
    """A line decoded as JSON: canonical when encoding the record again gives it back."""
    try:
        record = STRICT_JSON.decode(text)
    except (ValueError, RecursionError):
        raise errors.invalid_record(number, sender) from None
    if type(record) is not dict or record.keys() != RECORD_KEYS:
        raise errors.invalid_record(number, sender)
    value = record["value"]
    text_of = _SCALAR_TEXT.get(type(value))
    if text_of is None:  # a list, an object or a number with a fraction: no field holds one
        return read_general(line, specs, number, sender)
    seq, hlc, base, own = record["seq"], record["hlc"], record["base_hlc"], record["hash"]
    table, pk, field, origin = record["table"], record["pk"], record["field"], record["origin"]
    if not (
        is_int(seq, 1)
        and is_int(hlc, 1)
        and (base is None or is_int(base, 1))
        and isinstance(table, str)
        and isinstance(field, str)
        and is_uuid(pk)
        and _is_origin(origin)
        and is_hex64(own)
    ):
        raise errors.invalid_record(number, sender)
    head, rest = record_parts(seq, table, pk, field, text_of(value), hlc, origin, base)
    if f'{head},"hash":"{own}"{rest}' != text:
        raise errors.invalid_record(number, sender)  # not canonical JSON
    check_value(specs, table, field, value, number, sender)
    return Change(seq, table, pk, field, value, hlc, origin, base, own), (head + rest).encode()
