"""User actions on live calendars (SPEC §9): list sources, subscribe, remove, refresh, and the
conflict watch (re-check the bookings; read their conflicts).

The services (and with them httpx and the caldav package) are imported inside the tasks, on the
worker. A password typed into the window goes to the system keyring on the worker and is never
kept anywhere else; the store only learns that the keyring holds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.conflicts import Conflict
from interviewplanner.core.sources import RefreshStatus, Source
from interviewplanner.gui.backend import Report
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.ops import Op

if TYPE_CHECKING:
    from interviewplanner.gui.backend import Store

REFRESH_CHANGES = Changes(busy=True, sources=True, bookings=True)
"""What a refresh touches: busy time, the sources' status, and the bookings' conflicts."""


@dataclass(frozen=True, slots=True)
class SourceRequest:
    """A calendar address to subscribe one interviewer to (the password only in transit)."""

    email: str
    url: str
    caldav: bool = False
    username: str = ""
    password: str = ""

    def __repr__(self) -> str:
        return (f"SourceRequest(email={self.email!r}, url={self.url!r}, caldav={self.caldav}, "
                f"username={self.username!r}, password=***)")


@dataclass(frozen=True, slots=True)
class RefreshRow:
    """One source's refresh, as the window shows it (the error stays a coded error)."""

    source: Source
    status: RefreshStatus
    error: Exception | None = None


@dataclass(frozen=True, slots=True)
class RefreshResult:
    """A whole refresh: each source, and how many bookings it put in conflict."""

    rows: tuple[RefreshRow, ...]
    new_conflicts: int = 0

    @property
    def failed(self) -> int:
        """How many sources failed."""
        return sum(r.status is RefreshStatus.FAILED for r in self.rows)


def load_sources() -> Op[tuple[Source, ...]]:
    """Every calendar source: files, feeds and CalDAV collections."""

    def run(store: Store, report: Report) -> tuple[Source, ...]:
        from interviewplanner.services.sources import list_sources

        return tuple(list_sources(store))

    return Op("sources", run, failure_title=QCoreApplication.translate(
        "Operations", "Cannot read the calendar sources"))


def add_source(request: SourceRequest) -> Op[Source]:
    """Subscribe an interviewer to a feed or collection; its password goes to the keyring."""

    def run(store: Store, report: Report) -> Source:
        from interviewplanner.remote import clean_url
        from interviewplanner.services import secrets
        from interviewplanner.services.sources import add_source as subscribe

        url, _problem = clean_url(request.url, caldav=request.caldav)
        if request.password:
            secrets.save_password(url, request.username or None, request.password)
        return subscribe(store, request.email, request.url, caldav=request.caldav,
                         username=request.username or None,
                         password_keyring=bool(request.password))

    return Op("add source", run, changes=Changes(sources=True),
              failure_title=QCoreApplication.translate("Operations", "Cannot add the calendar"))


def remove_source(source_id: int) -> Op[Source]:
    """Forget a source, the busy time it gave and its keyring password."""

    def run(store: Store, report: Report) -> Source:
        from interviewplanner.services.sources import remove_source as forget

        return forget(store, source_id)

    return Op("remove source", run, changes=REFRESH_CHANGES,
              failure_title=QCoreApplication.translate("Operations",
                                                       "Cannot remove the calendar"))


def refresh(source_ids: Sequence[int] | None = None,
            now: datetime | None = None) -> Op[RefreshResult]:
    """Refresh every subscribed source (or those given), with progress; then the conflict
    watch re-checks the bookings. A source that fails is a row of the result, not an error."""

    def run(store: Store, report: Report) -> RefreshResult:
        from interviewplanner.services.sources import refresh as refresh_sources

        done = refresh_sources(store, source_ids=source_ids, now=now,
                               progress=report)
        rows = tuple(RefreshRow(o.source, o.status, o.error) for o in done.outcomes)
        return RefreshResult(rows, len(done.watch.new) if done.watch is not None else 0)

    return Op("refresh", run, changes=REFRESH_CHANGES,
              failure_title=QCoreApplication.translate("Operations",
                                                       "Cannot refresh the calendars"))


def load_conflicts(booking_ids: Sequence[str]) -> Op[dict[str, tuple[Conflict, ...]]]:
    """The conflicts the watch stored for these bookings (those that still apply)."""

    def run(store: Store, report: Report) -> dict[str, tuple[Conflict, ...]]:
        from interviewplanner.services import bookings
        from interviewplanner.services.conflict_watch import current_conflicts

        wanted = set(booking_ids)
        found = [b for b in bookings.list_bookings(store) if b.id in wanted]
        return {k: v for k, v in current_conflicts(store, found).items() if v}

    return Op("conflicts", run, failure_title=QCoreApplication.translate(
        "Operations", "Cannot read the bookings"))


def recheck(*, only_if_zone_data_changed: bool = False,
            now: datetime | None = None) -> Op[bool]:
    """Re-check every booking (the conflict watch); the result says whether any booking's
    conflicts changed (then the bookings views reload).

    With ``only_if_zone_data_changed`` (at start-up) nothing is checked unless the time-zone
    database differs from the one of the last check.
    """

    def run(store: Store, report: Report) -> bool:
        from interviewplanner.services.conflict_watch import (
            check_bookings,
            check_if_zone_data_changed,
        )

        if only_if_zone_data_changed:
            done = check_if_zone_data_changed(store, now=now)
        else:
            done = check_bookings(store, now=now)
        return done is not None and bool(done.new or done.cleared)

    return Op("conflict watch", run,
              changes=lambda changed: Changes(bookings=True) if changed else Changes(),
              failure_title=QCoreApplication.translate("Operations",
                                                       "Cannot re-check the bookings"))
