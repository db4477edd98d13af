"""The Calendars tab: every interviewer's calendar sources with their last good refresh and
status, "Refresh all" as an operation with progress, an optional refresh every N minutes, and a
hint when a calendar has had no good refresh for over a day (SPEC §9).

It reloads itself on ``Changes(sources=...)``, ``roster`` (names) and ``busy`` (imports add file
sources). The conflict watch that follows such changes is the window's
(:mod:`interviewplanner.gui.conflict_watch`): it runs whether or not this tab was ever opened.

Tab order: interviewer filter → Refresh all → refresh every… → minutes → table → Add calendar
address… → Remove…
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.model import Interviewer
from interviewplanner.core.sources import Source
from interviewplanner.gui.backend import Job, Progress
from interviewplanner.gui.build import labelled, named, row_table
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.models.source_model import Column, SourceModel
from interviewplanner.gui.operations import sources as source_ops
from interviewplanner.gui.ops import OpRunner
from interviewplanner.gui.panels.person_filter import EVERYONE, chosen_person, refill_people

AUTO_KEY, MINUTES_KEY = "sources/autoRefresh", "sources/autoRefreshMinutes"


class SourcesPanel(QWidget):
    """Calendar sources per person, refreshing, adding and removing them.

    Signals:
        sourcesLoaded(int): fresh sources arrived; how many there are in all.
        refreshed(object): a refresh finished (a RefreshResult).
        statusMessage(str): a sentence for the status bar.
    """

    sourcesLoaded = Signal(int)
    refreshed = Signal(object)
    statusMessage = Signal(str)

    def __init__(self, runner: OpRunner, settings: QSettings, *, now: Callable[[], datetime],
                 people: Callable[[], Sequence[Interviewer]], zone: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        """Work through ``runner``; ``people()`` is the roster, ``zone()`` the display zone."""
        super().__init__(parent)
        self.setObjectName("SourcesPanel")
        self.runner = runner
        self.settings = settings
        self._now = now
        self._people = people
        self._all: list[Source] = []
        self.job: Job | None = None
        self.last_dialog: QWidget | None = None
        self.model = SourceModel(self, now=now, zone=zone, describe=self._describe)
        self._build()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._auto_refresh)
        self._restore_auto()
        runner.bus.changed.connect(self._on_changes)
        self.retranslate()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.person_label, self.person_combo = labelled(QComboBox, self, "sourcesPerson")
        self.person_combo.addItem("", EVERYONE)
        self.person_combo.currentIndexChanged.connect(self._apply_filter)
        self.refresh_button = named(QPushButton(self), "refreshAllButton")
        self.refresh_button.clicked.connect(self._refresh_clicked)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.auto_check = named(QCheckBox(self), "autoRefresh")
        self.minutes = named(QSpinBox(self), "autoRefreshMinutes")
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setSingleStep(5)
        self.auto_check.toggled.connect(self._auto_changed)
        self.minutes.valueChanged.connect(self._auto_changed)
        self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._top_row())
        layout.addWidget(self.stale_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(self._bottom_row())
        for first, second in pairwise(self.tab_order()):
            self.setTabOrder(first, second)
        self._on_selection()

    def _top_row(self) -> QHBoxLayout:
        top = QHBoxLayout()
        for widget in (self.person_label, self.person_combo):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.refresh_button)
        top.addWidget(self.progress)
        top.addSpacing(12)
        top.addWidget(self.auto_check)
        top.addWidget(self.minutes)
        top.addStretch(1)
        return top

    def _build_table(self) -> None:
        self.stale_label = named(QLabel(self), "staleHint")
        self.stale_label.setWordWrap(True)
        self.stale_label.hide()
        self.table = row_table(self, "sourcesTable", self.model, word_wrap=True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.details = named(QLabel(self), "sourceDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _bottom_row(self) -> QHBoxLayout:
        self.add_button = named(QPushButton(self), "addSourceButton")
        self.add_button.clicked.connect(self.add_source)
        self.remove_button = named(QPushButton(self), "removeSourceButton")
        self.remove_button.clicked.connect(self.remove_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        return bottom

    def tab_order(self) -> list[QWidget]:
        """The panel's controls in keyboard order."""
        return [self.person_combo, self.refresh_button, self.auto_check, self.minutes,
                self.table, self.add_button, self.remove_button]

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.person_label.setText(self.tr("Intervie&wer:"))
        self.person_combo.setItemText(0, self.tr("Everyone"))
        self.refresh_button.setText(self.tr("&Refresh all"))
        self.refresh_button.setToolTip(self.tr(
            "Fetch every subscribed calendar again (an unchanged one costs almost nothing)"))
        self.progress.setAccessibleName(self.tr("Refresh progress"))
        self.auto_check.setText(self.tr("Refresh &every"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes between automatic refreshes"))
        self.table.setAccessibleName(self.tr("Calendar sources"))
        self.details.setAccessibleName(self.tr("Details of the selected calendar"))
        self.add_button.setText(self.tr("&Add calendar address…"))
        self.add_button.setToolTip(self.tr(
            "Subscribe an interviewer to their published calendar (ICS feed or CalDAV)"))
        self.remove_button.setText(self.tr("Re&move…"))
        self.model.retranslate()
        self._update_hint()
        self._on_selection()

    # -- data ------------------------------------------------------------------------------

    @property
    def sources(self) -> list[Source]:
        """Every source loaded (before filtering)."""
        return list(self._all)

    def reload(self) -> None:
        """Read the sources again on the worker."""
        source_ops.load_sources().success(self._loaded).run(self.runner)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("sources", "roster", "busy"):
            self.reload()

    def _loaded(self, found: tuple[Source, ...]) -> None:
        self._all = list(found)
        self._fill_people()
        self._apply_filter()
        self.sourcesLoaded.emit(len(self._all))

    def _fill_people(self) -> None:
        refill_people(self.person_combo, ((p.name, p.email) for p in self._people()))

    def _apply_filter(self) -> None:
        who = chosen_person(self.person_combo)
        rows = [s for s in self._all if not who or s.interviewer == who]
        names = {p.email: p.name for p in self._people()}
        self.model.set_rows(rows, names)
        for column in (Column.INTERVIEWER, Column.KIND, Column.REFRESHED):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(Column.ADDRESS, min(max(self.table.sizeHintForColumn(
            Column.ADDRESS), 160), 420))
        self._update_hint()
        self._on_selection()

    def _update_hint(self) -> None:
        stale = [s for s in self._all if s.is_stale(self._now())]
        self.stale_label.setVisible(bool(stale))
        self.stale_label.setText(self.tr(
            "%n calendar(s) have had no good refresh for over a day: their busy time may be out "
            "of date. Use Refresh all, or look at the status of each.", "", len(stale)))

    def _describe(self, source: Source) -> str:
        error = _stored_error(source)
        if error is None:
            return ""
        from interviewplanner.gui.errors import describe

        return describe(error)[0]

    # -- selection -------------------------------------------------------------------------

    def selected(self) -> Source | None:
        """The selected source, if any."""
        rows = self.table.selectionModel().selectedRows(0)
        return self.model.source(rows[0].row()) if rows else None

    def _on_selection(self, *_args: object) -> None:
        source = self.selected()
        self.remove_button.setEnabled(source is not None)
        if source is None:
            self.details.setText("")
            return
        text = self._describe(source)
        self.details.setText(text or source.url or source.name)

    # -- actions ---------------------------------------------------------------------------

    def refresh_all(self, source_ids: Sequence[int] | None = None) -> Job | None:
        """Refresh every subscribed calendar (or those of ``source_ids``) on the worker, with
        progress; a refresh already running is not started twice."""
        if self.job is not None and not self.job.done:
            return self.job
        self.refresh_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()

        def done(result: source_ops.RefreshResult) -> None:
            self.statusMessage.emit(self._summary(result))
            self.refreshed.emit(result)

        def finished() -> None:
            self.refresh_button.setEnabled(True)
            self.progress.hide()

        self.job = (source_ops.refresh(source_ids, now=self._now()).progress(self._on_progress)
                    .success(done).finished(finished).run(self.runner))
        return self.job

    def _refresh_clicked(self) -> None:
        self.refresh_all()

    def _on_progress(self, progress: Progress) -> None:
        self.progress.setValue(round(progress.fraction * 100))

    def _summary(self, result: source_ops.RefreshResult) -> str:
        text = self.tr("Refreshed %n calendar(s).", "", len(result.rows))
        if result.failed:
            text += " " + self.tr("%n failed; their last good busy time is kept.", "",
                                  result.failed)
        if result.new_conflicts:
            text += " " + self.tr("%n booked interview(s) now conflict: see the Bookings tab.",
                                  "", result.new_conflicts)
        return text

    def add_source(self) -> QWidget | None:
        """Open the dialog that subscribes an interviewer to a calendar address."""
        people = list(self._people())
        if not people:
            self.statusMessage.emit(self.tr("Add an interviewer first: a calendar belongs to "
                                            "one person."))
            return None
        from interviewplanner.gui.dialogs.source_dialog import SourceDialog

        who = str(self.person_combo.currentData() or "") or None
        dialog = SourceDialog(people, self, chosen=who)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._subscribe(dialog.request()))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _subscribe(self, request: source_ops.SourceRequest) -> None:
        def added(source: Source) -> None:
            self.statusMessage.emit(self.tr("Added {address}; refreshing it now.").format(
                address=source.name))
            self.refresh_all([source.id])

        source_ops.add_source(request).success(added).run(self.runner)

    def remove_selected(self) -> QMessageBox | None:
        """Ask whether to remove the selected source with its busy time; remove it if so."""
        source = self.selected()
        if source is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove calendar"),
                          self.tr("Remove {address} and the busy time it gave?").format(
                              address=source.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("RemoveSourceQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: source_ops.remove_source(source.id).run(
            self.runner) if button is yes else None)
        self.last_dialog = box
        box.open()
        return box

    # -- automatic refresh -----------------------------------------------------------------

    def _restore_auto(self) -> None:
        enabled = str(self.settings.value(AUTO_KEY, "false")).lower() == "true"
        minutes = int(str(self.settings.value(MINUTES_KEY, 60) or 60))
        self.minutes.setValue(minutes)
        self.auto_check.setChecked(enabled)
        self._auto_changed()

    def _auto_changed(self, *_args: object) -> None:
        enabled = self.auto_check.isChecked()
        self.minutes.setEnabled(enabled)
        self.settings.setValue(AUTO_KEY, "true" if enabled else "false")
        self.settings.setValue(MINUTES_KEY, self.minutes.value())
        if enabled:
            self.timer.start(self.minutes.value() * 60_000)
        else:
            self.timer.stop()

    def _auto_refresh(self) -> None:
        if any(s.subscribed for s in self._all):
            self.refresh_all()  # skipped while a refresh runs


def _stored_error(source: Source) -> Exception | None:
    """The coded error a source's last refresh failed with (None: none)."""
    from interviewplanner.services.errors import ErrorCode, UserError

    if source.error_code is None or source.error_code not in {c.value for c in ErrorCode}:
        return None
    return UserError(ErrorCode(source.error_code), **source.error_fields)
