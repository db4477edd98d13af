"""The planner's options page: break, one day, order, start-time grid, days apart at most (a
loop over several days), organizer, location."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from interviewplanner.core.plan import GRID_CHOICES
from interviewplanner.gui.build import named
from interviewplanner.gui.panels.planner.candidate_form import error_label

DEFAULT_DAYS_APART = 3
"""PLAN.json's default ``max_days_between``."""


class OptionsForm(QWidget):
    """The plan's options, as PLAN.json keys.

    Signals:
        changed(): an option changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """The SPEC's defaults: 10-minute breaks, one day, in order, a 15-minute grid."""
        super().__init__(parent)
        self.setObjectName("OptionsForm")
        self._multi_day = False
        self.break_spin = named(QSpinBox(self), "breakMinutes")
        self.break_spin.setRange(0, 240)
        self.break_spin.setSingleStep(5)
        self.same_day = named(QCheckBox(self), "sameDay")
        self.ordered = named(QCheckBox(self), "ordered")
        self.days_apart = named(QSpinBox(self), "maxDaysBetween")
        self.days_apart.setRange(1, 30)
        self.grid_combo = named(QComboBox(self), "gridMinutes")
        for minutes in GRID_CHOICES:
            self.grid_combo.addItem("", minutes)
        self.organizer_name = named(QLineEdit(self), "organizerName")
        self.organizer_email = named(QLineEdit(self), "organizerEmail")
        self.location = named(QLineEdit(self), "location")
        self.labels = {key: QLabel(self) for key in
                       ("break", "grid", "days_apart", "organizer", "organizer_email",
                        "location")}
        self.errors = {key: error_label(self) for key in
                       ("break_minutes", "grid_minutes", "max_days_between", "organizer",
                        "location")}
        self._layout()
        for box in (self.same_day, self.ordered):
            box.toggled.connect(lambda _c: self.changed.emit())
        self.break_spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.days_apart.valueChanged.connect(lambda _v: self.changed.emit())
        self.grid_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for edit in (self.organizer_name, self.organizer_email, self.location):
            edit.textEdited.connect(lambda _t: self.changed.emit())
        self.load_json({})
        self.set_multi_day(False)
        self.retranslate()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: tuple[tuple[str, QWidget], ...] = (
            ("break", self.break_spin), ("grid", self.grid_combo),
            ("days_apart", self.days_apart),
            ("organizer", self.organizer_name), ("organizer_email", self.organizer_email),
            ("location", self.location))
        for key, widget in rows:
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
            if key == "grid":  # the two checks belong to the grid's row
                form.addRow("", self.same_day)
                form.addRow("", self.ordered)
        for label in self.errors.values():
            form.addRow("", label)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.labels["break"].setText(self.tr("Break bet&ween sessions:"))
        self.break_spin.setSuffix(self.tr(" min"))
        self.same_day.setText(self.tr("All on one da&y"))
        self.same_day.setToolTip(self.tr("Every session on the same local day of the candidate"))
        self.ordered.setText(self.tr("Keep the &given order"))
        self.labels["grid"].setText(self.tr("Start-time gri&d:"))
        for index in range(self.grid_combo.count()):
            self.grid_combo.setItemText(index, self.tr("%n minute(s)", "",
                                                       int(self.grid_combo.itemData(index))))
        self.labels["days_apart"].setText(self.tr("Days apart at &most:"))
        self.days_apart.setSuffix(self.tr(" day(s)"))
        self.days_apart.setAccessibleName(self.tr("Days apart at most between the days of a loop"))
        self.days_apart.setToolTip(self.tr(
            "For a loop over several days: the most calendar days between one day and the next"))
        self.labels["organizer"].setText(self.tr("Organi&zer:"))
        self.organizer_name.setPlaceholderText(self.tr("Recruiting"))
        self.labels["organizer_email"].setText(self.tr("Organizer e-mail:"))
        self.organizer_email.setPlaceholderText(self.tr("receives the replies to the invites"))
        self.labels["location"].setText(self.tr("Loc&ation or video link:"))

    def to_json(self) -> dict[str, Any]:
        """The plan's option keys."""
        out: dict[str, Any] = {
            "break_minutes": self.break_spin.value(), "same_day": self.same_day.isChecked(),
            "ordered": self.ordered.isChecked(), "grid_minutes": self.grid_combo.currentData()}
        if self._multi_day or self.days_apart.value() != DEFAULT_DAYS_APART:
            out["max_days_between"] = self.days_apart.value()
        name, email = self.organizer_name.text().strip(), self.organizer_email.text().strip()
        if name or email:
            out["organizer"] = {"name": name, "email": email}
        if self.location.text().strip():
            out["location"] = self.location.text().strip()
        return out

    def load_json(self, document: dict[str, Any]) -> None:
        """Set the options of a plan (defaults for missing keys)."""
        self.break_spin.setValue(int(document.get("break_minutes", 10)))
        self.same_day.setChecked(bool(document.get("same_day", True)))
        self.ordered.setChecked(bool(document.get("ordered", True)))
        self.days_apart.setValue(int(document.get("max_days_between", DEFAULT_DAYS_APART)))
        index = self.grid_combo.findData(int(document.get("grid_minutes", 15)))
        self.grid_combo.setCurrentIndex(max(index, 0))
        organizer = document.get("organizer") or {}
        self.organizer_name.setText(str(organizer.get("name", "")))
        self.organizer_email.setText(str(organizer.get("email", "")))
        self.location.setText(str(document.get("location", "")))

    def set_multi_day(self, multi_day: bool) -> None:
        """Enable "Days apart at most" when the sessions use more than one day."""
        self._multi_day = multi_day
        self.days_apart.setEnabled(multi_day)
        self.labels["days_apart"].setEnabled(multi_day)

    def show_field_error(self, field: str, text: str) -> QWidget:
        """Show ``text`` under the option of PLAN.json path ``field``; returns its widget."""
        key = "organizer" if field.startswith("organizer") else field
        label = self.errors.get(key, self.errors["break_minutes"])
        label.setText(text)
        label.show()
        widgets: dict[str, QWidget] = {"grid_minutes": self.grid_combo,
                                       "max_days_between": self.days_apart,
                                       "organizer": self.organizer_name,
                                       "location": self.location}
        return widgets.get(key, self.break_spin)

    def clear_errors(self) -> None:
        """Hide the inline errors."""
        for label in self.errors.values():
            label.hide()
