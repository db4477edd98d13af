"""The overlap picture's layout, without Qt: the coming months, day by day, in the display zone.

A :class:`~interviewplanner.core.overlap.Forecast` holds shared windows as UTC intervals grouped
by the UTC date they start on. The picture shows them as a viewer reads a calendar: one row per
local date of the display zone (weeks start on Monday), each with the shared windows of that
date as minutes since local midnight (a window that crosses midnight is split), the clock
changes of the group's zones marked on the row of their local date, and the changes of the
forecast listed in order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from interviewplanner.core.intervals import Interval
from interviewplanner.core.overlap import Change, Forecast, What
from interviewplanner.core.timezones import get_zone, local_day_bounds, to_local

DAY_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class Segment:
    """Part of a shared window on one local date: minutes since local midnight, ``[start, end)``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ChartRow:
    """One local date of the display zone."""

    day: date
    segments: tuple[Segment, ...]

    @property
    def minutes(self) -> int:
        """Shared minutes on this local date."""
        return sum(s.end - s.start for s in self.segments)

    @property
    def weekend(self) -> bool:
        """Saturday or Sunday in the display zone."""
        return self.day.weekday() >= 5

    @property
    def week_start(self) -> bool:
        """A Monday: the first row of a week."""
        return self.day.weekday() == 0


@dataclass(frozen=True, slots=True)
class ChartMark:
    """A clock change of ``zone`` on local date ``day`` of the display zone."""

    day: date
    zone: str
    what: What


@dataclass(frozen=True, slots=True)
class OverlapChart:
    """Everything the picture and its text summary show."""

    zone: str
    rows: tuple[ChartRow, ...]
    marks: tuple[ChartMark, ...]
    changes: tuple[Change, ...]

    def row_of(self, day: date) -> int | None:
        """The index of ``day``'s row (None outside the picture)."""
        if not self.rows:
            return None
        index = (day - self.rows[0].day).days
        return index if 0 <= index < len(self.rows) else None

    @property
    def typical_minutes(self) -> int:
        """The most common non-zero shared minutes of a day (0 when none)."""
        counts: dict[int, int] = {}
        for row in self.rows:
            if row.minutes:
                counts[row.minutes] = counts.get(row.minutes, 0) + 1
        return max(counts, key=lambda m: (counts[m], m)) if counts else 0


def _clock_minutes(instant: datetime, tz: tzinfo) -> int:
    """Minutes on the local wall clock since midnight (a DST day keeps its clock face)."""
    local = to_local(instant, tz)
    return local.hour * 60 + local.minute


def split_local(window: Interval, zone: str) -> list[tuple[date, Segment]]:
    """``window`` cut at the display zone's local midnights, as wall-clock segments."""
    tz = get_zone(zone)
    out: list[tuple[date, Segment]] = []
    day = to_local(window.start, tz).date()
    while True:
        lo, hi = local_day_bounds(day, tz)
        if lo >= window.end:
            break
        start, end = max(window.start, lo), min(window.end, hi)
        if end > start:
            first = _clock_minutes(start, tz)
            last = DAY_MINUTES if end >= hi else _clock_minutes(end, tz)
            if last > first:
                out.append((day, Segment(first, last)))
        day += timedelta(days=1)
    return out


def _rows(windows: Iterable[Interval], zone: str, first: date, last: date) -> tuple[ChartRow, ...]:
    by_day: dict[date, list[Segment]] = {}
    for window in windows:
        for day, segment in split_local(window, zone):
            by_day.setdefault(day, []).append(segment)
    count = (last - first).days
    days = (first + timedelta(days=i) for i in range(count))
    return tuple(ChartRow(d, tuple(sorted(by_day.get(d, ()), key=lambda s: s.start))) for d in days)


def build_chart(forecast: Forecast, zone: str) -> OverlapChart:
    """The picture of ``forecast`` in the display ``zone`` (rows for the forecast's dates)."""
    if not forecast.days:
        return OverlapChart(zone, (), (), ())
    first, last = forecast.days[0].day, forecast.days[-1].day + timedelta(days=1)
    windows = [w for d in forecast.days for w in d.windows]
    tz = get_zone(zone)
    marks = tuple(ChartMark(to_local(t.instant, tz).date(), t.zone, t.what)
                  for t in forecast.transitions)
    return OverlapChart(zone, _rows(windows, zone, first, last), marks, forecast.changes)
