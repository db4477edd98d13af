"""Use case: what a calendar view shows of several people over a range, in one read.

Imported busy time, and each confirmed booked session with the candidate and the session's
title (a week view names them in its tooltips), per interviewer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from interviewplanner.core.intervals import Interval, clip
from interviewplanner.core.model import BusyInterval
from interviewplanner.core.timezones import get_zone
from interviewplanner.services.availability import ids_of

if TYPE_CHECKING:  # read-only: the start-up reader serves these too (no SQLAlchemy)
    from interviewplanner.storage.reading import ReadStore


@dataclass(frozen=True, slots=True)
class BookedTime:
    """A confirmed session one interviewer attends: when, which booking, whom, what."""

    interval: Interval
    booking_id: str
    candidate: str
    title: str


@dataclass(frozen=True, slots=True)
class PersonCalendar:
    """One person's imported busy time (clipped to the range) and booked sessions (whole)."""

    busy: tuple[BusyInterval, ...] = ()
    booked: tuple[BookedTime, ...] = ()


def _clipped(rows: Sequence[BusyInterval], window: Interval) -> tuple[BusyInterval, ...]:
    """``rows`` cut to ``window``, sorted, exact repeats dropped."""
    found = {(p.start, p.end, r.source): BusyInterval(p.start, p.end, r.source)
             for r in rows for p in clip([r.interval], window)}
    return tuple(sorted(found.values(), key=lambda b: (b.start, b.end, b.source)))


def calendars(store: ReadStore, emails: Sequence[str], window: Interval) -> dict[str, PersonCalendar]:
    """Busy time and booked sessions of each e-mail overlapping ``window``, in one read.

    Unknown addresses raise :class:`NotFoundError`; keys are the e-mails as given.
    """
    with store.read() as uow:
        ids = ids_of(uow, emails)
        busy = uow.busy.busy_for(list(ids.values()), window.start, window.end)
        slots = uow.bookings.slots_for(list(ids.values()), window.start, window.end)
        names = uow.bookings.candidate_names({s.booking_id for found in slots.values()
                                              for s in found})
    result: dict[str, PersonCalendar] = {}
    for email, pid in ids.items():
        booked = sorted((BookedTime(s.interval, s.booking_id, names.get(s.booking_id, ""), s.title)
                         for s in slots.get(pid, [])), key=lambda b: b.interval)
        result[email] = PersonCalendar(_clipped(busy.get(pid, []), window), tuple(booked))
    return result


def interviews_this_week(store: ReadStore, now: datetime | None = None) -> dict[str, int]:
    """Confirmed interviews per interviewer e-mail in the ISO week of ``now``, in their own zone."""
    moment = now or datetime.now(UTC)
    with store.read() as uow:
        people = [p for p in uow.interviewers.list() if p.id is not None]
        slots = uow.bookings.slots_for([p.id for p in people if p.id is not None],
                                       moment - timedelta(days=8), moment + timedelta(days=8))
    counts: dict[str, int] = {}
    for person in people:
        zone = get_zone(person.timezone)
        week = moment.astimezone(zone).isocalendar()[:2]
        counts[person.email] = sum(
            1 for s in slots.get(person.id or -1, [])
            if s.interval.start.astimezone(zone).isocalendar()[:2] == week)
    return counts
