"""Frozen values of a booked panel, as the store keeps it and the invite writer reads it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class BookingStatus(Enum):
    """Where a booking stands."""

    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Party:
    """A person on an invite: interviewer, candidate or organizer (IANA zone for local times).

    ``language`` ("en", "ja") is the language their files and messages are written in; empty
    means English. The store keeps no language with a booking: the services fill it in from the
    roster and the plan when they write invites or messages.
    """

    name: str
    email: str
    timezone: str = "UTC"
    language: str = ""


@dataclass(frozen=True, slots=True)
class BookedSession:
    """One session of a booked panel; ``uid`` stays the same across reschedules."""

    uid: str
    title: str
    start: datetime
    end: datetime
    interviewers: tuple[str, ...]  # e-mail addresses, all required attendees
    shadows: tuple[str, ...] = ()  # trainee/shadow seats (optional attendees)


@dataclass(frozen=True, slots=True)
class Booking:
    """A booked panel. ``sequence`` rises on every reschedule or cancellation (RFC 5546)."""

    id: str
    status: BookingStatus
    sequence: int
    stamp: datetime  # when this version was made: the DTSTAMP of its invites
    candidate: Party
    organizer: Party
    interviewers: tuple[Party, ...]
    sessions: tuple[BookedSession, ...]
    location: str | None = None
    notes: str = ""  # internal: never written into the candidate's file

    def party(self, email: str) -> Party:
        """The interviewer with ``email`` (case-insensitive)."""
        wanted = email.lower()
        for person in self.interviewers:
            if person.email.lower() == wanted:
                return person
        raise KeyError(email)


@dataclass(frozen=True, slots=True)
class BookingState:
    """A booking's status, people and times at one revision: what an undo puts back.

    ``revision`` is the SEQUENCE the booking had in this state. Restoring a state makes a new
    revision with these values (the UIDs are the booking's own, so invites replace the old ones).
    """

    revision: int
    status: BookingStatus
    interviewers: tuple[Party, ...]
    sessions: tuple[BookedSession, ...]

    @classmethod
    def of(cls, booking: Booking) -> BookingState:
        """The state ``booking`` is in now."""
        return cls(booking.sequence, booking.status, booking.interviewers, booking.sessions)

    def matches(self, booking: Booking) -> bool:
        """True when ``booking`` already has this status, these people and these times."""
        return (self.status is booking.status and self.sessions == booking.sessions
                and set(self.interviewers) == set(booking.interviewers))
