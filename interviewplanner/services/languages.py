"""Each reader's language (SPEC §11), filled into a booking before invites or messages are written.

The store keeps no language with a booking: an interviewer's is read from the roster as it is
now (their own, else the company's), the candidate's from the booked plan's
``candidate.language`` (else the company's), the organizer's is the company's. So a person who
changes their language gets the next export in it.
"""

from __future__ import annotations

from dataclasses import replace

from interviewplanner.core.booking import Booking
from interviewplanner.core.languages import reader_language
from interviewplanner.storage.db import Store


def with_languages(store: Store, booking: Booking) -> Booking:
    """``booking`` with every party's language set."""
    with store.read() as uow:
        company = uow.settings.get().language
        plan = uow.bookings.plan(booking.id)
        roster = {e: p for p in uow.interviewers.list() for e in p.emails}
    candidate = plan.get("candidate") if isinstance(plan, dict) else None
    own = candidate.get("language") if isinstance(candidate, dict) else None
    people = tuple(
        replace(p, language=reader_language(
            roster[p.email.lower()].language if p.email.lower() in roster else None, company))
        for p in booking.interviewers)
    return replace(
        booking, interviewers=people,
        candidate=replace(booking.candidate, language=reader_language(
            own if isinstance(own, str) else None, company)),
        organizer=replace(booking.organizer, language=reader_language(None, company)))
