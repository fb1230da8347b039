"""PostgreSQL for a large HQ: database addresses, connection failures, what an HQ database must be.

An HQ that outgrows one SQLite file keeps its data on a PostgreSQL server; the
database address is a SQLAlchemy URL (a setting, and what ``--db`` accepts).
``db.engine.open_database`` uses this module for every address that is not a file.

Rules:

* **Addresses.** ``postgresql://``, ``postgres://`` and ``postgresql+psycopg://`` all
  connect with psycopg 3, the driver FieldDesk ships; an address naming another
  driver or another kind of database is refused with a message that shows the form
  to use.
* **Passwords are never shown.** Every message, label and log line carries the
  address with its password replaced by ``***`` (``masked``), and server messages
  quoted in a refusal have the password cut out (``scrub``).
* **Connection failures** become a ``DatabaseError`` the user can act on: the
  server cannot be reached (``unreachable``), the user or password was refused
  (``auth``), the database does not exist (``no_database``: FieldDesk creates
  tables, never the database itself). A server that answers in another language
  than English still gets ``unreachable`` with its own words as the detail.
* **What the database must be.** Its encoding is UTF8 (Chinese text is stored as
  is); it is empty (with ``create=True`` FieldDesk makes its tables) or holds a
  FieldDesk schema. A database holding other tables is refused, so FieldDesk
  never writes into someone else's data.
* **Upgrades** run under a transaction-level advisory lock (``SCHEMA_LOCK``) in
  the transaction that checked the revision: DDL is transactional on PostgreSQL,
  so a failed upgrade changes nothing, and two HQ users opening the database at
  once do not both upgrade it. There is no backup copy as there is for a SQLite
  file: the server's own backups (``pg_dump``) are the HQ administrator's.
* **Foreign keys are deferrable.** Every foreign key of FieldDesk's tables is
  ``DEFERRABLE INITIALLY IMMEDIATE`` on a server (``deferrable_foreign_keys``, run at
  every open after the upgrade, under the schema lock; it alters only those that are
  not, so a migration adding one is covered too): checked at each statement as on
  SQLite, until an import says ``SET CONSTRAINTS ALL DEFERRED`` so that rows referring
  to each other arrive in any order (``db.capture``). SQLite's foreign keys stay as the
  models declare them and are deferred by its own pragma.
* **Writers take turns.** An import locks the ``local_state`` row first, and every save
  of synced rows locks it when it ticks the clock (``db.capture.lock_local_state``), so
  imports and HQ users' saves run one after another as under SQLite's write lock.
* **Later failures** (in a unit of work) are read by SQLSTATE: a lost connection,
  a full disk, a read-only server, missing rights, and a clash with another
  user's transaction (serialization failure, deadlock: try again).
* **Sort order** follows the database's collation. For lists to sort exactly as
  on the laptops (SQLite compares bytes), create the database with
  ``LC_COLLATE 'C'``: ``CREATE DATABASE fielddesk ENCODING 'UTF8' LC_COLLATE 'C'
  LC_CTYPE 'C' TEMPLATE template0``.

Nothing here imports the driver: psycopg is loaded by SQLAlchemy when the first
connection to a server is made, so a laptop on SQLite never loads it.
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus

from sqlalchemy import Connection, exc, inspect
from sqlalchemy.engine import URL, make_url

from desktop.errors import QT_TRANSLATE_NOOP, DatabaseError

#: The one driver FieldDesk ships for PostgreSQL (psycopg 3).
DRIVERNAME = "postgresql+psycopg"
#: What a user may write for it.
SCHEMES = {"postgresql", "postgres", DRIVERNAME}
CONNECT_TIMEOUT_S = 10
#: Key of the advisory lock held while the schema is checked and upgraded (any constant
#: that no other program of the same database uses; "FDSCHEMA" in ASCII).
SCHEMA_LOCK = 0x4644534348454D41

MSG_BAD_URL = QT_TRANSLATE_NOOP(
    "errors",
    "{path} is not a database FieldDesk can use ({detail}). Give a database file, or a PostgreSQL address such as postgresql://user@host/dbname.",
)
MSG_NO_DRIVER = QT_TRANSLATE_NOOP(
    "errors",
    "The PostgreSQL driver (psycopg) is not installed, so {path} cannot be opened. Reinstall FieldDesk, or use a database file.",
)
MSG_UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors",
    "Cannot connect to the database server of {path} ({detail}). Check that the server is running and that the address is right, then try again.",
)
MSG_AUTH = QT_TRANSLATE_NOOP(
    "errors",
    "The database server refused the user or the password of {path} ({detail}). Correct them in the database address, or ask the server's administrator.",
)
MSG_NO_DATABASE = QT_TRANSLATE_NOOP(
    "errors",
    "The database server has no database {name} ({path}). Ask its administrator to create it with ENCODING 'UTF8', then try again; FieldDesk creates its tables itself.",
)
MSG_ENCODING = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} stores text as {encoding}; FieldDesk needs UTF8. Create a new database with ENCODING 'UTF8' and use that one.",
)
MSG_FOREIGN = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} holds other tables but no FieldDesk data. Give FieldDesk an empty database of its own.",
)
MSG_EMPTY = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} has no FieldDesk tables yet. Open it once in the FieldDesk window to create them, then try again.",
)
MSG_RIGHTS = QT_TRANSLATE_NOOP(
    "errors",
    "The database user of {path} may not do this ({detail}). Ask the server's administrator to make that user the owner of the database.",
)
MSG_CONFLICT = QT_TRANSLATE_NOOP(
    "errors",
    "Another FieldDesk user changed the same data at the same moment, so nothing was saved. Try again.",
)
MSG_SERVER_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "The database server of {path} has no room left: nothing was saved. Ask its administrator to free some space, then try again.",
)
MSG_SERVER_READONLY = QT_TRANSLATE_NOOP(
    "errors",
    "The database server of {path} accepts no changes at the moment (read-only). Ask its administrator, then try again.",
)

_NO_DATABASE = re.compile(r'database "([^"]*)" does not exist')
_AUTH = (
    "password authentication failed",
    "no password supplied",
    "does not exist",  # role "x" does not exist (a missing database was matched before)
    "pg_hba.conf",
    "authentication failed",
    "peer authentication",
)
#: SQLSTATEs of failures inside a unit of work, by kind.
_SQLSTATE_KINDS = {
    "40001": "conflict",  # serialization_failure
    "40P01": "conflict",  # deadlock_detected
    "53100": "disk_full",
    "25006": "readonly",  # read_only_sql_transaction
    "42501": "rights",  # insufficient_privilege
    "57P01": "unreachable",  # admin_shutdown
    "57P02": "unreachable",  # crash_shutdown
    "57P03": "unreachable",  # cannot_connect_now
}


def is_server_url(text: str) -> bool:
    """True for an address of a database server (anything with a scheme but SQLite)."""
    return "://" in text and not text.startswith("sqlite")


def parse(text: str) -> URL:
    """A PostgreSQL address → its URL with psycopg as the driver; refuse anything else."""
    try:
        url = make_url(text)
    except (exc.ArgumentError, ValueError) as e:
        raise DatabaseError("bad_url", MSG_BAD_URL, path=masked(text), detail=str(e)) from None
    if url.drivername not in SCHEMES:
        raise DatabaseError(
            "bad_url",
            MSG_BAD_URL,
            path=masked(text),
            detail=f"{url.drivername} is not supported",
        )
    if not url.database:
        raise DatabaseError(
            "bad_url", MSG_BAD_URL, path=masked(text), detail="no database name after the host"
        )
    return url.set(drivername=DRIVERNAME)


def masked(text: str | URL) -> str:
    """The address with its password replaced by ``***`` (also when it does not parse)."""
    try:
        url = text if isinstance(text, URL) else make_url(text)
    except (exc.ArgumentError, ValueError):
        return re.sub(r"(://[^/@:]*:)[^/]*@", r"\1***@", str(text))
    return url.render_as_string(hide_password=True)


def scrub(text: str, url: URL | None) -> str:
    """``text`` without the password of ``url`` (raw and URL-encoded) anywhere in it."""
    if url is None or not url.password:
        return text
    secret = str(url.password)
    for form in sorted({secret, quote(secret, safe=""), quote_plus(secret)}, key=len, reverse=True):
        text = text.replace(form, "***")
    return text


def _detail(message: str) -> str:
    """The server's own words from a psycopg connection message, on one line."""
    text = message.split("FATAL:", 1)[-1] if "FATAL:" in message else message
    text = text.removeprefix("connection failed:").strip()
    return " ".join(text.split())


def translate_connect(error: BaseException, url: URL) -> DatabaseError | None:
    """A failure to connect (or a missing driver) → the message for the user; None: a bug."""
    label = masked(url)
    if isinstance(error, ImportError):
        return DatabaseError("no_driver", MSG_NO_DRIVER, path=label)
    if not isinstance(error, exc.OperationalError | exc.InterfaceError):
        return None
    message = str(getattr(error, "orig", error))
    detail = scrub(_detail(message), url)
    missing = _NO_DATABASE.search(message)
    if missing:
        return DatabaseError("no_database", MSG_NO_DATABASE, path=label, name=missing.group(1))
    if any(marker in message for marker in _AUTH):
        return DatabaseError("auth", MSG_AUTH, path=label, detail=detail)
    return DatabaseError("unreachable", MSG_UNREACHABLE, path=label, detail=detail)


def translate_open(error: BaseException, url: URL) -> DatabaseError | None:
    """A failure while opening: a server's SQLSTATE when it sent one, else a failure to connect."""
    if getattr(getattr(error, "orig", error), "sqlstate", None):
        return translate_operational(error, masked(url))
    return translate_connect(error, url)


def translate_operational(error: BaseException, label: str) -> DatabaseError | None:
    """A failure inside a unit of work on a server → the message for the user; None: a bug."""
    orig = getattr(error, "orig", error)
    kind = _SQLSTATE_KINDS.get(getattr(orig, "sqlstate", None) or "")
    detail = " ".join(str(orig).split())
    if kind is None and getattr(error, "connection_invalidated", False):
        kind = "unreachable"
    if kind == "conflict":
        return DatabaseError("conflict", MSG_CONFLICT)
    if kind == "disk_full":
        return DatabaseError("disk_full", MSG_SERVER_FULL, path=label)
    if kind == "readonly":
        return DatabaseError("readonly", MSG_SERVER_READONLY, path=label)
    if kind == "rights":
        return DatabaseError("rights", MSG_RIGHTS, path=label, detail=detail)
    if kind == "unreachable":
        return DatabaseError("unreachable", MSG_UNREACHABLE, path=label, detail=detail)
    return None


def is_server_error(error: BaseException) -> bool:
    """True when ``error`` (or the driver error it wraps) comes from psycopg."""
    orig = getattr(error, "orig", error)
    return type(orig).__module__.split(".")[0] == "psycopg"


def lock_schema(conn: Connection) -> None:
    """Wait for, then hold until the end of this transaction, the schema lock."""
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK})")


def check_database(conn: Connection, label: str, create: bool) -> str | None:
    """The FieldDesk schema revision of the database (None: empty, to be created).

    Refuses a database that is not UTF8, one that holds other tables, and an empty
    one unless ``create``.
    """
    encoding = str(conn.exec_driver_sql("SHOW server_encoding").scalar() or "")
    if encoding.upper().replace("-", "") != "UTF8":
        raise DatabaseError("encoding", MSG_ENCODING, path=label, encoding=encoding)
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" in tables:
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if tables:
        raise DatabaseError("not_fielddesk", MSG_FOREIGN, path=label)
    if not create:
        raise DatabaseError("empty", MSG_EMPTY, path=label)
    return None


def deferrable_foreign_keys(conn: Connection) -> list[str]:
    """Make every foreign key of the current schema ``DEFERRABLE INITIALLY IMMEDIATE``
    (module notes); the names of those altered (none once done)."""
    found = conn.exec_driver_sql(
        "SELECT t.relname, c.conname FROM pg_constraint c "
        "JOIN pg_class t ON t.oid = c.conrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema() "
        "ORDER BY t.relname, c.conname"
    ).all()
    quote = conn.dialect.identifier_preparer.quote
    for table, name in found:
        conn.exec_driver_sql(
            f"ALTER TABLE {quote(table)} ALTER CONSTRAINT {quote(name)} "
            "DEFERRABLE INITIALLY IMMEDIATE"
        )
    return [name for _, name in found]
