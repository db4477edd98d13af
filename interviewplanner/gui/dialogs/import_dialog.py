"""Calendar import: choose whose calendar and which files, follow progress, read the summary.

:class:`ImportDialog` gathers an :class:`~interviewplanner.gui.tasks.ImportRequest`;
:class:`ImportProgress` is the cancellable progress dialog fed by the worker's progress
signal; :class:`ImportSummaryDialog` lists, per file, events read, busy intervals stored,
warnings (with line numbers) and skipped components, or what went wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.core.read_notes import ReadNote
from interviewplanner.gui import formatting
from interviewplanner.gui.backend import Progress
from interviewplanner.gui.dialogs.interviewer_dialog import ERROR_STYLE
from interviewplanner.gui.values import FileOutcome, ImportRequest
from interviewplanner.gui.wording.reader import detail_text, line_label, note_text, skipped_text
from interviewplanner.services.dates import DEFAULT_AHEAD, DEFAULT_BACK

CALENDAR_FILTER = "*.ics *.ical *.ifb *.icalendar"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ImportDialog(QDialog):
    """Choose an interviewer, one or more .ics files, the horizon and whether to keep titles.

    Signals:
        (those of QDialog; read request() after accept.)
    """

    def __init__(self, people: Sequence[Interviewer], parent: QWidget | None = None, *,
                 chosen: str | None = None, paths: Sequence[Path] = (),
                 keep_titles: bool = False, today: date | None = None) -> None:
        """Build the form; ``chosen`` pre-selects an interviewer by e-mail."""
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import calendar"))
        self._paths: list[Path] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person_combo = QComboBox(self)
        for person in people:
            self.person_combo.addItem(f"{person.name} <{person.email}>", person.email)
        if chosen:
            self.person_combo.setCurrentIndex(max(self.person_combo.findData(chosen), 0))
        form.addRow(self.tr("&Interviewer"), self.person_combo)
        files = self._build_files()
        files_label = QLabel(self.tr("Calendar &files"), self)
        files_label.setBuddy(self.file_list)
        self.file_list.setAccessibleName(self.tr("Calendar files"))  # views ignore buddies
        form.addRow(files_label, files)
        today = today or datetime.now(UTC).date()
        self.from_edit = QDateEdit(_qdate(today - DEFAULT_BACK), self)
        self.to_edit = QDateEdit(_qdate(today + DEFAULT_AHEAD), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formatting.qt_date_format())  # "Dec 1, 2026", "2026年12月1日"
            edit.dateChanged.connect(self._update)
        span = QHBoxLayout()
        span.addWidget(self.from_edit)
        span.addWidget(QLabel(formatting.range_separator(), self))
        span.addWidget(self.to_edit)
        span.addStretch(1)
        span_label = QLabel(self.tr("Repeating events &from"), self)
        span_label.setBuddy(self.from_edit)
        self.to_edit.setAccessibleName(self.tr("Repeating events until"))
        form.addRow(span_label, span)
        self.keep_titles_check = QCheckBox(self.tr("Keep event titles (private; off by default)"),
                                           self)
        self.keep_titles_check.setChecked(keep_titles)
        form.addRow("", self.keep_titles_check)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.add_paths(paths)
        self._update()

    def _build_files(self) -> QWidget:
        """The list of chosen files with Add and Remove (Delete key) under it."""
        files = QWidget(self)
        column = QVBoxLayout(files)
        column.setContentsMargins(0, 0, 0, 0)
        self.file_list = QListWidget(self)
        self.file_list.setObjectName("importFiles")
        self.file_list.setMinimumHeight(90)
        self.file_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.file_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.file_list.itemSelectionChanged.connect(self._update)
        column.addWidget(self.file_list)
        add = QPushButton(self.tr("&Add files…"), self)
        add.clicked.connect(self._choose_files)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected files from the list (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.file_list.installEventFilter(self)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column.addLayout(row)
        return files

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete or Backspace in the file list removes the selected files."""
        if (watched is self.file_list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and self.file_list.selectedItems()):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Add files to the list (duplicates are ignored): the name shows, the folder is in
        the tooltip (a full path is cut on the right in a narrow dialog)."""
        for path in paths:
            if path not in self._paths:
                self._paths.append(path)
                item = QListWidgetItem(path.name)
                item.setToolTip(str(path))
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                self.file_list.addItem(item)
        self._update()

    def remove_selected(self) -> None:
        """Take the selected files off the list."""
        for item in self.file_list.selectedItems():
            path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
            self._paths.remove(path)
            self.file_list.takeItem(self.file_list.row(item))
        self._update()

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose calendar files"), "",
            self.tr("Calendars ({patterns})").format(patterns=CALENDAR_FILTER))
        self.add_paths([Path(n) for n in names])

    def problem(self) -> str | None:
        """What stops the import (translated), or None."""
        if self.person_combo.count() == 0:
            return self.tr("Add an interviewer first: a calendar belongs to one person.")
        if not self._paths:
            return self.tr("Add at least one .ics file.")
        if self.to_edit.date() <= self.from_edit.date():
            return self.tr("The end date must be after the start date.")
        return None

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self.file_list.selectedItems()))
        problem = self.problem()
        self.error_label.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def request(self) -> ImportRequest:
        """The import the user asked for (call only when :meth:`problem` is None)."""
        start = datetime.combine(_pydate(self.from_edit.date()), time(0), tzinfo=UTC)
        end = datetime.combine(_pydate(self.to_edit.date()), time(0), tzinfo=UTC)
        return ImportRequest(str(self.person_combo.currentData()), tuple(self._paths),
                             Interval(start, end + timedelta(days=1)),
                             self.keep_titles_check.isChecked())


class ImportProgress(QProgressDialog):
    """A cancellable, window-modal progress dialog for an import running on the worker.

    Signals:
        (those of QProgressDialog; ``canceled`` is emitted when the user cancels.)
    """

    STEPS = 1000

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        """Prepare the dialog for importing ``who``'s calendar (it shows after a short delay)."""
        super().__init__(parent)
        self.setObjectName("ImportProgress")
        self._who = who
        self.setWindowTitle(self.tr("Importing calendar"))
        self.setLabelText(self.tr("Importing the calendar of {name}…").format(name=who))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, self.STEPS)
        self.setMinimumDuration(400)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.setValue(0)

    def step_text(self, step: str) -> str:
        """The translated name of a service progress step."""
        names = {"read": self.tr("reading the file"), "parse": self.tr("reading events"),
                 "store": self.tr("saving busy time"), "done": self.tr("done"),
                 "busy": self.tr("loading")}
        return names.get(step, step)

    def on_progress(self, progress: Progress) -> None:
        """Show a worker progress report (slot for Job.progress)."""
        text = self.tr("Importing the calendar of {name}…").format(name=self._who)
        if progress.name:
            text += "\n" + self.tr("File {number} of {count}: {file} — {step}").format(
                number=progress.item, count=progress.items, file=progress.name,
                step=self.step_text(progress.step))
        self.setLabelText(text)
        self.setValue(int(max(0.0, min(progress.fraction, 1.0)) * self.STEPS))


class ImportSummaryDialog(QDialog):
    """What each file of an import gave: counts, warnings with line numbers, skipped parts.

    Signals:
        (those of QDialog.)
    """

    def __init__(self, who: str, outcomes: Sequence[FileOutcome],
                 parent: QWidget | None = None) -> None:
        """Show the outcomes of importing ``who``'s files."""
        super().__init__(parent)
        self.setObjectName("ImportSummaryDialog")
        self.setWindowTitle(self.tr("Import summary"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        ok = [o for o in outcomes if o.report is not None]
        events = sum(o.report.events for o in ok if o.report)
        busy = sum(o.report.busy_intervals for o in ok if o.report)
        failed = len(outcomes) - len(ok)
        head = self.tr("{name}: {files} of %n file(s) imported — {events} events, "
                       "{busy} busy intervals.", "", len(outcomes)).format(
            name=who, files=len(ok), events=events, busy=busy)
        if failed:
            head += " " + self.tr("%n file(s) could not be imported: nothing from them was "
                                  "stored, and their earlier busy time is kept.", "", failed)
        self.headline = QLabel(head, self)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("File / line"), self.tr("Details")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setAccessibleName(self.tr("Files and what was found in them"))
        for outcome in outcomes:
            self.tree.addTopLevelItem(self._item(outcome))
        self.tree.expandAll()
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _item(self, outcome: FileOutcome) -> QTreeWidgetItem:
        style = self.style()
        item = QTreeWidgetItem([outcome.path.name])
        item.setToolTip(0, str(outcome.path))
        report = outcome.report
        if report is None:
            from interviewplanner.gui.errors import describe

            reason = describe(outcome.error, name_only=True)[0] if outcome.error is not None else ""
            # the file's name is in the first column: do not repeat its full path
            for prefix in (f"{outcome.path}: ", f"{outcome.path.name}: "):
                reason = reason.removeprefix(prefix)
            item.setText(1, reason)
            item.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            item.setToolTip(1, reason)
            return item
        icon = (QStyle.StandardPixmap.SP_MessageBoxWarning if report.warnings or report.skipped
                else QStyle.StandardPixmap.SP_DialogApplyButton)
        item.setIcon(0, style.standardIcon(icon))
        item.setText(1, self.tr("{events} events, {busy} busy intervals, {warnings} warnings, "
                                "{skipped} skipped").format(
            events=report.events, busy=report.busy_intervals, warnings=len(report.warnings),
            skipped=len(report.skipped)))
        for warning in report.warnings:
            item.addChild(self._note(line_label(warning.line), note_text(warning), warning,
                                     QStyle.StandardPixmap.SP_MessageBoxWarning))
        for skipped in report.skipped:
            item.addChild(self._note(line_label(skipped.line), skipped_text(skipped),
                                     skipped.reason, QStyle.StandardPixmap.SP_MessageBoxCritical))
        return item

    def _note(self, where: str, text: str, note: ReadNote,
              icon: QStyle.StandardPixmap) -> QTreeWidgetItem:
        """One warning or skipped component: its line, the sentence (wrapped, read without
        hovering) and, in the tooltip, the parser's technical detail."""
        child = QTreeWidgetItem([where, text])
        child.setIcon(0, self.style().standardIcon(icon))
        detail = detail_text(note)
        child.setToolTip(1, f"{text}\n{detail}" if detail else text)
        return child
