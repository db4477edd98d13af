"""The Ledger tab's table: one row per interviewer for one month (SPEC §11).

Columns: interviewer, interviews, minutes, outside core hours, first or last hour of the window,
early seats, late seats. Numbers are right-aligned; minutes read as durations ("1 hr, 30 min").
Sorted by name; the view may sort by any column (``SortRole`` holds the plain number).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from interviewplanner.core.ledger import LedgerRow
from interviewplanner.gui import formatting

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, seen by lupdate
    """Mark ``text`` for lupdate; it is translated later with its context."""
    return text


class Column(IntEnum):
    """The table's columns."""

    NAME = 0
    INTERVIEWS = 1
    MINUTES = 2
    OUTSIDE = 3
    EDGE = 4
    EARLY = 5
    LATE = 6


_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("LedgerModel", "Interviewer"),
    Column.INTERVIEWS: QT_TRANSLATE_NOOP("LedgerModel", "Interviews"),
    Column.MINUTES: QT_TRANSLATE_NOOP("LedgerModel", "Time"),
    Column.OUTSIDE: QT_TRANSLATE_NOOP("LedgerModel", "Outside core hours"),
    Column.EDGE: QT_TRANSLATE_NOOP("LedgerModel", "First or last hour"),
    Column.EARLY: QT_TRANSLATE_NOOP("LedgerModel", "Early"),
    Column.LATE: QT_TRANSLATE_NOOP("LedgerModel", "Late"),
}
_TIPS = {
    Column.OUTSIDE: QT_TRANSLATE_NOOP("LedgerModel", "Interview time outside the person's core "
                                                     "hours, on their own clock"),
    Column.EDGE: QT_TRANSLATE_NOOP("LedgerModel", "Interview time in the first or the last hour "
                                                  "of the person's working window"),
    Column.EARLY: QT_TRANSLATE_NOOP("LedgerModel", "Interviews that start before core hours"),
    Column.LATE: QT_TRANSLATE_NOOP("LedgerModel", "Interviews that end after core hours"),
}


def _value(row: LedgerRow, column: Column) -> int | str:
    if column is Column.NAME:
        return row.name
    c = row.carried
    numbers = {Column.INTERVIEWS: c.interviews, Column.MINUTES: c.minutes,
               Column.OUTSIDE: c.outside_core, Column.EDGE: c.edge, Column.EARLY: c.early,
               Column.LATE: c.late}
    return numbers[column]


def _display(row: LedgerRow, column: Column) -> str:
    value = _value(row, column)
    if column in (Column.MINUTES, Column.OUTSIDE, Column.EDGE):
        return formatting.format_duration(int(value)) if value else "–"
    return str(value)


class LedgerModel(QAbstractTableModel):
    """A month's ledger, one row per interviewer."""

    def __init__(self, parent: Any = None) -> None:
        """An empty ledger."""
        super().__init__(parent)
        self._rows: list[LedgerRow] = []

    def set_rows(self, rows: Sequence[LedgerRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> LedgerRow:
        """The ledger line of table row ``row``."""
        return self._rows[row]

    def retranslate(self) -> None:
        """Headers and durations in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt's API
        """Rows: one per interviewer (none under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 -- Qt's API
        """Columns of :class:`Column`."""
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles and their tooltips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LedgerModel", _HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in _TIPS:
            return QCoreApplication.translate("LedgerModel", _TIPS[column])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Names, counts and durations."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        answers: dict[int, Callable[[], Any]] = {
            SortRole: lambda: _value(row, column),
            Qt.ItemDataRole.DisplayRole: lambda: _display(row, column),
            Qt.ItemDataRole.TextAlignmentRole: lambda: None if column is Column.NAME else int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Qt.ItemDataRole.ToolTipRole: lambda: f"{row.email} · "
            f"{formatting.zone_display_name(row.timezone)}" if column is Column.NAME else None,
        }
        answer = answers.get(role)
        return answer() if answer else None
