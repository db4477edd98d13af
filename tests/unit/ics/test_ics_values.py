"""Value types (RFC 5545 §3.3): TEXT, DATE, DATE-TIME, DURATION, PERIOD, UTC-OFFSET."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from interviewplanner.ics.read.values import (
    Duration,
    parse_date,
    parse_date_time,
    parse_duration,
    parse_utc_offset,
    split_period,
    unescape_text,
    wall,
)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (r"a\, b\; c\\d", "a, b; c\\d"),
        (r"line one\nline two\Nthree", "line one\nline two\nthree"),
        (r"no escapes", "no escapes"),
        (r"\\n is a backslash and n", "\\n is a backslash and n"),
        (r"odd \: kept", "odd : kept"),
    ],
)
def test_text_unescape(raw: str, text: str) -> None:
    assert unescape_text(raw) == text


def test_dates_and_impossible_dates() -> None:
    assert parse_date("20261231") == date(2026, 12, 31)
    with pytest.raises(ValueError, match="impossible date"):
        parse_date("20260230")
    with pytest.raises(ValueError, match="not a DATE"):
        parse_date("2026-12-31")


def test_date_times() -> None:
    assert parse_date_time("20261201T093000") == (wall(2026, 12, 1, hour=9, minute=30), False)
    assert parse_date_time("20261201T093000Z") == (wall(2026, 12, 1, hour=9, minute=30), True)
    assert parse_date_time("20261201T0930") == (wall(2026, 12, 1, hour=9, minute=30), False)
    assert parse_date_time("20161231T235960Z")[0].second == 59  # leap second
    with pytest.raises(ValueError, match="impossible"):
        parse_date_time("20260230T100000Z")
    with pytest.raises(ValueError, match="impossible"):
        parse_date_time("20261201T250000Z")
    with pytest.raises(ValueError, match="not a DATE-TIME"):
        parse_date_time("20261210T01")


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("PT1H30M", Duration(0, 5400)),
        ("P2D", Duration(2, 0)),
        ("P1W", Duration(7, 0)),
        ("P1DT2H", Duration(1, 7200)),
        ("-PT15M", Duration(0, -900)),
        ("+PT1S", Duration(0, 1)),
        ("pt1h", Duration(0, 3600)),
    ],
)
def test_durations(text: str, duration: Duration) -> None:
    assert parse_duration(text) == duration


@pytest.mark.parametrize("text", ["P", "PT", "P1H", "1H", "PT1H1D", "P99999999W", ""])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError, match="DURATION"):
        parse_duration(text)


def test_duration_sign_and_exact_length() -> None:
    assert parse_duration("-P1D").is_negative
    assert parse_duration("P1DT1H").exact() == timedelta(hours=25)


def test_periods() -> None:
    assert split_period("20261202T200000Z/PT1H30M") == ("20261202T200000Z", "PT1H30M")
    with pytest.raises(ValueError, match="PERIOD"):
        split_period("20261202T200000Z")


def test_utc_offsets() -> None:
    assert parse_utc_offset("-0800") == -timedelta(hours=8)
    assert parse_utc_offset("+091859") == timedelta(hours=9, minutes=18, seconds=59)
    with pytest.raises(ValueError, match="offset"):
        parse_utc_offset("+2500")
