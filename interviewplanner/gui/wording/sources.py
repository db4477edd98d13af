"""Errors of live calendars (SPEC §9) in the user's language: feeds, CalDAV collections,
passwords. :func:`describe_source_error` is called by :mod:`.errors` for these codes.

``{source}`` is the address of the feed or collection (never with a password). Every failure
of a refresh keeps the busy time of the last good refresh, and the advice says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP
from interviewplanner.services.errors import ErrorCode

CONTEXT = "SourceWording"

_KEPT = QT_TRANSLATE_NOOP("SourceWording",
                          "Nothing changed: the busy time of the last good refresh is kept. "
                          "Try again later, or check the address in the Calendars tab.")

SOURCE_ERRORS: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.SOURCE_EXISTS: (
        QT_TRANSLATE_NOOP("SourceWording", "{interviewer} already has the calendar {source}."),
        QT_TRANSLATE_NOOP("SourceWording", "Nothing needs to be added: refresh it instead.")),
    ErrorCode.INVALID_URL: (
        QT_TRANSLATE_NOOP("SourceWording", "“{url}” is not the address of a calendar."),
        QT_TRANSLATE_NOOP("SourceWording",
                          "Paste the address the calendar service shows for sharing, starting "
                          "with https:// or webcal://.")),
    ErrorCode.PASSWORD_MISSING: (
        QT_TRANSLATE_NOOP("SourceWording",
                          "The password for {source} is not set (variable {variable})."),
        QT_TRANSLATE_NOOP("SourceWording",
                          "Set the variable, or remove the calendar and add it again with its "
                          "password.")),
    ErrorCode.KEYRING_UNAVAILABLE: (
        QT_TRANSLATE_NOOP("SourceWording",
                          "The system keyring cannot keep the password ({detail})."),
        QT_TRANSLATE_NOOP("SourceWording",
                          "Unlock or set up the system keyring (for example GNOME Keyring or "
                          "KWallet), then add the calendar again.")),
    ErrorCode.SOURCE_AUTH: (
        QT_TRANSLATE_NOOP("SourceWording",
                          "{source} refused the user name and password (HTTP {status})."),
        QT_TRANSLATE_NOOP("SourceWording",
                          "Check the user name and password: remove the calendar and add it "
                          "again with the right ones. The busy time of the last good refresh "
                          "is kept.")),
    ErrorCode.SOURCE_HTTP_STATUS: (
        QT_TRANSLATE_NOOP("SourceWording", "{source} answered with HTTP error {status}."),
        _KEPT),
    ErrorCode.SOURCE_TIMEOUT: (
        QT_TRANSLATE_NOOP("SourceWording", "{source} did not answer within {seconds} seconds."),
        _KEPT),
    ErrorCode.SOURCE_CERTIFICATE: (
        QT_TRANSLATE_NOOP("SourceWording",
                          "The certificate of {source} is not valid ({detail}), so it was not "
                          "trusted."),
        _KEPT),
    ErrorCode.SOURCE_UNREACHABLE: (
        QT_TRANSLATE_NOOP("SourceWording", "{source} cannot be reached ({detail})."),
        _KEPT),
    ErrorCode.SOURCE_TOO_LARGE: (
        QT_TRANSLATE_NOOP("SourceWording",
                          "{source} sent more than {limit_mebibytes} MiB, too much for a "
                          "calendar."),
        _KEPT),
    ErrorCode.SOURCE_REDIRECTS: (
        QT_TRANSLATE_NOOP("SourceWording",
                          "{source} sent the request on more than {count} times."),
        _KEPT),
    ErrorCode.SOURCE_PROTOCOL: (
        QT_TRANSLATE_NOOP("SourceWording", "The answer of {source} cannot be read ({detail})."),
        _KEPT),
    ErrorCode.SOURCE_NOT_CALENDAR: (
        QT_TRANSLATE_NOOP("SourceWording", "{source} is not a calendar ({detail})."),
        _KEPT),
}
"""Source texts (message, advice) of every live-calendar error code."""

_NEEDS_LOGIN = (
    QT_TRANSLATE_NOOP("SourceWording", "{source} needs a user name and password (HTTP {status})."),
    QT_TRANSLATE_NOOP("SourceWording",
                      "Remove the calendar and add it again with the user name and password "
                      "of the calendar service. The busy time of the last good refresh is "
                      "kept."))
_NO_KEYRING_ENTRY = QT_TRANSLATE_NOOP("SourceWording",
                                      "The system keyring has no password for {source}.")
_WEB_PAGE = QT_TRANSLATE_NOOP("SourceWording",
                              "{source} answered with a web page (a sign-in page?), not a "
                              "calendar.")
_URL_PROBLEMS: dict[str, str] = {
    "scheme": QT_TRANSLATE_NOOP("SourceWording",
                                "“{url}” is not a calendar address: it must start with "
                                "https://, http:// or webcal://."),
    "no_host": QT_TRANSLATE_NOOP("SourceWording", "“{url}” names no server."),
    "password_in_url": QT_TRANSLATE_NOOP("SourceWording",
                                         "The address {url} holds a password; a password "
                                         "belongs in its own field, never in the address."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe_source_error(code: ErrorCode, f: Mapping[str, Any]) -> tuple[str, str] | None:
    """(message, advice) of a live-calendar error in the UI language; None for other codes."""
    if code not in SOURCE_ERRORS:
        return None
    message, advice = SOURCE_ERRORS[code]
    if code is ErrorCode.SOURCE_AUTH and not f.get("with_credentials"):
        message, advice = _NEEDS_LOGIN
    elif code is ErrorCode.PASSWORD_MISSING and not f.get("variable"):
        message = _NO_KEYRING_ENTRY
    elif code is ErrorCode.SOURCE_NOT_CALENDAR and f.get("html"):
        message = _WEB_PAGE
    elif code is ErrorCode.INVALID_URL:
        message = _URL_PROBLEMS.get(str(f.get("problem")), message)
    values = {k: ("" if v is None else v) for k, v in f.items()}
    return _tr(message).format(**values), _tr(advice)
