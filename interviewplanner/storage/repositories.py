"""Repositories: read and write core dataclasses through one caller-owned Session.

Repositories flush but never commit; the :class:`~interviewplanner.storage.unit_of_work.UnitOfWork`
owns the transaction. Nothing returned here is an ORM object.
"""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import BusyInterval, CompanySettings, Interviewer
from interviewplanner.storage.bookings import Saved
from interviewplanner.storage.bulk import insert_rows
from interviewplanner.storage.busy_rows import check_intervals, require_aware, source_import_values
from interviewplanner.storage.changes import actor_of
from interviewplanner.storage.errors import DuplicateEmailError
from interviewplanner.storage.mapping import (
    interviewer_from_row,
    interviewer_values,
    settings_from_row,
    settings_values,
)
from interviewplanner.storage.tables import (
    BusyRow,
    EmailRow,
    InterviewerRow,
    PoolMemberRow,
    PoolRow,
    SettingsRow,
    SourceRow,
)

_SETTINGS_ID = 1
_BUSY_TABLE: Table = BusyRow.__table__  # type: ignore[assignment]  # a mapped class's Table


class SettingsRepository:
    """The company settings (a single row)."""

    def __init__(self, session: Session) -> None:
        """Work inside ``session``."""
        self._session = session

    def get(self) -> CompanySettings:
        """The saved company settings, or the built-in defaults when none were saved."""
        return settings_from_row(self._session.get(SettingsRow, _SETTINGS_ID))

    def save(self, settings: CompanySettings) -> None:
        """Store ``settings`` as the company settings."""
        row = self._session.get(SettingsRow, _SETTINGS_ID)
        if row is None:
            row = SettingsRow(id=_SETTINGS_ID)
            self._session.add(row)
        for name, value in settings_values(settings).items():
            setattr(row, name, value)
        self._session.flush()


class InterviewerRepository:
    """The interviewer roster: people, their e-mail addresses, pools and policy overrides."""

    def __init__(self, session: Session) -> None:
        """Work inside ``session``."""
        self._session = session

    def add(self, interviewer: Interviewer) -> Interviewer:
        """Store a new interviewer; return it with its ``id`` and effective policy.

        Raises :class:`DuplicateEmailError` when any of its addresses is already taken.
        """
        self._check_addresses_free(interviewer, owner=None)
        row = InterviewerRow(**interviewer_values(interviewer), version=1,
                             changed_by=actor_of(self._session), changed_at=datetime.now(UTC))
        self._session.add(row)
        self._session.flush()
        self._write_links(row.id, interviewer)
        return self._one(row)

    def update(self, interviewer: Interviewer) -> Interviewer:
        """Replace every stored field of ``interviewer`` (found by its ``id``).

        Raises :class:`KeyError` for an unknown id, :class:`DuplicateEmailError` when an
        address belongs to someone else.
        """
        row = self._row(interviewer.id)
        self._check_addresses_free(interviewer, owner=row.id)
        self._clear_links(row.id)
        for name, value in interviewer_values(interviewer).items():
            setattr(row, name, value)
        row.version += 1
        row.changed_by, row.changed_at = actor_of(self._session), datetime.now(UTC)
        self._session.flush()
        self._write_links(row.id, interviewer)
        return self._one(row)

    def get(self, interviewer_id: int) -> Interviewer | None:
        """The interviewer with ``interviewer_id``, or ``None``."""
        row = self._session.get(InterviewerRow, interviewer_id)
        return None if row is None else self._one(row)

    def saved(self, interviewer_id: int) -> Saved | None:
        """Who saved the interviewer last, when, and the version (None: no such interviewer)."""
        row = self._session.get(InterviewerRow, interviewer_id)
        return None if row is None else Saved(row.version, row.changed_by, row.changed_at)

    def get_by_email(self, email: str) -> Interviewer | None:
        """The interviewer owning ``email`` as primary address or alias (case-insensitive)."""
        query = (
            select(InterviewerRow)
            .join(EmailRow, EmailRow.interviewer_id == InterviewerRow.id)
            .where(EmailRow.address_key == email.strip().lower())
        )
        row = self._session.scalars(query).one_or_none()
        return None if row is None else self._one(row)

    def list(self) -> builtins.list[Interviewer]:
        """Every interviewer, sorted by name (case-insensitively), then e-mail."""
        rows = self._session.scalars(select(InterviewerRow)).all()
        people = self._to_domain(rows)
        return sorted(people, key=lambda p: (p.name.casefold(), p.email.casefold()))

    def delete(self, interviewer_id: int) -> bool:
        """Delete an interviewer with their addresses, pool memberships and calendars.

        Returns ``False`` when there was no such interviewer.
        """
        row = self._session.get(InterviewerRow, interviewer_id)
        if row is None:
            return False
        self._session.delete(row)
        self._session.flush()
        return True

    def _row(self, interviewer_id: int | None) -> InterviewerRow:
        """The row of an existing interviewer, or :class:`KeyError`."""
        row = None if interviewer_id is None else self._session.get(InterviewerRow, interviewer_id)
        if row is None:
            raise KeyError(f"no interviewer with id {interviewer_id}")
        return row

    def _check_addresses_free(self, interviewer: Interviewer, owner: int | None) -> None:
        """Raise :class:`DuplicateEmailError` if another interviewer holds one of the addresses."""
        query = (
            select(EmailRow.address, InterviewerRow.name)
            .join(InterviewerRow, InterviewerRow.id == EmailRow.interviewer_id)
            .where(EmailRow.address_key.in_(interviewer.emails))
        )
        if owner is not None:
            query = query.where(EmailRow.interviewer_id != owner)
        taken = self._session.execute(query).first()
        if taken is not None:
            raise DuplicateEmailError(taken.address, taken.name)

    def _clear_links(self, interviewer_id: int) -> None:
        """Remove the addresses and pool memberships of an interviewer."""
        self._session.execute(delete(EmailRow).where(EmailRow.interviewer_id == interviewer_id))
        self._session.execute(
            delete(PoolMemberRow).where(PoolMemberRow.interviewer_id == interviewer_id)
        )

    def _write_links(self, interviewer_id: int, interviewer: Interviewer) -> None:
        """Insert the addresses (primary first) and pool memberships."""
        addresses: dict[str, dict[str, Any]] = {}
        for position, address in enumerate((interviewer.email, *interviewer.aliases)):
            clean = address.strip()
            addresses.setdefault(clean.lower(), {
                "interviewer_id": interviewer_id, "address": clean,
                "address_key": clean.lower(), "is_primary": position == 0,
            })
        self._session.execute(insert(EmailRow), builtins.list(addresses.values()))
        pool_ids = self._pool_ids(interviewer.pools)
        if pool_ids:
            members = [{"interviewer_id": interviewer_id, "pool_id": p} for p in pool_ids]
            self._session.execute(insert(PoolMemberRow), members)
        self._session.flush()

    def _pool_ids(self, names: Iterable[str]) -> builtins.list[int]:
        """Ids of the named pools, creating the missing ones."""
        wanted = sorted({name.strip() for name in names if name.strip()})
        if not wanted:
            return []
        query = select(PoolRow.name, PoolRow.id).where(PoolRow.name.in_(wanted))
        known = dict(self._session.execute(query).all())
        missing = [{"name": name} for name in wanted if name not in known]
        if missing:
            self._session.execute(insert(PoolRow), missing)
            known = dict(self._session.execute(query).all())
        return [known[name] for name in wanted]

    def _one(self, row: InterviewerRow) -> Interviewer:
        """One row as a core :class:`Interviewer`."""
        return self._to_domain([row])[0]

    def _to_domain(self, rows: Sequence[InterviewerRow]) -> builtins.list[Interviewer]:
        """Rows as core interviewers, loading aliases and pools in bulk."""
        ids = [row.id for row in rows]
        aliases: dict[int, builtins.list[str]] = defaultdict(builtins.list)
        alias_query = (
            select(EmailRow.interviewer_id, EmailRow.address)
            .where(EmailRow.interviewer_id.in_(ids), EmailRow.is_primary.is_(False))
            .order_by(EmailRow.id)
        )
        for owner, address in self._session.execute(alias_query):
            aliases[owner].append(address)
        pools: dict[int, builtins.list[str]] = defaultdict(builtins.list)
        pool_query = (
            select(PoolMemberRow.interviewer_id, PoolRow.name)
            .join(PoolRow, PoolRow.id == PoolMemberRow.pool_id)
            .where(PoolMemberRow.interviewer_id.in_(ids))
            .order_by(PoolRow.name)
        )
        for owner, name in self._session.execute(pool_query):
            pools[owner].append(name)
        return [
            interviewer_from_row(row, tuple(aliases[row.id]), tuple(pools[row.id])) for row in rows
        ]


@dataclass(frozen=True, slots=True)
class CalendarSource:
    """What the store remembers of one imported calendar source of one interviewer."""

    interviewer_id: int
    name: str
    imported_at: datetime | None  # None: a subscribed source that never landed busy time
    events: int
    busy_intervals: int
    warnings: tuple[str, ...] = ()
    keep_titles: bool = False


class BusyRepository:
    """Busy time imported from calendar sources."""

    def __init__(self, session: Session) -> None:
        """Work inside ``session``."""
        self._session = session

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
        """Replace everything ``source`` gave ``interviewer_id`` before; return the rows stored.

        Titles are stored only when ``titles`` is given (one per interval); other sources of the
        interviewer are untouched. Raises :class:`KeyError` for an unknown interviewer and
        :class:`ValueError` for naive or reversed intervals.
        """
        check_intervals(intervals, titles)
        source_id = self._reset_source(
            interviewer_id, source,
            source_import_values(events, warnings, titles is not None, imported_at))
        names = titles if titles is not None else [None] * len(intervals)
        rows = [
            {"source_id": source_id, "interviewer_id": interviewer_id,
             "start_utc": iv.start, "end_utc": iv.end, "title": title}
            for iv, title in zip(intervals, names, strict=True)
        ]
        insert_rows(self._session, _BUSY_TABLE, rows)  # COPY on PostgreSQL
        return len(rows)

    def remove_source(self, interviewer_id: int, source: str) -> bool:
        """Forget one source and its busy time; ``False`` when there was none."""
        row = self._source_row(interviewer_id, source)
        if row is None:
            return False
        self._session.execute(delete(_BUSY_TABLE).where(_BUSY_TABLE.c.source_id == row.id))
        self._session.delete(row)
        self._session.flush()
        return True

    def busy_between(
        self, interviewer_id: int, start: datetime, end: datetime
    ) -> builtins.list[BusyInterval]:
        """Busy intervals of one interviewer overlapping ``[start, end)``, not clipped, by start."""
        return self.busy_for([interviewer_id], start, end).get(interviewer_id, [])

    def busy_for(
        self, interviewer_ids: Iterable[int], start: datetime, end: datetime
    ) -> dict[int, builtins.list[BusyInterval]]:
        """Busy intervals overlapping ``[start, end)`` for several interviewers in one query."""
        result: dict[int, builtins.list[BusyInterval]] = defaultdict(builtins.list)
        for owner, busy, _title in self._overlapping(interviewer_ids, start, end):
            result[owner].append(busy)
        return dict(result)

    def busy_with_titles(
        self, interviewer_id: int, start: datetime, end: datetime
    ) -> builtins.list[tuple[BusyInterval, str | None]]:
        """Like :meth:`busy_between`, each with its stored title (``None`` when not kept)."""
        return [(busy, title) for _, busy, title in self._overlapping([interviewer_id], start, end)]

    def _overlapping(
        self, interviewer_ids: Iterable[int], start: datetime, end: datetime
    ) -> Iterator[tuple[int, BusyInterval, str | None]]:
        """(interviewer id, busy interval, title) overlapping ``[start, end)``, by start."""
        require_aware(start, "start")
        require_aware(end, "end")
        query = (
            select(
                BusyRow.interviewer_id, BusyRow.start_utc, BusyRow.end_utc, SourceRow.name,
                BusyRow.title,
            )
            .join(SourceRow, SourceRow.id == BusyRow.source_id)
            .where(
                BusyRow.interviewer_id.in_(builtins.list(interviewer_ids)),
                BusyRow.start_utc < end,
                BusyRow.end_utc > start,
            )
            .order_by(BusyRow.interviewer_id, BusyRow.start_utc, BusyRow.end_utc, BusyRow.id)
        )
        for owner, busy_start, busy_end, name, title in self._session.execute(query):
            yield owner, BusyInterval(busy_start, busy_end, name), title

    def sources(self, interviewer_id: int) -> builtins.list[CalendarSource]:
        """The calendar sources of one interviewer, by name, with their busy-interval counts."""
        counts = (
            select(BusyRow.source_id, func.count().label("n"))
            .group_by(BusyRow.source_id)
            .subquery()
        )
        query = (
            select(SourceRow, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.source_id == SourceRow.id)
            .where(SourceRow.interviewer_id == interviewer_id)
            .order_by(SourceRow.name)
        )
        return [
            CalendarSource(
                interviewer_id=row.interviewer_id, name=row.name, imported_at=row.imported_at,
                events=row.events, busy_intervals=int(count), warnings=tuple(row.warnings),
                keep_titles=row.keep_titles,
            )
            for row, count in self._session.execute(query)
        ]

    def _source_row(self, interviewer_id: int, source: str) -> SourceRow | None:
        """The source row of (interviewer, source), if any."""
        query = select(SourceRow).where(
            SourceRow.interviewer_id == interviewer_id, SourceRow.name == source
        )
        return self._session.scalars(query).one_or_none()

    def _reset_source(self, interviewer_id: int, source: str, values: dict[str, Any]) -> int:
        """Empty (or create) the source row, set its import metadata, return its id."""
        if self._session.get(InterviewerRow, interviewer_id) is None:
            raise KeyError(f"no interviewer with id {interviewer_id}")
        row = self._source_row(interviewer_id, source)
        if row is None:
            row = SourceRow(interviewer_id=interviewer_id, name=source)
            self._session.add(row)
        else:
            self._session.execute(delete(_BUSY_TABLE).where(_BUSY_TABLE.c.source_id == row.id))
        for name, value in values.items():
            setattr(row, name, value)
        self._session.flush()
        return row.id
