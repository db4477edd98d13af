"""Removing an interviewer: refused while bookings are to come; history keeps their name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.services import bookings, removal, roster
from interviewplanner.services.errors import ErrorCode, InterviewerHasBookings, NotFoundError
from interviewplanner.storage.db import Store
from tests.unit.services.conftest import Book


def _add_calendar(store: Store, person: Interviewer) -> None:
    """Two imported sources with three busy intervals in all."""
    start = datetime(2031, 2, 3, 1, tzinfo=UTC)
    with store.write() as uow:
        assert person.id is not None
        uow.busy.replace_source(person.id, "work.ics", [Interval(start, start + timedelta(hours=1)),
                                                         Interval(start + timedelta(days=1),
                                                                  start + timedelta(days=1, hours=1))],
                                None, 2, [])
        uow.busy.replace_source(person.id, "home.ics", [Interval(start, start + timedelta(hours=2))],
                                None, 1, [])


def _count(store: Store, table: str) -> int:
    with store.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_removal_takes_addresses_pools_sources_and_busy_time(store: Store) -> None:
    person = roster.add_interviewer(store, roster.new_interviewer(
        name="Ken Ito", email="ken@example.com", timezone="Asia/Tokyo", country="JP",
        aliases=["k.ito@example.com"], pools=["backend"]))
    _add_calendar(store, person)
    gone = removal.remove_interviewer(store, "K.Ito@example.com")  # an alias finds them too
    assert (gone.interviewer.email, gone.sources, gone.busy_intervals, gone.bookings_kept) == (
        "ken@example.com", 2, 3, 0)
    assert [p.email for p in roster.list_interviewers(store)] == [
        "amy@example.com", "hanako@example.com"]
    assert _count(store, "calendar_sources") == _count(store, "busy_intervals") == 0
    assert _count(store, "pool_members") == 0
    assert _count(store, "interviewer_emails") == 2  # Hanako's and Amy's
    with pytest.raises(NotFoundError):
        removal.remove_interviewer(store, "ken@example.com")
    # the address is free again
    roster.add_interviewer(store, roster.new_interviewer(
        name="Ken Ito", email="k.ito@example.com", timezone="Asia/Tokyo"))


def test_upcoming_confirmed_bookings_refuse_the_removal(store: Store, book: Book) -> None:
    first, second = book(1), book(2)
    with pytest.raises(InterviewerHasBookings) as caught:
        removal.remove_interviewer(store, "hanako@example.com")
    error = caught.value
    assert error.code is ErrorCode.INTERVIEWER_HAS_BOOKINGS
    assert (error.fields["email"], error.fields["name"]) == ("hanako@example.com", "Hanako Sato")
    expected = sorted([first, second], key=lambda b: b.sessions[0].start)
    assert [(b.booking_id, b.candidate, b.first_start) for b in error.bookings] == [
        (b.id, "Jane Doe", b.sessions[0].start) for b in expected]
    assert removal.upcoming_bookings(store, "hanako@example.com") == error.bookings
    assert "hanako@example.com" in [p.email for p in roster.list_interviewers(store)]


def test_past_and_cancelled_bookings_keep_their_history_and_names(store: Store, book: Book) -> None:
    past, cancelled = book(1), book(2)
    bookings.cancel(store, cancelled.id)
    after_all = max(s.end for b in (past, cancelled) for s in b.sessions) + timedelta(minutes=1)
    gone = removal.remove_interviewer(store, "hanako@example.com", now=after_all)
    assert gone.bookings_kept == 2
    for booking in (past, cancelled):
        kept = bookings.get_booking(store, booking.id)
        assert kept.party("hanako@example.com").name == "Hanako Sato"
        assert kept.party("hanako@example.com").timezone == "Asia/Tokyo"
        assert kept.sessions == booking.sessions
        assert bookings.history(store, booking.id)[0].action == "booked"


def test_a_booking_still_running_counts_as_upcoming(store: Store, book: Book) -> None:
    first = book()
    during = first.sessions[0].start + timedelta(minutes=30)
    with pytest.raises(InterviewerHasBookings):
        removal.remove_interviewer(store, "hanako@example.com", now=during)
    # Amy's session has not started yet at that moment either
    with pytest.raises(InterviewerHasBookings):
        removal.remove_interviewer(store, "amy@example.com", now=during)
    done = first.sessions[0].end
    assert removal.remove_interviewer(store, "hanako@example.com", now=done).bookings_kept == 1
