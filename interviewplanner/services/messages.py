"""Use case: ready-to-send e-mail texts for a booking, one per interviewer and one for the candidate.

Each message is in the language asked for (English or Japanese) and shows every time in its
reader's own zone, with the local date and weekday: ``Tue, 8 Dec 2026, 10:00–11:00 (JST)`` in
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

from babel import Locale
from babel.dates import format_skeleton, get_timezone_name
from babel.lists import format_list

from interviewplanner.core.booking import BookedSession, Booking, BookingStatus, Party
from interviewplanner.core.timezones import get_zone, is_known_zone, to_local
from interviewplanner.services.bookings import get_booking
from interviewplanner.services.errors import UnsupportedLanguage
from interviewplanner.services.message_text import TEXT
from interviewplanner.storage.db import Store

__all__ = ["LANGUAGES", "Message", "Role", "booking_messages", "compose", "format_moment"]

LANGUAGES: tuple[str, ...] = ("en", "ja")
Role = Literal["interviewer", "shadow", "candidate"]
_LOCALES = {"en": "en_GB", "ja": "ja"}
_UTC = "UTC"


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


def booking_messages(store: Store, booking_id: str, language: str = "en") -> list[Message]:
    """The messages of booking ``booking_id`` (NotFoundError, UnsupportedLanguage)."""
    return compose(get_booking(store, booking_id), language)


def compose(booking: Booking, language: str = "en") -> list[Message]:
    """One message per interviewer or shadow (in booking order), then the candidate's."""
    if language not in LANGUAGES:
        raise UnsupportedLanguage(language, LANGUAGES)
    writer = _Writer(booking, language)
    return [*(writer.for_interviewer(p) for p in booking.interviewers), writer.for_candidate()]


def format_moment(instant: datetime, zone: str, language: str) -> str:
    """``Tue, 8 Dec 2026, 10:00 (JST)`` / ``2026年12月8日(火) 10:00（日本標準時）`` in ``zone``."""
    return _Clock(zone, language).moment(instant)


class _Clock:
    """Local dates and times of one reader: zone and language."""

    def __init__(self, zone: str, language: str) -> None:
        self.zone = get_zone(zone if is_known_zone(zone) else _UTC)
        self.language = language
        self.locale = Locale.parse(_LOCALES[language])

    def _date(self, local: datetime) -> str:
        return format_skeleton("yMMMEd", local, locale=self.locale)

    def _time(self, local: datetime) -> str:
        return format_skeleton("Hm", local, locale=self.locale)

    def _date_time(self, local: datetime) -> str:
        pattern = str(self.locale.datetime_formats["medium"])
        return pattern.replace("{1}", self._date(local)).replace("{0}", self._time(local))

    def _zone_name(self, local: datetime) -> str:
        if self.language == "ja":
            return str(get_timezone_name(local, "long", locale=self.locale))
        abbreviation = local.tzname() or _UTC
        if abbreviation[:1] in "+-":
            sign, digits = abbreviation[0], abbreviation[1:]
            return f"UTC{sign}{digits[:2].lstrip('0') or '0'}" + (f":{digits[2:]}" if digits[2:] else "")
        return abbreviation

    def _zone_mark(self, local: datetime) -> str:
        name = self._zone_name(local)
        return f"（{name}）" if self.language == "ja" else f" ({name})"

    def moment(self, instant: datetime) -> str:
        """One instant with date, weekday, time and zone."""
        local = to_local(instant, self.zone)
        return self._date_time(local) + self._zone_mark(local)

    def span(self, start: datetime, end: datetime) -> str:
        """A session's local start and end (the end's date only when it differs)."""
        first, last = to_local(start, self.zone), to_local(end, self.zone)
        dash = "～" if self.language == "ja" else "–"
        if first.date() == last.date() and first.tzname() == last.tzname():
            return f"{self._date_time(first)}{dash}{self._time(last)}{self._zone_mark(last)}"
        return f"{self.moment(start)} {dash} {self.moment(end)}"

    def names(self, names: list[str]) -> str:
        """Names joined as the language does (``A, B and C``, ``A、B、C``)."""
        return format_list(names, locale=self.locale) if names else ""


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

    def _names(self, clock: _Clock, emails: tuple[str, ...], skip: str = "") -> str:
        return clock.names([self._name(e) for e in emails if e.lower() != skip.lower()])

    def _subject(self, key: str, clock: _Clock, first: datetime) -> str:
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
        clock = _Clock(person.timezone, self.language)
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
        clock = _Clock(person.timezone, self.language)
        lines = [self.text["greet.candidate"].format(name=person.name), "",
                 self._intro("candidate", person.timezone), ""]
        lines += [f"• {self._candidate_line(clock, s)}" for s in self.booking.sessions]
        lines += self._closing(notes=False)
        return Message(person.email, person.name, "candidate", person.timezone, self.language,
                       self._subject("subject.candidate", clock, self.booking.sessions[0].start),
                       "\n".join(lines))

    def _own_line(self, clock: _Clock, session: BookedSession, email: str) -> str:
        others = self._names(clock, (*session.interviewers, *session.shadows), skip=email)
        return self.text["line.yours"].format(
            when=clock.span(session.start, session.end), title=session.title,
            shadowing="" if _leads(session, email) else self.text["shadowing"],
            with_=self.text["with"].format(names=others) if others else "")

    def _panel_line(self, clock: _Clock, session: BookedSession) -> str:
        line = self.text["line.panel"].format(
            when=clock.span(session.start, session.end), title=session.title,
            names=self._names(clock, session.interviewers))
        return line + self._observers(clock, session)

    def _candidate_line(self, clock: _Clock, session: BookedSession) -> str:
        names = self._names(clock, session.interviewers)
        line = self.text["line.candidate"].format(
            when=clock.span(session.start, session.end), title=session.title,
            with_=self.text["with.candidate"].format(names=names) if names else "")
        return line + self._observers(clock, session)

    def _observers(self, clock: _Clock, session: BookedSession) -> str:
        names = self._names(clock, session.shadows)
        return self.text["observers"].format(names=names) if names else ""


def _leads(session: BookedSession, email: str) -> bool:
    return email.lower() in (e.lower() for e in session.interviewers)


def _attends(session: BookedSession, email: str) -> bool:
    return _leads(session, email) or email.lower() in (e.lower() for e in session.shadows)
