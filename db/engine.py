"""Opening a database: checks, backup, migration, and one session per unit of work.

A database is a SQLite file (a laptop, a small HQ) or, for a large HQ, a
PostgreSQL database given by its address (``postgresql://user@host/dbname``):
``open_database`` takes either.

A file: ``open_database`` refuses, with a ``DatabaseError`` the user can read, a
file that is not a database, is damaged, is locked by another program, cannot be
written, or was made by a newer FieldDesk, and changes nothing in those cases. A
database on an older schema is copied to the backup folder before it is upgraded.
WAL, the pragmas, the integrity check and the backup copy are SQLite's alone.

A server (``db/postgres.py`` has its rules): a server that cannot be reached, a
refused user or password, a missing database, a database that is not UTF8 or
holds other tables, or one made by a newer FieldDesk is refused the same way; an
empty database gets FieldDesk's tables when ``create`` is true. The address's
password never appears in a message or a label.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, exc, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

import db.fts  # noqa: F401  (registers the listener that keeps the call index in step)
from db import postgres
from db.capture import Clock, SyncContext, utc_now
from db.ids import uuid7
from db.models import LocalState
from desktop.errors import QT_TRANSLATE_NOOP, DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest schema this FieldDesk knows (a test checks it is Alembic's head), so a
#: database that is up to date opens without loading Alembic (a third of start-up).
HEAD_REVISION = "0003"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
#: Above this size the page-by-page check at open costs seconds; damage found later
#: while reading is reported the same way (``translate_operational``: "malformed").
FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024

MSG_CORRUPT = QT_TRANSLATE_NOOP(
    "errors", "The file {path} is not a FieldDesk database or is damaged ({detail})."
)
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} is in use by another program. Close the other FieldDesk window and try again.",
)
MSG_READONLY = QT_TRANSLATE_NOOP(
    "errors", "The database {path} cannot be written (read-only file or folder)."
)
MSG_NEWER = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} was made by a newer version of FieldDesk (schema {revision}). Update FieldDesk to open it.",
)
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "errors", "The disk is full: nothing was saved. Free some space and try again."
)
MSG_MISSING = QT_TRANSLATE_NOOP("errors", "There is no database at {path}.")


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:  # the option is interpolated: a %-encoded password needs its % doubled
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    """The schema revision stored in the database (None for a new, empty one)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _known(revision: str) -> bool:
    return revision == head_revision() or revision in known_revisions()


def to_url(target: str | Path) -> str:
    """A path or a SQLAlchemy URL → a URL (a PostgreSQL one with psycopg as its driver).

    Refuses (``bad_url``) an address of a kind of database FieldDesk does not use.
    """
    text = str(target)
    if not postgres.is_server_url(text):
        return text if "://" in text else f"sqlite:///{Path(text).expanduser().resolve()}"
    return postgres.parse(text).render_as_string(hide_password=False)


def masked(target: str | Path) -> str:
    """What to show or log for a database: a file's path, or an address without its password."""
    text = str(target)
    return postgres.masked(text) if postgres.is_server_url(text) else text


def sqlite_path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for the URL; a server's loads its driver (psycopg) here, a file's never does."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_connect)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": postgres.CONNECT_TIMEOUT_S,
            "application_name": "FieldDesk",
        },
    )


def translate_operational(error: BaseException, path: str) -> DatabaseError | None:
    """A known failure (of SQLite, or of a server) → the message for the user; None for a bug."""
    if postgres.is_server_error(error):
        return postgres.translate_operational(error, path)
    text = str(getattr(error, "orig", error)).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError("locked", MSG_LOCKED, path=path)
    if "full" in text:
        return DatabaseError("disk_full", MSG_DISK_FULL)
    if "readonly" in text or "read-only" in text:
        return DatabaseError("readonly", MSG_READONLY, path=path)
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return DatabaseError("corrupt", MSG_CORRUPT, path=path, detail=text)
    return None


def _inspect_sqlite_file(path: Path) -> str | None:
    """Check an existing file without writing to it; return its schema revision (or None)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as e:
        raise DatabaseError("unreadable", MSG_CORRUPT, path=str(path), detail=e.strerror) from e
    if header != SQLITE_HEADER:
        raise DatabaseError("corrupt", MSG_CORRUPT, path=str(path), detail="no SQLite header")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseError("readonly", MSG_READONLY, path=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            if path.stat().st_size <= FULL_CHECK_MAX_BYTES:
                ok = con.execute("PRAGMA quick_check").fetchone()
                if not ok or ok[0] != "ok":
                    raise DatabaseError("corrupt", MSG_CORRUPT, path=str(path), detail=str(ok))
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_version:
                tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise DatabaseError(
                        "corrupt", MSG_CORRUPT, path=str(path), detail="not a FieldDesk database"
                    )
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        known = translate_operational(e, str(path))
        if known is not None:
            raise known from e
        raise DatabaseError("corrupt", MSG_CORRUPT, path=str(path), detail=str(e)) from e


def _check_not_locked(path: Path) -> None:
    con = sqlite3.connect(str(path), timeout=0.2, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    except sqlite3.OperationalError as e:
        raise DatabaseError("locked", MSG_LOCKED, path=str(path)) from e
    finally:
        con.close()


def backup_copy(path: Path, backup_dir: Path, revision: str | None, now: datetime) -> Path:
    """A consistent copy of the database (SQLite's online backup), named by revision and time."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"{path.stem}.{revision or 'new'}.{now:%Y%m%d-%H%M%S}.db"
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def move_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its WAL files) so a new one can be made; nothing is deleted."""
    target = path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    shutil.move(str(path), str(target))
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.move(str(side), str(target) + suffix)
    return target


@dataclass
class Database:
    """An open database: the engine, this device's id and the clock that stamps changes."""

    url: str = field(repr=False)  # a server's address may carry a password: see ``label``
    engine: Engine
    device_id: str
    clock: Clock

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def label(self) -> str:
        """The file's path, or the server address without its password (for messages and logs)."""
        path = sqlite_path(self.url)
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    def sync_context(self) -> SyncContext:
        return SyncContext(self.device_id, self.clock)

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        session = self._factory()
        session.info["sync"] = self.sync_context()
        try:
            yield session
            session.commit()
        except exc.DBAPIError as e:  # locked, full disk, read-only, damaged pages
            session.rollback()
            known = translate_operational(e, self.label)
            if known is not None:
                raise known from e
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading only; closing it ends the read transaction.

        Objects loaded in it stay readable afterwards (detached, not expired).
        """
        session = self._factory()
        try:
            yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | Path,
    *,
    create: bool = True,
    clock: Clock = utc_now,
    backup_dir: Path | None = None,
) -> Database:
    """Open (and create or upgrade) a file or a server's database; refuse kindly what cannot be opened."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is None and postgres.is_server_url(url):
        return _open_server(url, create=create, clock=clock)
    revision: str | None = None
    if path is not None:
        if path.exists():
            revision = _inspect_sqlite_file(path)
            if revision is not None and not _known(revision):
                raise DatabaseError("newer", MSG_NEWER, path=str(path), revision=revision)
            _check_not_locked(path)
        elif not create:
            raise DatabaseError("missing", MSG_MISSING, path=str(path))
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise DatabaseError("readonly", MSG_READONLY, path=str(path)) from e
            if not os.access(path.parent, os.W_OK):
                raise DatabaseError("readonly", MSG_READONLY, path=str(path))
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            current = current_revision(conn)
        if path is None and current is not None and not _known(current):
            raise DatabaseError("newer", MSG_NEWER, path=url, revision=current)
        if current != head_revision():
            if path is not None and current is not None:
                backup_copy(path, backup_dir or path.parent / "backups", current, clock())
            with engine.begin() as conn:
                _upgrade(conn)
        with engine.begin() as conn:
            device_id = _local_device(conn)
    except exc.OperationalError as e:
        engine.dispose()
        known = translate_operational(e, str(path or url))
        if known is not None:
            raise known from e
        raise
    return Database(url=url, engine=engine, device_id=device_id, clock=clock)


def _upgrade(conn: Connection) -> None:
    """Alembic's upgrade to head, on this connection and in its transaction."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


def _local_device(conn: Connection) -> str:
    """This database's device id; the first open makes its ``local_state`` row."""
    device_id = conn.scalar(select(LocalState.device_id).where(LocalState.id == 1))
    if device_id is None:
        device_id = uuid7()
        conn.execute(insert(LocalState).values(id=1, device_id=device_id, epoch=1, last_hlc=0))
    return str(device_id)


def _open_server(url: str, *, create: bool, clock: Clock) -> Database:
    """Open a PostgreSQL database: check it, create or upgrade its schema and make its
    foreign keys deferrable (``postgres.deferrable_foreign_keys``), under the schema lock.

    Everything happens in one transaction, so a refusal or a failed upgrade leaves
    the database as it was.
    """
    parsed = postgres.parse(url)
    label = postgres.masked(parsed)
    try:
        engine = make_engine(url)
    except ImportError as e:
        raise DatabaseError("no_driver", postgres.MSG_NO_DRIVER, path=label) from e
    try:
        with engine.begin() as conn:
            postgres.lock_schema(conn)
            current = postgres.check_database(conn, label, create)
            if current is not None and not _known(current):
                raise DatabaseError("newer", MSG_NEWER, path=label, revision=current)
            if current != head_revision():
                _upgrade(conn)
            postgres.deferrable_foreign_keys(conn)
            device_id = _local_device(conn)
    except exc.DBAPIError as e:
        engine.dispose()
        known = postgres.translate_open(e, parsed)
        if known is not None:
            raise known from None  # the driver's text may quote the address: never chained
        raise
    except BaseException:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, device_id=device_id, clock=clock)


def owner_person_id(db: Database) -> str | None:
    with db.read_session() as s:
        return s.scalar(select(LocalState.owner_person_id).where(LocalState.id == 1))
