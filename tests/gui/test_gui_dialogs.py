"""Dialogs: inline validation of the interviewer form, the import form, settings."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from interviewplanner.core.model import (
    CompanySettings,
    ImportReport,
    Interviewer,
    Policy,
    PolicyOverrides,
    SkippedComponent,
    TimeRange,
)
from interviewplanner.gui.dialogs.import_dialog import ImportDialog, ImportSummaryDialog
from interviewplanner.gui.dialogs.interviewer_dialog import InterviewerDialog
from interviewplanner.gui.dialogs.settings_dialog import SettingsDialog
from interviewplanner.gui.values import FileOutcome
from interviewplanner.services.errors import ErrorCode, FileError

TAKEN = {"ken@example.com": "Ken Tanaka"}


def dialog(qtbot: QtBot, person: Interviewer | None = None) -> InterviewerDialog:
    form = InterviewerDialog(CompanySettings(), TAKEN, person)
    qtbot.addWidget(form)
    form.show()
    return form


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type like a user (QTest only types ASCII: other text is set and announced as an edit)."""
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.setText(text)
        edit.textEdited.emit(text)


def visible_errors(form: InterviewerDialog) -> dict[str, str]:
    return {name: f.error.text() for name, f in form._fields.items() if f.error.isVisible()}


def test_company_defaults_are_the_placeholders(qtbot: QtBot) -> None:
    form = dialog(qtbot)
    assert form.window_edit.placeholderText() == "10:00–19:00"
    assert form.core_edit.placeholderText() == "12:00–16:00"
    assert form.lunch_minutes_edit.placeholderText() == "60"
    assert form.per_day_edit.placeholderText() == "2"
    assert form.per_week_edit.placeholderText() == "6"
    assert [b.isChecked() for b in form.day_buttons] == [True] * 5 + [False] * 2


def test_ok_on_an_empty_form_shows_every_problem_and_saves_nothing(qtbot: QtBot) -> None:
    form = dialog(qtbot)
    assert visible_errors(form) == {}  # nothing shouts before the user did anything
    with qtbot.assertNotEmitted(form.saveRequested):
        form.ok_button.click()
    errors = visible_errors(form)
    assert set(errors) == {"name", "email", "zone"}
    assert errors["email"] == "Enter the e-mail address their calendar uses."
    assert not form.ok_button.isEnabled()


def test_fields_are_checked_as_they_are_typed(qtbot: QtBot) -> None:
    form = dialog(qtbot)
    type_into(qtbot, form.email_edit, "not-an-address")
    assert visible_errors(form) == {"email": "This is not an e-mail address (name@example.com)."}
    type_into(qtbot, form.email_edit, "KEN@example.com")
    assert visible_errors(form)["email"] == "ken@example.com already belongs to Ken Tanaka."
    type_into(qtbot, form.window_edit, "19:00-10:00")
    assert "10:00–19:00" in visible_errors(form)["window"]
    type_into(qtbot, form.lunch_minutes_edit, "90")
    assert visible_errors(form)["lunch_minutes"] == (
        "90 min of lunch do not fit in the lunch window 12:00–13:00.")
    type_into(qtbot, form.lunch_window_edit, "11:30-14:00")
    assert "lunch_minutes" not in visible_errors(form)
    type_into(qtbot, form.per_day_edit, "two")
    assert visible_errors(form)["max_per_day"] == "Enter a whole number from 0 to 50."
    form.no_day_check.setChecked(True)
    assert "max_per_day" not in visible_errors(form)
    for button in form.day_buttons:
        button.setChecked(False)
    assert visible_errors(form)["days"] == "Choose at least one working day."


def test_a_valid_form_emits_the_interviewer_with_overrides(qtbot: QtBot) -> None:
    form = dialog(qtbot)
    type_into(qtbot, form.name_edit, "  佐藤 花子 ")
    type_into(qtbot, form.email_edit, "Hanako.Sato@Example.com")
    type_into(qtbot, form.aliases_edit, "sato@example.jp, hanako@example.org")
    zone_line = form.zone_picker.lineEdit()
    assert zone_line is not None
    type_into(qtbot, zone_line, "Asia/Tokyo")
    form.country_picker.set_code("JP")
    type_into(qtbot, form.pools_edit, "backend, hiring-manager")
    type_into(qtbot, form.core_edit, "13:00-16:00")
    form.core_only_check.setChecked(True)
    type_into(qtbot, form.per_week_edit, "4")
    form.no_day_check.setChecked(True)
    type_into(qtbot, form.buffer_edit, "15")
    assert form.errors() == {}
    with qtbot.waitSignal(form.saveRequested) as signal:
        form.ok_button.click()
    person: Interviewer = signal.args[0]
    assert person.name == "佐藤 花子"
    assert person.email == "hanako.sato@example.com"
    assert person.aliases == ("sato@example.jp", "hanako@example.org")
    assert (person.timezone, person.country) == ("Asia/Tokyo", "JP")
    assert person.pools == ("backend", "hiring-manager")
    assert person.overrides == PolicyOverrides(
        core=TimeRange.parse("13:00-16:00"), core_only=True, max_per_week=4,
        buffer_minutes=15, no_day_limit=True)
    assert person.policy.max_per_day is None and person.policy.window == Policy().window
    assert form.ok_button.text() == "Saving…"
    form.show_save_error("hanako.sato@example.com already belongs to someone")
    assert form.form_error.isVisible() and form.ok_button.isEnabled()


def test_zone_search_accepts_spaces_and_any_case(qtbot: QtBot) -> None:
    form = dialog(qtbot)
    line = form.zone_picker.lineEdit()
    assert line is not None
    type_into(qtbot, line, "america/new york")
    assert form.zone_picker.zone() == "America/New_York"
    type_into(qtbot, line, "Mars/Olympus")
    assert form.zone_picker.zone() is None


def test_editing_keeps_the_id_and_shows_the_overrides(qtbot: QtBot) -> None:
    existing = Interviewer("ken@example.com", "Ken Tanaka", "Asia/Tokyo", "JP", pools=("sre",),
                           overrides=PolicyOverrides(lunch_window=TimeRange.parse("11:30-14:00")),
                           id=7)
    form = dialog(qtbot, existing)
    assert form.windowTitle() == "Edit interviewer"
    assert form.lunch_window_edit.text() == "11:30–14:00"
    assert form.window_edit.text() == ""  # company default
    assert form.errors() == {}  # the person's own address is not "taken"
    with qtbot.waitSignal(form.saveRequested) as signal:
        form.ok_button.click()
    assert signal.args[0].id == 7


def test_import_dialog_explains_what_is_missing(qtbot: QtBot, tmp_path: Path) -> None:
    people = [Interviewer("ken@example.com", "Ken Tanaka", "Asia/Tokyo", "JP")]
    form = ImportDialog(people, None, chosen="ken@example.com", today=date(2026, 11, 23))
    qtbot.addWidget(form)
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert form.problem() == "Add at least one .ics file." and not ok.isEnabled()
    form.add_paths([tmp_path / "a.ics", tmp_path / "a.ics", tmp_path / "b.ics"])
    assert form.problem() is None and ok.isEnabled()
    request = form.request()
    assert request.email == "ken@example.com"
    assert request.paths == (tmp_path / "a.ics", tmp_path / "b.ics")
    assert request.horizon.start == datetime(2026, 10, 24, tzinfo=UTC)
    form.to_edit.setDate(form.from_edit.date())
    assert form.problem() == "The end date must be after the start date."
    empty = ImportDialog([], None)
    qtbot.addWidget(empty)
    assert empty.problem() == "Add an interviewer first: a calendar belongs to one person."


def test_summary_lists_warnings_with_lines_and_failures(qtbot: QtBot, tmp_path: Path) -> None:
    report = ImportReport("x", 12, 30, ("line 42: unknown TZID 'Foo' read as the interviewer's zone",),
                          (SkippedComponent(57, "bad RRULE"),))
    outcomes = [FileOutcome(tmp_path / "ok.ics", report),
                FileOutcome(tmp_path / "page.ics",
                            error=FileError(ErrorCode.NOT_ICALENDAR, str(tmp_path / "page.ics"),
                                            detail="an HTML page"))]
    summary = ImportSummaryDialog("Ken", outcomes)
    qtbot.addWidget(summary)
    assert "1 of 2 files imported — 12 events, 30 busy intervals" in summary.headline.text()
    first = summary.tree.topLevelItem(0)
    assert first is not None and first.childCount() == 2
    assert first.child(0).text(0) == "line 42"
    assert first.child(1).text(0) == "line 57" and "bad RRULE" in first.child(1).text(1)
    second = summary.tree.topLevelItem(1)
    assert second is not None and "not an iCalendar" in second.text(1)
    assert str(tmp_path) not in second.text(1)  # the name is in the first column already


def test_settings_dialog_returns_the_choices(qtbot: QtBot) -> None:
    form = SettingsDialog("ja", True)
    qtbot.addWidget(form)
    assert form.language() == "ja" and form.keep_titles()
    form.language_combo.setCurrentIndex(0)
    assert form.language() == "system"


def test_import_dialog_lists_names_and_removes_files(qtbot: QtBot, tmp_path: Path) -> None:
    people = [Interviewer("ken@example.com", "Ken Tanaka", "Asia/Tokyo", "JP")]
    form = ImportDialog(people, None, chosen="ken@example.com", today=date(2026, 11, 23))
    qtbot.addWidget(form)
    form.add_paths([tmp_path / "a.ics", tmp_path / "b.ics"])
    item = form.file_list.item(0)
    assert item.text() == "a.ics" and item.toolTip() == str(tmp_path / "a.ics")
    assert not form.remove_button.isEnabled()
    form.file_list.setCurrentRow(0)
    form.remove_button.click()
    assert form.request().paths == (tmp_path / "b.ics",)
    form.show()
    form.file_list.setFocus()
    form.file_list.setCurrentRow(0)
    qtbot.keyClick(form.file_list, Qt.Key.Key_Delete)
    assert form.file_list.count() == 0 and form.problem() == "Add at least one .ics file."
