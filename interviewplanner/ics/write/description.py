"""The DESCRIPTION of an invite: the whole panel with its interviewers in the reader's time.

Plain text (escaped later by :mod:`interviewplanner.ics.write.text`). Each block lists every session of
the booking with its local date and times in one zone; the session of the event itself is marked
with ``▶``. Interviewers' e-mail addresses and the internal notes appear only when the caller
asks (never in the candidate's file unless the coordinator allows addresses).

The text is written in the reader's language (SPEC §11): English (``Tue 2026-12-01
09:00–10:00 JST``) or Japanese, whose dates read as Japanese readers write them
(``2026年12月1日(火) 9:00～10:00（日本標準時）``, :class:`~.clock.Clock`). A file for several
readers of different languages carries one section per language, English first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from interviewplanner.core.booking import BookedSession, Booking, BookingStatus
from interviewplanner.core.timezones import get_zone, to_local
from interviewplanner.ics.write.clock import Clock

__all__ = ["SEPARATOR", "DescriptionOptions", "describe", "person_name", "summary_text"]

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SEPARATOR = "――――――――――"
"""The line between the sections of a text in two languages."""

_JA = {
    "cancelled": "【キャンセル】この面接はキャンセルになりました。",
    "panel": "{candidate} さんの面接",
    "times": "時刻（{zone}）:",
    "with": "（面接官: {names}）",
    "shadowing": "（見学: {names}）",
    "where": "場所: {location}",
    "notes": "社内メモ（候補者には送られません）:",
    "summary": "【面接】{title} – {candidate}",
}


@dataclass(frozen=True, slots=True)
class DescriptionOptions:
    """What one reader may see: the zones to show times in, addresses, internal notes, and the
    languages to write in (English first when there are two)."""

    zones: tuple[str, ...]
    show_emails: bool = False
    include_notes: bool = False
    languages: tuple[str, ...] = ("en",)


def summary_text(booking: Booking, session: BookedSession, language: str = "en") -> str:
    """The SUMMARY: ``<session title> – <candidate name>``, in Japanese ``【面接】…``."""
    if language == "ja":
        return _JA["summary"].format(title=session.title, candidate=booking.candidate.name)
    return f"{session.title} – {booking.candidate.name}"


def describe(booking: Booking, current: BookedSession | None, options: DescriptionOptions) -> str:
    """The DESCRIPTION text of the event for ``current`` (or of a whole-panel file)."""
    writers = {"en": _english, "ja": _japanese}
    sections = [writers[lang](booking, current, options) for lang in options.languages
                if lang in writers] or [_english(booking, current, options)]
    return f"\n\n{SEPARATOR}\n\n".join(sections)


def _english(booking: Booking, current: BookedSession | None, options: DescriptionOptions) -> str:
    """The English section."""
    lines: list[str] = []
    if booking.status is BookingStatus.CANCELLED:
        lines.append("CANCELLED: this interview panel has been cancelled.")
    lines.append(f"Interview panel for {booking.candidate.name}")
    for zone in options.zones:
        lines.extend(["", f"Times in {zone}:"])
        lines.extend(_session_line(booking, s, _same(s, current), zone, options) for s in booking.sessions)
    if booking.location:
        lines.extend(["", f"Where: {booking.location}"])
    if options.include_notes and booking.notes.strip():
        lines.extend(["", "Internal notes (not sent to the candidate):", booking.notes.strip()])
    return "\n".join(lines)


def _japanese(booking: Booking, current: BookedSession | None, options: DescriptionOptions) -> str:
    """The Japanese section: the same content, dates and names as Japanese readers write them."""
    lines: list[str] = []
    if booking.status is BookingStatus.CANCELLED:
        lines.append(_JA["cancelled"])
    lines.append(_JA["panel"].format(candidate=booking.candidate.name))
    for zone in options.zones:
        clock = Clock(zone, "ja")
        lines.extend(["", _JA["times"].format(zone=zone)])
        lines.extend(_japanese_line(booking, s, _same(s, current), clock, options)
                     for s in booking.sessions)
    if booking.location:
        lines.extend(["", _JA["where"].format(location=booking.location)])
    if options.include_notes and booking.notes.strip():
        lines.extend(["", _JA["notes"], booking.notes.strip()])
    return "\n".join(lines)


def _japanese_line(
    booking: Booking, session: BookedSession, marked: bool, clock: Clock, options: DescriptionOptions
) -> str:
    people = clock.names([_person(booking, e, options.show_emails) for e in session.interviewers])
    shadows = clock.names([_person(booking, e, options.show_emails) for e in session.shadows])
    text = f"{'▶ ' if marked else '• '}{clock.span(session.start, session.end)} {session.title}"
    text += _JA["with"].format(names=people) if people else ""
    return text + (_JA["shadowing"].format(names=shadows) if shadows else "")


def _session_line(
    booking: Booking, session: BookedSession, marked: bool, zone: str, options: DescriptionOptions
) -> str:
    """One panel line: marker, local date and times, title and interviewers."""
    when = _span(session.start, session.end, zone)
    people = ", ".join(_person(booking, email, options.show_emails) for email in session.interviewers)
    shadows = ", ".join(_person(booking, email, options.show_emails) for email in session.shadows)
    text = f"{'▶ ' if marked else '• '}{when}  {session.title}"
    text += f" — with {people}" if people else ""
    return text + (f" (shadowing: {shadows})" if shadows else "")


def _span(start: datetime, end: datetime, zone: str) -> str:
    """``Tue 2026-12-01 09:00–10:00 JST`` in ``zone`` (end date and names when they differ)."""
    tz = get_zone(zone)
    local_start, local_end = to_local(start, tz), to_local(end, tz)
    first = f"{_WEEKDAYS[local_start.weekday()]} {local_start:%Y-%m-%d %H:%M}"
    start_name, end_name = local_start.tzname() or "", local_end.tzname() or ""
    if start_name != end_name:
        first += f" {start_name}"
    if local_end.date() == local_start.date():
        return f"{first}–{local_end:%H:%M} {end_name}".rstrip()
    return f"{first} – {_WEEKDAYS[local_end.weekday()]} {local_end:%Y-%m-%d %H:%M} {end_name}".rstrip()


def _person(booking: Booking, email: str, show_email: bool) -> str:
    """An interviewer's name, with the address in angle brackets when allowed."""
    name = person_name(booking, email)
    return f"{name} <{email}>" if show_email else name


def person_name(booking: Booking, email: str) -> str:
    """The name of the interviewer ``email``; the address's local part if unknown."""
    try:
        return booking.party(email).name
    except KeyError:
        return email.split("@", 1)[0]


def _same(session: BookedSession, current: BookedSession | None) -> bool:
    """True when ``session`` is the event being described."""
    return current is not None and session.uid == current.uid
