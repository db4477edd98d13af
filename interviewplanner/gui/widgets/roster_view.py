"""The roster table: sortable, multi-select, and a drop target for calendar files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from interviewplanner.gui.models.roster_model import Column, EmailRole, InterviewerRole
from interviewplanner.gui.widgets.week_view import accept_calendar_drag, calendar_urls_to_paths


class RosterView(QTableView):
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
        self.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

    def fit_columns(self) -> None:
        """Size columns to their contents; the policy column takes what room is left."""
        self.resizeColumnsToContents()
        self.setColumnWidth(Column.POOLS, min(self.columnWidth(Column.POOLS), 240))
        others = sum(self.columnWidth(c) for c in Column if c != Column.POLICY)
        room = self.viewport().width() - others - 2
        self.setColumnWidth(Column.POLICY,
                            max(min(self.columnWidth(Column.POLICY), room), 220))

    def email_at(self, index: QModelIndex) -> str | None:
        """E-mail of the row of ``index`` (None for an invalid index)."""
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(EmailRole)
        return str(value) if value else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept drags that carry local .ics files."""
        accept_calendar_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Accept only over a row; tell the window whose calendar it would be."""
        index = self.indexAt(event.position().toPoint())
        paths = calendar_urls_to_paths(event.mimeData().urls())
        if index.isValid() and paths:
            event.acceptProposedAction()
            person = index.siblingAtColumn(0).data(InterviewerRole)
            self.dropHover.emit(person.name if person else "")
        else:
            event.ignore()
            self.dropHover.emit("")

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Clear the hover hint."""
        self.dropHover.emit("")
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        """Emit filesDropped for the row under the drop (never changes the model)."""
        index = self.indexAt(event.position().toPoint())
        paths: list[Path] = calendar_urls_to_paths(event.mimeData().urls())
        email = self.email_at(index)
        self.dropHover.emit("")
        if email is None or not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.filesDropped.emit(email, paths)
