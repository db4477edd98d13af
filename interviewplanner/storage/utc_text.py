"""How an instant is kept on SQLite: UTC text, ``2025-01-06 09:00:00.000000``, no offset.

SQLite has no time-zone aware type. This is the text SQLAlchemy's own ``DATETIME`` uses (it
sorts as time does). :class:`~interviewplanner.storage.types.UTCDateTime`, the bulk inserts
(:mod:`.bulk`) and the start-up reader (:mod:`.quick`) all write and read it here; this module
imports no SQLAlchemy, so the start-up reader can use it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import repeat
from operator import attrgetter, getitem, methodcaller

__all__ = ["SQLITE_TEXT_OF_SECONDS", "from_text", "to_text", "to_texts", "utc", "whole_seconds"]

_ISO = methodcaller("isoformat", " ", "microseconds")
_WITHOUT_OFFSET = slice(0, 26)
_ZONE = attrgetter("tzinfo")
_MICROSECOND = attrgetter("microsecond")
_TIMESTAMP = methodcaller("timestamp")

SQLITE_TEXT_OF_SECONDS = "strftime('%Y-%m-%d %H:%M:%S.000000', ?, 'unixepoch')"
"""SQL giving the stored text of a POSIX second count bound to its ``?``: SQLite writes the text
itself, in C, which is several times faster than formatting it here (see :func:`whole_seconds`)."""


def utc(value: datetime) -> datetime:
    """``value`` as an aware UTC datetime; a naive one is refused with :class:`ValueError`."""
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"naive datetime {value.isoformat()} cannot be stored; use UTC")
    return value.astimezone(UTC) if offset or value.tzinfo is not UTC else value


def to_text(value: datetime) -> str:
    """The stored text of aware ``value`` (naive: :class:`ValueError`)."""
    return utc(value).isoformat(" ", "microseconds")[:26]  # the offset, +00:00, cut off


def to_texts(values: Sequence[datetime]) -> list[str]:
    """The stored texts of many aware datetimes, as :func:`to_text` gives them, one by one.

    When every value is already in :data:`~datetime.UTC` (what the calendar reader and the
    services give), the texts are made by ``map`` over C methods, without a Python call per
    value: 70,000 values take ~25 ms instead of ~160 ms. Otherwise each goes through
    :func:`to_text` (which converts, or refuses a naive one).
    """
    if set(map(_ZONE, values)) != {UTC}:
        return list(map(to_text, values))
    return list(map(getitem, map(_ISO, values), repeat(_WITHOUT_OFFSET)))


def whole_seconds(values: Sequence[datetime]) -> list[int] | None:
    """The POSIX seconds of every value, to bind to :data:`SQLITE_TEXT_OF_SECONDS`, when all of
    them are in UTC on a whole second (calendar times are); else None (use :func:`to_texts`).

    35,000 busy intervals: ~25 ms for both columns, where their texts took ~120 ms.
    """
    if set(map(_ZONE, values)) != {UTC} or any(map(_MICROSECOND, values)):
        return None
    return list(map(int, map(_TIMESTAMP, values)))


def from_text(text: str) -> datetime:
    """The aware UTC datetime of a stored text."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
