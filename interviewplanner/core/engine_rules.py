"""Per-person feasibility for the slot engine, in integer minutes since the Unix epoch.

Each person's rules are precomputed once per search (:func:`person_calendar`): one
:class:`DayRules` per local working day (window, core hours, lunch window as UTC minutes, the
interviews already booked that day and ISO week) and the busy time merged into two sorted
arrays searched with :mod:`bisect`. The inner loop then never builds a datetime.

:func:`check_person` is exact: it tells whether a person can hold a given set of interviews of
one panel (window, working day, holidays, closures, busy time with buffers, buffers between
their own sessions, load limits including the new sessions, lunch kept) and, if not, the first
rule that fails. :func:`free_segments` gives a cheap necessary condition for a single interview,
used to prune the grid before the exact check.

Instants are floored to the minute and interval ends ceiled for busy time (so a busy second
blocks its whole minute); windows computed from whole-minute wall times are exact.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer, Policy
from interviewplanner.core.plan import Candidate
from interviewplanner.core.policy import DayOff, DayOffReason, day_off, effective_policy, work_day
from interviewplanner.core.reasons import ReasonCode
from interviewplanner.core.timezones import UTC, at_local, get_zone, local_dates, to_local

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MINUTE = timedelta(minutes=1)
MARGIN = timedelta(days=2)

Span = tuple[int, int]


def floor_min(instant: datetime) -> int:
    """Whole minutes since the epoch, rounded down."""
    return (instant - EPOCH) // MINUTE


def ceil_min(instant: datetime) -> int:
    """Whole minutes since the epoch, rounded up."""
    return -((EPOCH - instant) // MINUTE)


def from_min(minutes: int) -> datetime:
    """The aware UTC instant ``minutes`` after the epoch."""
    return EPOCH + minutes * MINUTE


@dataclass(frozen=True, slots=True)
class DayRules:
    """One local working day of one person, every rule in epoch minutes."""

    day: date
    week: tuple[int, int]
    ws: int
    we: int
    cs: int
    ce: int
    ls: int
    le: int
    lunch: int
    booked_day: int
    booked_week: int


@dataclass(frozen=True, slots=True)
class Block:
    """The first rule that stops a person, with its local date and details."""

    code: ReasonCode
    day: date | None = None
    detail: str = ""
    need: int = 0


@dataclass(frozen=True, slots=True)
class PersonCalendar:
    """A person's precomputed rules over the search range (plus a two-day margin)."""

    person: Interviewer
    policy: Policy  # the effective policy (overrides applied)
    days: tuple[DayRules, ...]
    day_starts: tuple[int, ...]
    busy_starts: tuple[int, ...]
    busy_ends: tuple[int, ...]
    days_off: dict[date, DayOffReason]

    @property
    def buffer(self) -> int:
        """Minutes kept free before and after each interview."""
        return self.policy.buffer_minutes

    def day_of(self, minute: int) -> DayRules | None:
        """The working day whose window starts at or before ``minute`` (None if none)."""
        i = bisect_right(self.day_starts, minute) - 1
        return self.days[i] if i >= 0 else None


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sort and merge overlapping or touching spans, dropping empty ones."""
    out: list[Span] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def busy_spans(busy: Iterable[Interval], start: datetime, end: datetime) -> list[Span]:
    """Busy intervals touching ``[start, end)`` as merged minute spans (ends rounded up)."""
    return merge_spans((floor_min(b.start), ceil_min(b.end))
                       for b in busy if b.end > start and b.start < end)


def _load_counts(
    booked: Iterable[Interval], person: Interviewer, start: datetime, end: datetime
) -> tuple[dict[date, int], dict[tuple[int, int], int]]:
    zone = get_zone(person.timezone)
    per_day: dict[date, int] = {}
    per_week: dict[tuple[int, int], int] = {}
    for b in booked:
        if start - 2 * MARGIN - timedelta(days=7) <= b.start < end + 2 * MARGIN + timedelta(days=7):
            d = to_local(b.start, zone).date()
            per_day[d] = per_day.get(d, 0) + 1
            week = (d.isocalendar()[0], d.isocalendar()[1])
            per_week[week] = per_week.get(week, 0) + 1
    return per_day, per_week


def _day_rules(
    person: Interviewer, company: CompanySettings, d: date,
    per_day: dict[date, int], per_week: dict[tuple[int, int], int],
) -> DayRules | None:
    wd = work_day(person, company, d)
    if wd is None:
        return None
    week = (d.isocalendar()[0], d.isocalendar()[1])
    return DayRules(
        d, week, floor_min(wd.window.start), floor_min(wd.window.end),
        floor_min(wd.core.start), floor_min(wd.core.end),
        floor_min(wd.lunch_window.start), floor_min(wd.lunch_window.end), wd.lunch_minutes,
        per_day.get(d, 0), per_week.get(week, 0),
    )


def person_calendar(
    person: Interviewer, company: CompanySettings, *, busy: Iterable[Interval],
    booked: Iterable[Interval], start: datetime, end: datetime,
) -> PersonCalendar:
    """Precompute ``person``'s rules for a search over ``[start, end)`` (UTC)."""
    zone = get_zone(person.timezone)
    per_day, per_week = _load_counts(booked, person, start, end)
    days: list[DayRules] = []
    offs: dict[date, DayOffReason] = {}
    for d in local_dates(start - MARGIN, end + MARGIN, zone):
        off = day_off(person, company, d)
        rules = None if off else _day_rules(person, company, d, per_day, per_week)
        if off:
            offs[d] = off
        elif rules:
            days.append(rules)
    spans = busy_spans(busy, start - MARGIN, end + MARGIN)
    return PersonCalendar(
        person, effective_policy(person, company), tuple(days), tuple(r.ws for r in days),
        tuple(a for a, _ in spans), tuple(b for _, b in spans), offs,
    )


# ---------------------------------------------------------------- exact check


def busy_between(cal: PersonCalendar, a: int, b: int) -> Iterator[Span]:
    """Busy spans of ``cal`` that overlap ``[a, b)``."""
    i = bisect_right(cal.busy_ends, a)
    while i < len(cal.busy_starts) and cal.busy_starts[i] < b:
        yield cal.busy_starts[i], cal.busy_ends[i]
        i += 1


def is_busy(cal: PersonCalendar, a: int, b: int) -> bool:
    """True when some busy time of ``cal`` overlaps ``[a, b)``."""
    i = bisect_right(cal.busy_ends, a)
    return i < len(cal.busy_starts) and cal.busy_starts[i] < b


def _window_block(cal: PersonCalendar, minute: int) -> Block:
    person = cal.person
    zone = get_zone(person.timezone)
    d = to_local(from_min(minute), zone).date()
    off = cal.days_off.get(d)
    if off is not None:
        codes = {DayOff.WEEKEND: ReasonCode.NOT_WORKING_DAY, DayOff.HOLIDAY: ReasonCode.HOLIDAY,
                 DayOff.CLOSURE: ReasonCode.CLOSURE}
        return Block(codes[off.kind], d, off.name)
    policy = cal.policy
    if policy.core_only:
        return Block(ReasonCode.CORE_ONLY, d, f"{policy.core} {person.timezone}")
    return Block(ReasonCode.OUTSIDE_WINDOW, d, f"{policy.window} {person.timezone}")


def _place(cal: PersonCalendar, ivs: Sequence[Span]) -> list[DayRules] | Block:
    buffer = cal.buffer
    days: list[DayRules] = []
    for s, e in ivs:
        rules = cal.day_of(s)
        if rules is None or e > rules.we:
            return _window_block(cal, s)
        if is_busy(cal, s - buffer, e + buffer):
            return Block(ReasonCode.BUSY)
        days.append(rules)
    return days


def _own_buffer(cal: PersonCalendar, ivs: Sequence[Span]) -> Block | None:
    buffer = cal.buffer
    ordered = sorted(ivs)
    for (_, prev_end), (s, _) in pairwise(ordered):
        if prev_end + buffer > s:
            return Block(ReasonCode.BUFFER, need=buffer)
    return None


def _load(cal: PersonCalendar, days: Sequence[DayRules]) -> Block | None:
    policy = cal.policy
    for rules in dict.fromkeys(days):
        day_limit = policy.max_per_day
        if day_limit is not None and rules.booked_day + days.count(rules) > day_limit:
            return Block(ReasonCode.LOAD_LIMIT_DAY, rules.day, need=day_limit)
        if policy.max_per_week is not None:
            in_week = sum(r.week == rules.week for r in days)
            if rules.booked_week + in_week > policy.max_per_week:
                return Block(ReasonCode.LOAD_LIMIT_WEEK, rules.day, need=policy.max_per_week)
    return None


def lunch_free(cal: PersonCalendar, rules: DayRules, ivs: Iterable[Span]) -> bool:
    """True when an unbroken lunch still fits in the day's lunch window around busy and ``ivs``."""
    if rules.lunch == 0:
        return True
    inside = (iv for iv in ivs if iv[0] < rules.le and iv[1] > rules.ls)
    cursor = rules.ls
    for s, e in sorted([*busy_between(cal, rules.ls, rules.le), *inside]):
        if s - cursor >= rules.lunch:
            return True
        cursor = max(cursor, e)
    return rules.le - cursor >= rules.lunch


def _lunch(cal: PersonCalendar, ivs: Sequence[Span], days: Sequence[DayRules]) -> Block | None:
    for rules in dict.fromkeys(days):
        if not lunch_free(cal, rules, ivs):
            return Block(ReasonCode.LUNCH, rules.day, need=rules.lunch)
    return None


def check_person(cal: PersonCalendar, ivs: Sequence[Span]) -> Block | None:
    """The first hard rule ``cal``'s person breaks by holding interviews ``ivs`` (None: all kept)."""
    days = _place(cal, ivs)
    if isinstance(days, Block):
        return days
    if len(ivs) > 1:
        block = _own_buffer(cal, ivs)
        if block:
            return block
    return _load(cal, days) or _lunch(cal, ivs, days)


# ---------------------------------------------------------------- pruning


def subtract_spans(base: Span, cuts: Iterable[Span]) -> list[Span]:
    """``base`` minus ``cuts`` (any order)."""
    out: list[Span] = []
    cursor, end = base
    for a, b in merge_spans(cuts):
        if a > cursor:
            out.append((cursor, min(a, end)))
        cursor = max(cursor, b)
        if cursor >= end:
            break
    if cursor < end:
        out.append((cursor, end))
    return [s for s in out if s[1] > s[0]]


def _forced_lunch(cal: PersonCalendar, rules: DayRules) -> list[Span] | None:
    """The part of the lunch window every kept lunch needs; None when lunch is already lost."""
    if rules.lunch == 0:
        return []
    base = (rules.ls, rules.le)
    gaps = [g for g in subtract_spans(base, busy_between(cal, *base)) if g[1] - g[0] >= rules.lunch]
    if not gaps:
        return None
    if len(gaps) > 1:
        return []
    a, b = gaps[0]
    return [(b - rules.lunch, a + rules.lunch)]


def _has_room(cal: PersonCalendar, rules: DayRules) -> bool:
    policy = cal.policy
    day_ok = policy.max_per_day is None or rules.booked_day < policy.max_per_day
    return day_ok and (policy.max_per_week is None or rules.booked_week < policy.max_per_week)


def free_segments(cal: PersonCalendar) -> list[Span]:
    """Where a single new interview of ``cal``'s person may lie: a superset of the exact answer.

    Working windows of days below their load limits, minus busy time grown by the buffer, minus
    the part of the lunch window that any kept lunch must use.
    """
    out: list[Span] = []
    buffer = cal.buffer
    for rules in cal.days:
        forced = _forced_lunch(cal, rules) if _has_room(cal, rules) else None
        if forced is None:
            continue
        grown = [(a - buffer, b + buffer)
                 for a, b in busy_between(cal, rules.ws - buffer, rules.we + buffer)]
        out.extend(subtract_spans((rules.ws, rules.we), [*grown, *forced]))
    return out


# ---------------------------------------------------------------- candidate


@dataclass(frozen=True, slots=True)
class CandidateCalendar:
    """The candidate's allowed time (merged spans) and preferred 09:00-18:00 per local date."""

    candidate: Candidate
    allowed_starts: tuple[int, ...]
    allowed_ends: tuple[int, ...]
    midnights: tuple[int, ...]
    dates: tuple[date, ...]
    preferred: tuple[Span, ...]

    def covers(self, s: int, e: int) -> bool:
        """True when ``[s, e)`` lies inside one allowed span."""
        i = bisect_right(self.allowed_starts, s) - 1
        return i >= 0 and e <= self.allowed_ends[i]

    def day_index(self, minute: int) -> int:
        """Index of the candidate's local date that contains ``minute``."""
        return bisect_right(self.midnights, minute) - 1

    def preferred_minutes(self, s: int, e: int) -> int:
        """Minutes of ``[s, e)`` inside local 09:00-18:00 of the day ``s`` falls on."""
        a, b = self.preferred[self.day_index(s)]
        return max(0, min(e, b) - max(s, a))


def _local_span(d: date, start: time, end: time, zone_name: str) -> Span:
    zone = get_zone(zone_name)
    return floor_min(at_local(d, start, zone)), floor_min(at_local(d, end, zone))


def candidate_calendar(candidate: Candidate, start: datetime, end: datetime) -> CandidateCalendar:
    """Precompute the candidate's allowed and preferred time over ``[start, end)``."""
    zone_name = candidate.timezone
    dates = local_dates(start - MARGIN, end + MARGIN, get_zone(zone_name))
    if candidate.availability:
        allowed = merge_spans((ceil_min(iv.start), floor_min(iv.end))
                              for iv in candidate.availability)
    else:
        allowed = merge_spans(_local_span(d, time(8), time(20), zone_name)
                              for d in dates if d.weekday() < 5)
    return CandidateCalendar(
        candidate, tuple(a for a, _ in allowed), tuple(b for _, b in allowed),
        tuple(floor_min(at_local(d, time(0), get_zone(zone_name))) for d in dates),
        tuple(dates), tuple(_local_span(d, time(9), time(18), zone_name) for d in dates),
    )
