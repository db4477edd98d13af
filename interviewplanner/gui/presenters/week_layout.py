"""What the week view draws, computed once per week (no Qt here, so it is testable alone).

The horizontal axis is linear in real time: minute 0 is Monday 00:00 in the display zone and the
axis ends at the next Monday 00:00 there, so a 25-hour day of a DST change is 25 hours wide and
every person's hours are evenly spaced. Every block is stored in minutes since the week start;
the widget multiplies by its zoom factor when painting, so zooming and scrolling never rebuild
the layout. Per person the layout holds their working window, core hours, lunch window, days
off (weekend, named holiday, company closure), busy time and booked interviews, plus the
instants of their own local full hours (the labels drawn on each row).

The day rules are the core's (:mod:`interviewplanner.core.policy`: ``day_off``, ``work_day``,
``opening``, ``free_time``), so the week view draws exactly what the slot engine plans with.
The layout also carries its own inputs, so a language change can rebuild it (:func:`rebuild`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from enum import IntEnum
from typing import Protocol

from interviewplanner.core.intervals import Interval, clip, intersect, normalise
from interviewplanner.core.model import BusyInterval, CompanySettings, Interviewer
from interviewplanner.core.timezones import at_local, get_zone, local_day_bounds, to_local

WEEK_MINUTES = 7 * 24 * 60
FOCUS_PAD_MINUTES = 60
"""The hours that matter are everyone's working windows, padded by this much on each side."""
FOCUS_MERGE_MINUTES = 180
"""Hidden stretches shorter than this are shown after all (not worth a gap on the axis)."""


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


DAY_OFF_KINDS = frozenset({Kind.WEEKEND, Kind.HOLIDAY, Kind.CLOSURE})


class BookedLike(Protocol):
    """A booked interview with what the tooltip names (a service's value fits as it is)."""

    @property
    def interval(self) -> Interval:
        """When the interview takes place (UTC)."""

    @property
    def candidate(self) -> str:
        """The candidate's name."""

    @property
    def title(self) -> str:
        """The session's title."""


@dataclass(frozen=True, slots=True)
class BookedInterview:
    """A booked session of one interviewer: when, with whom, and which session."""

    interval: Interval
    candidate: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class PersonWeek:
    """Input for one row: the person, their busy time and booked interviews (UTC).

    ``booked`` holds plain intervals or values with ``interval``, ``candidate`` and ``title``.
    """

    person: Interviewer
    busy: tuple[BusyInterval, ...] = ()
    booked: tuple[Interval | BookedLike, ...] = ()

    def booked_interviews(self) -> tuple[BookedInterview, ...]:
        """``booked`` as :class:`BookedInterview` values (an interval alone has no names)."""
        return tuple(BookedInterview(b) if isinstance(b, Interval)
                     else BookedInterview(b.interval, b.candidate, b.title) for b in self.booked)


@dataclass(frozen=True, slots=True)
class Block:
    """One drawn block: ``[start, end)`` in minutes since the week start.

    ``label`` names it where there is a name: a holiday or closure, the lunch length in
    minutes, the busy time's source, a booked interview's candidate; ``detail`` is a booked
    interview's session title.
    """

    start: float
    end: float
    kind: Kind
    interval: Interval
    label: str = ""
    detail: str = ""


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
    free_in_core: tuple[tuple[float, float], ...] = ()  # minutes free for an interview in core

    def is_free_in_core(self, minute: float) -> bool:
        """True when an interview could lie at ``minute`` inside this person's core hours."""
        return any(a <= minute < b for a, b in self.free_in_core)

    def blocks_at(self, minute: float) -> list[Block]:
        """Blocks covering ``minute``, in painting order."""
        return [b for b in self.blocks if b.start <= minute < b.end]

    def blocks_between(self, start: float, end: float) -> list[Block]:
        """Blocks overlapping ``[start, end)`` minutes, in painting order."""
        return [b for b in self.blocks if b.start < end and b.end > start]


@dataclass(frozen=True, slots=True)
class DayColumn:
    """One display-zone calendar day."""

    start: float
    end: float
    day: date


@dataclass(frozen=True, slots=True)
class WeekLayout:
    """The whole week: display days and hours, one row per person, the strips, the focus.

    ``all_core``: when everyone shown is in core hours; ``all_free``: when everyone shown is
    free in core hours (the core's free time: busy time, buffers, lunch and load limits
    counted). ``focus``: the minute ranges that matter (everyone's working windows, padded),
    which the view shows by default instead of the nights and weekends.
    """

    monday: date
    zone: str
    start: datetime
    end: datetime
    days: tuple[DayColumn, ...]
    hours: tuple[Tick, ...]
    rows: tuple[RowLayout, ...]
    all_core: tuple[Block, ...]
    all_free: tuple[Block, ...] = ()
    focus: tuple[tuple[float, float], ...] = ()
    people: tuple[PersonWeek, ...] = ()
    company: CompanySettings = field(default_factory=CompanySettings)
    language: str = "en_US"

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

    def row_of(self, email: str) -> int:
        """Index of the row of ``email`` (case-insensitive), or -1."""
        wanted = email.lower()
        return next((i for i, r in enumerate(self.rows) if r.person.email.lower() == wanted), -1)


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


def _block(start: datetime, kind: Kind, interval: Interval, label: str = "",
           detail: str = "") -> Block:
    return Block(minute_of(start, interval.start), minute_of(start, interval.end), kind,
                 interval, label, detail)


def _days_touching(zone: tzinfo, start: datetime, end: datetime) -> list[date]:
    first = to_local(start, zone).date()
    last = to_local(end - timedelta(microseconds=1), zone).date()
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _person_day(person: Interviewer, company: CompanySettings, day: date, language: str,
                zone: tzinfo) -> tuple[list[tuple[Kind, Interval, str]], Interval | None]:
    """Blocks of one local day and its core hours (None on a day off), by the core's rules."""
    # Imported here: the ``holidays`` package takes ~0.3 s to load, which the worker pays,
    # not the window's start-up (the view imports this module for its types).
    from interviewplanner.core.holidays_calendar import holiday_name
    from interviewplanner.core.policy import DayOff, day_off, effective_policy, opening, work_day

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
    hours = effective_policy(person, company).window  # the whole working window, also when "core only"
    window = Interval(opening(day, hours.start, zone), opening(day, hours.end, zone))
    blocks = [(Kind.WINDOW, window, ""), (Kind.CORE, rules.core, ""),
              (Kind.LUNCH, rules.lunch_window, str(rules.lunch_minutes))]
    return blocks, rules.core


def _free_in_core(entry: PersonWeek, company: CompanySettings, cores: list[Interval],
                  start: datetime, end: datetime) -> list[Interval]:
    """Where ``entry``'s person is free (the core's free time) inside their core hours."""
    from interviewplanner.core.policy import free_time

    booked = [b.interval for b in entry.booked_interviews()]
    busy = [b.interval for b in entry.busy] + booked
    return intersect(free_time(entry.person, company, busy, start, end, booked=booked), cores)


def build_row(entry: PersonWeek, company: CompanySettings, start: datetime, end: datetime,
              language: str) -> tuple[RowLayout, list[Interval]]:
    """The row of one person and their core hours during the week (for the strips)."""
    person = entry.person
    zone = get_zone(person.timezone)
    week = Interval(start, end)
    blocks: list[Block] = []
    cores: list[Interval] = []
    for day in _days_touching(zone, start, end):
        day_blocks, core = _person_day(person, company, day, language, zone)
        for kind, interval, label in day_blocks:
            blocks.extend(_block(start, kind, part, label) for part in clip([interval], week))
        if core is not None:
            cores.append(core)
    for busy in entry.busy:
        blocks.extend(_block(start, Kind.BUSY, part, busy.source)
                      for part in clip([busy.interval], week))
    for booked in entry.booked_interviews():
        blocks.extend(_block(start, Kind.BOOKED, part, booked.candidate, booked.title)
                      for part in clip([booked.interval], week))
    blocks.sort(key=lambda b: (b.kind, b.start))
    hours = tuple(Tick(minute_of(start, u), local) for u, local in local_hours(zone, start, end))
    offsets = tuple(dict.fromkeys(int((t.local.utcoffset() or timedelta()).total_seconds() // 60)
                                  for t in hours))
    return RowLayout(person, tuple(blocks), hours, offsets), cores


def focus_spans(rows: Sequence[RowLayout], hours: Sequence[Tick],
                minutes: float) -> tuple[tuple[float, float], ...]:
    """The minute ranges worth showing: everyone's working windows and booked interviews,
    padded by :data:`FOCUS_PAD_MINUTES`, widened to full display hours and merged across
    short gaps. The whole week when nobody works this week."""
    spans = sorted((b.start - FOCUS_PAD_MINUTES, b.end + FOCUS_PAD_MINUTES)
                   for row in rows for b in row.blocks if b.kind in (Kind.WINDOW, Kind.BOOKED))
    if not spans:
        return ((0.0, minutes),)
    ticks = [t.minute for t in hours]
    merged: list[list[float]] = []
    for low, high in spans:
        below = bisect_right(ticks, low) - 1
        above = bisect_left(ticks, high)
        first = ticks[below] if below >= 0 else 0.0
        last = ticks[above] if above < len(ticks) else minutes
        if merged and first - merged[-1][1] < FOCUS_MERGE_MINUTES:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return tuple((max(a, 0.0), min(b, minutes)) for a, b in merged)


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
    free: list[Interval] | None = None
    for entry in people:
        row, cores = build_row(entry, company, start, end, language)
        common = normalise(cores) if common is None else intersect(common, cores)
        mine = _free_in_core(entry, company, cores, start, end)
        free = mine if free is None else intersect(free, mine)
        spans = tuple((minute_of(start, i.start), minute_of(start, i.end)) for i in mine)
        rows.append(replace(row, free_in_core=spans))
    week = Interval(start, end)
    all_core = tuple(_block(start, Kind.CORE, iv) for iv in clip(common or [], week))
    all_free = tuple(_block(start, Kind.CORE, iv) for iv in clip(free or [], week))
    focus = focus_spans(rows, hours, minute_of(start, end))
    return WeekLayout(monday, display_zone, start, end, tuple(days), hours, tuple(rows),
                      all_core, all_free, focus, tuple(people), company, language)


def rebuild(layout: WeekLayout, language: str) -> WeekLayout:
    """The same week laid out again in another holiday-name ``language``."""
    return build_week(layout.monday, layout.zone, layout.people, layout.company, language)
