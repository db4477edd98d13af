"""Use case: ready-to-send e-mail texts for a booking, one per interviewer and one for the candidate.

Each message is in its reader's language (the interviewer's, the plan's candidate's, else the
company's: :mod:`.languages`) or in the one asked for (English or Japanese), and shows every
time in its reader's own zone, with the local date and weekday
(:class:`~interviewplanner.ics.write.clock.Clock`): ``Tue, 8 Dec 2026, 10:00–11:00 (JST)`` in
English (British CLDR patterns: day before month, 24-hour clock) and
``2026年12月8日(火) 10:00～11:00（日本標準時）`` in Japanese. Month and weekday names, the order
of the parts and list joining ("A, B and C", "A、B、C") come from CLDR through Babel; English
names the zone by its tz-database abbreviation (``JST``, ``PST``, ``GMT``; ``UTC+11`` where the
database has none), Japanese by CLDR's name for it (日本標準時, 米国太平洋標準時).

What each reader sees (as in the exported calendars, ``docs/invites.md``): an interviewer gets
their own sessions with who else is in them, the whole panel and the internal notes; the
candidate gets the panel with interviewers by name only, never addresses or internal notes.
Every message ends with the hint of SPEC §5 about updates: the attached invite keeps the same
event ID, so a later update or cancellation replaces it when opened from the e-mail, while an
imported file may need the old event deleted first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from interviewplanner.core.booking import BookedSession, Booking, BookingStatus, Party
from interviewplanner.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from interviewplanner.ics.write.clock import Clock, format_moment
from interviewplanner.services.bookings import get_booking
from interviewplanner.services.errors import UnsupportedLanguage
from interviewplanner.services.languages import with_languages
from interviewplanner.services.message_text import TEXT
from interviewplanner.storage.db import Store

__all__ = ["LANGUAGES", "Message", "Role", "booking_messages", "compose", "format_moment"]

Role = Literal["interviewer", "shadow", "candidate"]


@dataclass(frozen=True, slots=True)
class Message:
    """One ready-to-send message: who it is for, in which zone and language, subject and body."""

    to: str
    name: str
    role: Role
    timezone: str
    language: str
    subject: str
    body: str


def booking_messages(store: Store, booking_id: str, language: str | None = None) -> list[Message]:
    """The messages of booking ``booking_id``, each in its reader's language unless
    ``language`` is given (NotFoundError, UnsupportedLanguage)."""
    return compose(with_languages(store, get_booking(store, booking_id)), language)


def compose(booking: Booking, language: str | None = None) -> list[Message]:
    """One message per interviewer or shadow (in booking order), then the candidate's.

    Each is in ``language``, or, when it is None, in its reader's own (``Party.language``;
    English when unset).
    """
    if language is not None and language not in LANGUAGES:
        raise UnsupportedLanguage(language, LANGUAGES)
    writers: dict[str, _Writer] = {}

    def writer(own: str) -> _Writer:
        chosen = language or (own if own in LANGUAGES else DEFAULT_LANGUAGE)
        if chosen not in writers:
            writers[chosen] = _Writer(booking, chosen)
        return writers[chosen]

    messages = [writer(p.language).for_interviewer(p) for p in booking.interviewers]
    return [*messages, writer(booking.candidate.language).for_candidate()]


class _Writer:
    """Writes the messages of one booking in one language."""

    def __init__(self, booking: Booking, language: str) -> None:
        self.booking = booking
        self.language = language
        self.text = TEXT[language]
        if booking.status is BookingStatus.CANCELLED:
            self.stage = "cancel"
        else:
            self.stage = "update" if booking.sequence > 0 else "new"

    def _name(self, email: str) -> str:
        try:
            return self.booking.party(email).name
        except KeyError:
            return email.split("@", 1)[0]

    def _names(self, clock: Clock, emails: tuple[str, ...], skip: str = "") -> str:
        return clock.names([self._name(e) for e in emails if e.lower() != skip.lower()])

    def _subject(self, key: str, clock: Clock, first: datetime) -> str:
        prefix = self.text.get(f"prefix.{self.stage}", "")
        when = clock.moment(first)
        return prefix + self.text[key].format(candidate=self.booking.candidate.name, when=when)

    def _intro(self, role: Role, zone: str) -> str:
        reader = "candidate" if role == "candidate" else "interviewer"
        key = f"intro.{role}" if self.stage == "new" else f"{self.stage}.{reader}"
        return self.text[key].format(candidate=self.booking.candidate.name, zone=zone)

    def _closing(self, *, notes: bool) -> list[str]:
        lines: list[str] = []
        if self.booking.location:
            lines += ["", self.text["where"].format(location=self.booking.location)]
        if notes and self.booking.notes.strip():
            lines += ["", self.text["notes"], self.booking.notes.strip()]
        return [*lines, "", self.text[f"hint.{self.stage}"], "", self.booking.organizer.name]

    def for_interviewer(self, person: Party) -> Message:
        """The message of one interviewer or shadow: their sessions, the panel, notes, hint."""
        clock = Clock(person.timezone, self.language)
        mine = [s for s in self.booking.sessions if _attends(s, person.email)]
        role: Role = "interviewer" if any(_leads(s, person.email) for s in mine) else "shadow"
        lines = [self.text["greet.interviewer"].format(name=person.name), "",
                 self._intro(role, person.timezone), "", self.text["yours"]]
        lines += [f"• {self._own_line(clock, s, person.email)}" for s in mine]
        lines += ["", self.text["panel"]]
        lines += [f"• {self._panel_line(clock, s)}" for s in self.booking.sessions]
        lines += self._closing(notes=True)
        first = mine[0].start if mine else self.booking.sessions[0].start
        return Message(person.email, person.name, role, person.timezone, self.language,
                       self._subject("subject.interviewer", clock, first), "\n".join(lines))

    def for_candidate(self) -> Message:
        """The candidate's message: the panel, interviewers by name only, no notes."""
        person = self.booking.candidate
        clock = Clock(person.timezone, self.language)
        lines = [self.text["greet.candidate"].format(name=person.name), "",
                 self._intro("candidate", person.timezone), ""]
        lines += [f"• {self._candidate_line(clock, s)}" for s in self.booking.sessions]
        lines += self._closing(notes=False)
        return Message(person.email, person.name, "candidate", person.timezone, self.language,
                       self._subject("subject.candidate", clock, self.booking.sessions[0].start),
                       "\n".join(lines))

    def _own_line(self, clock: Clock, session: BookedSession, email: str) -> str:
        others = self._names(clock, (*session.interviewers, *session.shadows), skip=email)
        return self.text["line.yours"].format(
            when=clock.span(session.start, session.end), title=session.title,
            shadowing="" if _leads(session, email) else self.text["shadowing"],
            with_=self.text["with"].format(names=others) if others else "")

    def _panel_line(self, clock: Clock, session: BookedSession) -> str:
        line = self.text["line.panel"].format(
            when=clock.span(session.start, session.end), title=session.title,
            names=self._names(clock, session.interviewers))
        return line + self._observers(clock, session)

    def _candidate_line(self, clock: Clock, session: BookedSession) -> str:
        names = self._names(clock, session.interviewers)
        line = self.text["line.candidate"].format(
            when=clock.span(session.start, session.end), title=session.title,
            with_=self.text["with.candidate"].format(names=names) if names else "")
        return line + self._observers(clock, session)

    def _observers(self, clock: Clock, session: BookedSession) -> str:
        names = self._names(clock, session.shadows)
        return self.text["observers"].format(names=names) if names else ""


def _leads(session: BookedSession, email: str) -> bool:
    return email.lower() in (e.lower() for e in session.interviewers)


def _attends(session: BookedSession, email: str) -> bool:
    return _leads(session, email) or email.lower() in (e.lower() for e in session.shadows)
