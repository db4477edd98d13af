"""Overlap forecast (SPEC §11): where a group can meet at all, day by day, and when that changes.

The policy only, no busy time: a forecast for months ahead. Each member contributes their
working window (core hours when asked; "core hours only" people their core hours anyway) on
every local date; the candidate, when given, contributes 08:00-20:00 local on weekdays. The
windows are intersected as UTC intervals, each shared window remembering the local date it falls
on for every member. A shared window is lost when any member has that local date off (weekend,
national holiday, company closure); the lost window tells which member and why.

``days`` has one entry per UTC date of the range: the shared windows that *start* on that date
and their minutes (empty on days with none). A date is *off* when a day off removed a shared
window from it, else *working*. ``changes`` lists the days whose minutes differ from the previous
working date's:

* a working date, with the clock changes between the two dates as causes (``dst_start`` or
  ``dst_end`` for each zone whose UTC offset at noon UTC differs between them); so the ordinary
  return from a weekend is no change;
* an off date, with its days off as causes (``weekend``, ``holiday``, ``closure`` in the zone of
  the member who is off) — except an off date that only carries on the run of the day before
  (same minutes, same kinds of day off): a weekend is one change, a holiday that makes a long
  weekend is a second one.

``transitions`` lists every clock change in the members' zones inside the range, for pictures.

:func:`suggest_split` uses the same intersection to tell when a one-day plan mixes people who
never share a window as long as the panel, and which days would hold it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.plan import Plan
from interviewplanner.core.policy import DayOff, day_off, effective_policy, opening
from interviewplanner.core.timezones import UTC, get_zone, local_dates, utc_midnight

__all__ = [
    "CANDIDATE_HOURS", "Cause", "Change", "Forecast", "ForecastDay", "Member", "SplitSuggestion",
    "Transition", "What", "candidate_member", "forecast", "interviewer_member", "suggest_split",
]

CANDIDATE_HOURS = (time(8), time(20))
"""The candidate's allowed local hours without explicit availability (SPEC §2)."""

_MARGIN = timedelta(days=2)


class What(StrEnum):
    """Why the shared minutes of a day differ from the day it is compared with."""

    DST_START = "dst_start"
    DST_END = "dst_end"
    HOLIDAY = "holiday"
    CLOSURE = "closure"
    WEEKEND = "weekend"


_OFF = {DayOff.WEEKEND: What.WEEKEND, DayOff.HOLIDAY: What.HOLIDAY, DayOff.CLOSURE: What.CLOSURE}


@dataclass(frozen=True, slots=True)
class Member:
    """One member of the group: a zone, the local hours they bring, and whose days off count.

    ``person`` is None for the candidate, who works on weekdays and has no holidays.
    """

    zone: str
    hours: tuple[time, time]
    person: Interviewer | None = None

    def off(self, day: date, company: CompanySettings) -> What | None:
        """Why local ``day`` brings no hours (None when it does)."""
        if self.person is None:
            return What.WEEKEND if day.weekday() >= 5 else None
        reason = day_off(self.person, company, day)
        return None if reason is None else _OFF[reason.kind]


def interviewer_member(person: Interviewer, company: CompanySettings, *, core: bool) -> Member:
    """``person`` with their working window, or their core hours when ``core``."""
    policy = effective_policy(person, company)
    if core:
        return Member(person.timezone, (policy.core.start, policy.core.end), person)
    if policy.core_only:  # as in work_day: the window narrowed to the core hours
        start = max(policy.window.start, policy.core.start)
        return Member(person.timezone, (start, max(start, min(policy.window.end, policy.core.end))),
                      person)
    return Member(person.timezone, (policy.window.start, policy.window.end), person)


def candidate_member(zone: str) -> Member:
    """A candidate in ``zone`` without explicit availability: local 08:00-20:00 on weekdays."""
    get_zone(zone)
    return Member(zone, CANDIDATE_HOURS)


@dataclass(frozen=True, slots=True, order=True)
class Cause:
    """One cause of a change: a clock change or a day off, in one zone."""

    zone: str
    what: What


@dataclass(frozen=True, slots=True)
class ForecastDay:
    """The shared windows starting on one UTC date; ``lost`` the days off that removed some."""

    day: date
    windows: tuple[Interval, ...]
    lost: tuple[Cause, ...] = ()

    @property
    def minutes(self) -> int:
        """Shared minutes of the day."""
        return sum(int(w.duration.total_seconds()) // 60 for w in self.windows)

    @property
    def off(self) -> bool:
        """True when a day off removed a shared window from this date."""
        return bool(self.lost)


@dataclass(frozen=True, slots=True)
class Change:
    """A day whose shared minutes differ from the day it is compared with, and why."""

    day: date
    minutes_before: int
    minutes_after: int
    because: tuple[Cause, ...]


@dataclass(frozen=True, slots=True)
class Transition:
    """A clock change in ``zone`` at ``instant`` (UTC); ``day`` is its local date."""

    instant: datetime
    zone: str
    what: What

    @property
    def day(self) -> date:
        """The local date of the change in its own zone."""
        return self.instant.astimezone(get_zone(self.zone)).date()


@dataclass(frozen=True, slots=True)
class Forecast:
    """The forecast over ``[first, last)`` (UTC dates)."""

    days: tuple[ForecastDay, ...]
    changes: tuple[Change, ...]
    transitions: tuple[Transition, ...]


# ---------------------------------------------------------------- shared windows

_Piece = tuple[datetime, datetime, tuple[date, ...]]


def _windows(member: Member, start: datetime, end: datetime) -> list[_Piece]:
    zone = get_zone(member.zone)
    out: list[_Piece] = []
    for d in local_dates(start, end, zone):
        a, b = opening(d, member.hours[0], zone), opening(d, member.hours[1], zone)
        if b > a:
            out.append((a, b, (d,)))
    return out


def _intersect(left: Sequence[_Piece], right: Sequence[_Piece]) -> list[_Piece]:
    out: list[_Piece] = []
    i = j = 0
    while i < len(left) and j < len(right):
        (a, b, da), (c, e, dc) = left[i], right[j]
        lo, hi = max(a, c), min(b, e)
        if lo < hi:
            out.append((lo, hi, da + dc))
        if b <= e:
            i += 1
        else:
            j += 1
    return out


def shared_windows(members: Sequence[Member], start: datetime, end: datetime) -> list[_Piece]:
    """Intersections of every member's hours over ``[start, end)``, days off ignored.

    Each piece carries, per member (in order), the local date whose hours it lies in.
    """
    if not members:
        return []
    pieces = _windows(members[0], start, end)
    for member in members[1:]:
        pieces = _intersect(pieces, _windows(member, start, end))
    return pieces


# ---------------------------------------------------------------- clock changes


def _offset(instant: datetime, zone_name: str) -> tuple[timedelta, timedelta]:
    local = instant.astimezone(get_zone(zone_name))
    return local.utcoffset() or timedelta(0), local.dst() or timedelta(0)


def _change_instant(zone_name: str, lo: datetime, hi: datetime) -> datetime:
    before = _offset(lo, zone_name)[0]
    while hi - lo > timedelta(minutes=1):
        middle = lo + (hi - lo) / 2
        if _offset(middle, zone_name)[0] == before:
            lo = middle
        else:
            hi = middle
    return hi.replace(second=0, microsecond=0)


def transitions(zones: Iterable[str], first: date, last: date) -> list[Transition]:
    """Clock changes of ``zones`` between UTC midnight of ``first`` and of ``last``."""
    out: list[Transition] = []
    for zone_name in sorted(set(zones)):
        day = first
        while day < last:
            lo, hi = utc_midnight(day), utc_midnight(day + timedelta(days=1))
            (off_a, dst_a), (off_b, dst_b) = _offset(lo, zone_name), _offset(hi, zone_name)
            if off_a != off_b:
                forward = dst_b > dst_a if dst_a != dst_b else off_b > off_a
                what = What.DST_START if forward else What.DST_END
                out.append(Transition(_change_instant(zone_name, lo, hi), zone_name, what))
            day += timedelta(days=1)
    return sorted(out, key=lambda t: (t.instant, t.zone))


# ---------------------------------------------------------------- the forecast


def _days(
    members: Sequence[Member], company: CompanySettings, first: date, last: date
) -> list[ForecastDay]:
    start, end = utc_midnight(first), utc_midnight(last)
    kept: dict[date, list[Interval]] = {}
    lost: dict[date, set[Cause]] = {}
    for a, b, dates in shared_windows(members, start - _MARGIN, end + _MARGIN):
        day = a.astimezone(UTC).date()
        if not first <= day < last:
            continue
        causes = {Cause(m.zone, what) for m, d in zip(members, dates, strict=True)
                  if (what := m.off(d, company)) is not None}
        if causes:
            lost.setdefault(day, set()).update(causes)
        else:
            kept.setdefault(day, []).append(Interval(a, b))
    count = (last - first).days
    return [ForecastDay(d, tuple(kept.get(d, ())), tuple(sorted(lost.get(d, ()))))
            for d in (first + timedelta(days=i) for i in range(count))]


def _noon(day: date) -> datetime:
    return utc_midnight(day) + timedelta(hours=12)


def clock_causes(zones: Iterable[str], before: date, after: date) -> list[Cause]:
    """The zones whose clocks changed between noon UTC of ``before`` and of ``after``."""
    out: list[Cause] = []
    for zone_name in dict.fromkeys(zones):
        (off_a, dst_a), (off_b, dst_b) = _offset(_noon(before), zone_name), _offset(_noon(after), zone_name)
        if off_a != off_b:
            forward = dst_b > dst_a if dst_a != dst_b else off_b > off_a
            out.append(Cause(zone_name, What.DST_START if forward else What.DST_END))
    return sorted(out)


def _continues(previous: ForecastDay | None, day: ForecastDay) -> bool:
    """True when ``day`` only carries on a run of days off (same minutes, same kinds of cause)."""
    return (previous is not None and previous.off and previous.minutes == day.minutes
            and {c.what for c in previous.lost} == {c.what for c in day.lost})


def _changes(days: Sequence[ForecastDay], zones: Sequence[str]) -> list[Change]:
    out: list[Change] = []
    previous: ForecastDay | None = None
    working: ForecastDay | None = None
    for day in days:
        if working is not None and working.minutes != day.minutes:
            if not day.off:
                out.append(Change(day.day, working.minutes, day.minutes,
                                  tuple(clock_causes(zones, working.day, day.day))))
            elif not _continues(previous, day):
                out.append(Change(day.day, working.minutes, day.minutes, day.lost))
        previous = day
        if not day.off:
            working = day
    return out


def forecast(
    members: Sequence[Member], company: CompanySettings, first: date, last: date
) -> Forecast:
    """The overlap forecast of ``members`` for the UTC dates ``[first, last)``."""
    if last <= first:
        raise ValueError("the forecast needs last after first")
    days = _days(members, company, first, last)
    zones = sorted({m.zone for m in members})
    return Forecast(tuple(days), tuple(_changes(days, zones)), tuple(transitions(zones, first, last)))


# ---------------------------------------------------------------- splitting a one-day plan


@dataclass(frozen=True, slots=True)
class SplitSuggestion:
    """A one-day plan split into days: ``days[i]`` is session ``i``'s ``"day"``.

    ``longest`` is the longest shared window (minutes) of the whole panel's named people and
    candidate over the range, shorter than the panel's ``need``.
    """

    days: tuple[int, ...]
    longest: int
    need: int


def _longest(members: Sequence[Member], company: CompanySettings, first: date, last: date) -> int:
    if not members:
        return 24 * 60
    found = forecast(members, company, first, last)
    return max((int(w.duration.total_seconds()) // 60 for d in found.days for w in d.windows),
               default=0)


def suggest_split(
    plan: Plan, people: Mapping[str, Interviewer], company: CompanySettings, first: date,
    last: date,
) -> SplitSuggestion | None:
    """Days for a one-day ``plan`` whose named people and candidate never share a window as
    long as the panel (None when they do, or when splitting cannot help).

    Sessions stay in order; each block takes sessions while the longest shared window of its
    named interviewers (and the candidate, 08:00-20:00) over ``[first, last)`` holds them back
    to back. Pool seats are left out: who takes them is the search's choice. The policy only,
    no busy time, as in the forecast.
    """
    roster = {e.lower(): p for e, p in people.items()}
    candidate = candidate_member(plan.candidate.timezone)

    def members(indices: Sequence[int]) -> list[Member]:
        named = dict.fromkeys(e for i in indices for e in plan.sessions[i].interviewers)
        return [candidate, *(interviewer_member(roster[e], company, core=False)
                             for e in named if e in roster)]

    every = tuple(range(len(plan.sessions)))
    need = plan.block_minutes(every)
    longest = _longest(members(every), company, first, last)
    if plan.multi_day or longest >= need:
        return None
    days, block = [1], [0]
    for index in every[1:]:
        trial = [*block, index]
        if _longest(members(trial), company, first, last) >= plan.block_minutes(tuple(trial)):
            block = trial
        else:
            block = [index]
        days.append(days[-1] + (block == [index]))
    single = all(_longest(members([i]), company, first, last) >= plan.sessions[i].minutes
                 for i in every)
    return SplitSuggestion(tuple(days), longest, need) if single and days[-1] > 1 else None
