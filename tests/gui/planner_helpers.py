"""Helpers of the planner tests: fill the Plan tab through its widgets, wait for answers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.panels.planner import PlannerPanel
from interviewplanner.gui.panels.planner.sessions_editor import EmailRole

THIS_THURSDAY = date(2026, 11, 26)  # the conftest clock: Wednesday 2026-11-25 12:00 in Tokyo


def check_person(planner: PlannerPanel, email: str) -> None:
    """Tick ``email`` among the current session's named interviewers."""
    people = planner.sessions.people_list
    for row in range(people.count()):
        item = people.item(row)
        if item.data(EmailRole) == email:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{email} is not in the list")


def fill_plan(qtbot: QtBot, window: MainWindow, *, interviewer: str = "hanako@example.com",
              minutes: int = 60, first: date = THIS_THURSDAY, last: date = THIS_THURSDAY) -> None:
    """Jane Doe (Tokyo), one session "Coding" with ``interviewer``, searched ``first``-``last``."""
    planner = window.planner
    window.tabs.setCurrentWidget(planner)
    qtbot.keyClicks(planner.candidate.name_edit, "Jane Doe")
    planner.candidate.zone_picker.set_zone("Asia/Tokyo")
    qtbot.mouseClick(planner.sessions.add_button, Qt.MouseButton.LeftButton)
    planner.sessions.title_edit.clear()
    qtbot.keyClicks(planner.sessions.title_edit, "Coding")
    planner.sessions.minutes_spin.setValue(minutes)
    check_person(planner, interviewer)
    planner.proposals.set_dates(first, last)


def find(qtbot: QtBot, planner: PlannerPanel) -> int:
    """Press Find times; the number of proposals shown."""
    with qtbot.waitSignal(planner.proposalsShown, timeout=20_000) as shown:
        qtbot.mouseClick(planner.proposals.find_button, Qt.MouseButton.LeftButton)
    return int(shown.args[0])  # type: ignore[index]
