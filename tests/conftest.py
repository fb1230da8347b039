"""Shared fixtures: every test gets its own database and a fixed clock; nothing reads the real time."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.engine import Database, open_database

FIXED_NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(tmp_path: Path, clock: FakeClock) -> Iterator[Database]:
    """An empty, migrated database in a temporary folder."""
    database = open_database(tmp_path / "fielddesk.db", clock=clock)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(tmp_path: Path, clock: FakeClock) -> Iterator[Database]:
    """The small demo organisation (seed 1), owned by nobody (HQ view)."""
    from db.demo import generate_demo

    database = open_database(tmp_path / "demo.db", clock=clock)
    generate_demo(database, seed=1, scale="small", today=clock().date())
    yield database
    database.dispose()


# -- PostgreSQL (an HQ database) ------------------------------------------------------
# ``pg_url`` gives each test a fresh, empty PostgreSQL database (UTF8, C collation, so
# lists sort as on SQLite) on a server that lives as long as the test session:
# ``FIELDDESK_PG_URL`` (a role that may CREATE DATABASE) when set, else a throwaway
# server started here with initdb/pg_ctl on a free localhost port, as the ``postgres``
# user when the tests run as root. Without PostgreSQL the tests are skipped, except in
# CI (``CI`` set), where that is a failure.

PG_PASSWORD_ROLE = "fielddesk_pw"  # a role of the throwaway server that needs a password
PG_PASSWORD = "s3cret-Pa55"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _no_postgres(reason: str) -> None:
    if _in_ci():
        pytest.fail(f"PostgreSQL is required in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


def _pg_bindir() -> Path | None:
    """Where initdb and pg_ctl are: on PATH, or Debian's /usr/lib/postgresql/N/bin (newest)."""
    import shutil

    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _PgServer:
    """A PostgreSQL server of the test session: its admin URL, and how to stop it."""

    def __init__(self, admin_url: str, stop: Callable[[], None], owned: bool) -> None:
        self.admin_url = admin_url
        self.stop = stop
        self.owned = owned  # started here: it has the password role

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url.replace("+psycopg", ""), autocommit=True) as con:
            con.execute(sql)

    def create_database(self, prefix: str = "fd_test_") -> str:
        """A new, empty database (UTF8, C collation) of a fresh name; its URL."""
        from sqlalchemy.engine import make_url

        from db.ids import uuid7

        name = prefix + uuid7().replace("-", "")[-16:]
        self.admin(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        )
        url = make_url(self.admin_url).set(drivername="postgresql+psycopg", database=name)
        return url.render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        """Drop the database of ``url``, closing whatever is still connected to it."""
        from sqlalchemy.engine import make_url

        self.admin(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


PG_DIR_PREFIX = "fielddesk-pg-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stop_orphans(pg_ctl: str, run_as: list[str]) -> None:
    """Stop and remove the servers of earlier test runs that were killed before their teardown."""
    import shutil
    import subprocess
    import tempfile

    for base in Path(tempfile.gettempdir()).glob(PG_DIR_PREFIX + "*"):
        try:
            owner = int((base / "owner.pid").read_text())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        subprocess.run([*run_as, pg_ctl, "-D", str(base / "data"), "-m", "immediate", "stop"],
                       capture_output=True, check=False)  # fmt: skip
        shutil.rmtree(base, ignore_errors=True)


def _start_pg_server(bindir: Path) -> _PgServer:
    import pwd
    import shutil
    import subprocess
    import tempfile

    as_root = os.geteuid() == 0
    if as_root:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            _no_postgres("running as root and there is no 'postgres' user to run the server")
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    initdb, pg_ctl = str(bindir / "initdb"), str(bindir / "pg_ctl")
    _stop_orphans(pg_ctl, run_as)
    base = Path(tempfile.mkdtemp(prefix=PG_DIR_PREFIX))  # under /tmp: reachable by postgres
    (base / "owner.pid").write_text(str(os.getpid()))  # a later run stops it if we are killed
    if as_root:
        os.chown(base, owner.pw_uid, owner.pw_gid)
    data = base / "data"

    def run(*args: str) -> None:
        done = subprocess.run([*run_as, *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = (base / "server.log").read_text() if (base / "server.log").exists() else ""
            raise RuntimeError(f"{args[0]} failed: {done.stdout}{done.stderr}{log}")

    run(initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
        "--locale=C", "--no-sync", "--no-instructions")  # fmt: skip
    hba = data / "pg_hba.conf"
    rules = f"host all {PG_PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
    rules += "host all all 127.0.0.1/32 trust\n"
    hba.write_text(rules)  # rewritten in place: it keeps its owner
    port = 0
    for _attempt in range(3):  # a port found free may be taken before the server binds it
        port = _free_port()
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        try:
            run(pg_ctl, "-D", str(data), "-l", str(base / "server.log"), "-w", "-t", "60",
                "-o", options, "start")  # fmt: skip
            break
        except RuntimeError:
            if _attempt == 2:
                shutil.rmtree(base, ignore_errors=True)
                raise

    def stop() -> None:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, check=False)  # fmt: skip
        shutil.rmtree(base, ignore_errors=True)

    server = _PgServer(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop, True)
    try:
        server.admin(f"CREATE ROLE {PG_PASSWORD_ROLE} LOGIN PASSWORD '{PG_PASSWORD}'")
    except BaseException:
        stop()
        raise
    return server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_PgServer]:
    """The session's PostgreSQL server (see the notes above ``PG_PASSWORD_ROLE``)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _no_postgres("the psycopg driver is not installed (run scripts/setup.sh)")
    external = os.environ.get("FIELDDESK_PG_URL")
    if external:
        yield _PgServer(external, lambda: None, False)
        return
    bindir = _pg_bindir()
    if bindir is None:
        _no_postgres("initdb was not found (install Debian's postgresql: scripts/setup.sh)")
        return
    server = _start_pg_server(bindir)
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: _PgServer) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database of this test alone (dropped afterwards)."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)
