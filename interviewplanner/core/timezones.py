"""The one place that turns local wall time into UTC and back.

Rules (RFC 5545 §3.3.5, SPEC §2): an ambiguous local time (autumn fold) is its first occurrence;
a local time inside a spring-forward gap takes the UTC offset in force before the gap. Zones are
IANA names read through :mod:`zoneinfo` (with the ``tzdata`` package as a fallback database).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "UTC", "UnknownTimeZoneError", "at_local", "exists_locally", "get_zone", "is_known_zone",
    "local_dates", "local_day_bounds", "to_local", "to_utc", "utc_midnight",
]


class UnknownTimeZoneError(ValueError):
    """Raised for a zone name that is not in the IANA database."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown time zone {name!r} (expected an IANA name such as 'Asia/Tokyo')")
        self.name = name


@lru_cache(maxsize=512)
def get_zone(name: str) -> ZoneInfo:
    """Return the IANA zone ``name`` or raise :class:`UnknownTimeZoneError`."""
    if not name or name.startswith(("/", ".")) or ".." in name:
        raise UnknownTimeZoneError(name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise UnknownTimeZoneError(name) from exc


def is_known_zone(name: str) -> bool:
    """True when ``name`` is an IANA zone name this machine can resolve."""
    try:
        get_zone(name)
    except UnknownTimeZoneError:
        return False
    return True


def to_utc(local: datetime, zone: tzinfo) -> datetime:
    """Interpret the naive wall time ``local`` in ``zone`` and return aware UTC.

    Ambiguous times resolve to the first occurrence; non-existent times use the offset before
    the gap (both are what PEP 495's ``fold=0`` means for :class:`zoneinfo.ZoneInfo`). Other
    tzinfo kinds read gaps differently (dateutil's tz and VTIMEZONE zones use the offset after
    the gap; pytz needs ``localize``), so they go through :func:`_to_utc_any`, which gives the
    same answers.
    """
    if local.tzinfo is not None:
        raise ValueError("to_utc() expects a naive wall-clock datetime")
    if isinstance(zone, ZoneInfo):
        return local.replace(tzinfo=zone, fold=0).astimezone(UTC)
    return _to_utc_any(local, zone)


def _offset_at(instant: datetime, zone: tzinfo) -> timedelta:
    offset = instant.astimezone(zone).utcoffset()
    return offset if offset is not None else timedelta(0)


def _to_utc_any(local: datetime, zone: tzinfo) -> datetime:
    """``to_utc`` for zones whose ``fold`` handling differs (dateutil, pytz).

    Only ``astimezone`` (UTC -> local, which every tzinfo implements correctly) is trusted: the
    offsets in force a day before and a day after are the candidates, a candidate counts when
    it maps back to ``local``, the earliest one wins, and in a gap the offset before it is used.
    """
    naive_utc = local.replace(tzinfo=UTC)
    before = _offset_at(naive_utc - timedelta(days=1), zone)
    after = _offset_at(naive_utc + timedelta(days=1), zone)
    valid = [
        naive_utc - offset
        for offset in (before, after)
        if (naive_utc - offset).astimezone(zone).replace(tzinfo=None) == local
    ]
    return min(valid) if valid else naive_utc - before


def to_local(instant: datetime, zone: tzinfo) -> datetime:
    """Return the aware local time in ``zone`` of the aware instant ``instant``."""
    if instant.tzinfo is None:
        raise ValueError("to_local() expects an aware datetime")
    return instant.astimezone(zone)


def exists_locally(local: datetime, zone: tzinfo) -> bool:
    """False when the naive wall time ``local`` falls in a spring-forward gap of ``zone``."""
    back = to_utc(local, zone).astimezone(zone).replace(tzinfo=None)
    return back == local


def at_local(day: date, clock: time, zone: tzinfo) -> datetime:
    """UTC instant of wall time ``clock`` on local calendar ``day`` in ``zone``."""
    return to_utc(datetime.combine(day, clock), zone)


def local_day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """UTC instants of local midnight starting ``day`` and the next midnight (23-25 h apart)."""
    return at_local(day, time(0), zone), at_local(day + timedelta(days=1), time(0), zone)


def local_dates(start: datetime, end: datetime, zone: tzinfo) -> list[date]:
    """Every local calendar date in ``zone`` that the UTC range ``[start, end)`` touches."""
    first = to_local(start, zone).date()
    last = to_local(end - timedelta(microseconds=1), zone).date() if end > start else first
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def utc_midnight(day: date) -> datetime:
    """The UTC midnight that starts ``day``."""
    return datetime.combine(day, time(0), tzinfo=UTC)
