"""Add or edit an interviewer: person, time zone, country, pools and flex-time policy (SPEC §2).

The policy part is built from the core's one declaration of the fields
(:data:`~interviewplanner.core.policy_fields.POLICY_FIELDS`) and checked by the core: the dialog
hands what was typed to :func:`~interviewplanner.core.policy_text.read_overrides`, which
reads it, builds the overrides and checks them against the company policy; it words the problem
codes (:mod:`interviewplanner.gui.wording.policy`) under the field each one concerns. Every
policy field is optional: left empty it keeps the company default, shown in grey as the
placeholder. Problems appear as fields are edited; OK stays disabled until everything is valid.

Choosing a time zone suggests its country's holidays ("Asia/Tokyo" → Japan) until the user
picks a country. Saving runs on the worker (the dialog emits ``saveRequested``); a refusal from
the store comes back through :meth:`InterviewerDialog.show_save_error` (or
:meth:`InterviewerDialog.show_policy_problems` for policy codes, shown next to their fields).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.languages import LANGUAGES
from interviewplanner.core.model import CompanySettings, Interviewer, PolicyOverrides
from interviewplanner.core.policy_fields import POLICY_FIELDS, FieldKind, PolicyField, PolicyProblem
from interviewplanner.core.policy_text import field_text, read_overrides
from interviewplanner.gui import i18n
from interviewplanner.gui.errors import describe
from interviewplanner.gui.widgets.zone_picker import CountryPicker, ZonePicker
from interviewplanner.gui.wording.policy import field_label, problem_text
from interviewplanner.services.errors import UserError

ERROR_STYLE = "color: #b3261e;"
LANGUAGE_NAMES = i18n.LANGUAGES  # each language in itself, whatever the UI language


def _shown(name: str, value: Any) -> str:
    """A policy value as the form shows it (ranges with an en dash: 10:00–19:00)."""
    return field_text(name, value).replace("-", "–") if value is not None else ""


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").replace("、", ",").split(",")
            if part.strip()]


def _check_email(text: str) -> str:
    """The roster service's e-mail check (imported late: it pulls in the store)."""
    from interviewplanner.services.roster import check_email

    return check_email(text)


def _suggest_country(zone: str) -> str | None:
    from interviewplanner.gui.zones import suggest_country

    return suggest_country(zone)


def _show_problem(label: QLabel, message: str) -> None:
    """Show ``message`` under a field (hide the label when empty).

    Shown before the text is set: a hidden label's new text does not reach its layout's cached
    height-for-width, so a wrapped message would keep the height of the previous one (cut in
    half, or overlapping the next row) until some later edit.
    """
    label.setVisible(bool(message))
    if label.text() != message:
        label.setText(message)
        label.updateGeometry()


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
        self._country_chosen = person is not None  # a saved choice is never replaced
        self._store_problems: tuple[PolicyProblem, ...] = ()
        self._fitted = -1  # the height _fit gave the dialog last (another: the user's own)
        self.edits: dict[str, QLineEdit] = {}  # policy fields typed as text, by field name
        self.no_limit: dict[str, QCheckBox] = {}  # the "no limit" box of each limit field
        self.flags: dict[str, QCheckBox] = {}
        self.day_buttons: list[QToolButton] = []
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

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget, *,
             extra: QWidget | None = None, focus: QWidget | None = None) -> None:
        """A row: ``label`` (buddy of ``focus``, default ``widget``), the widget, its problem."""
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
        caption = QLabel(label, self)
        caption.setObjectName(f"{name}_label")
        target = focus or widget
        caption.setBuddy(target)
        if label and not target.accessibleName():
            target.setAccessibleName(label.replace("&", ""))
        form.addRow(caption, box)
        self._fields[name] = Field(widget, error)

    def _build(self, pools: list[str]) -> None:
        layout = QVBoxLayout(self)
        # The dialog grows with the problems shown under the fields instead of squeezing them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self._build_person(pools))
        layout.addWidget(self._build_policy())
        self.form_error = self._error_label("form")
        self.form_error.setAccessibleName(self.tr("Why saving failed"))
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
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
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
        self.zone_picker.editTextChanged.connect(lambda _t: self._zone_changed())
        self.zone_picker.currentIndexChanged.connect(lambda _i: self._zone_changed())
        self._add(form, "zone", self.tr("Time zone"), self.zone_picker)
        self.country_picker = CountryPicker(self, self.tr("(no national holidays)"))
        self.country_picker.setObjectName("country")
        self.country_picker.editTextChanged.connect(lambda _t: self._touch("country"))
        self.country_picker.activated.connect(lambda _i: self._choose_country())
        country_line = self.country_picker.lineEdit()
        if country_line is not None:
            country_line.textEdited.connect(lambda _t: self._choose_country())
        self._add(form, "country", self.tr("Holidays of"), self.country_picker)
        self.pools_edit = self._line("pools", ", ".join(pools[:3]) or "backend, frontend")
        self._add(form, "pools", self.tr("Pools"), self.pools_edit)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language")
        company = LANGUAGE_NAMES.get(self._company.language, self._company.language)
        self.language_combo.addItem(self.tr("As the company ({language})").format(
            language=company), None)
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setToolTip(self.tr("The language of their invites and messages"))
        self._add(form, "language", self.tr("Invites in"), self.language_combo)
        return person_box

    def _build_policy(self) -> QGroupBox:
        policy_box = QGroupBox(self.tr("Flex-time policy (empty = company default, in grey)"), self)
        form = QFormLayout(policy_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        builders: dict[FieldKind, Callable[[QFormLayout, PolicyField], None]] = {
            FieldKind.RANGE: self._text_row, FieldKind.MINUTES: self._text_row,
            FieldKind.LIMIT: self._limit_row, FieldKind.FLAG: self._flag_row,
            FieldKind.DAYS: self._days_row,
        }
        for spec in POLICY_FIELDS:
            builders[spec.kind](form, spec)
        return policy_box

    def _default(self, name: str) -> Any:
        return getattr(self._company.policy, name)

    def _text_row(self, form: QFormLayout, spec: PolicyField) -> None:
        edit = self._line(spec.name, _shown(spec.name, self._default(spec.name)))
        self.edits[spec.name] = edit
        self._add(form, spec.name, field_label(spec.name), edit)

    def _limit_row(self, form: QFormLayout, spec: PolicyField) -> None:
        default = self._default(spec.name)
        edit = self._line(spec.name, _shown(spec.name, default) if default is not None
                          else self.tr("no limit"))
        check = QCheckBox(self.tr("no limit"), self)
        check.setObjectName(f"{spec.name}_none")
        check.toggled.connect(edit.setDisabled)
        check.toggled.connect(lambda _c, n=spec.name: self._touch(n))
        self.edits[spec.name], self.no_limit[spec.name] = edit, check
        self._add(form, spec.name, field_label(spec.name), edit, extra=check)

    def _flag_row(self, form: QFormLayout, spec: PolicyField) -> None:
        check = QCheckBox(field_label(spec.name), self)
        check.setObjectName(spec.name)
        check.setChecked(bool(self._default(spec.name)))
        check.toggled.connect(lambda _c, n=spec.name: self._touch(n))
        check.setAccessibleName(field_label(spec.name))
        self.flags[spec.name] = check
        self._add(form, spec.name, "", check)

    def _days_row(self, form: QFormLayout, spec: PolicyField) -> None:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        locale, days = QLocale(), self._default(spec.name)
        for day in range(7):
            button = QToolButton(box)
            button.setText(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            button.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            button.setCheckable(True)
            button.setChecked(day in days)
            button.setObjectName(f"day{day}")
            button.toggled.connect(lambda _c, n=spec.name: self._touch(n))
            row.addWidget(button)
            self.day_buttons.append(button)
        row.addStretch(1)
        self._add(form, spec.name, field_label(spec.name), box, focus=self.day_buttons[0])
        box.setAccessibleName(field_label(spec.name))

    def _fill(self, person: Interviewer) -> None:
        self.name_edit.setText(person.name)
        self.email_edit.setText(person.email)
        self.aliases_edit.setText(", ".join(person.aliases))
        self.zone_picker.set_zone(person.timezone)
        self.country_picker.set_code(person.country)
        self.pools_edit.setText(", ".join(person.pools))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(person.language)))
        values = person.overrides.values()
        for name, value in values.items():
            if name in self.no_limit and value is None:
                self.no_limit[name].setChecked(True)
            elif name in self.edits:
                self.edits[name].setText(_shown(name, value))
            elif name in self.flags:
                self.flags[name].setChecked(bool(value))
            else:  # working days
                for day, button in enumerate(self.day_buttons):
                    button.setChecked(day in value)

    # -- time zone -> country ---------------------------------------------------------------

    def _choose_country(self) -> None:
        self._country_chosen = True

    def _zone_changed(self) -> None:
        zone = self.zone_picker.zone()
        if zone is not None and not self._country_chosen:
            self.country_picker.set_code(_suggest_country(zone))
        self._touch("zone")

    # -- validation ------------------------------------------------------------------------

    def _touch(self, name: str) -> None:
        if name in self._fields:
            self._fields[name].touched = True
        self._store_problems = ()
        self.validate()

    def _person_errors(self) -> dict[str, str]:
        checks: list[tuple[str, Callable[[], str | None]]] = [
            ("name", self._check_name), ("email", self._check_email),
            ("aliases", self._check_aliases), ("zone", self._check_zone),
            ("country", self._check_country),
        ]
        return {name: message for name, check in checks if (message := check())}

    def errors(self) -> dict[str, str]:
        """Every field's problem (translated), whether shown yet or not."""
        problems = self._person_errors()
        for problem in self.policy_problems():
            problems.setdefault(problem.field, problem_text(problem))
        return problems

    def _visible(self, name: str, related: Iterable[str]) -> bool:
        return self._show_all or any(
            self._fields[n].touched for n in (name, *related) if n in self._fields)

    def validate(self) -> bool:
        """Show the problems of touched fields (all after OK was pressed); True when valid."""
        messages = self._person_errors()
        related: dict[str, tuple[str, ...]] = {}
        for problem in self.policy_problems():
            if problem.field not in messages:
                messages[problem.field] = problem_text(problem)
                related[problem.field] = problem.related
        for name, field in self._fields.items():
            message = messages.get(name, "")
            visible = bool(message) and self._visible(name, related.get(name, ()))
            _show_problem(field.error, message if visible else "")
            field.widget.setAccessibleDescription(message if visible else "")
        self.form_error.hide()
        self.ok_button.setEnabled(not messages or not self._show_all)
        return not messages

    def _fit(self) -> None:
        """Give the dialog the height its wrapped problems need at its current width.

        It grows when problems appear and shrinks back when they go, unless the user has
        resized it (then it only grows), so rows never overlap, clip or float apart.
        """
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        need = layout.totalMinimumSize().height()
        if layout.hasHeightForWidth():
            need = max(need, layout.totalHeightForWidth(self.width()))
        if need > self.height() or self.height() == self._fitted:
            self.resize(self.width(), need)
            self._fitted = need

    def event(self, event: QEvent) -> bool:
        """Fit the height once the layouts have taken in changed problems (LayoutRequest)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return handled

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the height to the problems already shown (an edited person's, say)."""
        super().showEvent(event)
        self._fitted = self.height()
        self._fit()

    def sizeHint(self) -> QSize:
        """Wide enough that most problems under the fields fit on one line (40 line heights)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().height() * 40), hint.height())

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

    # -- the policy, checked by the core -----------------------------------------------------

    def policy_input(self) -> dict[str, Any]:
        """What the policy fields say: text as typed, switches and days as values.

        Empty fields and switches left as the company's are not included (they keep the
        company default); a ticked "no limit" is None.
        """
        given: dict[str, Any] = {}
        for name, edit in self.edits.items():
            if name in self.no_limit and self.no_limit[name].isChecked():
                given[name] = None
            elif edit.text().strip():
                given[name] = edit.text()
        for name, check in self.flags.items():
            if check.isChecked() != self._default(name):
                given[name] = check.isChecked()
        days = frozenset(d for d, b in enumerate(self.day_buttons) if b.isChecked())
        if days != self._company.policy.working_days:
            given["working_days"] = days
        return given

    def overrides(self) -> PolicyOverrides:
        """The policy fields as overrides of the company policy (what can be read of them)."""
        return read_overrides(self.policy_input(), self._company.policy)[0]

    def policy_problems(self) -> tuple[PolicyProblem, ...]:
        """What the core refuses in the policy fields (and what the store refused last)."""
        problems = read_overrides(self.policy_input(), self._company.policy)[1]
        return (*problems, *self._store_problems)

    # -- result ----------------------------------------------------------------------------

    def interviewer(self) -> Interviewer:
        """The interviewer the form describes, validated by the roster service's rules.

        Raises UserError (a field the service refuses).
        """
        from interviewplanner.services.roster import new_interviewer, validate

        zone = self.zone_picker.zone() or ""
        person = new_interviewer(
            name=self._text("name"), email=self._text("email"), timezone=zone,
            country=self.country_picker.code(), aliases=_split(self._text("aliases")),
            pools=_split(self._text("pools")), overrides=self.overrides(),
            language=self.language_combo.currentData())
        if self._person is not None:  # the version read: a save over someone else's is refused
            person = replace(person, id=self._person.id, version=self._person.version)
        return validate(person)

    def _on_ok(self) -> None:
        self._show_all = True
        if not self.validate():
            return
        try:
            person = self.interviewer()
        except UserError as exc:
            self.show_save_error(describe(exc)[0])
            return
        self.ok_button.setEnabled(False)
        self.ok_button.setText(self.tr("Saving…"))
        self.saveRequested.emit(person)

    def show_save_error(self, message: str) -> None:
        """Show why saving failed under the form, and let the user correct it."""
        _show_problem(self.form_error, message)
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setEnabled(True)

    def show_policy_problems(self, problems: Iterable[PolicyProblem]) -> None:
        """Show policy problems the store refused (``InvalidPolicy.fields["problems"]``) next
        to their fields, e.g. when the company policy changed while the dialog was open."""
        self._store_problems = tuple(problems)
        self._show_all = True
        self.ok_button.setText(self.tr("Save"))
        self.validate()
