"""core.timezones on the zone table: gaps, folds, day lengths, zone names (SPEC §2, §4)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import pytest
import pytz
from dateutil import tz as dateutil_tz
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewplanner.core.timezones import (
    UnknownTimeZoneError,
    at_local,
    exists_locally,
    get_zone,
    is_known_zone,
    local_dates,
    local_day_bounds,
    to_local,
    to_utc,
    utc_midnight,
)
from tests.unit.core.zone_table import CHANGES, ZONE_NAMES, ZONES, Change, ZoneCase, utc, wall

SPRING = [(name, change) for name, kind, change in CHANGES if kind == "spring"]
FALL = [(name, change) for name, kind, change in CHANGES if kind == "fall"]


def _ids(cases: list[tuple[str, Change]]) -> list[str]:
    return [f"{name}-{change.day}" for name, change in cases]


# --- zone names -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ZONE_NAMES)
def test_get_zone_knows_every_zone_of_the_table(name: str) -> None:
    assert get_zone(name).key == name
    assert is_known_zone(name)


@pytest.mark.parametrize(
    "name",
    [
        "", "Nowhere/City", "asia/tokyo", " Asia/Tokyo", "Asia/Tokyo/", "Asia", "zone.tab",
        "Tokyo Standard Time",
        # path-like names must never reach the file system
        "/etc/passwd", "/usr/share/zoneinfo/Asia/Tokyo", "../../../../etc/passwd",
        "Asia/../../etc/passwd", "Asia/../Asia/Tokyo", "./Asia/Tokyo", "Asia/./Tokyo",
        "Asia\\Tokyo", "C:\\Windows\\win.ini", "~/zone", "Asia/Tokyo\x00",
    ],
)
def test_get_zone_rejects_unknown_and_path_like_names(name: str) -> None:
    with pytest.raises(UnknownTimeZoneError) as info:
        get_zone(name)
    assert info.value.name == name
    assert isinstance(info.value, ValueError)
    assert not is_known_zone(name)


# --- offsets on ordinary days -----------------------------------------------------------------


@pytest.mark.parametrize("zone", ZONES, ids=str)
def test_ordinary_winter_and_summer_noon(zone: ZoneCase) -> None:
    zone_info = get_zone(zone.name)
    assert to_utc(wall(2026, 1, 15, 12), zone_info) == utc(2026, 1, 15, 12) - zone.january_offset
    assert to_utc(wall(2026, 7, 15, 12), zone_info) == utc(2026, 7, 15, 12) - zone.july_offset
    assert to_local(utc(2026, 7, 15, 12), zone_info).utcoffset() == zone.july_offset


@pytest.mark.parametrize("zone", ZONES, ids=str)
def test_ordinary_day_is_24_hours(zone: ZoneCase) -> None:
    start, end = local_day_bounds(date(2026, 6, 17), get_zone(zone.name))
    assert end - start == timedelta(hours=24)
    assert start == utc(2026, 6, 17) - zone.july_offset


# --- spring-forward gap -----------------------------------------------------------------------


@pytest.mark.parametrize(("name", "change"), SPRING, ids=_ids(SPRING))
def test_gap_time_takes_the_offset_before_the_gap(name: str, change: Change) -> None:
    zone = get_zone(name)
    wall = datetime.combine(change.day, change.wall)
    assert to_utc(wall, zone) == change.expected_utc
    assert at_local(change.day, change.wall, zone) == change.expected_utc
    assert not exists_locally(wall, zone)


@pytest.mark.parametrize(("name", "change"), SPRING, ids=_ids(SPRING))
def test_times_around_the_gap_exist(name: str, change: Change) -> None:
    zone = get_zone(name)
    before = to_local(change.jump_utc - timedelta(minutes=1), zone).replace(tzinfo=None)
    after = to_local(change.jump_utc, zone).replace(tzinfo=None)
    assert exists_locally(before, zone)
    assert exists_locally(after, zone)
    assert to_utc(before, zone) == change.jump_utc - timedelta(minutes=1)
    assert to_utc(after, zone) == change.jump_utc
    # the whole gap is missing: every minute strictly between the two wall times
    minute = before + timedelta(minutes=1)
    while minute < after:
        assert not exists_locally(minute, zone), minute
        minute += timedelta(minutes=1)


@pytest.mark.parametrize(("name", "change"), SPRING, ids=_ids(SPRING))
def test_spring_day_is_short(name: str, change: Change) -> None:
    start, end = local_day_bounds(change.day, get_zone(name))
    assert end - start == timedelta(hours=change.day_hours)


# --- autumn fold ------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "change"), FALL, ids=_ids(FALL))
def test_ambiguous_time_is_its_first_occurrence(name: str, change: Change) -> None:
    zone = get_zone(name)
    wall = datetime.combine(change.day, change.wall)
    assert to_utc(wall, zone) == change.expected_utc
    assert exists_locally(wall, zone)
    # the second occurrence is real too, later by the size of the shift
    second = datetime.combine(change.day, change.wall, tzinfo=zone).replace(fold=1)
    assert second.astimezone(UTC) > change.expected_utc
    assert to_local(second.astimezone(UTC), zone).replace(tzinfo=None) == wall


@pytest.mark.parametrize(("name", "change"), FALL, ids=_ids(FALL))
def test_fall_day_is_long(name: str, change: Change) -> None:
    start, end = local_day_bounds(change.day, get_zone(name))
    assert end - start == timedelta(hours=change.day_hours)


# --- the day after a change -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "change"), CHANGES, ids=[f"{n}-{k}" for n, k, _ in CHANGES]
)
def test_ten_oclock_the_day_after_a_change_is_still_ten_local(
    name: str, kind: str, change: Change
) -> None:
    zone = get_zone(name)
    before, after = change.day - timedelta(days=1), change.day + timedelta(days=1)
    ten_before = at_local(before, time(10), zone)
    ten_after = at_local(after, time(10), zone)
    assert to_local(ten_after, zone).replace(tzinfo=None) == datetime.combine(after, time(10))
    assert to_local(ten_before, zone).replace(tzinfo=None) == datetime.combine(before, time(10))
    shift = change.day_hours - 24  # -1, +1, -0.5, +0.5 hours
    assert ten_after - ten_before == timedelta(hours=48 + shift), kind


@pytest.mark.parametrize("name", ZONE_NAMES)
def test_midnights_exist_all_year(name: str) -> None:
    zone = get_zone(name)
    day = date(2026, 1, 1)
    while day.year == 2026:
        start, end = local_day_bounds(day, zone)
        assert to_local(start, zone).replace(tzinfo=None) == datetime.combine(day, time(0))
        assert timedelta(hours=23) <= end - start <= timedelta(hours=25)
        day += timedelta(days=1)


# --- other helpers ----------------------------------------------------------------------------


def test_to_utc_refuses_aware_and_to_local_refuses_naive() -> None:
    zone = get_zone("Asia/Tokyo")
    with pytest.raises(ValueError, match="naive"):
        to_utc(utc(2026, 1, 1), zone)
    with pytest.raises(ValueError, match="aware"):
        to_local(datetime(2026, 1, 1), zone)  # noqa: DTZ001 - a naive value is the point


def test_local_dates_touched_by_a_utc_range() -> None:
    tokyo = get_zone("Asia/Tokyo")
    # 2026-03-01 14:00Z is 23:00 JST on Mar 1; up to 16:00Z = 01:00 JST Mar 2
    assert local_dates(utc(2026, 3, 1, 14), utc(2026, 3, 1, 16), tokyo) == [
        date(2026, 3, 1), date(2026, 3, 2),
    ]
    # the end is exclusive: ending exactly at local midnight does not touch the next day
    assert local_dates(utc(2026, 3, 1, 3), utc(2026, 3, 1, 15), tokyo) == [date(2026, 3, 1)]
    assert local_dates(utc(2026, 3, 1, 3), utc(2026, 3, 1, 3), tokyo) == [date(2026, 3, 1)]
    apia = get_zone("Pacific/Apia")
    assert local_dates(utc(2026, 3, 1), utc(2026, 3, 3), apia) == [
        date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 3),
    ]


def test_utc_midnight() -> None:
    assert utc_midnight(date(2026, 11, 23)) == utc(2026, 11, 23)
    assert utc_midnight(date(2026, 11, 23)).utcoffset() == timedelta(0)


# --- other tzinfo implementations (VTIMEZONE zones from the .ics reader, pytz) ----------------

_NEW_YORK_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Eastern
BEGIN:STANDARD
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE
"""


def _other_new_yorks() -> list[tzinfo]:
    vtimezone = dateutil_tz.tzical(io.StringIO(_NEW_YORK_VTIMEZONE)).get("Eastern")
    gettz = dateutil_tz.gettz("America/New_York")
    assert gettz is not None
    return [vtimezone, gettz, pytz.timezone("America/New_York")]


@pytest.mark.parametrize("zone", _other_new_yorks(), ids=["vtimezone", "dateutil", "pytz"])
@pytest.mark.parametrize(
    ("wall", "expected", "exists"),
    [
        (wall(2026, 3, 8, 2, 30), utc(2026, 3, 8, 7, 30), False),  # gap: offset before
        (wall(2026, 11, 1, 1, 30), utc(2026, 11, 1, 5, 30), True),  # fold: first
        (wall(2026, 7, 1, 12), utc(2026, 7, 1, 16), True),
        (wall(2026, 1, 5, 9), utc(2026, 1, 5, 14), True),
    ],
)
def test_other_tzinfo_kinds_follow_the_same_rules(
    zone: tzinfo, wall: datetime, expected: datetime, exists: bool
) -> None:
    assert to_utc(wall, zone) == expected
    assert exists_locally(wall, zone) is exists


# --- a round-trip property over the table -----------------------------------------------------

_AROUND_CHANGES = [
    change.jump_utc for _, _, change in CHANGES
] + [utc(2026, 1, 15), utc(2026, 6, 30, 18)]


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(ZONE_NAMES),
    anchor=st.sampled_from(_AROUND_CHANGES),
    minutes=st.integers(min_value=-36 * 60, max_value=36 * 60),
)
def test_every_instant_round_trips_unless_it_is_a_second_occurrence(
    name: str, anchor: datetime, minutes: int
) -> None:
    zone = get_zone(name)
    instant = anchor + timedelta(minutes=minutes)
    wall = to_local(instant, zone).replace(tzinfo=None)
    assert exists_locally(wall, zone)
    back = to_utc(wall, zone)
    if back != instant:  # only the second pass through a fold may differ, and it is later
        assert back < instant
        assert to_local(back, zone).replace(tzinfo=None) == wall
        assert instant - back <= timedelta(hours=1)
