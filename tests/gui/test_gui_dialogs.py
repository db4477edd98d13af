"""Dialogs: inline validation of the interviewer form, the import form, settings."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
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
from interviewplanner.core.policy import effective_policy
from interviewplanner.core.policy_fields import POLICY_FIELDS, PolicyProblem, PolicyProblemCode
from interviewplanner.core.policy_text import read_overrides
from interviewplanner.core.read_notes import ReadCode, ReadNote
from interviewplanner.gui import i18n
from interviewplanner.gui.dialogs.import_dialog import ImportDialog, ImportSummaryDialog
from interviewplanner.gui.dialogs.interviewer_dialog import InterviewerDialog
from interviewplanner.gui.dialogs.settings_dialog import SettingsDialog
from interviewplanner.gui.values import FileOutcome
from interviewplanner.gui.wording.policy import field_label, problem_text
from interviewplanner.services.errors import ErrorCode, FileError
from tests.unit.core.policy_table import PARAMS as POLICY_CASES
from tests.unit.core.policy_table import Case

TAKEN = {"ken@example.com": "Ken Tanaka"}
ARTIFACTS = Path(__file__).parents[2] / "artifacts"


def screenshot_targets(tmp_path: Path, name: str) -> list[Path]:
    """The test's tmp folder, and ``artifacts/`` when INTERVIEWPLANNER_SCREENSHOTS is set."""
    targets = [tmp_path / name]
    if os.environ.get("INTERVIEWPLANNER_SCREENSHOTS"):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        targets.append(ARTIFACTS / name)
    return targets


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
    assert form.edits["window"].placeholderText() == "10:00–19:00"
    assert form.edits["core"].placeholderText() == "12:00–16:00"
    assert form.edits["lunch_minutes"].placeholderText() == "60"
    assert form.edits["max_per_day"].placeholderText() == "2"
    assert form.edits["max_per_week"].placeholderText() == "6"
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
    type_into(qtbot, form.edits["window"], "19:00-10:00")
    assert visible_errors(form)["window"] == (
        "The end must be later than the start, e.g. 10:00–19:00.")
    type_into(qtbot, form.edits["lunch_minutes"], "90")
    assert visible_errors(form)["lunch_minutes"] == (
        "90 min of lunch do not fit in the lunch window 12:00–13:00.")
    type_into(qtbot, form.edits["lunch_window"], "11:30-14:00")
    assert "lunch_minutes" not in visible_errors(form)
    type_into(qtbot, form.edits["max_per_day"], "two")
    assert visible_errors(form)["max_per_day"] == "Enter a whole number from 0 to 50."
    form.no_limit["max_per_day"].setChecked(True)
    assert "max_per_day" not in visible_errors(form)
    for button in form.day_buttons:
        button.setChecked(False)
    assert visible_errors(form)["working_days"] == "Choose at least one working day."


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
    type_into(qtbot, form.edits["core"], "13:00-16:00")
    form.flags["core_only"].setChecked(True)
    type_into(qtbot, form.edits["max_per_week"], "4")
    form.no_limit["max_per_day"].setChecked(True)
    type_into(qtbot, form.edits["buffer_minutes"], "15")
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
    policy = effective_policy(person, CompanySettings())
    assert policy.max_per_day is None and policy.window == Policy().window
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
    assert form.edits["lunch_window"].text() == "11:30–14:00"
    assert form.edits["window"].text() == ""  # company default
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
    report = ImportReport("x", 12, 30,
                          (ReadNote.of(ReadCode.UNKNOWN_TZID, 42, tzid="Foo", zone="Asia/Tokyo"),),
                          (SkippedComponent(57, ReadNote.of(ReadCode.RECURRENCE_INVALID, 57,
                                                            detail="BYDAY value 'XX'")),))
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
    assert "“Foo” is unknown" in first.child(0).text(1)
    assert first.child(1).text(0) == "line 57"
    assert first.child(1).text(1) == ("Skipped: The repeat rule (RRULE) of the recurring event "
                                      "is not valid.")
    assert "Details: BYDAY value 'XX'" in first.child(1).toolTip(1)
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


# --- the interviewer dialog checks the policy through the core ---------------------------------


def fill_policy(qtbot: QtBot, form: InterviewerDialog, given: dict[str, Any]) -> None:
    """Enter ``given`` (a row of the policy table) as a user would."""
    for name, value in given.items():
        if name == "working_days":
            for day, button in enumerate(form.day_buttons):
                button.setChecked(day in value)
        elif name in form.flags:
            form.flags[name].setChecked(value)
        else:
            type_into(qtbot, form.edits[name], value)


@pytest.mark.parametrize("case", POLICY_CASES)
def test_the_dialog_refuses_exactly_what_the_core_refuses(qtbot: QtBot, case: Case) -> None:
    form = dialog(qtbot)
    fill_policy(qtbot, form, case.given)
    problems = read_overrides(case.given, Policy())[1]
    assert [(p.code, p.field) for p in problems] == list(case.expected)
    expected: dict[str, str] = {}
    for problem in problems:
        expected.setdefault(problem.field, problem_text(problem))
    policy_fields = {f.name for f in POLICY_FIELDS}
    assert {k: v for k, v in form.errors().items() if k in policy_fields} == expected
    assert {k: v for k, v in visible_errors(form).items() if k in policy_fields} == expected
    assert form.policy_problems() == problems
    if not problems:
        assert form.overrides() == read_overrides(case.given, Policy())[0]


JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _samples() -> list[PolicyProblem]:
    samples = [PolicyProblem(code, "buffer_minutes", text="x", value=90, low=0, high=240,
                             window="12:00-13:00") for code in PolicyProblemCode]
    return [*samples, PolicyProblem(PolicyProblemCode.OUT_OF_BOUNDS, "max_per_day", low=0)]


def test_every_policy_problem_and_label_has_english_and_japanese() -> None:
    english = [problem_text(p) for p in _samples()]
    labels = [field_label(f.name) for f in POLICY_FIELDS]
    assert all(english) and all(labels)
    assert "90 min of lunch do not fit in the lunch window 12:00–13:00." in english
    i18n.install("ja")
    japanese = [problem_text(p) for p in _samples()]
    for en, ja in zip([*english, *labels], [*japanese, *(field_label(f.name) for f in POLICY_FIELDS)],
                      strict=True):
        assert ja != en and JAPANESE.search(ja), (en, ja)
    assert "90 分の昼休みは、昼休みの時間帯 12:00–13:00 に収まりません。" in japanese


def _interactive(form: InterviewerDialog) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QCheckBox, QToolButton, QPushButton)
    return [w for w in form.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()
            and not isinstance(w.parentWidget(), (QComboBox, QLineEdit))]


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    form = dialog(qtbot)
    controls = _interactive(form)
    assert len(controls) > 20
    for widget in controls:
        face = QAccessible.queryAccessibleInterface(widget)
        assert face is not None and face.text(QAccessible.Text.Name), widget.objectName()
    captions = {label.buddy() for label in form.findChildren(QLabel) if label.buddy()}
    for edit in form.edits.values():
        assert edit in captions  # the label beside it is its buddy (Alt+letter, screen readers)


def test_choosing_a_zone_suggests_its_country_until_the_user_picks_one(qtbot: QtBot) -> None:
    form = dialog(qtbot)
    zone_line = form.zone_picker.lineEdit()
    assert zone_line is not None
    type_into(qtbot, zone_line, "Asia/Tokyo")
    assert form.country_picker.code() == "JP"
    type_into(qtbot, zone_line, "America/New York")
    assert form.country_picker.code() == "US"
    index = form.country_picker.findData("GB")
    form.country_picker.setCurrentIndex(index)
    form.country_picker.activated.emit(index)  # the user's own choice
    type_into(qtbot, zone_line, "Asia/Tokyo")
    assert form.country_picker.code() == "GB"
    kept = dialog(qtbot, Interviewer("ken@example.com", "Ken", "Asia/Tokyo", None, id=3))
    kept_line = kept.zone_picker.lineEdit()
    assert kept_line is not None
    type_into(qtbot, kept_line, "Europe/London")
    assert kept.country_picker.code() is None  # "no national holidays" was saved on purpose


def _overlaps(form: InterviewerDialog) -> list[tuple[str, str]]:
    """Pairs of visible rows' widgets whose rectangles overlap, and clipped problem labels."""
    found = []
    labels = [f.error for f in form._fields.values() if f.error.isVisible()]
    for label in labels:
        if label.height() < label.heightForWidth(label.width()):
            found.append((label.objectName(), "clipped"))
    boxes = [(f.error.objectName(), f.error) for f in form._fields.values() if f.error.isVisible()]
    boxes += [(n, f.widget) for n, f in form._fields.items()]
    for i, (name, one) in enumerate(boxes):
        a = QRect(one.mapTo(form, one.rect().topLeft()), one.size())
        for other_name, other in boxes[i + 1:]:
            b = QRect(other.mapTo(form, other.rect().topLeft()), other.size())
            if a.intersects(b) and not (one.isAncestorOf(other) or other.isAncestorOf(one)):
                found.append((name, other_name))
    return found


@pytest.mark.parametrize("language", ["en", "ja"])
def test_wrapped_problems_neither_overlap_nor_clip(qtbot: QtBot, tmp_path: Path,
                                                   language: str) -> None:
    i18n.install(language)
    form = dialog(qtbot)
    qtbot.waitExposed(form)
    type_into(qtbot, form.email_edit, "not-an-address")
    type_into(qtbot, form.aliases_edit, "also-not-an-address, and.another")
    type_into(qtbot, form.edits["window"], "19:00-10:00")
    type_into(qtbot, form.edits["lunch_minutes"], "90")
    type_into(qtbot, form.edits["max_per_day"], "two")
    type_into(qtbot, form.edits["buffer_minutes"], "999")
    qtbot.wait(20)
    image = form.grab().toImage()
    for target in screenshot_targets(tmp_path, f"interviewer_dialog_errors_{language}.png"):
        assert image.save(str(target)), target
    assert len(visible_errors(form)) == 6
    assert _overlaps(form) == []
