"""Properties of ``free_time`` over generated interviewers, busy time and ranges (SPEC §2).

Every check below is made against an independent oracle: zoneinfo directly for local times, the
``holidays`` package directly for holidays, a hand-written closure rule, and whole-minute sets
for the interval arithmetic. ``core.policy`` is only the thing under test.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from itertools import pairwise
from zoneinfo import ZoneInfo

import holidays
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import (
    CompanySettings,
    Interviewer,
    Policy,
    PolicyOverrides,
    TimeRange,
)
from interviewplanner.core.policy import free_time, lunch_gaps, reserve_lunch, work_day
from tests.unit.core.zone_table import CHANGES, ZONE_NAMES

COMPANY = CompanySettings()  # New-Year closure Dec 29 - Jan 3
MINUTE = timedelta(minutes=1)

# --- the oracle -------------------------------------------------------------------------------


@cache
def _holidays(country: str) -> holidays.HolidayBase:
    return holidays.country_holidays(country)


def policy_of(who: Interviewer) -> Policy:
    """The effective policy, worked out here: the company's with the person's overrides."""
    return who.overrides.apply(COMPANY.policy)


def oracle_day_off(who: Interviewer, day: date) -> bool:
    """Weekend, national holiday or the New-Year closure, decided without core.policy."""
    if day.weekday() not in policy_of(who).working_days:
        return True
    if who.country is not None and day in _holidays(who.country):
        return True
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


@cache
def oracle_opening(zone: str, day: date, clock: time) -> datetime:
    """The first instant at which the clock on the wall in ``zone`` shows ``day clock`` or later."""
    tz = ZoneInfo(zone)
    wall = datetime.combine(day, clock)
    naive = wall.replace(tzinfo=UTC)
    offsets = {(naive + timedelta(hours=h)).astimezone(tz).utcoffset() for h in range(-30, 31)}
    candidates = [naive - o for o in offsets if o is not None]
    exact = [c for c in candidates if c.astimezone(tz).replace(tzinfo=None) == wall]
    if exact:
        return min(exact)  # a fold: the first occurrence
    instant = min(candidates)  # a gap: walk to the jump
    while instant.astimezone(tz).replace(tzinfo=None) < wall:
        instant += MINUTE
    return instant


def minutes_of(intervals: list[Interval]) -> set[int]:
    """Whole minutes since the epoch covered by ``intervals`` (all values are minute-aligned)."""
    covered: set[int] = set()
    for i in intervals:
        covered.update(range(int(i.start.timestamp()) // 60, int(i.end.timestamp()) // 60))
    return covered


def longest_run(minutes: set[int]) -> int:
    best = run = 0
    previous = None
    for m in sorted(minutes):
        run = run + 1 if previous is not None and m == previous + 1 else 1
        best, previous = max(best, run), m
    return best


def clock_span(who: Interviewer, day: date, hours: TimeRange) -> Interval:
    return Interval(
        oracle_opening(who.timezone, day, hours.start), oracle_opening(who.timezone, day, hours.end)
    )


def interview_hours(policy: Policy) -> TimeRange | None:
    """The working window, or its overlap with the core hours when "core hours only"."""
    if not policy.core_only:
        return policy.window
    start = max(policy.window.start, policy.core.start)
    end = min(policy.window.end, policy.core.end)
    return TimeRange(start, end) if start < end else None


def local_date(who: Interviewer, instant: datetime) -> date:
    return instant.astimezone(ZoneInfo(who.timezone)).date()


# --- strategies -------------------------------------------------------------------------------


def _clock(minute: int) -> time:
    return time(*divmod(minute, 60))


@st.composite
def clock_ranges(draw: st.DrawFn, low: int = 0, high: int = 24 * 60 - 1) -> TimeRange:
    start = draw(st.integers(low, high - 1))
    end = draw(st.integers(start + 1, high))
    return TimeRange(_clock(start), _clock(end))


@st.composite
def any_policy(draw: st.DrawFn) -> Policy:
    """Anything validation accepts, windows in the small hours of DST days included."""
    lunch_window = draw(clock_ranges())
    return Policy(
        window=draw(clock_ranges()),
        core=draw(clock_ranges()),
        core_only=draw(st.booleans()),
        lunch_window=lunch_window,
        lunch_minutes=draw(st.integers(0, min(lunch_window.minutes, 120))),
        working_days=draw(st.frozensets(st.integers(0, 6), min_size=1)),
        max_per_day=draw(st.none() | st.integers(0, 4)),
        max_per_week=draw(st.none() | st.integers(0, 12)),
        buffer_minutes=draw(st.sampled_from([0, 5, 10, 15, 30, 60, 240]) | st.integers(0, 240)),
    )


def _between(low: str, high: str) -> st.SearchStrategy[int]:
    """Minutes of the day from ``low`` to ``high`` ("HH:MM"), in steps of five."""
    first, last = (int(t[:2]) * 60 + int(t[3:]) for t in (low, high))
    return st.integers(first // 5, last // 5).map(lambda n: n * 5)


@st.composite
def office_policy(draw: st.DrawFn) -> Policy:
    """Plausible office hours, so that most days do have free time."""
    lunch_start = draw(_between("11:00", "13:00"))
    lunch_end = lunch_start + draw(_between("00:30", "03:00"))
    lunch_window = TimeRange(_clock(lunch_start), _clock(lunch_end))
    return Policy(
        window=TimeRange(_clock(draw(_between("06:00", "12:00"))),
                         _clock(draw(_between("15:00", "22:00")))),
        core=TimeRange(_clock(draw(_between("09:00", "13:00"))),
                       _clock(draw(_between("14:00", "18:00")))),
        core_only=draw(st.booleans()),
        lunch_window=lunch_window,
        lunch_minutes=draw(st.sampled_from([0, 30, 45, 60]).filter(
            lambda m: m <= lunch_window.minutes)),
        working_days=draw(st.sampled_from([frozenset(range(5)), frozenset(range(7))])),
        max_per_day=draw(st.none() | st.integers(1, 3)),
        max_per_week=draw(st.none() | st.integers(2, 8)),
        buffer_minutes=draw(st.sampled_from([0, 10, 15, 30])),
    )


interviewers = st.builds(
    lambda zone, country, policy: Interviewer(
        email="x@example.com", name="X", timezone=zone, country=country,
        overrides=PolicyOverrides.of(policy),
    ),
    st.sampled_from(ZONE_NAMES),
    st.sampled_from(["JP", "US", "GB", None]),
    st.one_of(office_policy(), office_policy(), office_policy(), any_policy()),
)

ANCHORS = sorted(
    {datetime.combine(change.day, time(0), tzinfo=UTC) for _, _, change in CHANGES}
    | {datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 26, tzinfo=UTC),
       datetime(2026, 12, 28, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC),
       datetime(2026, 6, 15, tzinfo=UTC)}
)


@st.composite
def scenarios(
    draw: st.DrawFn,
) -> tuple[Interviewer, list[Interval], list[Interval], datetime, datetime]:
    who = draw(interviewers)
    start = draw(st.sampled_from(ANCHORS)) + MINUTE * draw(st.integers(-3 * 1440, 1440))
    end = start + MINUTE * draw(st.integers(0, 6 * 1440) | st.integers(2 * 1440, 6 * 1440))
    span = int((end - start) / MINUTE)
    busy = draw(st.lists(
        st.builds(
            lambda at, length: Interval(start + MINUTE * at, start + MINUTE * (at + length)),
            st.integers(-1440, span + 1440),
            st.integers(1, 4 * 60),
        ),
        max_size=10,
    ))
    one_in_four = st.integers(0, 3).map(lambda n: n == 0)
    chosen = draw(st.lists(one_in_four, min_size=len(busy), max_size=len(busy)))
    booked = [b for b, keep in zip(busy, chosen, strict=True) if keep]
    return who, busy, booked, start, end


# --- the properties ---------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_free_time_keeps_every_hard_rule(
    case: tuple[Interviewer, list[Interval], list[Interval], datetime, datetime],
) -> None:
    who, busy, booked, start, end = case
    policy = policy_of(who)
    free = free_time(who, COMPANY, busy, start, end, booked=booked)

    # normalised, whole minutes, inside the asked range
    for a, b in pairwise(free):
        assert a.end < b.start
    for f in free:
        assert start <= f.start < f.end <= end
        assert f.start.second == f.end.second == 0

    # never on busy time grown by the buffer
    pad = timedelta(minutes=policy.buffer_minutes)
    grown = [Interval(b.start - pad, b.end + pad) for b in busy]
    assert not minutes_of(free) & minutes_of(grown)

    hours = interview_hours(policy)
    by_day: dict[date, list[Interval]] = {}
    for f in free:
        day = local_date(who, f.start)
        assert local_date(who, f.end - MINUTE) == day
        by_day.setdefault(day, []).append(f)
    if hours is None:
        assert free == []

    booked_days = Counter(local_date(who, b.start) for b in booked)
    for day, pieces in by_day.items():
        assert hours is not None
        # inside the working window (or core) of that local day
        window = clock_span(who, day, hours)
        assert all(window.contains(p) for p in pieces), (day, window, pieces)
        # never on a weekend, holiday or closure day
        assert not oracle_day_off(who, day)
        # load limits, counted on the local day and ISO week
        if policy.max_per_day is not None:
            assert booked_days[day] < policy.max_per_day
        if policy.max_per_week is not None:
            week = day.isocalendar()[:2]
            in_week = sum(n for d, n in booked_days.items() if d.isocalendar()[:2] == week)
            assert in_week < policy.max_per_week
        # lunch survives even if every free minute were booked
        if policy.lunch_minutes:
            lunch = minutes_of([clock_span(who, day, policy.lunch_window)])
            left = lunch - minutes_of(busy) - minutes_of(free)
            assert longest_run(left) >= policy.lunch_minutes, day


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_free_time_gives_away_at_most_one_lunch_per_day(
    case: tuple[Interviewer, list[Interval], list[Interval], datetime, datetime],
) -> None:
    """Completeness: on an open day, all that is missing from the window is busy time and lunch."""
    who, busy, _, start, end = case
    policy = policy_of(who)
    hours = interview_hours(policy)
    if 0 in (policy.max_per_day, policy.max_per_week):
        hours = None  # no interview at all, checked by the scenario tests
    free_minutes = minutes_of(free_time(who, COMPANY, busy, start, end))
    pad = timedelta(minutes=policy.buffer_minutes)
    blocked = minutes_of([Interval(b.start - pad, b.end + pad) for b in busy])
    first = local_date(who, start) - timedelta(days=1)
    for offset in range(8):
        day = first + timedelta(days=offset)
        if hours is None or oracle_day_off(who, day):
            continue
        window = clock_span(who, day, hours)
        if not (start <= window.start and window.end <= end):
            continue
        lunch = minutes_of([clock_span(who, day, policy.lunch_window)]) - minutes_of(busy)
        if policy.lunch_minutes and longest_run(lunch) < policy.lunch_minutes:
            assert not free_minutes & minutes_of([window])
            continue
        open_minutes = minutes_of([window]) - blocked
        got = free_minutes & minutes_of([window])
        assert got <= open_minutes
        assert len(got) >= len(open_minutes) - policy.lunch_minutes, day


@settings(max_examples=150, deadline=None)
@given(
    zone=st.sampled_from(ZONE_NAMES),
    lunch_window=clock_ranges(10 * 60, 16 * 60),
    need=st.integers(0, 120),
    occupied=st.lists(st.tuples(st.integers(9 * 60, 17 * 60), st.integers(1, 120)), max_size=5),
)
def test_reserved_lunch_is_a_free_slot_of_the_window(
    zone: str, lunch_window: TimeRange, need: int, occupied: list[tuple[int, int]]
) -> None:
    need = min(need, lunch_window.minutes)
    who = Interviewer(
        email="x@example.com", name="X", timezone=zone,
        overrides=PolicyOverrides(lunch_window=lunch_window, lunch_minutes=need),
    )
    day = date(2026, 12, 7)
    workday = work_day(who, COMPANY, day)
    assert workday is not None
    midnight = oracle_opening(zone, day, time(0))
    busy = [Interval(midnight + MINUTE * a, midnight + MINUTE * (a + n)) for a, n in occupied]
    window = minutes_of([clock_span(who, day, lunch_window)])
    free = window - minutes_of(busy)
    lunch = reserve_lunch(workday, busy)
    gaps = lunch_gaps(workday, busy)
    if need == 0:
        assert lunch is not None and lunch.duration == timedelta(0)
        return
    fits = longest_run(free) >= need
    assert (lunch is not None) is fits
    assert bool(gaps) is fits
    if lunch is not None:
        assert lunch.duration == timedelta(minutes=need)
        assert minutes_of([lunch]) <= free
        assert any(g.contains(lunch) for g in gaps)
    for g in gaps:
        assert minutes_of([g]) <= free
        assert g.duration >= timedelta(minutes=need)
