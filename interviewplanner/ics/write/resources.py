"""A booking as CalDAV calendar object resources: one VCALENDAR per session (SPEC §9).

Each resource holds the session's event exactly as the coordinator's combined calendar writes
it (same UID, SEQUENCE, DTSTAMP, STATUS, description, zone), with the VTIMEZONEs, but without
the METHOD property, which a resource in a calendar collection must not carry (RFC 4791 §4.1).
No ATTENDEE is written, so a server that schedules (RFC 6638) sends nobody an invitation.
"""

from __future__ import annotations

from interviewplanner.core.booking import Booking
from interviewplanner.ics.write.export import PRODUCT_ID, combined_calendar

__all__ = ["session_resources"]

_CRLF = b"\r\n"


def session_resources(booking: Booking, *, product_id: str = PRODUCT_ID) -> dict[str, bytes]:
    """``UID -> iCalendar bytes`` for every session of ``booking``, in session order."""
    header: list[bytes] = []
    blocks: list[tuple[bytes, list[bytes]]] = []  # (BEGIN line, the block's lines)
    current: list[bytes] | None = None
    for line in combined_calendar(booking, product_id=product_id).split(_CRLF):
        if current is None and line in (b"BEGIN:VTIMEZONE", b"BEGIN:VEVENT"):
            current = []
            blocks.append((line, current))
        if current is not None:
            current.append(line)
            if line in (b"END:VTIMEZONE", b"END:VEVENT"):
                current = None
        elif line and not line.startswith(b"METHOD:") and line != b"END:VCALENDAR":
            header.append(line)
    zones = [line for kind, block in blocks if kind == b"BEGIN:VTIMEZONE" for line in block]
    return {_uid(block): _CRLF.join([*header, *zones, *block, b"END:VCALENDAR", b""])
            for kind, block in blocks if kind == b"BEGIN:VEVENT"}


def _uid(event: list[bytes]) -> str:
    """The UID of a VEVENT block (its folded lines joined first)."""
    unfolded = _CRLF.join(event).replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    for line in unfolded.split(_CRLF):
        if line.startswith(b"UID:"):
            return line[4:].decode("utf-8")
    raise ValueError("an event without UID")
