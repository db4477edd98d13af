"""Add or edit an interviewer: person, time zone, country, pools and flex-time policy (SPEC §2).

Every policy field is optional: left empty it keeps the company default, which is shown in
grey as the placeholder. Each field is checked as it is edited and its problem appears right
under it; OK stays disabled until everything is valid. Saving itself runs on the worker (the
dialog emits ``saveRequested``); a refusal from the store (e.g. an address someone else
already uses) comes back through :meth:`InterviewerDialog.show_save_error`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.model import CompanySettings, Interviewer, PolicyOverrides, TimeRange
from interviewplanner.gui.widgets.zone_picker import CountryPicker, ZonePicker
from interviewplanner.services.errors import UserError

ERROR_STYLE = "color: #b3261e;"


def _clock(value: TimeRange) -> str:
    return f"{value.start:%H:%M}–{value.end:%H:%M}"


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").replace("、", ",").split(",")
            if part.strip()]


def _check_email(text: str) -> str:
    """The roster service's e-mail check (imported late: it pulls in the store)."""
    from interviewplanner.services.roster import check_email

    return check_email(text)


@dataclass
class Field:
    """One input with the label that shows its problem."""

    widget: QWidget
    error: QLabel
    touched: bool = False


class InterviewerDialog(QDialog):
    """The add/edit form for one interviewer.

    Signals:
        saveRequested(object): the validated :class:`Interviewer` to store (id set when editing).
    """

    saveRequested = Signal(object)

    def __init__(self, company: CompanySettings, taken: Mapping[str, str],
                 person: Interviewer | None = None, parent: QWidget | None = None,
                 known_pools: list[str] | None = None) -> None:
        """Build the form.

        ``taken`` maps every e-mail address on the roster (lower-case) to its owner's name,
        for the instant duplicate check; ``person`` is the interviewer being edited, if any.
        """
        super().__init__(parent)
        self._company = company
        self._person = person
        self._taken = {k: v for k, v in taken.items()
                       if person is None or k not in person.emails}
        self._fields: dict[str, Field] = {}
        self._show_all = False
        self.setObjectName("InterviewerDialog")
        self.setWindowTitle(self.tr("Edit interviewer") if person else self.tr("Add interviewer"))
        self._build(known_pools or [])
        if person is not None:
            self._fill(person)
        self.validate()

    # -- construction ----------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.textEdited.connect(lambda _text, n=name: self._touch(n))
        return edit

    def _error_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"{name}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget,
             extra: QWidget | None = None) -> None:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra is None:
            column.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(extra)
            column.addLayout(row)
        error = self._error_label(name)
        column.addWidget(error)
        form.addRow(label, box)
        self._fields[name] = Field(widget, error)

    def _build(self, pools: list[str]) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_person(pools))
        layout.addWidget(self._build_policy())
        self.form_error = self._error_label("form")
        layout.addWidget(self.form_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _build_person(self, pools: list[str]) -> QGroupBox:
        person_box = QGroupBox(self.tr("Person"), self)
        form = QFormLayout(person_box)
        self.name_edit = self._line("name", self.tr("e.g. Hanako Sato"))
        self._add(form, "name", self.tr("Name"), self.name_edit)
        self.email_edit = self._line("email", "name@example.com")
        self._add(form, "email", self.tr("E-mail"), self.email_edit)
        self.aliases_edit = self._line("aliases", self.tr("other addresses, separated by commas"))
        self._add(form, "aliases", self.tr("Other e-mails"), self.aliases_edit)
        self.zone_picker = ZonePicker(self)
        self.zone_picker.setObjectName("zone")
        zone_line = self.zone_picker.lineEdit()
        assert zone_line is not None
        zone_line.setPlaceholderText(self.tr("type to search, e.g. Tokyo"))
        self.zone_picker.editTextChanged.connect(lambda _t: self._touch("zone"))
        self.zone_picker.currentIndexChanged.connect(lambda _i: self._touch("zone"))
        self._add(form, "zone", self.tr("Time zone"), self.zone_picker)
        self.country_picker = CountryPicker(self, self.tr("(no national holidays)"))
        self.country_picker.setObjectName("country")
        self.country_picker.editTextChanged.connect(lambda _t: self._touch("country"))
        self._add(form, "country", self.tr("Holidays of"), self.country_picker)
        self.pools_edit = self._line("pools", ", ".join(pools[:3]) or "backend, frontend")
        self._add(form, "pools", self.tr("Pools"), self.pools_edit)
        return person_box

    def _build_policy(self) -> QGroupBox:
        policy = self._company.policy
        policy_box = QGroupBox(self.tr("Flex-time policy (empty = company default, in grey)"), self)
        pform = QFormLayout(policy_box)
        self.window_edit = self._line("window", _clock(policy.window))
        self._add(pform, "window", self.tr("Working window"), self.window_edit)
        self.core_edit = self._line("core", _clock(policy.core))
        self.core_only_check = QCheckBox(self.tr("core hours only"), self)
        self.core_only_check.setObjectName("core_only")
        self.core_only_check.setChecked(policy.core_only)
        self.core_only_check.toggled.connect(lambda _c: self._touch("core"))
        self._add(pform, "core", self.tr("Core hours"), self.core_edit, self.core_only_check)
        self.lunch_window_edit = self._line("lunch_window", _clock(policy.lunch_window))
        self._add(pform, "lunch_window", self.tr("Lunch window"), self.lunch_window_edit)
        self.lunch_minutes_edit = self._line("lunch_minutes", str(policy.lunch_minutes))
        self._add(pform, "lunch_minutes", self.tr("Lunch (minutes)"), self.lunch_minutes_edit)
        self._add(pform, "days", self.tr("Working days"), self._day_buttons(policy.working_days))
        self.per_day_edit, self.no_day_check = self._limit_row(pform, "max_per_day",
                                                               self.tr("Max interviews a day"),
                                                               policy.max_per_day)
        self.per_week_edit, self.no_week_check = self._limit_row(pform, "max_per_week",
                                                                 self.tr("Max interviews a week"),
                                                                 policy.max_per_week)
        self.buffer_edit = self._line("buffer", str(policy.buffer_minutes))
        self._add(pform, "buffer", self.tr("Buffer (minutes)"), self.buffer_edit)
        return policy_box

    def _day_buttons(self, days: frozenset[int]) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.day_buttons: list[QToolButton] = []
        locale = QLocale()
        for day in range(7):
            button = QToolButton(box)
            button.setText(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            button.setCheckable(True)
            button.setChecked(day in days)
            button.setObjectName(f"day{day}")
            button.toggled.connect(lambda _c: self._touch("days"))
            row.addWidget(button)
            self.day_buttons.append(button)
        row.addStretch(1)
        return box

    def _limit_row(self, form: QFormLayout, name: str, label: str,
                   default: int | None) -> tuple[QLineEdit, QCheckBox]:
        edit = self._line(name, str(default) if default is not None else self.tr("no limit"))
        check = QCheckBox(self.tr("no limit"), self)
        check.setObjectName(f"{name}_none")
        check.toggled.connect(edit.setDisabled)
        check.toggled.connect(lambda _c, n=name: self._touch(n))
        self._add(form, name, label, edit, check)
        return edit, check

    def _fill(self, person: Interviewer) -> None:
        over = person.overrides
        self.name_edit.setText(person.name)
        self.email_edit.setText(person.email)
        self.aliases_edit.setText(", ".join(person.aliases))
        self.zone_picker.set_zone(person.timezone)
        self.country_picker.set_code(person.country)
        self.pools_edit.setText(", ".join(person.pools))
        for edit, value in ((self.window_edit, over.window), (self.core_edit, over.core),
                            (self.lunch_window_edit, over.lunch_window)):
            edit.setText(_clock(value) if value else "")
        self.core_only_check.setChecked(person.policy.core_only)
        self.lunch_minutes_edit.setText("" if over.lunch_minutes is None else str(over.lunch_minutes))
        for day, button in enumerate(self.day_buttons):
            button.setChecked(day in person.policy.working_days)
        self.per_day_edit.setText("" if over.max_per_day is None else str(over.max_per_day))
        self.no_day_check.setChecked(over.no_day_limit)
        self.per_week_edit.setText("" if over.max_per_week is None else str(over.max_per_week))
        self.no_week_check.setChecked(over.no_week_limit)
        self.buffer_edit.setText("" if over.buffer_minutes is None else str(over.buffer_minutes))

    # -- validation ------------------------------------------------------------------------

    def _touch(self, name: str) -> None:
        if name in self._fields:
            self._fields[name].touched = True
        self.validate()

    def errors(self) -> dict[str, str]:
        """Every field's problem (translated), whether shown yet or not."""
        problems: dict[str, str] = {}
        checks: list[tuple[str, Callable[[], str | None]]] = [
            ("name", self._check_name), ("email", self._check_email),
            ("aliases", self._check_aliases), ("zone", self._check_zone),
            ("country", self._check_country), ("window", lambda: self._check_range("window")),
            ("core", lambda: self._check_range("core")),
            ("lunch_window", lambda: self._check_range("lunch_window")),
            ("lunch_minutes", self._check_lunch), ("days", self._check_days),
            ("max_per_day", lambda: self._check_int("max_per_day", 0, 50)),
            ("max_per_week", lambda: self._check_int("max_per_week", 0, 200)),
            ("buffer", lambda: self._check_int("buffer", 0, 240)),
        ]
        for name, check in checks:
            message = check()
            if message:
                problems[name] = message
        return problems

    def validate(self) -> bool:
        """Show the problems of touched fields (all after OK was pressed); True when valid."""
        problems = self.errors()
        for name, field in self._fields.items():
            message = problems.get(name, "")
            visible = bool(message) and (field.touched or self._show_all)
            field.error.setText(message if visible else "")
            field.error.setVisible(visible)
        self.form_error.hide()
        self.ok_button.setEnabled(not problems or not self._show_all)
        return not problems

    def _text(self, name: str) -> str:
        widget = self._fields[name].widget
        return widget.text().strip() if isinstance(widget, QLineEdit) else ""

    def _check_name(self) -> str | None:
        return None if self._text("name") else self.tr("Enter the person's name.")

    def _check_email(self) -> str | None:
        text = self._text("email")
        if not text:
            return self.tr("Enter the e-mail address their calendar uses.")
        try:
            address = _check_email(text)
        except UserError:
            return self.tr("This is not an e-mail address (name@example.com).")
        owner = self._taken.get(address)
        if owner:
            return self.tr("{address} already belongs to {name}.").format(address=address,
                                                                          name=owner)
        return None

    def _check_aliases(self) -> str | None:
        for text in _split(self._text("aliases")):
            try:
                address = _check_email(text)
            except UserError:
                return self.tr("“{text}” is not an e-mail address.").format(text=text)
            if address in self._taken:
                return self.tr("{address} already belongs to {name}.").format(
                    address=address, name=self._taken[address])
        return None

    def _check_zone(self) -> str | None:
        if self.zone_picker.zone() is None:
            return self.tr("Pick a time zone from the list (type a city to search).")
        return None

    def _check_country(self) -> str | None:
        if not self.country_picker.is_valid():
            return self.tr("Pick a country from the list, or no national holidays.")
        return None

    def _range(self, name: str) -> TimeRange | None:
        text = self._text(name)
        return TimeRange.parse(text) if text else None

    def _check_range(self, name: str) -> str | None:
        try:
            self._range(name)
        except ValueError:
            return self.tr("Use a range such as 10:00–19:00 (24-hour clock, end after start).")
        return None

    def _int(self, name: str) -> int | None:
        text = self._text(name)
        return int(text) if text else None

    def _check_int(self, name: str, low: int, high: int) -> str | None:
        text = self._text(name)
        widget = self._fields[name].widget
        if not text or not widget.isEnabled():
            return None
        if not text.isdigit() or not low <= int(text) <= high:
            return self.tr("Enter a whole number from {low} to {high}.").format(low=low, high=high)
        return None

    def _check_lunch(self) -> str | None:
        problem = self._check_int("lunch_minutes", 0, 240)
        if problem:
            return problem
        try:
            window = self._range("lunch_window") or self._company.policy.lunch_window
        except ValueError:
            return None  # reported on the lunch window itself
        minutes = self._int("lunch_minutes")
        minutes = self._company.policy.lunch_minutes if minutes is None else minutes
        if minutes > window.minutes:
            return self.tr("{minutes} min of lunch do not fit in the lunch window {window}.").format(
                minutes=minutes, window=_clock(window))
        return None

    def _days(self) -> frozenset[int]:
        return frozenset(d for d, b in enumerate(self.day_buttons) if b.isChecked())

    def _check_days(self) -> str | None:
        return None if self._days() else self.tr("Choose at least one working day.")

    # -- result ----------------------------------------------------------------------------

    def overrides(self) -> PolicyOverrides:
        """The policy fields as overrides of the company policy (call only when valid)."""
        company = self._company.policy
        days = self._days()
        core_only = self.core_only_check.isChecked()
        return PolicyOverrides(
            window=self._range("window"), core=self._range("core"),
            core_only=core_only if core_only != company.core_only else None,
            lunch_window=self._range("lunch_window"), lunch_minutes=self._int("lunch_minutes"),
            working_days=days if days != company.working_days else None,
            max_per_day=None if self.no_day_check.isChecked() else self._int("max_per_day"),
            max_per_week=None if self.no_week_check.isChecked() else self._int("max_per_week"),
            buffer_minutes=self._int("buffer"),
            no_day_limit=self.no_day_check.isChecked(),
            no_week_limit=self.no_week_check.isChecked(),
        )

    def interviewer(self) -> Interviewer:
        """The interviewer the form describes, validated by the roster service's rules.

        Raises ValueError (policy inconsistent) or UserError (a field the service refuses).
        """
        from interviewplanner.services.roster import new_interviewer, validate

        overrides = self.overrides()
        policy = overrides.apply(self._company.policy)  # raises ValueError when inconsistent
        zone = self.zone_picker.zone() or ""
        person = new_interviewer(
            name=self._text("name"), email=self._text("email"), timezone=zone,
            country=self.country_picker.code(), aliases=_split(self._text("aliases")),
            pools=_split(self._text("pools")), overrides=overrides)
        person = replace(person, policy=policy,
                         id=self._person.id if self._person is not None else None)
        return validate(person)

    def _on_ok(self) -> None:
        self._show_all = True
        if not self.validate():
            return
        try:
            person = self.interviewer()
        except (ValueError, UserError) as exc:
            self.show_save_error(str(exc))
            return
        self.ok_button.setEnabled(False)
        self.ok_button.setText(self.tr("Saving…"))
        self.saveRequested.emit(person)

    def show_save_error(self, message: str) -> None:
        """Show why saving failed under the form, and let the user correct it."""
        self.form_error.setText(message)
        self.form_error.show()
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setEnabled(True)
