"""A booking's state as the JSON kept with each history entry (so a change can be undone).

Every line of a booking's history stores the state the booking was left in: revision, status,
people (name, e-mail, zone as booked) and sessions (UID, title, UTC times, attendees). History
written before this existed has no state (``None``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from interviewplanner.core.booking import BookedSession, Booking, BookingState, BookingStatus, Party

__all__ = ["state_from_json", "state_json"]

_VERSION = 1


def state_json(booking: Booking) -> dict[str, Any]:
    """The JSON object of ``booking``'s current state."""
    return {
        "version": _VERSION, "revision": booking.sequence, "status": booking.status.value,
        "interviewers": [{"name": p.name, "email": p.email, "timezone": p.timezone}
                         for p in booking.interviewers],
        "sessions": [{"uid": s.uid, "title": s.title, "start": _instant(s.start),
                      "end": _instant(s.end), "interviewers": list(s.interviewers),
                      "shadows": list(s.shadows)} for s in booking.sessions],
    }


def state_from_json(document: dict[str, Any] | None) -> BookingState | None:
    """The state stored by :func:`state_json` (``None`` when nothing was stored)."""
    if not document:
        return None
    return BookingState(
        revision=int(document["revision"]), status=BookingStatus(document["status"]),
        interviewers=tuple(Party(p["name"], p["email"], p["timezone"])
                           for p in document["interviewers"]),
        sessions=tuple(BookedSession(
            uid=s["uid"], title=s["title"], start=_parse(s["start"]), end=_parse(s["end"]),
            interviewers=tuple(s["interviewers"]), shadows=tuple(s["shadows"]))
            for s in document["sessions"]),
    )


def _instant(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)
