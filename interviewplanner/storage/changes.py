"""The change log (team mode): what each committed write touched, by whom, from which process.

Several coordinators share one store; an open window must notice what the others commit. The
store keeps a short log, ``store_changes``: one row per committed write unit of work that
changed anything, with the kinds of data it touched (``roster``, ``busy``, ``bookings``,
``settings``, ``templates`` — the GUI's change flags), the coordinator and an ``origin`` token
naming the process (its :class:`~interviewplanner.storage.db.Store`), so a window can skip its
own writes. A window polls :func:`changes_after` (one indexed query, the same on SQLite and
PostgreSQL; we chose this over LISTEN/NOTIFY or ``PRAGMA data_version`` because it also says
*who* changed *what*, and works the same on both back-ends).

How the kinds are found: an engine listener (:func:`install`) notes the table named by every
INSERT, UPDATE and DELETE the connection runs; before a write commits, :func:`log_write` maps
those tables to kinds and appends the row inside the same transaction, so the log can never
announce a write that rolled back, nor miss one that committed. Only the newest
:data:`KEEP` rows are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, event, func, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from interviewplanner.storage.change_kinds import KEEP, KINDS, kinds_of, kinds_text
from interviewplanner.storage.tables import StoreChangeRow

__all__ = ["ACTOR", "KEEP", "KINDS", "ChangeLog", "StoreChange", "actor_of", "changes_after",
           "install", "kinds_of", "last_change", "log_write", "note_written"]

ACTOR = "interviewplanner_actor"
"""The key of ``Session.info`` holding the coordinator whose changes the session makes."""

_WRITTEN = "interviewplanner_written_tables"
_WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StoreChange:
    """One committed write: its log ``id``, when, by whom, from which ``origin``, what kinds."""

    id: int
    at: datetime
    by: str
    origin: str
    kinds: frozenset[str]


def actor_of(session: Session) -> str | None:
    """The coordinator making this session's changes (None when the face named nobody)."""
    return str(session.info.get(ACTOR) or "") or None


def install(engine: Engine) -> None:
    """Note on each connection which tables its statements write."""

    def note(conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        match = _WRITE.match(statement)
        if match is not None:
            note_written(conn, match.group(1))

    event.listen(engine, "before_cursor_execute", note)


def note_written(conn: Connection, table: str) -> None:
    """Record that ``table`` was written on ``conn`` (for writes made past SQLAlchemy: COPY)."""
    conn.info.setdefault(_WRITTEN, set()).add(table.lower())


def forget_written(conn: Connection) -> None:
    """Start a new transaction with nothing noted."""
    conn.info.pop(_WRITTEN, None)


def log_write(session: Session, *, by: str, origin: str) -> frozenset[str]:
    """Append the row for this transaction's writes (before its commit); the kinds it logged."""
    session.flush()  # pending ORM changes first, so their statements are noted
    conn = session.connection()
    kinds = kinds_of(conn.info.pop(_WRITTEN, set()))
    if not kinds:
        return kinds
    newest = session.execute(insert(StoreChangeRow).values(
        at=datetime.now(UTC), by=by, origin=origin,
        kinds=kinds_text(kinds)).returning(StoreChangeRow.id)).scalar_one()
    session.execute(delete(StoreChangeRow).where(StoreChangeRow.id <= newest - KEEP))
    conn.info.pop(_WRITTEN, None)  # the log's own statements are not a change
    return kinds


def last_change(session: Session) -> int:
    """The id of the newest logged change (0 when none)."""
    return int(session.scalar(select(func.coalesce(func.max(StoreChangeRow.id), 0))) or 0)


def changes_after(session: Session, after: int) -> list[StoreChange]:
    """Logged changes with an id above ``after``, oldest first."""
    rows = session.scalars(select(StoreChangeRow).where(StoreChangeRow.id > after)
                           .order_by(StoreChangeRow.id)).all()
    return [StoreChange(r.id, r.at, r.by, r.origin,
                        frozenset(k for k in r.kinds.split(",") if k)) for r in rows]


class ChangeLog:
    """The change log seen from a unit of work (``uow.log``)."""

    def __init__(self, session: Session) -> None:
        """Work inside ``session`` (owned by the unit of work)."""
        self._session = session

    def last(self) -> int:
        """The id of the newest logged change (0 when none)."""
        return last_change(self._session)

    def after(self, after: int) -> list[StoreChange]:
        """Logged changes with an id above ``after``, oldest first."""
        return changes_after(self._session, after)
