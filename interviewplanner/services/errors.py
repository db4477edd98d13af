"""Errors the services raise: a code plus the fields a face needs to word it.

Services never build English sentences or name CLI flags: ``cli/wording.py`` words these errors
(the messages of SPEC §7), ``gui/wording`` words them through ``tr()`` in English and Japanese.
Every subclass fixes its :class:`ErrorCode`; ``fields`` carries the values to word. A value the
user typed into a field is named by the *field* (``"rank"``, ``"limit"``, ``"start"``,
``"end"``), never by a command-line flag: each face maps fields to its own labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from interviewplanner.core.errors import CodedError
from interviewplanner.core.reasons import Reason


class ErrorCode(StrEnum):
    """What went wrong, as a stable code. The comment lists each code's ``fields``."""

    NOT_FOUND = "not_found"  # kind ("interviewer", "booking", "template"), key
    INVALID_POLICY = "invalid_policy"  # problems (core policy problem values)
    INVALID_DATE = "invalid_date"  # field ("start", "end", "date"), text
    INVALID_RANGE = "invalid_range"  # first, last (aware UTC datetimes; last <= first)
    DATE_OUT_OF_RANGE = "date_out_of_range"  # field ("start", "end", "date"), text, earliest,
    #                   latest (the first and last dates accepted)
    RANGE_TOO_LONG = "range_too_long"  # first, last (aware UTC datetimes), days (the most a
    #                range may span)
    NUMBER_OUT_OF_RANGE = "number_out_of_range"  # field ("rank", "limit"), value, minimum, maximum
    NO_PROPOSAL = "no_proposal"  # reasons (core Reason values, the bottleneck first)
    PROPOSAL_OUT_OF_RANGE = "proposal_out_of_range"  # rank, count
    PROPOSAL_TAKEN = "proposal_taken"  # reasons (core Reason values of the re-check)
    BOOKING_CANCELLED = "booking_cancelled"  # booking_id (cannot be rescheduled)
    CANCELLED_MEANWHILE = "cancelled_meanwhile"  # booking_id
    ALREADY_CANCELLED = "already_cancelled"  # booking_id
    INVALID_PLAN = "invalid_plan"  # source_kind ("file", "template", "booking", "plan"), source,
    #                                field (JSON path such as "sessions[0].minutes"), problem
    NAME_REQUIRED = "name_required"  # kind ("interviewer", "template")
    CONTROL_CHARACTER = "control_character"  # field ("name", "pool", "template"), character
    #                   (as "U+001B": the text itself is not echoed, it could drive a terminal)
    TEXT_TOO_LONG = "text_too_long"  # field, length, maximum (characters)
    INVALID_EMAIL = "invalid_email"  # address, field (where it was typed: "email", "alias",
    #               "candidate.email", "organizer.email"; None when the caller does not say)
    EMAIL_TAKEN = "email_taken"  # address, owner (name), owner_email
    UNKNOWN_TIME_ZONE = "unknown_time_zone"  # zone
    UNKNOWN_COUNTRY = "unknown_country"  # country
    FILE_MISSING = "file_missing"  # path
    FILE_IS_FOLDER = "file_is_folder"  # path
    FILE_UNREADABLE = "file_unreadable"  # path, detail (the system's reason)
    FILE_TOO_LARGE = "file_too_large"  # path, mebibytes, limit_mebibytes
    NOT_JSON = "not_json"  # path, line, detail (the JSON parser's reason)
    NOT_ICALENDAR = "not_icalendar"  # path, detail (what the file looks like instead)
    NO_USABLE_EVENT = "no_usable_event"  # path, line, reason (ReadNote of the first skipped)
    IMPORT_CUT_SHORT = "import_cut_short"  # path, line (the first component left unread),
    #                  count (components left unread), seconds (the file's time budget)
    CANNOT_WRITE = "cannot_write"  # path, detail (the system's reason)
    INTERVIEWER_HAS_BOOKINGS = "interviewer_has_bookings"  # email, name, bookings
    #                          (UpcomingBooking values: booking_id, candidate, first_start)
    BOOKING_CHANGED = "booking_changed"  # booking_id, expected, actual (revisions = SEQUENCE)
    NO_EARLIER_STATE = "no_earlier_state"  # booking_id (history older than undo keeps none)
    UNSUPPORTED_LANGUAGE = "unsupported_language"  # language, supported (tuple of codes)
    CHANGED_MEANWHILE = "changed_meanwhile"  # kind ("interviewer", "template"), key (its name),
    #                   by (the coordinator who saved it last, or None), at (aware UTC or None)
    # Live calendars (SPEC §9). ``source`` is the feed's or collection's URL (never with a
    # password); a publish names the collection it writes to.
    SOURCE_EXISTS = "source_exists"  # interviewer, source
    INVALID_URL = "invalid_url"  # url, problem ("scheme", "no_host", "password_in_url"), caldav
    PASSWORD_MISSING = "password_missing"  # source, variable (None: the keyring holds none)
    KEYRING_UNAVAILABLE = "keyring_unavailable"  # detail (what the keyring said)
    SOURCE_AUTH = "source_auth"  # source, status (401/403), with_credentials (True: refused)
    SOURCE_HTTP_STATUS = "source_http_status"  # source, status
    SOURCE_TIMEOUT = "source_timeout"  # source, seconds
    SOURCE_CERTIFICATE = "source_certificate"  # source, detail
    SOURCE_UNREACHABLE = "source_unreachable"  # source, detail
    SOURCE_TOO_LARGE = "source_too_large"  # source, limit_mebibytes
    SOURCE_REDIRECTS = "source_redirects"  # source, count
    SOURCE_PROTOCOL = "source_protocol"  # source, detail
    SOURCE_NOT_CALENDAR = "source_not_calendar"  # source, html (True: a web page), detail


class UserError(CodedError):
    """Something the user can fix: bad input, an unknown person, an unreadable file.

    ``code`` says what; ``fields`` holds the values the wording needs (names, paths, counts).
    ``str()`` gives the code and fields for logs only; faces word errors themselves.
    """

    code: ErrorCode

    def __init__(self, code: ErrorCode, **fields: Any) -> None:
        """An error with ``code`` and keyword ``fields``."""
        super().__init__(code, **fields)


class NotFoundError(UserError):
    """A named thing does not exist: ``kind`` ("interviewer", "booking", "template"), ``key``."""

    def __init__(self, kind: str, key: str) -> None:
        """``kind`` of thing and the ``key`` the user gave."""
        super().__init__(ErrorCode.NOT_FOUND, kind=kind, key=key)
        self.kind, self.key = kind, key


class InvalidPolicy(UserError):
    """The policy (company defaults + overrides) breaks a rule: ``problems`` are core codes."""

    def __init__(self, problems: tuple[Any, ...]) -> None:
        """``problems``: the core's policy problem values (each with a code and fields)."""
        super().__init__(ErrorCode.INVALID_POLICY, problems=problems)
        self.problems = problems


class InvalidDate(UserError):
    """``text`` typed into ``field`` ("start", "end", "date") is not an ISO 8601 date."""

    def __init__(self, field: str, text: str) -> None:
        """The ``field`` and the ``text`` the user gave."""
        super().__init__(ErrorCode.INVALID_DATE, field=field, text=text)


class InvalidRange(UserError):
    """A range whose end ``last`` is not after its start ``first`` (aware UTC datetimes)."""

    def __init__(self, first: datetime, last: datetime) -> None:
        """The range as given."""
        super().__init__(ErrorCode.INVALID_RANGE, first=first, last=last)


class DateOutOfRange(UserError):
    """``text`` typed into ``field`` is a date outside ``earliest`` … ``latest`` (dates)."""

    def __init__(self, field: str, text: str, earliest: date, latest: date) -> None:
        """The ``field``, the ``text`` the user gave and the dates accepted."""
        super().__init__(ErrorCode.DATE_OUT_OF_RANGE, field=field, text=text,
                         earliest=earliest, latest=latest)


class RangeTooLong(UserError):
    """The range ``first`` … ``last`` spans more than ``days`` days."""

    def __init__(self, first: datetime, last: datetime, days: int) -> None:
        """The range as given and the most days a range may span."""
        super().__init__(ErrorCode.RANGE_TOO_LONG, first=first, last=last, days=days)


class NumberOutOfRange(UserError):
    """``value`` of ``field`` is below ``minimum`` or above ``maximum`` (``None``: no maximum)."""

    def __init__(self, field: str, value: int, minimum: int, maximum: int | None = None) -> None:
        """The ``field`` ("rank", "limit"), what the user gave and the bounds."""
        super().__init__(ErrorCode.NUMBER_OUT_OF_RANGE, field=field, value=value,
                         minimum=minimum, maximum=maximum)


class NoProposal(UserError):
    """No proposal fits the plan in the range; ``reasons`` say why (the bottleneck first)."""

    def __init__(self, reasons: tuple[Reason, ...]) -> None:
        """The core's reasons (may be empty: then no slot fits for no single reason)."""
        super().__init__(ErrorCode.NO_PROPOSAL, reasons=reasons)
        self.reasons = reasons


class ProposalOutOfRange(UserError):
    """Proposal number ``rank`` was asked for but there are only ``count`` proposals."""

    def __init__(self, rank: int, count: int) -> None:
        """The rank asked for and how many proposals there are."""
        super().__init__(ErrorCode.PROPOSAL_OUT_OF_RANGE, rank=rank, count=count)


class ProposalTaken(UserError):
    """The chosen proposal is no longer free (booked or imported meanwhile): ``reasons`` why."""

    def __init__(self, reasons: tuple[Reason, ...]) -> None:
        """The re-check's reasons (core :class:`Reason` values)."""
        super().__init__(ErrorCode.PROPOSAL_TAKEN, reasons=reasons)
        self.reasons = reasons


class BookingStateError(UserError):
    """A booking's status forbids the change: cancelled (before or meanwhile)."""

    def __init__(self, code: ErrorCode, booking_id: str) -> None:
        """``code`` is BOOKING_CANCELLED, CANCELLED_MEANWHILE or ALREADY_CANCELLED."""
        super().__init__(code, booking_id=booking_id)


class InvalidPlan(UserError):
    """A plan (file, template, stored booking) has a wrong ``field``; ``problem`` is the core's."""

    def __init__(self, source_kind: str, source: str, field: str, problem: str) -> None:
        """Where the plan came from (``source_kind``: "file", "template", "booking", "plan")."""
        super().__init__(ErrorCode.INVALID_PLAN, source_kind=source_kind, source=source,
                         field=field, problem=problem)


class NameRequired(UserError):
    """A ``kind`` of thing ("interviewer", "template") was given no name."""

    def __init__(self, kind: str) -> None:
        """The kind of thing that needs a name."""
        super().__init__(ErrorCode.NAME_REQUIRED, kind=kind)


class ControlCharacter(UserError):
    """Text typed into ``field`` holds ``character`` (e.g. "U+001B"), which may not be stored."""

    def __init__(self, field: str, character: str) -> None:
        """The ``field`` and the first such character, as ``U+XXXX``."""
        super().__init__(ErrorCode.CONTROL_CHARACTER, field=field, character=character)


class TextTooLong(UserError):
    """Text typed into ``field`` has ``length`` characters, more than ``maximum``."""

    def __init__(self, field: str, length: int, maximum: int) -> None:
        """The ``field``, the text's length and the most it may have."""
        super().__init__(ErrorCode.TEXT_TOO_LONG, field=field, length=length, maximum=maximum)


class InvalidEmail(UserError):
    """``address`` typed into ``field`` is not an e-mail address that can be sent to as is."""

    def __init__(self, address: str, field: str | None = None) -> None:
        """The text the user gave and, when known, where."""
        super().__init__(ErrorCode.INVALID_EMAIL, address=address, field=field)


class EmailTaken(UserError):
    """``address`` already belongs to interviewer ``owner`` (primary address ``owner_email``)."""

    def __init__(self, address: str, owner: str, owner_email: str) -> None:
        """The address and who holds it."""
        super().__init__(ErrorCode.EMAIL_TAKEN, address=address, owner=owner,
                         owner_email=owner_email)


class UnknownTimeZone(UserError):
    """``zone`` is not an IANA time zone name."""

    def __init__(self, zone: str) -> None:
        """The name the user gave."""
        super().__init__(ErrorCode.UNKNOWN_TIME_ZONE, zone=zone)


class UnknownCountry(UserError):
    """``country`` has no holiday calendar."""

    def __init__(self, country: str) -> None:
        """The code the user gave."""
        super().__init__(ErrorCode.UNKNOWN_COUNTRY, country=country)


FILE_CODES = frozenset({
    ErrorCode.FILE_MISSING, ErrorCode.FILE_IS_FOLDER, ErrorCode.FILE_UNREADABLE,
    ErrorCode.FILE_TOO_LARGE, ErrorCode.NOT_JSON, ErrorCode.NOT_ICALENDAR,
    ErrorCode.NO_USABLE_EVENT, ErrorCode.IMPORT_CUT_SHORT, ErrorCode.CANNOT_WRITE,
})
"""The codes of :class:`FileError`."""


class FileError(UserError):
    """A file or folder at ``path`` cannot be used; ``code`` says what, ``fields`` the details."""

    def __init__(self, code: ErrorCode, path: str, **fields: Any) -> None:
        """``code`` is one of :data:`FILE_CODES`; ``path`` as the user named it."""
        if code not in FILE_CODES:
            raise ValueError(f"{code} is not a file error code")
        super().__init__(code, path=path, **fields)


@dataclass(frozen=True, slots=True)
class UpcomingBooking:
    """A confirmed booking not yet over: its id, candidate name and first start (UTC)."""

    booking_id: str
    candidate: str
    first_start: datetime


class InterviewerHasBookings(UserError):
    """Interviewer ``email`` (``name``) cannot be removed: ``bookings`` are still to come."""

    def __init__(self, email: str, name: str, bookings: tuple[UpcomingBooking, ...]) -> None:
        """Who, and their upcoming confirmed bookings (soonest first)."""
        super().__init__(ErrorCode.INTERVIEWER_HAS_BOOKINGS, email=email, name=name,
                         bookings=bookings)
        self.bookings = bookings


class BookingChanged(UserError):
    """Booking ``booking_id`` was changed meanwhile: at revision ``actual``, not ``expected``."""

    def __init__(self, booking_id: str, expected: int, actual: int) -> None:
        """The booking and the two revisions (SEQUENCE values)."""
        super().__init__(ErrorCode.BOOKING_CHANGED, booking_id=booking_id, expected=expected,
                         actual=actual)


class NoEarlierState(UserError):
    """Booking ``booking_id``'s earlier state was not kept (changed before undo existed)."""

    def __init__(self, booking_id: str) -> None:
        """The booking."""
        super().__init__(ErrorCode.NO_EARLIER_STATE, booking_id=booking_id)


class UnsupportedLanguage(UserError):
    """``language`` is not one of ``supported`` (e.g. ``("en", "ja")``)."""

    def __init__(self, language: str, supported: tuple[str, ...]) -> None:
        """What was asked for and what there is."""
        super().__init__(ErrorCode.UNSUPPORTED_LANGUAGE, language=language, supported=supported)


SOURCE_CODES = frozenset({
    ErrorCode.SOURCE_EXISTS, ErrorCode.PASSWORD_MISSING, ErrorCode.SOURCE_AUTH,
    ErrorCode.SOURCE_HTTP_STATUS, ErrorCode.SOURCE_TIMEOUT, ErrorCode.SOURCE_CERTIFICATE,
    ErrorCode.SOURCE_UNREACHABLE, ErrorCode.SOURCE_TOO_LARGE, ErrorCode.SOURCE_REDIRECTS,
    ErrorCode.SOURCE_PROTOCOL, ErrorCode.SOURCE_NOT_CALENDAR,
})
"""The codes of :class:`SourceError`."""


class SourceError(UserError):
    """A feed or CalDAV collection at ``source`` failed; ``code`` says how, ``fields`` the rest.

    ``source`` is a URL without a password; no field ever holds a password.
    """

    def __init__(self, code: ErrorCode, source: str, **fields: Any) -> None:
        """``code`` is one of :data:`SOURCE_CODES`."""
        if code not in SOURCE_CODES:
            raise ValueError(f"{code} is not a source error code")
        super().__init__(code, source=source, **fields)


class InvalidUrl(UserError):
    """``url`` cannot be a source: ``problem`` is "scheme", "no_host" or "password_in_url"."""

    def __init__(self, url: str, problem: str, *, caldav: bool = False) -> None:
        """The URL as given (a password in it already replaced by ``***``)."""
        super().__init__(ErrorCode.INVALID_URL, url=url, problem=problem, caldav=caldav)


class KeyringUnavailable(UserError):
    """The system keyring cannot be used here (``detail``: what it said)."""

    def __init__(self, detail: str) -> None:
        """What the keyring backend said."""
        super().__init__(ErrorCode.KEYRING_UNAVAILABLE, detail=detail)


class ChangedMeanwhile(UserError):
    """Someone saved ``kind`` ``key`` after it was read for this edit: ``by`` at ``at``.

    The edit is refused (never a silent overwrite); the user reloads and makes it again.
    """

    def __init__(self, kind: str, key: str, by: str | None, at: datetime | None) -> None:
        """What (``kind``: "interviewer", "template"; ``key``: its name), who and when."""
        super().__init__(ErrorCode.CHANGED_MEANWHILE, kind=kind, key=key, by=by, at=at)
