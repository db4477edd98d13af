"""The interviewer dialog's "Invites in" (SPEC §11): the company's by default, English or Japanese."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from interviewplanner.core.model import CompanySettings
from interviewplanner.gui.dialogs.interviewer_dialog import InterviewerDialog

from .a11y import nameless
from .conftest import person


def test_language_defaults_to_the_company_and_round_trips(qtbot: QtBot) -> None:
    form = InterviewerDialog(CompanySettings(language="ja"), {}, None)
    qtbot.addWidget(form)
    form.show()
    combo = form.language_combo
    assert combo.currentData() is None and "日本語" in combo.currentText()
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "en", "ja"]
    assert nameless(form) == []
    edit = InterviewerDialog(CompanySettings(), {}, replace(person(), language="ja"))
    qtbot.addWidget(edit)
    assert edit.language_combo.currentData() == "ja"
    edit.language_combo.setCurrentIndex(edit.language_combo.findData("en"))
    assert edit.interviewer().language == "en"
    edit.language_combo.setCurrentIndex(0)
    assert edit.interviewer().language is None
