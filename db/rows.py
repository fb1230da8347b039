"""Plain rows straight to and from the database driver, in a session's transaction.

Sync moves rows by the hundred thousand: the change records of a bundle, HQ's
relayed change log, the rows it applies. Building an ORM object or a result row for
each costs more than the database's own work, so these two helpers talk to the
driver directly, with nothing per row but the tuple itself:

* ``execute_rows``: an INSERT (optionally with an ``ON CONFLICT`` clause, the same
  words on SQLite and PostgreSQL) or an UPDATE by key, for every row. Values go
  through their column type's bind processing, as an ORM write would. A plain INSERT
  carries many rows per statement (``VALUES (…), (…), …``, up to ``MAX_PARAMETERS``
  values: the oldest SQLite's limit): a statement's own work (binding, stepping,
  resetting, bumping an AUTOINCREMENT counter) then happens once per hundred rows,
  which takes 40 % off inserting 100 000 change-log records. The other statements are
  one ``executemany`` (an upsert may not meet the same key twice in one statement on
  PostgreSQL).
* ``fetch_rows``: the rows of a Core SELECT as tuples from the cursor, for columns the
  dialect returns as they are (text, integers).

The SQL text is made once per dialect, table and column list, with the driver's own
parameter style. Writes on synced tables made here bypass change capture: only the
apply path (``db.apply.apply_plan``) does that, on purpose.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain
from typing import Any, TypeVarTuple

from sqlalchemy import Dialect, Select, Table, exc
from sqlalchemy.orm import Session

from db.models import Base

_Row = TypeVarTuple("_Row")
_Processor = Callable[[Any], Any] | None
_STATEMENTS: dict[tuple[Any, ...], tuple[str, tuple[_Processor, ...]]] = {}
#: The most values one INSERT of many rows carries (SQLite before 3.32 allowed 999).
MAX_PARAMETERS = 999


def _statement(
    dialect: Dialect, table: Table, names: tuple[str, ...], where: tuple[str, ...], suffix: str
) -> tuple[str, tuple[_Processor, ...]]:
    """SQL text for the driver, and each parameter's bind processor (None: as it is).

    ``where`` empty: ``INSERT INTO table (names) VALUES (…) suffix``; else ``UPDATE table
    SET names WHERE where``. Parameters in that order, in the driver's own style.
    """
    key = (dialect.name, dialect.driver, dialect.paramstyle, table.name, names, where, suffix)
    found = _STATEMENTS.get(key)
    if found is not None:
        return found
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    if where:
        sets = ", ".join(f"{quote(n)} = {mark}" for n in names)
        keys = " AND ".join(f"{quote(n)} = {mark}" for n in where)
        sql = f"UPDATE {quote(table.name)} SET {sets} WHERE {keys}"
    else:
        columns = ", ".join(quote(n) for n in names)
        marks = ", ".join(mark for _ in names)
        sql = f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks}){suffix}"
    processors = tuple(
        table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in (*names, *where)
    )
    _STATEMENTS[key] = (sql, processors)
    return sql, processors


def execute_rows(
    session: Session,
    table: str,
    names: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    *,
    where: Sequence[str] = (),
    suffix: str = "",
) -> None:
    """Write plain rows into ``table`` at the driver's level (module notes).

    Runs on the session's connection, in its transaction. Each value goes through its
    column type's bind processing, as an ORM write would (times as SQLite stores them,
    for instance), without per-row ORM work.
    """
    if not rows:
        return
    conn = session.connection()
    found = Base.metadata.tables[table]
    sql, processors = _statement(conn.dialect, found, tuple(names), tuple(where), suffix)
    todo = [(i, p) for i, p in enumerate(processors) if p is not None]
    if where or suffix:
        conn.exec_driver_sql(sql, _processed(rows, todo))
        return
    width = len(names)
    per = max(1, MAX_PARAMETERS // width)  # rows per statement
    flat = list(chain.from_iterable(rows))
    for i, process in todo:
        flat[i::width] = _each_value_once(process, flat[i::width])
    whole = len(rows) // per * per
    if whole:
        step = per * width
        batches = [tuple(flat[at : at + step]) for at in range(0, whole * width, step)]
        conn.exec_driver_sql(_many(sql, per), batches)
    if whole < len(rows):
        conn.exec_driver_sql(_many(sql, len(rows) - whole), tuple(flat[whole * width :]))


def _processed(
    rows: Sequence[tuple[Any, ...]], todo: list[tuple[int, Callable[[Any], Any]]]
) -> Sequence[tuple[Any, ...]]:
    """The rows with the values at ``todo``'s places bind-processed."""
    if not todo:
        return rows
    processed = []
    for row in rows:
        values = list(row)
        for i, process in todo:
            values[i] = process(values[i])
        processed.append(tuple(values))
    return processed


def _each_value_once(process: Callable[[Any], Any], values: list[Any]) -> list[Any]:
    """``process`` of every value, each distinct one worked out once: a column's values
    repeat (the times of rows written together, flags). Unhashable values: each one."""
    try:
        return list(map(lru_cache(maxsize=None, typed=True)(process), values))
    except TypeError:
        return list(map(process, values))


def _many(sql: str, count: int) -> str:
    """An ``INSERT … VALUES (…)`` statement made to insert ``count`` rows at once."""
    head, marks = sql.rsplit(" VALUES ", 1)
    return f"{head} VALUES {', '.join([marks] * count)}"


def fetch_rows(session: Session, stmt: Select[*_Row]) -> list[tuple[*_Row]]:
    """The rows of a Core SELECT as plain tuples from the driver's cursor (module notes).

    Reading 100 000 change records this way takes a third of the time a result object
    does. A selected column that would need result processing (times on SQLite, say)
    is a bug here (ValueError); parameters go to the driver as they are. A driver error
    comes out as SQLAlchemy's (``exc.DBAPIError`` and its kinds), as from any statement.
    """
    conn = session.connection()
    dialect = conn.dialect
    for column in stmt.selected_columns:
        if column.type.dialect_impl(dialect).result_processor(dialect, None) is not None:
            raise ValueError(f"fetch_rows cannot read {column} as it is")
    compiled = stmt.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args: Any = (
        tuple(params[n] for n in compiled.positiontup or ()) if compiled.positional else params
    )
    sql = str(compiled)
    driver_error = dialect.loaded_dbapi.Error
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, args)
        return list(cursor.fetchall())
    except driver_error as error:
        raise exc.DBAPIError.instance(sql, args, error, driver_error) from error
    finally:
        cursor.close()
