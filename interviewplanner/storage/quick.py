"""The start-up reader: a SQLite store read with the standard library's sqlite3, no SQLAlchemy.

Importing SQLAlchemy and its ORM takes longer (~0.3-0.5 s) than everything else the window
needs to show its first roster and week, and than a whole ``interviewer list``. For those reads
this module answers the :mod:`.reading` protocols straight from the file, read-only.

It reads only what it can read exactly as the full store would: a SQLite file (no server URL,
no in-memory database, no URL options) whose schema is at the head revision of the shipped
migrations. Anything else (no file yet, an older schema that needs migrating, a locked or
damaged file) gives ``None`` from :func:`open_quick`, and the caller opens the full store,
which migrates, creates or reports the problem in words. The values come back through the same
mapping code as the ORM rows (:mod:`.mapping`); a test compares both readers on the same data.
"""

from __future__ import annotations

import builtins
import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from datetime import datetime, time
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

from interviewplanner.core.booking import BookingStatus
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import BusyInterval, CompanySettings, Interviewer
from interviewplanner.storage.errors import describe_failure
from interviewplanner.storage.mapping import interviewer_from_row, settings_from_row
from interviewplanner.storage.reading import BookedSlot
from interviewplanner.storage.revisions import head_in_files
from interviewplanner.storage.utc_text import from_text, to_text

__all__ = ["QuickBookings", "QuickBusy", "QuickInterviewers", "QuickSettings", "QuickStore",
           "Reads", "connect_at_head", "open_quick", "sqlite_path"]

log = logging.getLogger(__name__)

BUSY_TIMEOUT = 5.0
_CONFIRMED = BookingStatus.CONFIRMED.value


def sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL; None for anything else."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or any(c in url for c in "?%#"):
        return None
    rest = url[len(prefix):]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def _time(value: str | None) -> time | None:
    return None if value is None else time.fromisoformat(value)


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _json(value: str | None) -> Any:
    return None if value is None else json.loads(value)


def _moment(value: str | None) -> datetime | None:
    return None if value is None else from_text(value)


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "TIME": _time, "BOOLEAN": _flag, "JSON": _json, "DATETIME": _moment,
}
"""Declared column type -> how SQLAlchemy's types read the stored value back."""


def _marks(values: list[Any]) -> str:
    return ",".join("?" * len(values))


class Reads:
    """One read transaction's queries, shared by the repositories below."""

    def __init__(self, connection: sqlite3.Connection,
                 converters: dict[str, list[Callable[[Any], Any] | None]]) -> None:
        self.connection = connection
        self._converters = converters  # per table, kept by the store: the schema is fixed

    def rows(self, table: str, where: str = "", params: Iterable[Any] = ()
             ) -> list[SimpleNamespace]:
        """Whole rows of ``table`` with values as the ORM would give them."""
        # ``table`` and ``where`` are this module's constants; values go in as parameters
        cursor = self.connection.execute(f"SELECT * FROM {table} {where}", tuple(params))
        names = [d[0] for d in cursor.description]
        converters = self._column_converters(table, names)
        return [SimpleNamespace(**{n: (v if c is None or v is None else c(v))
                                   for n, c, v in zip(names, converters, row, strict=True)})
                for row in cursor]

    def _column_converters(self, table: str, names: list[str]
                           ) -> list[Callable[[Any], Any] | None]:
        if table not in self._converters:
            declared = {str(r[1]): str(r[2]).upper()
                        for r in self.connection.execute(f"PRAGMA table_info({table})")}
            self._converters[table] = [_CONVERT.get(declared.get(n, "")) for n in names]
        return self._converters[table]


class QuickInterviewers:
    def __init__(self, reads: Reads) -> None:
        self._reads = reads

    def list(self) -> builtins.list[Interviewer]:
        people = self._to_domain(self._reads.rows("interviewers"))
        return sorted(people, key=lambda p: (p.name.casefold(), p.email.casefold()))

    def get_by_email(self, email: str) -> Interviewer | None:
        rows = self._reads.rows(
            "interviewers", "WHERE id IN (SELECT interviewer_id FROM interviewer_emails "
            "WHERE address_key = ?)", [email.strip().lower()])
        return self._to_domain(rows)[0] if rows else None

    def _to_domain(self, rows: builtins.list[SimpleNamespace]) -> builtins.list[Interviewer]:
        ids = [row.id for row in rows]
        aliases: dict[int, builtins.list[str]] = defaultdict(builtins.list)
        pools: dict[int, builtins.list[str]] = defaultdict(builtins.list)
        connection = self._reads.connection
        for owner, address in connection.execute(
                f"SELECT interviewer_id, address FROM interviewer_emails WHERE interviewer_id "
                f"IN ({_marks(ids)}) AND is_primary = 0 ORDER BY id", ids):
            aliases[owner].append(address)
        for owner, name in connection.execute(
                f"SELECT m.interviewer_id, p.name FROM pool_members AS m JOIN pools AS p "
                f"ON p.id = m.pool_id WHERE m.interviewer_id IN ({_marks(ids)}) ORDER BY p.name",
                ids):
            pools[owner].append(name)
        return [interviewer_from_row(row, tuple(aliases[row.id]), tuple(pools[row.id]))
                for row in rows]


class QuickSettings:
    def __init__(self, reads: Reads) -> None:
        self._reads = reads

    def get(self) -> CompanySettings:
        rows = self._reads.rows("company_settings", "WHERE id = 1")
        return settings_from_row(rows[0] if rows else None)


class QuickBusy:
    def __init__(self, reads: Reads) -> None:
        self._reads = reads

    def busy_for(self, interviewer_ids: Iterable[int], start: datetime, end: datetime
                 ) -> dict[int, list[BusyInterval]]:
        ids = list(interviewer_ids)
        query = (f"SELECT b.interviewer_id, b.start_utc, b.end_utc, s.name FROM busy_intervals "
                 f"AS b JOIN calendar_sources AS s ON s.id = b.source_id WHERE b.interviewer_id "
                 f"IN ({_marks(ids)}) AND b.start_utc < ? AND b.end_utc > ? "
                 f"ORDER BY b.interviewer_id, b.start_utc, b.end_utc, b.id")
        result: dict[int, list[BusyInterval]] = defaultdict(list)
        for owner, busy_start, busy_end, name in self._reads.connection.execute(
                query, [*ids, to_text(end), to_text(start)]):
            result[owner].append(BusyInterval(from_text(busy_start), from_text(busy_end), name))
        return dict(result)


class QuickBookings:
    def __init__(self, reads: Reads) -> None:
        self._reads = reads

    def slots_for(self, interviewer_ids: Iterable[int], start: datetime, end: datetime,
                  *, exclude: str | None = None) -> dict[int, list[BookedSlot]]:
        ids = list(interviewer_ids)
        query = (f"SELECT a.interviewer_id, s.start_utc, s.end_utc, s.booking_id, s.title "
                 f"FROM booking_attendees AS a JOIN booking_sessions AS s ON a.session_id = s.id "
                 f"JOIN bookings AS b ON s.booking_id = b.id WHERE a.interviewer_id "
                 f"IN ({_marks(ids)}) AND b.status = ? AND s.start_utc < ? AND s.end_utc > ?")
        params: list[Any] = [*ids, _CONFIRMED, to_text(end), to_text(start)]
        if exclude is not None:
            query += " AND b.id != ?"
            params.append(exclude)
        query += " ORDER BY a.interviewer_id, s.start_utc, s.end_utc, s.booking_id, s.position"
        result: dict[int, list[BookedSlot]] = defaultdict(list)
        for owner, s, e, booking_id, title in self._reads.connection.execute(query, params):
            if owner is not None:
                result[owner].append(BookedSlot(Interval(from_text(s), from_text(e)), booking_id, title))
        return dict(result)

    def candidate_names(self, booking_ids: Iterable[str]) -> dict[str, str]:
        wanted = sorted(set(booking_ids))
        if not wanted:
            return {}
        query = f"SELECT id, candidate_name FROM bookings WHERE id IN ({_marks(wanted)})"
        return {str(i): str(n) for i, n in self._reads.connection.execute(query, wanted)}


class QuickUnitOfWork:
    """One read transaction: the roster, the settings, busy and booked time."""

    def __init__(self, connection: sqlite3.Connection,
                 converters: dict[str, list[Callable[[Any], Any] | None]]) -> None:
        """Read through ``connection`` (inside a transaction the caller opened); ``converters``
        caches each table's column conversions across units of work."""
        reads = Reads(connection, converters)
        self.interviewers = QuickInterviewers(reads)
        self.settings = QuickSettings(reads)
        self.busy = QuickBusy(reads)
        self.bookings = QuickBookings(reads)


class QuickStore:
    """A SQLite store at head, read-only, without SQLAlchemy (see the module's text)."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        """Wrap an open read-only ``connection`` to ``path`` (use :func:`open_quick`)."""
        self._connection = connection
        self.path = path
        self._converters: dict[str, list[Callable[[Any], Any] | None]] = {}

    @contextmanager
    def read(self) -> Iterator[QuickUnitOfWork]:
        """One consistent snapshot (a deferred read transaction).

        A driver error (the file locked past the busy timeout, damaged since it was opened)
        becomes the same :class:`~interviewplanner.storage.errors.StoreError` the full store
        raises, worded by the faces.
        """
        where = str(self.path)
        try:
            self._connection.execute("BEGIN")
        except sqlite3.Error as exc:
            raise describe_failure(exc, where) from exc
        try:
            yield QuickUnitOfWork(self._connection, self._converters)
        except sqlite3.Error as exc:
            raise describe_failure(exc, where) from exc
        finally:
            with suppress(sqlite3.Error):  # nothing to undo: the transaction only read
                self._connection.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()


def open_quick(url: str) -> QuickStore | None:
    """The start-up reader on ``url``, or None when only the full store can read it.

    None for a server or in-memory URL, a missing file, a schema not at the shipped head, or
    any sqlite3 error (the full store then says what is wrong, in words).
    """
    found = connect_at_head(url, "ro", BUSY_TIMEOUT)
    return None if found is None else QuickStore(*found)


def connect_at_head(url: str, mode: str, timeout: float
                    ) -> tuple[sqlite3.Connection, Path] | None:
    """A connection (``mode`` ``ro`` or ``rw``, autocommit: the caller emits BEGIN) to the plain
    SQLite file of ``url`` when its schema is at the shipped head; else None (and why, logged)."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    head = head_in_files()
    try:
        connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode={mode}", uri=True,
                                     timeout=timeout, isolation_level=None,
                                     check_same_thread=False)
    except sqlite3.Error as exc:
        log.info("sqlite3 without SQLAlchemy not used for %s: %s", path, exc)
        return None
    try:
        with closing(connection.execute("SELECT version_num FROM alembic_version")) as cursor:
            revisions = [row[0] for row in cursor]
    except sqlite3.Error as exc:
        log.info("sqlite3 without SQLAlchemy not used for %s: %s", path, exc)
        connection.close()
        return None
    if head is None or revisions != [head]:
        connection.close()
        return None
    return connection, path
