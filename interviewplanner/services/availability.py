"""Use cases: an interviewer's busy time and free time over a range (SPEC §7 busy/free)."""

from __future__ import annotations

from datetime import datetime, timedelta

from interviewplanner.core.intervals import Interval, clip
from interviewplanner.core.model import BusyInterval
from interviewplanner.core.policy import free_time
from interviewplanner.services.roster import find_interviewer
from interviewplanner.storage.db import Store
from interviewplanner.storage.unit_of_work import UnitOfWork

BOOKING_SOURCE = "booking:"
"""Prefix of the ``source`` of busy time that comes from a booked interview."""

# Busy time just outside a window still matters for buffers, lunch and weekly load limits.
_EDGE = timedelta(days=8)


def _all_busy(uow: UnitOfWork, person_id: int, start: datetime, end: datetime) -> list[BusyInterval]:
    """Imported busy time plus confirmed booked sessions (source ``booking:<id>``)."""
    rows = uow.busy.busy_between(person_id, start, end)
    slots = uow.bookings.slots_for([person_id], start, end).get(person_id, [])
    rows += [BusyInterval(s.interval.start, s.interval.end, f"{BOOKING_SOURCE}{s.booking_id}") for s in slots]
    return rows


def busy_time(store: Store, email: str, window: Interval) -> list[BusyInterval]:
    """Busy intervals (imports and bookings) clipped to ``window``, sorted, exact repeats dropped."""
    person = find_interviewer(store, email)
    assert person.id is not None
    with store.read() as uow:
        rows = _all_busy(uow, person.id, window.start, window.end)
    result: dict[tuple[object, ...], BusyInterval] = {}
    for row in rows:
        for part in clip([row.interval], window):
            item = BusyInterval(part.start, part.end, row.source)
            result.setdefault((item.start, item.end, item.source), item)
    return sorted(result.values(), key=lambda b: (b.start, b.end, b.source))


def free_intervals(store: Store, email: str, window: Interval) -> list[Interval]:
    """Where a new interview of this interviewer may lie inside ``window`` (UTC)."""
    person = find_interviewer(store, email)
    assert person.id is not None
    with store.read() as uow:
        company = uow.settings.get()
        rows = _all_busy(uow, person.id, window.start - _EDGE, window.end + _EDGE)
    booked = [r.interval for r in rows if r.source.startswith(BOOKING_SOURCE)]
    return free_time(person, company, [r.interval for r in rows], window.start, window.end,
                     booked=booked)
