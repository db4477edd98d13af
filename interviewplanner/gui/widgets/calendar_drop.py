"""Dropping .ics files on a person: one helper for the roster table and the week view.

A view gives :class:`CalendarDrop` a function that says whose row lies under a point (or None);
the helper accepts a drag only when it carries local calendar files and is over a row, tells
the view which row is hovered (for a highlight or a hint) and hands over the row and the paths
on a drop. Anything that is not a local ``.ics`` file is ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent

CALENDAR_SUFFIXES = (".ics", ".ical", ".ifb", ".icalendar")

Row = TypeVar("Row")


def calendar_urls_to_paths(urls: Sequence[object]) -> list[Path]:
    """Local ``.ics`` files among dropped URLs (anything else is ignored)."""
    paths: list[Path] = []
    for url in urls:
        to_local_file = getattr(url, "toLocalFile", None)
        if to_local_file is None:
            continue
        text = str(to_local_file())
        if text and text.lower().endswith(CALENDAR_SUFFIXES):
            paths.append(Path(text))
    return paths


def accept_calendar_drag(event: QDragEnterEvent) -> None:
    """Accept a drag that carries local .ics files, ignore any other."""
    if calendar_urls_to_paths(event.mimeData().urls()):
        event.acceptProposedAction()
    else:
        event.ignore()


class CalendarDrop(Generic[Row]):
    """The drag-and-drop of calendar files onto the rows of one view.

    ``row_at(point)`` names the row under a viewport point (None: no row); ``hover(row)`` is
    called whenever the hovered row changes (None when the drag leaves or is refused);
    ``dropped(row, paths)`` receives a successful drop.
    """

    def __init__(self, row_at: Callable[[QPointF], Row | None],
                 hover: Callable[[Row | None], None],
                 dropped: Callable[[Row, list[Path]], None]) -> None:
        """Route drags through the three callbacks."""
        self._row_at = row_at
        self._hover = hover
        self._dropped = dropped
        self._current: Row | None = None

    def enter(self, event: QDragEnterEvent) -> None:
        """Accept a drag that carries calendar files (where it may land is decided on move)."""
        accept_calendar_drag(event)

    def move(self, event: QDragMoveEvent) -> None:
        """Accept only over a row, and report the hovered row."""
        row = self._row_at(event.position())
        if row is not None and calendar_urls_to_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()
            row = None
        self._set_hover(row)

    def leave(self) -> None:
        """The drag left the view."""
        self._set_hover(None)

    def drop(self, event: QDropEvent) -> None:
        """Hand the files to the row under the drop, or refuse the drop."""
        row = self._row_at(event.position())
        paths = calendar_urls_to_paths(event.mimeData().urls())
        self._set_hover(None)
        if row is None or not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self._dropped(row, paths)

    def _set_hover(self, row: Row | None) -> None:
        if row != self._current:
            self._current = row
            self._hover(row)


class DropsCalendars:
    """Qt's drag-and-drop handlers of a view that takes calendar files, handed to its
    :class:`CalendarDrop` (``self._drop``). Mix in before the Qt class:
    ``class RosterView(DropsCalendars, QTableView)``."""

    _drop: CalendarDrop[Any]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept drags that carry local .ics files."""
        self._drop.enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Accept only over a row, and say whose it is (a highlight or a hint)."""
        self._drop.move(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Clear the highlight or hint."""
        self._drop.leave()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the files to the row under the drop (never changes a model)."""
        self._drop.drop(event)
