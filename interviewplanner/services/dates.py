"""Parsing the dates and instants that users type (ISO 8601) into aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from interviewplanner.core.intervals import Interval
from interviewplanner.services.errors import InvalidDate, InvalidRange

DEFAULT_BACK = timedelta(days=30)
DEFAULT_AHEAD = timedelta(days=365)
CONTEXT_MARGIN = timedelta(days=8)
"""Busy time and bookings this far outside a range still matter inside it (buffers, lunch on
the edge days, and the ISO-week load limit)."""


def parse_instant(text: str, field: str = "date") -> datetime:
    """ISO 8601 date (UTC midnight) or date-time (UTC when it has no offset) as aware UTC.

    Raises :class:`InvalidDate` naming ``field`` ("start", "end", "date").
    """
    value = text.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidDate(field, text) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def parse_range(start: str | None, end: str | None, *, now: datetime | None = None) -> Interval:
    """A ``[from, to)`` range; missing ends default to 30 days back and 365 days ahead of now."""
    moment = now or datetime.now(UTC)
    first = parse_instant(start, "start") if start else moment - DEFAULT_BACK
    last = parse_instant(end, "end") if end else moment + DEFAULT_AHEAD
    if last <= first:
        raise InvalidRange(first, last)
    return Interval(first, last)


def iso_z(moment: datetime) -> str:
    """``2026-12-01T09:30:00Z`` for an aware datetime."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
