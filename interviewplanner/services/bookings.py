"""Use cases: book a proposal, reschedule or cancel a booking, list bookings (SPEC §5).

Booking re-checks the chosen proposal against the current data inside the write transaction
(``BEGIN IMMEDIATE`` on SQLite, row locks on PostgreSQL), so two windows booking the same person
at the same moment cannot both succeed. Every change raises SEQUENCE and takes a fresh DTSTAMP.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from interviewplanner.core.booking import BookedSession, Booking, BookingStatus, Party
from interviewplanner.core.intervals import Interval
from interviewplanner.core.plan import Plan, Proposal, ProposedSession
from interviewplanner.core.recheck import recheck
from interviewplanner.services.errors import (
    BookingStateError,
    ErrorCode,
    NoProposal,
    NotFoundError,
    NumberOutOfRange,
    ProposalOutOfRange,
    ProposalTaken,
)
from interviewplanner.services.planning import MAX_LIMIT, Inputs, gather, parse_plan, propose_plan
from interviewplanner.storage.bookings import BookingEvent
from interviewplanner.storage.db import Store
from interviewplanner.storage.unit_of_work import UnitOfWork

DEFAULT_ORGANIZER = Party("Recruiting", "recruiting@interviewplanner.invalid")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _fresh_stamp(previous: datetime | None) -> datetime:
    """Now, but always at least a second after ``previous`` (DTSTAMP has whole seconds)."""
    now = _now()
    if previous is not None and now <= previous:
        return previous.replace(microsecond=0) + timedelta(seconds=1)
    return now


def pick(store: Store, plan: Plan, window: Interval, rank: int, *,
         exclude_booking: str | None = None) -> Proposal:
    """Proposal number ``rank`` (1-based) of the same ``propose`` call.

    Raises NumberOutOfRange (field "rank"), NoProposal (with the core's reasons) or
    ProposalOutOfRange.
    """
    if not 1 <= rank <= MAX_LIMIT:  # a rank past the most proposals ever made is the user's own
        raise NumberOutOfRange("rank", rank, 1, MAX_LIMIT)
    result = propose_plan(store, plan, window, limit=max(10, rank), exclude_booking=exclude_booking)
    if not result.proposals:
        raise NoProposal(result.reasons)
    if rank > len(result.proposals):
        raise ProposalOutOfRange(rank, len(result.proposals))
    return result.proposals[rank - 1]


def _emails_in(sessions: tuple[ProposedSession, ...]) -> list[str]:
    """Every interviewer and shadow of ``sessions``, lower-cased, in order of appearance."""
    return list(dict.fromkeys(
        e.lower() for s in sessions for e in (*s.interviewers, s.shadow or "") if e))


def _locked_inputs(uow: UnitOfWork, sessions: tuple[ProposedSession, ...], window: Interval,
                   *, exclude_booking: str | None = None) -> Inputs:
    """Lock the proposal's people, then read what the re-check needs.

    The lock comes first: on PostgreSQL a read made before waiting for another booker's lock
    would not see what that booker committed (on SQLite ``BEGIN IMMEDIATE`` already holds it).
    """
    people = (uow.interviewers.get_by_email(e) for e in _emails_in(sessions))
    uow.bookings.lock_interviewers(p.id for p in people if p is not None and p.id is not None)
    return gather(uow, window, exclude_booking=exclude_booking)


def _recheck(plan: Plan, sessions: tuple[ProposedSession, ...], inputs: Inputs) -> None:
    reasons = recheck(plan, sessions, people=inputs.people, busy=inputs.busy,
                      booked=inputs.booked, company=inputs.company)
    if reasons:
        raise ProposalTaken(tuple(reasons))


def _parties(inputs: Inputs, sessions: tuple[ProposedSession, ...]) -> tuple[Party, ...]:
    return tuple(Party(inputs.people[e].name, inputs.people[e].email, inputs.people[e].timezone)
                 for e in _emails_in(sessions))


def _booked_sessions(booking_id: str, sessions: tuple[ProposedSession, ...]) -> tuple[BookedSession, ...]:
    return tuple(
        BookedSession(uid=f"{booking_id}-{i + 1}@interviewplanner", title=s.title, start=s.start,
                      end=s.end, interviewers=tuple(e.lower() for e in s.interviewers),
                      shadows=(s.shadow.lower(),) if s.shadow else ())
        for i, s in enumerate(sessions))


def _describe(sessions: tuple[ProposedSession, ...]) -> str:
    return "; ".join(f"{s.title} {s.start:%Y-%m-%d %H:%M}Z–{s.end:%H:%M}Z "
                     f"({', '.join(s.interviewers)})" for s in sessions)


def book(store: Store, plan: Plan, plan_json: dict[str, Any], window: Interval, rank: int) -> Booking:
    """Store proposal ``rank`` of ``propose`` for ``plan`` as a confirmed booking."""
    return book_proposal(store, plan, plan_json, window, pick(store, plan, window, rank))


def book_proposal(
    store: Store, plan: Plan, plan_json: dict[str, Any], window: Interval, chosen: Proposal
) -> Booking:
    """Store ``chosen`` after re-checking it inside the write transaction (ProposalTaken if not
    free any more)."""
    with store.write() as uow:
        inputs = _locked_inputs(uow, chosen.sessions, window)
        _recheck(plan, chosen.sessions, inputs)
        booking_id = str(uuid.uuid4())
        organizer = (Party(plan.organizer_name or "Recruiting", plan.organizer_email)
                     if plan.organizer_email else DEFAULT_ORGANIZER)
        booking = Booking(
            id=booking_id, status=BookingStatus.CONFIRMED, sequence=0, stamp=_now(),
            candidate=Party(plan.candidate.name, plan.candidate.email, plan.candidate.timezone),
            organizer=organizer, interviewers=_parties(inputs, chosen.sessions),
            sessions=_booked_sessions(booking_id, chosen.sessions), location=plan.location or None)
        uow.bookings.add(booking, plan_json, inputs.ids)
        uow.bookings.record(booking_id, booking.stamp, "booked", _describe(chosen.sessions))
    return booking


def get_booking(store: Store, booking_id: str) -> Booking:
    """The booking ``booking_id``, or NotFoundError."""
    with store.read() as uow:
        booking = uow.bookings.get(booking_id)
    if booking is None:
        raise NotFoundError("booking", booking_id)
    return booking


def stored_plan(store: Store, booking_id: str) -> tuple[Plan, dict[str, Any]]:
    """The plan booking ``booking_id`` was made from, and its PLAN.json object."""
    with store.read() as uow:
        try:
            document = uow.bookings.plan(booking_id)
        except KeyError:
            raise NotFoundError("booking", booking_id) from None
    return parse_plan(document, "booking", booking_id), document


def reschedule(store: Store, booking_id: str, window: Interval, rank: int) -> Booking:
    """Move a booking to proposal ``rank`` of a new search: same UIDs, SEQUENCE + 1."""
    old = get_booking(store, booking_id)
    if old.status is BookingStatus.CANCELLED:
        raise BookingStateError(ErrorCode.BOOKING_CANCELLED, booking_id)
    plan, _document = stored_plan(store, booking_id)
    chosen = pick(store, plan, window, rank, exclude_booking=booking_id)
    return reschedule_to(store, booking_id, window, chosen, plan=plan)


def reschedule_to(store: Store, booking_id: str, window: Interval, chosen: Proposal, *,
                  plan: Plan | None = None) -> Booking:
    """Move a booking to ``chosen`` (a proposal of a search that excluded this booking, as the
    GUI shows them): re-checked in the write transaction, same UIDs, SEQUENCE + 1.

    ``plan`` is the booking's stored plan (read when not given). Raises ProposalTaken, or
    BookingStateError when the booking was cancelled (before or meanwhile).
    """
    if plan is None:
        plan, _document = stored_plan(store, booking_id)
    with store.write() as uow:
        inputs = _locked_inputs(uow, chosen.sessions, window, exclude_booking=booking_id)
        _recheck(plan, chosen.sessions, inputs)
        current = uow.bookings.get(booking_id)
        if current is None or current.status is BookingStatus.CANCELLED:
            raise BookingStateError(ErrorCode.CANCELLED_MEANWHILE, booking_id)
        sessions = tuple(replace(new, uid=prev.uid) for new, prev in zip(
            _booked_sessions(booking_id, chosen.sessions), current.sessions, strict=True))
        moved = replace(current, sequence=current.sequence + 1, stamp=_fresh_stamp(current.stamp),
                        interviewers=_parties(inputs, chosen.sessions), sessions=sessions)
        uow.bookings.update(moved, inputs.ids)
        uow.bookings.record(booking_id, moved.stamp, "rescheduled", _describe(chosen.sessions))
    return moved


def cancel(store: Store, booking_id: str) -> Booking:
    """Cancel a booking: frees the time; its invites become METHOD:CANCEL with SEQUENCE + 1."""
    with store.write() as uow:
        current = uow.bookings.get(booking_id)
        if current is None:
            raise NotFoundError("booking", booking_id)
        if current.status is BookingStatus.CANCELLED:
            raise BookingStateError(ErrorCode.ALREADY_CANCELLED, booking_id)
        done = replace(current, status=BookingStatus.CANCELLED, sequence=current.sequence + 1,
                       stamp=_fresh_stamp(current.stamp))
        uow.bookings.update_status(done)
        uow.bookings.record(booking_id, done.stamp, "cancelled", "")
    return done


def list_bookings(store: Store) -> list[Booking]:
    """Every booking, by first session start."""
    with store.read() as uow:
        return uow.bookings.list()


def bookings_with_history(store: Store) -> list[tuple[Booking, list[BookingEvent]]]:
    """Every booking (by first session start) with its history, read in one snapshot with
    one history query."""
    with store.read() as uow:
        found = uow.bookings.list()
        histories = uow.bookings.histories(b.id for b in found)
    return [(b, histories[b.id]) for b in found]


def history(store: Store, booking_id: str) -> list[BookingEvent]:
    """What happened to a booking, oldest first."""
    get_booking(store, booking_id)
    with store.read() as uow:
        return uow.bookings.history(booking_id)
