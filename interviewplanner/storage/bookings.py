"""Repositories for bookings (with their history) and saved plan templates.

Like every repository, these flush and never commit; the unit of work owns the transaction.
"""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from interviewplanner.core.booking import Booking, BookingState, BookingStatus
from interviewplanner.core.intervals import Interval
from interviewplanner.storage.booking_states import state_from_json, state_json
from interviewplanner.storage.changes import actor_of
from interviewplanner.storage.mapping import INTERVIEWER, SHADOW, booking_from_rows, booking_order
from interviewplanner.storage.reading import BookedSlot
from interviewplanner.storage.tables import (
    BookingAttendeeRow,
    BookingEventRow,
    BookingRow,
    BookingSessionRow,
    InterviewerRow,
    PlanTemplateRow,
)


@dataclass(frozen=True, slots=True)
class BookingEvent:
    """One line of a booking's history; ``state`` is what it left the booking in (None: not kept),
    ``by`` the coordinator who made the change (None: written before schema 0005)."""

    at: datetime
    action: str
    detail: str
    state: BookingState | None = None
    by: str | None = None


@dataclass(frozen=True, slots=True)
class Saved:
    """Who saved a stored thing last, and its version (team mode's stale-edit check)."""

    version: int
    by: str | None
    at: datetime | None


class BookingRepository:
    """Bookings: store, load, change, and the interviewer time they hold."""

    def __init__(self, session: Session) -> None:
        """Work inside ``session`` (owned by the unit of work)."""
        self._session = session

    def add(self, booking: Booking, plan: dict[str, Any], ids: dict[str, int]) -> None:
        """Store a new booking; ``ids`` maps interviewer e-mails to their roster ids."""
        row = BookingRow(id=booking.id, created_at=booking.stamp, plan=plan, **_head(booking))
        self._session.add(row)
        self._session.flush()
        self._write_sessions(booking, ids)

    def update_status(self, booking: Booking) -> None:
        """Store a new status, sequence and stamp of ``booking`` (sessions unchanged)."""
        row = self._session.get(BookingRow, booking.id)
        if row is None:
            raise KeyError(booking.id)
        for key, value in _head(booking).items():
            setattr(row, key, value)
        self._session.flush()

    def update(self, booking: Booking, ids: dict[str, int]) -> None:
        """Replace the stored version of ``booking`` (times, people, status, sequence, stamp)."""
        self.update_status(booking)
        self._session.execute(delete(BookingSessionRow).where(BookingSessionRow.booking_id == booking.id))
        self._session.flush()
        self._write_sessions(booking, ids)

    def get(self, booking_id: str) -> Booking | None:
        """The booking with ``booking_id`` (or None)."""
        row = self._session.get(BookingRow, booking_id)
        return None if row is None else self._load(row)

    def plan(self, booking_id: str) -> dict[str, Any]:
        """The PLAN.json object the booking was made from."""
        row = self._session.get(BookingRow, booking_id)
        if row is None:
            raise KeyError(booking_id)
        return dict(row.plan)

    def list(self) -> builtins.list[Booking]:
        """Every booking, by first session start."""
        rows = self._session.scalars(select(BookingRow)).all()
        bookings = [self._load(r) for r in rows]
        return sorted(bookings, key=booking_order)

    def record(self, booking_id: str, at: datetime, action: str, detail: str) -> None:
        """Append a line to the booking's history, with the booking's state as it now stands.

        The state (revision, status, people, times) is what a later undo restores; callers
        record after storing the change. The coordinator is the unit of work's.
        """
        booking = self.get(booking_id)
        state = None if booking is None else state_json(booking)
        self._session.add(BookingEventRow(booking_id=booking_id, at=at, action=action,
                                          detail=detail, state=state,
                                          by=actor_of(self._session)))
        self._session.flush()

    def history(self, booking_id: str) -> builtins.list[BookingEvent]:
        """The booking's history, oldest first."""
        return self.histories([booking_id])[booking_id]

    def histories(self, booking_ids: Iterable[str]) -> dict[str, builtins.list[BookingEvent]]:
        """The histories of several bookings in one query, each oldest first (every id a key)."""
        found: dict[str, builtins.list[BookingEvent]] = {b: [] for b in booking_ids}
        if not found:
            return found
        rows = self._session.scalars(
            select(BookingEventRow).where(BookingEventRow.booking_id.in_(builtins.list(found)))
            .order_by(BookingEventRow.at, BookingEventRow.id))
        for r in rows:
            found[r.booking_id].append(
                BookingEvent(r.at, r.action, r.detail, state_from_json(r.state), r.by))
        return found

    def booking_ids_with(self, interviewer_id: int) -> builtins.list[str]:
        """Every booking (any status, past or future) one of whose attendees is this interviewer."""
        query = (select(BookingSessionRow.booking_id).distinct()
                 .join(BookingAttendeeRow, BookingAttendeeRow.session_id == BookingSessionRow.id)
                 .where(BookingAttendeeRow.interviewer_id == interviewer_id)
                 .order_by(BookingSessionRow.booking_id))
        return builtins.list(self._session.scalars(query))

    def slots_for(
        self, interviewer_ids: Iterable[int], start: datetime, end: datetime,
        *, exclude: str | None = None,
    ) -> dict[int, builtins.list[BookedSlot]]:
        """Confirmed sessions overlapping ``[start, end)`` per interviewer id (one query)."""
        query = (
            select(BookingAttendeeRow.interviewer_id, BookingSessionRow.start_utc,
                   BookingSessionRow.end_utc, BookingSessionRow.booking_id, BookingSessionRow.title)
            .join(BookingSessionRow, BookingAttendeeRow.session_id == BookingSessionRow.id)
            .join(BookingRow, BookingSessionRow.booking_id == BookingRow.id)
            .where(BookingAttendeeRow.interviewer_id.in_(list(interviewer_ids)),
                   BookingRow.status == BookingStatus.CONFIRMED.value,
                   BookingSessionRow.start_utc < end, BookingSessionRow.end_utc > start)
            .order_by(BookingAttendeeRow.interviewer_id, BookingSessionRow.start_utc,
                      BookingSessionRow.end_utc, BookingSessionRow.booking_id,
                      BookingSessionRow.position)
        )
        if exclude is not None:
            query = query.where(BookingRow.id != exclude)
        result: dict[int, builtins.list[BookedSlot]] = defaultdict(builtins.list)
        for owner, s, e, booking_id, title in self._session.execute(query):
            if owner is not None:
                result[owner].append(BookedSlot(Interval(s, e), booking_id, title))
        return dict(result)

    def candidate_names(self, booking_ids: Iterable[str]) -> dict[str, str]:
        """The candidate's name of each booking id that exists (one query)."""
        wanted = sorted(set(booking_ids))
        if not wanted:
            return {}
        query = select(BookingRow.id, BookingRow.candidate_name).where(BookingRow.id.in_(wanted))
        return {str(row[0]): str(row[1]) for row in self._session.execute(query)}

    def lock_interviewers(self, interviewer_ids: Iterable[int]) -> None:
        """Serialise bookings of the same people: row locks on PostgreSQL.

        On SQLite the write transaction already holds the database's single write lock
        (``BEGIN IMMEDIATE``), and ``FOR UPDATE`` is ignored there.
        """
        ids = sorted(set(interviewer_ids))
        if ids:
            self._session.execute(
                select(InterviewerRow.id).where(InterviewerRow.id.in_(ids)).with_for_update()
            ).all()

    def _write_sessions(self, booking: Booking, ids: dict[str, int]) -> None:
        people = {p.email.lower(): p for p in booking.interviewers}
        for position, spec in enumerate(booking.sessions):
            row = BookingSessionRow(booking_id=booking.id, position=position, uid=spec.uid,
                                    title=spec.title, start_utc=spec.start, end_utc=spec.end)
            self._session.add(row)
            self._session.flush()
            for role, emails in ((INTERVIEWER, spec.interviewers), (SHADOW, spec.shadows)):
                for email in emails:
                    person = people[email.lower()]
                    self._session.add(BookingAttendeeRow(
                        session_id=row.id, interviewer_id=ids.get(email.lower()), email=person.email,
                        name=person.name, timezone=person.timezone, role=role))
        self._session.flush()

    def _load(self, row: BookingRow) -> Booking:
        sessions = self._session.scalars(
            select(BookingSessionRow).where(BookingSessionRow.booking_id == row.id)
            .order_by(BookingSessionRow.position)).all()
        by_session: dict[int, list[BookingAttendeeRow]] = defaultdict(builtins.list)
        for attendee in self._session.scalars(
                select(BookingAttendeeRow)
                .where(BookingAttendeeRow.session_id.in_([s.id for s in sessions]))
                .order_by(BookingAttendeeRow.id)):
            by_session[attendee.session_id].append(attendee)
        return booking_from_rows(row, sessions, by_session)


def _head(booking: Booking) -> dict[str, Any]:
    """The booking row's columns that change with each version."""
    return {
        "status": booking.status.value, "sequence": booking.sequence, "stamp": booking.stamp,
        "candidate_name": booking.candidate.name, "candidate_email": booking.candidate.email,
        "candidate_tz": booking.candidate.timezone, "organizer_name": booking.organizer.name,
        "organizer_email": booking.organizer.email, "location": booking.location,
        "notes": booking.notes,
    }


class TemplateRepository:
    """Named plan templates (PLAN.json objects)."""

    def __init__(self, session: Session) -> None:
        """Work inside ``session`` (owned by the unit of work)."""
        self._session = session

    def save(self, name: str, plan: dict[str, Any], at: datetime) -> int:
        """Create or replace the template ``name``; its new version (1 when created)."""
        row = self._session.scalar(select(PlanTemplateRow).where(PlanTemplateRow.name == name))
        by = actor_of(self._session)
        if row is None:
            row = PlanTemplateRow(name=name, plan=plan, updated_at=at, version=1, changed_by=by)
            self._session.add(row)
        else:
            row.plan, row.updated_at, row.changed_by = plan, at, by
            row.version += 1
        self._session.flush()
        return row.version

    def saved(self, name: str) -> Saved | None:
        """Who saved the template ``name`` last, when, and its version (None: no such template)."""
        row = self._session.scalar(select(PlanTemplateRow).where(PlanTemplateRow.name == name))
        return None if row is None else Saved(row.version, row.changed_by, row.updated_at)

    def get(self, name: str) -> dict[str, Any] | None:
        """The template ``name`` (or None)."""
        row = self._session.scalar(select(PlanTemplateRow).where(PlanTemplateRow.name == name))
        return None if row is None else dict(row.plan)

    def names(self) -> builtins.list[str]:
        """Every template name, sorted."""
        query = select(PlanTemplateRow.name).order_by(PlanTemplateRow.name)
        return builtins.list(self._session.scalars(query))

    def delete(self, name: str) -> bool:
        """Remove the template ``name``; True when it existed."""
        result = self._session.execute(delete(PlanTemplateRow).where(PlanTemplateRow.name == name))
        return bool(getattr(result, "rowcount", 0))
