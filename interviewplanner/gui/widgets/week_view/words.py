"""The week view's words: names of what is drawn, and dates and times in the UI's locale.

Every string is translated in the "WeekView" context (the class that shows them), so the
translations stay together whichever module of the package draws them.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from interviewplanner.core.timezones import get_zone, to_local
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
