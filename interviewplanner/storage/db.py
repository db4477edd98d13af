"""Open a store: engine, per-connection pragmas, BEGIN IMMEDIATE writes, migrations, backups.

SQLite gets ``foreign_keys=ON``, ``journal_mode=WAL`` and a ``busy_timeout`` on every
connection. pysqlite's own transaction handling is switched off (``isolation_level = None``)
and SQLAlchemy's ``begin`` event emits ``BEGIN`` itself: ``BEGIN IMMEDIATE`` for writers, so two
writers queue on the busy timeout instead of failing on a lock upgrade, and a plain (deferred)
``BEGIN`` for readers, which WAL never blocks.

PostgreSQL keeps the same discipline without the pragmas: a write transaction first takes a
transaction-level advisory lock (``pg_advisory_xact_lock``, one key for the app, per database)
with ``lock_timeout`` set to the busy timeout, so writers queue one after the other exactly as
on SQLite, and reads run in ``REPEATABLE READ`` read-only transactions (one consistent
snapshot, never blocked). Every store also notes what its writes touched in the change log
(:mod:`.changes`), tagged with the coordinator (``Store.actor``) and the store's ``origin``.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from interviewplanner.storage import changes
from interviewplanner.storage.errors import (
    StoreError,
    StoreErrorCode,
    describe_failure,
    hide_password,
)
from interviewplanner.storage.revisions import head_in_files
from interviewplanner.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:  # Alembic is imported only when a migration has to run (start-up time)
    from alembic.config import Config

__all__ = [
    "DEFAULT_BUSY_TIMEOUT",
    "MIGRATIONS_DIR",
    "Store",
    "StoreError",
    "UnitOfWork",
    "alembic_config",
    "backup_sqlite",
    "check_foreign_keys",
    "current_revision",
    "describe_url",
    "head_revision",
    "is_known_revision",
    "is_sqlite",
    "make_engine",
    "migration_connection",
    "open_store",
    "reader",
    "sqlite_file",
    "upgrade",
    "writer",
]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
DEFAULT_BUSY_TIMEOUT = 10.0
_BEGIN_MODE = "interviewplanner_sqlite_begin"
_PG_WRITE_LOCK = 0x69706C616E  # "iplan": the advisory lock every PostgreSQL writer takes
_CONNECT_TIMEOUT = 10  # seconds a PostgreSQL server may take to answer a new connection


def is_sqlite(engine: Engine) -> bool:
    """True when ``engine`` talks to SQLite."""
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Engine:
    """Create an engine for ``url``; SQLite engines get the pragmas and the BEGIN hook."""
    sa_url = _parse_url(url)
    if sa_url.get_backend_name() == "postgresql":
        engine = create_engine(sa_url, pool_pre_ping=True,
                               connect_args={"connect_timeout": _CONNECT_TIMEOUT})
        _install_postgres_hooks(engine, busy_timeout)
    elif sa_url.get_backend_name() != "sqlite":
        engine = create_engine(sa_url, pool_pre_ping=True)
    else:
        engine = create_engine(sa_url, connect_args={"timeout": busy_timeout})
        _install_sqlite_hooks(engine, busy_timeout)
    changes.install(engine)
    return engine


def _parse_url(url: str) -> URL:
    """Parse ``url``, turning a malformed one into a :class:`StoreError`."""
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StoreError(StoreErrorCode.BAD_URL, where=hide_password(url)) from exc


def _install_sqlite_hooks(engine: Engine, busy_timeout: float) -> None:
    """Set the pragmas on every new connection and emit BEGIN ourselves."""
    pragmas = (
        f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}",
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
    )

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN; pysqlite must not
        with closing(dbapi_connection.cursor()) as cursor:
            for pragma in pragmas:
                cursor.execute(pragma)

    def on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(_BEGIN_MODE, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)


def _install_postgres_hooks(engine: Engine, busy_timeout: float) -> None:
    """Writers take the app's advisory lock first (waiting at most the busy timeout)."""
    timeout_ms = max(int(busy_timeout * 1000), 1)

    def on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(_BEGIN_MODE) == "IMMEDIATE":
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = {timeout_ms}")
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITE_LOCK})")

    event.listen(engine, "begin", on_begin)


def reader(engine: Engine) -> Engine:
    """The same engine whose transactions read one consistent snapshot.

    SQLite's deferred ``BEGIN`` in WAL mode already does; PostgreSQL needs ``REPEATABLE READ``
    (read-only), since its default gives each statement a snapshot of its own.
    """
    if engine.dialect.name != "postgresql":
        return engine
    return engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)


def writer(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions start with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{_BEGIN_MODE: "IMMEDIATE"})


def _set_sqlite_foreign_keys(connection: Connection, on: bool) -> None:
    """Switch foreign keys on the raw connection (only works outside a transaction)."""
    with closing(connection.connection.cursor()) as cursor:
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def check_foreign_keys(connection: Connection) -> None:
    """Raise :class:`StoreError` when SQLite finds rows whose foreign keys point nowhere."""
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        raise StoreError(StoreErrorCode.BROKEN_REFERENCES, tables=tuple(tables))


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside one write transaction for migrations, committed on success.

    On SQLite, foreign keys are off meanwhile (a batch migration recreates a table by dropping
    it, which would otherwise cascade into its children) and checked before the commit.
    """
    sqlite = is_sqlite(engine)
    with writer(engine).connect() as connection:
        if sqlite:
            _set_sqlite_foreign_keys(connection, on=False)
        try:
            with connection.begin():
                yield connection
                check_foreign_keys(connection)
        finally:
            if sqlite:
                _set_sqlite_foreign_keys(connection, on=True)


def alembic_config(connection: Connection | None = None) -> Config:
    """An in-memory Alembic configuration pointing at the migrations shipped in the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise StoreError(StoreErrorCode.NO_MIGRATIONS)
    return head


def _quick_head() -> str | None:
    """The head revision read straight from the migration files (no Alembic import), or None
    when the files do not form one simple chain (then Alembic decides)."""
    return head_in_files(MIGRATIONS_DIR)


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (``None`` for an empty database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def _known_revisions() -> set[str]:
    """Every revision id shipped with this version of the app."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def is_known_revision(revision: str) -> bool:
    """True when ``revision`` is one of the schema revisions this app ships."""
    return revision == _quick_head() or revision in _known_revisions()


def _check_upgradable(engine: Engine, current: str | None, where: str) -> None:
    """Refuse a newer schema, or a non-empty database that Alembic never stamped."""
    if current is not None and current not in _known_revisions():
        raise StoreError(StoreErrorCode.NEWER_SCHEMA, where=where, found=current,
                         known=head_revision())
    if current is None:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
        if tables:
            raise StoreError(StoreErrorCode.OTHER_TABLES, where=where)


def sqlite_file(engine: Engine) -> Path | None:
    """The database file of a file-based SQLite engine, else ``None`` (memory, PostgreSQL)."""
    database = engine.url.database
    if not is_sqlite(engine) or database in (None, "", ":memory:"):
        return None
    if engine.url.query.get("mode") == "memory" or str(database).startswith("file:"):
        return None
    return Path(str(database))


def backup_sqlite(path: Path, revision: str, *, timeout: float = DEFAULT_BUSY_TIMEOUT) -> Path:
    """Copy ``path`` to ``<path>.bak-<revision>`` with the SQLite backup API (WAL included)."""
    target = path.with_name(f"{path.name}.bak-{revision}")
    with (
        closing(sqlite3.connect(path, timeout=timeout)) as source,
        closing(sqlite3.connect(target, timeout=timeout)) as copy,
    ):
        source.backup(copy)
    return target


def upgrade(engine: Engine, *, where: str, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
    """Bring the schema to head; back up an existing SQLite file that is behind first."""
    current = current_revision(engine)
    if current is not None and current == (_quick_head() or head_revision()):
        return
    _check_upgradable(engine, current, where)
    path = sqlite_file(engine)
    if current is not None and path is not None:
        backup_sqlite(path, current, timeout=busy_timeout)
    from alembic import command

    with migration_connection(engine) as connection:
        command.upgrade(alembic_config(connection), "head")


def describe_url(url: str) -> str:
    """A human name for the database: the file path for SQLite, the URL without password else."""
    sa_url = _parse_url(url)
    if sa_url.get_backend_name() == "sqlite":
        return sa_url.database or "(in memory)"
    return sa_url.render_as_string(hide_password=True)


def open_store(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, actor: str = "") -> Store:
    """Open (creating or upgrading as needed) the store at SQLAlchemy ``url``.

    ``actor`` names the coordinator recorded with every change made through the store.

    Raises :class:`StoreError` with a code when the database is locked for longer
    than ``busy_timeout`` seconds, cannot be written, is not a database, or has a newer schema.
    """
    where = describe_url(url)
    try:
        engine = make_engine(url, busy_timeout=busy_timeout)
    except NoSuchModuleError as exc:
        driver = str(exc).rsplit(":", 1)[-1].strip()
        raise StoreError(StoreErrorCode.NO_DRIVER, where=where, driver=driver) from exc
    except ImportError as exc:
        raise StoreError(StoreErrorCode.NO_DRIVER, where=where, driver=exc.name or str(exc)) from exc
    try:
        upgrade(engine, where=where, busy_timeout=busy_timeout)
    except StoreError:
        engine.dispose()
        raise
    except (DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        raise describe_failure(exc, where) from exc
    return Store(engine, where, actor=actor)


class Store:
    """An open database: hands out one :class:`UnitOfWork` per user action."""

    def __init__(self, engine: Engine, where: str, *, actor: str = "") -> None:
        """Wrap an engine whose schema is already at head (use :func:`open_store`).

        ``actor`` is the coordinator recorded with every change (see :attr:`actor`).
        """
        self._engine = engine
        self.where = where
        self.actor = actor
        self.origin = uuid.uuid4().hex
        self._writes: sessionmaker[Session] = sessionmaker(writer(engine), expire_on_commit=False)
        self._reads: sessionmaker[Session] = sessionmaker(reader(engine), expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for diagnostics and tests; use units of work for data)."""
        return self._engine

    actor: str
    """The coordinator whose changes this store records (booking history, who saved a person
    or a template, the change log); the faces set it (``--as``, the Settings name, the OS user)."""

    origin: str
    """A token naming this open store in the change log, so a window can skip its own writes."""

    def write(self) -> UnitOfWork:
        """A unit of work that may write: ``BEGIN IMMEDIATE`` on SQLite, the app's advisory
        lock on PostgreSQL; commits on success."""
        return UnitOfWork(self._writes, write=True, where=self.where, actor=self.actor,
                          origin=self.origin)

    def read(self) -> UnitOfWork:
        """A read-only unit of work on one consistent snapshot; always rolled back."""
        return UnitOfWork(self._reads, write=False, where=self.where, actor=self.actor,
                          origin=self.origin)

    def schema_revision(self) -> str | None:
        """The schema revision of the open database."""
        return current_revision(self._engine)

    def close(self) -> None:
        """Close every pooled connection."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        """Use the store as a context manager that closes it."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the store."""
        self.close()
