"""Date/time properties → instants: DATE, floating, UTC and TZID values, and durations.

A :class:`Moment` keeps both the wall-clock reading (needed for recurrence and for nominal
day durations) and the UTC instant. DATE values and floating times are read in the calendar's
floating zone (X-WR-TIMEZONE, else the interviewer's zone); a TZID goes through the
:class:`~interviewplanner.ics.read.zones.ZoneResolver`. Wall → UTC conversion always goes through
:func:`interviewplanner.core.timezones.to_utc` (first occurrence in folds, offset before gaps),
with a per-file cache.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from functools import partial
from typing import NamedTuple
from zoneinfo import ZoneInfo

from interviewplanner.core.timezones import to_utc
from interviewplanner.ics.read.tree import Prop, param
from interviewplanner.ics.read.values import (
    Duration,
    as_utc,
    parse_date,
    parse_date_time,
    parse_duration,
    split_period,
    wall,
)
from interviewplanner.ics.read.zones import VTimezone, ZoneResolver


class Moment(NamedTuple):
    """A DATE or DATE-TIME value: wall clock, its zone, whether it was a DATE, and UTC.

    A named tuple rather than a frozen dataclass: tens of thousands are made per file.
    """

    wall: datetime
    zone: tzinfo
    is_date: bool
    utc: datetime


_HEADS_CACHED = 4096  # parameter texts remembered per calendar (bounded: hostile input)


def _moment(fields: tuple[datetime, tzinfo, bool, datetime]) -> Moment:
    """A :class:`Moment` from its four fields, without the named tuple's Python-level ``__new__``."""
    return tuple.__new__(Moment, fields)


class TimeReader:
    """Reads time values for one calendar (floating zone + TZID resolver), caching conversions."""

    def __init__(self, resolver: ZoneResolver, floating: tzinfo) -> None:
        """``floating`` is the zone for DATE values and floating times."""
        self.resolver = resolver
        self.floating = floating
        self._cache: dict[tuple[datetime, tzinfo], datetime] = {}
        self._heads: dict[str, tuple[str, str | None]] = {}  # parameter text -> VALUE, TZID

    def utc(self, local: datetime, zone: tzinfo) -> datetime:
        """UTC instant of naive wall time ``local`` in ``zone`` (cached for zones other than
        UTC, VTIMEZONE and IANA ones, whose conversion is cheap)."""
        if zone is UTC:
            return as_utc(local)
        if isinstance(zone, VTimezone):
            return zone.wall_to_utc(local)  # a bisect: no cache
        if type(zone) is ZoneInfo:
            return to_utc(local, zone)  # one astimezone: cheaper than a cache look-up
        key = (local, zone)
        found = self._cache.get(key)
        if found is None:
            found = to_utc(local, zone)
            self._cache[key] = found
        return found

    def converter(self, zone: tzinfo) -> Callable[[datetime], datetime]:
        """``lambda local: self.utc(local, zone)``, with the zone's kind decided once."""
        if zone is UTC:
            return as_utc
        if isinstance(zone, VTimezone):
            return zone.wall_to_utc
        return partial(self.utc, zone=zone)

    def wall_of(self, instant: datetime, zone: tzinfo) -> datetime:
        """Naive wall time in ``zone`` of the aware ``instant``."""
        return instant.astimezone(zone).replace(tzinfo=None)

    def read(self, text: str, params: dict[str, list[str]], line: int) -> Moment:
        """Read one DATE or DATE-TIME value with its parameters (raises ValueError if bad)."""
        value_type = (param(params, "VALUE") or "").upper() if params else ""
        return self._value(text.strip(), value_type,
                           param(params, "TZID") if params else None, line)

    def _value(self, text: str, value_type: str, tzid: str | None, line: int) -> Moment:
        """A stripped DATE or DATE-TIME ``text`` of type ``value_type`` in zone ``tzid``."""
        if value_type == "DATE" or len(text) == 8:  # a DATE (see is_date_text)
            day = parse_date(text[:8] if value_type == "DATE" and len(text) > 8 else text)
            local = wall(day.year, day.month, day.day)
            return _moment((local, self.floating, True, self.utc(local, self.floating)))
        local, is_utc = parse_date_time(text)
        if is_utc:
            return _moment((local, UTC, False, as_utc(local)))
        zone = self.resolver.zone(tzid, line) if tzid else self.floating
        return _moment((local, zone, False, self.utc(local, zone)))

    def read_period(self, text: str, params: dict[str, list[str]],
                    line: int) -> tuple[Moment, datetime]:
        """Read a PERIOD ``start/end`` or ``start/duration``: the start and the UTC end."""
        first, second = split_period(text)
        start = self.read(first, params, line)
        if second[:1] in ("P", "p", "+", "-"):
            return start, self.end_after(start, parse_duration(second))
        return start, self.read(second, params, line).utc

    def read_prop(self, prop: Prop) -> Moment:
        """Read a single-valued date/time property such as DTSTART.

        Same as ``self.read(*prop.split(), prop.line)`` reversed; without quotes, what its
        parameters mean here (VALUE, TZID) is remembered by their text (``;TZID=…``).
        """
        rest = prop.rest
        if rest[:1] == ":":
            head, value = "", rest[1:]
        else:
            colon = rest.find(":")
            if colon < 0 or '"' in rest:
                params, value = prop.split()
                return self.read(value, params, prop.line)
            head, value = rest[:colon], rest[colon + 1:]
        kind = self._heads.get(head)
        if kind is None:
            params, _ = prop.split()
            kind = ((param(params, "VALUE") or "").upper() if params else "",
                    param(params, "TZID") if params else None)
            if len(self._heads) >= _HEADS_CACHED:
                self._heads.clear()
            self._heads[head] = kind
        return self._value(value.strip(), kind[0], kind[1], prop.line)

    def end_after(self, start: Moment, length: Duration) -> datetime:
        """UTC end of an occurrence starting at ``start`` lasting ``length``.

        Days are nominal (same wall-clock time on the later day, 23/25 h across DST); hours,
        minutes and seconds are exact.
        """
        return self.end_at(start.wall, start.zone, start.utc, length)

    def end_at(self, local: datetime, zone: tzinfo, start_utc: datetime,
               length: Duration) -> datetime:
        """Like :meth:`end_after` for a start given as wall time, zone and UTC instant."""
        base = self.utc(local + timedelta(days=length.days), zone) if length.days else start_utc
        return base + timedelta(seconds=length.seconds)
