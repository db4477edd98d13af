"""Use cases of team mode (SPEC §10): move a store, test a database, see the others' changes.

Several coordinators share one store (usually PostgreSQL). Who makes a change is the store's
``actor`` (the faces set it: a command-line option, the Settings name, else the OS user); the
storage layer records it in booking histories, on interviewers and templates, and in the change
log that :func:`changes_since` reads for an open window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from interviewplanner.config import split_password, with_password
from interviewplanner.services.secrets import KEYRING_SERVICE, keyring_user, save_password
from interviewplanner.storage.changes import StoreChange
from interviewplanner.storage.db import Store, open_store
from interviewplanner.storage.team import DatabaseInfo, copy_store, probe

__all__ = ["DatabaseInfo", "OthersChanges", "StoreChange", "changes_since", "check_database",
           "copy_database", "last_change", "open_shared", "remember_password", "saved_password"]


def remember_password(url: str, password: str) -> None:
    """File the password of the database ``url`` in the system keyring (the desktop app's
    settings keep the URL without it). KeyringUnavailable when there is no keyring."""
    save_password(split_password(url)[0], None, password)


def saved_password(url: str) -> str | None:
    """The password the keyring holds for the database ``url`` (None: none, or no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(split_password(url)[0], None))
    except (KeyringError, RuntimeError, OSError):
        return None


def open_shared(url: str, *, actor: str = "") -> Store:
    """Open the store at ``url`` for ``actor``. A server URL that names a user but carries no
    password gets the one filed in the keyring, if any (otherwise the driver's own sources
    apply: ~/.pgpass, PGPASSWORD)."""
    bare, password = split_password(url)
    if not password and bare.startswith("postgresql") and "@" in bare:
        password = saved_password(bare) or ""
    return open_store(with_password(bare, password) if password else url, actor=actor)


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
