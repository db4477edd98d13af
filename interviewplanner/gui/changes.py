"""What a user action changed, and the bus that tells every view.

An operation (:mod:`interviewplanner.gui.ops`) announces a :class:`Changes` value on success;
views subscribe to :attr:`ChangeBus.changed` and refresh what depends on the flags that are set.
Nobody calls a view's refresh by hand after a write.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True, slots=True)
class Changes:
    """Which kinds of data a write touched (combine with ``|``)."""

    roster: bool = False  # people, their policies, pools, aliases
    busy: bool = False  # imported busy time
    bookings: bool = False  # bookings, their sessions and history
    settings: bool = False  # company settings (policy defaults, closures)
    templates: bool = False  # saved panel templates
    sources: bool = False  # calendar sources: subscribed, removed, refreshed (their status)

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, *names: str) -> bool:
        """True when any of the named flags is set (e.g. ``touches("roster", "bookings")``)."""
        return any(getattr(self, name) for name in names)


NOTHING = Changes()
EVERYTHING = Changes(roster=True, busy=True, bookings=True, settings=True, templates=True,
                     sources=True)


class ChangeBus(QObject):
    """One per window: operations announce, views listen.

    Signals:
        changed(Changes): data of these kinds changed; views reload what depends on it.
    """

    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        """Tell every subscriber (nothing happens for an empty :class:`Changes`)."""
        if changes:
            self.changed.emit(changes)
