"""Use cases: an interviewer's busy time and free time over a range (SPEC §7 busy/free)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from interviewplanner.core.intervals import Interval, clip
from interviewplanner.core.model import BusyInterval
from interviewplanner.core.policy import free_time
from interviewplanner.services.dates import CONTEXT_MARGIN
from interviewplanner.services.errors import NotFoundError
from interviewplanner.services.roster import find_interviewer

if TYPE_CHECKING:  # read-only: the start-up reader serves these too (no SQLAlchemy)
    from interviewplanner.storage.reading import ReadStore, ReadUnitOfWork

BOOKING_SOURCE = "booking:"
"""Prefix of the ``source`` of busy time that comes from a booked interview."""



def _all_busy(uow: ReadUnitOfWork, ids: list[int], start: datetime, end: datetime
              ) -> dict[int, list[BusyInterval]]:
    """Imported busy time plus confirmed booked sessions (source ``booking:<id>``) per person id,
    in two queries whatever the number of people."""
    result = {pid: list(rows) for pid, rows in uow.busy.busy_for(ids, start, end).items()}
    for pid, slots in uow.bookings.slots_for(ids, start, end).items():
        result.setdefault(pid, []).extend(
            BusyInterval(s.interval.start, s.interval.end, f"{BOOKING_SOURCE}{s.booking_id}")
            for s in slots)
    return result


def ids_of(uow: ReadUnitOfWork, emails: Sequence[str]) -> dict[str, int]:
    """Store ids of ``emails`` (primary address or alias, keys as given); the first unknown
    address raises :class:`NotFoundError`."""
    people = {email: uow.interviewers.get_by_email(email.strip().lower()) for email in emails}
    missing = [e for e, p in people.items() if p is None]
    if missing:
        raise NotFoundError("interviewer", missing[0])
    return {e: p.id for e, p in people.items() if p is not None and p.id is not None}


def _clipped(rows: list[BusyInterval], window: Interval) -> list[BusyInterval]:
    """``rows`` cut to ``window``, sorted, exact repeats dropped."""
    result: dict[tuple[object, ...], BusyInterval] = {}
    for row in rows:
        for part in clip([row.interval], window):
            item = BusyInterval(part.start, part.end, row.source)
            result.setdefault((item.start, item.end, item.source), item)
    return sorted(result.values(), key=lambda b: (b.start, b.end, b.source))


def busy_by_person(store: ReadStore, emails: Sequence[str], window: Interval
                   ) -> dict[str, list[BusyInterval]]:
    """Busy time (imports and bookings) of each e-mail clipped to ``window``, in one read.

    Unknown addresses raise NotFoundError; keys are the e-mails as given.
    """
    with store.read() as uow:
        ids = ids_of(uow, emails)
        rows = _all_busy(uow, list(ids.values()), window.start, window.end)
    return {e: _clipped(rows.get(pid, []), window) for e, pid in ids.items()}


def busy_time(store: ReadStore, email: str, window: Interval) -> list[BusyInterval]:
    """Busy intervals (imports and bookings) clipped to ``window``, sorted, exact repeats dropped."""
    return busy_by_person(store, [email], window)[email]


def free_intervals(store: ReadStore, email: str, window: Interval) -> list[Interval]:
    """Where a new interview of this interviewer may lie inside ``window`` (UTC)."""
    person = find_interviewer(store, email)
    assert person.id is not None
    with store.read() as uow:
        company = uow.settings.get()
        around = (window.start - CONTEXT_MARGIN, window.end + CONTEXT_MARGIN)
        rows = _all_busy(uow, [person.id], *around).get(person.id, [])
    booked = [r.interval for r in rows if r.source.startswith(BOOKING_SOURCE)]
    return free_time(person, company, [r.interval for r in rows], window.start, window.end,
                     booked=booked)
