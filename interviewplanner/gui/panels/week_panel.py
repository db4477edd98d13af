"""The week panel: navigation header (week, display zone, zoom) over the week view.

It reloads itself when busy time, bookings, the roster or the settings change (change flags),
and when the roster panel's shown people change. Loads are coalesced; a week still loading for
an earlier state is dropped when it arrives.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.timezones import get_zone, is_known_zone, to_local
from interviewplanner.gui import i18n
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.operations import views as view_ops
from interviewplanner.gui.ops import OpRunner
from interviewplanner.gui.presenters.week_layout import monday_of
from interviewplanner.gui.values import WeekData
from interviewplanner.gui.widgets.week_view import WeekView
from interviewplanner.gui.widgets.zone_picker import ZonePicker


class WeekPanel(QWidget):
    """Navigation header and the week view of the people a source function gives.

    Signals:
        weekShown(): the week view received fresh data.
        weekChanged(): the week or the display zone changed (the label follows).
    """

    weekShown = Signal()
    weekChanged = Signal()

    def __init__(self, runner: OpRunner, settings: QSettings, *,
                 people: Callable[[], Sequence[Interviewer]],
                 company: Callable[[], CompanySettings],
                 now: Callable[[], datetime], zone: str, parent: QWidget | None = None) -> None:
        """``people()`` and ``company()`` say what to draw when a load starts."""
        super().__init__(parent)
        self.setObjectName("WeekPanel")
        self.runner = runner
        self.settings = settings
        self._people = people
        self._company = company
        self._now = now
        self._generation = 0
        self.active = False  # no loads before the roster has arrived once
        self.display_zone = zone if is_known_zone(zone) else "UTC"
        self.monday = monday_of(to_local(now(), get_zone(self.display_zone)).date())
        self.week_view = WeekView(self, now=now)
        self.week_view.setObjectName("WeekView")
        self.week_view.rebuild_on_language_change = False  # a reload does it on the worker
        self._build_header()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.week_view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self.reload)
        runner.bus.changed.connect(self._on_changes)

    def _build_header(self) -> None:
        self.header = QWidget(self)
        self.header.setObjectName("weekHeader")
        row = QHBoxLayout(self.header)
        row.setContentsMargins(6, 4, 6, 4)
        self.nav_buttons: list[QToolButton] = []
        self._nav_row = row
        self.week_label = QLabel(self.header)
        self.week_label.setObjectName("weekLabel")
        font = QFont(self.week_label.font())
        font.setBold(True)
        self.week_label.setFont(font)
        self.zone_label = QLabel(self.header)
        # only the id until the worker has the catalogue: naming it would load Babel now
        self.zone_picker = ZonePicker(self.header, [("", self.display_zone)])
        self.zone_picker.setObjectName("displayZone")
        self.zone_picker.set_zone(self.display_zone)
        self.zone_picker.activated.connect(lambda _i: self._zone_chosen())
        line = self.zone_picker.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._zone_chosen)
        self.zone_label.setBuddy(self.zone_picker)
        self.zoom_row = QHBoxLayout()
        row.addWidget(self.week_label)
        row.addStretch(1)
        row.addWidget(self.zone_label)
        row.addWidget(self.zone_picker)
        row.addLayout(self.zoom_row)

    def attach_actions(self, navigation: Sequence[QAction], zoom: Sequence[QAction]) -> None:
        """Show ``navigation`` actions before the week label and ``zoom`` after the zone."""
        for index, action in enumerate(navigation):
            self._nav_row.insertWidget(index, self._button(action))
        for action in zoom:
            self.zoom_row.addWidget(self._button(action))

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self.header)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        self.nav_buttons.append(button)
        return button

    def retranslate(self) -> None:
        """Texts in the current language (and a reload: holiday names, dates)."""
        self.zone_label.setText(self.tr("&Shown in:"))
        self.zone_picker.setAccessibleName(self.tr("Display time zone"))
        self.week_view.setAccessibleName(self.tr("Week view"))
        self.update_label()
        self.schedule()

    # -- loading ---------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("roster", "busy", "bookings", "settings"):
            self.schedule()

    def schedule(self) -> None:
        """Reload soon (coalesces bursts of selection changes); drops a week still loading."""
        if not self.active:
            return
        self._generation += 1
        self._timer.start()

    def flush(self) -> None:
        """Run a scheduled reload now instead of after the coalescing delay."""
        if self._timer.isActive():
            self._timer.stop()
            self.reload()

    def reload(self) -> None:
        """Load busy time and lay out the week on the worker, then redraw the week view."""
        self._generation += 1
        generation = self._generation
        op = view_ops.load_week(self._people(), self.monday, self.display_zone, self._company(),
                                i18n.holidays_language())
        op.success(lambda data: self._show(generation, data)).run(self.runner)

    def _show(self, generation: int, data: WeekData) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.week_view.show_layout(data.layout, data.rows, self._company())
        self.update_label(data.title)
        self.weekShown.emit()

    # -- navigation ------------------------------------------------------------------------

    def go_week(self, step: int) -> None:
        """Move ``step`` weeks forward (negative: back)."""
        self.monday += timedelta(days=7 * step)
        self._moved()

    def go_to(self, day: date) -> None:
        """Show the week that contains local ``day``."""
        self.monday = monday_of(day)
        self._moved()

    def this_week(self) -> None:
        """Jump to the week containing now (in the display zone)."""
        self.go_to(to_local(self._now(), get_zone(self.display_zone)).date())
        self.week_view.scroll_to_instant(self._now() - timedelta(hours=2))

    def _moved(self) -> None:
        self.update_label()
        self.weekChanged.emit()
        self.schedule()

    def set_display_zone(self, zone: str) -> None:
        """Draw the week in ``zone`` (an IANA name); remembered in the settings."""
        if not is_known_zone(zone) or zone == self.display_zone:
            return
        self.display_zone = zone
        self.zone_picker.set_zone(zone)
        self.settings.setValue("view/displayZone", zone)
        self._moved()

    def fill_zones(self, zones: tuple[tuple[str, str], ...]) -> None:
        """Give the zone picker the full list once the worker has it."""
        if self.zone_picker.count() < len(zones):
            self.zone_picker.fill(zones)
            self.zone_picker.set_zone(self.display_zone)

    def _zone_chosen(self) -> None:
        zone = self.zone_picker.zone()
        if zone:
            self.set_display_zone(zone)
        else:
            self.zone_picker.set_zone(self.display_zone)

    def update_label(self, title: str = "") -> None:
        """The week's dates and number in the header.

        ``title`` (the dates in the UI language, formatted on the worker with Babel) arrives
        with the week's data; until then the label shows the ISO dates.
        """
        last = self.monday + timedelta(days=6)
        if not title and "babel" in sys.modules:  # loaded already: formatting here is cheap
            from interviewplanner.gui.formatting import format_week_title

            title = format_week_title(self.monday, last)
        dates = title or f"{self.monday:%Y-%m-%d} – {last:%Y-%m-%d}"
        week = self.monday.isocalendar().week
        self.week_label.setText(dates + "  " + self.tr("(week {number})").format(number=week))
