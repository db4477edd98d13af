"""The planner's right half: the dates to search, "Find times", the ranked list, "Book".

The list (:class:`~interviewplanner.gui.models.proposal_model.ProposalModel`) shows one search's
proposals; when none fits, the :class:`~interviewplanner.gui.panels.planner.diagnosis.
DiagnosisBox` takes its place. Enter or a double-click on a proposal asks to book it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.gui import formatting
from interviewplanner.gui.build import row_table
from interviewplanner.gui.models.proposal_model import Column, FactsRole, ProposalModel
from interviewplanner.gui.panels.planner.candidate_form import as_date, error_label
from interviewplanner.gui.panels.planner.diagnosis import DiagnosisBox
from interviewplanner.gui.panels.planner.score_bar import ScoreBarDelegate
from interviewplanner.gui.presenters.proposal_preview import FoundTimes, ProposalFacts

HINT_PAGE, LIST_PAGE, DIAGNOSIS_PAGE = 0, 1, 2


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ProposalsPanel(QWidget):
    """Dates, the search button, the proposals (or why none), the book button.

    Signals:
        findRequested(): "Find times" was pressed.
        bookRequested(): book the selected proposal (button, Enter, double-click).
        currentChanged(object): the selected proposal's facts, or None.
        stepChosen(object): a next step of the diagnosis was chosen.
    """

    findRequested = Signal()
    bookRequested = Signal()
    currentChanged = Signal(object)
    stepChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, first_day: date,
                 display_zone: str = "UTC") -> None:
        """Search two weeks from ``first_day`` by default."""
        super().__init__(parent)
        self.setObjectName("ProposalsPanel")
        self.model = ProposalModel(self, display_zone)
        self._build_dates(first_day)
        self._build_list()
        self.diagnosis = DiagnosisBox(self)
        self.diagnosis.stepChosen.connect(self.stepChosen)
        self.hint = QLabel(self)
        self.hint.setObjectName("proposalsHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        for page in (self.hint, self.table, self.diagnosis):
            self.stack.addWidget(page)
        self.details = QLabel(self)
        self.details.setObjectName("proposalDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        self.status = QLabel(self)
        self.status.setObjectName("proposalsStatus")
        self.status.setWordWrap(True)
        self.book_button = QPushButton(self)
        self.book_button.setObjectName("bookProposal")
        self.book_button.setEnabled(False)
        self.book_button.clicked.connect(self.bookRequested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.dates_row)
        layout.addWidget(self.dates_error)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        layout.addLayout(bottom)
        self.retranslate()

    def _build_dates(self, first_day: date) -> None:
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        self.from_edit.setObjectName("searchFrom")
        self.to_edit.setObjectName("searchTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.from_edit.setDate(_qdate(first_day))
        self.to_edit.setDate(_qdate(first_day + timedelta(days=13)))
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setBuddy(self.to_edit)
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("findTimes")
        self.find_button.clicked.connect(self.findRequested)
        self.dates_error = error_label(self)
        self.dates_row = QHBoxLayout()
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            self.dates_row.addWidget(widget)
        self.dates_row.addStretch(1)
        self.dates_row.addWidget(self.find_button)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.dates_error.hide())

    def _build_list(self) -> None:
        self.table = row_table(self, "proposalsTable", self.model)
        self.table.setItemDelegateForColumn(Column.SCORE, ScoreBarDelegate(self.table))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.RANK, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(Column.SCORE, 76)
        self.table.activated.connect(lambda _i: self.bookRequested.emit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._current())

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.from_label.setText(self.tr("F&rom:"))
        self.to_label.setText(self.tr("&To:"))
        fmt = formatting.qt_date_format(length="short", weekday=True)
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat(fmt)
        self.from_edit.setToolTip(self.tr("First day to search, in the candidate's time zone"))
        self.to_edit.setToolTip(self.tr("Last day to search, in the candidate's time zone"))
        self.find_button.setText(self.tr("Find times"))
        self.find_button.setToolTip(self.tr("Find times for the plan (Ctrl+Return)"))
        self.table.setAccessibleName(self.tr("Proposed times, best first"))
        self.hint.setText(self.tr("Describe the panel on the left, then press Find times "
                                  "(Ctrl+Return)."))
        self.hint.setAccessibleName(self.tr("Proposed times"))
        self.model.retranslate()
        self.diagnosis.retranslate()
        self.set_moving(self.book_button.property("moving") is True)
        self._fit_columns()
        self._show_details()

    def set_moving(self, moving: bool) -> None:
        """Word the book button for a new booking or for moving one."""
        self.book_button.setProperty("moving", moving)
        self.book_button.setText(self.tr("&Move here…") if moving else self.tr("Boo&k…"))

    # -- dates -----------------------------------------------------------------------------

    def dates(self) -> tuple[date, date]:
        """The first and last day to search (inclusive)."""
        return as_date(self.from_edit.date()), as_date(self.to_edit.date())

    def set_dates(self, first: date, last: date) -> None:
        """Search ``first`` to ``last`` (inclusive)."""
        self.from_edit.setDate(_qdate(first))
        self.to_edit.setDate(_qdate(last))

    def widen(self, days: int = 7) -> None:
        """Search ``days`` longer."""
        self.to_edit.setDate(self.to_edit.date().addDays(days))

    def show_dates_error(self, text: str) -> None:
        """Show ``text`` under the dates."""
        self.dates_error.setText(text)
        self.dates_error.show()

    # -- results ---------------------------------------------------------------------------

    def set_searching(self, searching: bool) -> None:
        """Grey the search button while the worker searches."""
        self.find_button.setEnabled(not searching)
        if searching:
            self.status.setText(self.tr("Searching…"))

    def show_found(self, found: FoundTimes, keep_start: datetime | None = None) -> None:
        """Show a search's proposals (select the first, or the one starting at ``keep_start``),
        or the diagnosis."""
        self.model.set_proposals(found.proposals)
        if found.proposals:
            self.stack.setCurrentIndex(LIST_PAGE)
            self._fit_columns()
            row = self.model.row_starting(keep_start) if keep_start is not None else -1
            self.select_row(max(row, 0))
            self.status.setText(self.tr("%n time(s) found.", "", len(found.proposals)))
        else:
            self.diagnosis.show_reasons(found.reasons, found.plan, found.people)
            self.stack.setCurrentIndex(DIAGNOSIS_PAGE)
            self.details.hide()
            self.status.setText("")
            self.currentChanged.emit(None)
        self.book_button.setEnabled(bool(found.proposals))

    def clear(self, message: str = "") -> None:
        """No proposals; ``message`` in the status line."""
        self.model.clear()
        self.stack.setCurrentIndex(HINT_PAGE)
        self.details.hide()
        self.book_button.setEnabled(False)
        self.status.setText(message)
        self.currentChanged.emit(None)

    def select_row(self, row: int) -> None:
        """Select proposal ``row``."""
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def selected(self) -> ProposalFacts | None:
        """The selected proposal's facts."""
        index = self.table.currentIndex()
        if not index.isValid() or self.stack.currentIndex() != LIST_PAGE:
            return None
        facts = index.data(FactsRole)
        return facts if isinstance(facts, ProposalFacts) else None

    def _current(self) -> None:
        facts = self.selected()
        self.book_button.setEnabled(facts is not None)
        self._show_details()
        self.currentChanged.emit(facts)

    def _show_details(self) -> None:
        """The selected proposal's texts in full under the list (the cells may be cut)."""
        index = self.table.currentIndex()
        if not index.isValid() or self.stack.currentIndex() != LIST_PAGE:
            self.details.hide()
            return
        row = self.model.row(index.row())
        self.details.setText(f"{row.people}\n{row.why}")
        self.details.show()

    def _fit_columns(self) -> None:
        if self.model.rowCount():
            self.table.resizeColumnToContents(Column.WHEN)
            width = self.table.columnWidth(Column.WHEN)
            self.table.setColumnWidth(Column.WHEN, min(width, 260))
            self.table.setColumnWidth(Column.PEOPLE, 320)
