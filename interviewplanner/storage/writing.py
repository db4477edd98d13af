"""What an import and the conflict watch after it need of a store (no SQLAlchemy here).

Replacing one calendar source's busy time, then re-checking every booking against it: the
services behind ``import-ics`` (:mod:`interviewplanner.services.import_calendar`,
:mod:`interviewplanner.services.conflict_watch`) ask only for these. The full store
(:class:`~interviewplanner.storage.db.Store`) provides them, and so does the import's writer on a
plain SQLite file (:mod:`.quick_write`), which the command line uses so that an import does not
wait for SQLAlchemy to load.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Protocol

from interviewplanner.core.booking import Booking
from interviewplanner.core.conflicts import Conflict
from interviewplanner.core.intervals import Interval
from interviewplanner.storage.reading import BookingReads, BusyReads, InterviewerReads, SettingsReads

__all__ = ["BookingList", "BusyWrites", "ConflictStore", "StateStore", "WatchStore",
           "WatchUnitOfWork"]


class BusyWrites(BusyReads, Protocol):
    """Imported busy time, read and replaced one source at a time."""

    def replace_source(  # noqa: PLR0917  # the positional signature services call
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
        """Replace everything ``source`` gave ``interviewer_id`` before; the rows stored."""


class BookingList(BookingReads, Protocol):
    """Bookings, read whole."""

    def list(self) -> list[Booking]:
        """Every booking, by first session start."""


class ConflictStore(Protocol):
    """What the conflict watch found."""

    def all(self) -> dict[str, list[Conflict]]:
        """The stored conflicts per booking id, by session then interviewer."""

    def replace_all(self, found: Mapping[str, Iterable[Conflict]], at: datetime) -> None:
        """Replace every stored conflict with ``found`` (booking id -> its conflicts)."""


class StateStore(Protocol):
    """Small named values kept between runs."""

    def get(self, key: str) -> str | None:
        """The value of ``key`` (or None)."""

    def set(self, key: str, value: str) -> None:
        """Store ``value`` under ``key``."""


class WatchUnitOfWork(Protocol):
    """One transaction of an import or of the conflict watch."""

    @property
    def interviewers(self) -> InterviewerReads:
        """The roster."""

    @property
    def settings(self) -> SettingsReads:
        """The company settings."""

    @property
    def busy(self) -> BusyWrites:
        """Imported busy time."""

    @property
    def bookings(self) -> BookingList:
        """Bookings and booked time."""

    @property
    def conflicts(self) -> ConflictStore:
        """What the conflict watch found."""

    @property
    def state(self) -> StateStore:
        """Small values kept between runs."""


class WatchStore(Protocol):
    """A store that imports and watches: ``with store.write() as uow: ...``."""

    def read(self) -> AbstractContextManager[WatchUnitOfWork]:
        """A read-only unit of work over one snapshot."""

    def write(self) -> AbstractContextManager[WatchUnitOfWork]:
        """A write transaction, committed when the block ends normally."""
