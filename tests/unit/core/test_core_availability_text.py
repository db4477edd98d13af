"""Candidate availability typed as text → UTC intervals (core.availability_text).

Examples are written out by hand in UTC (the zone table's offsets), so the parser is checked
against known answers, across the 2027 spring-forward day of Los Angeles and the 2026 fall-back
day; properties check every generated text against zoneinfo directly.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewplanner.core.availability_text import (
    PROBLEM_CODES,
    ParsedAvailability,
    format_availability,
    parse_availability,
)
from interviewplanner.core.intervals import Interval
from interviewplanner.core.plan import plan_from_json, plan_to_json
from tests.unit.core.zone_table import ZONE_NAMES, utc

LA = "America/Los_Angeles"
TOKYO = "Asia/Tokyo"
WEEK = (date(2026, 12, 7), date(2026, 12, 11))  # Monday to Friday, PST (UTC-8)


def parse(text: str, zone: str = LA, days: tuple[date, date] = WEEK, **options: bool) -> ParsedAvailability:
    return parse_availability(text, zone, days[0], days[1], **options)


def spans(result: ParsedAvailability) -> list[tuple[datetime, datetime]]:
    return [(iv.start, iv.end) for iv in result.intervals]


def codes(result: ParsedAvailability) -> list[str]:
    return [problem.code for problem in result.problems]


# -- the examples -------------------------------------------------------------------


def test_weekday_ranges_and_after_in_english() -> None:
    result = parse("Tue 9–12, Wed after 14:00")
    assert spans(result) == [(utc(2026, 12, 8, 17), utc(2026, 12, 8, 20)),
                             (utc(2026, 12, 9, 22), utc(2026, 12, 10, 4))]  # 14:00-20:00
    assert result.problems == ()


def test_a_weekday_range_covers_each_day() -> None:
    result = parse("Mon-Fri 9:00-17:00")
    assert spans(result) == [(utc(2026, 12, d, 17), utc(2026, 12, d + 1, 1)) for d in range(7, 12)]


def test_a_month_day_date() -> None:
    assert spans(parse("12/8 10-12")) == [(utc(2026, 12, 8, 18), utc(2026, 12, 8, 20))]


def test_japanese_weekdays_and_after() -> None:
    result = parse("火 9-12、水 14時以降", zone=TOKYO)
    assert spans(result) == [(utc(2026, 12, 8, 0), utc(2026, 12, 8, 3)),
                             (utc(2026, 12, 9, 5), utc(2026, 12, 9, 11))]
    assert result.problems == ()


def test_until_without_days_means_every_weekday_of_the_range() -> None:
    result = parse("until 11am", days=(date(2026, 12, 5), date(2026, 12, 9)))  # Sat to Wed
    assert spans(result) == [(utc(2026, 12, d, 16), utc(2026, 12, d, 19)) for d in (7, 8, 9)]


@pytest.mark.parametrize(("text", "local"), [
    ("Tue 2-5pm", (14, 17)), ("Tue 10-2pm", (10, 14)), ("Tue 9am-5", (9, 17)),
    ("Tue 9-5", (9, 17)), ("Tue 1-3", (13, 15)), ("Tue 01:00-03:00", (1, 3)),
    ("Tue 0:30-1:30", (0.5, 1.5)), ("Tue 10am-noon", (10, 12)), ("Tue 10pm-midnight", (22, 24)),
    ("Tue 9:30 p.m.-11pm", (21.5, 23)), ("Tue after 2", (14, 20)), ("Tue before 3", (8, 15)),
    ("Tue after 21:00", (21, 24)), ("Tue until 7", (0, 7)), ("Tue between 2 and 4pm", (14, 16)),
    ("Tue from 9 to 12", (9, 12)), ("Tue morning", (8, 12)), ("Tue afternoon", (12, 18)),
    ("Tue", (8, 20)), ("Tuesday all day", (8, 20)), ("Tue pm", (12, 20)),
    ("火 午前中", (8, 12)), ("火曜日 午後", (12, 20)), ("火 9時から12時まで", (9, 12)),
    ("火 14時〜", (14, 20)), ("火 〜11時", (8, 11)), ("火 11時まで", (8, 11)),
    ("火 午後2時-4時半", (14, 16.5)), ("火 10:00～12:00", (10, 12)), ("火 1時-3時", (13, 15)),
    ("Ｔｕｅ　１０：００〜１２：００", (10, 12)),
])
def test_how_times_are_read(text: str, local: tuple[float, float]) -> None:
    result = parse(text)
    assert result.problems == ()
    day = datetime(2026, 12, 8, tzinfo=UTC) + timedelta(hours=8)  # local midnight of Tue 12/8
    assert spans(result) == [(day + timedelta(hours=local[0]), day + timedelta(hours=local[1]))]


@pytest.mark.parametrize(("text", "days"), [
    ("Mon, Wed 9-12", (7, 9)), ("Mon and Wed 9-12", (7, 9)), ("Mon/Wed 9-12", (7, 9)),
    ("月・水 9-12", (7, 9)), ("月と水 9-12", (7, 9)), ("Fri-Mon 9-12", (7, 11)),
    ("月〜水 9-12", (7, 8, 9)), ("月から水 9-12", (7, 8, 9)), ("weekdays 9-12", (7, 8, 9, 10, 11)),
    ("平日 9-12", (7, 8, 9, 10, 11)), ("12/8-10 9-12", (8, 9, 10)), ("12/8 - 12/10 9-12", (8, 9, 10)),
    ("12月8日〜10日 9-12", (8, 9, 10)), ("Dec 8 9-12", (8,)), ("8 December 9-12", (8,)),
    ("2026-12-08 9-12", (8,)), ("12月8日 9-12", (8,)), ("8日 9-12", (8,)), ("the 8th 9-12", (8,)),
    ("Tuesday, December 8, 9-12", (8,)), ("12/8(火) 9-12", (8,)), ("Tue 12/8 9-12", (8,)),
    ("Tue 9-12, 14-16", (8,)), ("- Mon 9-12\n- Wed 9-12", (7, 9)),
])
def test_how_days_are_read(text: str, days: tuple[int, ...]) -> None:
    result = parse(text)
    assert result.problems == ()
    assert sorted({iv.start.astimezone(ZoneInfo(LA)).day for iv in result.intervals}) == list(days)


def test_times_written_after_the_days_of_a_later_part_are_shared() -> None:
    result = parse("Tue 9-12, 14-16")
    assert spans(result) == [(utc(2026, 12, 8, 17), utc(2026, 12, 8, 20)),
                             (utc(2026, 12, 8, 22), utc(2026, 12, 9, 0))]


def test_day_first_reads_8_12_as_8_december() -> None:
    assert spans(parse("8/12 10-12", day_first=True)) == [(utc(2026, 12, 8, 18), utc(2026, 12, 8, 20))]


def test_a_date_without_a_year_takes_the_year_of_the_range() -> None:
    result = parse("1/4 10-12", days=(date(2026, 12, 28), date(2027, 1, 8)))
    assert spans(result) == [(utc(2027, 1, 4, 18), utc(2027, 1, 4, 20))]


# -- what cannot be read is reported, never dropped -----------------------------------------


@pytest.mark.parametrize(("text", "code", "detail"), [
    ("next week maybe", "not_understood", "next week maybe"),
    ("Tue 9-12 except 10", "not_understood", "except"),
    ("Tue 25:00-26:00", "bad_time", "25:00"),
    ("Tue 13pm-2pm", "bad_time", "13pm"),
    ("2/30 10-12", "bad_date", "2/30"),
    ("12/10-12/8 10-12", "bad_date", "12/10-12/8"),
    ("Tue 9", "single_time", "9"),
    ("Tue 15-09:00", "end_before_start", "15-09:00"),
    ("Sat 10-12", "outside_range", "Sat"),
    ("12/20 10-12", "outside_range", "12/20"),
    ("12/8(水) 10-12", "weekday_mismatch", "水"),
    ("Tue 9-12 EST", "other_zone", "EST"),
    ("Tue 9-12 Eastern time", "other_zone", "Eastern time"),
])
def test_problems_carry_a_code_the_part_and_the_fragment(text: str, code: str, detail: str) -> None:
    result = parse(text)
    assert result.intervals == ()
    assert [(p.code, p.text, p.detail) for p in result.problems] == [(code, text, detail)]
    assert code in PROBLEM_CODES


def test_one_bad_part_leaves_the_others() -> None:
    result = parse("Mon 9-12; Tue 9-12 maybe; Wed 10-11")
    assert [iv.start for iv in result.intervals] == [utc(2026, 12, 7, 17), utc(2026, 12, 9, 18)]
    assert [(p.code, p.text, p.detail) for p in result.problems] == [
        ("not_understood", "Tue 9-12 maybe", "maybe")]


def test_a_day_number_that_occurs_twice_in_the_range_is_ambiguous() -> None:
    result = parse("8日 10-12", days=(date(2026, 12, 1), date(2027, 1, 31)))
    assert codes(result) == ["ambiguous_date"]


def test_the_candidates_own_zone_abbreviation_is_accepted() -> None:
    assert parse("Tue 9-12 PST").problems == ()
    assert parse("火 9-12 日本時間", zone=TOKYO).problems == ()
    assert parse("火 9-12 JST", zone=TOKYO).problems == ()


def test_fillers_are_ignored() -> None:
    result = parse("I am available on Tue from 9 to 12 (PT), OK")
    assert spans(result) == [(utc(2026, 12, 8, 17), utc(2026, 12, 8, 20))]
    assert result.problems == ()


def test_a_reversed_range_is_an_error() -> None:
    with pytest.raises(ValueError, match="before"):
        parse_availability("Tue 9-12", LA, date(2026, 12, 9), date(2026, 12, 8))


# -- across DST (Los Angeles springs forward 2027-03-14 02:00 -> 03:00) ---------------------

SPRING = (date(2027, 3, 12), date(2027, 3, 15))  # Fri .. Mon around the change


def test_the_same_wall_hours_shift_in_utc_across_spring_forward() -> None:
    result = parse("Fri, Mon 9-12", days=SPRING)
    assert spans(result) == [(utc(2027, 3, 12, 17), utc(2027, 3, 12, 20)),  # PST
                             (utc(2027, 3, 15, 16), utc(2027, 3, 15, 19))]  # PDT


def test_a_range_across_the_gap_keeps_only_existing_time() -> None:
    assert spans(parse("Sun 1am-4am", days=SPRING)) == [(utc(2027, 3, 14, 9), utc(2027, 3, 14, 11))]
    # 02:30 does not exist: the range starts when the clocks jump (03:00 PDT)
    assert spans(parse("Sun 2:30am-5am", days=SPRING)) == [
        (utc(2027, 3, 14, 10), utc(2027, 3, 14, 12))]


def test_a_range_wholly_inside_the_gap_is_reported() -> None:
    result = parse("Sun 2:15am-2:45am", days=SPRING)
    assert result.intervals == ()
    assert codes(result) == ["nonexistent_time"]


def test_the_day_of_spring_forward_is_23_hours() -> None:
    result = parse("Sun 0:00-24:00", days=SPRING)
    assert spans(result) == [(utc(2027, 3, 14, 8), utc(2027, 3, 15, 7))]


def test_fall_back_reads_the_first_occurrence() -> None:
    result = parse("Sun 0:30-1:30", days=(date(2026, 10, 30), date(2026, 11, 2)))
    assert spans(result) == [(utc(2026, 11, 1, 7, 30), utc(2026, 11, 1, 8, 30))]  # both PDT


# -- PLAN.json ------------------------------------------------------------------------------


def test_the_intervals_are_what_plan_json_carries() -> None:
    result = parse("Tue 9–12, Wed after 14:00")
    plan = {"candidate": {"name": "Jane Doe", "timezone": LA,
                          "availability": [{"start": iv.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                            "end": iv.end.strftime("%Y-%m-%dT%H:%M:%SZ")}
                                           for iv in result.intervals]},
            "sessions": [{"title": "Coding", "minutes": 60, "interviewers": ["a@example.com"]}]}
    loaded = plan_from_json(plan)
    assert loaded.candidate.availability == result.intervals
    assert plan_to_json(loaded)["candidate"]["availability"] == [
        {"start": "2026-12-08T17:00:00Z", "end": "2026-12-08T20:00:00Z"},
        {"start": "2026-12-09T22:00:00Z", "end": "2026-12-10T04:00:00Z"}]


def test_format_writes_one_line_per_local_day() -> None:
    across = [Interval(utc(2026, 12, 9, 6), utc(2026, 12, 9, 10))]  # Tue 22:00 - Wed 02:00 PST
    assert format_availability(across, LA) == ("Tue 2026-12-08 22:00-24:00\n"
                                               "Wed 2026-12-09 00:00-02:00")


# -- properties -----------------------------------------------------------------------------

EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
JA_DAYS = ("月", "火", "水", "木", "金", "土", "日")
FIRST_DAYS = st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 1))


@st.composite
def wall_ranges(draw: st.DrawFn) -> tuple[int, int]:
    """A local [start, end) in minutes since midnight, on a 5-minute grid, end up to 24:00."""
    start = draw(st.integers(0, 286)) * 5
    end = draw(st.integers(start // 5 + 1, 288)) * 5
    return start, end


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def local_minutes(instant: datetime, zone: ZoneInfo, day: date) -> int:
    local = instant.astimezone(zone)
    return (local.date() - day).days * 1440 + local.hour * 60 + local.minute


def exists(day: date, minutes: int, zone: ZoneInfo) -> bool:
    wall = datetime.combine(day, time(0)) + timedelta(minutes=minutes)
    return wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall


@settings(max_examples=150, deadline=None)
@given(zone_name=st.sampled_from(ZONE_NAMES), first=FIRST_DAYS, length=st.integers(0, 20),
       weekday=st.integers(0, 6), span=wall_ranges(), style=st.sampled_from(["en", "ja", "iso"]))
def test_typed_weekday_hours_land_on_those_wall_times_inside_the_range(
        *, zone_name: str, first: date, length: int, weekday: int, span: tuple[int, int],
        style: str) -> None:
    zone = ZoneInfo(zone_name)
    last = first + timedelta(days=length)
    text = {"en": f"{EN_DAYS[weekday]} {hhmm(span[0])}-{hhmm(span[1])}",
            "ja": f"{JA_DAYS[weekday]}曜日 {hhmm(span[0])}〜{hhmm(span[1])}",
            "iso": f"{EN_DAYS[weekday]}s {hhmm(span[0])} to {hhmm(span[1])}"}[style]
    result = parse_availability(text, zone_name, first, last)
    days = [first + timedelta(days=i) for i in range(length + 1)
            if (first + timedelta(days=i)).weekday() == weekday]
    if not days:
        assert [p.code for p in result.problems] == ["outside_range"]
        return
    assert all(p.code == "nonexistent_time" for p in result.problems)
    range_start = datetime.combine(first, time(0)).replace(tzinfo=zone)
    range_end = datetime.combine(last + timedelta(days=1), time(0)).replace(tzinfo=zone)
    for interval in result.intervals:
        assert range_start <= interval.start < interval.end <= range_end
        day = interval.start.astimezone(zone).date()
        assert day in days
        start, end = local_minutes(interval.start, zone, day), local_minutes(interval.end, zone, day)
        assert start == span[0] or not exists(day, span[0], zone)
        assert end == span[1] or not exists(day, span[1] % 1440, zone)
    assert len(result.intervals) + len(result.problems) == len(days)


@st.composite
def wall_availability(draw: st.DrawFn) -> tuple[str, date, date, list[Interval]]:
    """A zone, a range and minute-aligned UTC intervals made from wall times inside it."""
    zone_name = draw(st.sampled_from(ZONE_NAMES))
    zone = ZoneInfo(zone_name)
    first = draw(FIRST_DAYS)
    last = first + timedelta(days=draw(st.integers(0, 14)))
    intervals = []
    for _ in range(draw(st.integers(1, 5))):
        day = first + timedelta(days=draw(st.integers(0, (last - first).days)))
        start, end = draw(wall_ranges())
        base = datetime.combine(day, time(0))
        begin = (base + timedelta(minutes=start)).replace(tzinfo=zone).astimezone(UTC)
        finish = (base + timedelta(minutes=end)).replace(tzinfo=zone).astimezone(UTC)
        if finish > begin and exists(day, start, zone) and exists(day, end % 1440, zone):
            intervals.append(Interval(begin, finish))
    return zone_name, first, last, intervals


@settings(max_examples=150, deadline=None)
@given(wall_availability())
def test_formatted_availability_parses_back(case: tuple[str, date, date, list[Interval]]) -> None:
    zone_name, first, last, intervals = case
    text = format_availability(intervals, zone_name)
    result = parse_availability(text, zone_name, first, last)
    assert result.problems == ()
    assert list(result.intervals) == _merged(intervals)


def _merged(intervals: list[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for iv in sorted(intervals, key=lambda i: i.start):
        if merged and iv.start <= merged[-1].end:
            merged[-1] = Interval(merged[-1].start, max(merged[-1].end, iv.end))
        else:
            merged.append(iv)
    return merged


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60), first=FIRST_DAYS, zone_name=st.sampled_from(ZONE_NAMES))
def test_any_text_gives_intervals_in_range_or_problems_that_quote_it(
        text: str, first: date, zone_name: str) -> None:
    last = first + timedelta(days=6)
    result = parse_availability(text, zone_name, first, last)
    zone = ZoneInfo(zone_name)
    low = datetime.combine(first, time(0)).replace(tzinfo=zone)
    high = datetime.combine(last + timedelta(days=1), time(0)).replace(tzinfo=zone)
    assert all(low <= iv.start < iv.end <= high for iv in result.intervals)
    for problem in result.problems:
        assert problem.code in PROBLEM_CODES
        assert problem.text and problem.text in text
        assert all(fragment in text for fragment in problem.detail.split(" "))


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(
    ["Tue", "火", "9", "12", "-", "〜", "after", "until", "14:00", "pm", "12/8", ",", "、", "and",
     "maybe", "時", "以降", "まで", "noon", "(", ")", "PST", "EST", "weekdays", "8日", "25"]),
    max_size=10))
def test_word_salad_never_raises(words: list[str]) -> None:
    text = " ".join(words)
    result = parse_availability(text, LA, WEEK[0], WEEK[1])
    assert all(p.text in text for p in result.problems)
