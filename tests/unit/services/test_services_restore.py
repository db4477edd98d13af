"""Undo of a booking change: the earlier state comes back as a new revision (SPEC §5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from interviewplanner.core.booking import Booking, BookingState, BookingStatus
from interviewplanner.services import bookings, calendar_week, removal, restore
from interviewplanner.services.errors import (
    BookingChanged,
    ErrorCode,
    NoEarlierState,
    NotFoundError,
    ProposalTaken,
)
from interviewplanner.services.export import export
from interviewplanner.storage.db import Store
from tests.unit.services.conftest import WEEK, Book


def _times(booking: Booking) -> list[tuple[str, object, object]]:
    return [(s.uid, s.start, s.end) for s in booking.sessions]


def _actions(store: Store, booking_id: str) -> list[str]:
    return [e.action for e in bookings.history(store, booking_id)]


def test_undo_of_a_reschedule_brings_the_first_times_back_as_sequence_2(
    store: Store, book: Book
) -> None:
    first = book()
    moved = bookings.reschedule(store, first.id, WEEK, 2)
    assert _times(moved) != _times(first)
    undone = restore.undo_last(store, first.id)
    assert _times(undone) == _times(first)
    assert undone.status is BookingStatus.CONFIRMED
    assert undone.sequence == 2 and undone.stamp > moved.stamp
    assert bookings.get_booking(store, first.id) == undone
    assert _actions(store, first.id) == ["booked", "rescheduled", "restored"]
    (last,) = bookings.history(store, first.id)[-1:]
    assert last.state == BookingState.of(undone)


def test_undo_of_a_cancellation_confirms_the_booking_again(store: Store, book: Book) -> None:
    first = book()
    bookings.cancel(store, first.id)
    assert restore.previous_state(store, first.id).status is BookingStatus.CONFIRMED
    undone = restore.undo_last(store, first.id)
    assert undone.status is BookingStatus.CONFIRMED and undone.sequence == 2
    assert _times(undone) == _times(first)
    busy = calendar_week.interviews_this_week(store, first.sessions[0].start)
    assert busy["hanako@example.com"] == 1


def test_undo_of_the_booking_itself_cancels_it_and_a_second_undo_redoes(
    store: Store, book: Book
) -> None:
    first = book()
    undone = restore.undo_last(store, first.id)
    assert undone.status is BookingStatus.CANCELLED and undone.sequence == 1
    redone = restore.undo_last(store, first.id)
    assert redone.status is BookingStatus.CONFIRMED and redone.sequence == 2
    assert _times(redone) == _times(first)


def test_exported_invites_after_an_undo_carry_the_higher_sequence(
    store: Store, book: Book, tmp_path: Path
) -> None:
    first = book()
    bookings.reschedule(store, first.id, WEEK, 2)
    restore.undo_last(store, first.id)
    files, advice = export(store, first.id, tmp_path / "out")
    invites = [f for f in files if f.kind == "invite"]
    assert len(invites) == 2 and advice
    for f, session in zip(invites, first.sessions, strict=True):
        text = (tmp_path / "out" / f.path).read_bytes().decode("utf-8")
        assert "METHOD:REQUEST" in text and "SEQUENCE:2\r\n" in text
        assert "STATUS:CONFIRMED" in text and f"UID:{session.uid}" in text
        # the organizer has no zone, so invites are in UTC: the first booking's times again
        assert f"DTSTART:{session.start:%Y%m%dT%H%M%S}Z" in text


def test_a_time_taken_meanwhile_is_refused_with_the_recheck_reasons(
    store: Store, book: Book
) -> None:
    first = book()
    bookings.cancel(store, first.id)
    other = book()  # the freed slot is rank 1 again
    assert _times(other)[0][1:] == _times(first)[0][1:]
    with pytest.raises(ProposalTaken) as caught:
        restore.undo_last(store, first.id)
    assert caught.value.code is ErrorCode.PROPOSAL_TAKEN
    assert {r.email for r in caught.value.reasons} >= {"hanako@example.com"}
    assert bookings.get_booking(store, first.id).status is BookingStatus.CANCELLED


def test_a_qundostack_style_undo_and_redo_with_revisions(store: Store, book: Book) -> None:
    first = book()
    before = restore.current_state(store, first.id)
    moved = bookings.reschedule(store, first.id, WEEK, 2)
    after = BookingState.of(moved)
    undone = restore.restore_state(store, first.id, before, expected_revision=after.revision)
    assert _times(undone) == _times(first) and undone.sequence == 2
    redone = restore.restore_state(store, first.id, after, expected_revision=undone.sequence)
    assert _times(redone) == _times(moved) and redone.sequence == 3
    same = restore.restore_state(store, first.id, after)
    assert same == redone  # already in that state: no new revision
    with pytest.raises(BookingChanged) as caught:
        restore.restore_state(store, first.id, before, expected_revision=1)
    assert caught.value.fields == {"booking_id": first.id, "expected": 1, "actual": 3}


def test_restore_brings_back_any_kept_revision(store: Store, book: Book) -> None:
    first = book()
    bookings.reschedule(store, first.id, WEEK, 2)
    bookings.cancel(store, first.id)
    back = restore.restore(store, first.id, 0)
    assert back.status is BookingStatus.CONFIRMED and _times(back) == _times(first)
    assert back.sequence == 3
    with pytest.raises(NotFoundError) as caught:
        restore.restore(store, first.id, 42)
    assert caught.value.fields["kind"] == "revision"


def test_history_from_before_undo_existed_cannot_be_undone(store: Store, book: Book) -> None:
    first = book()
    bookings.reschedule(store, first.id, WEEK, 2)
    with store.engine.begin() as db:
        db.execute(text("UPDATE booking_events SET state = NULL"))
    with pytest.raises(NoEarlierState) as caught:
        restore.undo_last(store, first.id)
    assert caught.value.fields == {"booking_id": first.id}


def test_an_interviewer_who_left_the_roster_cannot_be_booked_again(
    store: Store, book: Book
) -> None:
    first = book()
    bookings.cancel(store, first.id)
    removal.remove_interviewer(store, "amy@example.com")
    with pytest.raises(NotFoundError) as caught:
        restore.undo_last(store, first.id)
    assert caught.value.fields == {"kind": "interviewer", "key": "amy@example.com"}


def test_unknown_booking(store: Store) -> None:
    with pytest.raises(NotFoundError):
        restore.undo_last(store, "nope")
