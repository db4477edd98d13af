"""Event records → occurrences: duplicates resolved, series expanded, overrides applied.

* Per (UID, RECURRENCE-ID) the highest SEQUENCE wins, then the latest DTSTAMP, then the later
  component in the file (RFC 5546 §2.1.5).
* A series (RRULE and/or RDATE) is expanded over the horizon only; DTSTART is always an
  instance; EXDATE removes instances (a DATE EXDATE on a timed series removes that local day).
* An override (RECURRENCE-ID) replaces its instance and is kept wherever it lands, like a
  one-off event; ``RANGE=THISANDFUTURE`` also shifts and re-sizes every later instance that has
  no override of its own (RFC 5545 §3.8.4.4).
* Events without recurrence are kept even outside the horizon.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from operator import itemgetter
from typing import NamedTuple

from interviewplanner.core.intervals import Interval
from interviewplanner.ics.read.recurrence import Budget, expand
from interviewplanner.ics.read.times import Moment, TimeReader
from interviewplanner.ics.read.vevent import EventRecord

_EPOCH = datetime.min.replace(tzinfo=UTC)


class Occurrence(NamedTuple):
    """One concrete occurrence: UTC start and end, whether it is busy, and its title."""

    start: datetime
    end: datetime
    busy: bool
    title: str | None


class _Instance(NamedTuple):
    wall: datetime
    start: datetime
    end: datetime


_make_instance = partial(tuple.__new__, _Instance)  # _Instance._make without its Python frame
_START = itemgetter(1)  # an _Instance's start


@dataclass(slots=True)
class Series:
    """A master (possibly missing: orphan overrides) and its overrides, after de-duplication."""

    master: EventRecord | None
    overrides: list[EventRecord]


def _rank(record: EventRecord, order: int) -> tuple[int, datetime, int]:
    stamp = record.stamp or _EPOCH
    return record.sequence, stamp, order


def group(records: Iterable[EventRecord]) -> list[Series]:
    """Group records by UID and keep one record per (UID, RECURRENCE-ID)."""
    best: dict[tuple[str, datetime | None], tuple[tuple[int, datetime, int], EventRecord]] = {}
    for order, record in enumerate(records):
        uid = record.uid if record.uid is not None else f"\0line {record.line}"
        key = (uid, record.recurrence_id.utc if record.recurrence_id else None)
        rank = _rank(record, order)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, record)
    by_uid: dict[str, Series] = {}
    for (uid, rid), (_, record) in best.items():
        series = by_uid.setdefault(uid, Series(None, []))
        if rid is None:
            series.master = record
        else:
            series.overrides.append(record)
    return list(by_uid.values())


_make_occurrence = partial(tuple.__new__, Occurrence)  # Occurrence._make, in C


def one_off(record: EventRecord) -> Occurrence:
    """The one occurrence of an event without recurrence (a master or an override)."""
    return _make_occurrence((record.start.utc, record.end, record.busy, record.title))


_occurrence = one_off


class Expander:
    """Expands series over one horizon with one time budget."""

    def __init__(self, times: TimeReader, horizon: Interval, budget: Budget) -> None:
        """``times`` supplies cached wall → UTC conversion."""
        self.times = times
        self.horizon = horizon
        self.budget = budget

    def occurrences(self, series: Series) -> list[Occurrence]:
        """Every occurrence of ``series`` (raises ExpansionError/RRuleError if it cannot expand)."""
        master = series.master
        if not series.overrides and master is not None and not master.recurring:
            return [_occurrence(master)]  # the usual one-off event
        result = [_occurrence(o) for o in series.overrides]
        if master is None:
            return result
        replaced = _Matcher((o.recurrence_id for o in series.overrides),
                            not master.start.is_date)
        if not master.recurring:
            if not replaced.covers(master.start.wall, master.start.utc):
                result.append(_occurrence(master))
            return result
        instances = self._instances(master)
        low, high = self.horizon.start, self.horizon.end
        if not series.overrides:  # nothing replaced or shifted: the usual recurring event
            busy, title = master.busy, master.title
            result += [_make_occurrence((start, end, busy, title)) for _, start, end in instances
                       if end > low and start < high]
            return result
        future = sorted((o for o in series.overrides if o.this_and_future),
                        key=lambda o: o.recurrence_id.utc if o.recurrence_id else o.start.utc)
        future_keys = [o.recurrence_id.utc for o in future if o.recurrence_id]
        for instance in instances:
            if replaced.covers(instance.wall, instance.start):
                continue
            index = bisect_right(future_keys, instance.start) - 1
            found = (self._shifted(instance, master, future[index]) if index >= 0
                     else Occurrence(instance.start, instance.end, master.busy, master.title))
            if found.end > self.horizon.start and found.start < self.horizon.end:
                result.append(found)
        return result

    def _window(self, master: EventRecord) -> tuple[datetime, datetime]:
        zone = master.start.zone
        margin = timedelta(days=abs(master.length.days) + 1, seconds=abs(master.length.seconds))
        low = self.times.wall_of(self.horizon.start, zone) - margin
        high = self.times.wall_of(self.horizon.end, zone) + timedelta(days=1)
        return low, high

    def _instances(self, master: EventRecord) -> list[_Instance]:
        zone, length = master.start.zone, master.length
        low, high = self._window(master)
        walls = expand(master.rule, master.start.wall, low, high,
                                  budget=self.budget) if master.rule else []
        if low <= master.start.wall < high:
            walls.append(master.start.wall)
        convert = self.times.converter(zone)
        exact = timedelta(seconds=length.seconds)
        found: dict[datetime, _Instance]
        if not length.days:  # exact lengths (the usual timed event): a few whole-list passes
            starts = list(map(convert, walls))
            # dict() keeps a repeated key's last value: reversed, that is its first wall's
            found = dict(zip(reversed(starts), map(_make_instance, zip(
                reversed(walls), reversed(starts), [start + exact for start in reversed(starts)],
                strict=True)), strict=True))
        else:
            found = {}
            days = timedelta(days=length.days)
            for local in walls:  # end_at, unrolled: days are wall-clock, the rest exact
                start = convert(local)
                if start not in found:
                    found[start] = _Instance(local, start, convert(local + days) + exact)
        for extra in master.rdates:
            start = extra.start.utc
            local = self.times.wall_of(start, zone) if extra.start.zone is not zone else extra.start.wall
            end = extra.end if extra.end is not None else self.times.end_at(local, zone, start, length)
            found.setdefault(start, _Instance(local, start, end))
        if not master.exdates:
            return sorted(found.values(), key=_START)
        excluded = _Matcher(master.exdates, not master.start.is_date)
        return sorted((i for i in found.values() if not excluded.covers(i.wall, i.start)),
                      key=_START)

    def _shifted(self, instance: _Instance, master: EventRecord,
                 override: EventRecord) -> Occurrence:
        """``instance`` moved and re-sized by a THISANDFUTURE override."""
        rid = override.recurrence_id
        assert rid is not None  # only overrides reach here
        zone = master.start.zone
        if override.start.zone is zone and rid.zone is zone:
            local = instance.wall + (override.start.wall - rid.wall)
            start = self.times.utc(local, zone)
        else:
            start = instance.start + (override.start.utc - rid.utc)
            local = self.times.wall_of(start, zone)
        end = self.times.end_at(local, zone, start, override.length)
        return Occurrence(start, end, override.busy, override.title)


class _Matcher:
    """Instances named by a list of moments (RECURRENCE-IDs or EXDATEs).

    A moment matches the instance at the same UTC instant; a DATE moment on a timed series
    matches every instance on that local day.
    """

    def __init__(self, moments: Iterable[Moment | None], timed_series: bool) -> None:
        """``timed_series`` is False for all-day (DATE) series."""
        known = [m for m in moments if m is not None]
        self.instants = {m.utc for m in known}
        self.days = {m.wall.date() for m in known if m.is_date} if timed_series else set()

    def covers(self, local: datetime, start: datetime) -> bool:
        """True when the instance at wall time ``local`` / UTC ``start`` is named."""
        return start in self.instants or (bool(self.days) and local.date() in self.days)
