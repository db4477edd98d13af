"""Calendar sources as values (SPEC §4, §9): a file, an ICS feed or a CalDAV collection.

A source belongs to one interviewer. A file is imported by hand; a feed (``https://``,
``http://``, ``webcal://`` read as ``https://``) or a CalDAV calendar collection is refreshed
from its URL. What the store keeps of a source crosses the layers as a :class:`Source`; the
password never does (``password_env`` names an environment variable, ``password_keyring`` says
the system keyring holds it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

__all__ = ["STALE_AFTER", "RefreshStatus", "Source", "SourceKind"]

STALE_AFTER = timedelta(days=1)
"""A subscribed source whose last good refresh is older than this is shown as stale."""


class SourceKind(StrEnum):
    """Where a source's busy time comes from."""

    FILE = "file"
    FEED = "feed"
    CALDAV = "caldav"


class RefreshStatus(StrEnum):
    """How the last refresh of a source went."""

    UPDATED = "updated"  # new data landed (atomically replacing the old)
    UNCHANGED = "unchanged"  # the server said 304 (or the collection's tag is the same)
    FAILED = "failed"  # nothing changed; the busy time of the last good refresh is kept


@dataclass(frozen=True, slots=True)
class Source:
    """One calendar source of one interviewer, as stored.

    ``name`` is the file path or the URL (as the busy time names its source). ``imported_at``
    is when busy time last landed (``None``: never), ``checked_at`` the last refresh attempt,
    ``status`` its outcome, ``error_code``/``error_fields`` why it failed (a service error code
    with its fields, worded by the faces).
    """

    id: int
    interviewer_id: int
    interviewer: str  # the interviewer's primary e-mail
    kind: SourceKind
    name: str
    url: str | None = None
    username: str | None = None
    password_env: str | None = None
    password_keyring: bool = False
    etag: str | None = None
    last_modified: str | None = None
    imported_at: datetime | None = None
    checked_at: datetime | None = None
    status: RefreshStatus | None = None
    error_code: str | None = None
    error_fields: dict[str, Any] = field(default_factory=dict)
    events: int = 0
    busy_intervals: int = 0
    warnings: tuple[str, ...] = ()
    keep_titles: bool = False

    @property
    def subscribed(self) -> bool:
        """True for a feed or CalDAV collection (refreshed from its URL)."""
        return self.kind is not SourceKind.FILE

    def is_stale(self, now: datetime) -> bool:
        """True for a subscribed source whose busy time may be out of date: its last good
        refresh is more than a day old, or it was tried and never succeeded."""
        if not self.subscribed:
            return False
        if self.imported_at is None:
            return self.checked_at is not None
        return now - self.imported_at > STALE_AFTER
