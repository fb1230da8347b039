"""The call log's list queries, built and compiled once per shape of filter.

A page asks for the same kinds of list again and again (the newest rows, every id,
for a distributor and a period…). Building a SQLAlchemy statement and its cache key
costs several times what SQLite needs to answer such a query from its index, so the
statement for each *shape* — which filters are set, which scope, what is selected —
is compiled once for the database's dialect and kept as SQL text; later calls only
bind the values (through the column types' own converters) and run it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from itertools import chain
from typing import Any

from sqlalchemy import ColumnElement, Connection, Date, DateTime, String, bindparam, select
from sqlalchemy.exc import DBAPIError

from db.models import CallLog, Distributor
from desktop.domain.org import Scope
from desktop.services.base import Interrupted

#: The filter fields that take part in the SQL (text search goes through the full-text index).
SQL_FIELDS = ("person_id", "distributor_id", "channel", "market_id", "region_id",
              "date_from", "date_to", "topic")  # fmt: skip


def filter_clauses(f: Any) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a ``CallFilter`` but its text, with named parameters."""
    out: list[ColumnElement[bool]] = []
    for column, name in ((CallLog.person_id, "person_id"),
                         (CallLog.distributor_id, "distributor_id"),
                         (CallLog.channel, "channel")):  # fmt: skip
        if getattr(f, name):
            out.append(column == bindparam(f"f_{name}", getattr(f, name), type_=String))
    if f.region_id:
        area = Distributor.region_id == bindparam("f_region_id", f.region_id, type_=String)
    elif f.market_id:
        area = Distributor.market_id == bindparam("f_market_id", f.market_id, type_=String)
    else:
        area = None
    if area is not None:
        out.append(CallLog.distributor_id.in_(select(Distributor.id).where(area)))
    if f.date_from is not None:
        start = datetime.combine(f.date_from, time())
        out.append(CallLog.occurred_at >= bindparam("f_from", start, type_=DateTime))
    if f.date_to is not None:
        end = datetime.combine(f.date_to + timedelta(days=1), time())
        out.append(CallLog.occurred_at < bindparam("f_to", end, type_=DateTime))
    if f.topic:
        topics = "," + CallLog.topics + ","
        out.append(topics.contains(bindparam("f_topic", f",{f.topic},", type_=String)))
    return out


def filter_values(f: Any) -> dict[str, Any]:
    """The parameter values ``filter_clauses`` names, for the filter ``f``."""
    values: dict[str, Any] = {
        f"f_{name}": getattr(f, name)
        for name in ("person_id", "distributor_id", "channel", "region_id", "market_id")
        if getattr(f, name)
    }
    if f.date_from is not None:
        values["f_from"] = datetime.combine(f.date_from, time())
    if f.date_to is not None:
        values["f_to"] = datetime.combine(f.date_to + timedelta(days=1), time())
    if f.topic:
        values["f_topic"] = f",{f.topic},"
    return values


def shape_of(f: Any) -> tuple[bool, ...]:
    """Which SQL filters are set (region wins over market, as in ``filter_clauses``)."""
    shape = [bool(getattr(f, name)) for name in SQL_FIELDS]
    if f.region_id:
        shape[SQL_FIELDS.index("market_id")] = False
    return tuple(shape)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positional: bool
    names: tuple[str, ...]
    #: every parameter's value as compiled (scope ids, limits), converted for the driver
    fixed: dict[str, Any]
    convert: dict[str, Callable[[Any], Any]]
    #: per selected column, the type's converter of what the driver returns (or None)
    results: tuple[Callable[[Any], Any] | None, ...]

    def bound(self, values: dict[str, Any]) -> Any:
        """The driver's parameters: the fixed ones and ``values``, converted, in order."""
        params = dict(self.fixed)
        for name, value in values.items():
            convert = self.convert.get(name)
            params[name] = convert(value) if convert is not None else value
        return tuple(params[n] for n in self.names) if self.positional else params

    def read(self, rows: Iterable[Any]) -> Any:
        """``rows`` with the few columns that need it (dates) converted, by position."""
        readers = [(i, f) for i, f in enumerate(self.results) if f is not None]
        if not readers:
            return rows
        out: list[list[Any]] = []
        for row in rows:
            cells = list(row)
            for i, read in readers:
                cells[i] = read(cells[i])
            out.append(cells)
        return out


class CompiledQueries:
    """Compiled SQL per (what, filter shape, scope, limit), per dialect."""

    def __init__(self) -> None:
        self._compiled: dict[Hashable, _Compiled] = {}

    def compiled(self, dialect: Any, key: Hashable, build: Callable[[], Any]) -> _Compiled:
        """The compiled form of ``build()`` for ``key`` (built and compiled once)."""
        full_key = (dialect.name, key)
        compiled = self._compiled.get(full_key)
        if compiled is None:
            compiled = self._compile(dialect, build())
            self._compiled[full_key] = compiled
        return compiled

    def execute(
        self,
        conn: Connection,
        key: Hashable,
        build: Callable[[], Any],
        values: dict[str, Any],
        yield_per: int | None = None,
    ) -> Any:
        """Run the statement ``build()`` makes for ``key``, with ``values`` bound by name.

        ``yield_per``: read the rows in chunks of that many (long id lists).
        """
        compiled = self.compiled(conn.dialect, key, build)
        options = {"yield_per": yield_per} if yield_per else {}
        rows = conn.exec_driver_sql(compiled.sql, compiled.bound(values), execution_options=options)
        # the driver's fetchall / fetchmany: a fetch per row costs more than the query
        return compiled.read(
            chain.from_iterable(rows.partitions(yield_per)) if yield_per else rows.all()
        )

    def execute_raw(
        self,
        cursor: Any,
        dialect: Any,
        key: Hashable,
        build: Callable[[], Any],
        values: dict[str, Any],
        yield_per: int | None = None,
    ) -> Any:
        """``execute`` on a driver's cursor: no session, no result objects (the laptop's
        hot path, where those cost more than SQLite's own work on a filtered list)."""
        compiled = self.compiled(dialect, key, build)
        cursor.execute(compiled.sql, compiled.bound(values))
        if not yield_per:
            return compiled.read(cursor.fetchall())
        return compiled.read(chain.from_iterable(iter(lambda: cursor.fetchmany(yield_per), [])))

    @staticmethod
    def _compile(dialect: Any, stmt: Any) -> _Compiled:
        compiled = stmt.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        convert: dict[str, Callable[[Any], Any]] = {}
        for name, bind in compiled.binds.items():
            processor = bind.type._cached_bind_processor(dialect)
            if processor is not None:
                convert[name] = processor
        fixed = {
            name: (convert[name](value) if name in convert else value)
            for name, value in compiled.params.items()
        }
        names = tuple(compiled.positiontup or ())
        for name in names:  # expanded IN lists: each member converted like its list
            if name not in convert:
                base = name.rsplit("_", 1)[0]
                if base in convert:
                    convert[name] = convert[base]
        results = tuple(_reader(column.type, dialect) for column in stmt.selected_columns)
        return _Compiled(str(compiled), bool(compiled.positional), names, fixed, convert, results)


def _from_iso(cls: Any) -> Callable[[Any], Any]:
    parse = cls.fromisoformat
    return lambda value: None if value is None else parse(value)


def _reader(type_: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """The converter of a result column; SQLite's ISO texts through the fast C parsers."""
    if dialect.name == "sqlite" and isinstance(type_, DateTime):
        return _from_iso(datetime)
    if dialect.name == "sqlite" and isinstance(type_, Date):
        return _from_iso(date)
    processor: Callable[[Any], Any] | None = type_._cached_result_processor(dialect, None)
    return processor


def scope_key(scope: Scope) -> Hashable:
    """A key that changes when the scope's SQL would."""
    return tuple(getattr(scope, field.name) for field in fields(scope))


@contextmanager
def interruptible(driver_connection: Any, stop: Callable[[], bool] | None) -> Iterator[None]:
    """Let ``stop`` end the statements run inside: SQLite asks it every few thousand steps
    of its virtual machine, and a True answer aborts the statement; ``Interrupted`` is
    raised then. A driver without that hook (PostgreSQL's) runs the statement to its end.
    """
    install = getattr(driver_connection, "set_progress_handler", None)
    if stop is None or install is None:
        yield
        return
    install(lambda: 1 if stop() else 0, _STEPS_BETWEEN_ASKS)
    try:
        yield
    except (sqlite3.OperationalError, DBAPIError) as error:
        if stop():
            raise Interrupted() from error
        raise
    finally:
        install(None, 0)


_STEPS_BETWEEN_ASKS = 50_000  # a fraction of a millisecond of SQLite's work
