"""The awkward time-zone table the core tests share (ARCHITECTURE habit 8).

Every expected value is written out by hand from the 2026 tz rules, not computed by the code
under test. ``gap`` is a wall time that does not exist on the spring-forward day, ``fold`` one
that happens twice on the fall-back day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An aware UTC datetime: ``utc(2026, 3, 8, 7, 30)``."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@dataclass(frozen=True)
class Change:
    """One DST change of a zone in 2026."""

    day: date
    wall: time  # inside the gap (spring) or the fold (autumn)
    expected_utc: datetime  # gap: read with the offset before it; fold: first occurrence
    jump_utc: datetime  # the instant the clocks change
    day_hours: float  # length of the local day


@dataclass(frozen=True)
class ZoneCase:
    """A zone of the table with its offsets and its 2026 DST changes (None where it has none)."""

    name: str
    january_offset: timedelta
    july_offset: timedelta
    spring: Change | None = None
    fall: Change | None = None

    def __str__(self) -> str:
        return self.name


H = timedelta(hours=1)

ZONES: tuple[ZoneCase, ...] = (
    ZoneCase("Asia/Tokyo", 9 * H, 9 * H),
    ZoneCase(
        "America/Los_Angeles", -8 * H, -7 * H,
        spring=Change(date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 10, 30),
                      utc(2026, 3, 8, 10), 23),
        fall=Change(date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 8, 30),
                    utc(2026, 11, 1, 9), 25),
    ),
    ZoneCase(
        "America/New_York", -5 * H, -4 * H,
        spring=Change(date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 30),
                      utc(2026, 3, 8, 7), 23),
        fall=Change(date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30),
                    utc(2026, 11, 1, 6), 25),
    ),
    ZoneCase(
        "Europe/London", 0 * H, 1 * H,
        spring=Change(date(2026, 3, 29), time(1, 30), utc(2026, 3, 29, 1, 30),
                      utc(2026, 3, 29, 1), 23),
        fall=Change(date(2026, 10, 25), time(1, 30), utc(2026, 10, 25, 0, 30),
                    utc(2026, 10, 25, 1), 25),
    ),
    ZoneCase(
        # Southern hemisphere and a 30-minute shift: 02:00 -> 02:30 in October,
        # 02:00 -> 01:30 in April.
        "Australia/Lord_Howe", 11 * H, 10.5 * H,
        spring=Change(date(2026, 10, 4), time(2, 15), utc(2026, 10, 3, 15, 45),
                      utc(2026, 10, 3, 15, 30), 23.5),
        fall=Change(date(2026, 4, 5), time(1, 45), utc(2026, 4, 4, 14, 45),
                    utc(2026, 4, 4, 15), 24.5),
    ),
    ZoneCase("Pacific/Apia", 13 * H, 13 * H),  # no DST since 2021; skipped 2011-12-30
    ZoneCase("Asia/Kolkata", 5.5 * H, 5.5 * H),
)

ZONE_NAMES: tuple[str, ...] = tuple(z.name for z in ZONES)
CHANGES: tuple[tuple[str, str, Change], ...] = tuple(
    (zone.name, kind, change)
    for zone in ZONES
    for kind, change in (("spring", zone.spring), ("fall", zone.fall))
    if change is not None
)


def wall(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A naive local wall-clock time (what a clock on the wall shows; no zone attached)."""
    return datetime.combine(date(year, month, day), time(hour, minute))
