"""Use cases of team mode (SPEC §10): move a store, test a database, see the others' changes.

Several coordinators share one store (usually PostgreSQL). Who makes a change is the store's
``actor`` (the faces set it: a command-line option, the Settings name, else the OS user); the
storage layer records it in booking histories, on interviewers and templates, and in the change
log that :func:`changes_since` reads for an open window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from interviewplanner.storage.changes import StoreChange
from interviewplanner.storage.db import Store
from interviewplanner.storage.team import DatabaseInfo, copy_store, probe

__all__ = ["DatabaseInfo", "OthersChanges", "StoreChange", "changes_since", "check_database",
           "copy_database", "last_change"]


def copy_database(source: Store, dest_url: str,
                  progress: Callable[[str, int, int], None] | None = None) -> dict[str, int]:
    """Copy the whole of ``source`` into the empty database ``dest_url``; rows per table.

    ``progress(table, rows done, rows in table)`` is called as the copy goes. A destination
    that holds data is refused (StoreError NOT_EMPTY) and left untouched.
    """
    return copy_store(source, dest_url, progress=progress)


def check_database(url: str) -> DatabaseInfo:
    """Connect to ``url`` and report what is there, changing nothing (the "Test connection")."""
    return probe(url)


@dataclass(frozen=True, slots=True)
class OthersChanges:
    """Changes committed by other processes since the last look, and where the log now ends."""

    last: int
    changes: tuple[StoreChange, ...]

    @property
    def kinds(self) -> frozenset[str]:
        """Every kind of data they touched (``roster``, ``busy``, ``bookings``, ...)."""
        return frozenset(k for c in self.changes for k in c.kinds)

    @property
    def people(self) -> tuple[str, ...]:
        """Who made them, in order, each once."""
        return tuple(dict.fromkeys(c.by for c in self.changes))


def last_change(store: Store) -> int:
    """Where the change log ends now (a window starts watching from here)."""
    with store.read() as uow:
        return uow.log.last()


def changes_since(store: Store, after: int) -> OthersChanges:
    """What other processes committed after log entry ``after`` (this store's own writes are
    left out); ``last`` is where to continue from."""
    with store.read() as uow:
        found = uow.log.after(after)
    others = tuple(c for c in found if c.origin != store.origin)
    return OthersChanges(found[-1].id if found else after, others)
