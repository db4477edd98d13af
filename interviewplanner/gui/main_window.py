"""The main window: a shell of panels, menus built from :mod:`.actions`, and a status bar.

Data reaches the panels through operations (:mod:`interviewplanner.gui.ops`) run on the
single worker; each write announces its change flags on the window's
:class:`~interviewplanner.gui.changes.ChangeBus` and the panels refresh themselves. This module
only builds the rooms and opens dialogs. While the roster is empty a first-run page offers "Add
interviewer" and "Load demo data". QSettings keeps UI state only.

At launch only the roster and the week view are built; the other tabs are pages that build their
panel (and import its module) when first shown or needed (:mod:`interviewplanner.gui.lazy_tab`).
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, QTimeZone, Signal, qVersion
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from interviewplanner import __version__
from interviewplanner.config import data_dir
from interviewplanner.core.model import Interviewer
from interviewplanner.core.timezones import is_known_zone
from interviewplanner.gui import i18n, values
from interviewplanner.gui.actions import Actions
from interviewplanner.gui.backend import Backend, Job
from interviewplanner.gui.build import open_kept, splitter
from interviewplanner.gui.changes import ChangeBus, Changes
from interviewplanner.gui.conflict_watch import ConflictWatch
from interviewplanner.gui.first_run import FirstRunPage
from interviewplanner.gui.lazy_tab import LazyTabs
from interviewplanner.gui.operations import calendars as calendar_ops
from interviewplanner.gui.operations import roster as roster_ops
from interviewplanner.gui.operations import views as view_ops
from interviewplanner.gui.ops import OpRunner
from interviewplanner.gui.panels.roster_panel import RosterPanel
from interviewplanner.gui.panels.week_panel import WeekPanel
from interviewplanner.gui.team import TeamSettings, TeamWatch

if TYPE_CHECKING:  # the dialogs load when first opened: ~0.25 s less on the GUI thread at launch
    from interviewplanner.core.booking import Booking
    from interviewplanner.gui.dialogs.import_dialog import (
        ImportDialog,
        ImportProgress,
        ImportSummaryDialog,
    )
    from interviewplanner.gui.dialogs.interviewer_dialog import InterviewerDialog
    from interviewplanner.gui.dialogs.settings_dialog import SettingsDialog
    from interviewplanner.gui.panels.bookings_panel import BookingsPanel
    from interviewplanner.gui.panels.ledger_panel import LedgerPanel
    from interviewplanner.gui.panels.overlap_panel import OverlapPanel
    from interviewplanner.gui.panels.planner import PlannerPanel
    from interviewplanner.gui.panels.sources_panel import SourcesPanel
    from interviewplanner.gui.presenters.proposal_preview import ProposalPreview


FIRST_RUN_PAGE, MAIN_PAGE = 0, 1
PLAN_SHARE = 0.56
"""The least share of the height the Plan tab takes from the week view below it."""
AUTO_REFRESH_KEY = "sources/autoRefresh"
"""The Calendars tab's "Refresh every …" setting (``sources_panel.AUTO_KEY``): when it is on,
that tab is built after the first week so that its timer runs."""


def system_zone() -> str:
    """The machine's IANA zone when Qt knows it, else UTC."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if is_known_zone(name) else "UTC"


class MainWindow(QMainWindow):
    """The coordinator's window.

    Signals:
        rosterLoaded(int): the roster was (re)loaded; the number of interviewers.
        weekShown(): the week view received fresh data.
        importFinished(object): a tuple of FileOutcome after an import (not after cancel).
        demoLoaded(int): the demo finished loading; the number of people added.
    """

    rosterLoaded = Signal(int)
    weekShown = Signal()
    importFinished = Signal(object)
    demoLoaded = Signal(int)

    def __init__(self, backend: Backend, settings: QSettings, *, demo: bool = False,
                 demo_dir: Path | None = None, auto_start: bool = False,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        """Build the window; data arrives asynchronously (see :meth:`start`).

        With ``auto_start`` the roster is requested right after the window's first paint, so
        the worker's imports (SQLAlchemy, holidays) do not compete for the GIL with it.
        """
        super().__init__()
        self.setObjectName("MainWindow")
        self.backend = backend
        self.settings = settings
        self._now = now
        self._auto_start = auto_start
        self._started = False
        self._warmed = False
        self._want_demo = demo
        self._demo_dir = demo_dir
        self.bus = ChangeBus(self)
        self.runner = OpRunner(backend, self.bus, self)
        self.team = TeamWatch(self.runner, self)  # other coordinators' changes (team mode)
        self.team_settings = TeamSettings(self.runner, settings, self.team, self)
        self.last_summary: ImportSummaryDialog | None = None
        self._progress: ImportProgress | None = None
        self._dialog: InterviewerDialog | None = None
        self.demo_question: QMessageBox | None = None
        self._build()
        self.retranslate_ui()
        self._restore_state()
        backend.busyChanged.connect(self.busy_bar.setVisible)
        for note in (self.team.noticed, self.team_settings.message):
            note.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.team_settings.switched.connect(self.db_label.setText)

    @property
    def last_error(self) -> QMessageBox | None:
        """The error dialog opened last by an operation (tests look at it)."""
        return self.runner.last_error

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.roster = RosterPanel(self.runner, self, now=self._now)
        self.roster.rosterLoaded.connect(self._roster_loaded)
        self.roster.editRequested.connect(self.edit_interviewer)
        self.roster.filesDropped.connect(self.import_dropped)
        self.roster.dropHover.connect(self._on_drop_hover)
        zone = str(self.settings.value("view/displayZone", "") or system_zone())
        self._preview: ProposalPreview | None = None
        self._reveal_preview = False
        self._on_plan = False
        self._plan_sizes: list[int] = []
        self._other_sizes: list[int] = []
        self.week = WeekPanel(self.runner, self.settings, people=self._week_people,
                              company=lambda: self.roster.company, now=self._now, zone=zone,
                              parent=self)
        self.week.weekShown.connect(self.weekShown)
        self.week.week_view.filesDropped.connect(self.import_dropped)
        self.roster.shownPeopleChanged.connect(self.week.schedule)
        self.week.weekShown.connect(self._reveal_proposal)
        self._build_tabs()
        self.splitter = splitter(Qt.Orientation.Vertical, self, "mainSplitter",
                                 [(self.tabs, 2), (self.week, 3)])
        self.first_run = FirstRunPage(self)
        self.first_run.addRequested.connect(self.add_interviewer)
        self.first_run.demoRequested.connect(self.load_demo)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.first_run)
        self.stack.addWidget(self.splitter)
        self.stack.setCurrentIndex(MAIN_PAGE)
        self.setCentralWidget(self.stack)
        self.acts = Actions(self, self._handlers())
        self.acts.set_rule("actEdit", lambda: len(self.roster.selected_emails()) == 1)
        self.roster.selectionChanged.connect(self.acts.update)
        self._wire_booking_actions()
        self.acts.update()
        self.week.attach_actions(self.acts.group("actPrevWeek", "actThisWeek", "actNextWeek"),
                                 self.acts.group("actZoomOut", "actZoomIn", "actZoomFit"))
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        # the conflict watch follows every change, whether or not a tab was opened (SPEC §9)
        self.watch = ConflictWatch(self.runner, self._now, self)
        self.watch.message.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def _build_tabs(self) -> None:
        """The tabs: the roster now; the others are built (and their modules imported) when
        first shown or needed — see the properties :attr:`planner`, :attr:`bookings`,
        :attr:`sources`, :attr:`overlap` and :attr:`ledger`.

        Order: Interviewers, Plan, Bookings, Calendars, Overlap, Ledger — the daily flow
        (people → plan → bookings) stays Ctrl+Tab steps apart.
        """
        self._planner: PlannerPanel | None = None
        self._bookings: BookingsPanel | None = None
        self._sources: SourcesPanel | None = None
        self._overlap: OverlapPanel | None = None
        self._ledger: LedgerPanel | None = None
        self._first_week_done = False  # built after it, a panel loads its data at once
        self._zones: tuple[tuple[str, str], ...] | None = None  # the zone pickers' full list
        self._undo_texts: Callable[[], None] = lambda: None  # the Bookings tab's undo, once built
        self.tabs = LazyTabs(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.roster, "")
        self._plan_page = self.tabs.add_lazy(self._make_planner, "planPage")
        self._bookings_page = self.tabs.add_lazy(self._make_bookings, "bookingsPage")
        self._sources_page = self.tabs.add_lazy(self._make_sources, "calendarsPage")
        self._overlap_page = self.tabs.add_lazy(self._make_overlap, "overlapPage")
        self._ledger_page = self.tabs.add_lazy(self._make_ledger, "ledgerPage")
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- the tabs, built on first need -------------------------------------------------------

    @property
    def planner(self) -> PlannerPanel:
        """The Plan tab's panel (built now if it was not yet)."""
        self._plan_page.panel()  # builds it the first time
        assert self._planner is not None
        return self._planner

    @property
    def bookings(self) -> BookingsPanel:
        """The Bookings tab's panel (built now if it was not yet)."""
        self._bookings_page.panel()  # builds it the first time
        assert self._bookings is not None
        return self._bookings

    @property
    def sources(self) -> SourcesPanel:
        """The Calendars tab's panel (built now if it was not yet)."""
        self._sources_page.panel()  # builds it the first time
        assert self._sources is not None
        return self._sources

    @property
    def overlap(self) -> OverlapPanel:
        """The Overlap tab's panel (built now if it was not yet)."""
        self._overlap_page.panel()  # builds it the first time
        assert self._overlap is not None
        return self._overlap

    @property
    def ledger(self) -> LedgerPanel:
        """The Ledger tab's panel (built now if it was not yet)."""
        self._ledger_page.panel()  # builds it the first time
        assert self._ledger is not None
        return self._ledger

    def _make_planner(self, page: QWidget) -> QWidget:
        """The Plan tab: roster names, display zone, the week preview, undo, moving bookings."""
        from interviewplanner.gui.panels.planner import PlannerPanel

        planner = PlannerPanel(self.runner, page, people=lambda: self.roster.people,
                               display_zone=lambda: self.week.display_zone, now=self._now)
        self._planner = planner
        self.roster.rosterLoaded.connect(lambda _n: planner.roster_changed())
        self.week.weekChanged.connect(lambda: planner.set_display_zone(self.week.display_zone))
        planner.previewRequested.connect(self.show_preview)
        planner.editInterviewerRequested.connect(self.edit_person)
        # the undo history is the Bookings tab's: a booking made here builds it
        planner.booked.connect(self._record_booked)
        planner.rescheduled.connect(self._record_move)
        planner.roster_changed()
        if self._zones is not None:
            planner.fill_zones(self._zones)
        return planner

    def _make_bookings(self, page: QWidget) -> QWidget:
        """The Bookings tab: the list, its actions, the undo history of booking changes."""
        from interviewplanner.gui.panels.bookings_panel import BookingsPanel

        panel = BookingsPanel(self.runner, self.settings, now=self._now,
                              zone=lambda: self.week.display_zone, parent=page)
        self._bookings = panel
        panel.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.week.weekChanged.connect(lambda: panel.set_display_zone(self.week.display_zone))
        panel.rescheduleRequested.connect(self.reschedule_booking)
        a = self.acts
        page.removeAction(a["actCancelBooking"])
        a.scope("actCancelBooking", panel.table)  # ...and cancels on the bookings table only
        panel.selectionChanged.connect(a.update)
        self._undo_texts = panel.undo.bind(a["actUndo"], a["actRedo"])
        a.update()
        if self._first_week_done:
            panel.reload()
        return panel

    def _make_sources(self, page: QWidget) -> QWidget:
        """The Calendars tab: subscribed calendars, refresh (SPEC §9)."""
        from interviewplanner.gui.panels.sources_panel import SourcesPanel

        panel = SourcesPanel(self.runner, self.settings, now=self._now,
                             people=lambda: self.roster.people,
                             zone=lambda: self.week.display_zone, parent=page)
        self._sources = panel
        panel.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 10000))
        if self._first_week_done:
            panel.reload()
        return panel

    def _make_overlap(self, page: QWidget) -> QWidget:
        """The Overlap tab (SPEC §11): shared hours ahead."""
        from interviewplanner.gui.panels.overlap_panel import OverlapPanel

        panel = OverlapPanel(self.runner, people=lambda: self.roster.people,
                             display_zone=lambda: self.week.display_zone, now=self._now,
                             parent=page)
        self._overlap = panel
        self.roster.rosterLoaded.connect(lambda _n: panel.roster_changed())
        self.week.weekChanged.connect(lambda: panel.set_display_zone(self.week.display_zone))
        panel.roster_changed()
        if self._zones is not None:
            panel.fill_zones(self._zones)
        return panel

    def _make_ledger(self, page: QWidget) -> QWidget:
        """The Ledger tab (SPEC §11): awkward hours carried."""
        from interviewplanner.gui.panels.ledger_panel import LedgerPanel

        self._ledger = LedgerPanel(self.runner, now=self._now, parent=page)
        return self._ledger

    def _handlers(self) -> dict[str, Callable[[], object]]:
        view = self.week.week_view
        return {
            "actImport": self.import_calendar, "actDemo": self.load_demo,
            "actRefreshCalendars": self.refresh_calendars,
            "actQuit": self.close, "actAdd": self.add_interviewer,
            "actEdit": self.edit_interviewer, "actFind": self._focus_filter,
            "actPrevWeek": lambda: self.week.go_week(-1), "actThisWeek": self.week.this_week,
            "actNextWeek": lambda: self.week.go_week(1), "actZoomIn": view.zoom_in,
            "actZoomOut": view.zoom_out, "actZoomFit": view.reset_zoom,
            "actSettings": self.open_settings, "actAbout": self.about,
            "actAboutQt": QApplication.aboutQt,
            "actRemove": self.remove_interviewer,
            # the Bookings tab's actions: nothing to do on them before it is built
            "actUndo": self._on_bookings(lambda panel: panel.undo.undo()),
            "actRedo": self._on_bookings(lambda panel: panel.undo.redo()),
            "actExport": self._on_bookings(lambda panel: panel.export_selected()),
            "actReschedule": self._on_bookings(lambda panel: panel.reschedule_selected()),
            "actCancelBooking": self._on_bookings(lambda panel: panel.cancel_selected()),
            "actFindTimes": self.find_times, "actBookProposal": self.book_proposal,
        }

    def _on_bookings(self, act: Callable[[BookingsPanel], object]) -> Callable[[], object]:
        """A handler doing ``act(panel)`` on the Bookings tab's panel; nothing before it is
        built (nothing can be selected there nor undone yet)."""
        return lambda: act(self._bookings) if self._bookings is not None else None

    def _wire_booking_actions(self) -> None:
        """Rules of the Bookings tab's actions; until it is built nothing is selected there
        and its undo history is empty (:meth:`_make_bookings` binds them to the panel)."""
        a = self.acts
        a.set_rule("actRemove", lambda: len(self.roster.selected_emails()) == 1)
        a.set_rule("actExport", lambda: self._bookings is not None and self._bookings.can_export())
        a.set_rule("actReschedule",
                   lambda: self._bookings is not None and self._bookings.can_reschedule())
        a.set_rule("actCancelBooking",
                   lambda: self._bookings is not None and self._bookings.can_cancel())
        a.scope("actRemove", self.roster.table)  # Delete removes on the roster only...
        a.scope("actCancelBooking", self._bookings_page)  # (the table once the tab is built)
        for name in ("actUndo", "actRedo"):
            a[name].setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        a = self.acts
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions(a.group("actImport", "actRefreshCalendars", "actDemo"))
        self.menu_file.addSeparator()
        self.menu_file.addAction(a["actQuit"])
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions(a.group("actUndo", "actRedo"))
        self.menu_people = bar.addMenu("")
        self.menu_people.addActions(a.group("actAdd", "actEdit", "actRemove", "actFind"))
        self.menu_bookings = bar.addMenu("")
        self.menu_bookings.addActions(a.group("actFindTimes", "actBookProposal"))
        self.menu_bookings.addSeparator()
        self.menu_bookings.addActions(a.group("actExport", "actReschedule", "actCancelBooking"))
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions(a.group("actPrevWeek", "actThisWeek", "actNextWeek"))
        self.menu_view.addSeparator()
        self.menu_view.addActions(a.group("actZoomIn", "actZoomOut", "actZoomFit"))
        self.menu_settings = bar.addMenu("")
        self.menu_settings.addAction(a["actSettings"])
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions(a.group("actAbout", "actAboutQt"))

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.toolbar.addActions(self.acts.group("actAdd", "actEdit", "actImport"))

    def _build_status(self) -> None:
        status = self.statusBar()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.hide()
        self.count_label = QLabel(self)
        self.db_label = QLabel(self)
        self.db_label.setEnabled(False)
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.db_label)

    # -- translation -----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text of the window in the current language."""
        self.setWindowTitle(self.tr("Interview panels across time zones"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_bookings.setTitle(self.tr("&Bookings"))
        self.menu_people.setTitle(self.tr("&Interviewers"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.acts.retranslate()
        tabs = self.tabs  # a tab not built yet has its title already; its panel is built in
        # the language of the moment
        tabs.setTabText(tabs.indexOf(self.roster), self.tr("Interviewers"))
        tabs.setTabText(tabs.indexOf(self._sources_page), self.tr("Calendars"))
        tabs.setTabText(tabs.indexOf(self._plan_page), self.tr("Plan"))
        tabs.setTabText(tabs.indexOf(self._bookings_page), self.tr("Bookings"))
        tabs.setTabText(tabs.indexOf(self._overlap_page), self.tr("Overlap"))
        tabs.setTabText(tabs.indexOf(self._ledger_page), self.tr("Ledger"))
        if self._sources is not None:
            self._sources.retranslate()
        self._undo_texts()  # after acts.retranslate(): "Undo cancel of …" again
        if self._bookings is not None:
            self._bookings.retranslate()
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.roster.retranslate()
        self.week.retranslate()
        self._update_counts()

    def event(self, event: QEvent) -> bool:
        """Start loading data once the (still empty) window has been painted."""
        handled = super().event(event)
        if self._auto_start and not self._started and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.start)
        return handled

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:  # the week view needs the height more than the tabs above it
            self.splitter.setSizes([2 * self.height() // 5, 3 * self.height() // 5])
        header = self.settings.value("roster/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.roster.table.horizontalHeader().restoreState(header)
            self.roster.table.user_sized = True  # the user's column widths win over fitting

    def save_state(self) -> None:
        """Write the UI state to QSettings."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("roster/header", self.roster.table.horizontalHeader().saveState())
        self.settings.setValue("view/displayZone", self.week.display_zone)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the UI state; the backend is shut down by the caller."""
        self.team.stop()
        self.save_state()
        super().closeEvent(event)

    # -- roster ----------------------------------------------------------------------------

    def start(self) -> None:
        """Load the roster (called once after show); the week follows."""
        if not self._started:
            self._started = True
            self.week.active = True
            self.roster.reload()
            self.roster.shownPeopleChanged.connect(self._first_people)
            self.weekShown.connect(self._after_first_week)

    def _first_people(self) -> None:
        """The first roster is in: its week now, not after the delay that coalesces a burst of
        selection changes (the launch waits for this week, the worker for nothing else)."""
        self.roster.shownPeopleChanged.disconnect(self._first_people)
        self.week.flush()

    def _roster_loaded(self, count: int) -> None:
        self.stack.setCurrentIndex(FIRST_RUN_PAGE if count == 0 else MAIN_PAGE)
        self._update_counts()
        self.acts.update()
        self.rosterLoaded.emit(count)
        if count == 0 and self._want_demo:
            self._want_demo = False
            self.load_demo()

    def _after_first_week(self) -> None:
        """Once the first week is on screen: the bookings and calendars lists (of the tabs
        built already; the others load theirs when built) and the zone catalogue.

        They wait so that the worker reads the roster and the week first (launch to a filled
        window), not the whole booking history or ~400 zone names in two languages.
        """
        self.weekShown.disconnect(self._after_first_week)
        self._first_week_done = True
        if self._auto_start:
            self.team.start()  # the others' changes (tests start it themselves)
        if self._bookings is not None:
            self._bookings.reload()
        if self._sources is not None:
            self._sources.reload()
        elif str(self.settings.value(AUTO_REFRESH_KEY, "false")).lower() == "true":
            self._sources_page.panel()  # its timer refreshes the calendars every N minutes
        self.watch.check_zone_data()  # new tzdata since the last check?
        if not self._warmed:
            self._warmed = True
            view_ops.warm_up().success(self._zones_arrived).run(self.runner)

    def _zones_arrived(self, zones: tuple[tuple[str, str], ...]) -> None:
        """The zone pickers' full list: for the week now, for tabs built later when built."""
        self._zones = zones
        self.week.fill_zones(zones)
        for panel in (self._planner, self._overlap):
            if panel is not None:
                panel.fill_zones(zones)

    def _focus_filter(self) -> None:
        self.tabs.setCurrentWidget(self.roster)
        self.roster.focus_filter()

    def _update_counts(self) -> None:
        count = self.roster.model.rowCount()
        self.count_label.setText(self.tr("%n interviewer(s)", "", count))
        self.db_label.setText(self.backend.where)

    # -- add / edit ------------------------------------------------------------------------

    def _taken(self) -> dict[str, str]:
        return {address: p.name for p in self.roster.people for address in p.emails}

    def _pools(self) -> list[str]:
        return sorted({pool for p in self.roster.people for pool in p.pools})

    def add_interviewer(self) -> InterviewerDialog:
        """Open the add dialog (non-blocking) and return it."""
        return self._open_dialog(None)

    def edit_interviewer(self) -> InterviewerDialog | None:
        """Open the edit dialog for the single selected interviewer."""
        emails = self.roster.selected_emails()
        person = self.roster.person(emails[0]) if len(emails) == 1 else None
        return self._open_dialog(person) if person is not None else None

    def remove_interviewer(self) -> QMessageBox | None:
        """Ask to remove the single selected interviewer (Delete on the roster)."""
        emails = self.roster.selected_emails()
        person = self.roster.person(emails[0]) if len(emails) == 1 else None
        if person is None:
            return None
        from interviewplanner.gui.dialogs.remove_interviewer import ask_to_remove

        return ask_to_remove(self, self.runner, person, self._now(), lambda removal: (
            self.statusBar().showMessage(self.tr("Removed {name}.").format(
                name=removal.interviewer.name), 8000)))

    def _open_dialog(self, person: Interviewer | None) -> InterviewerDialog:
        from interviewplanner.gui.dialogs.interviewer_dialog import InterviewerDialog

        dialog = InterviewerDialog(self.roster.company, self._taken(), person, self,
                                   known_pools=self._pools())
        if person is None:
            dialog.zone_picker.set_zone(None)
        dialog.saveRequested.connect(lambda p: self._save(dialog, p, new=person is None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _save(self, dialog: InterviewerDialog, person: Interviewer, *, new: bool) -> None:
        from interviewplanner.gui import errors

        def saved(stored: Interviewer) -> None:
            dialog.accept()
            self.statusBar().showMessage(self.tr("Saved {name}.").format(name=stored.name), 5000)
            self.roster.select_after_reload([stored.email])

        def refused(exc: BaseException) -> None:
            from interviewplanner.services.errors import ErrorCode, UserError

            if isinstance(exc, UserError) and exc.code is ErrorCode.INVALID_POLICY:
                dialog.show_policy_problems(exc.fields["problems"])  # next to their fields
            elif isinstance(exc, UserError) and exc.code is ErrorCode.CHANGED_MEANWHILE:
                dialog.show_save_error(" ".join(errors.describe(exc)))  # who, when, what now
                self.bus.announce(Changes(roster=True))  # the roster shows the other change
            else:
                dialog.show_save_error(errors.describe(exc)[0])

        roster_ops.save_interviewer(person, new=new).success(saved).failure(refused).run(
            self.runner)

    # -- planning --------------------------------------------------------------------------

    def find_times(self) -> bool:
        """Plan → Find times (Ctrl+Return): search times for the plan on the Plan tab."""
        self.tabs.setCurrentWidget(self.planner)
        return self.planner.find_times()

    def book_proposal(self) -> object:
        """Plan → Book the selected time…: the planner's confirm dialog."""
        self.tabs.setCurrentWidget(self.planner)
        return self.planner.book_selected()

    def reschedule_booking(self, booking_id: str) -> None:
        """Find new times for a booking on the Plan tab ("Move here" books them)."""
        self.tabs.setCurrentWidget(self.planner)
        self.planner.start_reschedule(booking_id)

    def _record_booked(self, booking: Booking) -> None:
        self.bookings.undo.record_booked(booking)  # builds the Bookings tab: its undo history

    def _record_move(self, before: Booking, after: Booking) -> None:
        from interviewplanner.core.booking import BookingState
        from interviewplanner.gui.operations.bookings import BookingChange

        self.bookings.undo.record(BookingChange("reschedule", after.id, after.candidate.name,
                                                BookingState.of(before), BookingState.of(after)))

    def edit_person(self, email: str) -> InterviewerDialog | None:
        """Open the edit dialog of the interviewer with address ``email``."""
        wanted = email.lower()
        person = next((p for p in self.roster.people if wanted in p.emails), None)
        return self._open_dialog(person) if person is not None else None

    def show_preview(self, preview: ProposalPreview | None) -> None:
        """Highlight a proposal on the week view: its week, its people (None: clear)."""
        self._preview = preview
        view = self.week.week_view
        if preview is None:
            view.clear_overlay()
            self.week.schedule()
            return
        view.set_overlay(preview.highlights, self.tr("Proposal {rank}").format(rank=preview.rank))
        self._reveal_preview = True
        self.week.go_to(preview.day)

    def _week_people(self) -> list[Interviewer]:
        """The people the week view shows: a previewed proposal's while the Plan tab is open,
        else the roster's selection."""
        preview = self._preview
        if preview is None or self.tabs.current_page() is not self._plan_page:
            return self.roster.shown_people()
        by_email = {e: p for p in self.roster.people for e in p.emails}
        people = [by_email[e] for e in preview.emails if e in by_email]
        return list(dict.fromkeys(people)) or self.roster.shown_people()

    def _tab_changed(self, _index: int) -> None:
        # the tabs whose pictures need the height
        tall = (self._plan_page, self._overlap_page, self._ledger_page)
        self._plan_room(self.tabs.current_page() in tall)
        if self._preview is not None:  # the week shows the proposal's people on the Plan tab
            self.week.schedule()

    def _plan_room(self, on_plan: bool) -> None:
        """The Plan tab takes at least PLAN_SHARE of the height (the week below then shows only
        a proposal's people); the other tabs get their own sizes back."""
        if on_plan == self._on_plan:
            return
        self._on_plan = on_plan
        sizes = self.splitter.sizes()
        if on_plan:
            self._other_sizes = sizes
            total = sum(sizes)
            top = max(sizes[0], int(total * PLAN_SHARE))
            self.splitter.setSizes(self._plan_sizes or [top, total - top])
        else:
            self._plan_sizes = sizes
            if self._other_sizes:
                self.splitter.setSizes(self._other_sizes)

    def _reveal_proposal(self) -> None:
        preview = self._preview
        if preview is not None and self._reveal_preview:
            self._reveal_preview = False
            self.week.week_view.set_overlay(
                preview.highlights, self.tr("Proposal {rank}").format(rank=preview.rank))

    # -- import ----------------------------------------------------------------------------

    def _keep_titles(self) -> bool:
        return str(self.settings.value("import/keepTitles", "false")).lower() == "true"

    def import_calendar(self) -> ImportDialog | None:
        """File → Import calendar…: ask whose calendar and which files, then import."""
        people = self.roster.people
        if not people:
            self.statusBar().showMessage(
                self.tr("Add an interviewer first: a calendar belongs to one person."), 6000)
            return None
        emails = self.roster.selected_emails()
        from interviewplanner.gui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(people, self, chosen=emails[0] if emails else None,
                              keep_titles=self._keep_titles(), today=self._now().date())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_import(dialog.request()))
        dialog.open()
        return dialog

    def import_dropped(self, email: str, paths: list[Path]) -> Job | None:
        """Import files dropped on a person's row (default horizon, title setting)."""
        if not paths:
            return None
        from interviewplanner.services.dates import parse_range

        horizon = parse_range(None, None, now=self._now())
        return self.start_import(values.ImportRequest(email, tuple(paths), horizon,
                                                     self._keep_titles()))

    def start_import(self, request: values.ImportRequest) -> Job:
        """Run an import on the worker with a cancellable progress dialog and a summary."""
        from interviewplanner.gui.dialogs.import_dialog import ImportProgress, ImportSummaryDialog

        found = self.roster.person(request.email)
        who = found.name if found is not None else request.email
        progress = ImportProgress(who, self)
        self._progress = progress

        def succeeded(outcomes: tuple[values.FileOutcome, ...]) -> None:
            summary = ImportSummaryDialog(who, outcomes, self)
            summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            open_kept(self, "last_summary", summary, until_destroyed=True)
            self.importFinished.emit(outcomes)

        def done() -> None:
            progress.reset()
            progress.hide()
            progress.deleteLater()
            if self._progress is progress:
                self._progress = None

        job = (calendar_ops.import_files(request).progress(progress.on_progress)
               .success(succeeded).finished(done).run(self.runner))
        progress.canceled.connect(job.cancel)
        progress.canceled.connect(lambda: self.statusBar().showMessage(
            self.tr("Import cancelled: files not yet saved were left out."), 8000))
        return job

    def refresh_calendars(self) -> Job | None:
        """File → Refresh all calendars (F5): fetch every subscribed calendar again."""
        return self.sources.refresh_all()

    # -- demo ------------------------------------------------------------------------------

    def load_demo(self) -> Job | None:
        """Add the demo team and import their calendars on the worker.

        On a store that already has people, ask first (non-blocking); returns the job once
        loading starts, None while the question is open.
        """
        count = len(self.roster.people)
        if count == 0:
            return self._start_demo()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Load demo data"),
                          self.tr("The roster already has %n interviewer(s). Add the demo team "
                                  "(eight people in Tokyo and the US, with a month of calendars) "
                                  "to it?", "", count),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("DemoQuestion")
        box.setInformativeText(self.tr("People already on the roster are kept as they are."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: self._start_demo() if button is yes else None)
        self.demo_question = box
        box.open()
        return None

    def _start_demo(self) -> Job:
        target = self._demo_dir or (data_dir() / "demo-calendars")
        self.first_run.set_busy(True)
        self.acts["actDemo"].setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading the demo team and their calendars…"))

        def loaded(added: int) -> None:
            if added:
                text = self.tr("Demo loaded: %n interviewer(s) with a month of calendars.", "",
                               added)
            else:
                text = self.tr("The demo team is already on the roster: nothing was added.")
            self.statusBar().showMessage(text, 8000)
            self.demoLoaded.emit(added)

        def finished() -> None:
            self.first_run.set_busy(False)
            self.acts["actDemo"].setEnabled(True)

        return (calendar_ops.load_demo(target, self._now().date()).success(loaded)
                .finished(finished).run(self.runner))

    # -- settings, about -------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """Open the settings dialog; applying it may switch the language at once."""
        choice = str(self.settings.value("ui/language", i18n.SYSTEM))
        from interviewplanner.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(choice, self._keep_titles(), self,
                                **self.team_settings.dialog_values())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.testRequested.connect(lambda url: self.team_settings.test(dialog, url))
        dialog.accepted.connect(lambda: self.apply_settings(dialog.language(),
                                                            dialog.keep_titles()))
        dialog.accepted.connect(lambda: self.team_settings.apply(
            dialog.coordinator(), dialog.database(), dialog.password()))
        dialog.open()
        return dialog

    def apply_settings(self, language: str, keep_titles: bool) -> None:
        """Store the preferences and switch the UI language now."""
        self.settings.setValue("ui/language", language)
        self.settings.setValue("import/keepTitles", "true" if keep_titles else "false")
        i18n.install(i18n.resolve(language))

    def about_text(self) -> str:
        """The About box's text with every version that matters for a bug report."""
        return self.tr(
            "<h3>interviewplanner {version}</h3>"
            "<p>Plan interview panels across time zones and flex hours.</p>"
            "<p>Python {python} · Qt {qt} · PySide6 {pyside} · {system}</p>"
            "<p>Database: {where}</p>").format(
            version=__version__, python=platform.python_version(), qt=qVersion(),
            pyside=pyside_version, system=f"{platform.system()} {platform.release()}",
            where=self.backend.where)

    def about(self) -> QMessageBox:
        """Show the About box (non-blocking)."""
        box = QMessageBox(self)
        box.setObjectName("AboutBox")
        box.setWindowTitle(self.tr("About interviewplanner"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _on_drop_hover(self, name: str) -> None:
        if name:
            self.statusBar().showMessage(
                self.tr("Drop to import into {name}'s calendar").format(name=name))
        else:
            self.statusBar().clearMessage()


def python_info() -> str:
    """One line about the running Python (for logs)."""
    return f"Python {sys.version.split()[0]} on {platform.platform()}"
