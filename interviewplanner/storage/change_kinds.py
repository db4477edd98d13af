"""Which kinds of data a write touched, from the tables it wrote (the change log's vocabulary).

Kept apart from :mod:`.changes`, which needs SQLAlchemy, so that the import's writer without it
(:mod:`.quick_write`) logs its changes with the same kinds, the same text and the same length
of log.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["KEEP", "KINDS", "kinds_of", "kinds_text"]

KINDS = ("roster", "busy", "bookings", "settings", "templates", "sources")
"""Every kind of data a change can touch (the names of the GUI's change flags)."""

KEEP = 1000
"""How many of the newest rows the log keeps (a window that slept longer reloads everything)."""

_TABLE_KINDS: dict[str, tuple[str, ...]] = {
    "interviewers": ("roster",), "interviewer_emails": ("roster",), "pools": ("roster",),
    "pool_members": ("roster",),
    "calendar_sources": ("busy", "sources"), "busy_intervals": ("busy",),
    "bookings": ("bookings",), "booking_sessions": ("bookings",),
    "booking_attendees": ("bookings",), "booking_events": ("bookings",),
    "booking_conflicts": ("bookings",),
    "company_settings": ("settings",), "plan_templates": ("templates",),
    "store_changes": (), "app_state": (), "alembic_version": (),
}


def kinds_of(tables: Iterable[str]) -> frozenset[str]:
    """The kinds of data the written ``tables`` hold (a table not known here: every kind)."""
    found: set[str] = set()
    for table in tables:
        found.update(_TABLE_KINDS.get(table, KINDS))
    return frozenset(found)


def kinds_text(kinds: frozenset[str]) -> str:
    """How the log's ``kinds`` column holds them: comma-separated, in :data:`KINDS` order."""
    return ",".join(k for k in KINDS if k in kinds)
