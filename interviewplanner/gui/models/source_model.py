"""The Calendars tab's table: one row per calendar source (file, feed, CalDAV collection).

Columns: interviewer, address, kind, last good refresh, status. A failed refresh shows its
error (worded by :mod:`interviewplanner.gui.wording`) in the status tooltip; a subscribed source
with no good refresh for a day is "out of date" and drawn in the warning colour.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from interviewplanner.core.sources import RefreshStatus, Source, SourceKind
from interviewplanner.gui import formatting
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP
from interviewplanner.gui.models.table import ModelIndex, TableModel

SourceRole = Qt.ItemDataRole.UserRole + 1

_WARN = QColor(176, 80, 0)
_FAILED = QColor(178, 34, 34)


class Column(IntEnum):
    """The table's columns."""

    INTERVIEWER = 0
    ADDRESS = 1
    KIND = 2
    REFRESHED = 3
    STATUS = 4


_HEADERS = (  # in Column order
    QT_TRANSLATE_NOOP("SourceModel", "Interviewer"),
    QT_TRANSLATE_NOOP("SourceModel", "Calendar"),
    QT_TRANSLATE_NOOP("SourceModel", "Kind"),
    QT_TRANSLATE_NOOP("SourceModel", "Last good refresh"),
    QT_TRANSLATE_NOOP("SourceModel", "Status"),
)
_KINDS = {
    SourceKind.FILE: QT_TRANSLATE_NOOP("SourceModel", "Imported file"),
    SourceKind.FEED: QT_TRANSLATE_NOOP("SourceModel", "Calendar feed"),
    SourceKind.CALDAV: QT_TRANSLATE_NOOP("SourceModel", "CalDAV calendar"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SourceModel", text)


def status_text(source: Source, now: datetime) -> str:
    """What the status column says about ``source`` at ``now``."""
    if not source.subscribed:
        return QCoreApplication.translate("SourceModel", "Imported by hand")
    if source.status is RefreshStatus.FAILED:
        return QCoreApplication.translate("SourceModel", "Failed: last good busy time kept")
    if source.imported_at is None:
        return QCoreApplication.translate("SourceModel", "Not refreshed yet")
    if source.is_stale(now):
        return QCoreApplication.translate("SourceModel",
                                          "Out of date: no good refresh for over a day")
    if source.status is RefreshStatus.UNCHANGED:
        return QCoreApplication.translate("SourceModel", "Up to date (unchanged)")
    return QCoreApplication.translate("SourceModel", "Up to date")


class SourceModel(TableModel[Source]):
    """Calendar sources, by interviewer then address; names come from the roster."""

    CONTEXT = "SourceModel"
    HEADERS = _HEADERS
    ROW_NUMBERS = False

    def __init__(self, parent: Any = None, *, now: Callable[[], datetime],
                 zone: Callable[[], str] = lambda: "UTC",
                 describe: Callable[[Source], str] = lambda _s: "") -> None:
        """``now`` is the window's clock, ``zone()`` the zone times are shown in;
        ``describe(source)`` words its last error."""
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self._now = now
        self._zone = zone
        self._describe = describe

    def set_rows(self, rows: Sequence[Source], names: Mapping[str, str]) -> None:
        """Replace every row; ``names`` maps interviewer e-mails to their names."""
        self._names = dict(names)
        self._replace_rows(rows)

    @property
    def rows(self) -> list[Source]:
        """The rows in order (a copy)."""
        return list(self._rows)

    def source(self, number: int) -> Source:
        """The source on row ``number``."""
        return self._rows[number]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the error as tooltip, warning colours, and the source itself."""
        source = self._row_at(index)
        if source is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        if role == SourceRole:
            return source
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(source, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(source, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            return self._colour(source)
        return None

    def _colour(self, source: Source) -> QBrush | None:
        if source.status is RefreshStatus.FAILED:
            return QBrush(_FAILED)
        return QBrush(_WARN) if source.is_stale(self._now()) else None

    def _text(self, source: Source, column: Column) -> str:
        if column is Column.INTERVIEWER:
            return self._names.get(source.interviewer, source.interviewer)
        if column is Column.ADDRESS:
            return source.name
        if column is Column.KIND:
            return _tr(_KINDS[source.kind])
        if column is Column.REFRESHED:
            when = source.imported_at
            return formatting.format_datetime(when, self._zone()) if when else "—"
        return status_text(source, self._now())

    def _tooltip(self, source: Source, column: Column) -> str:
        if column is Column.INTERVIEWER:
            return source.interviewer
        if column is Column.STATUS and source.status is RefreshStatus.FAILED:
            return self._describe(source)
        return self._text(source, column)

