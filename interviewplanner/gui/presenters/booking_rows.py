"""Bookings as the Bookings tab shows them: rows, filters, people, history (no Qt here).

A :class:`BookingRow` is a frozen summary of one core :class:`Booking` (a row NamedTuple with
:meth:`BookingRow.from_booking`, as Vorta's models have); :func:`select` applies the tab's
filters (upcoming or past, a search text, one interviewer) and orders what is left: upcoming
soonest first, past most recent first. :class:`HistoryEntry` is one line of a booking's
history as it crosses from the worker (the store's own value stays on the worker).
Formatting dates and words is the model's job (:mod:`interviewplanner.gui.models.booking_model`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import NamedTuple, Protocol

from interviewplanner.core.booking import Booking, BookingState, BookingStatus, Party

__all__ = ["BookingRow", "HistoryEntry", "Scope", "newest_first", "people_in", "select"]


class Scope(Enum):
    """Which bookings the tab lists."""

    UPCOMING = "upcoming"  # the last session has not ended yet
    PAST = "past"  # every session is over
    ALL = "all"


class BookingRow(NamedTuple):
    """One booking, summarised for a table row."""

    booking_id: str
    status: BookingStatus
    candidate: Party
    start: datetime  # first session start (UTC)
    end: datetime  # last session end (UTC)
    interviewers: tuple[Party, ...]
    titles: tuple[str, ...]
    sequence: int
    booking: Booking

    @classmethod
    def from_booking(cls, booking: Booking) -> BookingRow:
        """The row of ``booking`` (its sessions in time order)."""
        sessions = sorted(booking.sessions, key=lambda s: (s.start, s.end))
        return cls(booking.id, booking.status, booking.candidate, sessions[0].start,
                   max(s.end for s in sessions), booking.interviewers,
                   tuple(s.title for s in sessions), booking.sequence, booking)

    @property
    def confirmed(self) -> bool:
        """True unless the booking is cancelled."""
        return self.status is BookingStatus.CONFIRMED

    def is_upcoming(self, now: datetime) -> bool:
        """True while the last session has not ended at ``now``."""
        return self.end > now

    def involves(self, email: str) -> bool:
        """True when interviewer ``email`` (any case) is on the panel."""
        wanted = email.casefold()
        return any(p.email.casefold() == wanted for p in self.interviewers)

    def matches(self, text: str) -> bool:
        """True when every word of ``text`` is in the candidate, a title or an interviewer."""
        haystack = " ".join((self.candidate.name, self.candidate.email, *self.titles,
                             *(f"{p.name} {p.email}" for p in self.interviewers))).casefold()
        return all(word in haystack for word in text.casefold().split())


def select(rows: Iterable[BookingRow], scope: Scope, now: datetime, *, text: str = "",
           person: str = "") -> list[BookingRow]:
    """The rows in ``scope`` at ``now`` that match ``text`` and involve ``person`` ("" = any).

    Upcoming (and all) bookings come soonest first; past ones most recent first.
    """
    kept = [row for row in rows
            if _in_scope(row, scope, now) and (not person or row.involves(person))
            and row.matches(text)]
    kept.sort(key=lambda row: (row.start, row.candidate.name.casefold(), row.booking_id),
              reverse=scope is Scope.PAST)
    return kept


def _in_scope(row: BookingRow, scope: Scope, now: datetime) -> bool:
    if scope is Scope.ALL:
        return True
    return row.is_upcoming(now) == (scope is Scope.UPCOMING)


def people_in(rows: Iterable[BookingRow]) -> list[Party]:
    """Every interviewer on any of ``rows`` once (by address, any case), sorted by name."""
    found: dict[str, Party] = {}
    for row in rows:
        for party in row.interviewers:
            found.setdefault(party.email.casefold(), party)
    return sorted(found.values(), key=lambda p: (p.name.casefold(), p.email.casefold()))


class _EventLike(Protocol):
    """A history line as the services return it."""

    @property
    def at(self) -> datetime:
        """When it happened (UTC)."""

    @property
    def action(self) -> str:
        """What happened: "booked", "rescheduled", "cancelled", "restored"."""

    @property
    def detail(self) -> str:
        """The store's plain-text summary of the sessions."""

    @property
    def state(self) -> BookingState | None:
        """The state the change left the booking in (None when not kept)."""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of a booking's history: when, what, by whom, and the state it left.

    ``by`` is the coordinator who made the change when the store records one ("" otherwise).
    """

    at: datetime
    action: str
    detail: str = ""
    state: BookingState | None = None
    by: str = ""

    @classmethod
    def from_event(cls, event: _EventLike) -> HistoryEntry:
        """A copy of a service's history line (any object with its fields)."""
        return cls(event.at, event.action, event.detail, event.state,
                   str(getattr(event, "by", "") or ""))

    def span(self) -> tuple[datetime, datetime] | None:
        """First start and last end of the sessions this change left (None: not kept)."""
        if self.state is None or not self.state.sessions:
            return None
        return (min(s.start for s in self.state.sessions),
                max(s.end for s in self.state.sessions))


def newest_first(entries: Sequence[HistoryEntry]) -> list[HistoryEntry]:
    """The history, latest change first (same instants: the later line first)."""
    order = sorted(range(len(entries)), key=lambda i: (entries[i].at, i), reverse=True)
    return [entries[i] for i in order]
