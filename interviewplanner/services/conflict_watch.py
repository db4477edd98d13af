"""The conflict watch (SPEC §9): re-check every booking when what it was checked against
changes, and keep what breaks for the faces (the booking list, the window).

Triggers: a refresh or an import that changed busy time, a policy edit (an interviewer's or
the company's), a removed source, and start-up when the time-zone database is not the one the
bookings were last checked with (:func:`check_if_zone_data_changed`). One check reads the
roster, the busy time and the bookings and replaces the stored conflicts in one write
transaction, so two windows checking at once cannot interleave.

A stored conflict names the session's times; a booking moved since is not shown with the old
conflict (:func:`current_conflicts` drops conflicts that no longer match the booking).
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from interviewplanner.core.booking import Booking, BookingStatus
from interviewplanner.core.conflicts import Conflict, booking_conflicts
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.services.dates import CONTEXT_MARGIN

if TYPE_CHECKING:  # SQLAlchemy loads only with a full store (import-ics runs without it)
    from interviewplanner.storage.writing import WatchStore, WatchUnitOfWork

__all__ = ["WatchReport", "check_bookings", "check_if_zone_data_changed", "current_conflicts",
           "zone_data_version"]

ZONE_DATA_KEY = "conflict_watch.tzdata"
"""The app-state key of the time-zone database version the bookings were last checked with."""


@dataclass(frozen=True, slots=True)
class WatchReport:
    """One re-check: how many bookings, what breaks now, what is new, what was resolved."""

    checked: int
    conflicts: Mapping[str, tuple[Conflict, ...]]
    new: tuple[tuple[str, Conflict], ...] = ()
    cleared: tuple[str, ...] = ()  # bookings that had conflicts and have none now


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def zone_data_version() -> str:
    """The version of the IANA database ``zoneinfo`` reads (system files, else ``tzdata``)."""
    for root in zoneinfo.TZPATH:
        marker = Path(root) / "tzdata.zi"
        try:
            first = marker.read_text("utf-8", errors="replace").splitlines()[0]
        except (OSError, IndexError):
            continue
        if first.startswith("# version"):
            return f"system {first.split()[-1]}"
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"tzdata {version('tzdata')}"
    except PackageNotFoundError:
        return "unknown"


def check_bookings(store: WatchStore, *, now: datetime | None = None) -> WatchReport:
    """Re-check every confirmed booking that has not ended; store and return what breaks."""
    moment = now or _now()
    with store.write() as uow:
        bookings = [b for b in uow.bookings.list()
                    if b.status is BookingStatus.CONFIRMED and any(s.end > moment
                                                                   for s in b.sessions)]
        found = _check(uow, bookings, moment)
        before = uow.conflicts.all()
        uow.conflicts.replace_all(found, moment)
        uow.state.set(ZONE_DATA_KEY, zone_data_version())
    return _report(len(bookings), found, before)


def check_if_zone_data_changed(store: WatchStore, *, now: datetime | None = None) -> WatchReport | None:
    """Re-check the bookings when the time-zone database changed since the last check (or
    none was made yet); ``None`` when nothing needed checking."""
    with store.read() as uow:
        known = uow.state.get(ZONE_DATA_KEY)
    if known == zone_data_version():
        return None
    return check_bookings(store, now=now)


def current_conflicts(store: WatchStore, bookings: Iterable[Booking]) -> dict[str, tuple[Conflict, ...]]:
    """The stored conflicts of ``bookings`` that still match them (empty tuple: none)."""
    with store.read() as uow:
        stored = uow.conflicts.all()
    return {b.id: tuple(c for c in stored.get(b.id, ()) if _still_applies(b, c)) for b in bookings}


def _still_applies(booking: Booking, conflict: Conflict) -> bool:
    if booking.status is not BookingStatus.CONFIRMED or conflict.position >= len(booking.sessions):
        return False
    session = booking.sessions[conflict.position]
    return session.start == conflict.start and session.end == conflict.end


def _check(uow: WatchUnitOfWork, bookings: Sequence[Booking],
           now: datetime) -> dict[str, tuple[Conflict, ...]]:
    if not bookings:
        return {}
    people = [p for p in uow.interviewers.list() if p.id is not None]
    by_address = {address: p for p in people for address in p.emails}
    ids = [p.id for p in people if p.id is not None]
    start = min(s.start for b in bookings for s in b.sessions) - CONTEXT_MARGIN
    end = max(s.end for b in bookings for s in b.sessions) + CONTEXT_MARGIN
    imported = uow.busy.busy_for(ids, start, end)
    slots = uow.bookings.slots_for(ids, start, end)
    company = uow.settings.get()
    found: dict[str, tuple[Conflict, ...]] = {}
    for booking in bookings:
        mine = _people_of(booking, by_address)
        busy: dict[str, list[Interval]] = {}
        booked: dict[str, list[Interval]] = {}
        for person in mine:
            assert person.id is not None
            others = [s.interval for s in slots.get(person.id, []) if s.booking_id != booking.id]
            key = person.email.lower()
            busy[key] = [b.interval for b in imported.get(person.id, [])] + others
            booked[key] = others
        conflicts = booking_conflicts(booking, people=by_address, busy=busy, booked=booked,
                                      company=company, now=now)
        if conflicts:
            found[booking.id] = tuple(conflicts)
    return found


def _people_of(booking: Booking, by_address: Mapping[str, Interviewer]) -> list[Interviewer]:
    addresses = {e.lower() for s in booking.sessions for e in (*s.interviewers, *s.shadows)}
    return list({p.email: p for a in addresses if (p := by_address.get(a)) is not None}.values())


def _key(conflict: Conflict) -> tuple[int, str, str, datetime]:
    return conflict.position, conflict.interviewer, conflict.reason.value, conflict.start


def _report(checked: int, found: Mapping[str, tuple[Conflict, ...]],
            before: Mapping[str, Sequence[Conflict]]) -> WatchReport:
    new = tuple((booking_id, c) for booking_id, conflicts in found.items() for c in conflicts
                if _key(c) not in {_key(old) for old in before.get(booking_id, ())})
    cleared = tuple(sorted(booking_id for booking_id in before if booking_id not in found))
    return WatchReport(checked, found, new, cleared)
