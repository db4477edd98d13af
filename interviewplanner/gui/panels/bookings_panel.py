"""The Bookings tab: upcoming and past bookings, filters, details with history, and the actions
on a booking (export, reschedule, cancel) with undo.

It subscribes to the window's change bus and reloads itself on ``Changes(bookings=True)``; its
own writes (cancel, undo, redo) announce ``Changes(bookings=True, busy=True)``, so the week view
and the roster's "This week" column follow. Rescheduling is the planner's job: the panel only
emits ``rescheduleRequested(booking_id)``.

Tab order: search → interviewer → show → table → Export… → Reschedule… → Cancel booking… →
details. Enter on a booking moves to its details; Delete asks to cancel it (the window's
"Cancel booking…" action, scoped to the table).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.booking import Booking
from interviewplanner.core.conflicts import Conflict
from interviewplanner.core.timezones import get_zone, to_local
from interviewplanner.gui import formatting
from interviewplanner.gui.build import labelled, named, open_kept, row_table, splitter
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.models.booking_model import BookingModel, Column
from interviewplanner.gui.operations import bookings as booking_ops
from interviewplanner.gui.operations.bookings import BookingChange
from interviewplanner.gui.ops import OpRunner
from interviewplanner.gui.panels.person_filter import EVERYONE, chosen_person, refill_people
from interviewplanner.gui.presenters.booking_rows import (
    BookingRow,
    HistoryEntry,
    Scope,
    people_in,
    select,
)
from interviewplanner.gui.undo import BookingUndo
from interviewplanner.gui.widgets.booking_details import BookingDetails
from interviewplanner.gui.widgets.conflict_banner import ConflictBanner

if TYPE_CHECKING:  # the dialog module loads when first used
    from interviewplanner.gui.dialogs.export_dialog import ExportDialog


def _slug(text: str) -> str:
    """An ASCII folder name from ``text`` ("" when nothing is left)."""
    bare = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")[:40]


class BookingsPanel(QWidget):
    """Bookings table with filters, a details pane and the buttons of a booking.

    Signals:
        bookingsLoaded(int): fresh bookings arrived; how many there are in all.
        selectionChanged(): another booking (or none) is selected.
        detailsShown(str): the history of this booking id is shown.
        rescheduleRequested(str): the user wants new times for this booking id (the planner).
        cancelled(str): this booking id was cancelled from here.
        statusMessage(str): a sentence for the status bar.
    """

    bookingsLoaded = Signal(int)
    selectionChanged = Signal()
    detailsShown = Signal(str)
    rescheduleRequested = Signal(str)
    cancelled = Signal(str)
    statusMessage = Signal(str)

    def __init__(self, runner: OpRunner, settings: QSettings, *, now: Callable[[], datetime],
                 zone: Callable[[], str], parent: QWidget | None = None) -> None:
        """Bookings through ``runner``; ``now`` pins the clock in tests; ``zone()`` is the
        display zone the times are shown in."""
        super().__init__(parent)
        self.setObjectName("BookingsPanel")
        self.runner = runner
        self.settings = settings
        self._now = now
        self._zone = zone
        self._all: list[BookingRow] = []
        self._conflicts: dict[str, tuple[Conflict, ...]] = {}
        self._history_for = ""
        self._select_next = ""
        self.last_question: QMessageBox | None = None
        self.last_export: ExportDialog | None = None
        self.undo = BookingUndo(runner, self)
        self.undo.restored.connect(self._restored)
        self.model = BookingModel(self, zone=zone(), now=now())
        self._build()
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._apply_filter)
        self._clock.start()
        runner.bus.changed.connect(self._on_changes)
        self.retranslate()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self._build_filters()
        self.table = row_table(self, "bookingsTable", self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self.focus_details())
        self.details = BookingDetails(self)
        self.splitter = splitter(Qt.Orientation.Horizontal, self, "bookingsSplitter",
                                 [(self.table, 3), (self.details, 2)])
        self.splitter.setSizes([620, 380])
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(self.filter_row)
        self.conflicts = ConflictBanner(self)  # the conflict watch's findings (SPEC §9)
        self.conflicts.findNewTime.connect(self.rescheduleRequested)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self.button_row)
        self._set_tab_order()

    def _build_filters(self) -> None:
        self.search_label, self.search_edit = labelled(QLineEdit, self, "bookingsSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.person_label, self.person_combo = labelled(QComboBox, self, "bookingsPerson")
        self.person_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person_combo.addItem("", EVERYONE)
        self.person_combo.currentIndexChanged.connect(self._apply_filter)
        self.scope_label, self.scope_combo = labelled(QComboBox, self, "bookingsScope")
        for scope in (Scope.UPCOMING, Scope.PAST, Scope.ALL):
            self.scope_combo.addItem("", scope)
        self.scope_combo.currentIndexChanged.connect(self._apply_filter)
        self.count_label = named(QLabel(self), "bookingsCount")
        row = QHBoxLayout()
        row.addWidget(self.search_label)
        row.addWidget(self.search_edit, 2)
        row.addSpacing(12)
        row.addWidget(self.person_label)
        row.addWidget(self.person_combo, 1)
        row.addSpacing(12)
        row.addWidget(self.scope_label)
        row.addWidget(self.scope_combo)
        row.addSpacing(12)
        row.addWidget(self.count_label)
        self.filter_row = row

    def _build_buttons(self) -> None:
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportBookingButton")
        self.export_button.clicked.connect(self.export_selected)
        self.reschedule_button = QPushButton(self)
        self.reschedule_button.setObjectName("rescheduleButton")
        self.reschedule_button.clicked.connect(self.reschedule_selected)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelBookingButton")
        self.cancel_button.clicked.connect(self.cancel_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 4, 0, 6)
        row.addWidget(self.export_button)
        row.addWidget(self.reschedule_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.button_row = row
        self._update_buttons()

    def _set_tab_order(self) -> None:
        for first, second in pairwise(self.tab_order()):
            self.setTabOrder(first, second)

    def tab_order(self) -> list[QWidget]:
        """The panel's controls in keyboard order."""
        flagged = [self.conflicts.button] if not self.conflicts.isHidden() else []
        return [self.search_edit, self.person_combo, self.scope_combo, *flagged,
                self.table, self.export_button, self.reschedule_button, self.cancel_button,
                self.details]

    def retranslate(self) -> None:
        """Texts in the current language (dates and times too)."""
        self.search_label.setText(self.tr("Fin&d:"))
        self.search_edit.setPlaceholderText(self.tr("Candidate, interviewer or session"))
        self.person_label.setText(self.tr("Intervie&wer:"))
        self.person_combo.setItemText(0, self.tr("Everyone"))
        self.scope_label.setText(self.tr("Sh&ow:"))
        for index, text in enumerate((self.tr("Upcoming"), self.tr("Past"), self.tr("All"))):
            self.scope_combo.setItemText(index, text)
        self.table.setAccessibleName(self.tr("Bookings"))
        self.details.setAccessibleName(self.tr("Booking details and history"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr(
            "Write the booking's invites and calendars into a folder, with messages to send"))
        self.reschedule_button.setText(self.tr("&Reschedule…"))
        self.reschedule_button.setToolTip(self.tr("Find new times for the same panel"))
        self.cancel_button.setText(self.tr("&Cancel booking…"))
        self.cancel_button.setToolTip(self.tr("Cancel the booking (Delete); it can be undone"))
        self.model.retranslate()
        self.details.refresh()
        self.conflicts.retranslate()
        self._update_count()

    # -- data ------------------------------------------------------------------------------

    @property
    def bookings(self) -> list[BookingRow]:
        """Every booking loaded (before filtering)."""
        return list(self._all)

    def reload(self) -> None:
        """Read the bookings again on the worker."""
        booking_ops.load_bookings().success(self._loaded).run(self.runner)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("bookings"):
            self.reload()

    def _loaded(self, bookings: tuple[Booking, ...]) -> None:
        self._all = [BookingRow.from_booking(b) for b in bookings]
        self._fill_people()
        self._apply_filter()
        if self._select_next and self.select_booking(self._select_next):
            self._select_next = ""
        self._load_history(force=True)
        self.bookingsLoaded.emit(len(self._all))
        self._load_conflicts()

    def _fill_people(self) -> None:
        refill_people(self.person_combo, ((p.name, p.email) for p in people_in(self._all)),
                      email_tips=True)

    def _apply_filter(self) -> None:
        keep = self.selected_id()
        now = self._now()
        scope = self.scope_combo.currentData()
        rows = select(self._all, scope if isinstance(scope, Scope) else Scope.UPCOMING, now,
                      text=self.search_edit.text(),
                      person=chosen_person(self.person_combo))
        self.model.set_rows(rows, now)
        self._fit_columns()
        if keep:
            self.select_booking(keep)
        self._on_selection()
        self._update_count()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in (Column.WHEN, Column.CANDIDATE, Column.STATUS, Column.INTERVIEWERS):
            wanted = max(self.table.sizeHintForColumn(column),
                         header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, 240))  # the sessions take the rest

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n booking(s) shown", "", self.model.rowCount()))

    def set_display_zone(self, zone: str) -> None:
        """Show times in ``zone`` (the week view's display zone)."""
        self.model.set_zone(zone)
        self._fit_columns()
        self.details.show_booking(self.selected_row(), zone)

    # -- selection -------------------------------------------------------------------------

    def selected_row(self) -> BookingRow | None:
        """The selected booking, if any."""
        rows = self.table.selectionModel().selectedRows(0)
        return self.model.booking_row(rows[0].row()) if rows else None

    def selected_id(self) -> str:
        """The selected booking's id ("" when none)."""
        row = self.selected_row()
        return row.booking_id if row is not None else ""

    def select_booking(self, booking_id: str) -> bool:
        """Select ``booking_id`` if it is shown; True when it is."""
        number = self.model.row_of(booking_id)
        if number < 0:
            return False
        self.table.selectRow(number)
        self.table.setCurrentIndex(self.model.index(number, 0))
        return True

    def _on_selection(self, _selected: QItemSelection | None = None,
                      _deselected: QItemSelection | None = None) -> None:
        row = self.selected_row()
        self.details.show_booking(row, self.model.zone)
        self._show_conflicts()
        self._update_buttons()
        self._load_history()
        self.selectionChanged.emit()

    def _load_history(self, *, force: bool = False) -> None:
        booking_id = self.selected_id()
        if not booking_id or (booking_id == self._history_for and not force):
            return
        self._history_for = booking_id

        def arrived(history: tuple[HistoryEntry, ...]) -> None:
            self.details.show_history(booking_id, history)
            self.detailsShown.emit(booking_id)

        booking_ops.load_history(booking_id).success(arrived).run(self.runner)

    def focus_details(self) -> None:
        """Move the keyboard focus to the details of the selected booking."""
        if self.selected_row() is not None:
            self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_conflicts(self) -> None:
        """Ask the worker which bookings the conflict watch flagged (SPEC §9)."""
        from interviewplanner.gui.operations.sources import load_conflicts

        def arrived(found: dict[str, tuple[Conflict, ...]]) -> None:
            self._conflicts = found
            self.model.set_conflicts({k: len(v) for k, v in found.items()})
            self._show_conflicts()

        load_conflicts([r.booking_id for r in self._all]).success(arrived).run(self.runner)

    def _show_conflicts(self) -> None:
        row = self.selected_row()
        found = self._conflicts.get(row.booking_id, ()) if row is not None else ()
        self.conflicts.show_conflicts(row.booking if row is not None else None, found,
                                      self.model.zone)

    def conflicts_of(self, booking_id: str) -> tuple[Conflict, ...]:
        """What the conflict watch found for ``booking_id`` (empty: nothing)."""
        return self._conflicts.get(booking_id, ())

    # -- what can be done ------------------------------------------------------------------

    def can_export(self) -> bool:
        """A booking is selected."""
        return self.selected_row() is not None

    def can_cancel(self) -> bool:
        """A confirmed booking is selected."""
        row = self.selected_row()
        return row is not None and row.confirmed

    def can_reschedule(self) -> bool:
        """A confirmed booking that has not taken place yet is selected."""
        row = self.selected_row()
        return row is not None and row.confirmed and row.is_upcoming(self._now())

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.can_export())
        self.reschedule_button.setEnabled(self.can_reschedule())
        self.cancel_button.setEnabled(self.can_cancel())

    # -- actions ---------------------------------------------------------------------------

    def reschedule_selected(self) -> None:
        """Ask the planner for new times for the selected booking."""
        if self.can_reschedule():
            self.rescheduleRequested.emit(self.selected_id())

    def _when(self, row: BookingRow) -> str:
        zone = self.model.zone
        return (f"{formatting.format_datetime_range(row.start, row.end, zone)} "
                f"({formatting.zone_display_name(zone)})")

    def cancel_selected(self) -> QMessageBox | None:
        """Ask whether to cancel the selected booking (naming candidate and time); cancel it
        on the worker when confirmed."""
        row = self.selected_row()
        if row is None or not row.confirmed:
            return None
        box = QMessageBox(self)
        box.setObjectName("CancelBookingDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel booking"))
        box.setText(self.tr("Cancel {name}'s panel on {when}?").format(
            name=row.candidate.name, when=self._when(row)))
        box.setInformativeText(self.tr(
            "The interviewers' time becomes free again. Export the booking afterwards and send "
            "the cancellation, so that their calendars drop the interviews. You can undo this "
            "(Edit → Undo)."))
        confirm = box.addButton(self.tr("&Cancel booking"), QMessageBox.ButtonRole.DestructiveRole)
        confirm.setObjectName("confirmCancel")
        keep = box.addButton(self.tr("&Keep booking"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepBooking")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        booking_id = row.booking_id
        box.buttonClicked.connect(lambda button: self._cancel(booking_id)
                                  if button is confirm else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return open_kept(self, "last_question", box)

    def _cancel(self, booking_id: str) -> None:
        def done(change: BookingChange) -> None:
            self.undo.record(change)
            self.statusMessage.emit(self.tr(
                "Cancelled {name}'s panel. Export it to send the cancellation.").format(
                name=change.candidate))
            self.cancelled.emit(booking_id)

        booking_ops.cancel(booking_id).success(done).run(self.runner)

    def _restored(self, booking: Booking, undoing: bool) -> None:
        text = (self.tr("Undone: {name}'s panel is back as it was (version {number}). Export it "
                        "again to send the update.") if undoing else
                self.tr("Redone: {name}'s panel changed again (version {number}). Export it "
                        "again to send the update."))
        self.statusMessage.emit(text.format(name=booking.candidate.name, number=booking.sequence))
        self._select_next = booking.id

    def record_booked(self, booking: Booking) -> None:
        """A booking was made elsewhere (the planner): make it undoable and select it."""
        self.undo.record_booked(booking)
        self._select_next = booking.id

    def default_folder(self, row: BookingRow) -> Path:
        """Where an export of ``row`` goes unless the user picks another folder."""
        base = str(self.settings.value("export/folder", "") or "")
        if not base:
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            base = str(Path(documents or Path.home()) / "Interview exports")
        day = to_local(row.start, get_zone(row.candidate.timezone)).date().isoformat()
        name = _slug(row.candidate.name) or _slug(row.candidate.email) or "booking"
        return Path(base) / f"{name}-{day}"

    def export_selected(self) -> ExportDialog | None:
        """Open the export dialog for the selected booking."""
        row = self.selected_row()
        if row is None:
            return None
        from interviewplanner.gui.dialogs.export_dialog import ExportDialog  # loads when used

        dialog = ExportDialog(self.runner, row, self.default_folder(row), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda outcome: self.settings.setValue(
            "export/folder", str(Path(outcome.folder).parent)))
        return open_kept(self, "last_export", dialog)

    def visible_rows(self) -> Sequence[BookingRow]:
        """The rows shown, in order."""
        return self.model.rows
