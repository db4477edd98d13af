"""The main window: roster on top, the week view below, menus, toolbar and status bar.

All data comes through the :class:`~interviewplanner.gui.workers.Backend` (services on the
worker thread); this module only wires widgets to jobs. While the roster is empty a first-run
page offers "Add interviewer" and "Load demo data". QSettings keeps UI state only: window
geometry, splitter and column sizes, the display zone, the zoom, the language and the default
for keeping event titles.
"""

from __future__ import annotations

import logging
import platform
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QByteArray,
    QDate,
    QEvent,
    QItemSelection,
    QLocale,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QTimeZone,
    Signal,
    qVersion,
)
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from interviewplanner import __version__
from interviewplanner.config import data_dir
from interviewplanner.core.model import Interviewer
from interviewplanner.core.timezones import get_zone, is_known_zone, to_local
from interviewplanner.gui import errors, i18n, values
from interviewplanner.gui.first_run import FirstRunPage
from interviewplanner.gui.models.roster_model import Column, InterviewerRole, RosterModel, SortRole
from interviewplanner.gui.widgets.roster_view import RosterView
from interviewplanner.gui.widgets.week_layout import monday_of
from interviewplanner.gui.widgets.week_view import WeekView
from interviewplanner.gui.widgets.zone_picker import ZonePicker
from interviewplanner.gui.workers import Backend, Job, TaskFn
from interviewplanner.gui.zones import zone_label
from interviewplanner.services.dates import parse_range

if TYPE_CHECKING:  # the dialogs load when first opened: ~0.25 s less on the GUI thread at launch
    from interviewplanner.gui.dialogs.import_dialog import (
        ImportDialog,
        ImportProgress,
        ImportSummaryDialog,
    )
    from interviewplanner.gui.dialogs.interviewer_dialog import InterviewerDialog
    from interviewplanner.gui.dialogs.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

FIRST_RUN_PAGE, MAIN_PAGE = 0, 1


def glyph_icon(text: str, color: QColor | None = None) -> QIcon:
    """A small icon drawn from a character (no icon theme needed, crisp on every platform)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    font = QFont()
    font.setPixelSize(24)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(color or QColor(40, 90, 160))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


def _tasks() -> ModuleType:
    """The worker-side task module, imported on first use (it pulls in the store)."""
    from interviewplanner.gui import tasks

    return tasks


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
        self._auto_start = auto_start
        self._warmed = False
        self.setObjectName("MainWindow")
        self.backend = backend
        self.settings = settings
        self._now = now
        self._want_demo = demo
        self._demo_dir = demo_dir
        self._week_generation = 0
        self._started = False
        self.last_summary: ImportSummaryDialog | None = None
        self.last_error: QMessageBox | None = None
        self._progress: ImportProgress | None = None
        self._dialog: InterviewerDialog | None = None
        zone = str(settings.value("view/displayZone", "") or system_zone())
        self.display_zone = zone if is_known_zone(zone) else "UTC"
        self.monday = monday_of(to_local(now(), get_zone(self.display_zone)).date())
        self._build()
        self.retranslate_ui()
        self._restore_state()
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start()
        self._week_timer = QTimer(self)
        self._week_timer.setSingleShot(True)
        self._week_timer.setInterval(30)
        self._week_timer.timeout.connect(self.refresh_week)
        backend.busyChanged.connect(self._on_busy)

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.model = RosterModel(self, now=self._now)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = RosterView(self)
        self.table.setModel(self.proxy)
        self.table.doubleClicked.connect(lambda _i: self.edit_interviewer())
        self.table.filesDropped.connect(self.import_dropped)
        self.table.dropHover.connect(self._on_drop_hover)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._on_selection)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("rosterFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(6, 6, 6, 0)
        top_layout.addWidget(self.filter_edit)
        top_layout.addWidget(self.table)
        self.week_view = WeekView(self, now=self._now)
        self.week_view.setObjectName("WeekView")
        self.week_view.filesDropped.connect(self.import_dropped)
        self.week_view.rebuild_on_language_change = False  # refresh_week() does it on the worker
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.week_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.first_run = FirstRunPage(self)
        self.first_run.addRequested.connect(self.add_interviewer)
        self.first_run.demoRequested.connect(self.load_demo)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.first_run)
        self.stack.addWidget(self.splitter)
        self.stack.setCurrentIndex(MAIN_PAGE)
        self.setCentralWidget(self.stack)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()

    def _action(self, name: str, slot: Callable[[], object],
                keys: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
                icon: QIcon | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if keys:
            action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k)
                                 for k in keys])
        if icon is not None:
            action.setIcon(icon)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        style = self.style()
        self.act_import = self._action(
            "actImport", self.import_calendar, ["Ctrl+I"],
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.act_demo = self._action("actDemo", self.load_demo)
        self.act_quit = self._action("actQuit", self.close, [QKeySequence.StandardKey.Quit,
                                                             "Ctrl+Q"])
        self.act_add = self._action("actAdd", self.add_interviewer,
                                    [QKeySequence.StandardKey.New], glyph_icon("+"))
        self.act_edit = self._action("actEdit", self.edit_interviewer, ["Ctrl+E"],
                                     glyph_icon("✎"))
        self.act_find = self._action("actFind", self._focus_filter, [QKeySequence.StandardKey.Find])
        self.act_prev = self._action(
            "actPrevWeek", lambda: self.go_week(-1), ["Alt+Left", "Ctrl+PgUp"],
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.act_next = self._action(
            "actNextWeek", lambda: self.go_week(1), ["Alt+Right", "Ctrl+PgDown"],
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.act_today = self._action("actThisWeek", self.this_week, ["Alt+Home", "Ctrl+T"],
                                      glyph_icon("●", QColor(220, 30, 40)))
        self.act_zoom_in = self._action("actZoomIn", self.week_view.zoom_in,
                                        [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
                                        glyph_icon("+", QColor(90, 90, 90)))
        self.act_zoom_out = self._action("actZoomOut", self.week_view.zoom_out,
                                         [QKeySequence.StandardKey.ZoomOut],
                                         glyph_icon("−", QColor(90, 90, 90)))
        self.act_zoom_fit = self._action("actZoomFit", self.week_view.reset_zoom, ["Ctrl+0"],
                                         glyph_icon("↔", QColor(90, 90, 90)))
        self.act_settings = self._action("actSettings", self.open_settings,
                                         [QKeySequence.StandardKey.Preferences, "Ctrl+,"])
        self.act_about = self._action("actAbout", self.about)
        self.act_about_qt = self._action("actAboutQt", QApplication.aboutQt)
        self.act_edit.setEnabled(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_import, self.act_demo])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_people = bar.addMenu("")
        self.menu_people.addActions([self.act_add, self.act_edit, self.act_find])
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions([self.act_prev, self.act_today, self.act_next])
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_fit])
        self.menu_settings = bar.addMenu("")
        self.menu_settings.addAction(self.act_settings)
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.act_about, self.act_about_qt])

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.toolbar.addActions([self.act_add, self.act_edit, self.act_import])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_prev, self.act_today, self.act_next])
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        font = QFont(self.week_label.font())
        font.setBold(True)
        self.week_label.setFont(font)
        self.week_label.setContentsMargins(8, 0, 12, 0)
        self.toolbar.addWidget(self.week_label)
        self.zone_label = QLabel(self)
        self.zone_label.setContentsMargins(6, 0, 4, 0)
        self.toolbar.addWidget(self.zone_label)
        # Only the current zone until the worker has computed the full list (see _roster_loaded).
        self.zone_picker = ZonePicker(self, [(zone_label(self.display_zone), self.display_zone)])
        self.zone_picker.setObjectName("displayZone")
        self.zone_picker.set_zone(self.display_zone)
        self.zone_picker.activated.connect(lambda _i: self._zone_chosen())
        line = self.zone_picker.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._zone_chosen)
        self.toolbar.addWidget(self.zone_picker)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_zoom_out, self.act_zoom_in, self.act_zoom_fit])

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
        self.setWindowTitle(self.tr("interviewplanner — interview panels across time zones"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_people.setTitle(self.tr("&Interviewers"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_help.setTitle(self.tr("&Help"))
        texts = {
            self.act_import: (self.tr("&Import calendar…"), self.tr("Import"),
                              self.tr("Import .ics files into an interviewer's busy time")),
            self.act_demo: (self.tr("Load &demo data"), "", ""),
            self.act_quit: (self.tr("&Quit"), "", ""),
            self.act_add: (self.tr("&Add interviewer…"), self.tr("Add"), ""),
            self.act_edit: (self.tr("&Edit interviewer…"), self.tr("Edit"), ""),
            self.act_find: (self.tr("&Find in roster"), "", ""),
            self.act_prev: (self.tr("&Previous week"), self.tr("Previous"), ""),
            self.act_next: (self.tr("&Next week"), self.tr("Next"), ""),
            self.act_today: (self.tr("&This week"), self.tr("Today"), ""),
            self.act_zoom_in: (self.tr("Zoom &in"), self.tr("Zoom in"), ""),
            self.act_zoom_out: (self.tr("Zoom &out"), self.tr("Zoom out"), ""),
            self.act_zoom_fit: (self.tr("&Fit the week"), self.tr("Fit"), ""),
            self.act_settings: (self.tr("&Settings…"), "", ""),
            self.act_about: (self.tr("&About interviewplanner"), "", ""),
            self.act_about_qt: (self.tr("About &Qt"), "", ""),
        }
        for action, (text, short, hint) in texts.items():
            action.setText(text)
            action.setIconText(short or text.replace("&", "").rstrip("…"))
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = hint or action.iconText()
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter the roster by name, e-mail, zone or pool (Ctrl+F)"))
        self.zone_label.setText(self.tr("Shown in:"))
        self.model.retranslate()
        self._update_week_label()
        if self._started:
            self.schedule_week()  # holiday names and dates in the new language
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
        header = self.settings.value("roster/header")
        self._header_restored = isinstance(header, QByteArray) and not header.isEmpty()
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        """Write the UI state to QSettings."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("roster/header", self.table.horizontalHeader().saveState())
        self.settings.setValue("view/displayZone", self.display_zone)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the UI state and stop the timers; the backend is shut down by the caller."""
        self.save_state()
        self._week_timer.stop()
        self._clock.stop()
        super().closeEvent(event)

    # -- roster ----------------------------------------------------------------------------

    def _submit(self, name: str, fn: TaskFn) -> Job:
        """Queue work on the backend (a job that never runs once the backend is shut down)."""
        if self.backend.closed:
            return Job(name)  # the window is closing: nothing will be delivered
        return self.backend.submit(name, fn)

    def start(self) -> None:
        """Load the roster (called once after show)."""
        if not self._started:
            self._started = True
            self.refresh_roster()

    def refresh_roster(self, select: Sequence[str] = ()) -> Job:
        """Reload the roster on the worker; re-select ``select`` (e-mails) afterwards."""
        job = self._submit("roster", _tasks().load_roster())
        job.succeeded.connect(lambda snap: self._roster_loaded(snap, select))
        job.failed.connect(lambda exc: self._failed(self.tr("Cannot read the roster"), exc))
        return job

    def _roster_loaded(self, snapshot: values.RosterSnapshot, select: Sequence[str]) -> None:
        keep = list(select) or self.selected_emails()
        self.model.set_roster(snapshot.people, snapshot.company,
                              snapshot.interviews_this_week)
        if not self._header_restored:
            self.table.fit_columns()
        empty = not snapshot.people
        self.stack.setCurrentIndex(FIRST_RUN_PAGE if empty else MAIN_PAGE)
        self.select_emails(keep)
        self._update_counts()
        self.rosterLoaded.emit(len(snapshot.people))
        if empty and self._want_demo:
            self._want_demo = False
            self.load_demo()
        self.schedule_week()
        if not self._warmed:
            self._warmed = True
            warm = self._submit("warm up", _tasks().warm_up())
            warm.succeeded.connect(self._zones_ready)

    def _zones_ready(self, zones: tuple[tuple[str, str], ...]) -> None:
        """Fill the display-zone picker once the worker has listed the zones."""
        if self.zone_picker.count() < len(zones):
            self.zone_picker.fill(zones)

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
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                last = self.proxy.mapFromSource(self.model.index(row, len(Column) - 1))
                selection.select(index, last)
        model = self.table.selectionModel()
        model.select(selection, model.SelectionFlag.ClearAndSelect)

    def shown_people(self) -> list[Interviewer]:
        """The people in the week view: the selected ones, or everyone when none is selected."""
        chosen = set(self.selected_emails())
        ordered = [self.proxy.index(r, 0).data(InterviewerRole)
                   for r in range(self.proxy.rowCount())]
        people = [p for p in ordered if p.email in chosen]
        return people or ordered

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.act_edit.setEnabled(len(self.selected_emails()) == 1)
        self.schedule_week()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _update_counts(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n interviewer(s)", "", count))
        self.db_label.setText(self.backend.where)

    # -- add / edit ------------------------------------------------------------------------

    def _taken(self) -> dict[str, str]:
        return {address: p.name for p in self.model.people for address in p.emails}

    def _pools(self) -> list[str]:
        return sorted({pool for p in self.model.people for pool in p.pools})

    def add_interviewer(self) -> InterviewerDialog:
        """Open the add dialog (non-blocking) and return it."""
        return self._open_dialog(None)

    def edit_interviewer(self) -> InterviewerDialog | None:
        """Open the edit dialog for the single selected interviewer."""
        emails = self.selected_emails()
        if len(emails) != 1:
            return None
        person = self.model.interviewer(self.model.row_of(emails[0]))
        return self._open_dialog(person)

    def _open_dialog(self, person: Interviewer | None) -> InterviewerDialog:
        from interviewplanner.gui.dialogs.interviewer_dialog import InterviewerDialog

        dialog = InterviewerDialog(self.model.company, self._taken(), person, self,
                                   known_pools=self._pools())
        if person is None:
            dialog.zone_picker.set_zone(None)
        dialog.saveRequested.connect(lambda p: self._save(dialog, p, new=person is None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _save(self, dialog: InterviewerDialog, person: Interviewer, *, new: bool) -> None:
        job = self._submit("save interviewer", _tasks().save_interviewer(person, new=new))

        def saved(stored: Interviewer) -> None:
            dialog.accept()
            self.statusBar().showMessage(self.tr("Saved {name}.").format(name=stored.name), 5000)
            self.refresh_roster(select=[stored.email])

        job.succeeded.connect(saved)
        job.failed.connect(lambda exc: dialog.show_save_error(errors.describe(exc)[0]))

    # -- import ----------------------------------------------------------------------------

    def _keep_titles(self) -> bool:
        return str(self.settings.value("import/keepTitles", "false")).lower() == "true"

    def import_calendar(self) -> ImportDialog | None:
        """File → Import calendar…: ask whose calendar and which files, then import."""
        people = self.model.people
        if not people:
            self.statusBar().showMessage(
                self.tr("Add an interviewer first: a calendar belongs to one person."), 6000)
            return None
        emails = self.selected_emails()
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
        horizon = parse_range(None, None, now=self._now())
        return self.start_import(values.ImportRequest(email, tuple(paths), horizon,
                                                     self._keep_titles()))

    def _name_of(self, email: str) -> str:
        row = self.model.row_of(email)
        return self.model.interviewer(row).name if row >= 0 else email

    def start_import(self, request: values.ImportRequest) -> Job:
        """Run an import on the worker with a cancellable progress dialog and a summary."""
        who = self._name_of(request.email)
        job = self._submit("import", _tasks().import_files(request))
        from interviewplanner.gui.dialogs.import_dialog import ImportProgress

        progress = ImportProgress(who, self)
        self._progress = progress
        job.progress.connect(progress.on_progress)
        progress.canceled.connect(job.cancel)
        progress.canceled.connect(lambda: self.statusBar().showMessage(
            self.tr("Import cancelled: files not yet saved were left out."), 8000))

        def done() -> None:
            progress.reset()
            progress.hide()
            progress.deleteLater()
            if self._progress is progress:
                self._progress = None
            self.schedule_week()

        def succeeded(outcomes: tuple[values.FileOutcome, ...]) -> None:
            from interviewplanner.gui.dialogs.import_dialog import ImportSummaryDialog

            summary = ImportSummaryDialog(who, outcomes, self)
            summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_summary = summary
            summary.destroyed.connect(lambda _o=None: self._forget_summary(summary))
            summary.open()
            self.importFinished.emit(outcomes)

        job.succeeded.connect(succeeded)
        job.failed.connect(lambda exc: self._failed(self.tr("Import failed"), exc))
        job.finished.connect(done)
        return job

    def _forget_summary(self, summary: ImportSummaryDialog) -> None:
        if self.last_summary is summary:
            self.last_summary = None

    # -- demo ------------------------------------------------------------------------------

    def load_demo(self) -> Job:
        """Add the demo team and import their calendars on the worker."""
        target = self._demo_dir or (data_dir() / "demo-calendars")
        job = self._submit("demo", _tasks().load_demo(target, self._now().date()))
        self.first_run.set_busy(True)
        self.act_demo.setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading the demo team and their calendars…"))

        def loaded(added: int) -> None:
            self.statusBar().showMessage(
                self.tr("Demo loaded: %n interviewer(s) with a month of calendars.", "", added),
                8000)
            self.refresh_roster()
            self.demoLoaded.emit(added)

        def finished() -> None:
            self.first_run.set_busy(False)
            self.act_demo.setEnabled(True)

        job.succeeded.connect(loaded)
        job.failed.connect(lambda exc: self._failed(self.tr("Cannot load the demo data"), exc))
        job.finished.connect(finished)
        return job

    # -- week view -------------------------------------------------------------------------

    def schedule_week(self) -> None:
        """Refresh the week view soon (coalesces bursts of selection changes).

        A week still being loaded for the earlier state is dropped when it arrives, so the view
        (and ``weekShown``) never shows a week for a selection or zone that is already gone.
        """
        self._week_generation += 1
        self._week_timer.start()

    def refresh_week(self) -> Job | None:
        """Load busy time and lay out the week on the worker, then redraw the week view."""
        self._update_week_label()
        people = self.shown_people()
        self._week_generation += 1
        generation = self._week_generation
        job = self._submit("week", _tasks().load_week(
            people, self.monday, self.display_zone, self.model.company,
            i18n.holidays_language()))

        def show(data: values.WeekData) -> None:
            if generation != self._week_generation:
                return  # a newer request is on its way
            self.week_view.show_layout(data.layout, data.rows, self.model.company)
            self.weekShown.emit()

        job.succeeded.connect(show)
        job.failed.connect(lambda exc: self._failed(self.tr("Cannot read busy time"), exc))
        return job

    def go_week(self, step: int) -> None:
        """Move ``step`` weeks forward (negative: back)."""
        self.monday += timedelta(days=7 * step)
        self._update_week_label()
        self.schedule_week()

    def this_week(self) -> None:
        """Jump to the week containing now (in the display zone)."""
        self.monday = monday_of(to_local(self._now(), get_zone(self.display_zone)).date())
        self._update_week_label()
        self.schedule_week()
        self.week_view.scroll_to_instant(self._now() - timedelta(hours=2))

    def set_display_zone(self, zone: str) -> None:
        """Draw the week in ``zone`` (an IANA name)."""
        if not is_known_zone(zone) or zone == self.display_zone:
            return
        self.display_zone = zone
        self.zone_picker.set_zone(zone)
        self.settings.setValue("view/displayZone", zone)
        self.schedule_week()

    def _zone_chosen(self) -> None:
        zone = self.zone_picker.zone()
        if zone:
            self.set_display_zone(zone)
        else:
            self.zone_picker.set_zone(self.display_zone)

    def _update_week_label(self) -> None:
        locale = QLocale()
        first, last = self.monday, self.monday + timedelta(days=6)
        start = QDate(first.year, first.month, first.day)
        end = QDate(last.year, last.month, last.day)
        text = self.tr("{start} – {end}").format(
            start=locale.toString(start, self.tr("d MMM")),
            end=locale.toString(end, self.tr("d MMM yyyy")))
        week = first.isocalendar().week
        self.week_label.setText(text + "  " + self.tr("(week {number})").format(number=week))

    # -- settings, about, errors -----------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """Open the settings dialog; applying it may switch the language at once."""
        choice = str(self.settings.value("ui/language", i18n.SYSTEM))
        from interviewplanner.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(choice, self._keep_titles(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.language(),
                                                            dialog.keep_titles()))
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

    def _failed(self, title: str, exc: BaseException) -> None:
        log.warning("%s: %r", title, exc)
        self.last_error = errors.show_error(self, title, exc)

    def _on_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)

    def _on_drop_hover(self, name: str) -> None:
        if name:
            self.statusBar().showMessage(
                self.tr("Drop to import into {name}'s calendar").format(name=name))
        else:
            self.statusBar().clearMessage()


def python_info() -> str:
    """One line about the running Python (for logs)."""
    return f"Python {sys.version.split()[0]} on {platform.platform()}"
