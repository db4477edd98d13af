"""The command line's English for error codes, storage codes and core reason codes (SPEC §7).

Services and the store raise codes with fields; this module turns them into the one-line
messages the CLI prints. A field the user typed is named by its flag here (``rank`` is
``--proposal``), which is why services never name flags themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from interviewplanner.cli.wording_policy import invalid_policy_text
from interviewplanner.cli.wording_reader import reason_text as read_reason_text
from interviewplanner.core.reasons import Reason, ReasonCode
from interviewplanner.services.errors import ErrorCode, UserError
from interviewplanner.storage.errors import StoreError, StoreErrorCode

FLAGS: dict[str, str] = {"rank": "--proposal", "limit": "--limit", "start": "--from",
                         "end": "--to", "days": "the days from --from to --to",
                         "name": "--name", "pool": "--pool", "template": "the template name",
                         "email": "--email", "alias": "--alias", "month": "--month"}
"""Service field names -> the command-line flag that gave them."""


class CliError(Exception):
    """A command-line option is wrong; ``str()`` is the message, already worded (and naming the
    flag), because options exist only here."""


def flag(field: str) -> str:
    """The flag that fills ``field`` (the field itself when no flag does)."""
    return FLAGS.get(field, field)


# ---------------------------------------------------------------- core reasons


def _who(r: Reason) -> str:
    return r.who or r.email


_REASONS: dict[ReasonCode, Callable[[Reason], str]] = {
    ReasonCode.UNKNOWN_PERSON: lambda r: f"{r.email} is not on the roster",
    ReasonCode.POOL_TOO_SMALL: lambda r: (
        f"pool '{r.pool}' has {r.have} interviewer(s) for a session needing {r.need}"
    ),
    ReasonCode.HORIZON_TOO_SHORT: lambda r: (
        f"the panel needs {r.need} minutes, more than the search range holds"
    ),
    ReasonCode.CANDIDATE_UNAVAILABLE: lambda r: "the candidate is not available at those times",
    ReasonCode.SAME_DAY: lambda r: "the sessions would fall on different days for the candidate",
    ReasonCode.DAYS_APART: lambda r: (
        f"the days of the loop cannot be held at most {r.need} day(s) apart"
    ),
    ReasonCode.NOT_WORKING_DAY: lambda r: f"{_who(r)} does not work on {r.day:%a %Y-%m-%d}",
    ReasonCode.HOLIDAY: lambda r: (
        f"{_who(r)} is on a {r.country} holiday on {r.day} ({r.detail})"
    ),
    ReasonCode.CLOSURE: lambda r: f"the company is closed for {_who(r)} on {r.day} ({r.detail})",
    ReasonCode.OUTSIDE_WINDOW: lambda r: (
        f"{_who(r)}'s working hours ({r.detail}) do not cover those times"
    ),
    ReasonCode.CORE_ONLY: lambda r: f"{_who(r)} interviews only in core hours ({r.detail})",
    ReasonCode.BUSY: lambda r: f"{_who(r)} is busy at those times",
    ReasonCode.BUFFER: lambda r: (
        f"{_who(r)} needs a {r.need}-minute buffer between interviews"
    ),
    ReasonCode.LOAD_LIMIT_DAY: lambda r: f"{_who(r)} reaches {r.need} interviews on {r.day}",
    ReasonCode.LOAD_LIMIT_WEEK: lambda r: (
        f"{_who(r)} reaches {r.need} interviews in the week of {r.day}"
    ),
    ReasonCode.LUNCH: lambda r: f"{_who(r)} would lose the {r.need}-minute lunch on {r.day}",
    ReasonCode.POOL_BUSY: lambda r: (
        f"pool '{r.pool}' has at most {r.have} of the {r.need} interviewers needed free"
    ),
    ReasonCode.POOL_CONFLICT: lambda r: (
        f"pool '{r.pool}' cannot staff every session of the panel at once"
    ),
}


def reason_text(reason: Reason) -> str:
    """One English sentence for ``reason`` (e.g. "Kim is on a US holiday on 2026-12-25 (...)")."""
    return _REASONS[reason.code](reason)


def reasons_text(reasons: Iterable[Reason], most: int = 3) -> str:
    """The first ``most`` reasons joined by "; " (empty when there are none)."""
    return "; ".join(reason_text(r) for r in list(reasons)[:most])


# ---------------------------------------------------------------- service errors

_NOT_FOUND: dict[str, str] = {
    "interviewer": "no interviewer with e-mail {key!r} (see 'interviewplanner interviewer list')",
    "booking": "no booking {key!r} (see 'interviewplanner bookings')",
    "template": "no plan template named {key!r}",
    "pool": "no interviewer is in pool {key!r} (see 'interviewplanner interviewer list')",
    "source": "no calendar source {key!r} (see 'interviewplanner source list')",
}


def _not_found(f: Mapping[str, Any]) -> str:
    template = _NOT_FOUND.get(f["kind"], "no {kind} {key!r}")
    return template.format(**f)


def _policy(f: Mapping[str, Any]) -> str:
    return invalid_policy_text(f["problems"])


def _number(f: Mapping[str, Any]) -> str:
    if f["maximum"] is None:
        return f"{flag(f['field'])} must be {f['minimum']} or more"
    return f"{flag(f['field'])} must be between {f['minimum']} and {f['maximum']}"


def _plan_source(f: Mapping[str, Any]) -> str:
    kind, source = f["source_kind"], f["source"]
    if kind == "file":
        return str(source)
    if kind == "template":
        return f"template {source!r}"
    if kind == "booking":
        return f"booking {source}"
    return "plan"


def _invalid_plan(f: Mapping[str, Any]) -> str:
    what = f"{f['field']} {f['problem']}" if f["field"] else f["problem"]
    return f"{_plan_source(f)}: {what}"


def _utc(moment: Any) -> str:
    return f"{moment:%Y-%m-%d %H:%M}Z"


def _has_bookings(f: Mapping[str, Any]) -> str:
    held = f["bookings"]
    listed = ", ".join(f"{b.booking_id} ({b.candidate}, {_utc(b.first_start)})" for b in held[:3])
    more = f" and {len(held) - 3} more" if len(held) > 3 else ""
    return (f"{f['name']} <{f['email']}> has {len(held)} upcoming confirmed booking(s): "
            f"{listed}{more}; cancel or reschedule them first")


_ERRORS: dict[ErrorCode, Callable[[Mapping[str, Any]], str]] = {
    ErrorCode.NOT_FOUND: _not_found,
    ErrorCode.INVALID_POLICY: _policy,
    ErrorCode.INVALID_DATE: lambda f: (
        f"{flag(f['field'])}: {f['text']!r} is not a month such as 2026-12"
        if f["field"] == "month" else
        f"{flag(f['field'])}: {f['text']!r} is not an ISO 8601 date such as 2026-12-01"),
    ErrorCode.INVALID_RANGE: lambda f: (
        f"{flag('end')} ({_utc(f['last'])}) must be after {flag('start')} ({_utc(f['first'])})"),
    ErrorCode.DATE_OUT_OF_RANGE: lambda f: (
        f"{flag(f['field'])}: {f['text']!r} is outside the dates this program works with "
        f"({f['earliest']} to {f['latest']})"),
    ErrorCode.RANGE_TOO_LONG: lambda f: (
        f"the range {flag('start')} {_utc(f['first'])} {flag('end')} {_utc(f['last'])} spans "
        f"more than {f['days']} days; choose a shorter one"),
    ErrorCode.NUMBER_OUT_OF_RANGE: _number,
    ErrorCode.NO_PROPOSAL: lambda f: (
        f"no proposal fits: {reasons_text(f['reasons']) or 'no slot fits'}"),
    ErrorCode.PROPOSAL_OUT_OF_RANGE: lambda f: (
        f"there are only {f['count']} proposals; {flag('rank')} {f['rank']} does not exist"),
    ErrorCode.PROPOSAL_TAKEN: lambda f: (
        "this proposal is no longer free (someone booked or imported meanwhile): "
        f"{reasons_text(f['reasons'])}. Ask for proposals again."),
    ErrorCode.BOOKING_CANCELLED: lambda f: (
        f"booking {f['booking_id']} is cancelled; book the panel again instead"),
    ErrorCode.CANCELLED_MEANWHILE: lambda f: f"booking {f['booking_id']} was cancelled meanwhile",
    ErrorCode.ALREADY_CANCELLED: lambda f: f"booking {f['booking_id']} is already cancelled",
    ErrorCode.INVALID_PLAN: _invalid_plan,
    ErrorCode.NAME_REQUIRED: lambda f: f"a{'n' if f['kind'][:1] in 'aeiou' else ''} "
                                       f"{f['kind']} needs a name",
    ErrorCode.CONTROL_CHARACTER: lambda f: (
        f"{flag(f['field'])} contains the control character {f['character']}; type it without "
        "(names are one line of printable text)"),
    ErrorCode.TEXT_TOO_LONG: lambda f: (
        f"{flag(f['field'])} is {f['length']} characters long; at most {f['maximum']} "
        "are allowed"),
    ErrorCode.INVALID_EMAIL: lambda f: (
        f"{flag(f['field']) + ': ' if f.get('field') else ''}{f['address']!r} is not an e-mail "
        "address that invites can be sent to as is"),
    ErrorCode.EMAIL_TAKEN: lambda f: (
        f"{f['address']} already belongs to {f['owner']} ({f['owner_email']})"),
    ErrorCode.UNKNOWN_TIME_ZONE: lambda f: (
        f"unknown time zone {f['zone']!r} (expected an IANA name such as 'Asia/Tokyo')"),
    ErrorCode.UNKNOWN_COUNTRY: lambda f: (
        f"no holiday calendar for country {f['country']!r} (use a code like JP, US, GB)"),
    ErrorCode.FILE_MISSING: lambda f: f"{f['path']}: no such file",
    ErrorCode.FILE_IS_FOLDER: lambda f: f"{f['path']}: is a folder, not a file",
    ErrorCode.FILE_UNREADABLE: lambda f: f"{f['path']}: cannot be read ({f['detail']})",
    ErrorCode.FILE_TOO_LARGE: lambda f: (
        f"{f['path']}: {f['mebibytes']} MiB is too large for a calendar export"),
    ErrorCode.NOT_JSON: lambda f: f"{f['path']}: line {f['line']}: not valid JSON ({f['detail']})",
    ErrorCode.NOT_ICALENDAR: lambda f: f"{f['path']}: {f['detail']}; nothing was imported",
    ErrorCode.NO_USABLE_EVENT: lambda f: (
        f"{f['path']}: no usable event (line {f['line']}: {read_reason_text(f['reason'])}); "
        "nothing was imported and the earlier import is kept"),
    ErrorCode.IMPORT_CUT_SHORT: lambda f: (
        f"{f['path']}: its recurring events need more than the {f['seconds']:g} s the import "
        f"may spend on them; {f['count']} were left unread (the first at line {f['line']}), "
        "so nothing was imported and the earlier import is kept"),
    ErrorCode.CANNOT_WRITE: lambda f: f"{f['path']}: cannot write the invites ({f['detail']})",
    ErrorCode.INTERVIEWER_HAS_BOOKINGS: _has_bookings,
    ErrorCode.BOOKING_CHANGED: lambda f: (
        f"booking {f['booking_id']} was changed meanwhile (now at revision {f['actual']}, "
        f"not {f['expected']}); look at it again"),
    ErrorCode.NO_EARLIER_STATE: lambda f: (
        f"booking {f['booking_id']}: its earlier state was not kept, so this change cannot "
        "be undone"),
    ErrorCode.UNSUPPORTED_LANGUAGE: lambda f: (
        f"no messages in language {f['language']!r} (use one of: {', '.join(f['supported'])})"),
    ErrorCode.CHANGED_MEANWHILE: lambda f: (
        f"{f['kind']} {f['key']!r} was changed by {f['by'] or 'another coordinator'}"
        f"{' at ' + _utc(f['at']) if f['at'] else ''} since you read it; reload it and make "
        "your change again"),
}


def _url_problem(f: Mapping[str, Any]) -> str:
    what = "a CalDAV collection" if f["caldav"] else "a calendar feed"
    problems = {
        "scheme": f"{f['url']!r} is not {what} address (use https://"
                  + (")" if f["caldav"] else ", http:// or webcal://)"),
        "no_host": f"{f['url']!r} names no server",
        "password_in_url": f"{f['url']}: do not put the password in the address; "
                           "give it with --password-env VAR",
    }
    return problems.get(f["problem"], f"{f['url']!r} cannot be used as {what}")


_KEPT = "the busy time of the last good refresh is kept"


def _password_missing(f: Mapping[str, Any]) -> str:
    if f["variable"]:
        return (f"{f['source']}: the password variable {f['variable']} is not set; "
                "nothing was fetched or sent")
    return f"{f['source']}: the system keyring has no password for it; enter it again in the app"


def _auth(f: Mapping[str, Any]) -> str:
    if f["with_credentials"]:
        return (f"{f['source']}: the server refused the user name and password "
                f"(HTTP {f['status']}); check them. {_KEPT.capitalize()}")
    return (f"{f['source']}: the server wants a user name and password (HTTP {f['status']}); "
            f"add the source again with --user NAME --password-env VAR. {_KEPT.capitalize()}")


def _not_calendar(f: Mapping[str, Any]) -> str:
    if f["html"]:
        return (f"{f['source']}: the address answered with a web page (a sign-in page?), "
                f"not a calendar; {_KEPT}")
    return f"{f['source']}: not a calendar ({f['detail']}); {_KEPT}"


_SOURCE_ERRORS: dict[ErrorCode, Callable[[Mapping[str, Any]], str]] = {
    ErrorCode.SOURCE_EXISTS: lambda f: f"{f['interviewer']} already has the source {f['source']}",
    ErrorCode.INVALID_URL: _url_problem,
    ErrorCode.PASSWORD_MISSING: _password_missing,
    ErrorCode.KEYRING_UNAVAILABLE: lambda f: (
        f"the system keyring cannot be used ({f['detail']}); use --password-env VAR instead"),
    ErrorCode.SOURCE_AUTH: _auth,
    ErrorCode.SOURCE_HTTP_STATUS: lambda f: (
        f"{f['source']}: the server answered HTTP {f['status']}; {_KEPT}"),
    ErrorCode.SOURCE_TIMEOUT: lambda f: f"{f['source']}: no answer within {f['seconds']:g} s; {_KEPT}",
    ErrorCode.SOURCE_CERTIFICATE: lambda f: (
        f"{f['source']}: the server's certificate is not valid ({f['detail']}); {_KEPT}"),
    ErrorCode.SOURCE_UNREACHABLE: lambda f: (
        f"{f['source']}: cannot reach the server ({f['detail']}); {_KEPT}"),
    ErrorCode.SOURCE_TOO_LARGE: lambda f: (
        f"{f['source']}: more than {f['limit_mebibytes']} MiB, too large for a calendar; {_KEPT}"),
    ErrorCode.SOURCE_REDIRECTS: lambda f: f"{f['source']}: more than {f['count']} redirects; {_KEPT}",
    ErrorCode.SOURCE_PROTOCOL: lambda f: (
        f"{f['source']}: the server's answer cannot be read ({f['detail']}); {_KEPT}"),
    ErrorCode.SOURCE_NOT_CALENDAR: _not_calendar,
}
_ERRORS.update(_SOURCE_ERRORS)


# ---------------------------------------------------------------- storage errors

_STORE: dict[StoreErrorCode, Callable[[Mapping[str, Any]], str]] = {
    StoreErrorCode.BUSY: lambda f: (
        f"The database {f['where']} is busy: another window or program has been writing to it "
        "for too long. Close the other window or try again in a moment."),
    StoreErrorCode.NOT_A_DATABASE: lambda f: (
        f"{f['where']} is not an interviewplanner database (or it is damaged)."),
    StoreErrorCode.OTHER_TABLES: lambda f: (
        f"{f['where']} holds other tables: it is not an interviewplanner database"),
    StoreErrorCode.NOT_WRITABLE: lambda f: (
        f"Cannot write the database {f['where']}: the folder is missing or the file is not "
        "writable."),
    StoreErrorCode.UNREACHABLE: lambda f: f"Cannot reach the database server for {f['where']}.",
    StoreErrorCode.NEWER_SCHEMA: lambda f: (
        f"The database {f['where']} was written by a newer interviewplanner (schema {f['found']}; "
        f"this version knows up to {f['known']}). Update the app to open it."),
    StoreErrorCode.BAD_URL: lambda f: f"{f['where']!r} is not a database URL or file path",
    StoreErrorCode.NO_DRIVER: lambda f: (
        f"the database driver for {f['where']} is not installed ({f['driver']})"),
    StoreErrorCode.BROKEN_REFERENCES: lambda f: (
        f"migration left broken references in: {', '.join(f['tables'])}"),
    StoreErrorCode.NO_MIGRATIONS: lambda f: "no migrations found in the installed package",
    StoreErrorCode.EMAIL_TAKEN: lambda f: (
        f"the e-mail address {f['address']} already belongs to {f['owner']}"),
    StoreErrorCode.AUTH_FAILED: lambda f: (
        f"The database server refused the user name or password for {f['where']}: check them "
        "(a password can also come from ~/.pgpass or PGPASSWORD)."),
    StoreErrorCode.NO_SUCH_DATABASE: lambda f: (
        f"The database server has no database named in {f['where']}: create it first "
        "(createdb NAME) or check the name."),
    StoreErrorCode.NOT_EMPTY: lambda f: (
        f"{f['where']} is not empty ({f['table']} has {f['rows']} row(s)): copy into an empty "
        "database; nothing was copied."),
    StoreErrorCode.SAME_DATABASE: lambda f: (
        f"{f['where']} is both the source and the destination of the copy; nothing was copied."),
    StoreErrorCode.OTHER: lambda f: f"Database error in {f['where']}: {f['detail']}",
}


def error_message(exc: BaseException) -> str:
    """The one-line English message for a service, store or option error."""
    if isinstance(exc, UserError):
        return _ERRORS[exc.code](exc.fields)
    if isinstance(exc, StoreError):
        return _STORE[exc.code](exc.fields)
    return str(exc)
