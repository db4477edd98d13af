"""The Plan tab's loops over several days (issue 12): day groups in the sessions editor, "Days
apart at most", the candidate's language, templates that keep them, and the proposed split of a
Tokyo + Los Angeles panel too long for their shared hours."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from interviewplanner.core.plan import plan_to_json
from interviewplanner.gui import i18n
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.models.session_model import Column
from interviewplanner.gui.panels.planner import PlannerPanel

from .a11y import nameless
from .conftest import add_people, person
from .planner_helpers import check_person, find
from .test_gui_screenshots import _targets

MONDAY, FRIDAY = date(2026, 11, 30), date(2026, 12, 4)  # after Thanksgiving (Kim is in the US)
LA = "America/Los_Angeles"
SATO, KIM = "hanako@example.com", "kim@example.com"
LOOP = (("Coding", SATO), ("Design", KIM), ("System design", SATO), ("Hiring manager", KIM))


def _people(qtbot: QtBot, window: MainWindow) -> None:
    """Sato in Tokyo and Kim in Los Angeles, both 10:00-19:00: they share 2 hours a day."""
    add_people(qtbot, window, [person(), person("Min Kim", KIM, LA, "US")])


def _loop(qtbot: QtBot, window: MainWindow) -> PlannerPanel:
    """Jane Doe in Los Angeles, four 45-minute sessions alternating Sato and Kim, on one day."""
    planner = window.planner
    window.tabs.setCurrentWidget(planner)
    qtbot.keyClicks(planner.candidate.name_edit, "Jane Doe")
    planner.candidate.zone_picker.set_zone(LA)
    sessions = planner.sessions
    for title, who in LOOP:
        sessions.add_session()
        sessions.title_edit.clear()
        qtbot.keyClicks(sessions.title_edit, title)
        check_person(planner, who)
    planner.proposals.set_dates(MONDAY, FRIDAY)
    return planner


def _day_of(planner: PlannerPanel, row: int, day: int) -> None:
    """Set session ``row``'s day with the form's spin box, as typed."""
    planner.sessions.select_row(row)
    planner.sessions.day_spin.setValue(day)


def _local_dates(planner: PlannerPanel) -> list[date]:
    facts = planner.proposals.selected()
    assert facts is not None
    return [s.start.astimezone(ZoneInfo(LA)).date() for s in facts.proposal.sessions]


def test_a_two_day_loop_built_in_the_widgets_gives_its_plan_and_finds_times(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    _people(qtbot, window)
    window.show()
    planner = _loop(qtbot, window)
    options = planner.options
    assert not options.days_apart.isEnabled()  # one day: the option does not apply
    assert find(qtbot, planner) == 0  # 210 minutes, 120 shared
    _day_of(planner, 3, 2)
    _day_of(planner, 2, 2)  # stays in place: after day 1, before nothing
    assert [s.title for s in planner.sessions.sessions] == [t for t, _w in LOOP]
    assert options.days_apart.isEnabled()
    options.days_apart.setValue(2)
    language = planner.candidate.language_combo
    language.setCurrentIndex(language.findData("ja"))
    model = planner.sessions.model
    assert [model.index(r, Column.DAY).data() for r in range(4)] == ["Day 1"] * 2 + ["Day 2"] * 2
    assert model.index(2, Column.TITLE).data(Qt.ItemDataRole.FontRole).bold()  # a group starts
    plan = planner.build_plan()
    assert plan is not None
    document = plan_to_json(plan)
    assert document["candidate"] == {"name": "Jane Doe", "email": "", "timezone": LA,
                                     "language": "ja"}
    assert [s.get("day", 1) for s in document["sessions"]] == [1, 1, 2, 2]
    assert document["max_days_between"] == 2
    assert planner.plan_document()["max_days_between"] == 2
    assert find(qtbot, planner) > 0
    days = _local_dates(planner)
    assert days[0] == days[1] < days[2] == days[3]
    assert (days[2] - days[1]).days <= 2


def test_moving_a_session_to_another_day_keeps_the_table_grouped(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    _people(qtbot, window)
    planner = _loop(qtbot, window)
    _day_of(planner, 0, 2)  # Coding goes after every day-1 session
    assert [s.title for s in planner.sessions.sessions] == [
        "Design", "System design", "Hiring manager", "Coding"]
    assert planner.sessions.current_row() == 3
    assert planner.sessions.day_spin.value() == 2
    table_day = planner.sessions.model.index(0, Column.DAY)
    assert planner.sessions.model.setData(table_day, 2)  # the table's own Day column
    assert [s.day for s in planner.sessions.sessions] == [1, 1, 2, 2]


def test_a_template_with_days_and_a_language_round_trips(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    _people(qtbot, window)
    window.show()
    planner = _loop(qtbot, window)
    _day_of(planner, 3, 3)
    _day_of(planner, 2, 2)
    planner.options.days_apart.setValue(5)
    planner.candidate.language_combo.setCurrentIndex(
        planner.candidate.language_combo.findData("en"))
    before = planner.plan_document()
    question = planner.save_template()
    assert isinstance(question, QInputDialog)
    with qtbot.waitSignal(planner.templatesLoaded, timeout=20_000,
                          check_params_cb=lambda names: names == ("pacific loop",)):
        question.setTextValue("pacific loop")
        question.accept()
    planner.sessions.set_sessions([])
    planner.options.load_json({})
    planner.candidate.language_combo.setCurrentIndex(0)
    assert planner.options.days_apart.value() == 3
    planner.template_combo.setCurrentText("pacific loop")
    planner.load_template()
    qtbot.waitUntil(lambda: len(planner.sessions.sessions) == 4, timeout=20_000)
    after = planner.plan_document()
    assert after == before
    assert [s["day"] for s in after["sessions"][2:]] == [2, 3]
    assert after["max_days_between"] == 5 and after["candidate"]["language"] == "en"
    assert planner.options.days_apart.isEnabled()
    # Saved again unchanged, the stored object is the same (nothing dropped).
    question = planner.save_template()
    assert isinstance(question, QInputDialog)
    question.setTextValue("pacific loop")
    question.accept()
    qtbot.waitUntil(lambda: "Saved" in planner.proposals.status.text(), timeout=20_000)
    planner.sessions.set_sessions([])
    planner.load_template()
    qtbot.waitUntil(lambda: len(planner.sessions.sessions) == 4, timeout=20_000)
    assert planner.plan_document() == before


def _accept_split(qtbot: QtBot, planner: PlannerPanel) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(planner.last_question, QMessageBox)
                    and planner.last_question.isVisible(), timeout=20_000)
    box = planner.last_question
    assert isinstance(box, QMessageBox)
    return box


def test_the_split_of_a_tokyo_and_los_angeles_panel_applies_days_and_finds_times(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    _people(qtbot, window)
    window.show()
    planner = _loop(qtbot, window)
    planner.builder.setCurrentIndex(1)
    assert planner.sessions.split_button.isEnabled()
    qtbot.mouseClick(planner.sessions.split_button, Qt.MouseButton.LeftButton)
    box = _accept_split(qtbot, planner)
    assert box.objectName() == "SplitQuestion"
    text = box.text()
    assert "2 hr" in text and "3 hr, 30 min" in text
    assert "Day 1: Coding, Design" in text and "Day 2: System design, Hiring manager" in text
    apply = box.findChild(QWidget, "splitApply")
    assert apply is not None
    with qtbot.waitSignal(planner.proposalsShown, timeout=20_000) as shown:
        qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert [s.day for s in planner.sessions.sessions] == [1, 1, 2, 2]
    assert shown.args[0] > 0
    days = _local_dates(planner)
    assert days[0] == days[1] < days[2] == days[3]


def test_finding_nothing_offers_the_split_in_the_diagnosis(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    _people(qtbot, window)
    window.show()
    planner = _loop(qtbot, window)
    assert find(qtbot, planner) == 0
    offered = planner.proposals.diagnosis.split_button
    qtbot.waitUntil(offered.isVisible, timeout=20_000)
    assert offered.text() == "Split over days…"
    qtbot.mouseClick(offered, Qt.MouseButton.LeftButton)
    box = _accept_split(qtbot, planner)
    assert "Day 2: System design, Hiring manager" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert [s.day for s in planner.sessions.sessions] == [1] * 4  # cancelled: still one day


def test_a_panel_that_fits_needs_no_split(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    _people(qtbot, window)
    window.show()
    planner = _loop(qtbot, window)
    planner.sessions.select_row(3)
    planner.sessions.remove_session()
    planner.sessions.remove_session()  # 45 + 10 + 45 minutes fit in the 2 shared hours
    planner.propose_split()
    box = _accept_split(qtbot, planner)
    assert box.objectName() == "SplitAnswer"
    assert "No split is needed" in box.text()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_day_controls_are_named_and_translated(
        qtbot: QtBot, make_window: Callable[..., MainWindow], language: str) -> None:
    i18n.install(language)
    window = make_window()
    _people(qtbot, window)
    window.show()
    planner = _loop(qtbot, window)
    _day_of(planner, 3, 2)
    _day_of(planner, 2, 2)
    for page in range(3):
        planner.builder.setCurrentIndex(page)
        assert nameless(planner) == []
    chain = planner.tab_chain()
    for widget in (planner.sessions.split_button, planner.sessions.day_spin,
                   planner.options.days_apart, planner.candidate.language_combo):
        assert widget in chain
    if language == "ja":
        texts = [planner.sessions.split_button.text(), planner.options.labels["days_apart"].text(),
                 planner.candidate.language_label.text(), planner.sessions.labels[6].text(),
                 planner.sessions.model.index(2, Column.DAY).data()]
        assert all(not t.isascii() for t in texts), texts


SIZES = ((1280, 800), (1024, 700))


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_plan_tab_with_day_groups_renders(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path,
        language: str) -> None:
    i18n.install(language)
    window = make_window()
    _people(qtbot, window)
    window.show()
    qtbot.waitExposed(window)
    planner = _loop(qtbot, window)
    _day_of(planner, 3, 2)
    _day_of(planner, 2, 2)
    assert find(qtbot, planner) > 0
    for width, height in SIZES:
        window.resize(width, height)
        planner.builder.setCurrentIndex(1)
        planner.sessions.select_row(2)
        qtbot.wait(50)
        image = window.grab()
        for target in _targets(tmp_path, f"plan_days_{language}_{width}x{height}.png"):
            assert image.save(str(target))
        sessions = planner.sessions
        area = planner.builder.currentWidget()
        assert isinstance(area, QScrollArea)
        for widget in (sessions.split_button, sessions.day_spin, sessions.labels[6]):
            area.ensureWidgetVisible(widget)
            assert widget.visibleRegion().boundingRect().size() == widget.size(), widget
        planner.builder.setCurrentIndex(2)
        qtbot.wait(50)
        for target in _targets(tmp_path, f"plan_days_options_{language}_{width}x{height}.png"):
            assert window.grab().save(str(target))
