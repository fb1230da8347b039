"""The call index on PostgreSQL: exactly the matches of SQLite's FTS5 index (``db/fts.py``).

An HQ on PostgreSQL searches call notes and problems as a laptop does: Chinese
words of any length from one character, English words by prefix, every term
required. It uses only core PostgreSQL (a ``tsvector`` with a GIN index, and
``LIKE``): no extension to install.

Decisions:

* **The same tokens, by construction.** A call's text is segmented as for SQLite
  (``fts.body_of``) and cut into tokens by SQLite's own FTS5 tokenizer
  (``fts.TOKENIZER``, run in an in-memory SQLite database of this thread:
  ``tokenize``), so case folding, diacritics, full-width forms and what counts as
  a separator are identical on both; so are the tokens of a query.
* **Table** ``call_log_fts`` (migration 0002), keyed by ``call_id``: ``tokens``
  holds the token sequence as text, one space between tokens and one at each end
  (`` 北 京 deliv ``); ``terms`` is a ``tsvector`` of the distinct tokens, without
  positions, under a GIN index.
* **Query.** Each search term is a phrase of tokens, as ``fts.match_query`` builds
  it: a CJK run is the phrase of its characters, a word is its tokens with the
  last one a prefix. A call matches when ``terms`` holds every token (``@@``,
  served by the index: a superset of the matches) and ``tokens`` contains every
  phrase (``LIKE '% 北 京 %'``, ``LIKE '% deliv%'``: exactly FTS5's phrase and
  prefix rules). A term with no token matches nothing, as in FTS5.
* **Limits of tsvector never lose a match.** A token longer than a lexeme may be
  (``MAX_LEXEME_BYTES``) is cut to a prefix and searched as a prefix; a text
  whose distinct tokens exceed ``MAX_TERMS_BYTES`` is stored with the single
  lexeme ``ANY_TEXT``, which every query accepts, and ``LIKE`` decides.
* **Same transaction.** Rows are written on the flushing connection by
  ``db.fts``'s listener (an upsert by ``call_id``), so the index commits or rolls
  back with the calls.
* **Order.** There is no rowid here: a search reads the matching ids and the
  caller sorts by time (``fts.newest_matches`` is SQLite's alone).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Connection,
    MetaData,
    Select,
    String,
    Table,
    Text,
    cast,
    false,
    literal,
    select,
)
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR
from sqlalchemy.orm import Session

from db.fts import TABLE, TOKENIZER, body_of, search_terms
from db.models import CallLog

#: The index as a Core table (its own MetaData: not a model; migration 0002 creates it).
FTS_PG = Table(
    TABLE,
    MetaData(),
    Column("call_id", String(36), primary_key=True),
    Column("terms", TSVECTOR, nullable=False),
    Column("tokens", Text, nullable=False),
)

MAX_LEXEME_BYTES = 2046  # PostgreSQL's limit for one lexeme
MAX_TERMS_BYTES = 512 * 1024  # well under the 1 MB a tsvector may hold
#: The lexeme of a text too large for a tsvector; no token can equal it (tokens hold no space).
ANY_TEXT = "fielddesk any text"
#: How many texts the tokenizer takes at once (bounded memory for bulk indexing).
TOKENIZE_BATCH = 2000
_UPSERT = (
    "INSERT INTO call_log_fts (call_id, terms, tokens) VALUES (%s, %s::tsvector, %s) "
    "ON CONFLICT (call_id) DO UPDATE SET terms = EXCLUDED.terms, tokens = EXCLUDED.tokens"
)

_local = threading.local()


def _tokenizer() -> sqlite3.Connection:
    """This thread's in-memory FTS5 table and its vocabulary of token instances."""
    con: sqlite3.Connection | None = getattr(_local, "con", None)
    if con is None:
        con = sqlite3.connect(":memory:")
        con.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{TOKENIZER}')")
        con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        _local.con = con
    return con


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """The tokens of each text, in order, exactly as the SQLite index cuts and folds them."""
    out: list[list[str]] = [[] for _ in texts]
    con = _tokenizer()
    for start in range(0, len(texts), TOKENIZE_BATCH):
        chunk = texts[start : start + TOKENIZE_BATCH]
        with con:
            con.executemany(
                "INSERT INTO t(rowid, body) VALUES (?, ?)",
                ((start + i + 1, text) for i, text in enumerate(chunk)),
            )
            for doc, term in con.execute("SELECT doc, term FROM v ORDER BY doc, offset"):
                out[doc - 1].append(term)
            con.execute("DELETE FROM t")
    return out


def _cut(token: str) -> tuple[str, bool]:
    """The token as a lexeme, and whether it had to be cut to fit."""
    data = token.encode()
    if len(data) <= MAX_LEXEME_BYTES:
        return token, False
    return data[:MAX_LEXEME_BYTES].decode(errors="ignore"), True


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def terms_of(tokens: Iterable[str]) -> str:
    """The ``tsvector`` text of a call's tokens: each distinct (cut) token once, no positions."""
    lexemes = sorted({_cut(t)[0] for t in tokens})
    if sum(len(x.encode()) + 8 for x in lexemes) > MAX_TERMS_BYTES:
        lexemes = [ANY_TEXT]
    return " ".join(_quoted(x) for x in lexemes)


def tokens_of(tokens: Sequence[str]) -> str:
    """The token sequence as stored: one space between tokens and one at each end."""
    return " " + " ".join(tokens) + " " if tokens else " "


def rows_for(calls: Sequence[tuple[str, str | None, str | None]]) -> list[tuple[str, str, str]]:
    """(call_id, terms, tokens) for calls given as (id, notes, problems)."""
    tokens = tokenize([body_of(notes, problems) for _, notes, problems in calls])
    return [
        (call_id, terms_of(found), tokens_of(found))
        for (call_id, _, _), found in zip(calls, tokens, strict=True)
    ]


def index_calls(conn: Connection, calls: Sequence[tuple[str, str | None, str | None]]) -> int:
    """Index (or re-index) calls given as (id, notes, problems), in ``conn``'s transaction."""
    rows = rows_for(calls)
    if rows:
        conn.exec_driver_sql(_UPSERT, rows)
    return len(rows)


def reindex_all(session: Session, batch: int = 20_000) -> int:
    """Rebuild the whole index from ``call_log`` (a repair; every call, deleted ones too)."""
    conn = session.connection()
    conn.execute(FTS_PG.delete())
    done, last = 0, ""
    while True:
        chunk = conn.execute(
            select(CallLog.id, CallLog.notes, CallLog.problems)
            .where(CallLog.id > last)
            .order_by(CallLog.id)
            .limit(batch)
        ).all()
        if not chunk:
            return done
        done += index_calls(conn, [(i, n, p) for i, n, p in chunk])
        last = chunk[-1][0]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def matching_ids(user_text: str) -> Select[tuple[str]] | None:
    """SELECT call_id of the index rows matching the text (module notes); None: no search terms."""
    terms = search_terms(user_text)
    if not terms:
        return None
    texts = [" ".join(term) if cjk else term for term, cjk in terms]
    lexemes: list[str] = []
    phrases: list[ColumnElement[bool]] = []
    for (_, cjk), tokens in zip(terms, tokenize(texts), strict=True):
        if not tokens:  # FTS5: a phrase without tokens matches nothing
            return select(FTS_PG.c.call_id).where(false())
        prefix = not cjk
        for i, token in enumerate(tokens):
            lexeme, cut = _cut(token)
            lexemes.append(
                _quoted(lexeme) + (":*" if cut or (prefix and i == len(tokens) - 1) else "")
            )
        pattern = "% " + _like(" ".join(tokens)) + ("%" if prefix else " %")
        phrases.append(FTS_PG.c.tokens.like(pattern, escape="\\"))
    query = "(" + " & ".join(lexemes) + ") | " + _quoted(ANY_TEXT)
    matched = FTS_PG.c.terms.op("@@", return_type=Boolean)(cast(literal(query), TSQUERY))
    return select(FTS_PG.c.call_id).where(matched, *phrases)


def search_clause(user_text: str) -> ColumnElement[bool] | None:
    """SQL for 'this call's notes or problems contain every term'; None when there are no terms."""
    ids = matching_ids(user_text)
    return None if ids is None else CallLog.id.in_(ids)
