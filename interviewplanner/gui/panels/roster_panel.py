"""The roster panel: filter box and table of interviewers; reloads itself on change flags.

It subscribes to the window's :class:`~interviewplanner.gui.changes.ChangeBus`: a change of
the roster, the bookings (the "This week" column) or the company settings reloads it.
``shownPeopleChanged`` fires whenever the people the week view should show may differ (the
selection, the filter, or the roster itself changed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.models.roster_model import Column, InterviewerRole, RosterModel, SortRole
from interviewplanner.gui.operations import roster as roster_ops
from interviewplanner.gui.ops import OpRunner
from interviewplanner.gui.values import RosterSnapshot
from interviewplanner.gui.widgets.roster_view import RosterView


class RosterPanel(QWidget):
    """Filter + table of interviewers.

    Signals:
        rosterLoaded(int): fresh roster data arrived; the number of interviewers.
        shownPeopleChanged(): selection, filter or roster changed (the week view follows).
        selectionChanged(): the selected rows changed.
        editRequested(): a row was double-clicked (or Enter pressed on it).
        filesDropped(str, list): .ics files dropped on a person's row (e-mail, paths).
        dropHover(str): the name of the person under a drag ("" when it left).
    """

    rosterLoaded = Signal(int)
    shownPeopleChanged = Signal()
    selectionChanged = Signal()
    editRequested = Signal()
    filesDropped = Signal(str, list)
    dropHover = Signal(str)

    def __init__(self, runner: OpRunner, parent: QWidget | None = None, *,
                 now: Callable[[], datetime]) -> None:
        """A panel whose data comes through ``runner``; ``now`` pins the clock in tests."""
        super().__init__(parent)
        self.setObjectName("RosterPanel")
        self.runner = runner
        self._select_next: list[str] = []
        self._now = now
        self.model = RosterModel(self, now=now)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = RosterView(self)
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.proxy)
        self.table.doubleClicked.connect(lambda _i: self.editRequested.emit())
        self.table.filesDropped.connect(self.filesDropped)
        self.table.dropHover.connect(self.dropHover)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("rosterFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start()
        runner.bus.changed.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.filter_edit.setPlaceholderText(
            self.tr("Filter the roster by name, e-mail, zone or pool (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter the roster"))
        self.table.setAccessibleName(self.tr("Interviewers"))
        self.model.retranslate()

    # -- data ------------------------------------------------------------------------------

    @property
    def people(self) -> list[Interviewer]:
        """Every interviewer on the roster, in model order."""
        return self.model.people

    @property
    def company(self) -> CompanySettings:
        """The company settings read with the roster."""
        return self.model.company

    def reload(self, select: Sequence[str] = ()) -> None:
        """Read the roster again on the worker; select ``select`` (e-mails) afterwards."""
        if select:
            self._select_next = list(select)
        roster_ops.load_roster(self._now()).success(self._loaded).run(self.runner)

    def select_after_reload(self, emails: Sequence[str]) -> None:
        """Select ``emails`` once the next reload (e.g. after a save) has arrived."""
        self._select_next = list(emails)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("roster", "bookings", "settings"):
            self.reload()

    def _loaded(self, snapshot: RosterSnapshot) -> None:
        keep = self._select_next or self.selected_emails()
        self._select_next = []
        self.model.set_roster(snapshot.people, snapshot.company, snapshot.interviews_this_week,
                              snapshot.awkward_this_month)
        self.table.fit_columns()
        self.select_emails(keep)
        self.rosterLoaded.emit(len(snapshot.people))
        self.shownPeopleChanged.emit()

    # -- selection -------------------------------------------------------------------------

    def selected_emails(self) -> list[str]:
        """E-mails of the selected rows, in table order."""
        rows = self.table.selectionModel().selectedRows(0)
        rows.sort(key=lambda index: index.row())
        return [str(index.data(InterviewerRole).email) for index in rows]

    def select_emails(self, emails: Sequence[str]) -> None:
        """Select exactly the rows of ``emails``."""
        selection = QItemSelection()
        for email in emails:
            row = self.model.row_of(email)
            if row >= 0:
                first = self.proxy.mapFromSource(self.model.index(row, 0))
                last = self.proxy.mapFromSource(self.model.index(row, len(Column) - 1))
                selection.select(first, last)
        model = self.table.selectionModel()
        model.select(selection, model.SelectionFlag.ClearAndSelect)

    def shown_people(self) -> list[Interviewer]:
        """The people for the week view: the selected ones that pass the filter, else all
        that pass it."""
        chosen = set(self.selected_emails())
        ordered = [self.proxy.index(r, 0).data(InterviewerRole)
                   for r in range(self.proxy.rowCount())]
        people = [p for p in ordered if p.email in chosen]
        return people or ordered

    def person(self, email: str) -> Interviewer | None:
        """The interviewer with primary address ``email``, if on the roster."""
        row = self.model.row_of(email)
        return self.model.interviewer(row) if row >= 0 else None

    def focus_filter(self) -> None:
        """Put the cursor in the filter box, its text selected."""
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selectionChanged.emit()
        self.shownPeopleChanged.emit()

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.shownPeopleChanged.emit()
