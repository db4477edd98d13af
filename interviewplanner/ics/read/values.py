"""Value types of RFC 5545 §3.3: DATE, DATE-TIME, DURATION, PERIOD, UTC-OFFSET and TEXT.

Everything here is pure text → value parsing; time zones are applied by the caller. Date-times
come back as naive wall-clock values plus a flag saying whether the text ended in ``Z`` (UTC).
Parsers are cached: real calendars repeat the same stamps and times many times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(\d{2})?([Zz]?)")
_DURATION = re.compile(
    r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", re.IGNORECASE
)
_OFFSET = re.compile(r"([+-])(\d{2})(\d{2})(\d{2})?")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_MAX_DAYS = 3_650_000  # ~10 000 years: anything longer is damage, not a duration


def wall(year: int, month: int, day: int, *, hour: int = 0, minute: int = 0,
         second: int = 0) -> datetime:
    """A naive wall-clock datetime; its zone is decided by the caller (never the host's zone)."""
    return datetime(year, month, day, hour, minute, second)  # noqa: DTZ001 - wall-clock value


_NAIVE_EPOCH = datetime(2000, 1, 1)  # noqa: DTZ001 - wall-clock value
_UTC_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def as_utc(local: datetime) -> datetime:
    """``local.replace(tzinfo=UTC)`` for a naive ``local``: the same wall clock read as UTC.

    Done as aware + timedelta arithmetic, which keeps every field: on CPython 3.11 ``replace``
    parses keyword arguments and takes ~1 µs, five times as long, and reading a large calendar
    does this tens of thousands of times. Arithmetic gives ``fold=0``, so a ``fold=1`` wall
    time still goes through ``replace``.
    """
    if local.fold:
        return local.replace(tzinfo=UTC)
    return _UTC_EPOCH + (local - _NAIVE_EPOCH)


@lru_cache(maxsize=8192)
def parse_date(text: str) -> date:
    """Parse ``YYYYMMDD``; raise ValueError for malformed or impossible dates (Feb 30)."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a DATE: {text[:40]!r}")
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"impossible date {text.strip()!r}") from None


@lru_cache(maxsize=65536)
def parse_date_time(text: str) -> tuple[datetime, bool]:
    """Parse ``YYYYMMDDTHHMMSS[Z]`` into ``(naive wall time, is_utc)``.

    Seconds may be omitted (``HHMM``, seen in hand-written files); a leap second ``60`` reads as
    ``59``. Malformed or impossible values raise ValueError.
    """
    size = len(text)
    if (size == 15 or (size == 16 and text[15] in "Zz")) and text[8] in "Tt" and text.isascii() \
            and text[:8].isdigit() and text[9:15].isdigit():  # the usual form, without the regex
        try:
            value = datetime(int(text[:4]), int(text[4:6]), int(text[6:8]),  # noqa: DTZ001
                             int(text[9:11]), int(text[11:13]), min(int(text[13:15]), 59))
        except ValueError:
            raise ValueError(f"impossible date-time {text.strip()!r}") from None
        return value, size == 16
    match = _DATE_TIME.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a DATE-TIME: {text[:40]!r}")
    year, month, day, hour, minute = (int(g) for g in match.groups()[:5])
    second = min(int(match.group(6) or 0), 59)
    try:
        value = wall(year, month, day, hour=hour, minute=minute, second=second)
    except ValueError:
        raise ValueError(f"impossible date-time {text.strip()!r}") from None
    return value, bool(match.group(7))


def is_date_text(text: str) -> bool:
    """True when ``text`` looks like a DATE (8 digits) rather than a DATE-TIME."""
    return len(text.strip()) == 8


@dataclass(frozen=True, slots=True)
class Duration:
    """An RFC 5545 duration: nominal ``days`` (wall clock; weeks are 7 days) and exact ``seconds``.

    Both carry the sign of the whole duration.
    """

    days: int
    seconds: int

    @property
    def is_negative(self) -> bool:
        """True for a negative duration."""
        return self.days < 0 or self.seconds < 0

    def exact(self) -> timedelta:
        """The duration as exact time (days counted as 24 h), e.g. for comparisons."""
        return timedelta(days=self.days, seconds=self.seconds)


@lru_cache(maxsize=1024)
def parse_duration(text: str) -> Duration:
    """Parse ``[+-]P[nW][nD][T[nH][nM][nS]]`` (e.g. ``PT1H30M``, ``P2D``, ``-PT15M``)."""
    cleaned = text.strip()
    match = _DURATION.fullmatch(cleaned)
    if match is None or not any(match.groups()[1:]) or cleaned.upper().endswith("T"):
        raise ValueError(f"not a DURATION: {text[:40]!r}")
    sign = -1 if match.group(1) == "-" else 1
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups()[1:])
    total_days = weeks * 7 + days
    total_seconds = hours * 3600 + minutes * 60 + seconds
    if total_days + total_seconds // 86400 > _MAX_DAYS:
        raise ValueError(f"absurd DURATION {text[:40]!r}")
    return Duration(sign * total_days, sign * total_seconds)


@lru_cache(maxsize=256)
def parse_utc_offset(text: str) -> timedelta:
    """Parse a UTC-OFFSET such as ``-0800`` or ``+091859``."""
    match = _OFFSET.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a UTC offset: {text[:20]!r}")
    hours, minutes, seconds = int(match.group(2)), int(match.group(3)), int(match.group(4) or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        raise ValueError(f"impossible UTC offset {text.strip()!r}")
    value = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return -value if match.group(1) == "-" else value


def split_list(value: str) -> list[str]:
    """Split a comma-separated list value (EXDATE, RDATE, FREEBUSY), dropping empty items."""
    return [item.strip() for item in value.split(",") if item.strip()]


def split_period(text: str) -> tuple[str, str]:
    """Split a PERIOD ``start/end`` or ``start/duration`` into its two halves."""
    start, sep, second = text.strip().partition("/")
    if not sep or not start or not second:
        raise ValueError(f"not a PERIOD: {text[:60]!r}")
    return start, second


def _unescape_one(match: re.Match[str]) -> str:
    char = match.group(1)
    return "\n" if char in "nN" else char


def unescape_text(value: str) -> str:
    r"""Undo TEXT escaping (``\\``, ``\;``, ``\,``, ``\n``/``\N``); other escapes keep their character."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(_unescape_one, value)
