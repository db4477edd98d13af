"""The Overlap tab (SPEC §11): where a group can meet at all over the coming months.

Choose people (or check a whole pool), optionally a candidate's zone and core hours only, a
first day and a number of months; "Show shared hours" asks the forecast on the worker
(:func:`interviewplanner.gui.operations.pacific.forecast`) and draws it in the display zone: one
row per day, the shared hours filled, clock changes marked
(:class:`~interviewplanner.gui.widgets.overlap_chart.OverlapChartWidget`). The changes of the
forecast are listed as text under the picture, which is also what a screen reader reads.

Tab order: people → pool → candidate → candidate's zone → core hours → from → months → show →
changes.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Sequence
from datetime import date, datetime
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.model import Interviewer
from interviewplanner.core.overlap import Cause, Change, Forecast, What
from interviewplanner.gui import formatting
from interviewplanner.gui.operations import pacific
from interviewplanner.gui.ops import OpRunner
from interviewplanner.gui.presenters.overlap_chart import OverlapChart, build_chart
from interviewplanner.gui.widgets.overlap_chart import OverlapChartWidget
from interviewplanner.gui.widgets.zone_picker import ZonePicker
from interviewplanner.gui.zones import zone_city

EMAIL_ROLE = Qt.ItemDataRole.UserRole + 1


class OverlapPanel(QWidget):
    """The group, the options, the picture of the coming months and its changes.

    Signals:
        forecastShown(object): a forecast was drawn (the OverlapChart).
    """

    forecastShown = Signal(object)

    def __init__(self, runner: OpRunner, *, people: Callable[[], Sequence[Interviewer]],
                 display_zone: Callable[[], str], now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        """Work through ``runner``; ``people()`` is the roster, ``display_zone()`` the window's."""
        super().__init__(parent)
        self.setObjectName("OverlapPanel")
        self.runner = runner
        self._people = people
        self._display_zone = display_zone
        self._now = now
        self.forecast: Forecast | None = None
        self.chart: OverlapChart | None = None
        self._build()
        self.retranslate()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.people_label = QLabel(self)
        self.people_list = QListWidget(self)
        self.people_list.setObjectName("overlapPeople")
        self.people_list.setMinimumWidth(260)
        self.pool_label = QLabel(self)
        self.pool_combo = QComboBox(self)
        self.pool_combo.setObjectName("overlapPool")
        self.pool_combo.activated.connect(self._pool_chosen)
        self.pool_label.setBuddy(self.pool_combo)
        self.candidate_check = QCheckBox(self)
        self.candidate_check.setObjectName("overlapCandidate")
        self.candidate_zone = ZonePicker(self, entries=[("", "America/Los_Angeles")])
        self.candidate_zone.setObjectName("overlapCandidateZone")
        self.candidate_zone.set_zone("America/Los_Angeles")
        self.candidate_zone.setEnabled(False)
        self.candidate_check.toggled.connect(self.candidate_zone.setEnabled)
        self.core_check = QCheckBox(self)
        self.core_check.setObjectName("overlapCore")
        self._build_range()
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("overlapShow")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_forecast)
        self._build_picture()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._form(), 2)
        layout.addLayout(self._picture_column(), 3)
        for first, second in pairwise(self.tab_order()):
            self.setTabOrder(first, second)

    def _build_range(self) -> None:
        self.from_label = QLabel(self)
        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("overlapFrom")
        self.from_edit.setCalendarPopup(True)
        today = self._now().date()
        self.from_edit.setDate(QDate(today.year, today.month, today.day))
        self.from_label.setBuddy(self.from_edit)
        self.months_label = QLabel(self)
        self.months = QSpinBox(self)
        self.months.setObjectName("overlapMonths")
        self.months.setRange(1, 12)
        self.months.setValue(4)
        self.months_label.setBuddy(self.months)

    def _build_picture(self) -> None:
        self.headline = QLabel(self)
        self.headline.setObjectName("overlapHeadline")
        self.headline.setWordWrap(True)
        self.chart_widget = OverlapChartWidget(self)
        self.chart_scroll = QScrollArea(self)
        self.chart_scroll.setObjectName("overlapScroll")
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setWidget(self.chart_widget)
        self.changes_label = QLabel(self)
        self.changes_list = QListWidget(self)
        self.changes_list.setObjectName("overlapChanges")
        self.changes_label.setWordWrap(True)
        self.changes_list.setWordWrap(True)

    def _form(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(self.people_label)
        column.addWidget(self.people_list, 1)
        form = QFormLayout()
        form.addRow(self.pool_label, self.pool_combo)
        form.addRow(self.candidate_check, self.candidate_zone)
        form.addRow("", self.core_check)
        form.addRow(self.from_label, self.from_edit)
        form.addRow(self.months_label, self.months)
        column.addLayout(form)
        column.addWidget(self.show_button)
        column.addWidget(self.changes_label)
        column.addWidget(self.changes_list, 1)
        return column

    def _picture_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(self.headline)
        column.addWidget(self.chart_scroll, 1)
        return column

    def tab_order(self) -> list[QWidget]:
        """The panel's controls in keyboard order."""
        return [self.people_list, self.pool_combo, self.candidate_check, self.candidate_zone,
                self.core_check, self.from_edit, self.months, self.show_button,
                self.changes_list]

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.people_label.setText(self.tr("People in the group:"))
        self.people_list.setAccessibleName(self.tr("People in the group"))
        self.pool_label.setText(self.tr("Add a &pool:"))
        self.pool_combo.setAccessibleName(self.tr("Add everyone in a pool"))
        if self.pool_combo.count():
            self.pool_combo.setItemText(0, self.tr("Choose a pool…"))
        self.candidate_check.setText(self.tr("With a &candidate in"))
        self.candidate_zone.setAccessibleName(self.tr("Candidate's time zone"))
        self.core_check.setText(self.tr("C&ore hours only"))
        self.core_check.setToolTip(self.tr("Intersect core hours instead of working windows"))
        self.from_label.setText(self.tr("&From:"))
        self.from_edit.setDisplayFormat(formatting.qt_date_format())
        self.months_label.setText(self.tr("&Months:"))
        self.months.setAccessibleName(self.tr("Months to show"))
        self.show_button.setText(self.tr("&Show shared hours"))
        self.chart_widget.setAccessibleName(self.tr("Shared hours, one row per day"))
        self.changes_label.setText(self.tr("When the shared time changes (by the UTC date a "
                                           "shared window starts):"))
        self.changes_list.setAccessibleName(self.tr("When the shared time changes"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mark_texts(self) -> dict[What, str]:
        """How the picture labels a clock change ("{city}" is filled in)."""
        return {What.DST_START: self.tr("{city}: clocks go forward"),
                What.DST_END: self.tr("{city}: clocks go back")}

    def cause_text(self, cause: Cause) -> str:
        """One cause of a change, e.g. "clocks go forward in Los Angeles"."""
        texts = {What.DST_START: self.tr("clocks go forward in {city}"),
                 What.DST_END: self.tr("clocks go back in {city}"),
                 What.HOLIDAY: self.tr("a public holiday in {city}"),
                 What.CLOSURE: self.tr("the company closure in {city}"),
                 What.WEEKEND: self.tr("the weekend in {city}")}
        return texts[cause.what].format(city=zone_city(cause.zone))

    def change_text(self, change: Change) -> str:
        """One line of the changes list."""
        why = "; ".join(self.cause_text(c) for c in change.because)
        return self.tr("{day}: {before} → {after}").format(
            day=formatting.format_date(change.day, weekday=True),
            before=formatting.format_duration(change.minutes_before),
            after=formatting.format_duration(change.minutes_after)) + (f" — {why}" if why else "")

    def fill_zones(self, zones: Sequence[tuple[str, str]]) -> None:
        """Give the candidate's zone picker the full list once the worker has it."""
        chosen = self.candidate_zone.zone()
        self.candidate_zone.fill(zones)
        self.candidate_zone.set_zone(chosen)

    # -- people ----------------------------------------------------------------------------

    def roster_changed(self) -> None:
        """Refill the people and pools from the roster, keeping who was checked."""
        checked = set(self.checked_emails())
        self.people_list.clear()
        for person in self._people():
            item = QListWidgetItem(f"{person.name} — {zone_city(person.timezone)}")
            item.setData(EMAIL_ROLE, person.email)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.email in checked
                               else Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        pools = sorted({p for person in self._people() for p in person.pools}, key=str.casefold)
        self.pool_combo.clear()
        self.pool_combo.addItem(self.tr("Choose a pool…"), "")
        for pool in pools:
            self.pool_combo.addItem(pool, pool)

    def checked_emails(self) -> list[str]:
        """The e-mails of the people checked."""
        items = (self.people_list.item(i) for i in range(self.people_list.count()))
        return [str(item.data(EMAIL_ROLE)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def check(self, emails: Sequence[str]) -> None:
        """Check exactly the people of ``emails``."""
        wanted = {e.lower() for e in emails}
        for i in range(self.people_list.count()):
            item = self.people_list.item(i)
            state = Qt.CheckState.Checked if str(item.data(EMAIL_ROLE)).lower() in wanted \
                else Qt.CheckState.Unchecked
            item.setCheckState(state)

    def _pool_chosen(self, index: int) -> None:
        pool = str(self.pool_combo.itemData(index) or "")
        if not pool:
            return
        members = [p.email for p in self._people() if pool in p.pools]
        self.check([*self.checked_emails(), *members])
        self.pool_combo.setCurrentIndex(0)

    # -- the forecast ----------------------------------------------------------------------

    def show_forecast(self) -> None:
        """Ask the forecast of the checked people and draw it."""
        emails = self.checked_emails()
        if not emails:
            self.headline.setText(self.tr("Check the people who should meet, then show the "
                                          "shared hours."))
            return
        start = self.from_edit.date().toPython()
        assert isinstance(start, date)
        last = _months_later(start, self.months.value())
        zone = self.candidate_zone.zone() if self.candidate_check.isChecked() else None
        pacific.forecast(emails, start, last, candidate_zone=zone,
                         core=self.core_check.isChecked()).success(self._shown).run(self.runner)

    def _shown(self, found: Forecast) -> None:
        self.forecast = found
        self._show()
        self.forecastShown.emit(self.chart)

    def set_display_zone(self, zone: str) -> None:
        """Redraw in another display zone."""
        del zone
        self._show()

    def _show(self) -> None:
        if self.forecast is None:
            self.headline.setText(self.tr("Check the people who should meet, then show the "
                                          "shared hours."))
            return
        zone = self._display_zone()
        self.chart = build_chart(self.forecast, zone)
        self.chart_widget.set_chart(self.chart, self.mark_texts())
        typical = self.chart.typical_minutes
        self.headline.setText(self.tr(
            "Hours of {zone}, one row per day; green: everyone can meet. Usually "
            "{minutes} a day.").format(zone=formatting.zone_display_name(zone),
                                       minutes=formatting.format_duration(typical))
            if typical else self.tr("Hours of {zone}, one row per day: this group never "
                                    "shares a working hour.").format(
                zone=formatting.zone_display_name(zone)))
        self.changes_list.clear()
        for change in self.chart.changes:
            if any(c.what in (What.DST_START, What.DST_END, What.HOLIDAY, What.CLOSURE)
                   for c in change.because):
                self.changes_list.addItem(self.change_text(change))
        if not self.changes_list.count():
            self.changes_list.addItem(self.tr("No clock change, holiday or closure changes the "
                                              "shared time in this range."))


def _months_later(first: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    index = first.month - 1 + months
    year, month = first.year + index // 12, index % 12 + 1
    return date(year, month, min(first.day, monthrange(year, month)[1]))
