"""Reads for the views (no changes): the week's busy time and layout, the zone list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.timezones import get_zone
from interviewplanner.gui.backend import Report
from interviewplanner.gui.ops import Op
from interviewplanner.gui.presenters.week_layout import (
    BookedInterview,
    PersonWeek,
    build_week,
    week_bounds,
)
from interviewplanner.gui.values import WeekData
from interviewplanner.gui.zones import zone_entries

if TYPE_CHECKING:
    from interviewplanner.gui.backend import ReadStore, Store



def warm_up() -> Op[tuple[tuple[str, str], ...]]:
    """The zone pickers' list and the holiday tables, loaded once (not on the GUI thread)."""

    def run(store: Store, report: Report) -> tuple[tuple[str, str], ...]:
        from interviewplanner.core.holidays_calendar import supported_countries

        supported_countries()
        return zone_entries()

    return Op("warm up", run,
              failure_title=QCoreApplication.translate("Operations", "Cannot list the time zones"))


def load_week(people: Sequence[Interviewer], monday: date, zone: str,
              company: CompanySettings, language: str) -> Op[WeekData]:
    """Busy time and booked interviews of ``people`` for the week, and its geometry."""
    chosen = tuple(people)

    def run(store: ReadStore, report: Report) -> WeekData:
        from interviewplanner.gui.formatting import format_week_title
        from interviewplanner.services import calendar_week

        start, end = week_bounds(monday, get_zone(zone))
        window = Interval(start - timedelta(days=1), end + timedelta(days=1))
        report("busy", 0.0)
        found = calendar_week.calendars(store, [p.email for p in chosen], window)
        rows = tuple(PersonWeek(p, found[p.email].busy, tuple(
            BookedInterview(b.interval, b.candidate, b.title) for b in found[p.email].booked))
            for p in chosen)
        title = format_week_title(monday, monday + timedelta(days=6))
        return WeekData(rows, build_week(monday, zone, rows, company, language), title)

    return Op("week", run, reads_only=True,
              failure_title=QCoreApplication.translate("Operations", "Cannot read busy time"))
