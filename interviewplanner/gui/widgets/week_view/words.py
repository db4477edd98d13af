"""The week view's words: names of what is drawn, and dates and times in the UI's locale.

Every string is translated in the "WeekView" context (the class that shows them), so the
translations stay together whichever module of the package draws them.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from interviewplanner.core.timezones import get_zone, to_local
from interviewplanner.gui import i18n, zones
from interviewplanner.gui.presenters.week_layout import Kind

CONTEXT = "WeekView"


def kind_name(kind: Kind) -> str:
    """The translated name of a kind of block (as in the legend)."""
    names = {
        Kind.WEEKEND: QCoreApplication.translate("WeekView", "Day off"),
        Kind.HOLIDAY: QCoreApplication.translate("WeekView", "Holiday"),
        Kind.CLOSURE: QCoreApplication.translate("WeekView", "Company closure"),
        Kind.WINDOW: QCoreApplication.translate("WeekView", "Working window"),
        Kind.CORE: QCoreApplication.translate("WeekView", "Core hours"),
        Kind.LUNCH: QCoreApplication.translate("WeekView", "Lunch window"),
        Kind.BUSY: QCoreApplication.translate("WeekView", "Busy"),
        Kind.BOOKED: QCoreApplication.translate("WeekView", "Booked interview"),
    }
    return names[kind]


def time_text(instant: datetime, zone: str) -> str:
    """The local time of ``instant`` in ``zone``, short format of the UI locale."""
    local = to_local(instant, get_zone(zone))
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def span_text(start: datetime, end: datetime, zone: str) -> str:
    """``10:00–11:00`` in ``zone``."""
    return f"{time_text(start, zone)}–{time_text(end, zone)}"


def day_format() -> str:
    """The date format of day headers and tooltips ("ddd d MMM"; Japanese "M月d日(ddd)")."""
    return QCoreApplication.translate("WeekView", "ddd d MMM")


def date_text(instant: datetime, zone: str) -> str:
    """The local date of ``instant`` in ``zone`` with its weekday."""
    local = to_local(instant, get_zone(zone))
    return QLocale().toString(QDate(local.year, local.month, local.day), day_format())


def day_text(day: date) -> str:
    """A calendar ``date`` with its weekday, e.g. "Wed 25 Nov"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), day_format())


def short_weekday(local: datetime) -> str:
    """The short weekday name of a local date ("Wed", "水")."""
    return QLocale().toString(QDate(local.year, local.month, local.day), "ddd")


def day_titles(day: date) -> list[str]:
    """A day's header title from the longest to the shortest ("Wed 25 Nov", "Wed 25", "Wed")."""
    value = QDate(day.year, day.month, day.day)
    formats = (day_format(), QCoreApplication.translate("WeekView", "ddd d"), "ddd")
    return [QLocale().toString(value, f) for f in formats]


def zone_name(zone: str) -> str:
    """How the view names a zone: its city in the UI language ("Los Angeles", "ロサンゼルス")."""
    return _zone_name(zone, i18n.current_language())


@lru_cache(maxsize=512)
def _zone_name(zone: str, language: str) -> str:
    return zones.zone_city(zone, language)


def offsets_text(offsets: tuple[int, ...]) -> str:
    """``UTC+09:00``, or ``UTC−04:00/−05:00`` for a week with a DST change."""
    texts = [zones.utc_offset_text(o) for o in offsets]
    return "/".join([texts[0], *(t.removeprefix("UTC") for t in texts[1:])]) if texts else ""


def strip_name() -> str:
    """The name of the strip under the header."""
    return QCoreApplication.translate("WeekView", "Everyone free in core hours")
