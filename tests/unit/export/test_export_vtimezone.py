"""Generated VTIMEZONEs agree with the tz database at every hour of the years they cover."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from export_ics_support import Comp, parse, parse_line

from interviewplanner.ics.write.fold import join_lines
from interviewplanner.ics.write.zones import format_offset, vtimezone_lines

ZONES = [
    "Asia/Tokyo", "America/Los_Angeles", "America/New_York", "Europe/London",
    "Australia/Lord_Howe", "Pacific/Apia", "Asia/Kolkata", "Asia/Kathmandu", "America/Santiago",
    "Africa/Casablanca", "America/St_Johns",
]


def vtimezone(tzid: str, instants: list[datetime]) -> Comp:
    """The generated VTIMEZONE, parsed by the test parser."""
    lines = ["BEGIN:VCALENDAR", *vtimezone_lines(tzid, instants), "END:VCALENDAR"]
    (component,) = parse(join_lines(lines)).kids("VTIMEZONE")
    return component


def parse_offset(text: str) -> timedelta:
    """A UTC-OFFSET value."""
    sign = -1 if text.startswith("-") else 1
    hours, minutes, seconds = int(text[1:3]), int(text[3:5]), int(text[5:7] or 0)
    return sign * timedelta(hours=hours, minutes=minutes, seconds=seconds)


def onsets(component: Comp) -> list[tuple[datetime, timedelta]]:
    """(UTC onset, offset after) of every observance (RRULEs expanded to 2032), sorted."""
    found = []
    for observance in component.children:
        local = datetime.strptime(observance.one("DTSTART").value, "%Y%m%dT%H%M%S")  # noqa: DTZ007
        before = parse_offset(observance.one("TZOFFSETFROM").value)
        after = parse_offset(observance.one("TZOFFSETTO").value)
        starts = [(local - before).replace(tzinfo=UTC)]
        if observance.all("RRULE"):
            rule = observance.one("RRULE").value
            until = re.search(r";UNTIL=(\d{8}T\d{6})Z", rule)
            expanded = rrulestr(re.sub(r";UNTIL=[^;]*", "", rule), dtstart=local)
            starts = [(start - before).replace(tzinfo=UTC)
                      for start in expanded.between(local, datetime(2032, 1, 1), inc=True)]  # noqa: DTZ001
            if until:
                limit = datetime.strptime(until.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
                starts = [start for start in starts if start <= limit]
        found += [(start, after) for start in starts]
    return sorted(found)


def offset_at(table: list[tuple[datetime, timedelta]], moment: datetime) -> timedelta:
    """The offset in force at ``moment`` according to the observances."""
    current = [after for onset, after in table if onset <= moment]
    assert current, f"{moment} is before the first observance"
    return current[-1]


@pytest.mark.parametrize("tzid", ZONES)
@pytest.mark.parametrize("years", [(2026, 2026), (2020, 2022)])
def test_observances_match_the_tz_database_every_hour(tzid: str, years: tuple[int, int]) -> None:
    first, last = datetime(years[0], 3, 1, tzinfo=UTC), datetime(years[1], 11, 30, tzinfo=UTC)
    table = onsets(vtimezone(tzid, [first, last]))
    zone = ZoneInfo(tzid)
    start = datetime(years[0], 1, 1, tzinfo=UTC)
    hours = int((datetime(years[1] + 1, 1, 1, tzinfo=UTC) - start) / timedelta(hours=1))
    moments = [start + timedelta(hours=h) for h in range(0, hours, 5)]  # odd step: all hours of day
    stop = datetime(years[1] + 1, 1, 1, tzinfo=UTC)
    moments += [onset + delta for onset, _ in table[1:] if start <= onset < stop
                for delta in (timedelta(seconds=-1), timedelta(0))]
    for moment in moments:
        assert offset_at(table, moment) == moment.astimezone(zone).utcoffset(), (tzid, moment)


@pytest.mark.parametrize("tzid", ["Asia/Tokyo", "Asia/Kolkata", "UTC", "Asia/Kathmandu"])
def test_zone_without_dst_gets_one_standard(tzid: str) -> None:
    component = vtimezone(tzid, [datetime(2026, 12, 1, tzinfo=UTC)])
    assert [c.name for c in component.children] == ["STANDARD"]
    (standard,) = component.children
    assert standard.one("TZOFFSETFROM").value == standard.one("TZOFFSETTO").value


def test_daylight_and_standard_observances_are_labelled() -> None:
    component = vtimezone("America/New_York", [datetime(2026, 12, 1, tzinfo=UTC)])
    kinds = [(c.name, c.one("TZNAME").value, c.one("DTSTART").value) for c in component.children]
    assert ("DAYLIGHT", "EDT", "20250309T020000") in kinds
    assert ("STANDARD", "EST", "20251102T020000") in kinds
    rules = {c.one("RRULE").value for c in component.children if c.all("RRULE")}
    assert rules == {"FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"}
    lord_howe = vtimezone("Australia/Lord_Howe", [datetime(2026, 6, 1, tzinfo=UTC)])
    assert {c.one("TZOFFSETTO").value for c in lord_howe.children} == {"+1030", "+1100"}
    london = vtimezone("Europe/London", [datetime(2027, 6, 1, tzinfo=UTC)])
    assert "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" in {c.one("RRULE").value for c in london.kids("DAYLIGHT")
                                                   if c.all("RRULE")}


def test_irregular_zones_list_every_onset() -> None:
    component = vtimezone("Africa/Casablanca", [datetime(2026, 6, 1, tzinfo=UTC)])
    assert not any(c.all("RRULE") for c in component.children)
    assert len(component.children) > 4


def test_tzid_line_names_the_zone() -> None:
    lines = vtimezone_lines("Pacific/Apia", [datetime(2021, 1, 1, tzinfo=UTC)])
    assert parse_line(lines[1]).value == "Pacific/Apia"


@pytest.mark.parametrize(("offset", "text"), [
    (timedelta(hours=9), "+0900"), (timedelta(hours=-3, minutes=-30), "-0330"), (timedelta(0), "+0000"),
    (timedelta(hours=5, minutes=53, seconds=28), "+055328"), (timedelta(hours=10, minutes=30), "+1030"),
])
def test_format_offset(offset: timedelta, text: str) -> None:
    assert format_offset(offset) == text
