"""Booking → .ics files (SPEC §5): per-session invites and per-reader calendars.

Layout of an export folder::

    invites/<nn>-<title-slug>.ics    METHOD:REQUEST (METHOD:CANCEL once cancelled), one session,
                                     ORGANIZER and every ATTENDEE; times in the organizer's zone
    calendars/<email-slug>.ics       METHOD:PUBLISH, one interviewer's sessions in their zone
    calendars/candidate.ics          METHOD:PUBLISH, every session in the candidate's zone, no
                                     internal notes, interviewers by name only (unless allowed)
    calendars/all-sessions.ics       METHOD:PUBLISH, every session in the organizer's zone, with
                                     addresses and internal notes, for the coordinator

Each reader's file is in their language (``Party.language``: SUMMARY and DESCRIPTION); an
invite, read by several people, carries a DESCRIPTION in each of their languages, English
first, and a short English SUMMARY. Content lines are written by hand (:mod:`.text`,
:mod:`.fold`, :mod:`.zones`, :mod:`.vevent`) so that escaping, quoting, folding and line
endings are exactly RFC 5545's.
A zone named UTC (or an unknown zone) is written as UTC instants with no VTIMEZONE.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from interviewplanner.core.booking import BookedSession, Booking, BookingStatus
from interviewplanner.core.languages import in_order, is_language
from interviewplanner.core.timezones import is_known_zone
from interviewplanner.ics.write.description import DescriptionOptions, describe, person_name
from interviewplanner.ics.write.fold import join_lines
from interviewplanner.ics.write.folder import ExportedFile, NameBook, slugify, write_atomic
from interviewplanner.ics.write.text import escape_text
from interviewplanner.ics.write.vevent import Attendee, EventSpec, event_lines, written_zone
from interviewplanner.ics.write.zones import vtimezone_lines

__all__ = [
    "PRODUCT_ID", "calendar_for", "candidate_calendar", "combined_calendar", "export_booking",
    "interviewer_emails", "invite_for_session",
]

PRODUCT_ID = "-//interviewplanner//interviewplanner 0.1//EN"
_UTC_NAMES = frozenset({"utc", "etc/utc", "etc/uct", "uct", "etc/zulu", "zulu", "universal",
                        "etc/universal"})
_Event = tuple[BookedSession, EventSpec]


def export_booking(
    booking: Booking,
    out_dir: Path,
    *,
    include_addresses_for_candidate: bool = False,
    product_id: str = PRODUCT_ID,
) -> list[ExportedFile]:
    """Write every invite and calendar file of ``booking`` under ``out_dir``; list them."""
    planned = _planned_files(booking, include_addresses_for_candidate, product_id)
    for exported, data in planned:
        write_atomic(out_dir / exported.path, data)
    return [exported for exported, _ in planned]


def _planned_files(
    booking: Booking, with_addresses: bool, product_id: str
) -> list[tuple[ExportedFile, bytes]]:
    """Every file of the export as (description, content), invites first."""
    files = [
        (
            ExportedFile(_invite_path(index, session), "invite", _emails(_attendees(booking, session))),
            invite_for_session(booking, session, product_id=product_id),
        )
        for index, session in enumerate(booking.sessions, start=1)
    ]
    return files + _calendar_files(booking, with_addresses, product_id)


def _calendar_files(
    booking: Booking, with_addresses: bool, product_id: str
) -> list[tuple[ExportedFile, bytes]]:
    """The calendars/ files: one per interviewer, the candidate's and the combined one."""
    names = NameBook(reserved=("candidate", "all-sessions"))
    files = [
        (
            ExportedFile(Path("calendars", names.claim(slugify(email, "interviewer")) + ".ics"),
                         "calendar", (email,)),
            calendar_for(booking, email, product_id=product_id),
        )
        for email in interviewer_emails(booking)
    ]
    candidate = candidate_calendar(booking, include_addresses=with_addresses, product_id=product_id)
    combined = combined_calendar(booking, product_id=product_id)
    return [
        *files,
        (ExportedFile(Path("calendars/candidate.ics"), "calendar", (booking.candidate.email,)), candidate),
        (ExportedFile(Path("calendars/all-sessions.ics"), "calendar", (booking.organizer.email,)), combined),
    ]


def _invite_path(index: int, session: BookedSession) -> Path:
    """``invites/<nn>-<slug>.ics``."""
    return Path("invites", f"{index:02d}-{slugify(session.title, 'session')}.ics")


def invite_for_session(booking: Booking, session: BookedSession, *, product_id: str = PRODUCT_ID) -> bytes:
    """The METHOD:REQUEST (or CANCEL) file of one session, with ORGANIZER and all attendees.

    Its DESCRIPTION is in every attendee's language (English first when they differ); its
    SUMMARY stays short, in English.
    """
    attendees = _attendees(booking, session)
    zones = _unique(_zone_label(_zone_of(booking, a.email)) for a in attendees)
    languages = in_order({_language_of(booking, a.email) for a in attendees}) or ("en",)
    text = describe(booking, session, DescriptionOptions(zones=zones, languages=languages))
    spec = EventSpec(_reader_zone(booking.organizer.timezone), text, attendees)
    method = "CANCEL" if booking.status is BookingStatus.CANCELLED else "REQUEST"
    return _calendar(booking, method, product_id, [(session, spec)])


def calendar_for(booking: Booking, email: str, *, product_id: str = PRODUCT_ID) -> bytes:
    """The METHOD:PUBLISH file of one interviewer (or shadow): only their sessions, their zone."""
    sessions = [s for s in booking.sessions if _takes_part(s, email)]
    if not sessions:
        raise ValueError(f"{email} has no session in booking {booking.id}")
    zone = _zone_of(booking, email)
    options = DescriptionOptions(zones=(_zone_label(zone),), include_notes=True,
                                 languages=(_language_of(booking, email),))
    return _publish(booking, sessions, zone, options, product_id)


def candidate_calendar(
    booking: Booking, *, include_addresses: bool = False, product_id: str = PRODUCT_ID
) -> bytes:
    """The candidate's METHOD:PUBLISH file: every session in their zone, no internal notes."""
    zone = booking.candidate.timezone
    options = DescriptionOptions(zones=(_zone_label(zone),), show_emails=include_addresses,
                                 languages=(_language(booking.candidate.language),))
    return _publish(booking, list(booking.sessions), zone, options, product_id)


def combined_calendar(booking: Booking, *, product_id: str = PRODUCT_ID) -> bytes:
    """The coordinator's METHOD:PUBLISH file: every session in the organizer's zone."""
    zone = booking.organizer.timezone
    options = DescriptionOptions(zones=(_zone_label(zone),), show_emails=True, include_notes=True,
                                 languages=(_language(booking.organizer.language),))
    return _publish(booking, list(booking.sessions), zone, options, product_id)


def _publish(
    booking: Booking, sessions: list[BookedSession], zone: str, options: DescriptionOptions,
    product_id: str,
) -> bytes:
    """A METHOD:PUBLISH calendar of ``sessions`` (no ATTENDEE lines: RFC 5546 §3.2.1), for one
    reader: SUMMARY and DESCRIPTION in their language."""
    tzid = _reader_zone(zone)
    language = options.languages[0] if options.languages else "en"
    events = [(s, EventSpec(tzid, describe(booking, s, options), language=language))
              for s in sessions]
    return _calendar(booking, "PUBLISH", product_id, events)


def _calendar(booking: Booking, method: str, product_id: str, events: list[_Event]) -> bytes:
    """Assemble the VCALENDAR: header, one VTIMEZONE per TZID used, then the events."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{escape_text(product_id)}", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    lines += _timezones(events)
    for session, spec in events:
        lines += event_lines(booking, session, spec)
    lines.append("END:VCALENDAR")
    return join_lines(lines)


def _timezones(events: list[_Event]) -> list[str]:
    """One VTIMEZONE for every TZID the events use, covering all their instants."""
    instants: dict[str, list[datetime]] = {}
    for session, spec in events:
        for moment in (session.start, session.end):
            tzid = written_zone(moment, spec.tzid)
            if tzid is not None:
                instants.setdefault(tzid, []).append(moment)
    return [line for tzid, moments in instants.items() for line in vtimezone_lines(tzid, moments)]


def _reader_zone(zone: str) -> str | None:
    """The TZID to write times in, or ``None`` for UTC (a UTC alias or an unknown zone)."""
    if zone.lower() in _UTC_NAMES or not is_known_zone(zone):
        return None
    return zone


def _zone_label(zone: str) -> str:
    """The zone name shown in descriptions (``UTC`` for UTC aliases and unknown zones)."""
    return _reader_zone(zone) or "UTC"


def _zone_of(booking: Booking, email: str) -> str:
    """The zone of an attendee: interviewer, candidate, else the organizer's."""
    try:
        return booking.party(email).timezone
    except KeyError:
        if email.lower() == booking.candidate.email.lower():
            return booking.candidate.timezone
        return booking.organizer.timezone


def _language(code: str) -> str:
    """A party's language as written (English when unset or unknown)."""
    return code if is_language(code) else "en"


def _language_of(booking: Booking, email: str) -> str:
    """The language of an attendee: interviewer, candidate, else the organizer's."""
    try:
        return _language(booking.party(email).language)
    except KeyError:
        if email.lower() == booking.candidate.email.lower():
            return _language(booking.candidate.language)
        return _language(booking.organizer.language)


def _takes_part(session: BookedSession, email: str) -> bool:
    """True when ``email`` interviews or shadows in ``session``."""
    wanted = email.lower()
    return any(person.lower() == wanted for person in (*session.interviewers, *session.shadows))


def _attendees(booking: Booking, session: BookedSession) -> list[Attendee]:
    """Interviewers (required), shadows (optional) and the candidate (required), once each."""
    seen: set[str] = set()
    people: list[Attendee] = []
    rows = [*((e, "REQ-PARTICIPANT") for e in session.interviewers),
            *((e, "OPT-PARTICIPANT") for e in session.shadows)]
    for email, role in rows:
        if email.lower() not in seen:
            seen.add(email.lower())
            people.append(Attendee(person_name(booking, email), email, role))
    candidate = booking.candidate
    if candidate.email.lower() not in seen:
        people.append(Attendee(candidate.name, candidate.email, "REQ-PARTICIPANT"))
    return people


def interviewer_emails(booking: Booking) -> list[str]:
    """Everyone with a session, roster order first, each address once (case-insensitive)."""
    listed = [p.email for p in booking.interviewers]
    on_panel = [e for s in booking.sessions for e in (*s.interviewers, *s.shadows)]
    active = {e.lower() for e in on_panel}
    return list(_unique(e for e in (*listed, *on_panel) if e.lower() in active))


def _emails(attendees: list[Attendee]) -> tuple[str, ...]:
    """The addresses of ``attendees``."""
    return tuple(a.email for a in attendees)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    """``items`` in order without case-insensitive repeats."""
    seen: set[str] = set()
    kept: list[str] = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            kept.append(item)
    return tuple(kept)
