"""The roster table: sortable, multi-select, and a drop target for calendar files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from interviewplanner.gui.models.roster_model import Column, EmailRole, InterviewerRole
from interviewplanner.gui.widgets.calendar_drop import CalendarDrop, DropsCalendars


class RosterView(DropsCalendars, QTableView):
    """Interviewers as a table; dropping .ics files on a row imports them for that person.

    Signals:
        filesDropped(str, list): the row's e-mail and the dropped local ``.ics`` paths.
        dropHover(str): the name of the person under a drag ("" when none).
    """

    filesDropped = Signal(str, list)
    dropHover = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Set up selection, sorting and dropping."""
        super().__init__(parent)
        self.setObjectName("RosterView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(48)
        self.user_sized = False  # True once the user drags a column edge
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self._drop = CalendarDrop[QModelIndex](self._row_at, self._hover, self._dropped)

    def fit_columns(self) -> None:
        """Size columns to their contents and share out the spare width, until the user
        resizes a column by hand (then their widths are kept, and restored next time)."""
        if self.user_sized:
            return
        self._fitting = True
        try:
            self.resizeColumnsToContents()
            self.setColumnWidth(Column.POOLS, min(self.columnWidth(Column.POOLS), 240))
            self.setColumnWidth(Column.POLICY, min(self.columnWidth(Column.POLICY), 420))
            spare = self.viewport().width() - sum(self.columnWidth(c) for c in Column) - 2
            if spare > 0:  # the wide text columns take the rest, the policy most of it
                for column, share in ((Column.POLICY, 0.5), (Column.NAME, 0.2),
                                      (Column.EMAIL, 0.2), (Column.POOLS, 0.1)):
                    self.setColumnWidth(column, self.columnWidth(column) + int(spare * share))
        finally:
            self._fitting = False

    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting and self.isVisible():
            self.user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Share the new width out again (unless the user sized the columns)."""
        super().resizeEvent(event)
        self.fit_columns()

    def email_at(self, index: QModelIndex) -> str | None:
        """E-mail of the row of ``index`` (None for an invalid index)."""
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(EmailRole)
        return str(value) if value else None

    def _row_at(self, point: QPointF) -> QModelIndex | None:
        index = self.indexAt(point.toPoint())
        return index.siblingAtColumn(0) if index.isValid() else None

    def _hover(self, index: QModelIndex | None) -> None:
        person = index.data(InterviewerRole) if index is not None else None
        self.dropHover.emit(person.name if person else "")

    def _dropped(self, index: QModelIndex, paths: list[Path]) -> None:
        email = self.email_at(index)
        if email is not None:
            self.filesDropped.emit(email, paths)
