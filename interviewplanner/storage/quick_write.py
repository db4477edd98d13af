"""The import's writer: one calendar source replaced, and the conflict watch after it, written
to a plain SQLite file with the standard library's sqlite3, no SQLAlchemy.

``import-ics`` on the command line reads a calendar, replaces that source's busy time, and
re-checks the bookings (SPEC §4, §9). Importing SQLAlchemy and its ORM alone took a quarter of
that whole process on a large calendar (~0.4 s of ~2 s, issue 13). This writer does exactly what
the repositories do for those steps, in the same transactions: ``BEGIN IMMEDIATE`` with the same
busy timeout and pragmas, the same rows and column texts, the same change-log row before the
commit (:mod:`.change_kinds`). The row values come from the same code (:mod:`.busy_rows`,
:mod:`.mapping`, :mod:`.utc_text`); a test imports the same calendars both ways and compares
every row of every table.

Like the start-up reader (:mod:`.quick`), it is used only on a plain ``sqlite:///`` file whose
schema is at the head revision of the shipped migrations; anything else gives ``None`` from
:func:`open_quick_writer` and the caller opens the full store, which creates, migrates or words
the problem. A driver error becomes the same :class:`~interviewplanner.storage.errors.StoreError`.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from interviewplanner.core.booking import Booking
from interviewplanner.core.conflicts import Conflict
from interviewplanner.core.intervals import Interval
from interviewplanner.storage.busy_rows import check_intervals, source_import_values
from interviewplanner.storage.change_kinds import KEEP, kinds_of, kinds_text
from interviewplanner.storage.errors import describe_failure
from interviewplanner.storage.mapping import (
    booking_from_rows,
    booking_order,
    conflict_from_row,
    conflict_values,
)
from interviewplanner.storage.quick import (
    QuickBookings,
    QuickBusy,
    QuickInterviewers,
    QuickSettings,
    Reads,
    connect_at_head,
)
from interviewplanner.storage.utc_text import (
    SQLITE_TEXT_OF_SECONDS,
    to_text,
    whole_seconds,
)

__all__ = ["WRITE_BUSY_TIMEOUT", "QuickWriteStore", "QuickWriteUnitOfWork", "open_quick_writer"]

WRITE_BUSY_TIMEOUT = 10.0
"""Seconds a writer waits for another one (the full store's ``DEFAULT_BUSY_TIMEOUT``)."""

_PRAGMAS = ("PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL")
"""What the full store sets on every connection, besides the busy timeout (given to connect)."""
_CONFLICT_COLUMNS = ("booking_id", "position", "interviewer", "start_utc", "end_utc", "reason",
                     "day", "detail", "need", "found_at")
_CONFLICT_TIMES = frozenset({"start_utc", "end_utc", "found_at"})


class QuickBusyWrites(QuickBusy):
    """Busy time, read and replaced one source at a time."""

    def __init__(self, reads: Reads, written: set[str]) -> None:
        """Work in ``reads``' transaction, noting the tables written in ``written``."""
        super().__init__(reads)
        self._written = written

    def replace_source(  # noqa: PLR0917  # the repositories' signature
        self,
        interviewer_id: int,
        source: str,
        intervals: Sequence[Interval],
        titles: Sequence[str | None] | None,
        events: int,
        warnings: Sequence[str],
        *,
        imported_at: datetime | None = None,
    ) -> int:
        """Replace everything ``source`` gave ``interviewer_id`` before; return the rows stored
        (as :meth:`~interviewplanner.storage.repositories.BusyRepository.replace_source`)."""
        check_intervals(intervals, titles)
        values = source_import_values(events, warnings, titles is not None, imported_at)
        connection = self._reads.connection
        if connection.execute("SELECT 1 FROM interviewers WHERE id = ?",
                              (interviewer_id,)).fetchone() is None:
            raise KeyError(f"no interviewer with id {interviewer_id}")
        cells = (values["events"], json.dumps(values["warnings"]), int(values["keep_titles"]),
                 to_text(values["imported_at"]))
        found = connection.execute(
            "SELECT id FROM calendar_sources WHERE interviewer_id = ? AND name = ?",
            (interviewer_id, source)).fetchone()
        if found is None:  # the ORM's defaults for the columns an import leaves alone
            cursor = connection.execute(
                "INSERT INTO calendar_sources (interviewer_id, name, events, warnings, keep_titles, "
                "imported_at, kind, password_keyring) VALUES (?, ?, ?, ?, ?, ?, 'file', 0)",
                (interviewer_id, source, *cells))
            source_id = int(cursor.lastrowid or 0)
        else:
            source_id = int(found[0])
            connection.execute("DELETE FROM busy_intervals WHERE source_id = ?", (source_id,))
            self._written.add("busy_intervals")
            connection.execute("UPDATE calendar_sources SET events = ?, warnings = ?, "
                               "keep_titles = ?, imported_at = ? WHERE id = ?",
                               (*cells, source_id))
        self._written.add("calendar_sources")
        count = len(intervals)
        if count:
            marks, starts, ends = _time_cells(list(map(attrgetter("start"), intervals)),
                                              list(map(attrgetter("end"), intervals)))
            connection.executemany(
                "INSERT INTO busy_intervals (source_id, interviewer_id, start_utc, end_utc, title) "
                f"VALUES (?, ?, {marks}, ?)",
                zip(repeat(source_id, count), repeat(interviewer_id, count), starts, ends,
                    titles if titles is not None else repeat(None, count), strict=False))
            self._written.add("busy_intervals")
        return count


def _time_cells(starts: list[datetime], ends: list[datetime]
                ) -> tuple[str, Sequence[object], Sequence[object]]:
    """The SQL placeholders for a start and an end column and their cells: second counts that
    SQLite turns into the stored text when it can (all UTC, whole seconds), else the texts."""
    seconds = whole_seconds(starts), whole_seconds(ends)
    if seconds[0] is not None and seconds[1] is not None:
        return f"{SQLITE_TEXT_OF_SECONDS}, {SQLITE_TEXT_OF_SECONDS}", seconds[0], seconds[1]
    return "?, ?", list(map(to_text, starts)), list(map(to_text, ends))


class QuickBookingList(QuickBookings):
    """Bookings, read whole, and booked time."""

    def list(self) -> builtins.list[Booking]:
        """Every booking, by first session start."""
        sessions: dict[str, builtins.list[SimpleNamespace]] = defaultdict(builtins.list)
        for row in self._reads.rows("booking_sessions", "ORDER BY booking_id, position"):
            sessions[row.booking_id].append(row)
        attendees: dict[int, builtins.list[SimpleNamespace]] = defaultdict(builtins.list)
        for row in self._reads.rows("booking_attendees", "ORDER BY id"):
            attendees[row.session_id].append(row)
        bookings = [booking_from_rows(row, sessions[row.id], attendees)
                    for row in self._reads.rows("bookings")]
        return sorted(bookings, key=booking_order)


class QuickConflicts:
    """What the conflict watch found."""

    def __init__(self, reads: Reads, written: set[str]) -> None:
        """Work in ``reads``' transaction, noting the tables written in ``written``."""
        self._reads = reads
        self._written = written

    def all(self) -> dict[str, builtins.list[Conflict]]:
        """The stored conflicts per booking id, by session then interviewer."""
        result: dict[str, builtins.list[Conflict]] = {}
        for row in self._reads.rows("booking_conflicts",
                                    "ORDER BY booking_id, position, interviewer, id"):
            result.setdefault(row.booking_id, []).append(conflict_from_row(row))
        return result

    def replace_all(self, found: Mapping[str, Iterable[Conflict]], at: datetime) -> None:
        """Replace every stored conflict with ``found`` (booking id -> its conflicts)."""
        connection = self._reads.connection
        connection.execute("DELETE FROM booking_conflicts")
        self._written.add("booking_conflicts")
        rows = [conflict_values(booking_id, c, at) for booking_id, conflicts in found.items()
                for c in conflicts]
        if rows:
            connection.executemany(
                f"INSERT INTO booking_conflicts ({', '.join(_CONFLICT_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_CONFLICT_COLUMNS))})",
                [tuple(to_text(row[c]) if c in _CONFLICT_TIMES else row[c]
                       for c in _CONFLICT_COLUMNS) for row in rows])


class QuickState:
    """Small named values kept between runs (``app_state``)."""

    def __init__(self, reads: Reads, written: set[str]) -> None:
        """Work in ``reads``' transaction, noting the tables written in ``written``."""
        self._connection = reads.connection
        self._written = written

    def get(self, key: str) -> str | None:
        """The value of ``key`` (or None)."""
        row = self._connection.execute("SELECT value FROM app_state WHERE key = ?",
                                       (key,)).fetchone()
        return None if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        """Store ``value`` under ``key``."""
        if self.get(key) is None:
            self._connection.execute("INSERT INTO app_state (key, value) VALUES (?, ?)",
                                     (key, value))
        else:
            self._connection.execute("UPDATE app_state SET value = ? WHERE key = ?", (value, key))
        self._written.add("app_state")


class QuickWriteUnitOfWork:
    """One transaction: the roster and settings read, busy time, bookings, conflicts, state."""

    def __init__(self, connection: sqlite3.Connection,
                 converters: dict[str, builtins.list[Callable[[Any], Any] | None]]) -> None:
        """Work through ``connection`` inside a transaction the store opened."""
        reads = Reads(connection, converters)
        self.written: set[str] = set()
        self.interviewers = QuickInterviewers(reads)
        self.settings = QuickSettings(reads)
        self.busy = QuickBusyWrites(reads, self.written)
        self.bookings = QuickBookingList(reads)
        self.conflicts = QuickConflicts(reads, self.written)
        self.state = QuickState(reads, self.written)


class QuickWriteStore:
    """A SQLite store at head, written for an import without SQLAlchemy (see the module's text)."""

    def __init__(self, connection: sqlite3.Connection, path: Path, *, actor: str = "") -> None:
        """Wrap an open read-write ``connection`` to ``path`` (use :func:`open_quick_writer`);
        ``actor`` is the coordinator recorded with the changes, as the full store's."""
        self._connection = connection
        self.path = path
        self.actor = actor
        self.origin = uuid.uuid4().hex
        self._converters: dict[str, builtins.list[Callable[[Any], Any] | None]] = {}

    @contextmanager
    def read(self) -> Iterator[QuickWriteUnitOfWork]:
        """One consistent snapshot (a deferred transaction, always rolled back)."""
        with self._transaction("BEGIN", write=False) as uow:
            yield uow

    @contextmanager
    def write(self) -> Iterator[QuickWriteUnitOfWork]:
        """A write transaction (``BEGIN IMMEDIATE``), committed with its change-log row when the
        block ends normally and rolled back otherwise."""
        with self._transaction("BEGIN IMMEDIATE", write=True) as uow:
            yield uow

    @contextmanager
    def _transaction(self, begin: str, *, write: bool) -> Iterator[QuickWriteUnitOfWork]:
        where = str(self.path)
        connection = self._connection
        try:
            connection.execute(begin)
        except sqlite3.Error as exc:
            raise describe_failure(exc, where) from exc
        try:
            uow = QuickWriteUnitOfWork(connection, self._converters)
            yield uow
            if write:
                self._log(uow.written)
                connection.execute("COMMIT")
            else:
                self._rollback()  # a read: nothing to keep
        except sqlite3.Error as exc:
            self._rollback()
            raise describe_failure(exc, where) from exc
        except BaseException:
            self._rollback()
            raise

    def _log(self, written: set[str]) -> None:
        """The change-log row of this transaction's writes (as :func:`changes.log_write`)."""
        kinds = kinds_of(written)
        if not kinds:
            return
        cursor = self._connection.execute(
            "INSERT INTO store_changes (at, by, origin, kinds) VALUES (?, ?, ?, ?)",
            (to_text(datetime.now(UTC)), self.actor, self.origin, kinds_text(kinds)))
        newest = int(cursor.lastrowid or 0)
        self._connection.execute("DELETE FROM store_changes WHERE id <= ?", (newest - KEEP,))

    def _rollback(self) -> None:
        with suppress(sqlite3.Error):  # the transaction may already be gone with the error
            self._connection.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()


def open_quick_writer(url: str, *, actor: str = "", busy_timeout: float = WRITE_BUSY_TIMEOUT
                      ) -> QuickWriteStore | None:
    """The import's writer on ``url``, or None when only the full store can write it.

    None for a server or in-memory URL, a missing file, a schema not at the shipped head, or
    any sqlite3 error on opening (the full store then says what is wrong, in words). A write
    waits up to ``busy_timeout`` seconds for another writer, as the full store's does.
    """
    found = connect_at_head(url, "rw", busy_timeout)
    if found is None:
        return None
    connection, path = found
    try:
        for pragma in _PRAGMAS:  # the wait is sqlite3's ``timeout`` (its busy handler)
            connection.execute(pragma)
    except sqlite3.Error:
        connection.close()
        return None
    return QuickWriteStore(connection, path, actor=actor)
