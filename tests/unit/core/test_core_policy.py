"""core.policy scenarios on the zone table (SPEC §2): days off, windows, lunch, buffer, load."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from interviewplanner.core.holidays_calendar import (
    UnknownCountryError,
    check_country,
    holiday_name,
    supported_countries,
)
from interviewplanner.core.intervals import Interval, intersect
from interviewplanner.core.model import (
    Closure,
    CompanySettings,
    Interviewer,
    Policy,
    PolicyOverrides,
    TimeRange,
)
from interviewplanner.core.policy import (
    DayOff,
    WorkDay,
    day_off,
    dilate,
    effective_policy,
    free_time,
    lunch_gaps,
    lunch_kept,
    opening,
    reserve_lunch,
    work_day,
    work_days,
)
from interviewplanner.core.policy_fields import PolicyError
from interviewplanner.core.timezones import get_zone
from tests.unit.core.zone_table import CHANGES, Change, utc

COMPANY = CompanySettings()
EVERY_DAY = frozenset(range(7))


def person(
    zone: str = "Asia/Tokyo",
    country: str | None = None,
    overrides: PolicyOverrides | None = None,
    **policy: object,
) -> Interviewer:
    """Someone whose effective policy (with the default company) is ``overrides`` applied to
    ``Policy(**policy)``."""
    given = overrides or PolicyOverrides()
    if policy:
        given = PolicyOverrides.of(given.apply(Policy(**policy)))  # type: ignore[arg-type]
    return Interviewer(email="p@example.com", name="P", timezone=zone, country=country,
                       overrides=given)


def at(zone: str, day: date, hour: int, minute: int = 0) -> datetime:
    """UTC of an existing local wall time, computed with zoneinfo directly."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def local(zone: str, day: date, *hours: tuple[int, int]) -> list[Interval]:
    """Intervals given as local (hh.mm) pairs: ``local(z, d, (10.00, 12.00))``."""
    result = []
    for start, end in hours:
        a, b = divmod(round(start * 100), 100), divmod(round(end * 100), 100)
        result.append(Interval(at(zone, day, *a), at(zone, day, *b)))
    return result


def days_range(zone: str, first: date, last: date) -> tuple[datetime, datetime]:
    """The UTC range of local days ``first`` to ``last`` inclusive."""
    return at(zone, first, 0), at(zone, last + timedelta(days=1), 0)


def free_on(
    who: Interviewer, first: date, last: date | None = None, *,
    busy: list[Interval] | None = None, booked: list[Interval] | None = None,
    company: CompanySettings = COMPANY,
) -> list[Interval]:
    start, end = days_range(who.timezone, first, last or first)
    return free_time(who, company, busy or [], start, end, booked=booked or [])


def as_local(zone: str, intervals: list[Interval]) -> list[tuple[str, str]]:
    """Free time as local ``YYYY-MM-DD HH:MM`` strings, for readable assertions."""
    tz = ZoneInfo(zone)
    return [
        (f"{i.start.astimezone(tz):%m-%d %H:%M}", f"{i.end.astimezone(tz):%m-%d %H:%M}")
        for i in intervals
    ]


TOKYO, NEW_YORK, LONDON, LORD_HOWE = (
    "Asia/Tokyo", "America/New_York", "Europe/London", "Australia/Lord_Howe",
)
MON = date(2026, 12, 7)  # an ordinary Monday
ORDINARY = [(10.00, 12.00), (13.00, 19.00)]  # default window minus the fixed lunch


# --- days off ---------------------------------------------------------------------------------


def test_weekend_has_no_free_time() -> None:
    who = person(TOKYO)
    free = free_on(who, date(2026, 12, 5), MON)  # Saturday to Monday
    assert free == local(TOKYO, MON, *ORDINARY)
    assert free == [Interval(utc(2026, 12, 7, 1), utc(2026, 12, 7, 3)),
                    Interval(utc(2026, 12, 7, 4), utc(2026, 12, 7, 10))]
    reason = day_off(who, COMPANY, date(2026, 12, 5))
    assert reason is not None
    assert reason.kind is DayOff.WEEKEND
    assert day_off(who, COMPANY, MON) is None


def test_custom_working_days() -> None:
    who = person(TOKYO, working_days=frozenset({5}))  # Saturdays only
    assert as_local(TOKYO, free_on(who, date(2026, 12, 5), MON)) == [
        ("12-05 10:00", "12-05 12:00"), ("12-05 13:00", "12-05 19:00"),
    ]


def test_japanese_holiday_labor_thanksgiving_day() -> None:
    who = person(TOKYO, "JP")
    holiday, after = date(2026, 11, 23), date(2026, 11, 24)
    assert free_on(who, holiday, after) == local(TOKYO, after, *ORDINARY)
    reason = day_off(who, COMPANY, holiday)
    assert reason is not None
    assert reason.kind is DayOff.HOLIDAY
    assert reason.name == holidays.country_holidays("JP", years=2026)[holiday]
    assert holiday_name("JP", holiday, language="ja") == "勤労感謝の日"
    # the same Monday is a working day in the US and for someone with no country
    assert free_on(person(NEW_YORK, "US"), holiday) == local(NEW_YORK, holiday, *ORDINARY)
    assert free_on(person(TOKYO), holiday) == local(TOKYO, holiday, *ORDINARY)


def test_us_thanksgiving() -> None:
    who = person(NEW_YORK, "US")
    thanksgiving = date(2026, 11, 26)
    assert holiday_name("US", thanksgiving) == "Thanksgiving Day"
    free = free_on(who, date(2026, 11, 25), date(2026, 11, 27))
    assert {i.start.astimezone(ZoneInfo(NEW_YORK)).date() for i in free} == {
        date(2026, 11, 25), date(2026, 11, 27),
    }
    assert free_on(person(LONDON, "GB"), thanksgiving) == local(LONDON, thanksgiving, *ORDINARY)


def test_holiday_read_on_the_persons_own_local_date() -> None:
    # Labor Thanksgiving Day starts in Tokyo while it is still Sunday in New York
    who = person(TOKYO, "JP")
    monday_in_tokyo = at(TOKYO, date(2026, 11, 23), 10)
    assert monday_in_tokyo == utc(2026, 11, 23, 1)
    assert free_time(who, COMPANY, [], monday_in_tokyo, monday_in_tokyo + timedelta(hours=9)) == []


def test_new_year_closure_and_what_wins() -> None:
    who = person(TOKYO, "JP")
    free = free_on(who, date(2026, 12, 28), date(2027, 1, 5))
    days = sorted({i.start.astimezone(ZoneInfo(TOKYO)).date() for i in free})
    assert days == [date(2026, 12, 28), date(2027, 1, 4), date(2027, 1, 5)]
    expected = [
        (date(2026, 12, 29), DayOff.CLOSURE, "New-Year closure"),
        (date(2026, 12, 31), DayOff.CLOSURE, "New-Year closure"),
        (date(2027, 1, 1), DayOff.HOLIDAY, holidays.country_holidays("JP")[date(2027, 1, 1)]),
        (date(2027, 1, 2), DayOff.WEEKEND, ""),
    ]
    for day, kind, name in expected:
        reason = day_off(who, COMPANY, day)
        assert reason is not None
        assert (reason.day, reason.kind, reason.name) == (day, kind, name)


def test_closures_are_company_settings() -> None:
    who = person(NEW_YORK)
    dec31 = date(2026, 12, 31)
    assert free_on(who, dec31) == []
    no_closure = CompanySettings(closures=())
    assert free_on(who, dec31, company=no_closure) == local(NEW_YORK, dec31, *ORDINARY)
    summer = CompanySettings(closures=(Closure((8, 10), (8, 14), "summer"),))
    reason = day_off(who, summer, date(2026, 8, 12))
    assert reason is not None
    assert (reason.kind, reason.name) == (DayOff.CLOSURE, "summer")
    assert free_on(who, dec31, company=summer) != []


def test_unknown_country_is_an_error_not_a_crash() -> None:
    with pytest.raises(UnknownCountryError, match="ZZ"):
        holiday_name("ZZ", MON)
    with pytest.raises(UnknownCountryError):
        check_country("Japan")
    assert holiday_name(None, date(2026, 1, 1)) is None
    assert holiday_name("", date(2026, 1, 1)) is None
    assert holiday_name("jp", date(2026, 1, 1)) is not None
    assert check_country(" us ") == "US"
    assert {"JP", "US", "GB"} <= set(supported_countries())


# --- the working window across DST ------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "expected_utc"),
    [
        # New York, the week the US changes (Sunday 2026-03-08) and the week after
        (NEW_YORK, date(2026, 3, 6), [(15, 17), (18, 24)]),
        (NEW_YORK, date(2026, 3, 9), [(14, 16), (17, 23)]),
        # London changes three weeks later (Sunday 2026-03-29)
        (LONDON, date(2026, 3, 18), [(10, 12), (13, 19)]),
        (LONDON, date(2026, 3, 27), [(10, 12), (13, 19)]),
        (LONDON, date(2026, 3, 30), [(9, 11), (12, 18)]),
        (LONDON, date(2026, 10, 23), [(9, 11), (12, 18)]),
        (LONDON, date(2026, 10, 26), [(10, 12), (13, 19)]),
        (NEW_YORK, date(2026, 10, 30), [(14, 16), (17, 23)]),
        (NEW_YORK, date(2026, 11, 2), [(15, 17), (18, 24)]),
        ("America/Los_Angeles", date(2026, 3, 9), [(17, 19), (20, 26)]),
        ("Asia/Kolkata", date(2026, 3, 9), [(4.5, 6.5), (7.5, 13.5)]),
        ("Pacific/Apia", date(2026, 3, 9), [(-3, -1), (0, 6)]),
    ],
)
def test_window_in_utc_around_dst_changes(
    zone: str, day: date, expected_utc: list[tuple[float, float]]
) -> None:
    midnight = datetime.combine(day, time(0), tzinfo=UTC)
    expected = [
        Interval(midnight + timedelta(hours=a), midnight + timedelta(hours=b))
        for a, b in expected_utc
    ]
    assert free_on(person(zone), day) == expected


def test_new_york_and_london_overlap_grows_between_their_changes() -> None:
    def overlap(day: date) -> timedelta:
        both = intersect(free_on(person(NEW_YORK), day), free_on(person(LONDON), day))
        return sum((i.duration for i in both), timedelta())

    assert overlap(date(2026, 3, 4)) == timedelta(hours=3)  # 5 h apart: 15-17, 18-19 UTC
    assert overlap(date(2026, 3, 18)) == timedelta(hours=4)  # 4 h apart: 14-16, 17-19 UTC
    assert overlap(date(2026, 4, 1)) == timedelta(hours=3)  # 5 h apart again


CHANGE_IDS = [f"{z}-{k}" for z, k, _ in CHANGES]


@pytest.mark.parametrize(("zone", "kind", "change"), CHANGES, ids=CHANGE_IDS)
def test_ten_to_seven_local_on_and_after_every_change_day(
    zone: str, kind: str, change: Change
) -> None:
    day = change.day
    who = person(zone, working_days=EVERY_DAY)
    free = free_on(who, day - timedelta(days=1), day + timedelta(days=1))
    expected = []
    for d in (day - timedelta(days=1), day, day + timedelta(days=1)):
        expected += [(f"{d:%m-%d} {a}", f"{d:%m-%d} {b}") for a, b in (("10:00", "12:00"),
                                                                      ("13:00", "19:00"))]
    assert as_local(zone, free) == expected, kind
    total = sum((i.duration for i in free), timedelta())
    assert total == timedelta(hours=24)  # 8 h a day whatever the length of the day


def test_lord_howe_change_days_in_utc() -> None:
    who = person(LORD_HOWE, working_days=EVERY_DAY)
    assert free_on(who, date(2026, 10, 4)) == [  # +11:00 after 02:00 -> 02:30
        Interval(utc(2026, 10, 3, 23), utc(2026, 10, 4, 1)),
        Interval(utc(2026, 10, 4, 2), utc(2026, 10, 4, 8)),
    ]
    assert free_on(who, date(2026, 4, 5)) == [  # +10:30 after 02:00 -> 01:30
        Interval(utc(2026, 4, 4, 23, 30), utc(2026, 4, 5, 1, 30)),
        Interval(utc(2026, 4, 5, 2, 30), utc(2026, 4, 5, 8, 30)),
    ]


@pytest.mark.parametrize(
    ("zone", "day", "window", "expected"),
    [
        # a window ending inside the gap closes when the clocks jump (02:00 EST -> 03:00 EDT),
        # not at 02:30 read with the old offset (which would be 03:30 EDT)
        (NEW_YORK, date(2026, 3, 8), "00:00-02:30", (utc(2026, 3, 8, 5), utc(2026, 3, 8, 7))),
        # a window starting inside the gap opens at the jump
        (NEW_YORK, date(2026, 3, 8), "02:30-05:00", (utc(2026, 3, 8, 7), utc(2026, 3, 8, 9))),
        (LORD_HOWE, date(2026, 10, 4), "02:15-04:00",
         (utc(2026, 10, 3, 15, 30), utc(2026, 10, 3, 17))),
        # a window starting in the fold opens at its first occurrence and runs on through it
        (NEW_YORK, date(2026, 11, 1), "01:30-03:00",
         (utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 8))),
        (LONDON, date(2026, 10, 25), "00:00-01:30",
         (utc(2026, 10, 24, 23), utc(2026, 10, 25, 0, 30))),
    ],
)
def test_window_edges_in_gaps_and_folds(
    zone: str, day: date, window: str, expected: tuple[datetime, datetime]
) -> None:
    who = person(zone, window=TimeRange.parse(window), working_days=EVERY_DAY)
    assert free_on(who, day) == [Interval(*expected)]
    for instant in expected:
        wall = instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        assert wall.date() == day


def test_opening_is_at_local_outside_gaps() -> None:
    zone = get_zone(NEW_YORK)
    assert opening(date(2026, 3, 8), time(1, 59), zone) == utc(2026, 3, 8, 6, 59)
    assert opening(date(2026, 3, 8), time(2), zone) == utc(2026, 3, 8, 7)
    assert opening(date(2026, 3, 8), time(2, 59), zone) == utc(2026, 3, 8, 7)
    assert opening(date(2026, 3, 8), time(3), zone) == utc(2026, 3, 8, 7)
    assert opening(date(2026, 3, 8), time(3, 1), zone) == utc(2026, 3, 8, 7, 1)


# --- core hours, buffer -----------------------------------------------------------------------


def test_core_only_keeps_core_hours_minus_lunch() -> None:
    who = person(TOKYO, core_only=True)
    assert free_on(who, MON) == local(TOKYO, MON, (13.00, 16.00))
    day = work_day(who, COMPANY, MON)
    assert day is not None
    assert day.window == local(TOKYO, MON, (12.00, 16.00))[0]
    assert day.core == day.window


def test_core_only_with_core_outside_the_window_has_nothing() -> None:
    who = person(TOKYO, core_only=True, core=TimeRange.parse("07:00-09:00"))
    assert free_on(who, MON) == []


def test_core_hours_do_not_limit_ordinary_interviewers() -> None:
    day = work_day(person(TOKYO), COMPANY, MON)
    assert day is not None
    assert day.window == local(TOKYO, MON, (10.00, 19.00))[0]
    assert day.core == local(TOKYO, MON, (12.00, 16.00))[0]
    assert day.lunch_window == local(TOKYO, MON, (12.00, 13.00))[0]
    assert day.lunch_minutes == 60


def test_buffer_grows_busy_time() -> None:
    who = person(TOKYO, buffer_minutes=15)
    busy = local(TOKYO, MON, (15.00, 16.00), (9.50, 10.05))  # 09:50-10:05 overlaps the start
    assert as_local(TOKYO, free_on(who, MON, busy=busy)) == [
        ("12-07 10:20", "12-07 12:00"), ("12-07 13:00", "12-07 14:45"),
        ("12-07 16:15", "12-07 19:00"),
    ]
    # without a buffer the same busy time costs only itself
    assert as_local(TOKYO, free_on(person(TOKYO), MON, busy=busy)) == [
        ("12-07 10:05", "12-07 12:00"), ("12-07 13:00", "12-07 15:00"),
        ("12-07 16:00", "12-07 19:00"),
    ]


def test_busy_time_on_another_day_changes_nothing() -> None:
    busy = local(TOKYO, MON - timedelta(days=1), (10.00, 19.00))
    assert free_on(person(TOKYO), MON, busy=busy) == local(TOKYO, MON, *ORDINARY)


def test_dilate() -> None:
    a = local(TOKYO, MON, (10.00, 11.00), (11.20, 12.00))
    assert dilate(a, 10) == local(TOKYO, MON, (9.50, 12.10))
    assert dilate(a, 0) == a


# --- lunch ------------------------------------------------------------------------------------

FLOAT = {"lunch_window": TimeRange.parse("11:30-14:00")}


@pytest.mark.parametrize(
    ("busy", "expected"),
    [
        ([], [(10.00, 12.15), (13.15, 19.00)]),  # no busy time: lunch in the middle
        ([(11.30, 12.45)], [(10.00, 11.30), (13.45, 19.00)]),  # pushed later
        ([(12.00, 13.00)], [(10.00, 12.00), (14.00, 19.00)]),  # 13:00-14:00
        ([(13.00, 14.00)], [(10.00, 12.00), (14.00, 19.00)]),  # 12:00-13:00, nearest the middle
        ([(11.00, 12.30), (13.30, 14.30)], [(10.00, 11.00), (14.30, 19.00)]),  # the one gap
        ([(11.45, 12.30), (13.15, 13.45)], []),  # no 60-minute gap: no free time that day
    ],
)
def test_floating_lunch(
    busy: list[tuple[float, float]], expected: list[tuple[float, float]]
) -> None:
    who = person(TOKYO, **FLOAT)
    assert free_on(who, MON, busy=local(TOKYO, MON, *busy)) == local(TOKYO, MON, *expected)


def test_floating_lunch_lands_on_whole_minutes() -> None:
    who = person(TOKYO, lunch_window=TimeRange.parse("11:30-14:00"), lunch_minutes=45)
    # 105 minutes of slack: the lunch starts 52 minutes in, not 52.5
    assert free_on(who, MON) == local(TOKYO, MON, (10.00, 12.22), (13.07, 19.00))


def test_fixed_lunch_broken_by_busy_time_means_no_free_time_that_day() -> None:
    who = person(TOKYO)
    tuesday = MON + timedelta(days=1)
    busy = local(TOKYO, MON, (12.30, 12.45))
    assert free_on(who, MON, tuesday, busy=busy) == local(TOKYO, tuesday, *ORDINARY)


def test_no_lunch_needed() -> None:
    who = person(TOKYO, lunch_minutes=0)
    assert free_on(who, MON) == local(TOKYO, MON, (10.00, 19.00))
    busy = local(TOKYO, MON, (12.00, 13.00))
    assert free_on(who, MON, busy=busy) == local(TOKYO, MON, *ORDINARY)


def _floating_day() -> WorkDay:
    day = work_day(person(TOKYO, **FLOAT), COMPANY, MON)
    assert day is not None
    return day


def test_lunch_gaps_kept_and_reserved() -> None:
    day = _floating_day()
    busy = local(TOKYO, MON, (11.45, 12.30), (13.00, 13.10))
    assert lunch_gaps(day, busy) == []  # 11:30-11:45, 12:30-13:00, 13:10-14:00 are all short
    assert not lunch_kept(day, busy)
    assert reserve_lunch(day, busy) is None
    busy = local(TOKYO, MON, (11.45, 12.30))
    assert lunch_gaps(day, busy) == local(TOKYO, MON, (12.30, 14.00))
    assert lunch_kept(day, busy)
    assert reserve_lunch(day, busy) == local(TOKYO, MON, (12.30, 13.30))[0]
    assert reserve_lunch(day, []) == local(TOKYO, MON, (12.15, 13.15))[0]


def test_lunch_kept_always_with_zero_minutes() -> None:
    day = work_day(person(TOKYO, lunch_minutes=0), COMPANY, MON)
    assert day is not None
    assert lunch_kept(day, local(TOKYO, MON, (0.00, 23.59)))


# --- load limits ------------------------------------------------------------------------------


def test_day_limit_counts_booked_interviews_on_the_local_day() -> None:
    who = person(TOKYO)  # 2 a day
    tuesday, wednesday = MON + timedelta(days=1), MON + timedelta(days=2)
    booked = local(TOKYO, tuesday, (10.00, 11.00), (14.00, 15.00))
    free = free_on(who, tuesday, wednesday, busy=booked, booked=booked)
    assert free == local(TOKYO, wednesday, *ORDINARY)
    # one booking leaves the day open
    free = free_on(who, tuesday, busy=booked[:1], booked=booked[:1])
    assert free == local(TOKYO, tuesday, (11.00, 12.00), (13.00, 19.00))


def test_day_limit_uses_the_local_date_not_the_utc_date() -> None:
    who = person(TOKYO, max_per_day=1)
    tuesday, wednesday = MON + timedelta(days=1), MON + timedelta(days=2)
    booked = [Interval(utc(2026, 12, 8, 23, 30), utc(2026, 12, 9))]  # Wed 08:30 JST
    free = free_on(who, tuesday, wednesday, busy=booked, booked=booked)
    assert free == local(TOKYO, tuesday, *ORDINARY)


def test_week_limit_counts_the_iso_week() -> None:
    who = person(TOKYO, max_per_day=None)  # 6 a week
    week = [MON + timedelta(days=i) for i in range(7)]
    booked = [iv for d in week[:3] for iv in local(TOKYO, d, (10.00, 10.30), (17.00, 17.30))]
    free = free_on(who, week[3], week[4], busy=booked, booked=booked)
    assert free == []
    next_monday = MON + timedelta(days=7)
    assert free_on(who, next_monday, busy=booked, booked=booked) == local(
        TOKYO, next_monday, *ORDINARY
    )
    # five bookings leave room for a sixth
    assert free_on(who, week[3], busy=booked[:5], booked=booked[:5]) == local(
        TOKYO, week[3], *ORDINARY
    )
    # a booking on the Sunday counts for the same ISO week
    sunday = local(TOKYO, week[6], (10.00, 11.00))
    five_and_sunday = [*booked[:5], *sunday]
    assert free_on(who, week[3], busy=five_and_sunday, booked=five_and_sunday) == []


def test_zero_limit_closes_every_day() -> None:
    assert free_on(person(TOKYO, max_per_day=0), MON) == []
    assert free_on(person(TOKYO, max_per_week=0), MON) == []


def test_no_limit_override_lifts_the_day_limit() -> None:
    booked = local(TOKYO, MON, (10.00, 10.30), (10.30, 11.00))
    limited = person(TOKYO)
    assert free_on(limited, MON, busy=booked, booked=booked) == []
    unlimited = person(TOKYO, overrides=PolicyOverrides(no_day_limit=True))
    assert free_on(unlimited, MON, busy=booked, booked=booked) == local(
        TOKYO, MON, (11.00, 12.00), (13.00, 19.00)
    )


# --- the effective policy and the asked range -------------------------------------------------


def test_overrides_are_part_of_the_effective_policy() -> None:
    who = person(TOKYO, overrides=PolicyOverrides(window=TimeRange.parse("09:00-17:00")))
    assert str(effective_policy(who, COMPANY).window) == "09:00-17:00"
    assert free_on(who, MON) == local(TOKYO, MON, (9.00, 12.00), (13.00, 17.00))
    weekend_worker = person(TOKYO, overrides=PolicyOverrides(working_days=EVERY_DAY))
    assert day_off(weekend_worker, COMPANY, date(2026, 12, 5)) is None


def test_the_effective_policy_follows_the_company() -> None:
    who = person(TOKYO, overrides=PolicyOverrides(buffer_minutes=15))
    early = CompanySettings(Policy(window=TimeRange.parse("08:00-17:00"), max_per_day=None))
    policy = effective_policy(who, early)
    assert (str(policy.window), policy.max_per_day, policy.buffer_minutes) == ("08:00-17:00", None, 15)
    assert effective_policy(who, early) is policy  # cached: the engine asks per person and day
    assert str(effective_policy(who, COMPANY).window) == "10:00-19:00"
    short_lunch = CompanySettings(Policy(lunch_window=TimeRange.parse("12:00-12:30"),
                                         lunch_minutes=30))
    long_lunch = person(TOKYO, overrides=PolicyOverrides(lunch_minutes=60))
    with pytest.raises(PolicyError):
        effective_policy(long_lunch, short_lunch)


def test_free_time_is_clipped_to_the_asked_range() -> None:
    who = person(TOKYO)
    start, end = at(TOKYO, MON, 11), at(TOKYO, MON, 14)
    expected = local(TOKYO, MON, (11.00, 12.00), (13.00, 14.00))
    assert free_time(who, COMPANY, [], start, end) == expected
    assert free_time(who, COMPANY, [], end, start) == []
    assert free_time(who, COMPANY, [], start, start) == []


def test_work_days_lists_the_local_working_days_a_range_touches() -> None:
    who = person(TOKYO, "JP")
    start, end = utc(2026, 11, 20, 20), utc(2026, 11, 25, 1)  # Sat 05:00 JST to Wed 10:00 JST
    assert [d.day for d in work_days(who, COMPANY, start, end)] == [
        date(2026, 11, 24), date(2026, 11, 25),
    ]
    assert work_day(who, COMPANY, date(2026, 11, 23)) is None
