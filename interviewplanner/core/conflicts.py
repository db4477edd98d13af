"""Conflict watch (SPEC §9): which rules a booked panel breaks now that the data changed.

A booking is re-checked when busy time (a refresh or an import), the roster's policies or the
time-zone database change. The check is the engine's own per-person check
(:func:`~interviewplanner.core.engine_rules.check_person`) against the current busy time and
the *other* bookings: first each session alone (window, day off, busy time with buffers, load
limits, lunch), then each person's sessions together (buffers between them, load limits and
lunch counting all of them). Only sessions that have not ended are reported: a past interview
cannot be moved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from interviewplanner.core.booking import Booking, BookingStatus
from interviewplanner.core.engine_rules import (
    Block,
    PersonCalendar,
    ceil_min,
    check_person,
    floor_min,
    person_calendar,
)
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.reasons import ReasonCode
from interviewplanner.core.timezones import get_zone, to_local

__all__ = ["Conflict", "booking_conflicts"]


@dataclass(frozen=True, slots=True)
class Conflict:
    """One rule that one person breaks in one session of a booking.

    ``position`` is the session's index in the booking, ``interviewer`` the address the booking
    holds for the person, ``start``/``end`` the session (UTC), ``reason`` the core's code with
    the local ``day``, ``detail`` and ``need`` as in a :class:`~interviewplanner.core.reasons.Reason`.
    """

    position: int
    interviewer: str
    start: datetime
    end: datetime
    reason: ReasonCode
    day: date | None = None
    detail: str = ""
    need: int = 0


def booking_conflicts(
    booking: Booking,
    *,
    people: Mapping[str, Interviewer],
    busy: Mapping[str, Sequence[Interval]],
    booked: Mapping[str, Sequence[Interval]],
    company: CompanySettings,
    now: datetime,
) -> list[Conflict]:
    """Every rule ``booking`` breaks now, by session then person (empty: all kept).

    ``people`` maps every address (lower case) of each interviewer to them; ``busy`` (imported
    busy time and other bookings) and ``booked`` (other bookings, for load limits) are keyed by
    the person's lower-case primary address and must not hold this booking's own sessions.
    A cancelled booking, or one that has ended, has no conflicts; a person no longer on the
    roster is skipped.
    """
    if booking.status is not BookingStatus.CONFIRMED:
        return []
    found: list[Conflict] = []
    for address, held in _sessions_by_person(booking).items():
        person = people.get(address)
        if person is None or not any(booking.sessions[i].end > now for i in held):
            continue
        key = person.email.lower()
        start = min(booking.sessions[i].start for i in held)
        end = max(booking.sessions[i].end for i in held)
        cal = person_calendar(person, company, busy=busy.get(key, ()),
                              booked=booked.get(key, ()), start=start, end=end)
        found += _person_conflicts(booking, address, held, cal, now)
    return sorted(found, key=lambda c: (c.position, c.interviewer))


def _sessions_by_person(booking: Booking) -> dict[str, list[int]]:
    """Session positions per lower-case attendee address (interviewers and shadows)."""
    held: dict[str, list[int]] = {}
    for position, session in enumerate(booking.sessions):
        for email in (*session.interviewers, *session.shadows):
            held.setdefault(email.lower(), []).append(position)
    return held


def _person_conflicts(booking: Booking, address: str, held: list[int], cal: PersonCalendar,
                      now: datetime) -> list[Conflict]:
    """Conflicts of one person: each session alone, then all of theirs together."""
    spans = {i: (floor_min(booking.sessions[i].start), ceil_min(booking.sessions[i].end))
             for i in held}
    upcoming = [i for i in held if booking.sessions[i].end > now]
    found = [_conflict(booking, i, address, block) for i in upcoming
             if (block := check_person(cal, [spans[i]])) is not None]
    if found or len(held) < 2:
        return found
    block = check_person(cal, sorted(spans.values()))
    if block is None:
        return []
    zone = get_zone(cal.person.timezone)
    on_day = [i for i in upcoming
              if block.day is None or to_local(booking.sessions[i].start, zone).date() == block.day]
    return [_conflict(booking, i, address, block) for i in on_day or upcoming]


def _conflict(booking: Booking, position: int, address: str, block: Block) -> Conflict:
    session = booking.sessions[position]
    return Conflict(position, address, session.start, session.end, block.code, block.day,
                    block.detail, block.need)
