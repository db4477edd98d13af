"""Dates, times, ranges, durations and names as the UI language writes them (CLDR via Babel).

The one place where the GUI turns a date or a time into text. Every function takes an optional
``language``: a UI language code ("en", "ja") or a CLDR locale id ("en_GB"); None means the
current UI language of :mod:`interviewplanner.gui.i18n`. English follows the system's English
variant when the system is English (en_GB writes "30 Nov 2026", en_US "Nov 30, 2026"), US
English otherwise, as :func:`interviewplanner.gui.i18n.locale_for` does for Qt.

Conventions decided here:

- times are 24-hour in both languages (CLDR's ``Hm`` skeleton: "09:30", "9:30");
- a time range is compact: the locale's range separator without its spaces ("10:00–12:10",
  "10:00～12:10"); date ranges and date-time ranges use CLDR's interval formats as they are;
- an aware datetime is shown in the zone given (or its own zone when none is given).

CLDR's thin spaces around range dashes become plain spaces (as in the rest of the UI's text).
Patterns are looked up once per locale and skeleton; Babel itself is imported on first use
(it costs ~50 ms, which start-up does not need to pay).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from interviewplanner.core.timezones import get_zone
from interviewplanner.gui import i18n
from interviewplanner.gui.zones import (
    babel_locale,
    country_label,
    country_name,
    utc_offset_text,
    zone_display_name,
    zone_label,
)

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "country_label", "country_name", "format_date", "format_date_range", "format_datetime",
    "format_datetime_range", "format_duration", "format_month", "format_time", "format_time_range",
    "format_week_title", "locale_id", "qt_date_format", "range_separator", "utc_offset_text",
    "weekday_name", "zone_display_name", "zone_label",
]

DateLength = Literal["short", "medium", "long"]
DayWidth = Literal["narrow", "abbreviated", "wide"]

_SKELETONS: dict[tuple[str, bool, bool], str] = {
    # (length, weekday, year) -> CLDR skeleton
    ("short", False, True): "yMd", ("short", True, True): "yMEd",
    ("short", False, False): "Md", ("short", True, False): "MEd",
    ("medium", False, True): "yMMMd", ("medium", True, True): "yMMMEd",
    ("medium", False, False): "MMMd", ("medium", True, False): "MMMEd",
    ("long", False, True): "yMMMMd", ("long", True, True): "yMMMMEEEEd",
    ("long", False, False): "MMMMd", ("long", True, False): "MMMMEEEEd",
}


@lru_cache(maxsize=4)
def _english_variant() -> str:
    """en_GB, en_AU… when the system locale is English; en_US otherwise."""
    name = i18n.locale_for("en").name()
    return name if name.startswith("en") else "en_US"


_SPACES = str.maketrans({"\u2009": " ", "\u202f": "\u00a0"})


def _plain(text: object) -> str:
    """Babel's output with thin spaces as spaces, narrow no-break spaces as no-break spaces."""
    return str(text).translate(_SPACES)


def locale_id(language: str | None = None) -> str:
    """The CLDR locale id the GUI formats with for ``language`` (None = the UI language)."""
    code = language or i18n.current_language()
    if code == "en":
        return _english_variant()
    return code


def _locale(language: str | None) -> Locale:
    return babel_locale(locale_id(language))


@lru_cache(maxsize=64)
def _pattern(locale_name: str, skeleton: str) -> str:
    """The locale's pattern for a CLDR skeleton ("yMMMEd" → "EEE, MMM d, y")."""
    from babel.dates import match_skeleton

    locale = babel_locale(locale_name)
    best = match_skeleton(skeleton, locale.datetime_skeletons, allow_different_fields=True)
    return str(locale.datetime_skeletons[best]) if best else "y-MM-dd"


def _skeleton_pattern(skeleton: str, language: str | None) -> tuple[str, Locale]:
    name = locale_id(language)
    return _pattern(name, skeleton), babel_locale(name)


def _local(value: datetime, zone: str | tzinfo | None) -> datetime:
    """``value`` as wall time in ``zone`` (naive values are taken as wall time already)."""
    if value.tzinfo is None or zone is None:
        return value
    return value.astimezone(get_zone(zone) if isinstance(zone, str) else zone)


def format_date(day: date | datetime, *, length: DateLength = "medium", weekday: bool = False,
                year: bool = True, language: str | None = None) -> str:
    """A calendar date: "Dec 1, 2026" / "1 Dec 2026" / "2026年12月1日"; with ``weekday``
    "Tue, Dec 1, 2026" / "2026年12月1日(火)"; ``length="short"`` gives "12/1/2026", "2026/12/1"."""
    from babel.dates import format_date as babel_format_date

    plain = day.date() if isinstance(day, datetime) else day
    pattern, locale = _skeleton_pattern(_SKELETONS[(length, weekday, year)], language)
    return _plain(babel_format_date(plain, pattern, locale=locale))


def format_time(clock: time | datetime, zone: str | tzinfo | None = None, *,
                language: str | None = None) -> str:
    """A 24-hour wall time: "09:30" (English), "9:30" (Japanese); an aware datetime is read in
    ``zone`` first."""
    from babel.dates import format_time as babel_format_time

    wall = _local(clock, zone).time() if isinstance(clock, datetime) else clock
    pattern, locale = _skeleton_pattern("Hm", language)
    return _plain(babel_format_time(wall.replace(tzinfo=None), pattern, locale=locale))


def range_separator(language: str | None = None) -> str:
    """The locale's interval separator without spaces: "–" (English), "～" (Japanese)."""
    fallback = _plain(_locale(language).interval_formats.get(None, "{0} – {1}"))
    middle = fallback.replace("{0}", "", 1).replace("{1}", "", 1).strip()
    return middle or "–"


def format_time_range(start: time | datetime, end: time | datetime,
                      zone: str | tzinfo | None = None, *, language: str | None = None) -> str:
    """"10:00–12:10" / "10:00～12:10". An end at local midnight is written "24:00"."""
    first = format_time(start, zone, language=language)
    last = format_time(end, zone, language=language)
    if isinstance(start, datetime) and isinstance(end, datetime) and end > start:
        local_start, local_end = _local(start, zone), _local(end, zone)
        if local_end.time() == time(0) and local_end.date() > local_start.date():
            last = "24:00"
    return f"{first}{range_separator(language)}{last}"


def _combine(day_text: str, time_text: str, language: str | None) -> str:
    """Date and time joined by the locale's medium date-time pattern ("{1}, {0}" in English)."""
    pattern = _plain(_locale(language).datetime_formats.get("medium", "{1} {0}"))
    return pattern.replace("{1}", day_text).replace("{0}", time_text)


def format_datetime(instant: datetime, zone: str | tzinfo | None = None, *, weekday: bool = True,
                    year: bool = True, language: str | None = None) -> str:
    """"Tue, Dec 1, 2026, 10:00" / "2026年12月1日(火) 10:00", read in ``zone``."""
    local = _local(instant, zone)
    day_text = format_date(local.date(), weekday=weekday, year=year, language=language)
    return _combine(day_text, format_time(local.time(), language=language), language)


def format_datetime_range(start: datetime, end: datetime, zone: str | tzinfo | None = None, *,
                          weekday: bool = True, year: bool = True,
                          language: str | None = None) -> str:
    """"Tue, Dec 1, 2026, 10:00–12:10" on one local day; across days both ends in full,
    joined by the locale's interval pattern ("… – …", "…～…")."""
    local_start, local_end = _local(start, zone), _local(end, zone)
    same_day = local_start.date() == local_end.date() or (
        local_end.time() == time(0) and local_end.date() == local_start.date() + timedelta(days=1))
    if same_day:
        day_text = format_date(local_start.date(), weekday=weekday, year=year, language=language)
        return _combine(day_text, format_time_range(local_start, local_end, language=language),
                        language)
    fallback = _plain(_locale(language).interval_formats.get(None, "{0} – {1}"))
    first = format_datetime(local_start, weekday=weekday, year=year, language=language)
    last = format_datetime(local_end, weekday=weekday, year=year, language=language)
    return fallback.replace("{0}", first).replace("{1}", last)


def format_date_range(first: date, last: date, *, weekday: bool = False,
                      language: str | None = None) -> str:
    """An inclusive range of days: "30 Nov – 4 Dec 2026" (en_GB), "Nov 30 – Dec 4, 2026"
    (en_US), "2026年11月30日～12月4日"; one day when ``first == last``."""
    from babel.dates import format_interval

    skeleton = "yMMMEd" if weekday else "yMMMd"
    return _plain(format_interval(first, last, skeleton, locale=_locale(language)))


def format_month(year: int, month: int, *, language: str | None = None) -> str:
    """A month: "March 2027" / "2027年3月"."""
    from babel.dates import format_date as babel_format_date

    pattern, locale = _skeleton_pattern("yMMMM", language)
    return _plain(babel_format_date(date(year, month, 1), pattern, locale=locale))


def format_week_title(first: date, last: date, *, language: str | None = None) -> str:
    """The title of a week view showing ``first`` to ``last`` (inclusive)."""
    return format_date_range(first, last, language=language)


def weekday_name(weekday: int, width: DayWidth = "abbreviated", *,
                 language: str | None = None) -> str:
    """Monday = 0: "Mon" / "Monday" / "M", "月" / "月曜日" (stand-alone forms)."""
    return str(_locale(language).days["stand-alone"][width][weekday])


def format_duration(value: timedelta | int, *, language: str | None = None) -> str:
    """A length of time given in minutes or as a timedelta: "45 min",
    "1 hr, 30 min", "1 時間 30 分" (CLDR short units and unit list, whole minutes)."""
    from babel.lists import format_list
    from babel.units import format_unit

    minutes = int(value.total_seconds() // 60) if isinstance(value, timedelta) else int(value)
    locale = _locale(language)
    hours, rest = divmod(abs(minutes), 60)
    parts = [_plain(format_unit(n, unit, length="short", locale=locale))
             for n, unit in ((hours, "duration-hour"), (rest, "duration-minute")) if n]
    if not parts:
        parts = [_plain(format_unit(0, "duration-minute", length="short", locale=locale))]
    text = _plain(format_list(parts, style="unit-short", locale=locale))
    return f"−{text}" if minutes < 0 else text


_QT_FIELDS = {
    "y": "yyyy", "yyy": "yyyy", "yyyy": "yyyy", "yy": "yy", "u": "yyyy",
    "M": "M", "MM": "MM", "MMM": "MMM", "MMMM": "MMMM",
    "L": "M", "LL": "MM", "LLL": "MMM", "LLLL": "MMMM",
    "d": "d", "dd": "dd",
    "E": "ddd", "EE": "ddd", "EEE": "ddd", "EEEE": "dddd", "c": "ddd", "ccc": "ddd", "cccc": "dddd",
    "H": "H", "HH": "HH", "m": "mm", "mm": "mm",
}


def cldr_to_qt(pattern: str) -> str:
    """Translate a CLDR date pattern into a QDateTime display format ("EEE, MMM d, y" →
    "ddd, MMM d, yyyy"); quoted literals stay quoted, fields Qt lacks are dropped."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "'":
            close = pattern.find("'", i + 1)
            close = len(pattern) if close < 0 else close
            out.append(pattern[i:close + 1])
            i = close + 1
            continue
        run = i
        while run < len(pattern) and pattern[run] == char:
            run += 1
        token = pattern[i:run]
        out.append(_QT_FIELDS.get(token, "") if char.isascii() and char.isalpha() else token)
        i = run
    return "".join(out).strip()


def qt_date_format(*, length: DateLength = "medium", weekday: bool = False,
                   language: str | None = None) -> str:
    """A ``QDateEdit.setDisplayFormat`` pattern that matches :func:`format_date`
    ("MMM d, yyyy", "d MMM yyyy", "yyyy/MM/dd")."""
    pattern, _unused = _skeleton_pattern(_SKELETONS[(length, weekday, True)], language)
    return cldr_to_qt(pattern)
