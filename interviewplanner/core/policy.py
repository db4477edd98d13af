"""Flex-time rules (SPEC §2) turned into UTC intervals per interviewer and local day.

Every rule is evaluated on the interviewer's own local calendar day in their IANA zone, so
"10:00" stays 10:00 local across DST changes; the results are aware UTC intervals. A local range
such as the working window opens the first moment the clock shows its start and closes the first
moment it shows its end (:func:`opening`): in an autumn fold that is the first occurrence, in a
spring-forward gap the instant of the jump.

The rules read the effective policy: the company's policy with the person's overrides applied,
computed here only (:func:`effective_policy`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import Enum
from functools import lru_cache

from interviewplanner.core.holidays_calendar import holiday_name
from interviewplanner.core.intervals import Interval, intersect, normalise, subtract
from interviewplanner.core.model import (
    CompanySettings,
    Interviewer,
    Policy,
    PolicyOverrides,
    TimeRange,
)
from interviewplanner.core.timezones import (
    at_local,
    exists_locally,
    get_zone,
    local_dates,
    to_local,
)


class DayOff(Enum):
    """Why a local day has no working time (reason codes; the faces word them)."""

    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    CLOSURE = "closure"


@dataclass(frozen=True, slots=True)
class DayOffReason:
    """A day off with its kind and, for holidays and closures, its name."""

    day: date
    kind: DayOff
    name: str = ""


@dataclass(frozen=True, slots=True)
class WorkDay:
    """One local working day of one interviewer, every rule already in UTC."""

    day: date
    window: Interval  # where interviews may lie (the core hours when "core hours only")
    core: Interval
    lunch_window: Interval
    lunch_minutes: int


def effective_policy(person: Interviewer, company: CompanySettings) -> Policy:
    """``person``'s policy: the company's, with the person's overrides applied.

    Raises :class:`~interviewplanner.core.policy_fields.PolicyError` when the two together are
    inconsistent (the services refuse such overrides when they are saved).
    """
    return _applied(person.overrides, company.policy)


@lru_cache(maxsize=4096)
def _applied(overrides: PolicyOverrides, base: Policy) -> Policy:
    """Cached: the slot engine asks per person and day, and building a policy validates it."""
    return overrides.apply(base)


def opening(day: date, clock: time, zone: tzinfo) -> datetime:
    """The first instant of local ``day`` at which the clock shows ``clock`` or later (UTC).

    This is :func:`at_local` (first occurrence of an ambiguous time) except in a spring-forward
    gap, where it is the instant of the jump: a window "00:00-02:30" on a day whose clocks go
    from 02:00 to 03:00 closes at 03:00 local, not at 03:30 (02:30 read with the old offset).
    """
    wall = datetime.combine(day, clock)
    guess = at_local(day, clock, zone)
    if exists_locally(wall, zone):
        return guess
    # ``guess`` (old offset) lies after the jump, ``low`` (new offset) before it; bisect on
    # whole seconds, which is where transitions fall.
    low = guess - (to_local(guess, zone).replace(tzinfo=None) - wall)
    below, above = 0, int((guess - low).total_seconds())
    while above - below > 1:
        middle = (below + above) // 2
        shown = to_local(low + timedelta(seconds=middle), zone).replace(tzinfo=None)
        below, above = (below, middle) if shown >= wall else (middle, above)
    return low + timedelta(seconds=above)


def _span(day: date, hours: TimeRange, zone: tzinfo) -> Interval:
    return Interval(opening(day, hours.start, zone), opening(day, hours.end, zone))


def day_off(person: Interviewer, company: CompanySettings, day: date) -> DayOffReason | None:
    """Why local ``day`` is not a working day for ``person`` (None when it is one)."""
    if day.weekday() not in effective_policy(person, company).working_days:
        return DayOffReason(day, DayOff.WEEKEND)
    name = holiday_name(person.country, day)
    if name is not None:
        return DayOffReason(day, DayOff.HOLIDAY, name)
    for closure in company.closures:
        if closure.covers(day):
            return DayOffReason(day, DayOff.CLOSURE, closure.name)
    return None


def work_day(person: Interviewer, company: CompanySettings, day: date) -> WorkDay | None:
    """The rules of local ``day`` for ``person`` in UTC, or None on a day off."""
    if day_off(person, company, day) is not None:
        return None
    zone = get_zone(person.timezone)
    policy = effective_policy(person, company)
    window = _span(day, policy.window, zone)
    core = _span(day, policy.core, zone)
    if policy.core_only:
        start = max(window.start, core.start)
        window = Interval(start, max(min(window.end, core.end), start))
    return WorkDay(day, window, core, _span(day, policy.lunch_window, zone), policy.lunch_minutes)


def work_days(
    person: Interviewer, company: CompanySettings, start: datetime, end: datetime
) -> list[WorkDay]:
    """Every working day of ``person`` whose local date the UTC range ``[start, end)`` touches."""
    zone = get_zone(person.timezone)
    days = (work_day(person, company, d) for d in local_dates(start, end, zone))
    return [d for d in days if d is not None]


def lunch_gaps(day: WorkDay, occupied: Iterable[Interval]) -> list[Interval]:
    """Unbroken gaps of the lunch window that are free of ``occupied`` and long enough for lunch."""
    need = timedelta(minutes=day.lunch_minutes)
    return [g for g in subtract([day.lunch_window], occupied) if g.duration >= need]


def lunch_kept(day: WorkDay, occupied: Iterable[Interval]) -> bool:
    """True when an unbroken lunch of the required length still fits among ``occupied``."""
    return day.lunch_minutes == 0 or bool(lunch_gaps(day, occupied))


def reserve_lunch(day: WorkDay, occupied: Sequence[Interval]) -> Interval | None:
    """Pick one lunch placement that ``occupied`` leaves free, nearest the lunch window's middle.

    Returns None when lunch cannot be kept at all. With a fixed window (12:00-13:00 for 60 min)
    this is the window itself; with a wider one it floats around busy time.
    """
    need = timedelta(minutes=day.lunch_minutes)
    if need == timedelta(0):
        return Interval(day.lunch_window.start, day.lunch_window.start)
    # whole minutes, so that free time never ends at 12:22:30 (150-min window, 45-min lunch)
    slack = (day.lunch_window.duration - need) // timedelta(minutes=1)
    middle = day.lunch_window.start + timedelta(minutes=slack // 2)
    best: Interval | None = None
    for gap in lunch_gaps(day, occupied):
        start = min(max(middle, gap.start), gap.end - need)
        if best is None or abs(start - middle) < abs(best.start - middle):
            best = Interval(start, start + need)
    return best


def dilate(intervals: Iterable[Interval], minutes: int) -> list[Interval]:
    """Grow every interval by ``minutes`` on both sides (for buffers), then merge."""
    pad = timedelta(minutes=minutes)
    return normalise(Interval(i.start - pad, i.end + pad) for i in intervals)


def _load_full(
    policy: Policy, day: date, booked: Sequence[Interval], zone: tzinfo
) -> bool:
    days = [to_local(b.start, zone).date() for b in booked]
    if policy.max_per_day is not None and sum(d == day for d in days) >= policy.max_per_day:
        return True
    week = day.isocalendar()[:2]
    in_week = sum(d.isocalendar()[:2] == week for d in days)
    return policy.max_per_week is not None and in_week >= policy.max_per_week


def free_time(
    person: Interviewer,
    company: CompanySettings,
    busy: Iterable[Interval],
    start: datetime,
    end: datetime,
    *,
    booked: Sequence[Interval] = (),
) -> list[Interval]:
    """Where a new interview of ``person`` may lie inside ``[start, end)`` (UTC).

    Free time is the working window of each working day, minus busy time grown by the buffer,
    minus one reserved lunch placement (so lunch survives even if all free time is used), on
    days whose load limits (counted from ``booked`` interviews, which must also be in ``busy``)
    are not yet reached. A day whose busy time already leaves no lunch gap has no free time.
    """
    zone = get_zone(person.timezone)
    policy = effective_policy(person, company)
    merged = normalise(busy)
    blocked = dilate(merged, policy.buffer_minutes)
    result: list[Interval] = []
    for day in work_days(person, company, start, end):
        if _load_full(policy, day.day, booked, zone):
            continue
        lunch = reserve_lunch(day, merged)
        if lunch is None:
            continue
        result.extend(subtract([day.window], [*blocked, lunch]))
    return intersect(result, [Interval(start, end)])
