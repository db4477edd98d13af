"""What the read-only use cases of a first view need of a store, without SQLAlchemy.

The roster, the company settings, booked slots and busy time: the services that fill the
window's first roster and week (and ``interviewer list``) ask only for these. Both the full
store (:class:`~interviewplanner.storage.db.Store`, SQLAlchemy) and the start-up reader
(:mod:`interviewplanner.storage.quick`, the standard library's sqlite3) provide them.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import BusyInterval, CompanySettings, Interviewer


@dataclass(frozen=True, slots=True)
class BookedSlot:
    """A confirmed session of one interviewer: busy time and a count toward load limits."""

    interval: Interval
    booking_id: str
    title: str


class InterviewerReads(Protocol):
    """The roster, read."""

    def list(self) -> list[Interviewer]:
        """Every interviewer, sorted by name (case-insensitively), then e-mail."""

    def get_by_email(self, email: str) -> Interviewer | None:
        """The interviewer owning ``email`` as primary address or alias (case-insensitive)."""


class SettingsReads(Protocol):
    """The company settings, read."""

    def get(self) -> CompanySettings:
        """The saved company settings, or the built-in defaults when none were saved."""


class BusyReads(Protocol):
    """Imported busy time, read."""

    def busy_for(self, interviewer_ids: Iterable[int], start: datetime,
                 end: datetime) -> dict[int, list[BusyInterval]]:
        """Busy intervals overlapping ``[start, end)`` per interviewer id, each by start."""


class BookingReads(Protocol):
    """Booked time, read."""

    def slots_for(self, interviewer_ids: Iterable[int], start: datetime, end: datetime,
                  *, exclude: str | None = None) -> dict[int, list[BookedSlot]]:
        """Confirmed sessions overlapping ``[start, end)`` per interviewer id."""

    def candidate_names(self, booking_ids: Iterable[str]) -> dict[str, str]:
        """The candidate's name of each booking id that exists."""


class ReadUnitOfWork(Protocol):
    """One consistent snapshot of the store, read-only."""

    @property
    def interviewers(self) -> InterviewerReads:
        """The roster."""

    @property
    def settings(self) -> SettingsReads:
        """The company settings."""

    @property
    def busy(self) -> BusyReads:
        """Imported busy time."""

    @property
    def bookings(self) -> BookingReads:
        """Booked time."""


class ReadStore(Protocol):
    """A store that can be read: ``with store.read() as uow: ...``."""

    def read(self) -> AbstractContextManager[ReadUnitOfWork]:
        """A read-only unit of work over one snapshot."""
