"""Dates, times, ranges, durations and zone/country names by UI language (gui.formatting, gui.zones).

Expected texts are CLDR's, written out by hand; Qt's own rendering of :func:`qt_date_format`
must agree with :func:`format_date`, so a date edit and a label never disagree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
import pytz
from PySide6.QtCore import QDate, QLocale

from interviewplanner.gui import formatting, i18n, zones
from interviewplanner.gui.formatting import (
    cldr_to_qt,
    format_date,
    format_date_range,
    format_datetime,
    format_datetime_range,
    format_duration,
    format_time,
    format_time_range,
    format_week_title,
    qt_date_format,
    weekday_name,
)

TUESDAY = date(2026, 12, 1)
QT_LOCALES = {
    "en_US": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "en_GB": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "ja": QLocale(QLocale.Language.Japanese, QLocale.Country.Japan),
}


@pytest.mark.parametrize(("language", "plain", "with_weekday", "short"), [
    ("en_US", "Dec 1, 2026", "Tue, Dec 1, 2026", "12/1/2026"),
    ("en_GB", "1 Dec 2026", "Tue, 1 Dec 2026", "01/12/2026"),
    ("ja", "2026年12月1日", "2026年12月1日(火)", "2026/12/1"),
])
def test_dates_follow_the_language(language: str, plain: str, with_weekday: str, short: str) -> None:
    assert format_date(TUESDAY, language=language) == plain
    assert format_date(TUESDAY, weekday=True, language=language) == with_weekday
    assert format_date(TUESDAY, length="short", language=language) == short


def test_times_are_24_hour_in_both_languages() -> None:
    assert format_time(time(9, 5), language="en_US") == "09:05"
    assert format_time(time(21, 5), language="en_US") == "21:05"
    assert format_time(time(9, 5), language="ja") == "9:05"
    tokyo_noon = datetime(2026, 12, 1, 3, tzinfo=UTC)
    assert format_time(tokyo_noon, "Asia/Tokyo", language="en_US") == "12:00"


def test_time_ranges_are_compact_with_the_locales_separator() -> None:
    assert format_time_range(time(10), time(12, 10), language="en_US") == "10:00–12:10"
    assert format_time_range(time(10), time(12, 10), language="ja") == "10:00～12:10"
    start = datetime(2026, 12, 1, 13, tzinfo=UTC)  # 22:00 in Tokyo
    assert format_time_range(start, start + timedelta(hours=2), "Asia/Tokyo",
                             language="en_US") == "22:00–24:00"


def test_date_times_and_their_ranges_are_read_in_the_zone_given() -> None:
    start = datetime(2026, 12, 1, 18, tzinfo=UTC)  # 10:00 in Los Angeles, 03:00 next day in Tokyo
    assert format_datetime(start, "Asia/Tokyo", language="en_US") == "Wed, Dec 2, 2026, 03:00"
    assert format_datetime(start, "Asia/Tokyo", language="ja") == "2026年12月2日(水) 3:00"
    la = "America/Los_Angeles"
    assert format_datetime_range(start, start + timedelta(hours=2), la, language="en_US") == (
        "Tue, Dec 1, 2026, 10:00–12:00")
    assert format_datetime_range(start, start + timedelta(hours=2), la, language="ja") == (
        "2026年12月1日(火) 10:00～12:00")
    assert format_datetime_range(start, start + timedelta(hours=20), la, language="en_GB") == (
        "Tue, 1 Dec 2026, 10:00 – Wed, 2 Dec 2026, 06:00")


@pytest.mark.parametrize(("language", "week", "new_year"), [
    ("en_GB", "30 Nov – 4 Dec 2026", "28 Dec 2026 – 1 Jan 2027"),
    ("en_US", "Nov 30 – Dec 4, 2026", "Dec 28, 2026 – Jan 1, 2027"),
    ("ja", "2026年11月30日～12月4日", "2026年12月28日～2027年1月1日"),
])
def test_week_titles(language: str, week: str, new_year: str) -> None:
    assert format_week_title(date(2026, 11, 30), date(2026, 12, 4), language=language) == week
    assert format_date_range(date(2026, 12, 28), date(2027, 1, 1), language=language) == new_year


@pytest.mark.parametrize(("minutes", "english", "japanese"), [
    (45, "45 min", "45 分"), (60, "1 hr", "1 時間"), (90, "1 hr, 30 min", "1 時間 30 分"),
    (0, "0 min", "0 分"),
])
def test_durations(minutes: int, english: str, japanese: str) -> None:
    assert format_duration(minutes, language="en_US") == english
    assert format_duration(timedelta(minutes=minutes), language="ja") == japanese


def test_weekday_names() -> None:
    assert weekday_name(1, language="en_US") == "Tue"
    assert weekday_name(1, "wide", language="en_US") == "Tuesday"
    assert weekday_name(1, language="ja") == "火"
    assert weekday_name(6, "wide", language="ja") == "日曜日"


@pytest.mark.parametrize("language", sorted(QT_LOCALES))
@pytest.mark.parametrize("weekday", [False, True])
@pytest.mark.parametrize("length", ["short", "medium", "long"])
def test_qt_date_formats_render_exactly_as_format_date(language: str, weekday: bool,
                                                       length: formatting.DateLength) -> None:
    pattern = qt_date_format(length=length, weekday=weekday, language=language)
    for day in (date(2026, 9, 1), date(2027, 1, 4), date(2026, 12, 31)):
        qt_text = QT_LOCALES[language].toString(QDate(day.year, day.month, day.day), pattern)
        assert qt_text == format_date(day, length=length, weekday=weekday, language=language)


def test_cldr_patterns_translate_to_qt() -> None:
    assert cldr_to_qt("EEE, MMM d, y") == "ddd, MMM d, yyyy"
    assert cldr_to_qt("y年M月d日(EEE)") == "yyyy年M月d日(ddd)"
    assert cldr_to_qt("d 'de' MMMM 'de' y") == "d 'de' MMMM 'de' yyyy"
    assert cldr_to_qt("G y/MM/dd") == "yyyy/MM/dd"  # an era Qt cannot show is dropped


def test_the_ui_language_is_the_default() -> None:
    i18n.install("ja")
    try:
        assert formatting.locale_id() == "ja"
        assert format_date(TUESDAY) == "2026年12月1日"
        assert zones.country_name("JP") == "日本"
    finally:
        i18n.install("en")
    assert formatting.locale_id().startswith("en")
    assert zones.country_name("JP") == "Japan"


# -- zones and countries --------------------------------------------------------------------


def test_country_names_in_english_and_japanese() -> None:
    assert zones.country_name("JP", "en") == "Japan"
    assert zones.country_name("JP", "ja") == "日本"
    assert zones.country_name("us", "ja") == "アメリカ合衆国"
    assert zones.country_name("XX", "ja") == "XX"
    assert zones.country_label("GB", "ja") == "GB — イギリス"


@pytest.mark.parametrize(("typed", "code"), [
    ("日本", "JP"), ("japan", "JP"), ("JP", "JP"), ("jp — 日本", "JP"), ("JP — Japan", "JP"),
    ("アメリカ合衆国", "US"), ("United Kingdom", "GB"), ("イギリス", "GB"), ("Atlantis", None),
    ("JP — France", None),
])
def test_find_country(typed: str, code: str | None) -> None:
    assert zones.find_country(typed) == code


@pytest.mark.parametrize(("zone", "country"), [
    ("Asia/Tokyo", "JP"), ("America/Los_Angeles", "US"), ("US/Pacific", "US"),
    ("Europe/London", "GB"), ("Asia/Kolkata", "IN"), ("Australia/Lord_Howe", "AU"),
    ("Pacific/Apia", "WS"), ("UTC", None), ("Etc/GMT+5", None),
])
def test_suggest_country_from_the_zone(zone: str, country: str | None) -> None:
    assert zones.suggest_country(zone) == country


def test_suggest_country_only_names_countries_with_a_holiday_calendar(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import interviewplanner.core.holidays_calendar as calendars

    monkeypatch.setattr(calendars, "supported_countries", lambda: ["US"])
    assert zones.suggest_country("Asia/Tokyo") is None
    assert zones.suggest_country("America/New_York") == "US"


@pytest.mark.parametrize(("zone", "english", "japanese"), [
    ("America/Los_Angeles", "Los Angeles", "ロサンゼルス"), ("Asia/Tokyo", "Tokyo", "東京"),
    ("Asia/Kolkata", "Kolkata", "コルカタ"), ("UTC", "UTC", "UTC"),
])
def test_zones_are_named_by_their_city(zone: str, english: str, japanese: str) -> None:
    assert zones.zone_display_name(zone, "en") == english
    assert zones.zone_display_name(zone, "ja") == japanese


def test_the_catalogue_has_every_common_zone_once_with_readable_unique_labels() -> None:
    for language in ("en", "ja"):
        catalog = zones.zone_catalog(language)
        ids = {entry.zone for entry in catalog}
        assert {zones.canonical_zone(name) for name in pytz.common_timezones} <= (
            {zones.canonical_zone(name) for name in ids})
        cities = [entry.city for entry in catalog]
        assert len(cities) == len(set(cities))
        assert not [entry.label for entry in catalog if "_" in entry.label]
        assert all(entry.secondary.startswith(entry.zone) for entry in catalog)


@pytest.mark.parametrize(("typed", "zone"), [
    ("東京", "Asia/Tokyo"), ("Tokyo", "Asia/Tokyo"), ("asia/tokyo", "Asia/Tokyo"),
    ("Tokyo (UTC+09:00)", "Asia/Tokyo"), ("東京 (UTC+09:00)", "Asia/Tokyo"),
    ("new york", "America/New_York"), ("America/Argentina/Buenos_Aires",
                                       "America/Argentina/Buenos_Aires"),
    ("ニューヨーク", "America/New_York"), ("York", None), ("", None),
])
def test_find_zone(typed: str, zone: str | None) -> None:
    assert zones.find_zone(typed) == zone


def test_search_text_is_normalised() -> None:
    assert zones.normalise_search("Ｔｏｋｙｏ") == "tokyo"
    assert zones.normalise_search("America/Los_Angeles") == "america los angeles"
    assert zones.normalise_search("ろさんぜるす") == "ロサンゼルス"
    assert zones.matches("los ang", zones.normalise_search("America/Los_Angeles"))
    assert not zones.matches("los paris", zones.normalise_search("America/Los_Angeles"))
