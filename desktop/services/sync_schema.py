"""What travels between devices: the replicated fields of every synced table, and their values.

``sync_schema()`` is the ``records.Schema`` a bundle is checked against: every synced
table (``db.capture.synced_tables``) with each replicated field (``deleted`` included)
as str, int, bool, date or datetime, its nullability and its length. Values travel as
JSON: dates and times as ISO strings (``to_json``), and become column values again
with ``to_column``.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, inspect
from sqlalchemy.sql.schema import Column

from db.capture import replicated_fields, synced_tables
from db.models import Base
from desktop.sync.records import FieldSpec, Schema, canonical_json


def _kind(column: Column[Any]) -> str:
    kind = column.type
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, String):
        return "str"
    raise TypeError(f"{column.table.name}.{column.key}: no sync kind for {kind!r}")


def _spec(column: Column[Any]) -> FieldSpec:
    length = getattr(column.type, "length", None)
    return FieldSpec(_kind(column), bool(column.nullable), length)


@cache
def sync_schema() -> Schema:
    """table → field → spec for every replicated field of every synced table."""
    out: Schema = {}
    for name, model in sorted(synced_tables().items()):
        columns = inspect(model).columns
        out[name] = {f: _spec(columns[f]) for f in replicated_fields(model)}
    return out


def model_of(table: str) -> type[Base]:
    """The model class of a synced table."""
    return synced_tables()[table]


@cache
def field_names(table: str) -> tuple[str, ...]:
    """The replicated fields of a synced table, in column order."""
    return tuple(replicated_fields(synced_tables()[table]))


@cache
def column_defaults(table: str) -> dict[str, Any]:
    """Fields of ``table`` with a scalar column default → that default."""
    columns = inspect(synced_tables()[table]).columns
    out: dict[str, Any] = {}
    for name in field_names(table):
        default = columns[name].default
        if default is not None and getattr(default, "is_scalar", False):
            out[name] = default.arg  # type: ignore[attr-defined]
    return out


def to_json(value: Any) -> Any:
    """A column value as it travels: dates and times as ISO strings."""
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    return value


def to_column(table: str, field: str, value: Any) -> Any:
    """A travelling value as the column stores it (ISO strings become dates and times)."""
    if value is None:
        return None
    kind = sync_schema()[table][field].kind
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "datetime":
        return datetime.fromisoformat(value)
    return value


def encode(value: Any) -> str:
    """Canonical JSON text of a travelling value (what outbox and stream rows store)."""
    return canonical_json(value).decode("utf-8")


def decode(text: str) -> Any:
    """The travelling value of canonical JSON text."""
    return json.loads(text)


@cache
def app_schema() -> str:
    """The name of the replicated schema in sync files: bundles of another one are refused.

    It changes exactly when a replicated table or field (name, kind, nullability,
    length) changes, not with every migration.
    """
    shape = {
        table: {name: [s.kind, s.nullable, s.max_length] for name, s in fields.items()}
        for table, fields in sync_schema().items()
    }
    return "fielddesk-" + hashlib.sha256(canonical_json(shape)).hexdigest()[:16]
