"""The unit of work: one Session and one transaction per user action.

``with store.write() as uow:`` starts the transaction at once (``BEGIN IMMEDIATE`` on SQLite,
so a busy database fails here, not half-way), commits when the block ends normally and rolls
back on an exception. ``with store.read() as uow:`` reads one consistent snapshot and always
rolls back. Driver errors leave as :class:`~interviewplanner.storage.errors.StoreError`.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from interviewplanner.storage.bookings import BookingRepository, TemplateRepository
from interviewplanner.storage.errors import describe_failure
from interviewplanner.storage.repositories import (
    BusyRepository,
    InterviewerRepository,
    SettingsRepository,
)
from interviewplanner.storage.sources import ConflictRepository, SourceRepository, StateRepository


class UnitOfWork:
    """A transaction with its repositories.

    ``interviewers``, ``settings``, ``busy`` (imported busy time), ``bookings`` and ``templates``;
    ``sources`` (files, feeds, CalDAV collections), ``conflicts`` (the conflict watch) and
    ``state`` (small values kept between runs).
    """

    interviewers: InterviewerRepository
    settings: SettingsRepository
    busy: BusyRepository
    bookings: BookingRepository
    templates: TemplateRepository
    sources: SourceRepository
    conflicts: ConflictRepository
    state: StateRepository

    def __init__(self, sessions: sessionmaker[Session], *, write: bool, where: str) -> None:
        """Prepare a unit of work; the transaction starts on ``__enter__``."""
        self._sessions = sessions
        self._write = write
        self._where = where
        self._session: Session | None = None

    def __enter__(self) -> Self:
        """Open the session and begin the transaction."""
        session = self._sessions()
        try:
            session.connection()  # emits BEGIN (IMMEDIATE for writers) now
        except DBAPIError as exc:
            session.close()
            raise describe_failure(exc, self._where) from exc
        self._session = session
        self.interviewers = InterviewerRepository(session)
        self.settings = SettingsRepository(session)
        self.busy = BusyRepository(session)
        self.bookings = BookingRepository(session)
        self.templates = TemplateRepository(session)
        self.sources = SourceRepository(session)
        self.conflicts = ConflictRepository(session)
        self.state = StateRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Commit a successful write, otherwise roll back; translate driver errors."""
        session, self._session = self._session, None
        if session is None:
            return
        try:
            if exc is None and self._write:
                session.commit()
            else:
                session.rollback()
        except DBAPIError as err:
            raise describe_failure(err, self._where) from err
        finally:
            session.close()
        if isinstance(exc, DBAPIError):
            raise describe_failure(exc, self._where) from exc

    def flush(self) -> None:
        """Send pending changes to the database without committing."""
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        self._session.flush()
