"""Dates and zones: VTIMEZONE first, then IANA, then Windows; gaps, folds, floating, DURATION."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from ics_snippets import calendar, event, read, spans, utc, warning_texts

from interviewplanner.core.timezones import get_zone, to_utc
from interviewplanner.ics.read.recurrence import Budget
from interviewplanner.ics.read.tree import build_tree
from interviewplanner.ics.read.values import wall
from interviewplanner.ics.read.zones import VTimezone, build_vtimezone, zone_by_name

LA_VTIMEZONE = (
    "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "DTSTART:20070311T020000", "TZNAME:PDT", "TZOFFSETTO:-0700", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "DTSTART:20071104T020000", "TZNAME:PST", "TZOFFSETTO:-0800", "END:STANDARD",
    "END:VTIMEZONE",
)
WINDOWS_PACIFIC = (
    "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
)


def _vtimezone(lines: tuple[str, ...]) -> VTimezone:
    roots, _ = build_tree(list(enumerate(lines, start=1)))
    return build_vtimezone(roots[0], (2000, 2040), Budget(5))


@pytest.mark.parametrize(
    "local",
    [
        wall(2026, 3, 8, hour=1, minute=59),   # before the gap
        wall(2026, 3, 8, hour=2, minute=30),   # in the spring-forward gap
        wall(2026, 3, 8, hour=3),              # after the gap
        wall(2026, 11, 1, hour=0, minute=59),  # before the fold
        wall(2026, 11, 1, hour=1, minute=30),  # ambiguous (the repeated hour)
        wall(2026, 11, 1, hour=2),             # after the fold
        wall(2026, 7, 1, hour=12),
        wall(2026, 1, 1, hour=12),
    ],
)
def test_vtimezone_agrees_with_iana_and_core_rules(local: datetime) -> None:
    zone = _vtimezone(LA_VTIMEZONE)
    iana = get_zone("America/Los_Angeles")
    expected = to_utc(local, iana)
    assert to_utc(local, zone) == expected
    assert zone.wall_to_utc(local) == expected
    assert expected.astimezone(zone).replace(tzinfo=None) == expected.astimezone(iana).replace(
        tzinfo=None
    )


def test_gap_takes_the_offset_before_and_fold_the_first_occurrence() -> None:
    zone = _vtimezone(LA_VTIMEZONE)
    assert to_utc(wall(2026, 3, 8, hour=2, minute=30), zone) == utc(2026, 3, 8, 10, 30)
    assert to_utc(wall(2026, 11, 1, hour=1, minute=30), zone) == utc(2026, 11, 1, 8, 30)


def test_windows_vtimezone_from_1601_rules() -> None:
    zone = _vtimezone(WINDOWS_PACIFIC)
    assert to_utc(wall(2026, 12, 7, hour=9), zone) == utc(2026, 12, 7, 17)
    assert to_utc(wall(2026, 7, 7, hour=9), zone) == utc(2026, 7, 7, 16)


def test_windows_tzid_without_vtimezone_uses_cldr() -> None:
    data = calendar(*event("DTSTART;TZID=Tokyo Standard Time:20261201T100000",
                           "DTEND;TZID=\"Tokyo Standard Time\":20261201T110000"))
    parsed = read(data, tz="Europe/London")
    assert spans(parsed) == [(utc(2026, 12, 1, 1), utc(2026, 12, 1, 2))]
    assert not parsed.warnings


def test_name_resolution_variants() -> None:
    assert zone_by_name("/mozilla.org/20050126_1/America/New_York") == get_zone("America/New_York")
    assert zone_by_name("W. Europe Standard Time") == get_zone("Europe/Berlin")
    assert zone_by_name("asia/tokyo") == get_zone("Asia/Tokyo")
    assert zone_by_name("Nowhere/Atlantis") is None


def test_vtimezone_wins_over_the_iana_name() -> None:
    fixed = ("BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:STANDARD", "DTSTART:19700101T000000",
             "TZOFFSETFROM:+0500", "TZOFFSETTO:+0500", "END:STANDARD", "END:VTIMEZONE")
    data = calendar(*fixed, *event("DTSTART;TZID=Europe/London:20260701T120000",
                                   "DURATION:PT1H"))
    assert spans(read(data)) == [(utc(2026, 7, 1, 7), utc(2026, 7, 1, 8))]


def test_unusable_vtimezone_falls_back_to_the_name_with_a_warning() -> None:
    broken = ("BEGIN:VTIMEZONE", "TZID:Europe/London", "END:VTIMEZONE")
    data = calendar(*broken, *event("DTSTART;TZID=Europe/London:20260701T120000",
                                    "DURATION:PT1H"))
    parsed = read(data)
    assert spans(parsed) == [(utc(2026, 7, 1, 11), utc(2026, 7, 1, 12))]
    assert any("line 4: VTIMEZONE" in w for w in warning_texts(parsed))


def test_unknown_tzid_is_read_in_the_interviewers_zone_with_one_warning() -> None:
    data = calendar(
        *event("DTSTART;TZID=Foo:20261201T100000", "DTEND;TZID=Foo:20261201T110000"),
        *event("DTSTART;TZID=Foo:20261202T100000", "DURATION:PT1H", uid="e2"),
    )
    parsed = read(data, tz="Asia/Tokyo")
    assert spans(parsed) == [(utc(2026, 12, 1, 1), utc(2026, 12, 1, 2)),
                             (utc(2026, 12, 2, 1), utc(2026, 12, 2, 2))]
    assert warning_texts(parsed) == ("line 7: unknown TZID 'Foo' read as the interviewer's zone "
                               "(Asia/Tokyo)",)


def test_floating_and_date_values_use_x_wr_timezone_else_the_owner() -> None:
    body = event("DTSTART:20261201T090000", "DTEND:20261201T100000") + event(
        "DTSTART;VALUE=DATE:20261202", uid="e2")
    with_header = read(calendar(*body, header=("X-WR-TIMEZONE:Europe/London",)), tz="Asia/Tokyo")
    assert spans(with_header) == [(utc(2026, 12, 1, 9), utc(2026, 12, 1, 10)),
                                  (utc(2026, 12, 2), utc(2026, 12, 3))]
    without = read(calendar(*body), tz="Asia/Tokyo")
    assert spans(without) == [(utc(2026, 12, 1, 0), utc(2026, 12, 1, 1)),
                              (utc(2026, 12, 1, 15), utc(2026, 12, 2, 15))]


def test_utc_values_ignore_tzid_and_floating_zone() -> None:
    data = calendar(*event("DTSTART;TZID=Asia/Tokyo:20261201T090000Z", "DURATION:PT1H"))
    assert spans(read(data, tz="America/New_York")) == [(utc(2026, 12, 1, 9), utc(2026, 12, 1, 10))]


def test_all_day_event_on_a_dst_day_lasts_23_or_25_hours() -> None:
    body = event("DTSTART;VALUE=DATE:20260308") + event("DTSTART;VALUE=DATE:20261101", uid="e2")
    parsed = read(calendar(*body), tz="America/Los_Angeles")
    assert [b.duration for b in parsed.busy] == [timedelta(hours=23), timedelta(hours=25)]


def test_duration_days_are_wall_clock_and_hours_exact_across_dst() -> None:
    body = (
        event("DTSTART;TZID=America/Los_Angeles:20260307T090000", "DURATION:P1D")
        + event("DTSTART;TZID=America/Los_Angeles:20260307T090000", "DURATION:PT24H", uid="e2")
        + event("DTSTART;TZID=America/Los_Angeles:20260307T090000", "DURATION:P1DT1H", uid="e3")
    )
    parsed = read(calendar(*body), tz="Asia/Tokyo")
    ends = sorted(b.end for b in parsed.busy)
    start = utc(2026, 3, 7, 17)
    assert all(b.start == start for b in parsed.busy)
    assert ends == [start + timedelta(hours=23), start + timedelta(hours=24),
                    start + timedelta(hours=24)]


def test_dtend_in_another_zone_and_ambiguous_end() -> None:
    body = event("DTSTART;TZID=America/Los_Angeles:20261031T230000",
                 "DTEND;TZID=America/Los_Angeles:20261101T013000")
    body += event("DTSTART;TZID=America/Los_Angeles:20261106T113000",
                  "DTEND;TZID=Asia/Tokyo:20261107T153000", uid="e2")
    parsed = read(calendar(*LA_VTIMEZONE, *body))
    assert spans(parsed) == [(utc(2026, 11, 1, 6), utc(2026, 11, 1, 8, 30)),
                             (utc(2026, 11, 6, 19, 30), utc(2026, 11, 7, 6, 30))]


def test_recurrence_keeps_local_time_across_dst() -> None:
    body = event("DTSTART;TZID=Europe/London:20261020T090000", "DURATION:PT1H",
                 "RRULE:FREQ=WEEKLY;COUNT=3")
    starts = [b.start for b in read(calendar(*body)).busy]
    assert starts == [utc(2026, 10, 20, 8), utc(2026, 10, 27, 9), utc(2026, 11, 3, 9)]


def test_moments_are_utc_aware() -> None:
    parsed = read(calendar(*event("DTSTART;TZID=Asia/Kolkata:20261201T100000", "DURATION:PT1H")))
    assert parsed.busy[0].start.tzinfo is UTC
