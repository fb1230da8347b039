"""Full-text search of call notes and problems (``call_log_fts``), Chinese and English alike.

SQLite's FTS5 ``unicode61`` tokenizer splits on spaces and punctuation, so a run of
Chinese characters would be one token and a search for part of it would find
nothing. We therefore index every CJK character as a token of its own
(``segment`` puts a space between it and its neighbours) and search a CJK run as
a *phrase* of its characters: ``北京`` becomes ``"北 京"`` and finds 北京 wherever it
stands, ``京`` alone finds every text with 京, and neither finds 北…京 apart.
English (and any other letters or digits) is searched by word prefix: ``deliv``
finds "delivery". Every term of a query must match (AND).

Decisions:

* **Escaping.** ``match_query`` builds the MATCH text itself from the letters and
  digits of the user's text: every term is a double-quoted string, so quotes,
  ``AND``/``OR``/``NOT``/``NEAR``, ``*``, ``:``, ``^`` and parentheses typed by the
  user are either dropped (punctuation) or searched as plain words. Text with no
  letters or digits is no search at all (``None``).
* **Normalisation.** Indexed text and queries are NFKC-normalised first, so
  full-width ``ＡＢＣ１２３`` finds ``ABC123``; case and diacritics are folded by the
  tokenizer (``remove_diacritics 2``).
* **Keys.** ``call_id`` is UNINDEXED, so finding a row by it would scan the whole
  table. Each call's index row therefore has a rowid made from the call:
  the minute it occurred (27 bits, up to the year 2225) then 36 bits of BLAKE2b
  of its id (``fts_rowid``). Re-indexing an edited call is a keyed replace, and
  the index lists matches newest first by itself, so the first screen of a
  search reads a few hundred index rows instead of every match
  (``newest_matches``). Two calls of the same minute share a rowid with
  probability 2⁻³⁶ per pair; should it ever happen, the later call's text
  replaces the earlier one's in the index (the call itself is unaffected).
* **Same transaction.** An ``after_flush`` listener indexes new ``CallLog`` rows
  and re-indexes those whose notes or problems changed, on the flushing
  connection, so the index commits or rolls back with the calls. Rows inserted in
  bulk as base rows (``insert_base_rows``) bypass the session and are indexed with
  ``index_rows`` (one ``executemany``).
* **Dialects.** FTS5 is SQLite's. On PostgreSQL (a large HQ) ``db/fts_pg.py`` keeps
  a table of the same name with the same tokens (cut by this very tokenizer) and
  gives exactly the same matches; it is loaded only there. ``uses_fts`` is the only
  dialect check.
* **Known limit.** Spaces and punctuation are not tokens, so ``北京`` also finds
  "北 京" and ``京上`` finds "北京，上海"; a search for words is rarely hurt by it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Engine,
    MetaData,
    Select,
    String,
    Table,
    Text,
    event,
    inspect,
    literal,
    literal_column,
    select,
)
from sqlalchemy.orm import Session, UOWTransaction

from db.models import CallLog

TABLE = "call_log_fts"

#: The index as a Core table (its own MetaData: not a model, never created by create_all).
FTS = Table(TABLE, MetaData(), Column("call_id", String(36)), Column("body", Text))

#: Characters indexed one by one: Han ideographs (with extensions and compatibility
#: forms), 〇 and the iteration marks, kana, bopomofo and Hangul.
_CJK_RANGES = (
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3040-\u309f\u30a0-\u30ff"
    "\u3100-\u312f\u3131-\u318f\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_CJK = f"[{_CJK_RANGES}]"
#: A boundary that needs a space: after a CJK character before anything visible, or before one.
_BOUNDARY = re.compile(f"(?<={_CJK})(?=\\S)|(?<=\\S)(?={_CJK})")
_CJK_CHAR = re.compile(_CJK)
#: The FTS5 tokenizer of the index (migration 0002 creates it with these words).
TOKENIZER = "unicode61 remove_diacritics 2"
_INSERT = f"INSERT OR REPLACE INTO {TABLE}(rowid, call_id, body) VALUES (?, ?, ?)"
_HASH_BITS = 36
_HASH_MASK = (1 << _HASH_BITS) - 1
_MAX_MINUTE = (1 << (63 - _HASH_BITS)) - 1
_EPOCH = datetime(1970, 1, 1)


def normalise(text: str) -> str:
    """NFKC: full-width letters and digits become ASCII, compatibility forms their base."""
    return unicodedata.normalize("NFKC", text)


def segment(text: str) -> str:
    """The text as indexed: NFKC, with every CJK character standing as a token of its own."""
    return _BOUNDARY.sub(" ", normalise(text))


def body_of(notes: str | None, problems: str | None) -> str:
    """What is indexed for one call: its notes and its problems, segmented."""
    return segment(f"{notes or ''}\n{problems or ''}")


def _is_token_char(ch: str) -> bool:
    """What ``unicode61`` keeps in a token: letters, numbers, marks and private-use characters."""
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


def search_terms(user_text: str) -> list[tuple[str, bool]]:
    """The terms of a search, in order: (CJK run, True) or (word, False); punctuation dropped."""
    terms: list[tuple[str, bool]] = []
    current: list[str] = []
    current_cjk = False

    def close() -> None:
        if current:
            terms.append(("".join(current), current_cjk))
            current.clear()

    for ch in normalise(user_text):
        if _CJK_CHAR.match(ch):
            if not current_cjk:
                close()
                current_cjk = True
            current.append(ch)
        elif _is_token_char(ch):
            if current_cjk:
                close()
                current_cjk = False
            current.append(ch)
        else:
            close()
    close()
    return terms


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def match_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None when it has nothing to search.

    A CJK run becomes a phrase of its characters (``"北 京"``), any other word a
    prefix term (``"deliv"*``), all joined with AND. The result is always valid
    MATCH syntax, whatever the input.
    """
    parts = [
        _quoted(" ".join(term)) if cjk else _quoted(term) + "*"
        for term, cjk in search_terms(user_text)
    ]
    return " AND ".join(parts) if parts else None


def fts_rowid(call_id: str, occurred_at: datetime) -> int:
    """The index row of a call: its minute, then 36 bits of BLAKE2b of its id (module notes)."""
    minute = int((occurred_at.replace(tzinfo=None) - _EPOCH).total_seconds() // 60)
    minute = min(max(minute, 0), _MAX_MINUTE)
    digest = hashlib.blake2b(call_id.encode(), digest_size=8).digest()
    return (minute << _HASH_BITS) | (int.from_bytes(digest, "big") & _HASH_MASK)


def uses_fts(bind: Session | Connection | Engine) -> bool:
    """True where ``call_log_fts`` is FTS5 (SQLite), False on PostgreSQL (``db/fts_pg.py``).

    The one place that checks the dialect.
    """
    if isinstance(bind, Session):
        bind = bind.get_bind()
    return bind.dialect.name == "sqlite"


def index_rows(session: Session, rows: Iterable[Mapping[str, Any]]) -> int:
    """Index calls inserted in bulk (dicts with ``id``, ``occurred_at``, ``notes``, ``problems``).

    One ``executemany`` on the session's connection, in its transaction, in rowid
    order (inserting in key order is several times faster than at random). Calls
    added through the ORM are indexed by the flush listener and need no call here.
    Returns how many were indexed.
    """
    if not uses_fts(session):
        from db import fts_pg

        calls = [(r["id"], r.get("notes"), r.get("problems")) for r in rows]
        return fts_pg.index_calls(session.connection(), calls)
    params = sorted(
        (fts_rowid(r["id"], r["occurred_at"]), r["id"], body_of(r.get("notes"), r.get("problems")))
        for r in rows
    )
    if params:
        session.connection().exec_driver_sql(_INSERT, params)
    return len(params)


def reindex(
    session: Session, rows: Iterable[Mapping[str, Any]], before: Mapping[str, datetime]
) -> int:
    """Re-index calls written without the ORM (sync's applied changes), on either dialect.

    ``rows`` as for ``index_rows``; ``before`` maps a call id to the time it had
    before the write, so the index row of a call whose time moved is dropped first
    (SQLite's rows are keyed by time; PostgreSQL's by call id need no drop).
    """
    rows = list(rows)
    if uses_fts(session):
        stale = [
            (fts_rowid(r["id"], before[r["id"]]),)
            for r in rows
            if r["id"] in before and before[r["id"]] != r["occurred_at"]
        ]
        if stale:
            session.connection().exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid = ?", stale)
    return index_rows(session, rows)


def reindex_all(session: Session, batch: int = 50_000) -> int:
    """Rebuild the whole index from ``call_log`` (a repair; every call, deleted ones too)."""
    if not uses_fts(session):
        from db import fts_pg

        return fts_pg.reindex_all(session)
    conn = session.connection()
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    done, last = 0, 0
    position: ColumnElement[int] = literal_column("call_log.rowid")
    while True:
        chunk = conn.execute(
            select(position, CallLog.id, CallLog.occurred_at, CallLog.notes, CallLog.problems)
            .where(position > last)
            .order_by(position)
            .limit(batch)
        ).all()
        if not chunk:
            return done
        done += index_rows(
            session,
            ({"id": i, "occurred_at": at, "notes": n, "problems": p} for _, i, at, n, p in chunk),
        )
        last = chunk[-1][0]


def keys_are_current(session: Session, sample: int = 100) -> bool:
    """True when the index rows checked carry the rowids ``fts_rowid`` gives (module notes).

    An index filled by other means (plain inserts) still finds text but cannot list
    matches newest first nor re-index a call in place: ``reindex_all`` repairs it.
    """
    if not uses_fts(session):
        return True
    rowid: ColumnElement[int] = literal_column(f"{TABLE}.rowid")
    rows = session.execute(
        select(rowid, CallLog.id, CallLog.occurred_at)
        .select_from(FTS)
        .join(CallLog, CallLog.id == FTS.c.call_id)
        .limit(sample)
    ).all()
    return all(rowid == fts_rowid(call_id, at) for rowid, call_id, at in rows)


def matching_ids(user_text: str) -> Select[tuple[str]] | None:
    """SELECT call_id FROM call_log_fts WHERE it matches (SQLite only); None: no search terms."""
    query = match_query(user_text)
    if query is None:
        return None
    return select(FTS.c.call_id).where(literal_column(TABLE).op("MATCH")(literal(query)))


def search_clause(
    bind: Session | Connection | Engine, user_text: str
) -> ColumnElement[bool] | None:
    """SQL for 'this call's notes or problems contain every term'; None when there are no terms.

    SQLite: membership in the full-text index. PostgreSQL: the same matches from
    its own index (``fts_pg.search_clause``).
    """
    if uses_fts(bind):
        ids = matching_ids(user_text)
        return None if ids is None else CallLog.id.in_(ids)
    from db import fts_pg

    return fts_pg.search_clause(user_text)


def newest_matches(
    session: Session, user_text: str, stmt: Select[Any], limit: int
) -> list[Any] | None:
    """The first rows of ``stmt`` (a SELECT from call_log whose first two columns are
    ``CallLog.id`` and ``CallLog.occurred_at``) among the calls matching the text,
    ordered by occurred_at, id descending: at most ``limit``, maybe a few fewer.

    They are read from the index newest first (rowid order) and stop after ``limit``,
    so a search that matches half a million calls still reads only a few hundred.
    The rows of the last minute reached are dropped (another call of that minute may
    sort before them), so what is returned is exactly the head of the full list.
    None when the text has no terms, there is no index, or the first minute alone
    fills ``limit``: then the caller reads the full list.
    """
    query = match_query(user_text)
    if query is None or not uses_fts(session):
        return None
    rowid: ColumnElement[int] = literal_column(f"{TABLE}.rowid")
    found = (
        session.connection()
        .execute(
            stmt.add_columns(rowid)
            .join(FTS, FTS.c.call_id == CallLog.id)
            .where(literal_column(TABLE).op("MATCH")(literal(query)))
            .order_by(None)
            .order_by(rowid.desc())
            .limit(limit)
        )
        .all()
    )
    rows = list(found)
    if len(rows) == limit:
        last_minute = rows[-1][-1] >> _HASH_BITS
        rows = [r for r in rows if r[-1] >> _HASH_BITS != last_minute]
        if not rows:
            return None  # one minute holds more matches than asked for: read them all
    rows.sort(key=lambda r: (r[1], r[0]), reverse=True)
    return [tuple(r)[:-1] for r in rows]


@event.listens_for(Session, "after_flush")
def _index_calls(session: Session, flush_context: UOWTransaction) -> None:
    """Index new calls and re-index calls whose notes, problems or time changed, in this transaction."""
    params = [
        (fts_rowid(o.id, o.occurred_at), o.id, body_of(o.notes, o.problems))
        for o in session.new
        if isinstance(o, CallLog)
    ]
    stale: list[tuple[int]] = []
    for obj in session.dirty:
        if not isinstance(obj, CallLog):
            continue
        attrs = inspect(obj).attrs
        moved = attrs.occurred_at.history
        if moved.deleted and moved.deleted[0] is not None and moved.deleted[0] != obj.occurred_at:
            stale.append((fts_rowid(obj.id, moved.deleted[0]),))
        if (
            moved.has_changes()
            or attrs.notes.history.has_changes()
            or (attrs.problems.history.has_changes())
        ):
            params.append(
                (fts_rowid(obj.id, obj.occurred_at), obj.id, body_of(obj.notes, obj.problems))
            )
    if not params and not stale:
        return
    if not uses_fts(session):
        _index_calls_elsewhere(session)
        return
    conn = session.connection()
    if stale:
        conn.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid = ?", stale)
    if params:
        conn.exec_driver_sql(_INSERT, params)


def _index_calls_elsewhere(session: Session) -> None:
    """PostgreSQL: upsert the index rows of new calls and of calls whose text changed."""
    calls = [
        (o.id, o.notes, o.problems)
        for o in (*session.new, *session.dirty)
        if isinstance(o, CallLog)
        and (
            o in session.new
            or inspect(o).attrs.notes.history.has_changes()
            or inspect(o).attrs.problems.history.has_changes()
        )
    ]
    if calls:
        from db import fts_pg

        fts_pg.index_calls(session.connection(), calls)
