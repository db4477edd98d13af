"""How an instant is kept on SQLite: UTC text, ``2025-01-06 09:00:00.000000``, no offset.

SQLite has no time-zone aware type. This is the text SQLAlchemy's own ``DATETIME`` uses (it
sorts as time does). :class:`~interviewplanner.storage.types.UTCDateTime`, the bulk inserts
(:mod:`.bulk`) and the start-up reader (:mod:`.quick`) all write and read it here; this module
imports no SQLAlchemy, so the start-up reader can use it.
"""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["from_text", "to_text", "utc"]


def utc(value: datetime) -> datetime:
    """``value`` as an aware UTC datetime; a naive one is refused with :class:`ValueError`."""
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"naive datetime {value.isoformat()} cannot be stored; use UTC")
    return value.astimezone(UTC) if offset or value.tzinfo is not UTC else value


def to_text(value: datetime) -> str:
    """The stored text of aware ``value`` (naive: :class:`ValueError`)."""
    return utc(value).isoformat(" ", "microseconds")[:26]  # the offset, +00:00, cut off


def from_text(text: str) -> datetime:
    """The aware UTC datetime of a stored text."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
