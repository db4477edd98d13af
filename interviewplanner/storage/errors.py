"""Storage errors with messages a coordinator can act on.

Driver exceptions (sqlite3, psycopg) never leave :mod:`interviewplanner.storage`; they are
turned into :class:`StoreError` here, by the words SQLite and PostgreSQL use for each problem.
"""

from __future__ import annotations


class StoreError(Exception):
    """The store cannot do what was asked; ``str(error)`` is a one-line human message."""


class DuplicateEmailError(StoreError, ValueError):
    """An e-mail address (primary or alias) already belongs to another interviewer."""


_KNOWN: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("database is locked", "database table is locked", "database is busy"),
        "The database {where} is busy: another window or program has been writing to it for "
        "too long. Close the other window or try again in a moment.",
    ),
    (
        ("file is not a database", "file is encrypted", "database disk image is malformed"),
        "{where} is not an interviewplanner database (or it is damaged).",
    ),
    (
        ("unable to open database file", "readonly database", "read-only", "permission denied"),
        "Cannot write the database {where}: the folder is missing or the file is not writable.",
    ),
    (
        ("could not connect", "connection refused", "could not translate host name"),
        "Cannot reach the database server for {where}.",
    ),
)


def describe_failure(exc: BaseException, where: str) -> StoreError:
    """Return a :class:`StoreError` whose message explains ``exc`` for the database ``where``."""
    text = str(exc).lower()
    for needles, template in _KNOWN:
        if any(needle in text for needle in needles):
            return StoreError(template.format(where=where))
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return StoreError(f"Database error in {where}: {first_line}")
