"""Use case: undo a booking change by restoring an earlier state (SPEC §5, the GUI's undo).

Every line of a booking's history keeps the state the change left the booking in (see
``storage/booking_states.py``). Restoring a state is itself a change: a NEW revision with
SEQUENCE + 1 and a fresh DTSTAMP (the earlier invites may already be out, and the restored
invites must replace them), recorded in the history as "restored" with the status and times it
brought back. A confirmed state is re-checked like a booking, inside the
write transaction, against the busy time, bookings and rules as they are now.

For a ``QUndoStack``: take :func:`current_state` before a change and ``BookingState.of(result)``
after it; undo is ``restore_state(store, id, before, expected_revision=after.revision)``, redo
``restore_state(store, id, after, expected_revision=<revision the undo made>)``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from interviewplanner.core.booking import BookedSession, Booking, BookingState, BookingStatus
from interviewplanner.core.intervals import Interval
from interviewplanner.core.plan import ProposedSession
from interviewplanner.core.recheck import recheck
from interviewplanner.services.errors import (
    BookingChanged,
    NoEarlierState,
    NotFoundError,
    ProposalTaken,
)
from interviewplanner.services.planning import gather, parse_plan
from interviewplanner.storage.db import Store
from interviewplanner.storage.unit_of_work import UnitOfWork

__all__ = ["current_state", "previous_state", "restore", "restore_state", "undo_last"]

RESTORED = "restored"


def current_state(store: Store, booking_id: str) -> BookingState:
    """The state booking ``booking_id`` is in now (NotFoundError if there is no such booking)."""
    with store.read() as uow:
        return BookingState.of(_booking(uow, booking_id))


def previous_state(store: Store, booking_id: str) -> BookingState:
    """The state before the booking's last change: what :func:`undo_last` restores.

    After only the booking itself that is the same panel cancelled (undoing a booking cancels
    it). Raises :class:`NoEarlierState` when the history line before the last one kept no state
    (changes made before undo existed).
    """
    with store.read() as uow:
        return _previous(uow, _booking(uow, booking_id))


def undo_last(store: Store, booking_id: str) -> Booking:
    """Undo the booking's last change (a second undo redoes it); the new version is returned."""
    with store.read() as uow:
        booking = _booking(uow, booking_id)
        target = _previous(uow, booking)
    return restore_state(store, booking_id, target, expected_revision=booking.sequence)


def restore(store: Store, booking_id: str, revision: int) -> Booking:
    """Bring back the state the booking had at ``revision`` (its SEQUENCE then) as a new revision.

    NotFoundError (kind "revision") when the history kept no state with that revision.
    """
    with store.read() as uow:
        _booking(uow, booking_id)
        states = [e.state for e in uow.bookings.history(booking_id) if e.state is not None]
    for state in reversed(states):
        if state.revision == revision:
            return restore_state(store, booking_id, state)
    raise NotFoundError("revision", f"{booking_id} {revision}")


def restore_state(
    store: Store, booking_id: str, state: BookingState, *, expected_revision: int | None = None,
) -> Booking:
    """Give booking ``booking_id`` the status, people and times of ``state`` as a new revision.

    Nothing changes (the booking is returned as it is) when it already matches ``state``.
    Raises :class:`BookingChanged` when ``expected_revision`` is given and the booking is at
    another revision (someone changed it meanwhile), :class:`NotFoundError` for an interviewer
    of a confirmed ``state`` who left the roster, :class:`ProposalTaken` with the re-check's
    reasons when its times are no longer free. ``ValueError`` if ``state`` has other UIDs.
    """
    with store.write() as uow:
        current = _booking(uow, booking_id)
        if expected_revision is not None and current.sequence != expected_revision:
            raise BookingChanged(booking_id, expected_revision, current.sequence)
        if state.matches(current):
            return current
        _check_uids(current, state)
        ids = _ids(uow, state)
        if state.status is BookingStatus.CONFIRMED:
            _recheck(uow, booking_id, state)
        restored = replace(current, status=state.status, sequence=current.sequence + 1,
                           stamp=_fresh_stamp(current.stamp), interviewers=state.interviewers,
                           sessions=state.sessions)
        uow.bookings.update(restored, ids)
        uow.bookings.record(booking_id, restored.stamp, RESTORED, _describe(state))
    return restored


def _booking(uow: UnitOfWork, booking_id: str) -> Booking:
    booking = uow.bookings.get(booking_id)
    if booking is None:
        raise NotFoundError("booking", booking_id)
    return booking


def _previous(uow: UnitOfWork, booking: Booking) -> BookingState:
    """The state of the history line before the last one (or the booking cancelled)."""
    history = uow.bookings.history(booking.id)
    if len(history) < 2:
        return replace(BookingState.of(booking), status=BookingStatus.CANCELLED)
    state = history[-2].state
    if state is None:
        raise NoEarlierState(booking.id)
    return state


def _check_uids(current: Booking, state: BookingState) -> None:
    if sorted(s.uid for s in state.sessions) != sorted(s.uid for s in current.sessions):
        raise ValueError(f"the state is not one of booking {current.id}'s (other session UIDs)")


def _ids(uow: UnitOfWork, state: BookingState) -> dict[str, int]:
    """Roster ids of the state's people by booked address; every one is needed to confirm."""
    ids: dict[str, int] = {}
    for party in state.interviewers:
        person = uow.interviewers.get_by_email(party.email)
        if person is not None and person.id is not None:
            ids[party.email.lower()] = person.id
        elif state.status is BookingStatus.CONFIRMED:
            raise NotFoundError("interviewer", party.email)
    return ids


def _recheck(uow: UnitOfWork, booking_id: str, state: BookingState) -> None:
    """Lock the state's people, then check its times against everything else (as booking does)."""
    primary = {p.email.lower(): _primary(uow, p.email) for p in state.interviewers}
    sessions = tuple(_proposed(s, primary) for s in state.sessions)
    people = (uow.interviewers.get_by_email(e) for e in primary.values())
    uow.bookings.lock_interviewers(p.id for p in people if p is not None and p.id is not None)
    window = Interval(min(s.start for s in sessions), max(s.end for s in sessions))
    inputs = gather(uow, window, exclude_booking=booking_id)
    plan = parse_plan(uow.bookings.plan(booking_id), "booking", booking_id)
    reasons = recheck(plan, sessions, people=inputs.people, busy=inputs.busy,
                      booked=inputs.booked, company=inputs.company)
    if reasons:
        raise ProposalTaken(tuple(reasons))


def _primary(uow: UnitOfWork, email: str) -> str:
    """The current primary address of whoever owns ``email`` (it may have become an alias)."""
    person = uow.interviewers.get_by_email(email)
    return email.lower() if person is None else person.email.lower()


def _proposed(session: BookedSession, primary: dict[str, str]) -> ProposedSession:
    def who(email: str) -> str:
        return primary.get(email.lower(), email.lower())

    return ProposedSession(session.title, session.start, session.end,
                           tuple(who(e) for e in session.interviewers),
                           who(session.shadows[0]) if session.shadows else None)


def _describe(state: BookingState) -> str:
    """``cancelled: Coding 2026-12-08 01:00Z–02:00Z (a@x, b@x); ...`` for the history."""
    return f"{state.status.value}: " + "; ".join(
        f"{s.title} {s.start:%Y-%m-%d %H:%M}Z–{s.end:%H:%M}Z ({', '.join(s.interviewers)})"
        for s in state.sessions)


def _fresh_stamp(previous: datetime) -> datetime:
    """Now in whole seconds, but at least a second after ``previous`` (DTSTAMP ordering)."""
    now = datetime.now(UTC).replace(microsecond=0)
    return max(now, previous.replace(microsecond=0) + timedelta(seconds=1))
