"""The work the GUI runs on its worker thread: thin calls into the services (no Qt here).

Each public function returns a task ``fn(store, report)`` for :meth:`Backend.submit`; what it
returns is a frozen value (:mod:`interviewplanner.gui.values`) that crosses to the GUI thread
by signal. This module imports the services and so the store (SQLAlchemy): the window imports
it lazily, after it is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from interviewplanner.core.holidays_calendar import supported_countries
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import BusyInterval, CompanySettings, Interviewer
from interviewplanner.core.timezones import get_zone
from interviewplanner.gui.values import (
    FileOutcome,
    ImportRequest,
    RosterSnapshot,
    WeekData,
    batch_step,
)
from interviewplanner.gui.widgets.week_layout import PersonWeek, build_week, week_bounds
from interviewplanner.gui.workers import Cancelled, Report, TaskFn
from interviewplanner.gui.zones import zone_entries
from interviewplanner.services import availability, roster
from interviewplanner.services.availability import BOOKING_SOURCE
from interviewplanner.services.bookings import interviews_this_week
from interviewplanner.services.errors import UserError
from interviewplanner.services.import_calendar import import_calendar
from interviewplanner.storage.db import Store
from interviewplanner.storage.errors import StoreError


def load_roster() -> TaskFn:
    """Task: the roster, the company settings, and confirmed interviews this week."""

    def run(store: Store, report: Report) -> RosterSnapshot:
        people = roster.list_interviewers(store)
        return RosterSnapshot(tuple(people), roster.company_settings(store),
                              interviews_this_week(store))

    return run


def warm_up() -> TaskFn:
    """Task: the zone pickers' list and the holiday tables, loaded once (not on the GUI thread)."""

    def run(store: Store, report: Report) -> tuple[tuple[str, str], ...]:
        supported_countries()
        return zone_entries()

    return run


def load_busy(emails: Sequence[str], window: Interval) -> TaskFn:
    """Task: busy time of each e-mail inside ``window`` -> ``{email: (BusyInterval, ...)}``."""
    wanted = tuple(emails)

    def run(store: Store, report: Report) -> dict[str, tuple[BusyInterval, ...]]:
        report("busy", 0.0)
        found = availability.busy_by_person(store, wanted, window)
        return {email: tuple(rows) for email, rows in found.items()}

    return run


def load_week(people: Sequence[Interviewer], monday: date, zone: str,
              company: CompanySettings, language: str) -> TaskFn:
    """Task: busy time and booked interviews of ``people`` for the week, and its geometry."""
    chosen = tuple(people)

    def run(store: Store, report: Report) -> WeekData:
        start, end = week_bounds(monday, get_zone(zone))
        window = Interval(start - timedelta(days=1), end + timedelta(days=1))
        busy = load_busy([p.email for p in chosen], window)(store, report)
        rows = tuple(_person_week(p, busy.get(p.email, ())) for p in chosen)
        return WeekData(rows, build_week(monday, zone, rows, company, language))

    return run


def _person_week(person: Interviewer, busy: Sequence[BusyInterval]) -> PersonWeek:
    """Split a person's busy time into imported busy time and booked interviews."""
    booked = tuple(b.interval for b in busy if b.source.startswith(BOOKING_SOURCE))
    imported = tuple(b for b in busy if not b.source.startswith(BOOKING_SOURCE))
    return PersonWeek(person, imported, booked)


def save_interviewer(person: Interviewer, *, new: bool) -> TaskFn:
    """Task: add (``new``) or update an interviewer; returns the stored interviewer."""

    def run(store: Store, report: Report) -> Interviewer:
        if new:
            return roster.add_interviewer(store, person)
        return roster.update_interviewer(store, person)

    return run


def import_files(request: ImportRequest) -> TaskFn:
    """Task: import each file in turn (each import is atomic); one outcome per file.

    A file that fails (not iCalendar, unreadable, nothing usable) is reported and the others
    still run. Cancelling stops at the next progress report, before the next write.
    """

    def run(store: Store, report: Report) -> tuple[FileOutcome, ...]:
        outcomes: list[FileOutcome] = []
        count = len(request.paths)
        for index, path in enumerate(request.paths):

            def progress(step: str, fraction: float, index: int = index, path: Path = path) -> None:
                report(batch_step(index, count, path.name, step), (index + fraction) / count)

            outcomes.append(_import_one(store, request, path, progress))
        return tuple(outcomes)

    return run


def _import_one(store: Store, request: ImportRequest, path: Path, progress: Report) -> FileOutcome:
    """Import one file; user-facing failures become an outcome, Cancelled propagates."""
    try:
        result = import_calendar(store, request.email, path, request.horizon,
                                 keep_titles=request.keep_titles, progress=progress)
    except Cancelled:
        raise
    except (UserError, StoreError) as exc:
        return FileOutcome(path, error=str(exc))
    return FileOutcome(path, report=result)


def load_demo(target: Path, today: date) -> TaskFn:
    """Task: add the demo team and import their calendars (see :mod:`interviewplanner.gui.demo`)."""
    from interviewplanner.gui.demo import load_demo_data

    def run(store: Store, report: Report) -> int:
        return load_demo_data(store, target, today, report)

    return run
