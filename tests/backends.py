"""The two back-ends of the storage, service and CLI tests: SQLite and a throw-away PostgreSQL.

A pytest plugin (loaded by ``tests/conftest.py``). ``store_url`` is parametrized over
``backend`` (``sqlite`` and ``pg``), so every test that asks for a fresh store runs on both.

The PostgreSQL server is started once per test session, only when a ``pg`` test runs: ``initdb``
and ``pg_ctl`` from the installed server binaries (``pg_config --bindir``, else
``/usr/lib/postgresql/<newest>/bin``) into a temporary folder, listening on 127.0.0.1 on a free
port, fsync off, trust authentication; stopped (``pg_ctl -m immediate``) and deleted at the end.
PostgreSQL refuses to run as root, so as root (CI) the server runs as the ``postgres`` user
(Debian's package creates it), or ``nobody``. That is also why this is not pytest-postgresql,
which runs ``pg_ctl`` as the current user. ``INTERVIEWPLANNER_TEST_PG`` (an admin URL such as
``postgresql://me@localhost/postgres``) uses a server you run instead; ``off`` runs without one
(skipped loudly, or failed under ``CI``).

Without a server the ``pg`` tests fail when ``CI`` is set, and are skipped otherwise; either way
the end of the run says so in a red banner. Each ``pg`` test gets the same database emptied
(rows deleted, sequences reset: a few milliseconds) or, when it asks for ``empty_database``, a
new database with no tables.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ENV_SERVER = "INTERVIEWPLANNER_TEST_PG"
_SHARED_DB = "ip_shared"
_problems: list[str] = []
_started: list[str] = []


def _bindir() -> Path | None:
    """The folder of the PostgreSQL server binaries (``postgres``, ``initdb``, ``pg_ctl``)."""
    candidates: list[Path] = []
    if os.environ.get("INTERVIEWPLANNER_PG_BINDIR"):
        candidates.append(Path(os.environ["INTERVIEWPLANNER_PG_BINDIR"]))
    if shutil.which("pg_config"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                 check=True, timeout=10).stdout.strip()
            candidates.append(Path(out))
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                      key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    candidates += reversed(versions)
    if shutil.which("postgres"):
        candidates.append(Path(str(shutil.which("postgres"))).parent)
    return next((c for c in candidates if (c / "postgres").exists() and (c / "initdb").exists()),
                None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    """A running server: where it is, how to reach it, how to stop it."""

    host: str
    port: int
    user: str  # a superuser
    password: str | None = None
    maintenance: str = "postgres"  # the database to connect to for CREATE/DROP DATABASE
    version: str = ""
    stop: Callable[[], None] = lambda: None
    counter: int = 0
    databases: list[str] = field(default_factory=list)

    def url(self, database: str, *, password: str | None = None) -> str:
        """The SQLAlchemy URL of ``database``; ``password`` replaces the server's (the local
        server trusts loopback, so any password is accepted and none is needed)."""
        from urllib.parse import quote

        chosen = password if password is not None else self.password
        secret = f":{quote(chosen, safe='')}" if chosen else ""
        return f"postgresql+psycopg://{self.user}{secret}@{self.host}:{self.port}/{database}"

    def admin(self, database: str | None = None) -> Any:
        """An autocommit psycopg connection to the maintenance (or the named) database."""
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=self.user,
                               password=self.password, dbname=database or self.maintenance,
                               autocommit=True, connect_timeout=10)

    def create_database(self, template: str = "template0") -> str:
        """A new database (copied from ``template``); its name."""
        self.counter += 1
        name = f"ip_{os.getpid()}_{self.counter}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self.databases.append(name)
        return name

    def drop_database(self, name: str) -> None:
        """Drop ``name``, closing whatever is still connected to it."""
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run_as(user: pwd.struct_passwd | None) -> dict[str, Any]:
    """subprocess arguments that run a command as ``user`` (None: as we are)."""
    if user is None:
        return {}
    return {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}


def _server_user() -> pwd.struct_passwd | None:
    """Who runs the server: ourselves, or (as root) ``postgres``, else ``nobody``."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root and there is neither a 'postgres' nor a 'nobody' user")


def _start_local(bindir: Path) -> PostgresServer:
    """initdb + pg_ctl start in a temporary folder; returns the server (stop() cleans up)."""
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="interviewplanner-pg-"))
    if user is not None:
        os.chown(root, user.pw_uid, user.pw_gid)
    data, log = root / "data", root / "server.log"
    as_user = {**_run_as(user), "cwd": root, "capture_output": True, "text": True, "timeout": 120}
    done = subprocess.run([str(bindir / "initdb"), "-D", str(data), "-U", "ip", "--auth=trust",
                           "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"],
                          check=False, **as_user)
    if done.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {done.stderr.strip()[-500:]}")
    port = _free_port()
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    done = subprocess.run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                           "-t", "60", "-o", options, "start"], check=False, **as_user)
    if done.returncode != 0:
        tail = log.read_text("utf-8", "replace")[-500:] if log.exists() else done.stderr
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {tail.strip()}")
    stopped = False

    def stop() -> None:
        nonlocal stopped
        if stopped:
            return
        stopped = True
        subprocess.run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                        "stop"], check=False, **as_user)
        shutil.rmtree(root, ignore_errors=True)
        with contextlib.suppress(subprocess.TimeoutExpired):
            watchdog.wait(timeout=5)  # it sees the folder gone and ends

    atexit.register(stop)  # also when the session ends badly
    watchdog = _watchdog(bindir / "pg_ctl", data, root, user)  # and when pytest is killed
    return PostgresServer(host="127.0.0.1", port=port, user="ip", stop=stop)


_WATCHDOG = """
import os, shutil, subprocess, sys, time
pid, pg_ctl, data, root, uid, gid = sys.argv[1:7]
while os.path.exists(root):
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        as_user = {} if uid == "-" else {"user": int(uid), "group": int(gid), "extra_groups": []}
        subprocess.run([pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"],
                       capture_output=True, check=False, **as_user)
        shutil.rmtree(root, ignore_errors=True)
        break
    time.sleep(1)
"""


def _watchdog(pg_ctl: Path, data: Path, root: Path,
              user: pwd.struct_passwd | None) -> subprocess.Popen[bytes]:
    """A small process that stops the server and deletes its folder once this one is gone
    (a test run killed by a timeout or SIGKILL runs no atexit handler)."""
    import sys

    ids = ("-", "-") if user is None else (str(user.pw_uid), str(user.pw_gid))
    return subprocess.Popen([sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(pg_ctl), str(data),
                      str(root), *ids], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True)


def _external(url: str) -> PostgresServer:
    """A server the developer runs, named by ``INTERVIEWPLANNER_TEST_PG``."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return PostgresServer(host=parsed.host or "localhost", port=parsed.port or 5432,
                          user=parsed.username or "postgres", password=parsed.password,
                          maintenance=parsed.database or "postgres")


def _why_no_server() -> str:
    return ("no PostgreSQL server binaries were found (install Debian's 'postgresql' package: "
            "sudo apt-get install postgresql; ./run tests does it when run as root), "
            f"or set {ENV_SERVER} to the admin URL of a server of yours")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server (started on first use); fails in CI when there is none."""
    started = time.perf_counter()
    problem = ""
    try:
        import psycopg  # noqa: F401  # the driver is part of the test set-up (.[postgres])

        given = os.environ.get(ENV_SERVER)
        if given == "off":
            raise RuntimeError(f"{ENV_SERVER}=off")
        if given:
            server = _external(given)
        else:
            bindir = _bindir()
            if bindir is None:
                raise RuntimeError(_why_no_server())
            server = _start_local(bindir)
        with server.admin() as conn:
            server.version = str(conn.execute("SHOW server_version").fetchone()[0])
    except (ImportError, RuntimeError, OSError, subprocess.SubprocessError) as exc:
        problem = f"PostgreSQL tests cannot run: {exc}"
    if problem:
        _problems.append(problem)
        if os.environ.get("CI"):
            pytest.fail(problem + " (CI is set: this is a failure, not a skip)", pytrace=False)
        pytest.skip(problem)
    _started.append(f"PostgreSQL {server.version} on {server.host}:{server.port} "
                    f"(ready in {time.perf_counter() - started:.1f} s)")
    try:
        yield server
    finally:
        for name in server.databases:
            with contextlib.suppress(Exception):
                server.drop_database(name)
        server.stop()


def _reset(postgres: PostgresServer, name: str) -> bool:
    """Empty every table of ``name`` but ``alembic_version``; False when that is not possible."""
    from interviewplanner.storage.db import head_revision

    try:
        with postgres.admin(name) as conn:
            conn.execute("SET lock_timeout = '3s'")
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if [r[0] for r in rows] != [head_revision()]:
                return False
            tables = [r[0] for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version'")]
            sequences = [r[0] for r in conn.execute(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")]
            statements = ["SET session_replication_role = replica",
                          *(f'DELETE FROM "{t}"' for t in tables),
                          *(f'ALTER SEQUENCE "{s}" RESTART' for s in sequences),
                          "SET session_replication_role = DEFAULT"]
            conn.execute("; ".join(statements))
    except Exception:
        return False
    return True


@dataclass
class _Shared:
    """The session's reusable database (replaced when a test leaves it unusable)."""

    server: PostgresServer
    name: str = ""

    def fresh(self) -> str:
        """The database emptied for the next test, schema at head; its URL."""
        if not self.name or not _reset(self.server, self.name):
            if self.name:  # a test changed the schema or left a lock: start over
                with contextlib.suppress(Exception):
                    self.server.drop_database(self.name)
            from interviewplanner.storage.db import open_store

            self.name = self.server.create_database()
            open_store(self.server.url(self.name)).close()
        return self.server.url(self.name)


@pytest.fixture(scope="session")
def _postgres_shared(postgres: PostgresServer) -> _Shared:
    """The session's reusable database, migrated to head once."""
    return _Shared(postgres)


@pytest.fixture(params=["sqlite", "postgresql"], ids=["sqlite", "pg"])
def backend(request: pytest.FixtureRequest) -> str:
    """The storage back-end of this run of the test: "sqlite" or "postgresql"."""
    return str(request.param)


@pytest.fixture
def store_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """The URL of a fresh store on this back-end (SQLite: ``store.db`` in ``tmp_path``, not yet
    created; PostgreSQL: the session's database, emptied, schema at head)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    shared: _Shared = request.getfixturevalue("_postgres_shared")
    return shared.fresh()


@pytest.fixture
def empty_database(backend: str, tmp_path: Path,
                   request: pytest.FixtureRequest) -> Callable[[], str]:
    """Make URLs of new, empty databases on this back-end (no tables, nothing migrated)."""
    made = 0

    def make() -> str:
        nonlocal made
        made += 1
        if backend == "sqlite":
            return f"sqlite:///{tmp_path / f'empty-{made}.db'}"
        server: PostgresServer = request.getfixturevalue("postgres")
        return server.url(server.create_database())

    return make


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say loudly whether the PostgreSQL half of the suite ran."""
    for line in _started:
        terminalreporter.write_line(f"[postgres] {line}; stopped at the end of the session")
    for problem in dict.fromkeys(_problems):
        terminalreporter.write_sep("!", "POSTGRESQL TESTS DID NOT RUN", red=True, bold=True)
        terminalreporter.write_line(problem, red=True, bold=True)
        terminalreporter.write_sep("!", red=True, bold=True)
