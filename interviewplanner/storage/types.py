"""Column types: :class:`UTCDateTime` keeps aware datetimes aware across every backend.

SQLite has no time-zone aware type and drops offsets; PostgreSQL has ``timestamptz``. Both store
UTC here and both give back aware UTC datetimes. On SQLite the value is the text SQLAlchemy's
own ``DATETIME`` uses (``2025-01-06 09:00:00.000000``, which sorts as time does), written and
read with the C-level ``isoformat``/``fromisoformat``: bulk imports spend most of their time here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from interviewplanner.storage.utc_text import from_text, to_text, utc


def _parse_sqlite(value: str | None) -> datetime | None:
    """Read SQLite's UTC text back as an aware UTC datetime."""
    return None if value is None else from_text(value)


class _SQLiteUTCText(SQLITE_DATETIME):
    """SQLite ``DATETIME`` whose values :class:`UTCDateTime` has already turned into text.

    It subclasses the dialect's own type so that SQLAlchemy does not adapt it back to that.
    """

    def bind_processor(self, dialect: Dialect) -> None:
        """No processing: :meth:`UTCDateTime.process_bind_param` made the text."""
        return

    def result_processor(
        self, dialect: Dialect, coltype: object
    ) -> Callable[[str | None], datetime | None]:
        """Parse the stored text into an aware UTC datetime."""
        return _parse_sqlite


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC; naive datetimes are rejected with :class:`ValueError`."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """SQLite stores UTC text; every other database its own aware type."""
        if dialect.name == "sqlite":
            return _SQLiteUTCText()  # type: ignore[no-untyped-call]  # untyped in SQLAlchemy
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | str | None:
        """Convert an aware datetime to UTC (UTC text on SQLite, which cannot hold offsets)."""
        if value is None:
            return None
        return to_text(value) if dialect.name == "sqlite" else utc(value)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return the stored instant as an aware UTC datetime."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
