"""Repositories of the live-calendar schema (0004): calendar sources, booking conflicts and
small app state values.

Busy time itself still lands through :meth:`BusyRepository.replace_source
<interviewplanner.storage.repositories.BusyRepository.replace_source>` (the one atomic replace
that ``import-ics`` uses); this module keeps what a source is and how its last refresh went.
Like every repository, these flush and never commit.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from interviewplanner.core.conflicts import Conflict
from interviewplanner.core.sources import RefreshStatus, Source, SourceKind
from interviewplanner.storage.mapping import conflict_from_row, conflict_values
from interviewplanner.storage.tables import (
    AppStateRow,
    BookingConflictRow,
    BusyRow,
    InterviewerRow,
    SourceRow,
)


class SourceRepository:
    """Calendar sources of every kind, with where to fetch them and how the last refresh went."""

    def __init__(self, session: Session) -> None:
        """Work inside ``session`` (owned by the unit of work)."""
        self._session = session

    def add(self, interviewer_id: int, kind: SourceKind, name: str, *, url: str,
            username: str | None = None, password_env: str | None = None,
            password_keyring: bool = False) -> Source:
        """Store a new subscribed source (nothing landed yet); return it with its id.

        Raises :class:`KeyError` for an unknown interviewer and :class:`ValueError` when the
        interviewer already has a source of that name.
        """
        if self._session.get(InterviewerRow, interviewer_id) is None:
            raise KeyError(f"no interviewer with id {interviewer_id}")
        taken = select(SourceRow.id).where(SourceRow.interviewer_id == interviewer_id,
                                           SourceRow.name == name)
        if self._session.scalar(taken) is not None:
            raise ValueError(f"source {name!r} exists")
        row = SourceRow(interviewer_id=interviewer_id, name=name, kind=kind.value, url=url,
                        username=username, password_env=password_env,
                        password_keyring=password_keyring, imported_at=None, events=0,
                        warnings=[], keep_titles=False)
        self._session.add(row)
        self._session.flush()
        found = self.get(row.id)
        assert found is not None
        return found

    def get(self, source_id: int) -> Source | None:
        """The source with ``source_id`` (or None)."""
        found = self._query(SourceRow.id == source_id)
        return found[0] if found else None

    def list(self, interviewer_id: int | None = None) -> builtins.list[Source]:
        """Every source (of one interviewer when given), by interviewer e-mail then name."""
        if interviewer_id is None:
            return self._query()
        return self._query(SourceRow.interviewer_id == interviewer_id)

    def remove(self, source_id: int) -> bool:
        """Forget a source and its busy time; ``False`` when there was none."""
        row = self._session.get(SourceRow, source_id)
        if row is None:
            return False
        self._session.execute(delete(BusyRow).where(BusyRow.source_id == source_id))
        self._session.delete(row)
        self._session.flush()
        return True

    def record_check(self, source_id: int, at: datetime, status: RefreshStatus, *,
                     etag: str | None = None, last_modified: str | None = None,
                     error: Mapping[str, Any] | None = None) -> None:
        """Remember a refresh attempt: when, how it went, the server's validators, the error.

        A failure keeps the validators of the last good fetch (so the next request is still
        conditional on what is stored); ``error`` is ``{"code": ..., "fields": {...}}``. An
        unchanged answer moves ``imported_at`` too: the busy time is current as of ``at``.
        """
        row = self._session.get(SourceRow, source_id)
        if row is None:
            raise KeyError(f"no source with id {source_id}")
        row.checked_at, row.status = at, status.value
        row.error = dict(error) if error is not None else None
        if status is not RefreshStatus.FAILED:
            row.etag, row.last_modified = etag, last_modified
        if status is RefreshStatus.UNCHANGED:
            row.imported_at = at  # the busy time is confirmed current as of now
        self._session.flush()

    def _query(self, *where: Any) -> builtins.list[Source]:
        counts = (select(BusyRow.source_id, func.count().label("n"))
                  .group_by(BusyRow.source_id).subquery())
        query = (select(SourceRow, InterviewerRow.email, func.coalesce(counts.c.n, 0))
                 .join(InterviewerRow, InterviewerRow.id == SourceRow.interviewer_id)
                 .outerjoin(counts, counts.c.source_id == SourceRow.id)
                 .where(*where)
                 .order_by(InterviewerRow.email, SourceRow.name))
        return [_source(row, email, int(n)) for row, email, n in self._session.execute(query)]


def _source(row: SourceRow, email: str, busy: int) -> Source:
    error = row.error or {}
    return Source(
        id=row.id, interviewer_id=row.interviewer_id, interviewer=email,
        kind=SourceKind(row.kind), name=row.name, url=row.url, username=row.username,
        password_env=row.password_env, password_keyring=bool(row.password_keyring),
        etag=row.etag, last_modified=row.last_modified, imported_at=row.imported_at,
        checked_at=row.checked_at, status=RefreshStatus(row.status) if row.status else None,
        error_code=error.get("code"), error_fields=dict(error.get("fields") or {}),
        events=row.events, busy_intervals=busy, warnings=tuple(row.warnings or ()),
        keep_titles=row.keep_titles)


class ConflictRepository:
    """What the conflict watch found: the rules each confirmed booking breaks now."""

    def __init__(self, session: Session) -> None:
        """Work inside ``session`` (owned by the unit of work)."""
        self._session = session

    def replace_all(self, found: Mapping[str, Iterable[Conflict]], at: datetime) -> None:
        """Replace every stored conflict with ``found`` (booking id -> its conflicts)."""
        self._session.execute(delete(BookingConflictRow))
        rows = [BookingConflictRow(**conflict_values(booking_id, c, at))
                for booking_id, conflicts in found.items() for c in conflicts]
        self._session.add_all(rows)
        self._session.flush()

    def all(self) -> dict[str, builtins.list[Conflict]]:
        """The stored conflicts per booking id, by session then interviewer."""
        query = select(BookingConflictRow).order_by(
            BookingConflictRow.booking_id, BookingConflictRow.position,
            BookingConflictRow.interviewer, BookingConflictRow.id)
        result: dict[str, builtins.list[Conflict]] = {}
        for row in self._session.scalars(query):
            result.setdefault(row.booking_id, []).append(conflict_from_row(row))
        return result


class StateRepository:
    """Small named values kept between runs (``app_state``)."""

    def __init__(self, session: Session) -> None:
        """Work inside ``session`` (owned by the unit of work)."""
        self._session = session

    def get(self, key: str) -> str | None:
        """The value of ``key`` (or None)."""
        row = self._session.get(AppStateRow, key)
        return None if row is None else row.value

    def set(self, key: str, value: str) -> None:
        """Store ``value`` under ``key``."""
        row = self._session.get(AppStateRow, key)
        if row is None:
            self._session.add(AppStateRow(key=key, value=value))
        else:
            row.value = value
        self._session.flush()
