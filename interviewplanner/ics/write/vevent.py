"""Content lines of one VEVENT (RFC 5545 §3.6.1) for a booked session.

The event's instants are written in one zone per file (``tzid``) or in UTC when ``tzid`` is
``None``; never as floating local time. An instant whose wall time occurs twice (autumn fold)
is written in UTC, since readers disagree on which occurrence a TZID time means.
Every value goes through :mod:`interviewplanner.ics.write.text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from interviewplanner.core.booking import BookedSession, Booking, BookingStatus, Party
from interviewplanner.core.timezones import get_zone, to_local
from interviewplanner.ics.write.description import summary_text
from interviewplanner.ics.write.text import clean, escape_text, is_web_url, mailto, param_token, param_value

__all__ = [
    "UID_DOMAIN", "Attendee", "EventSpec", "attendee_line", "event_lines", "event_uid", "summary",
    "tzid_param", "utc_stamp", "written_zone",
]

UID_DOMAIN = "interviewplanner"


@dataclass(frozen=True, slots=True)
class Attendee:
    """One ATTENDEE of an invite."""

    name: str
    email: str
    role: str  # REQ-PARTICIPANT or OPT-PARTICIPANT


@dataclass(frozen=True, slots=True)
class EventSpec:
    """How to write one session for one reader: zone, description and attendees."""

    tzid: str | None
    description: str
    attendees: Sequence[Attendee] = ()
    language: str = "en"  # of the SUMMARY


def event_lines(booking: Booking, session: BookedSession, spec: EventSpec) -> list[str]:
    """The VEVENT of ``session`` as logical content lines."""
    lines = ["BEGIN:VEVENT", f"UID:{escape_text(event_uid(session))}"]
    lines += [f"DTSTAMP:{utc_stamp(booking.stamp)}", f"SEQUENCE:{max(booking.sequence, 0)}"]
    lines += [_instant("DTSTART", session.start, spec.tzid), _instant("DTEND", session.end, spec.tzid)]
    lines.append(f"SUMMARY:{escape_text(summary(booking, session, spec.language))}")
    lines.append(f"DESCRIPTION:{escape_text(spec.description)}")
    lines += _place_lines(booking.location)
    lines.append(_organizer_line(booking.organizer))
    lines += [attendee_line(person) for person in spec.attendees]
    lines += _status_lines(booking.status)
    lines += [f"LAST-MODIFIED:{utc_stamp(booking.stamp)}", "END:VEVENT"]
    return lines


def summary(booking: Booking, session: BookedSession, language: str = "en") -> str:
    """``<session title> – <candidate name>`` (``【面接】…`` in Japanese)."""
    return summary_text(booking, session, language)


def event_uid(session: BookedSession) -> str:
    """The stable UID of a session: its store uid, with ``@interviewplanner`` unless it has a host."""
    uid = clean(session.uid).strip()
    return uid if "@" in uid else f"{uid}@{UID_DOMAIN}"


def utc_stamp(instant: datetime) -> str:
    """An aware instant as a UTC DATE-TIME value (``20261201T090000Z``)."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime: every instant of a booking must be aware")
    return f"{instant.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _instant(name: str, instant: datetime, tzid: str | None) -> str:
    """DTSTART/DTEND with TZID and local time, or in UTC."""
    if tzid is None or written_zone(instant, tzid) is None:
        return f"{name}:{utc_stamp(instant)}"
    local = to_local(instant, get_zone(tzid))
    return f"{name};TZID={tzid_param(tzid)}:{local:%Y%m%dT%H%M%S}"


def written_zone(instant: datetime, tzid: str | None) -> str | None:
    """The TZID ``instant`` is written with, or ``None`` when it is written in UTC."""
    if tzid is None or _ambiguous(to_local(instant, get_zone(tzid))):
        return None
    return tzid


def _ambiguous(local: datetime) -> bool:
    """True for a wall time that occurs twice (autumn fold).

    RFC 5545 §3.3.5 reads such a TZID time as its first occurrence, but some readers (libical)
    take the second, so these instants are written in UTC.
    """
    return local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset()


def tzid_param(tzid: str) -> str:
    """A TZID parameter value: as is for IANA names, quoted if it holds ``; : ,``."""
    return param_value(tzid) if any(c in tzid for c in ';:,"') else tzid


def _place_lines(location: str | None) -> list[str]:
    """LOCATION (and URL when the location is a web link)."""
    if not location or not clean(location).strip():
        return []
    place = clean(location).strip()
    lines = [f"LOCATION:{escape_text(place)}"]
    return [*lines, f"URL:{place}"] if is_web_url(place) else lines


def _organizer_line(organizer: Party) -> str:
    """ORGANIZER with a quoted CN."""
    return f"ORGANIZER;CN={param_value(organizer.name)}:{mailto(organizer.email)}"


def attendee_line(person: Attendee) -> str:
    """ATTENDEE with CUTYPE, ROLE, PARTSTAT=NEEDS-ACTION, RSVP=TRUE and a quoted CN."""
    params = f"CUTYPE=INDIVIDUAL;ROLE={param_token(person.role)};PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
    return f"ATTENDEE;{params};CN={param_value(person.name)}:{mailto(person.email)}"


def _status_lines(status: BookingStatus) -> list[str]:
    """STATUS, TRANSP and the Outlook busy status."""
    word = "CANCELLED" if status is BookingStatus.CANCELLED else "CONFIRMED"
    return [f"STATUS:{word}", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]
