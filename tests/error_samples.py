"""One sample error per service and storage code, and one sample reason per core reason code.

Shared by the CLI wording tests (``tests/unit/services/test_error_codes.py``) and the GUI
wording tests (``tests/gui/test_gui_wording.py``): a new code without a sample fails both.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from interviewplanner.core.policy_fields import PolicyProblem, PolicyProblemCode
from interviewplanner.core.read_notes import ReadCode, ReadNote
from interviewplanner.core.reasons import Reason, ReasonCode
from interviewplanner.services.errors import (
    BookingChanged,
    BookingStateError,
    ChangedMeanwhile,
    ControlCharacter,
    DateOutOfRange,
    EmailTaken,
    ErrorCode,
    FileError,
    InterviewerHasBookings,
    InvalidDate,
    InvalidEmail,
    InvalidPlan,
    InvalidPolicy,
    InvalidRange,
    InvalidUrl,
    KeyringUnavailable,
    NameRequired,
    NoEarlierState,
    NoProposal,
    NotFoundError,
    NumberOutOfRange,
    ProposalOutOfRange,
    ProposalTaken,
    RangeTooLong,
    SourceError,
    TextTooLong,
    UnknownCountry,
    UnknownTimeZone,
    UnsupportedLanguage,
    UpcomingBooking,
    UserError,
)
from interviewplanner.storage.errors import DuplicateEmailError, StoreError, StoreErrorCode

KIM_BUSY = Reason(ReasonCode.BUSY, "kim@example.com", "Kim", date(2026, 12, 3))

REASONS: dict[ReasonCode, Reason] = {
    ReasonCode.UNKNOWN_PERSON: Reason(ReasonCode.UNKNOWN_PERSON, "nobody@example.com"),
    ReasonCode.POOL_TOO_SMALL: Reason(ReasonCode.POOL_TOO_SMALL, pool="backend", need=2, have=1),
    ReasonCode.HORIZON_TOO_SHORT: Reason(ReasonCode.HORIZON_TOO_SHORT, need=240),
    ReasonCode.CANDIDATE_UNAVAILABLE: Reason(ReasonCode.CANDIDATE_UNAVAILABLE, who="Jane Doe"),
    ReasonCode.SAME_DAY: Reason(ReasonCode.SAME_DAY),
    ReasonCode.DAYS_APART: Reason(ReasonCode.DAYS_APART, need=3),
    ReasonCode.NOT_WORKING_DAY: Reason(ReasonCode.NOT_WORKING_DAY, "kim@example.com", "Kim",
                                       date(2026, 12, 5)),
    ReasonCode.HOLIDAY: Reason(ReasonCode.HOLIDAY, "kim@example.com", "Kim", date(2026, 12, 25),
                               "Christmas Day", country="US"),
    ReasonCode.CLOSURE: Reason(ReasonCode.CLOSURE, "sato@example.com", "Sato", date(2026, 12, 30),
                               "New Year"),
    ReasonCode.OUTSIDE_WINDOW: Reason(ReasonCode.OUTSIDE_WINDOW, "kim@example.com", "Kim",
                                      detail="10:00-19:00"),
    ReasonCode.CORE_ONLY: Reason(ReasonCode.CORE_ONLY, "kim@example.com", "Kim",
                                 detail="12:00-16:00"),
    ReasonCode.BUSY: KIM_BUSY,
    ReasonCode.BUFFER: Reason(ReasonCode.BUFFER, "kim@example.com", "Kim", need=15),
    ReasonCode.LOAD_LIMIT_DAY: Reason(ReasonCode.LOAD_LIMIT_DAY, "sato@example.com", "Sato",
                                      date(2026, 12, 3), need=2),
    ReasonCode.LOAD_LIMIT_WEEK: Reason(ReasonCode.LOAD_LIMIT_WEEK, "sato@example.com", "Sato",
                                       date(2026, 11, 30), need=6),
    ReasonCode.LUNCH: Reason(ReasonCode.LUNCH, "sato@example.com", "Sato", date(2026, 12, 3),
                             need=60),
    ReasonCode.POOL_BUSY: Reason(ReasonCode.POOL_BUSY, pool="backend", need=2, have=1),
    ReasonCode.POOL_CONFLICT: Reason(ReasonCode.POOL_CONFLICT, pool="backend"),
}

FEED = "https://calendar.example.com/kim/basic.ics"
FIRST = datetime(2026, 12, 10, tzinfo=UTC)
LAST = datetime(2026, 12, 1, tzinfo=UTC)

ERRORS: dict[ErrorCode, UserError] = {
    ErrorCode.NOT_FOUND: NotFoundError("interviewer", "nobody@example.com"),
    ErrorCode.INVALID_POLICY: InvalidPolicy((PolicyProblem(
        PolicyProblemCode.LUNCH_TOO_LONG, "lunch_minutes", value=90, window="12:00-13:00"),)),
    ErrorCode.INVALID_DATE: InvalidDate("start", "tomorrow"),
    ErrorCode.INVALID_RANGE: InvalidRange(FIRST, LAST),
    ErrorCode.DATE_OUT_OF_RANGE: DateOutOfRange("start", "0001-01-01", date(1900, 1, 1),
                                                date(2199, 12, 31)),
    ErrorCode.RANGE_TOO_LONG: RangeTooLong(LAST, LAST.replace(year=2040), 3660),
    ErrorCode.NUMBER_OUT_OF_RANGE: NumberOutOfRange("limit", 500, 1, 200),
    ErrorCode.NO_PROPOSAL: NoProposal((REASONS[ReasonCode.HOLIDAY], KIM_BUSY)),
    ErrorCode.PROPOSAL_OUT_OF_RANGE: ProposalOutOfRange(7, 3),
    ErrorCode.PROPOSAL_TAKEN: ProposalTaken((KIM_BUSY,)),
    ErrorCode.BOOKING_CANCELLED: BookingStateError(ErrorCode.BOOKING_CANCELLED, "b-1"),
    ErrorCode.CANCELLED_MEANWHILE: BookingStateError(ErrorCode.CANCELLED_MEANWHILE, "b-1"),
    ErrorCode.ALREADY_CANCELLED: BookingStateError(ErrorCode.ALREADY_CANCELLED, "b-1"),
    ErrorCode.INVALID_PLAN: InvalidPlan("file", "plan.json", "sessions[0].minutes",
                                        "must be a whole number of 1 or more"),
    ErrorCode.NAME_REQUIRED: NameRequired("interviewer"),
    ErrorCode.CONTROL_CHARACTER: ControlCharacter("name", "U+001B"),
    ErrorCode.TEXT_TOO_LONG: TextTooLong("pool", 10_000, 100),
    ErrorCode.INVALID_EMAIL: InvalidEmail("kim(at)example.com"),
    ErrorCode.EMAIL_TAKEN: EmailTaken("a@example.com", "A", "a@example.com"),
    ErrorCode.UNKNOWN_TIME_ZONE: UnknownTimeZone("Mars/Olympus"),
    ErrorCode.UNKNOWN_COUNTRY: UnknownCountry("XX"),
    ErrorCode.FILE_MISSING: FileError(ErrorCode.FILE_MISSING, "cal.ics"),
    ErrorCode.FILE_IS_FOLDER: FileError(ErrorCode.FILE_IS_FOLDER, "exports"),
    ErrorCode.FILE_UNREADABLE: FileError(ErrorCode.FILE_UNREADABLE, "cal.ics",
                                         detail="Permission denied"),
    ErrorCode.FILE_TOO_LARGE: FileError(ErrorCode.FILE_TOO_LARGE, "cal.ics", mebibytes=80,
                                        limit_mebibytes=64),
    ErrorCode.NOT_JSON: FileError(ErrorCode.NOT_JSON, "plan.json", line=1,
                                  detail="Expecting property name"),
    ErrorCode.NOT_ICALENDAR: FileError(ErrorCode.NOT_ICALENDAR, "login.ics",
                                       detail="an HTML page, not iCalendar"),
    ErrorCode.NO_USABLE_EVENT: FileError(ErrorCode.NO_USABLE_EVENT, "cal.ics", line=43,
                                         reason=ReadNote.of(ReadCode.EVENT_NO_DTSTART, 43)),
    ErrorCode.IMPORT_CUT_SHORT: FileError(ErrorCode.IMPORT_CUT_SHORT, "cal.ics", line=120,
                                          count=3, seconds=5.0),
    ErrorCode.CANNOT_WRITE: FileError(ErrorCode.CANNOT_WRITE, "out", detail="Read-only file system"),
    ErrorCode.INTERVIEWER_HAS_BOOKINGS: InterviewerHasBookings(
        "kim@example.com", "Kim", (UpcomingBooking("b-1", "Jane Doe", FIRST),)),
    ErrorCode.BOOKING_CHANGED: BookingChanged("b-1", 2, 3),
    ErrorCode.NO_EARLIER_STATE: NoEarlierState("b-1"),
    ErrorCode.UNSUPPORTED_LANGUAGE: UnsupportedLanguage("fr", ("en", "ja")),
    ErrorCode.CHANGED_MEANWHILE: ChangedMeanwhile("interviewer", "Kim", "hanako",
                                                  datetime(2026, 12, 1, 9, 30, tzinfo=UTC)),
    ErrorCode.SOURCE_EXISTS: SourceError(ErrorCode.SOURCE_EXISTS, FEED, interviewer="kim@example.com"),
    ErrorCode.INVALID_URL: InvalidUrl("ftp://example.com/cal.ics", "scheme"),
    ErrorCode.PASSWORD_MISSING: SourceError(ErrorCode.PASSWORD_MISSING, FEED, variable="KIM_PW"),
    ErrorCode.KEYRING_UNAVAILABLE: KeyringUnavailable("NoKeyringError"),
    ErrorCode.SOURCE_AUTH: SourceError(ErrorCode.SOURCE_AUTH, FEED, status=401,
                                       with_credentials=False),
    ErrorCode.SOURCE_HTTP_STATUS: SourceError(ErrorCode.SOURCE_HTTP_STATUS, FEED, status=404),
    ErrorCode.SOURCE_TIMEOUT: SourceError(ErrorCode.SOURCE_TIMEOUT, FEED, seconds=30.0),
    ErrorCode.SOURCE_CERTIFICATE: SourceError(ErrorCode.SOURCE_CERTIFICATE, FEED,
                                              detail="self-signed certificate"),
    ErrorCode.SOURCE_UNREACHABLE: SourceError(ErrorCode.SOURCE_UNREACHABLE, FEED,
                                              detail="Name or service not known"),
    ErrorCode.SOURCE_TOO_LARGE: SourceError(ErrorCode.SOURCE_TOO_LARGE, FEED, limit_mebibytes=64),
    ErrorCode.SOURCE_REDIRECTS: SourceError(ErrorCode.SOURCE_REDIRECTS, FEED, count=5),
    ErrorCode.SOURCE_PROTOCOL: SourceError(ErrorCode.SOURCE_PROTOCOL, FEED,
                                           detail="unexpected answer"),
    ErrorCode.SOURCE_NOT_CALENDAR: SourceError(ErrorCode.SOURCE_NOT_CALENDAR, FEED, html=True,
                                               detail="text/html"),
}
"""A sample of every service error code (a missing code fails the tests that walk the enum)."""

WHERE = "/home/kim/planner.db"

STORE_ERRORS: dict[StoreErrorCode, StoreError] = {
    StoreErrorCode.BUSY: StoreError(StoreErrorCode.BUSY, where=WHERE),
    StoreErrorCode.NOT_A_DATABASE: StoreError(StoreErrorCode.NOT_A_DATABASE, where=WHERE),
    StoreErrorCode.OTHER_TABLES: StoreError(StoreErrorCode.OTHER_TABLES, where=WHERE),
    StoreErrorCode.NOT_WRITABLE: StoreError(StoreErrorCode.NOT_WRITABLE, where=WHERE),
    StoreErrorCode.UNREACHABLE: StoreError(StoreErrorCode.UNREACHABLE,
                                           where="postgresql://planner:***@db/planner"),
    StoreErrorCode.NEWER_SCHEMA: StoreError(StoreErrorCode.NEWER_SCHEMA, where=WHERE,
                                            found="0099", known="0003"),
    StoreErrorCode.BAD_URL: StoreError(StoreErrorCode.BAD_URL, where="not a url"),
    StoreErrorCode.NO_DRIVER: StoreError(StoreErrorCode.NO_DRIVER, where="postgresql://db/x",
                                         driver="psycopg"),
    StoreErrorCode.BROKEN_REFERENCES: StoreError(StoreErrorCode.BROKEN_REFERENCES,
                                                 tables=("emails", "pools")),
    StoreErrorCode.NO_MIGRATIONS: StoreError(StoreErrorCode.NO_MIGRATIONS),
    StoreErrorCode.EMAIL_TAKEN: DuplicateEmailError("a@example.com", "佐藤 花子"),
    StoreErrorCode.AUTH_FAILED: StoreError(StoreErrorCode.AUTH_FAILED,
                                           where="postgresql+psycopg://planner:***@db/planner"),
    StoreErrorCode.NO_SUCH_DATABASE: StoreError(StoreErrorCode.NO_SUCH_DATABASE,
                                                where="postgresql+psycopg://planner@db/nope"),
    StoreErrorCode.NOT_EMPTY: StoreError(StoreErrorCode.NOT_EMPTY, where=WHERE,
                                         table="interviewers", rows=3),
    StoreErrorCode.SAME_DATABASE: StoreError(StoreErrorCode.SAME_DATABASE, where=WHERE),
    StoreErrorCode.OTHER: StoreError(StoreErrorCode.OTHER, where=WHERE, detail="disk I/O error"),
}
"""A sample of every storage error code."""
