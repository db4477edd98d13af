"""The overlap forecast (SPEC §11) against an independent minute scan written here with zoneinfo.

``_scan`` knows nothing of the product: it walks UTC time in 5-minute steps, asks
:mod:`zoneinfo` for each member's wall clock, the ``holidays`` package for national holidays and
checks the New-Year closure by hand, and groups the minutes when everyone is inside their hours
into windows by the UTC date they start on. Every scenario of the issue is compared with it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays
import pytest

from interviewplanner.core.engine import propose
from interviewplanner.core.model import CompanySettings, Interviewer, PolicyOverrides, TimeRange
from interviewplanner.core.overlap import (
    Cause,
    Forecast,
    What,
    candidate_member,
    forecast,
    interviewer_member,
    suggest_split,
)
from interviewplanner.core.plan import Candidate, Plan, SessionSpec

STEP = timedelta(minutes=5)
COMPANY = CompanySettings()


@dataclass(frozen=True)
class Who:
    """A member as the scan sees them: zone, country (None: the candidate) and local hours."""

    zone: str
    country: str | None
    hours: tuple[time, time] = (time(10), time(19))


@cache
def _holiday_days(country: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, years=year))


def _works(who: Who, instant: datetime) -> bool:
    local = instant.astimezone(ZoneInfo(who.zone))
    day = local.date()
    if day.weekday() >= 5:
        return False
    if who.country is not None:
        if day in _holiday_days(who.country, day.year):
            return False
        if (day.month, day.day) >= (12, 29) or (day.month, day.day) <= (1, 3):
            return False
    return who.hours[0] <= local.time().replace(tzinfo=None) < who.hours[1]


def _scan(group: list[Who], first: date, last: date) -> dict[date, list[tuple[datetime, datetime]]]:
    """Shared windows by the UTC date they start on, found minute by minute."""
    t = datetime.combine(first - timedelta(days=1), time(0), tzinfo=UTC)
    stop = datetime.combine(last + timedelta(days=1), time(0), tzinfo=UTC)
    runs: list[tuple[datetime, datetime]] = []
    start: datetime | None = None
    while t < stop:
        inside = all(_works(w, t) for w in group)
        if inside and start is None:
            start = t
        elif not inside and start is not None:
            runs.append((start, t))
            start = None
        t += STEP
    out: dict[date, list[tuple[datetime, datetime]]] = {}
    for a, b in runs:
        if first <= a.date() < last:
            out.setdefault(a.date(), []).append((a, b))
    return out


def _person(i: int, who: Who) -> Interviewer:
    hours = TimeRange(*who.hours)
    return Interviewer(f"p{i}@example.com", f"P{i}", who.zone, who.country,
                       overrides=PolicyOverrides(window=hours))


def _run(group: list[Who], first: date, last: date, *, candidate: str | None = None) -> Forecast:
    members = [interviewer_member(_person(i, w), COMPANY, core=False) for i, w in enumerate(group)]
    if candidate:
        members.append(candidate_member(candidate))
    return forecast(members, COMPANY, first, last)


def _check_against_scan(group: list[Who], first: date, last: date,
                        candidate: str | None = None) -> Forecast:
    result = _run(group, first, last, candidate=candidate)
    scanned = _scan([*group, *([Who(candidate, None, (time(8), time(20)))] if candidate else [])],
                    first, last)
    assert [d.day for d in result.days] == [first + timedelta(days=i)
                                            for i in range((last - first).days)]
    for day in result.days:
        assert [(w.start, w.end) for w in day.windows] == scanned.get(day.day, []), day.day
        assert day.minutes == sum((b - a) // timedelta(minutes=1) for a, b in scanned.get(day.day, []))
    return result


TOKYO = Who("Asia/Tokyo", "JP")
LA = Who("America/Los_Angeles", "US")
NEW_YORK = Who("America/New_York", "US")
LONDON = Who("Europe/London", "GB")


def _change(result: Forecast, day: date) -> tuple[int, int, tuple[Cause, ...]]:
    found = [c for c in result.changes if c.day == day]
    assert found, f"no change on {day}: {result.changes}"
    return found[0].minutes_before, found[0].minutes_after, found[0].because


def test_tokyo_and_los_angeles_across_us_dst_start() -> None:
    """Two shared hours in winter, one once US daylight saving starts on 2027-03-14."""
    result = _check_against_scan([TOKYO, LA], date(2027, 3, 1), date(2027, 3, 27))
    by_day = {d.day: d for d in result.days}
    assert by_day[date(2027, 3, 12)].minutes == 120  # Fri: Tokyo 10:00-12:00, LA Thu 17:00-19:00
    assert by_day[date(2027, 3, 12)].windows[0].start == datetime(2027, 3, 12, 1, tzinfo=UTC)
    assert by_day[date(2027, 3, 15)].minutes == 0  # Tokyo's Monday morning is LA's Sunday
    assert by_day[date(2027, 3, 16)].minutes == 60
    assert _change(result, date(2027, 3, 16)) == (
        120, 60, (Cause("America/Los_Angeles", What.DST_START),))
    # the ordinary weekend is one change (Sat-Mon), and coming back from it is none
    assert not [c for c in result.changes if c.day in (date(2027, 3, 7), date(2027, 3, 8))]
    assert _change(result, date(2027, 3, 6)) == (120, 0, (Cause("Asia/Tokyo", What.WEEKEND),))
    assert not [c for c in result.changes if c.day in (date(2027, 3, 9), date(2027, 3, 23))]
    assert [(t.zone, t.what, t.day) for t in result.transitions] == [
        ("America/Los_Angeles", What.DST_START, date(2027, 3, 14))]


def test_tokyo_and_london_across_uk_dst_start() -> None:
    """No shared minute in winter (Tokyo closes as London opens); one hour from BST on."""
    result = _check_against_scan([TOKYO, LONDON], date(2027, 3, 15), date(2027, 4, 3))
    by_day = {d.day: d for d in result.days}
    assert by_day[date(2027, 3, 26)].minutes == 0
    assert by_day[date(2027, 3, 29)].windows[0].start == datetime(2027, 3, 29, 9, tzinfo=UTC)
    assert by_day[date(2027, 3, 29)].minutes == 60
    assert _change(result, date(2027, 3, 29)) == (0, 60, (Cause("Europe/London", What.DST_START),))


def test_tokyo_new_york_and_london_never_meet() -> None:
    result = _check_against_scan([TOKYO, NEW_YORK, LONDON], date(2027, 3, 1), date(2027, 4, 15))
    assert all(d.minutes == 0 and d.windows == () for d in result.days)
    assert result.changes == ()
    assert {t.zone for t in result.transitions} == {"America/New_York", "Europe/London"}


def test_us_dst_end_gives_the_hour_back() -> None:
    """US clocks go back on 2026-11-01; Tue 11-03 is Culture Day in Japan, so Wed 11-04 shows it.

    The holiday is its own change; the hour comes back on the next working day.
    """
    result = _check_against_scan([TOKYO, LA], date(2026, 10, 26), date(2026, 11, 14))
    assert _change(result, date(2026, 11, 3)) == (60, 0, (Cause("Asia/Tokyo", What.HOLIDAY),))
    assert _change(result, date(2026, 11, 4)) == (60, 120, (Cause("America/Los_Angeles", What.DST_END),))


def test_a_japanese_holiday_is_one_change() -> None:
    """2027-02-11 (Thu) is National Foundation Day: Tokyo's morning is gone, Friday is back."""
    result = _check_against_scan([TOKYO, LA], date(2027, 2, 8), date(2027, 2, 20))
    assert _change(result, date(2027, 2, 11)) == (120, 0, (Cause("Asia/Tokyo", What.HOLIDAY),))
    assert not [c for c in result.changes if c.day == date(2027, 2, 12)]
    # Presidents' Day (Mon 2027-02-15) in LA takes Tokyo's Tuesday morning, after the weekend
    assert {d.day: d.minutes for d in result.days}[date(2027, 2, 16)] == 0
    assert _change(result, date(2027, 2, 16)) == (120, 0, (Cause("America/Los_Angeles", What.HOLIDAY),))


def test_the_company_closure() -> None:
    result = _check_against_scan([TOKYO, LA], date(2026, 12, 21), date(2027, 1, 9))
    assert _change(result, date(2026, 12, 29)) == (120, 0, (Cause("Asia/Tokyo", What.CLOSURE),))
    open_again = {d.day: d.minutes for d in result.days}
    assert open_again[date(2027, 1, 5)] == 120  # Tokyo Tue 5th with LA Mon 4th
    assert not [c for c in result.changes if c.day == date(2027, 1, 5)]


def test_a_candidate_joins_with_the_default_hours() -> None:
    result = _check_against_scan([TOKYO], date(2027, 3, 1), date(2027, 3, 20),
                                 candidate="America/Los_Angeles")
    by_day = {d.day: d.minutes for d in result.days}
    assert by_day[date(2027, 3, 12)] == 180  # Tokyo 10:00-13:00, candidate Thu 17:00-20:00
    assert by_day[date(2027, 3, 16)] == 120  # PDT: candidate 18:00-20:00
    because = _change(result, date(2027, 3, 16))[2]
    assert because == (Cause("America/Los_Angeles", What.DST_START),)


def test_core_hours_and_core_only() -> None:
    company = COMPANY
    tokyo = Interviewer("t@example.com", "T", "Asia/Tokyo", "JP")
    la = Interviewer("l@example.com", "L", "America/Los_Angeles", "US")
    core = forecast([interviewer_member(tokyo, company, core=True),
                     interviewer_member(la, company, core=True)],
                    company, date(2027, 3, 1), date(2027, 3, 6))
    assert all(d.minutes == 0 for d in core.days)  # 12-16 JST vs 12-16 PST never meet
    only = Interviewer("o@example.com", "O", "Asia/Tokyo", "JP",
                       overrides=PolicyOverrides(core_only=True))
    member = interviewer_member(only, company, core=False)
    assert member.hours == (time(12), time(16))


@pytest.mark.parametrize("zone", ["Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia"])
def test_awkward_zones_match_the_scan(zone: str) -> None:
    _check_against_scan([TOKYO, Who(zone, None)], date(2026, 9, 28), date(2026, 10, 12))


def test_a_one_day_plan_of_tokyo_and_la_is_split_into_days_that_fit() -> None:
    """Sato (Tokyo) and Kim (LA) share 17:00-19:00 PST with an LA candidate: 120 minutes, less
    than four 45-minute sessions need; two days of two sessions each fit, and the engine finds
    the loop."""
    sato = Interviewer("sato@example.com", "Sato", "Asia/Tokyo", "JP")
    kim = Interviewer("kim@example.com", "Kim", "America/Los_Angeles", "US")
    people = {p.email: p for p in (sato, kim)}
    plan = Plan(Candidate("Jane", "America/Los_Angeles"), (
        SessionSpec("Coding", 45, ("sato@example.com",)), SessionSpec("Design", 45, ("kim@example.com",)),
        SessionSpec("System", 45, ("sato@example.com",)), SessionSpec("Manager", 45, ("kim@example.com",))))
    first, last = date(2026, 12, 1), date(2026, 12, 12)
    found = suggest_split(plan, people, COMPANY, first, last)
    assert found is not None
    assert (found.days, found.longest, found.need) == ((1, 1, 2, 2), 120, 210)
    start, end = datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 12, tzinfo=UTC)
    assert not propose(plan, people, {}, {}, COMPANY, start, end).proposals
    loop = replace(plan, sessions=tuple(replace(s, day=d) for s, d in
                                        zip(plan.sessions, found.days, strict=True)))
    assert propose(loop, people, {}, {}, COMPANY, start, end).proposals
    short = replace(plan, sessions=plan.sessions[:2])
    assert suggest_split(short, people, COMPANY, first, last) is None  # 100 minutes fit
