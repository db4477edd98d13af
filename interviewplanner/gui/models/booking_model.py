"""The bookings as a Qt table model: one row per booking (the Bookings tab).

Columns (see :class:`Column`): when (first start to last end, in the display zone), candidate,
status, interviewers, sessions (their titles). Custom roles give the whole
:class:`~interviewplanner.gui.presenters.booking_rows.BookingRow` (``BookingRole``), the booking
id (``BookingIdRole``) and a sort key (``SortRole``). Rows are filtered and ordered by the
presenter (:func:`~interviewplanner.gui.presenters.booking_rows.select`); the model only shows
them, with dates and times in the UI language (:mod:`interviewplanner.gui.formatting`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from interviewplanner.gui import formatting, i18n
from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP
from interviewplanner.gui.models.table import ModelIndex, TableModel
from interviewplanner.gui.presenters.booking_rows import BookingRow


class Column(IntEnum):
    """The bookings table's columns, in display order."""

    WHEN = 0
    CANDIDATE = 1
    STATUS = 2
    INTERVIEWERS = 3
    SESSIONS = 4


_HEADERS = (  # in Column order
    QT_TRANSLATE_NOOP("BookingModel", "When ({zone})"),
    QT_TRANSLATE_NOOP("BookingModel", "Candidate"),
    QT_TRANSLATE_NOOP("BookingModel", "Status"),
    QT_TRANSLATE_NOOP("BookingModel", "Interviewers"),
    QT_TRANSLATE_NOOP("BookingModel", "Sessions"),
)

BookingRole = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's :class:`BookingRow`."""
BookingIdRole = Qt.ItemDataRole.UserRole + 2
"""Role returning the booking id."""
SortRole = Qt.ItemDataRole.UserRole + 3
"""Role returning a sort key for the column."""

_CANCELLED = QColor(128, 128, 128)
_CONFLICT = QColor(178, 34, 34)


def names_text(names: Sequence[str]) -> str:
    """Names joined as the UI language lists them ("Ken, Ann" / "Ken、Ann")."""
    return ("、" if i18n.current_language() == "ja" else ", ").join(names)


def status_text(row: BookingRow, now: datetime) -> str:
    """"Confirmed", "Confirmed (changed)" (rescheduled or restored), "Took place", "Cancelled"."""
    if not row.confirmed:
        return QCoreApplication.translate("BookingModel", "Cancelled")
    if not row.is_upcoming(now):
        return QCoreApplication.translate("BookingModel", "Took place")
    if row.sequence > 0:
        return QCoreApplication.translate("BookingModel", "Confirmed (changed)")
    return QCoreApplication.translate("BookingModel", "Confirmed")


class BookingModel(TableModel[BookingRow]):
    """Bookings as rows; replaced wholesale on each (filtered) load.

    Signals:
        (only those of QAbstractTableModel.)
    """

    CONTEXT = "BookingModel"
    HEADERS = _HEADERS

    def __init__(self, parent: QObject | None = None, *, zone: str = "UTC",
                 now: datetime | None = None) -> None:
        """An empty model showing times in ``zone``; ``now`` decides "took place"."""
        super().__init__(parent)
        self._zone = zone
        self._now = now
        self._conflicts: dict[str, int] = {}

    # -- filling ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[BookingRow], now: datetime) -> None:
        """Replace every row (already filtered and ordered)."""
        self._now = now
        self._replace_rows(rows)

    def set_conflicts(self, counts: dict[str, int]) -> None:
        """Flag the bookings the conflict watch found (booking id -> number of conflicts)."""
        self._conflicts = dict(counts)
        self.retranslate()

    def conflicts(self, booking_id: str) -> int:
        """How many conflicts ``booking_id`` has (0: none)."""
        return self._conflicts.get(booking_id, 0)

    def set_zone(self, zone: str) -> None:
        """Show times in ``zone`` from now on."""
        if zone != self._zone:
            self._zone = zone
            self.retranslate()

    @property
    def zone(self) -> str:
        """The zone times are shown in."""
        return self._zone

    # -- access ----------------------------------------------------------------------------

    @property
    def rows(self) -> list[BookingRow]:
        """The rows in model order (a copy)."""
        return list(self._rows)

    def row_of(self, booking_id: str) -> int:
        """The row of ``booking_id``, or -1."""
        return self._find(lambda row: row.booking_id == booking_id)

    def booking_row(self, number: int) -> BookingRow:
        """The :class:`BookingRow` on row ``number``."""
        return self._rows[number]

    # -- Qt model API ----------------------------------------------------------------------

    def header(self, section: int) -> str:
        """The translated title of column ``section``, naming the zone of "When"."""
        return super().header(section).format(zone=formatting.zone_display_name(self._zone))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, tooltips, the greyed look of cancelled bookings, and the custom roles."""
        row = self._row_at(index)
        if row is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == BookingRole:
            return row
        if role == BookingIdRole:
            return row.booking_id
        if role == SortRole:
            return self._sort_key(row, column)
        return self._look(row, column, role)

    def _text(self, row: BookingRow, column: Column, *, tooltip: bool) -> str:
        if column is Column.STATUS and self._in_conflict(row):
            return str(self._flagged(row, Qt.ItemDataRole.ToolTipRole if tooltip
                                     else Qt.ItemDataRole.DisplayRole))
        if column is Column.WHEN:
            return formatting.format_datetime_range(row.start, row.end, self._zone)
        if column is Column.CANDIDATE:
            return f"{row.candidate.name} <{row.candidate.email}>" if tooltip \
                else row.candidate.name
        if column is Column.INTERVIEWERS:
            return names_text([p.name for p in row.interviewers])
        if column is Column.SESSIONS:
            return names_text(list(row.titles))
        now = self._now or row.start
        return status_text(row, now)

    def _in_conflict(self, row: BookingRow) -> bool:
        return row.confirmed and self.conflicts(row.booking_id) > 0

    def _flagged(self, row: BookingRow, role: int) -> Any:
        """The status cell of a booking in conflict: a warning text and colour (SPEC §9)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BookingModel", "⚠ Conflict: find a new time")
        if role == Qt.ItemDataRole.ToolTipRole:
            count = self.conflicts(row.booking_id)
            return QCoreApplication.translate("BookingModel", "%n conflict(s) with new busy time "
                                              "or rules since booking", "", count)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_CONFLICT)
        return None

    def _sort_key(self, row: BookingRow, column: Column) -> Any:
        if column is Column.WHEN:
            return row.start.timestamp()
        if column is Column.SESSIONS:
            return len(row.titles)
        return self._text(row, column, tooltip=False).casefold()

    def _look(self, row: BookingRow, column: Column, role: int) -> Any:
        if column is Column.STATUS and self._in_conflict(row):
            return self._flagged(row, role)
        if role == Qt.ItemDataRole.ForegroundRole and not row.confirmed:
            return QBrush(_CANCELLED)
        if role == Qt.ItemDataRole.FontRole and not row.confirmed and column is Column.STATUS:
            font = QFont()
            font.setItalic(True)
            return font
        return None

