"""What the GUI's flat table models share: rows of one kind, replaced wholesale, one column per
header title.

A subclass sets :attr:`TableModel.CONTEXT` (the translation context of its titles) and
:attr:`TableModel.HEADERS` (the column titles in column order, marked with
:func:`~interviewplanner.gui.i18n.QT_TRANSLATE_NOOP` in that context), keeps its rows in
``self._rows`` (filled by :meth:`TableModel._replace_rows`) and implements ``data``. The base
answers Qt's row and column counts, the header titles (translated when asked, so a language
switch needs only :meth:`TableModel.retranslate`), read-only selectable flags, and finds rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

ModelIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class TableModel(QAbstractTableModel, Generic[RowT]):
    """A flat table (no children) of ``RowT`` values, one per row.

    Signals:
        (only those of QAbstractTableModel.)
    """

    CONTEXT: ClassVar[str] = ""
    """Translation context of :attr:`HEADERS`."""
    HEADERS: ClassVar[tuple[str, ...]] = ()
    """Source texts of the column titles, in column order (their number is the column count)."""
    ROW_NUMBERS: ClassVar[bool] = True
    """Whether the vertical header numbers the rows from 1."""

    def __init__(self, parent: QObject | None = None) -> None:
        """An empty table."""
        super().__init__(parent)
        self._rows: list[RowT] = []

    def _replace_rows(self, rows: Iterable[RowT]) -> None:
        """Replace every row (a model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _row_at(self, index: ModelIndex) -> RowT | None:
        """The row of ``index``, or None when it is not a valid cell of this table."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def _find(self, match: Callable[[RowT], bool]) -> int:
        """The first row that ``match`` accepts, or -1."""
        for number, row in enumerate(self._rows):
            if match(row):
                return number
        return -1

    def retranslate(self) -> None:
        """Announce that every title and text changed (language, zone, names)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.HEADERS) - 1))

    def header(self, section: int) -> str:
        """The translated title of column ``section`` (a valid column)."""
        return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008  # Qt's API
        """Number of rows (0 under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008  # Qt's API
        """Number of columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (translated) and, with :attr:`ROW_NUMBERS`, row numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if self.ROW_NUMBERS else None
        return self.header(section) if 0 <= section < len(self.HEADERS) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Rows are selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
