"""The unit of work: one Session and one transaction per user action.

``with store.write() as uow:`` starts the transaction at once (``BEGIN IMMEDIATE`` on SQLite,
so a busy database fails here, not half-way), commits when the block ends normally and rolls
back on an exception. ``with store.read() as uow:`` reads one consistent snapshot and always
rolls back. Driver errors leave as :class:`~interviewplanner.storage.errors.StoreError`.

A write that changed something appends one row to the change log before it commits (what kinds
of data, the coordinator, the store's origin: :mod:`~interviewplanner.storage.changes`);
repositories find the coordinator with :func:`~interviewplanner.storage.changes.actor_of`.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from interviewplanner.storage import changes
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

    log: changes.ChangeLog  # what committed writes touched, by whom (team mode)
    interviewers: InterviewerRepository
    settings: SettingsRepository
    busy: BusyRepository
    bookings: BookingRepository
    templates: TemplateRepository
    sources: SourceRepository
    conflicts: ConflictRepository
    state: StateRepository

    def __init__(self, sessions: sessionmaker[Session], *, write: bool, where: str,
                 actor: str = "", origin: str = "") -> None:
        """Prepare a unit of work; the transaction starts on ``__enter__``.

        ``actor`` is the coordinator recorded with its changes, ``origin`` the store's token.
        """
        self._sessions = sessions
        self._write = write
        self._where = where
        self._actor = actor
        self._origin = origin
        self._session: Session | None = None

    def __enter__(self) -> Self:
        """Open the session and begin the transaction."""
        session = self._sessions()
        try:
            changes.forget_written(session.connection())  # emits BEGIN (IMMEDIATE for writers)
        except DBAPIError as exc:
            session.close()
            raise describe_failure(exc, self._where) from exc
        session.info[changes.ACTOR] = self._actor
        self._session = session
        self.log = changes.ChangeLog(session)
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
                changes.log_write(session, by=self._actor, origin=self._origin)
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
