"""The week presenter: the core's day rules per person, the strips, the hours that matter.

No window and no Qt: the presenter is plain Python that runs on the worker thread.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta

import pytest

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import (
    BusyInterval,
    Closure,
    CompanySettings,
    Interviewer,
    PolicyOverrides,
    TimeRange,
)
from interviewplanner.core.timezones import at_local, get_zone
from interviewplanner.gui.presenters.week_layout import (
    BookedInterview,
    Kind,
    PersonWeek,
    WeekLayout,
    build_week,
    focus_spans,
    monday_of,
    rebuild,
    week_bounds,
)

TOKYO = get_zone("Asia/Tokyo")
NEW_YORK = get_zone("America/New_York")
MONDAY = date(2026, 11, 30)  # an ordinary week: no holiday in JP or the US
COMPANY = CompanySettings()


def sato(**overrides: object) -> Interviewer:
    return Interviewer("hanako@example.com", "Sato", "Asia/Tokyo", "JP",
                       overrides=PolicyOverrides(**overrides))  # type: ignore[arg-type]


def ken() -> Interviewer:
    return Interviewer("ken@example.com", "Ken", "Asia/Tokyo", "JP")


def tokyo(day: date, hour: int, minute: int = 0) -> datetime:
    return at_local(day, time(hour, minute), TOKYO)


def kinds(layout: WeekLayout, row: int, kind: Kind) -> list[Interval]:
    return [b.interval for b in layout.rows[row].blocks if b.kind == kind]


def test_windows_follow_the_persons_overrides_through_the_core_rules() -> None:
    person = sato(window=TimeRange.parse("08:00-17:00"), core=TimeRange.parse("09:00-12:00"),
                  lunch_window=TimeRange.parse("12:00-14:00"), lunch_minutes=45)
    layout = build_week(MONDAY, "Asia/Tokyo", [PersonWeek(person)], COMPANY)
    windows = kinds(layout, 0, Kind.WINDOW)
    assert len(windows) == 5
    assert windows[0] == Interval(tokyo(MONDAY, 8), tokyo(MONDAY, 17))
    assert kinds(layout, 0, Kind.CORE)[0] == Interval(tokyo(MONDAY, 9), tokyo(MONDAY, 12))
    lunch = next(b for b in layout.rows[0].blocks if b.kind == Kind.LUNCH)
    assert lunch.interval == Interval(tokyo(MONDAY, 12), tokyo(MONDAY, 14))
    assert lunch.label == "45"


def test_core_hours_only_still_draws_the_whole_working_window() -> None:
    layout = build_week(MONDAY, "Asia/Tokyo", [PersonWeek(sato(core_only=True))], COMPANY)
    assert kinds(layout, 0, Kind.WINDOW)[0] == Interval(tokyo(MONDAY, 10), tokyo(MONDAY, 19))
    assert kinds(layout, 0, Kind.CORE)[0] == Interval(tokyo(MONDAY, 12), tokyo(MONDAY, 16))


def test_working_days_of_the_overrides_decide_the_days_off() -> None:
    person = sato(working_days=frozenset({1, 2, 3, 4, 5}))  # Tuesday to Saturday
    layout = build_week(MONDAY, "Asia/Tokyo", [PersonWeek(person)], COMPANY)
    weekend = [i.start.astimezone(TOKYO).date() for i in kinds(layout, 0, Kind.WEEKEND)]
    assert weekend == [MONDAY, MONDAY + timedelta(days=6)]


def test_company_closure_and_named_holidays_in_the_asked_language() -> None:
    closing = CompanySettings(closures=(Closure((12, 29), (1, 3), "New-Year closure"),))
    layout = build_week(date(2026, 12, 28), "Asia/Tokyo", [PersonWeek(sato())], closing)
    closure = [b for b in layout.rows[0].blocks if b.kind == Kind.CLOSURE]
    assert [b.label for b in closure] == ["New-Year closure"] * 3  # Tue 29 to Thu 31
    holiday = [b for b in layout.rows[0].blocks if b.kind == Kind.HOLIDAY]  # wins on Fri 1
    assert [b.interval.start.astimezone(TOKYO).date() for b in holiday] == [date(2027, 1, 1)]
    holiday_week = build_week(date(2026, 11, 23), "Asia/Tokyo", [PersonWeek(sato())], COMPANY,
                              "ja")
    assert [b.label for b in holiday_week.rows[0].blocks if b.kind == Kind.HOLIDAY] == [
        "勤労感謝の日"]
    english = rebuild(holiday_week, "en_US")
    assert [b.label for b in english.rows[0].blocks if b.kind == Kind.HOLIDAY] == [
        "Labor Thanksgiving Day"]
    assert english.people == holiday_week.people and english.language == "en_US"


def test_booked_interviews_carry_candidate_and_session_plain_intervals_still_work() -> None:
    wed = MONDAY + timedelta(days=2)
    named = BookedInterview(Interval(tokyo(wed, 14), tokyo(wed, 15)), "Jane Doe", "System design")
    plain = Interval(tokyo(wed, 16), tokyo(wed, 17))
    layout = build_week(MONDAY, "Asia/Tokyo", [PersonWeek(sato(), (), (named, plain))], COMPANY)
    booked = [b for b in layout.rows[0].blocks if b.kind == Kind.BOOKED]
    assert [(b.label, b.detail) for b in booked] == [("Jane Doe", "System design"), ("", "")]


def test_everyone_free_in_core_hours_subtracts_busy_time_lunch_and_bookings() -> None:
    wed = MONDAY + timedelta(days=2)
    busy = BusyInterval(tokyo(wed, 14), tokyo(wed, 15), "cal")
    booked = (Interval(tokyo(wed, 15), tokyo(wed, 15, 30)),)
    layout = build_week(MONDAY, "Asia/Tokyo",
                        [PersonWeek(sato(), (busy,)), PersonWeek(ken(), (), booked)], COMPANY)
    core_days = {b.interval.start.astimezone(TOKYO).date() for b in layout.all_core}
    assert len(core_days) == 5
    assert all(b.interval.duration == timedelta(hours=4) for b in layout.all_core)
    on_wed = [b.interval for b in layout.all_free if b.interval.start.date() == wed]
    # 12-16 core, 12-13 lunch, Sato busy 14-15, Ken booked 15:00-15:30
    assert on_wed == [Interval(tokyo(wed, 13), tokyo(wed, 14)),
                      Interval(tokyo(wed, 15, 30), tokyo(wed, 16))]
    on_tue = [b.interval for b in layout.all_free if b.interval.start.date() == wed - timedelta(1)]
    assert on_tue == [Interval(tokyo(wed - timedelta(1), 13), tokyo(wed - timedelta(1), 16))]


def test_a_day_at_its_load_limit_is_not_free() -> None:
    wed = MONDAY + timedelta(days=2)
    booked = (Interval(tokyo(wed, 10), tokyo(wed, 11)),)
    layout = build_week(MONDAY, "Asia/Tokyo", [PersonWeek(sato(max_per_day=1), (), booked)],
                        COMPANY)
    assert not [b for b in layout.all_free if b.interval.start.astimezone(TOKYO).date() == wed]
    assert [b for b in layout.all_core if b.interval.start.astimezone(TOKYO).date() == wed]


def test_the_hours_that_matter_are_the_working_windows_padded_to_display_hours() -> None:
    layout = build_week(MONDAY, "Asia/Tokyo", [PersonWeek(sato())], COMPANY)
    assert len(layout.focus) == 5  # Monday to Friday; the weekend is left out
    for index, (first, last) in enumerate(layout.focus):
        day = MONDAY + timedelta(days=index)
        assert layout.instant(first) == tokyo(day, 9)
        assert layout.instant(last) == tokyo(day, 20)


def test_people_far_apart_merge_into_longer_spans_and_an_idle_week_shows_everything() -> None:
    mike = Interviewer("mike@example.com", "Mike", "America/New_York", "US")
    both = build_week(MONDAY, "Asia/Tokyo", [PersonWeek(sato()), PersonWeek(mike)], COMPANY)
    # Tokyo 09-20 and New York 10-19 (= Tokyo 00-09 next day): one span per night and day
    assert len(both.focus) < 10
    covered = sum(b - a for a, b in both.focus)
    assert 5 * 18 * 60 <= covered <= both.minutes
    closed = CompanySettings(closures=(Closure((11, 30), (12, 6), "Retreat"),))
    idle = build_week(MONDAY, "Asia/Tokyo", [PersonWeek(sato())], closed)
    assert idle.focus == ((0.0, idle.minutes),)
    assert focus_spans((), idle.hours, idle.minutes) == ((0.0, idle.minutes),)


def test_focus_spans_are_whole_display_hours_in_a_half_hour_zone() -> None:
    layout = build_week(MONDAY, "Asia/Kolkata", [PersonWeek(sato())], COMPANY)
    ticks = {t.minute for t in layout.hours}
    assert all(a in ticks and b in ticks for a, b in layout.focus)


def test_row_lookup_and_week_helpers() -> None:
    layout = build_week(MONDAY, "America/New_York", [PersonWeek(sato()), PersonWeek(ken())],
                        COMPANY)
    assert layout.row_of("KEN@example.com") == 1 and layout.row_of("nobody@example.com") == -1
    assert monday_of(date(2026, 12, 3)) == MONDAY
    start, end = week_bounds(MONDAY, NEW_YORK)
    assert (layout.start, layout.end) == (start, end)
    assert start == datetime(2026, 11, 30, 5, tzinfo=UTC)


@pytest.mark.parametrize("module", ["interviewplanner.gui.presenters.week_layout"])
def test_presenter_imports_neither_qt_nor_the_holiday_tables(module: str) -> None:
    code = (f"import sys, {module}; "
            "bad = [m for m in ('PySide6', 'holidays', 'sqlalchemy') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
