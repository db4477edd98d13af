"""Parsing the dates and instants that users type (ISO 8601) into aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from interviewplanner.core.intervals import Interval
from interviewplanner.services.errors import DateOutOfRange, InvalidDate, InvalidRange, RangeTooLong

DEFAULT_BACK = timedelta(days=30)
DEFAULT_AHEAD = timedelta(days=365)
CONTEXT_MARGIN = timedelta(days=8)
"""Busy time and bookings this far outside a range still matter inside it (buffers, lunch on
the edge days, and the ISO-week load limit)."""
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
"""Instants users may type lie in ``[EARLIEST, LATEST)``: far from the ends of ``datetime``, so
margins, local days and recurrence windows around them can always be computed."""
MAX_RANGE_DAYS = 3660
"""The most days a range may span (ten years): enough for any import horizon or planning
window, and recurrences expanded over it stay within the reader's per-event cap."""


def parse_instant(text: str, field: str = "date") -> datetime:
    """ISO 8601 date (UTC midnight) or date-time (UTC when it has no offset) as aware UTC.

    Raises :class:`InvalidDate` naming ``field`` ("start", "end", "date"), or
    :class:`DateOutOfRange` for an instant outside ``[EARLIEST, LATEST)``.
    """
    value = text.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
        else:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidDate(field, text) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # an offset that leaves year 1 or 9999
        moment = LATEST if moment.year > 1 else EARLIEST - timedelta(days=1)
    if not EARLIEST <= moment < LATEST:
        raise DateOutOfRange(field, text, EARLIEST.date(), (LATEST - timedelta(days=1)).date())
    return moment


def parse_range(start: str | None, end: str | None, *, now: datetime | None = None) -> Interval:
    """A ``[from, to)`` range; missing (``None``) ends default to 30 days back and 365 days ahead
    of now. An empty text is not a missing end: it is an :class:`InvalidDate`. A range may span
    at most :data:`MAX_RANGE_DAYS` days (:class:`RangeTooLong`)."""
    moment = now or datetime.now(UTC)
    first = parse_instant(start, "start") if start is not None else moment - DEFAULT_BACK
    last = parse_instant(end, "end") if end is not None else moment + DEFAULT_AHEAD
    if last <= first:
        raise InvalidRange(first, last)
    if last - first > timedelta(days=MAX_RANGE_DAYS):
        raise RangeTooLong(first, last, MAX_RANGE_DAYS)
    return Interval(first, last)


def iso_z(moment: datetime) -> str:
    """``2026-12-01T09:30:00Z`` for an aware datetime."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
