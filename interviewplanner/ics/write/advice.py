"""What the coordinator should tell interviewers about an export (SPEC §5).

E-mailed invites (``invites/``) replace or remove the earlier event in Outlook, Gmail and Apple
Calendar because they carry the same UID and a higher SEQUENCE. Imported files are less
reliable: Google Calendar's import in particular may add a second copy instead of updating, and
an imported cancellation often leaves the event in place.
"""

from __future__ import annotations

from interviewplanner.core.booking import Booking, BookingStatus

__all__ = ["update_advice"]

_FIRST = [
    "E-mail each interviewer the invite from invites/ for their session; Outlook and Gmail then "
    "offer Accept and Decline.",
    "To import instead, use the person's file from calendars/: it holds all of their sessions "
    "(Outlook imports only the first event of an invite file).",
]
_UPDATE = [
    "This is an update: the new files keep the same event IDs with a higher sequence number.",
    "E-mailed invites from invites/ replace the old event in Outlook, Gmail and Apple Calendar.",
    "Importing an updated file may add a second copy instead (Google Calendar's import can): "
    "tell interviewers to delete the old event first, then import the new file.",
]
_CANCEL = [
    "This booking is cancelled: e-mail the cancellation files from invites/ so that Outlook, "
    "Gmail and Apple Calendar remove the events.",
    "Importing a cancellation file often leaves the old event in place: tell interviewers to "
    "delete the interview from their calendar by hand.",
]


def update_advice(booking: Booking) -> list[str]:
    """Short sentences for the coordinator about sending or importing this booking's files."""
    if booking.status is BookingStatus.CANCELLED:
        return list(_CANCEL)
    if booking.sequence > 0:
        return list(_UPDATE)
    return list(_FIRST)
