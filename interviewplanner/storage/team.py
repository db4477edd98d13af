"""Moving a store between back-ends, and looking at a database before using it (team mode).

:func:`copy_store` copies every table of an open store into an empty database of either kind
(SQLite file or PostgreSQL): the destination is checked *before* anything is created in it (a
database holding data is refused and left untouched), then migrated to the same schema, then
filled table by table in foreign-key order, one write transaction per batch of rows, from one
consistent read snapshot of the source. Ids are copied as they are (PostgreSQL's sequences are
moved past them afterwards). The change log (``store_changes``) is not copied: it belongs to
the windows open on the source.

:func:`probe` answers the GUI's "Test connection" without changing anything: reachable or not,
which schema, how much is in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, func, inspect, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from interviewplanner.storage.bulk import insert_rows
from interviewplanner.storage.db import (
    Store,
    current_revision,
    describe_url,
    is_known_revision,
    make_engine,
    open_store,
    sqlite_file,
    writer,
)
from interviewplanner.storage.errors import StoreError, StoreErrorCode, describe_failure
from interviewplanner.storage.tables import Base

__all__ = ["BATCH", "CopyProgress", "DatabaseInfo", "copied_tables", "copy_store", "probe"]

BATCH = 5000
"""Rows per write transaction of a copy."""

CopyProgress = Callable[[str, int, int], None]
"""``progress(table, rows copied so far, rows in the table)``."""

_NOT_COPIED = frozenset({"store_changes"})


def copied_tables() -> list[Table]:
    """The tables a copy moves, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in _NOT_COPIED]


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """What :func:`probe` found: ``where`` (no password), the back-end, the schema revision
    (None: an empty database), whether that revision is newer than this app's, and counts."""

    where: str
    backend: str
    revision: str | None
    newer: bool
    interviewers: int
    bookings: int


def probe(url: str, *, timeout: float = 5.0) -> DatabaseInfo:
    """Connect to ``url`` and look, changing nothing; StoreError when it cannot be used.

    Raises StoreError (unreachable, auth_failed, no_such_database, other_tables, ...).
    """
    where = describe_url(url)
    engine = _engine(url, where, timeout)
    try:
        revision = current_revision(engine)
        counts = (0, 0)
        if revision is None:
            with engine.connect() as connection:
                if inspect(connection).get_table_names():
                    raise StoreError(StoreErrorCode.OTHER_TABLES, where=where)
        else:
            counts = _counts(engine)
        newer = revision is not None and not is_known_revision(revision)
        return DatabaseInfo(where, engine.dialect.name, revision, newer, *counts)
    except DBAPIError as exc:
        raise describe_failure(exc, where) from exc
    finally:
        engine.dispose()


def copy_store(source: Store, dest_url: str, *, progress: CopyProgress | None = None,
               busy_timeout: float = 10.0) -> dict[str, int]:
    """Copy everything of ``source`` into the empty database ``dest_url``; rows per table.

    Raises StoreError: SAME_DATABASE, NOT_EMPTY (``table``, ``rows``) with the destination
    untouched, or whatever opening or writing the destination meets.
    """
    where = describe_url(dest_url)
    _refuse_same(source, dest_url, where)
    _refuse_not_empty(dest_url, where, busy_timeout)
    copied: dict[str, int] = {}
    with open_store(dest_url, busy_timeout=busy_timeout, actor=source.actor) as dest:
        with Session(source.engine) as reading:
            reading.connection(execution_options=_snapshot(source.engine))
            for table in copied_tables():
                copied[table.name] = _copy_table(reading, dest, table, progress)
        _move_sequences(dest)
    return copied


def _engine(url: str, where: str, timeout: float) -> Engine:
    try:
        return make_engine(url, busy_timeout=timeout)
    except ImportError as exc:
        raise StoreError(StoreErrorCode.NO_DRIVER, where=where,
                         driver=exc.name or str(exc)) from exc


def _counts(engine: Engine) -> tuple[int, int]:
    tables = Base.metadata.tables
    with engine.connect() as connection:
        people = connection.scalar(select(func.count()).select_from(tables["interviewers"]))
        booked = connection.scalar(select(func.count()).select_from(tables["bookings"]))
    return int(people or 0), int(booked or 0)


def _same_file(a: Path | None, b: Path | None) -> bool:
    return a is not None and b is not None and a.resolve() == b.resolve()


def _refuse_same(source: Store, dest_url: str, where: str) -> None:
    """A copy of a store onto itself would only find it not empty; say what it is instead."""
    dest = _engine(dest_url, where, 1.0)
    try:
        same = (_same_file(sqlite_file(source.engine), sqlite_file(dest))
                or (source.engine.dialect.name != "sqlite"
                    and source.engine.url.render_as_string(hide_password=True)
                    == dest.url.render_as_string(hide_password=True)))
    finally:
        dest.dispose()
    if same:
        raise StoreError(StoreErrorCode.SAME_DATABASE, where=where)


def _refuse_not_empty(dest_url: str, where: str, busy_timeout: float) -> None:
    """Refuse a destination holding any row of ours, before touching it."""
    engine = _engine(dest_url, where, busy_timeout)
    try:
        file = sqlite_file(engine)
        if file is not None and not file.exists():
            return
        with engine.connect() as connection:
            present = set(inspect(connection).get_table_names())
            for table in copied_tables():
                if table.name not in present:
                    continue
                rows = int(connection.scalar(select(func.count()).select_from(table)) or 0)
                if rows:
                    raise StoreError(StoreErrorCode.NOT_EMPTY, where=where, table=table.name,
                                     rows=rows)
    except DBAPIError as exc:
        raise describe_failure(exc, where) from exc
    finally:
        engine.dispose()


def _snapshot(engine: Engine) -> dict[str, object]:
    """Execution options of one consistent read of the whole source."""
    if engine.dialect.name == "postgresql":
        return {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    return {}


def _copy_table(reading: Session, dest: Store, table: Table, progress: CopyProgress | None) -> int:
    """Copy one table in batches (one write transaction each); the rows copied."""
    total = int(reading.scalar(select(func.count()).select_from(table)) or 0)
    done = 0
    if progress is not None:
        progress(table.name, 0, total)
    query = select(table).order_by(*table.primary_key.columns)
    result = reading.execute(query.execution_options(yield_per=BATCH))
    for batch in result.mappings().partitions(BATCH):
        with Session(writer(dest.engine)) as session, session.begin():
            insert_rows(session, table, [dict(row) for row in batch])
        done += len(batch)
        if progress is not None:
            progress(table.name, done, total)
    return done


def _move_sequences(dest: Store) -> None:
    """On PostgreSQL, make every serial id column continue after the copied ids."""
    if dest.engine.dialect.name != "postgresql":
        return
    with Session(writer(dest.engine)) as session, session.begin():
        for table in copied_tables():
            for column in table.primary_key.columns:
                if column.autoincrement is not True and not (
                        column.autoincrement == "auto" and len(table.primary_key.columns) == 1
                        and column.type.python_type is int):
                    continue
                session.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f"coalesce(max({column.name}), 0) + 1, false) FROM {table.name}"))
