"""The planner's candidate page: name, e-mail, time zone, the invite's language (optional: the
company's by default), and availability in local time.

Availability is kept as local ranges (a date and two wall times in the candidate's zone): an
editable list, filled by the "add" row or by pasted text ("Tue 9–12, Wed after 14:00") read by
:func:`interviewplanner.core.availability_text.parse_availability` on the dates searched; the
parts it could not read are listed under the box. The ranges become UTC intervals only when the
plan is built (:meth:`CandidateForm.to_json`), so changing the zone keeps the wall times.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.intervals import Interval
from interviewplanner.core.languages import LANGUAGES
from interviewplanner.core.plan import utc_text
from interviewplanner.core.timezones import at_local, get_zone, is_known_zone, to_local
from interviewplanner.gui import formatting, i18n
from interviewplanner.gui.build import labelled, named
from interviewplanner.gui.panels.planner.words import text_problem
from interviewplanner.gui.widgets.zone_picker import ZonePicker
from interviewplanner.gui.zones import zone_label

ERROR_STYLE = "color: #b42318;"
WIDE = 640
"""From this width on, the availability stands beside the name, e-mail and zone."""


@dataclass(frozen=True, slots=True, order=True)
class LocalRange:
    """Availability on one local day: ``start`` to ``end`` (``end`` ``time(0)`` = midnight)."""

    day: date
    start: time
    end: time

    def interval(self, zone: str) -> Interval:
        """The range as UTC in ``zone``."""
        tz = get_zone(zone)
        last = at_local(self.day + timedelta(days=1), time(0), tz) if self.end == time(0) \
            else at_local(self.day, self.end, tz)
        return Interval(at_local(self.day, self.start, tz), last)


def local_ranges(intervals: Iterable[Interval], zone: str) -> list[LocalRange]:
    """UTC intervals as local ranges in ``zone``, split at local midnight."""
    tz = get_zone(zone)
    out: list[LocalRange] = []
    for interval in intervals:
        start, end = to_local(interval.start, tz), to_local(interval.end, tz)
        day = start.date()
        while day <= end.date():
            first = start.time() if day == start.date() else time(0)
            last = end.time() if day == end.date() else time(0)
            if not (day == end.date() and last == time(0)):
                out.append(LocalRange(day, first, last))
            day += timedelta(days=1)
    return sorted(set(out))


def error_label(parent: QWidget) -> QLabel:
    """A hidden, word-wrapped label for an inline field error."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class SideBySide(QObject):
    """Lays a form's two halves side by side when the room it is shown in is wide enough, one
    above the other when not. The room is the form's parent (a scroll area's viewport): the
    form itself never gets narrower than its side-by-side minimum, so it cannot tell."""

    def __init__(self, form: QWidget, box: QBoxLayout, wide: int = WIDE) -> None:
        """Watch ``form``'s parent once it has one (the planner puts it in a scroll area)."""
        super().__init__(form)
        self._form, self._box, self._wide = form, box, wide
        self._room: QWidget | None = None

    def watch(self, room: QWidget) -> None:
        """Follow the width of ``room``."""
        self._room = room
        room.installEventFilter(self)
        self.apply(room.width())

    def apply(self, width: int) -> None:
        """Side by side from the wide width on."""
        direction = (QBoxLayout.Direction.LeftToRight if width >= self._wide
                     else QBoxLayout.Direction.TopToBottom)
        if self._box.direction() != direction:
            self._box.setDirection(direction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-lay the form when its room is resized."""
        if watched is self._room and event.type() == QEvent.Type.Resize:
            self.apply(self._room.width())
        return False


class CandidateForm(QWidget):
    """Who the panel is for, and when they can.

    Signals:
        changed(): any field changed (the plan is no longer the one searched).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 dates: Callable[[], tuple[date, date]],
                 today: Callable[[], date]) -> None:
        """``dates()`` gives the range searched (pasted weekdays fall on its dates)."""
        super().__init__(parent)
        self.setObjectName("CandidateForm")
        self._dates = dates
        self._today = today
        self._ranges: list[LocalRange] = []
        self._build_identity()
        self._build_availability()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(6, 6, 6, 6)
        self.box.addWidget(self.identity, 2)
        self.box.addWidget(self.availability_box, 3)
        self.side_by_side = SideBySide(self, self.box)
        self.retranslate()

    # -- construction ----------------------------------------------------------------------

    def _build_identity(self) -> None:
        self.identity = QWidget(self)
        form = QFormLayout(self.identity)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self.identity)
        self.name_edit.setObjectName("candidateName")
        self.email_edit = QLineEdit(self.identity)
        self.email_edit.setObjectName("candidateEmail")
        self.zone_picker = ZonePicker(self.identity, [(zone_label("UTC"), "UTC")])
        self.zone_picker.setObjectName("candidateZone")
        self.zone_picker.setMinimumContentsLength(16)
        self.language_combo = QComboBox(self.identity)
        self.language_combo.setObjectName("candidateLanguage")
        self.language_combo.addItem("", "")
        for code in LANGUAGES:
            self.language_combo.addItem(i18n.LANGUAGES.get(code, code), code)
        self.name_label, self.email_label, self.zone_label, self.language_label = (
            QLabel(self.identity), QLabel(self.identity), QLabel(self.identity),
            QLabel(self.identity))
        self.errors = {key: error_label(self.identity)
                       for key in ("name", "email", "zone", "language")}
        for label, edit, key in ((self.name_label, self.name_edit, "name"),
                                 (self.email_label, self.email_edit, "email"),
                                 (self.zone_label, self.zone_picker, "zone"),
                                 (self.language_label, self.language_combo, "language")):
            label.setBuddy(edit)
            form.addRow(label, edit)
            form.addRow("", self.errors[key])
        self.name_edit.textEdited.connect(lambda _t: self._edited("name"))
        self.email_edit.textEdited.connect(lambda _t: self._edited("email"))
        self.zone_picker.currentIndexChanged.connect(lambda _i: self._edited("zone"))
        self.zone_picker.editTextChanged.connect(lambda _t: self._edited("zone"))
        self.language_combo.currentIndexChanged.connect(lambda _i: self._edited("language"))

    def _build_availability(self) -> None:
        box = self.availability_box = QGroupBox(self)
        column = QVBoxLayout(box)
        self.availability_label, self.ranges_list = labelled(QListWidget, box, "availabilityList")
        self.ranges_list.setMinimumHeight(48)
        self.remove_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete),
                                         self.ranges_list, self.remove_selected,
                                         Qt.ShortcutContext.WidgetShortcut)
        column.addWidget(self.availability_label)
        add_row = self._add_row(box)
        listed = QHBoxLayout()
        listed.addWidget(self.ranges_list, 1)
        listed.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(listed, 1)
        column.addLayout(add_row)
        column.addLayout(self._paste_row(box))
        self.paste_problems = error_label(box)
        self.paste_problems.setObjectName("pasteProblems")
        self.errors["availability"] = error_label(box)
        column.addWidget(self.paste_problems)
        column.addWidget(self.errors["availability"])

    def _add_row(self, box: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.day_label, self.day_edit = labelled(QDateEdit, box, "availabilityDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDate(_qdate(self._today() + timedelta(days=1)))
        self.from_edit, self.to_edit = QTimeEdit(QTime(9, 0), box), QTimeEdit(QTime(12, 0), box)
        for edit in (self.from_edit, self.to_edit):
            edit.setDisplayFormat("HH:mm")
        self.from_edit.setObjectName("availabilityFrom")
        self.to_edit.setObjectName("availabilityTo")
        self.dash = QLabel("–", box)
        self.add_button = named(QPushButton(box), "availabilityAdd")
        self.add_button.clicked.connect(self.add_typed_range)
        self.remove_button = named(QPushButton(box), "availabilityRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        for widget in (self.day_label, self.day_edit, self.from_edit, self.dash, self.to_edit,
                       self.add_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _paste_row(self, box: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.paste_label, self.paste_edit = labelled(QLineEdit, box, "availabilityText")
        self.paste_edit.setClearButtonEnabled(True)
        self.paste_edit.returnPressed.connect(self.read_text)
        self.read_button = named(QPushButton(box), "availabilityRead")
        self.read_button.clicked.connect(self.read_text)
        row.addWidget(self.paste_label)
        row.addWidget(self.paste_edit, 1)
        row.addWidget(self.read_button)
        return row

    def retranslate(self) -> None:
        """Texts in the current language (and the list's dates)."""
        self.name_label.setText(self.tr("&Name:"))
        self.email_label.setText(self.tr("E-&mail:"))
        self.zone_label.setText(self.tr("Time &zone:"))
        self.name_edit.setPlaceholderText(self.tr("Jane Doe"))
        self.email_edit.setPlaceholderText(self.tr("optional"))
        self.zone_picker.setAccessibleName(self.tr("Candidate's time zone"))
        self.language_label.setText(self.tr("Invite lan&guage:"))
        self.language_combo.setItemText(0, self.tr("As the company"))
        self.language_combo.setAccessibleName(self.tr("Language of the candidate's invite"))
        self.language_combo.setToolTip(self.tr("The language of the candidate's invite and "
                                               "message"))
        self.availability_box.setTitle(self.tr("Availability, in the candidate's time"))
        self.availability_label.setText(
            self.tr("&Available (empty: weekdays 08:00–20:00, 09:00–18:00 preferred):"))
        self.availability_label.setWordWrap(True)
        self.ranges_list.setAccessibleName(self.tr("Candidate's available times"))
        self.day_label.setText(self.tr("Da&y:"))
        self.day_edit.setDisplayFormat(formatting.qt_date_format(length="short", weekday=True))
        self.from_edit.setAccessibleName(self.tr("Available from"))
        self.to_edit.setAccessibleName(self.tr("Available until"))
        self.add_button.setText(self.tr("Ad&d"))
        self.add_button.setAccessibleName(self.tr("Add this available time"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected available time"))
        self.paste_label.setText(self.tr("Or as te&xt:"))
        self.paste_edit.setPlaceholderText(self.tr("e.g. Tue 9–12, Wed after 14:00"))
        self.paste_edit.setAccessibleName(self.tr("Availability as text"))
        self.read_button.setText(self.tr("&Use text"))
        self._fill_list()

    # -- availability ----------------------------------------------------------------------

    @property
    def ranges(self) -> list[LocalRange]:
        """The availability as local ranges, sorted."""
        return list(self._ranges)

    def set_ranges(self, ranges: Iterable[LocalRange]) -> None:
        """Replace the availability."""
        self._ranges = sorted(set(ranges))
        self._fill_list()
        self._edited("availability")

    def _fill_list(self) -> None:
        self.ranges_list.clear()
        for item in self._ranges:
            last = item.day + timedelta(days=1) if item.end == time(0) else item.day
            span = formatting.format_time_range(datetime.combine(item.day, item.start),
                                                datetime.combine(last, item.end))
            day = formatting.format_date(item.day, weekday=True)
            QListWidgetItem(f"{day}  {span}", self.ranges_list)

    def add_typed_range(self) -> None:
        """Add the day and times of the "add" row."""
        day = as_date(self.day_edit.date())
        start, end = _as_time(self.from_edit.time()), _as_time(self.to_edit.time())
        if end <= start:
            self._show_error("availability", self.tr("The time must end after it starts."))
            return
        self.set_ranges([*self._ranges, LocalRange(day, start, end)])
        self.ranges_list.setCurrentRow(self._ranges.index(LocalRange(day, start, end)))

    def remove_selected(self) -> None:
        """Remove the selected available time."""
        row = self.ranges_list.currentRow()
        if 0 <= row < len(self._ranges):
            del self._ranges[row]
            self._fill_list()
            self.ranges_list.setCurrentRow(min(row, len(self._ranges) - 1))
            self._edited("availability")

    def read_text(self) -> None:
        """Add what the pasted text says; list the parts that could not be read."""
        from interviewplanner.core.availability_text import parse_availability

        text = self.paste_edit.text().strip()
        zone = self.zone()
        if not text:
            return
        if zone is None:
            self._show_error("zone", self.tr("Choose the candidate's time zone first."))
            return
        first, last = self._dates()
        parsed = parse_availability(text, zone, first, max(first, last))
        if parsed.intervals:
            self.set_ranges([*self._ranges, *local_ranges(parsed.intervals, zone)])
            self.paste_edit.clear()
        lines = [text_problem(p) for p in parsed.problems]
        if not parsed.intervals and not lines:
            lines = [self.tr("Nothing in the text falls on the dates searched.")]
        self.paste_problems.setText(
            self.tr("Left out:") + "\n" + "\n".join(lines) if lines else "")
        self.paste_problems.setVisible(bool(lines))

    # -- values ----------------------------------------------------------------------------

    def zone(self) -> str | None:
        """The candidate's zone, or None when the picker's text is not a zone."""
        return self.zone_picker.zone()

    def to_json(self) -> dict[str, Any]:
        """The PLAN.json ``candidate`` object (availability in UTC)."""
        zone = self.zone() or ""
        out: dict[str, Any] = {"name": self.name_edit.text().strip(),
                               "email": self.email_edit.text().strip(), "timezone": zone}
        language = str(self.language_combo.currentData() or "")
        if language:
            out["language"] = language
        if self._ranges and is_known_zone(zone):
            out["availability"] = [
                {"start": utc_text(iv.start), "end": utc_text(iv.end)}
                for iv in (r.interval(zone) for r in self._ranges)]
        return out

    def load_json(self, candidate: dict[str, Any], availability: Sequence[Interval]) -> None:
        """Fill the form from a plan's candidate and its (parsed) availability."""
        self.name_edit.setText(str(candidate.get("name", "")))
        self.email_edit.setText(str(candidate.get("email", "") or ""))
        zone = str(candidate.get("timezone", ""))
        self.zone_picker.set_zone(zone if is_known_zone(zone) else None)
        language = str(candidate.get("language", "") or "")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.set_ranges(local_ranges(availability, zone) if is_known_zone(zone) else [])
        self.paste_problems.hide()
        self.clear_errors()

    def fill_zones(self, zones: Sequence[tuple[str, str]]) -> None:
        """Give the zone picker the full list."""
        chosen = self.zone()
        self.zone_picker.fill(zones)
        self.zone_picker.set_zone(chosen)

    # -- errors ----------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        self.errors[key].hide()
        self.changed.emit()

    def _show_error(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].show()

    def show_field_error(self, field: str, text: str) -> QWidget:
        """Show ``text`` beside the field of PLAN.json path ``field``; returns the widget."""
        key = field.split(".")[1].split("[", maxsplit=1)[0] if "." in field else "name"
        key = {"timezone": "zone"}.get(key, key)
        if key not in self.errors:
            key = "name"
        self._show_error(key, text)
        widgets: dict[str, QWidget] = {"name": self.name_edit, "email": self.email_edit,
                                       "zone": self.zone_picker,
                                       "language": self.language_combo,
                                       "availability": self.ranges_list}
        return widgets[key]

    def clear_errors(self) -> None:
        """Hide every inline error."""
        for label in self.errors.values():
            label.hide()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _as_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def as_date(value: QDate | datetime | date) -> date:
    """A Python date from a QDate (or a date)."""
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day())
    return value.date() if isinstance(value, datetime) else value
