"""Use case: remove an interviewer from the roster (SPEC §7 ``interviewer remove``).

Refused while the person has a confirmed booking that is not over yet: the coordinator cancels
or reschedules those first. Otherwise the person goes with their e-mail addresses, pool
memberships, calendar sources and imported busy time (the schema's ON DELETE CASCADE). Past
and cancelled bookings keep their history: an attendee row holds the name, address and zone as
booked, and only loses its link to the roster (ON DELETE SET NULL).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from interviewplanner.core.model import Interviewer
from interviewplanner.services.errors import InterviewerHasBookings, NotFoundError, UpcomingBooking
from interviewplanner.storage.db import Store
from interviewplanner.storage.unit_of_work import UnitOfWork

__all__ = ["Removal", "remove_interviewer", "upcoming_bookings"]

_FOREVER = timedelta(days=365 * 200)


@dataclass(frozen=True, slots=True)
class Removal:
    """What went with a removed interviewer, and how many bookings keep their name."""

    interviewer: Interviewer
    sources: int
    busy_intervals: int
    bookings_kept: int


def remove_interviewer(store: Store, email: str, *, now: datetime | None = None) -> Removal:
    """Remove the interviewer owning ``email`` (primary or alias).

    Raises :class:`NotFoundError` for an unknown address and :class:`InterviewerHasBookings`
    while they have a confirmed booking whose session with them ends after ``now``.
    """
    moment = now or datetime.now(UTC)
    with store.write() as uow:
        person = uow.interviewers.get_by_email(email.strip().lower())
        if person is None or person.id is None:
            raise NotFoundError("interviewer", email)
        uow.bookings.lock_interviewers([person.id])  # a booking of them waits, or comes first
        upcoming = _upcoming(uow, person.id, moment)
        if upcoming:
            raise InterviewerHasBookings(person.email, person.name, upcoming)
        sources = uow.busy.sources(person.id)
        kept = len(uow.bookings.booking_ids_with(person.id))
        uow.interviewers.delete(person.id)
    return Removal(person, len(sources), sum(s.busy_intervals for s in sources), kept)


def upcoming_bookings(
    store: Store, email: str, *, now: datetime | None = None
) -> tuple[UpcomingBooking, ...]:
    """The confirmed bookings that would stop ``email``'s removal (soonest first)."""
    moment = now or datetime.now(UTC)
    with store.read() as uow:
        person = uow.interviewers.get_by_email(email.strip().lower())
        if person is None or person.id is None:
            raise NotFoundError("interviewer", email)
        return _upcoming(uow, person.id, moment)


def _upcoming(uow: UnitOfWork, interviewer_id: int, now: datetime) -> tuple[UpcomingBooking, ...]:
    """Confirmed bookings with a session of this interviewer ending after ``now``."""
    slots = uow.bookings.slots_for([interviewer_id], now, now + _FOREVER).get(interviewer_id, [])
    found: list[UpcomingBooking] = []
    for booking_id in dict.fromkeys(s.booking_id for s in slots):
        booking = uow.bookings.get(booking_id)
        if booking is not None:
            found.append(UpcomingBooking(booking.id, booking.candidate.name, booking.sessions[0].start))
    return tuple(sorted(found, key=lambda b: (b.first_start, b.booking_id)))
