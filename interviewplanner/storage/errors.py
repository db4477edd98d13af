"""Storage errors as codes a face can word: busy, not a database, not writable, unreachable...

Driver exceptions (sqlite3, psycopg) never leave :mod:`interviewplanner.storage`; they are
turned into :class:`StoreError` here, by the words SQLite and PostgreSQL use for each problem.
A StoreError carries a :class:`StoreErrorCode` and fields (``where`` names the database: a file
path, or a URL without its password); ``cli/wording.py`` and ``gui/wording`` word them.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from interviewplanner.core.errors import CodedError


class StoreErrorCode(StrEnum):
    """What went wrong with the database. The comment lists each code's ``fields``."""

    BUSY = "busy"  # where: another program holds the write lock for too long
    NOT_A_DATABASE = "not_a_database"  # where: not SQLite, encrypted or damaged
    OTHER_TABLES = "other_tables"  # where: a database of some other program
    NOT_WRITABLE = "not_writable"  # where: folder missing or file read-only
    UNREACHABLE = "unreachable"  # where: the server does not answer
    NEWER_SCHEMA = "newer_schema"  # where, found, known (schema revisions)
    BAD_URL = "bad_url"  # where (the text given, any password hidden)
    NO_DRIVER = "no_driver"  # where, driver
    BROKEN_REFERENCES = "broken_references"  # where, tables (after a migration)
    NO_MIGRATIONS = "no_migrations"  # where: the installed package lacks its migrations
    EMAIL_TAKEN = "email_taken"  # address, owner: another interviewer holds the address
    AUTH_FAILED = "auth_failed"  # where: the server refused the user name or password
    NO_SUCH_DATABASE = "no_such_database"  # where: the server has no database of that name
    NOT_EMPTY = "not_empty"  # where, table, rows: a copy's destination already holds data
    SAME_DATABASE = "same_database"  # where: a copy's source and destination are one database
    OTHER = "other"  # where, detail (the driver's first line, any password hidden)


class StoreError(CodedError):
    """The store cannot do what was asked: ``code`` says what, ``fields`` the details.

    ``str()`` gives the code and fields for logs only; faces word errors themselves.
    """

    code: StoreErrorCode

    def __init__(self, code: StoreErrorCode, **fields: Any) -> None:
        """An error with ``code`` and keyword ``fields`` (``where`` defaults to "")."""
        fields.setdefault("where", "")
        super().__init__(code, **fields)


class DuplicateEmailError(StoreError, ValueError):
    """An e-mail ``address`` (primary or alias) already belongs to interviewer ``owner``."""

    def __init__(self, address: str, owner: str) -> None:
        """The address and the name of who holds it."""
        super().__init__(StoreErrorCode.EMAIL_TAKEN, address=address, owner=owner)


_CREDENTIALS = re.compile(r"(//[^/@:\s]*):[^/\s]*@")  # to the last "@" before the path


def hide_password(text: str) -> str:
    """``text`` with the password of any ``scheme://user:password@host`` replaced by ``***``."""
    return _CREDENTIALS.sub(r"\1:***@", text)


_KNOWN: tuple[tuple[tuple[str, ...], StoreErrorCode], ...] = (
    (("database is locked", "database table is locked", "database is busy"), StoreErrorCode.BUSY),
    (("file is not a database", "file is encrypted", "database disk image is malformed"),
     StoreErrorCode.NOT_A_DATABASE),
    (("unable to open database file", "readonly database", "read-only", "permission denied"),
     StoreErrorCode.NOT_WRITABLE),
    (("password authentication failed", "no password supplied", "authentication failed",
      "pg_hba.conf"), StoreErrorCode.AUTH_FAILED),
    (("lock timeout", "deadlock detected", "could not serialize access"), StoreErrorCode.BUSY),
    (("could not connect", "connection refused", "could not translate host name",
      "name or service not known", "failed to resolve host", "timeout expired",
      "connection timeout", "server closed the connection", "terminating connection",
      "connection is closed", "no route to host", "network is unreachable"),
     StoreErrorCode.UNREACHABLE),
)


_KNOWN_PATTERNS: tuple[tuple[re.Pattern[str], StoreErrorCode], ...] = (
    (re.compile(r'fatal:\s+database "[^"]*" does not exist'), StoreErrorCode.NO_SUCH_DATABASE),
    (re.compile(r'fatal:\s+role "[^"]*" does not exist'), StoreErrorCode.AUTH_FAILED),
)


def describe_failure(exc: BaseException, where: str) -> StoreError:
    """Return a :class:`StoreError` whose code explains ``exc`` for the database ``where``."""
    text = str(exc).lower()
    for pattern, code in _KNOWN_PATTERNS:
        if pattern.search(text):
            return StoreError(code, where=where)
    for needles, code in _KNOWN:
        if any(needle in text for needle in needles):
            return StoreError(code, where=where)
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return StoreError(StoreErrorCode.OTHER, where=where, detail=hide_password(first_line))
