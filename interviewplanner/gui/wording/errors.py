"""Service and storage errors in the user's language: what went wrong and what to do next.

Services raise :class:`~interviewplanner.services.errors.UserError` (an
:class:`~interviewplanner.services.errors.ErrorCode` plus fields) and the store raises
``StoreError`` (a ``StoreErrorCode`` plus fields). :func:`describe_error` words either as an
:class:`ErrorText`: a message saying what went wrong and an advice saying what to do next, both
through ``QCoreApplication.translate`` in the ``ErrorWording`` context. Core reasons inside an
error (a booked time taken meanwhile, no proposal fitting) are worded by :mod:`.reasons`.

The store is not imported here (the GUI thread never loads SQLAlchemy): storage codes are
looked up by their string values.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import PurePath
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from interviewplanner.core.policy_fields import PolicyProblem
from interviewplanner.gui.formatting import format_datetime
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP
from interviewplanner.gui.wording.policy import LABELS, field_label, problem_text
from interviewplanner.gui.wording.reader import note_text
from interviewplanner.gui.wording.reasons import reasons_text
from interviewplanner.gui.wording.sources import describe_source_error
from interviewplanner.services.errors import ErrorCode, UserError

CONTEXT = "ErrorWording"


class ErrorText(NamedTuple):
    """An error for a dialog: ``message`` (what went wrong), ``advice`` (what to do next)."""

    message: str
    advice: str


Pair = tuple[str, str]
"""Source texts of (message, advice)."""

_FIELDS: dict[str, str] = {
    "rank": QT_TRANSLATE_NOOP("ErrorWording", "The proposal number"),
    "limit": QT_TRANSLATE_NOOP("ErrorWording", "The number of proposals"),
    "start": QT_TRANSLATE_NOOP("ErrorWording", "The start date"),
    "end": QT_TRANSLATE_NOOP("ErrorWording", "The end date"),
    "date": QT_TRANSLATE_NOOP("ErrorWording", "The date"),
    "name": QT_TRANSLATE_NOOP("ErrorWording", "The name"),
    "pool": QT_TRANSLATE_NOOP("ErrorWording", "A pool name"),
    "template": QT_TRANSLATE_NOOP("ErrorWording", "The template name"),
    "days": QT_TRANSLATE_NOOP("ErrorWording", "The number of days"),
    "month": QT_TRANSLATE_NOOP("ErrorWording", "The month"),
}
"""Service field names -> what the window calls them (never a command-line flag)."""

_NOT_FOUND: dict[str, Pair] = {
    "interviewer": (
        QT_TRANSLATE_NOOP("ErrorWording", "There is no interviewer with the e-mail address {key}."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Check the address, or add the person to the roster first.")),
    "booking": (
        QT_TRANSLATE_NOOP("ErrorWording", "Booking {key} does not exist."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Refresh the list of bookings and choose one that is shown.")),
    "template": (
        QT_TRANSLATE_NOOP("ErrorWording", "There is no plan template named “{key}”."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Choose a template from the list, or save the plan as a template "
                          "first.")),
    "source": (
        QT_TRANSLATE_NOOP("ErrorWording", "Calendar source {key} does not exist."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "It was removed meanwhile: look at the Calendars tab again.")),
    "pool": (
        QT_TRANSLATE_NOOP("ErrorWording", "Nobody on the roster is in the pool “{key}”."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Check the pool's name, or add the pool to an interviewer first.")),
}

_PLAN: dict[str, str] = {
    "file": QT_TRANSLATE_NOOP("ErrorWording",
                              "The plan in {source} is not valid: “{field}” {problem}."),
    "template": QT_TRANSLATE_NOOP("ErrorWording",
                                  "The template “{source}” is not valid: “{field}” {problem}."),
    "booking": QT_TRANSLATE_NOOP("ErrorWording",
                                 "The plan of booking {source} is not valid: “{field}” "
                                 "{problem}."),
    "plan": QT_TRANSLATE_NOOP("ErrorWording", "The plan is not valid: “{field}” {problem}."),
}

_NAME_REQUIRED: dict[str, str] = {
    "interviewer": QT_TRANSLATE_NOOP("ErrorWording", "The interviewer needs a name."),
    "template": QT_TRANSLATE_NOOP("ErrorWording", "The template needs a name."),
}

_FIX = QT_TRANSLATE_NOOP("ErrorWording", "Correct this and try again.")

_ADDRESS_TAKEN = QT_TRANSLATE_NOOP("ErrorWording",
                                   "An address belongs to one interviewer only: remove it there "
                                   "first or use another address.")

ERRORS: dict[ErrorCode, Pair] = {
    ErrorCode.NOT_FOUND: (
        QT_TRANSLATE_NOOP("ErrorWording", "{kind} “{key}” does not exist."), _FIX),
    ErrorCode.INVALID_POLICY: (
        QT_TRANSLATE_NOOP("ErrorWording", "The flex-time policy does not hold together."),
        QT_TRANSLATE_NOOP("ErrorWording", "Correct the policy fields and save again.")),
    ErrorCode.INVALID_DATE: (
        QT_TRANSLATE_NOOP("ErrorWording", "{field} “{text}” is not a date."),
        QT_TRANSLATE_NOOP("ErrorWording", "Enter a date such as 2026-12-01.")),
    ErrorCode.INVALID_RANGE: (
        QT_TRANSLATE_NOOP("ErrorWording", "The end ({last}) must be after the start ({first})."),
        QT_TRANSLATE_NOOP("ErrorWording", "Choose an end later than the start.")),
    ErrorCode.DATE_OUT_OF_RANGE: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{field} “{text}” is outside the dates the planner works with "
                          "({earliest} to {latest})."),
        QT_TRANSLATE_NOOP("ErrorWording", "Enter a date in that range.")),
    ErrorCode.RANGE_TOO_LONG: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "The range from {first} to {last} is longer than {days} days."),
        QT_TRANSLATE_NOOP("ErrorWording", "Choose a shorter range.")),
    ErrorCode.NUMBER_OUT_OF_RANGE: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{field} must be between {minimum} and {maximum}; it is {value}."),
        QT_TRANSLATE_NOOP("ErrorWording", "Enter a number in that range.")),
    ErrorCode.NO_PROPOSAL: (
        QT_TRANSLATE_NOOP("ErrorWording", "No time in the chosen range fits this panel."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Widen the date range, add interviewers to the pool or loosen the "
                          "plan, then search again.")),
    ErrorCode.PROPOSAL_OUT_OF_RANGE: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "There are only {count} proposals, so proposal {rank} does not exist."),
        QT_TRANSLATE_NOOP("ErrorWording", "Search again and choose one of the proposals shown.")),
    ErrorCode.PROPOSAL_TAKEN: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "This time is no longer free: someone booked or imported calendars "
                          "meanwhile."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was booked. Search for proposals again and choose a new "
                          "time.")),
    ErrorCode.BOOKING_CANCELLED: (
        QT_TRANSLATE_NOOP("ErrorWording", "Booking {booking_id} is cancelled, so it cannot be "
                                          "moved."),
        QT_TRANSLATE_NOOP("ErrorWording", "Book the panel again instead.")),
    ErrorCode.CANCELLED_MEANWHILE: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Booking {booking_id} was cancelled while it was being moved."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was changed. Book the panel again if it is still needed.")),
    ErrorCode.ALREADY_CANCELLED: (
        QT_TRANSLATE_NOOP("ErrorWording", "Booking {booking_id} is already cancelled."),
        QT_TRANSLATE_NOOP("ErrorWording", "Nothing needs to be done.")),
    ErrorCode.INVALID_PLAN: (
        _PLAN["plan"], QT_TRANSLATE_NOOP("ErrorWording", "Correct the plan and try again.")),
    ErrorCode.NAME_REQUIRED: (
        QT_TRANSLATE_NOOP("ErrorWording", "A name is missing."),
        QT_TRANSLATE_NOOP("ErrorWording", "Enter a name and save again.")),
    ErrorCode.CONTROL_CHARACTER: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{field} contains an invisible control character ({character})."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Type it again without line breaks or pasted control characters.")),
    ErrorCode.TEXT_TOO_LONG: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{field} is {length} characters long; at most {maximum} are allowed."),
        QT_TRANSLATE_NOOP("ErrorWording", "Shorten it and save again.")),
    ErrorCode.INVALID_EMAIL: (
        QT_TRANSLATE_NOOP("ErrorWording", "“{address}” is not an e-mail address."),
        QT_TRANSLATE_NOOP("ErrorWording", "Enter an address such as name@example.com.")),
    ErrorCode.EMAIL_TAKEN: (
        QT_TRANSLATE_NOOP("ErrorWording", "{address} already belongs to {owner} ({owner_email})."),
        _ADDRESS_TAKEN),
    ErrorCode.UNKNOWN_TIME_ZONE: (
        QT_TRANSLATE_NOOP("ErrorWording", "“{zone}” is not a time zone this computer knows."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Pick a time zone from the list (type a city to search).")),
    ErrorCode.UNKNOWN_COUNTRY: (
        QT_TRANSLATE_NOOP("ErrorWording", "There is no holiday calendar for the country "
                                          "“{country}”."),
        QT_TRANSLATE_NOOP("ErrorWording", "Use a two-letter country code such as JP, US or GB.")),
    ErrorCode.FILE_MISSING: (
        QT_TRANSLATE_NOOP("ErrorWording", "{path} does not exist."),
        QT_TRANSLATE_NOOP("ErrorWording", "Check the file name and folder, then try again.")),
    ErrorCode.FILE_IS_FOLDER: (
        QT_TRANSLATE_NOOP("ErrorWording", "{path} is a folder, not a file."),
        QT_TRANSLATE_NOOP("ErrorWording", "Choose a file inside the folder.")),
    ErrorCode.FILE_UNREADABLE: (
        QT_TRANSLATE_NOOP("ErrorWording", "{path} cannot be read ({detail})."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Check that you may read the file and that no other program holds "
                          "it, then try again.")),
    ErrorCode.FILE_TOO_LARGE: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{path} is {mebibytes} MiB, more than the {limit_mebibytes} MiB a "
                          "calendar export may have."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Export a shorter period from the calendar and import that file.")),
    ErrorCode.NOT_JSON: (
        QT_TRANSLATE_NOOP("ErrorWording", "{path} is not a plan file (line {line} is not valid "
                                          "JSON)."),
        QT_TRANSLATE_NOOP("ErrorWording", "Save the plan again from the app, or fix the file.")),
    ErrorCode.NOT_ICALENDAR: (
        QT_TRANSLATE_NOOP("ErrorWording", "{path} is not an iCalendar (.ics) file."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was imported. Export the calendar as an .ics file from "
                          "Outlook, Google Calendar or Apple Calendar and import that.")),
    ErrorCode.NO_USABLE_EVENT: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{path} has no event that could be read (the first problem is on "
                          "line {line}: {reason})."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was imported and the earlier import of this file is kept. "
                          "Export the calendar again and import the new file.")),
    ErrorCode.IMPORT_CUT_SHORT: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "The recurring events of {path} need more than the {seconds} seconds "
                          "an import may spend on them: {count} were left unread (the first on "
                          "line {line})."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was imported and the earlier import of this file is kept. "
                          "Export a shorter period from the calendar and import that file.")),
    ErrorCode.CANNOT_WRITE: (
        QT_TRANSLATE_NOOP("ErrorWording", "The invites cannot be written to {path} ({detail})."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Choose a folder you may write to, with enough free space.")),
    ErrorCode.INTERVIEWER_HAS_BOOKINGS: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{name} cannot be removed while interviews are booked for them:"),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Cancel those bookings or move them to someone else first, then "
                          "remove the interviewer.")),
    ErrorCode.BOOKING_CHANGED: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Booking {booking_id} was changed meanwhile, in another window or by "
                          "another coordinator."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was changed. Look at the booking again, then retry.")),
    ErrorCode.NO_EARLIER_STATE: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "The earlier state of booking {booking_id} was not kept, so this "
                          "change cannot be undone."),
        QT_TRANSLATE_NOOP("ErrorWording", "Change the booking again by hand instead.")),
    ErrorCode.UNSUPPORTED_LANGUAGE: (
        QT_TRANSLATE_NOOP("ErrorWording", "There are no messages in the language “{language}”."),
        QT_TRANSLATE_NOOP("ErrorWording", "Choose one of these languages: {supported}.")),
    ErrorCode.CHANGED_MEANWHILE: (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{key} was changed by {by} at {at}, after you opened it."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Your changes were not saved. Open it again (it now shows the other "
                          "changes) and make your change again.")),
}
"""Source texts (message, advice) of every service error code."""

_UPCOMING = QT_TRANSLATE_NOOP("ErrorWording", "{when}: {candidate} (booking {booking_id})")

_CHANGED_TEMPLATE: Pair = (
    QT_TRANSLATE_NOOP("ErrorWording",
                      "The template “{key}” was changed by {by} at {at}, after you loaded it."),
    QT_TRANSLATE_NOOP("ErrorWording",
                      "Your version was not saved. Load the template again, or save yours under "
                      "another name."))
_SOMEONE = QT_TRANSLATE_NOOP("ErrorWording", "another coordinator")

_AT_LEAST = QT_TRANSLATE_NOOP("ErrorWording", "{field} must be {minimum} or more; it is {value}.")

_NOTHING_CHANGED = QT_TRANSLATE_NOOP("ErrorWording",
                                     "Nothing was changed. Check the database location in "
                                     "Settings and try again.")

STORE_ERRORS: dict[str, Pair] = {
    "busy": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "The database {where} is busy: another window or program has been "
                          "writing to it for too long."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was changed. Close the other window or try again in a "
                          "moment.")),
    "not_a_database": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{where} is not an interviewplanner database, or it is damaged."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Open another database file in Settings, or restore a backup.")),
    "other_tables": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{where} belongs to another program: it holds tables that are not "
                          "interviewplanner's."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Choose another database file, or an empty database, in Settings.")),
    "not_writable": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "The database {where} cannot be written: the folder is missing or the "
                          "file is read-only."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Check the database location in Settings and that you may write "
                          "there.")),
    "unreachable": (
        QT_TRANSLATE_NOOP("ErrorWording", "The database server for {where} cannot be reached."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was changed. Check the network and that the server is "
                          "running, then try again.")),
    "newer_schema": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "The database {where} was written by a newer version of "
                          "interviewplanner (schema {found})."),
        QT_TRANSLATE_NOOP("ErrorWording", "Update the app to open this database.")),
    "bad_url": (
        QT_TRANSLATE_NOOP("ErrorWording", "“{where}” is not a database file or URL."),
        QT_TRANSLATE_NOOP("ErrorWording", "Check the database location in Settings.")),
    "no_driver": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "The database driver for {where} is not installed ({driver})."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Install the driver, or choose a database file in Settings.")),
    "broken_references": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Updating the database would leave broken references (in {tables})."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was changed. Send the log file to support.")),
    "no_migrations": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "This installation of interviewplanner is incomplete: its database "
                          "updates are missing."),
        QT_TRANSLATE_NOOP("ErrorWording", "Install the app again.")),
    "email_taken": (
        QT_TRANSLATE_NOOP("ErrorWording", "{address} already belongs to {owner}."),
        _ADDRESS_TAKEN),
    "auth_failed": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "The database server refused the user name or password for {where}."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Check the user name and password in Settings (a password can also "
                          "come from ~/.pgpass).")),
    "no_such_database": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "The database server has no database of the name given in {where}."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Check the name in Settings, or ask the server's administrator to "
                          "create the database.")),
    "not_empty": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{where} is not empty: {table} has {rows} rows."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was copied. Copy into an empty database.")),
    "same_database": (
        QT_TRANSLATE_NOOP("ErrorWording",
                          "{where} is both the source and the destination of the copy."),
        QT_TRANSLATE_NOOP("ErrorWording",
                          "Nothing was copied. Choose another destination.")),
    "other": (
        QT_TRANSLATE_NOOP("ErrorWording", "Database error in {where}: {detail}"),
        _NOTHING_CHANGED),
}
"""Source texts (message, advice) of every storage error code, by the code's value."""

_UNKNOWN = QT_TRANSLATE_NOOP("ErrorWording", "Something went wrong ({code}).")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def format_moment(moment: datetime) -> str:
    """An aware datetime in UTC as the UI language writes it, plus "UTC"."""
    return f"{format_datetime(moment, 'UTC')} UTC"


def _bullets(lines: list[str]) -> str:
    return "".join(f"\n• {line}" for line in lines)


def _problems(problems: tuple[PolicyProblem, ...]) -> list[str]:
    """Each policy problem worded by :mod:`.policy`, after the label of its field."""
    return [f"{field_label(p.field)}: {problem_text(p)}" if p.field in LABELS else problem_text(p)
            for p in problems]


def _pair(code: ErrorCode, f: Mapping[str, Any]) -> Pair:
    """The source texts (message, advice) of ``code``, in the words of the kind of thing it is
    about where that changes them (a missing booking, a template changed meanwhile)."""
    if code is ErrorCode.NOT_FOUND and f["kind"] in _NOT_FOUND:
        return _NOT_FOUND[f["kind"]]
    if code is ErrorCode.CHANGED_MEANWHILE and f["kind"] == "template":
        return _CHANGED_TEMPLATE
    return ERRORS[code]


def _message(code: ErrorCode, f: Mapping[str, Any]) -> str:
    """The translated message of ``code`` with ``f`` filled in."""
    values = dict(f)
    if "field" in values and code is not ErrorCode.INVALID_PLAN:
        values["field"] = _tr(_FIELDS[values["field"]]) if values["field"] in _FIELDS \
            else values["field"]
    if code is ErrorCode.INVALID_PLAN:
        values["field"] = f["field"] or "plan"
        return _tr(_PLAN.get(f["source_kind"], _PLAN["plan"])).format(**values)
    if code is ErrorCode.NAME_REQUIRED and f["kind"] in _NAME_REQUIRED:
        return _tr(_NAME_REQUIRED[f["kind"]])
    if code is ErrorCode.NUMBER_OUT_OF_RANGE and f["maximum"] is None:
        return _tr(_AT_LEAST).format(**values)
    if code in (ErrorCode.INVALID_RANGE, ErrorCode.RANGE_TOO_LONG):
        values.update(first=format_moment(f["first"]), last=format_moment(f["last"]))
    if code is ErrorCode.NO_USABLE_EVENT:  # the reader's note, as a clause of this sentence
        values["reason"] = note_text(f["reason"]).rstrip(".。")
    if code is ErrorCode.CHANGED_MEANWHILE:
        values.update(by=f["by"] or _tr(_SOMEONE),
                      at=format_moment(f["at"]) if f["at"] is not None else "?")
    text = _tr(_pair(code, f)[0]).format(**values)
    if code in (ErrorCode.NO_PROPOSAL, ErrorCode.PROPOSAL_TAKEN):
        text += _bullets(reasons_text(f["reasons"]))
    if code is ErrorCode.INVALID_POLICY:
        text += _bullets(_problems(f["problems"]))
    if code is ErrorCode.INTERVIEWER_HAS_BOOKINGS:
        text += _bullets([_tr(_UPCOMING).format(when=format_moment(b.first_start),
                                                candidate=b.candidate, booking_id=b.booking_id)
                          for b in f["bookings"]])
    return text


def _advice(code: ErrorCode, f: Mapping[str, Any]) -> str:
    if code is ErrorCode.UNSUPPORTED_LANGUAGE:
        return _tr(ERRORS[code][1]).format(supported=", ".join(f["supported"]))
    return _tr(_pair(code, f)[1])


def _store_error(exc: BaseException) -> bool:
    """True for the store's errors (without importing the store on the GUI thread)."""
    module = sys.modules.get("interviewplanner.storage.errors")
    store_error = getattr(module, "StoreError", None)
    return isinstance(store_error, type) and isinstance(exc, store_error)


def _describe_store(code: str, f: Mapping[str, Any]) -> ErrorText:
    values = dict(f)
    if "tables" in values:
        values["tables"] = ", ".join(values["tables"])
    message, advice = STORE_ERRORS.get(code, (_UNKNOWN, _NOTHING_CHANGED))
    return ErrorText(_tr(message).format(code=code, **values), _tr(advice))


def describe_error(exc: BaseException, *, name_only: bool = False) -> ErrorText | None:
    """(message, advice) for a service or storage error in the UI language; ``None`` for any
    other exception (an unexpected one: :func:`interviewplanner.gui.errors.describe` words it).

    ``name_only`` names a file by its name instead of its full path (for lists whose rows
    already show which file).
    """
    if isinstance(exc, UserError):
        fields = exc.fields
        live = describe_source_error(exc.code, fields)
        if live is not None:  # feeds, CalDAV collections, passwords (SPEC §9)
            return ErrorText(*live)
        if name_only and "path" in fields:
            fields = {**fields, "path": PurePath(str(fields["path"])).name or fields["path"]}
        return ErrorText(_message(exc.code, fields), _advice(exc.code, fields))
    if _store_error(exc):
        code = getattr(exc, "code", "other")
        return _describe_store(str(getattr(code, "value", code)), getattr(exc, "fields", {}))
    return None
