"""Geometry of the week view, computed once per week (no Qt here, so it is testable alone).

The horizontal axis is linear in real time: minute 0 is Monday 00:00 in the display zone and the
axis ends at the next Monday 00:00 there, so a 25-hour day of a DST change is 25 hours wide and
every person's hours are evenly spaced. Every block is stored in minutes since the week start;
the widget multiplies by its zoom factor when painting, so zooming and scrolling never rebuild
the layout. Per person the layout holds their working window, core hours, lunch window, days
off (weekend, named holiday, company closure), busy time and booked interviews, plus the
instants of their own local full hours (the labels drawn on each row).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import IntEnum

from interviewplanner.core.intervals import Interval, clip, intersect, normalise
from interviewplanner.core.model import BusyInterval, CompanySettings, Interviewer
from interviewplanner.core.timezones import at_local, get_zone, local_day_bounds, to_local


class Kind(IntEnum):
    """What a block shows; the value is the painting order (low first)."""

    WEEKEND = 0
    HOLIDAY = 1
    CLOSURE = 2
    WINDOW = 3
    CORE = 4
    LUNCH = 5
    BUSY = 6
    BOOKED = 7


@dataclass(frozen=True, slots=True)
class PersonWeek:
    """Input for one row: the person, their busy time and booked interviews (UTC)."""

    person: Interviewer
    busy: tuple[BusyInterval, ...] = ()
    booked: tuple[Interval, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """One drawn block: ``[start, end)`` in minutes since the week start."""

    start: float
    end: float
    kind: Kind
    interval: Interval
    label: str = ""


@dataclass(frozen=True, slots=True)
class Tick:
    """A full local hour: its position (minutes since the week start) and its local time."""

    minute: float
    local: datetime


@dataclass(frozen=True, slots=True)
class RowLayout:
    """Everything drawn for one person."""

    person: Interviewer
    blocks: tuple[Block, ...]
    hours: tuple[Tick, ...]
    utc_offsets: tuple[int, ...]  # distinct offsets (minutes) during the week, in order

    def blocks_at(self, minute: float) -> list[Block]:
        """Blocks covering ``minute``, in painting order."""
        return [b for b in self.blocks if b.start <= minute < b.end]


@dataclass(frozen=True, slots=True)
class DayColumn:
    """One display-zone calendar day."""

    start: float
    end: float
    day: date


@dataclass(frozen=True, slots=True)
class WeekLayout:
    """The whole week: display days and hours, one row per person, the all-in-core strip."""

    monday: date
    zone: str
    start: datetime
    end: datetime
    days: tuple[DayColumn, ...]
    hours: tuple[Tick, ...]
    rows: tuple[RowLayout, ...]
    all_core: tuple[Block, ...]

    @property
    def minutes(self) -> float:
        """Length of the week in minutes (10 080, or one hour more or less on a DST week)."""
        return minute_of(self.start, self.end)

    def minute(self, instant: datetime) -> float:
        """Position of an aware instant in minutes since the week start."""
        return minute_of(self.start, instant)

    def instant(self, minute: float) -> datetime:
        """The instant at ``minute`` since the week start."""
        return self.start + timedelta(minutes=minute)


def minute_of(start: datetime, instant: datetime) -> float:
    """Minutes from ``start`` to ``instant``."""
    return (instant - start).total_seconds() / 60.0


def monday_of(day: date) -> date:
    """The Monday starting the ISO week of ``day``."""
    return day - timedelta(days=day.weekday())


def week_bounds(monday: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """UTC instants of Monday 00:00 and the next Monday 00:00 in ``zone``."""
    return local_day_bounds(monday, zone)[0], local_day_bounds(monday + timedelta(days=7), zone)[0]


def local_hours(zone: tzinfo, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """(UTC instant, local time) of every full local hour in ``[start, end)``.

    Built from local dates so that zones with :30 and :45 offsets get their own full hours;
    hours that do not exist (a spring-forward gap) are skipped and a repeated hour (the autumn
    fold) appears twice.
    """
    first = to_local(start, zone).date() - timedelta(days=1)
    last = to_local(end, zone).date() + timedelta(days=1)
    seen: set[datetime] = set()
    result: list[tuple[datetime, datetime]] = []
    day = first
    while day <= last:
        for hour in range(24):
            instant = at_local(day, time(hour), zone)
            for candidate in (instant, instant + timedelta(hours=1)):  # the fold's second copy
                local = to_local(candidate, zone)
                if local.minute or local.hour != hour or local.date() != day:
                    continue
                if start <= candidate < end and candidate not in seen:
                    seen.add(candidate)
                    result.append((candidate, local))
        day += timedelta(days=1)
    return sorted(result)


def _block(start: datetime, kind: Kind, interval: Interval, label: str = "") -> Block:
    return Block(minute_of(start, interval.start), minute_of(start, interval.end), kind,
                 interval, label)


def _days_touching(zone: tzinfo, start: datetime, end: datetime) -> list[date]:
    first = to_local(start, zone).date()
    last = to_local(end - timedelta(microseconds=1), zone).date()
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _person_day(person: Interviewer, company: CompanySettings, day: date, language: str,
                zone: tzinfo) -> tuple[list[tuple[Kind, Interval, str]], Interval | None]:
    """Blocks of one local day and its core hours (None on a day off)."""
    # Imported here: the ``holidays`` package takes ~0.3 s to load, which the worker pays,
    # not the window's start-up.
    from interviewplanner.core.holidays_calendar import holiday_name
    from interviewplanner.core.policy import DayOff, day_off, work_day

    whole = Interval(*local_day_bounds(day, zone))
    off = day_off(person, company, day)
    if off is not None:
        if off.kind == DayOff.HOLIDAY:
            name = holiday_name(person.country, day, language) or off.name
            return [(Kind.HOLIDAY, whole, name)], None
        if off.kind == DayOff.CLOSURE:
            return [(Kind.CLOSURE, whole, off.name)], None
        return [(Kind.WEEKEND, whole, "")], None
    rules = work_day(person, company, day)
    if rules is None:  # pragma: no cover - day_off said it is a working day
        return [], None
    policy = person.policy
    window = Interval(at_local(day, policy.window.start, zone), at_local(day, policy.window.end, zone))
    blocks = [(Kind.WINDOW, window, ""), (Kind.CORE, rules.core, ""),
              (Kind.LUNCH, rules.lunch_window, str(rules.lunch_minutes))]
    return blocks, rules.core


def build_row(entry: PersonWeek, company: CompanySettings, start: datetime, end: datetime,
              language: str) -> tuple[RowLayout, list[Interval]]:
    """The row of one person and their core hours during the week (for the all-core strip)."""
    person = entry.person
    zone = get_zone(person.timezone)
    week = Interval(start, end)
    blocks: list[Block] = []
    cores: list[Interval] = []
    for day in _days_touching(zone, start, end):
        day_blocks, core = _person_day(person, company, day, language, zone)
        for kind, interval, label in day_blocks:
            for part in clip([interval], week):
                blocks.append(_block(start, kind, part, label))
        if core is not None:
            cores.append(core)
    for busy in entry.busy:
        for part in clip([busy.interval], week):
            blocks.append(_block(start, Kind.BUSY, part, busy.source))
    for booked in entry.booked:
        for part in clip([booked], week):
            blocks.append(_block(start, Kind.BOOKED, part))
    blocks.sort(key=lambda b: (b.kind, b.start))
    hours = tuple(Tick(minute_of(start, u), local) for u, local in local_hours(zone, start, end))
    offsets = tuple(dict.fromkeys(int((t.local.utcoffset() or timedelta()).total_seconds() // 60)
                                  for t in hours))
    return RowLayout(person, tuple(blocks), hours, offsets), cores


def build_week(monday: date, display_zone: str, people: Sequence[PersonWeek],
               company: CompanySettings, language: str = "en_US") -> WeekLayout:
    """Lay out the week starting ``monday`` (in ``display_zone``) for ``people``.

    ``language`` is the ``holidays`` language for holiday names ("ja", "en_US").
    """
    zone = get_zone(display_zone)
    start, end = week_bounds(monday, zone)
    days = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        day_start, day_end = local_day_bounds(day, zone)
        days.append(DayColumn(minute_of(start, day_start), minute_of(start, day_end), day))
    hours = tuple(Tick(minute_of(start, u), local) for u, local in local_hours(zone, start, end))
    rows: list[RowLayout] = []
    common: list[Interval] | None = None
    for entry in people:
        row, cores = build_row(entry, company, start, end, language)
        rows.append(row)
        common = normalise(cores) if common is None else intersect(common, cores)
    strip = tuple(_block(start, Kind.CORE, iv) for iv in clip(common or [], Interval(start, end)))
    return WeekLayout(monday, display_zone, start, end, tuple(days), hours, tuple(rows), strip)
