"""User actions on bookings: list them, read one's history, cancel, restore an earlier state.

Writes announce ``Changes(bookings=True, busy=True)``: a booking holds interviewer time, so the
week view and the roster's "This week" column follow. A cancel returns a :class:`BookingChange`
(the states before and after it) that the undo stack (:mod:`interviewplanner.gui.undo`) keeps;
undo and redo restore a state as a NEW revision (SEQUENCE + 1), since invites may be out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.booking import Booking, BookingState, BookingStatus
from interviewplanner.gui.backend import Report
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.ops import Op
from interviewplanner.gui.presenters.booking_rows import HistoryEntry

if TYPE_CHECKING:
    from interviewplanner.gui.backend import Store

BOOKING_CHANGES = Changes(bookings=True, busy=True)
"""What a booking write touches: the bookings and the interviewers' booked (busy) time."""

ChangeKind = Literal["book", "cancel", "reschedule"]


@dataclass(frozen=True, slots=True)
class BookingChange:
    """One change of a booking: its kind, the candidate's name, the states around it."""

    kind: ChangeKind
    booking_id: str
    candidate: str
    before: BookingState
    after: BookingState

    @property
    def undoable(self) -> bool:
        """True when nothing else happened in between (the change made exactly one revision)."""
        return self.after.revision == self.before.revision + 1

    @classmethod
    def booked(cls, booking: Booking) -> BookingChange:
        """A new booking: undoing it cancels it."""
        after = BookingState.of(booking)
        before = replace(after, revision=booking.sequence - 1, status=BookingStatus.CANCELLED)
        return cls("book", booking.id, booking.candidate.name, before, after)


def load_bookings() -> Op[tuple[Booking, ...]]:
    """Every booking (confirmed and cancelled), by first session start."""

    def run(store: Store, report: Report) -> tuple[Booking, ...]:
        from interviewplanner.gui import formatting
        from interviewplanner.services import bookings

        found = tuple(bookings.list_bookings(store))
        if found:  # Babel and its CLDR data load here, not on the GUI thread when rows show
            formatting.format_datetime_range(found[0].sessions[0].start,
                                             found[0].sessions[0].end, "UTC")
        return found

    return Op("bookings", run, failure_title=QCoreApplication.translate(
        "Operations", "Cannot read the bookings"))


def load_history(booking_id: str) -> Op[tuple[HistoryEntry, ...]]:
    """What happened to one booking, oldest first."""

    def run(store: Store, report: Report) -> tuple[HistoryEntry, ...]:
        from interviewplanner.services import bookings

        return tuple(HistoryEntry.from_event(e) for e in bookings.history(store, booking_id))

    return Op("booking history", run, failure_title=QCoreApplication.translate(
        "Operations", "Cannot read the booking's history"))


def cancel(booking_id: str) -> Op[BookingChange]:
    """Cancel a booking; the result says what it was before (for undo)."""

    def run(store: Store, report: Report) -> BookingChange:
        from interviewplanner.services import bookings, restore

        before = restore.current_state(store, booking_id)
        done = bookings.cancel(store, booking_id)
        return BookingChange("cancel", booking_id, done.candidate.name, before,
                             BookingState.of(done))

    return Op("cancel booking", run, changes=BOOKING_CHANGES,
              failure_title=QCoreApplication.translate("Operations", "Cannot cancel the booking"))


def restore_state(booking_id: str, state: BookingState, *,
                  expected_revision: int | None) -> Op[Booking]:
    """Give the booking ``state`` again as a new revision, if it is still at
    ``expected_revision`` (re-checked against the calendars when ``state`` is confirmed)."""

    def run(store: Store, report: Report) -> Booking:
        from interviewplanner.services import restore

        return restore.restore_state(store, booking_id, state,
                                     expected_revision=expected_revision)

    return Op("restore booking", run, changes=BOOKING_CHANGES,
              failure_title=QCoreApplication.translate("Operations", "Cannot restore the booking"))
