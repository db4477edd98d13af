"""The Plan tab end to end: build a plan through the widgets, find times, preview, book."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interviewplanner.core.plan import plan_to_json
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.models.proposal_model import Column as ProposalColumn
from interviewplanner.gui.models.roster_model import Column

from .conftest import add_people, person
from .planner_helpers import fill_plan, find


def _this_week(window: MainWindow, email: str = "hanako@example.com") -> str:
    model = window.roster.model
    return str(model.index(model.row_of(email), Column.THIS_WEEK).data())


def test_build_find_preview_and_book(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person(), person("Ken Kim", "ken@example.com",
                                                "America/Los_Angeles", "US")])
    window.show()
    planner = window.planner
    fill_plan(qtbot, window)
    plan = planner.build_plan()
    assert plan is not None
    assert plan_to_json(plan)["sessions"] == [
        {"title": "Coding", "minutes": 60, "interviewers": ["hanako@example.com"]}]
    count = find(qtbot, planner)
    assert count >= 1
    model = planner.proposals.model
    assert model.rowCount() == count
    first = model.index(0, ProposalColumn.PEOPLE).data()
    assert "Jane Doe (candidate)" in first and "Hanako Sato" in first
    assert "Thu" in first  # the candidate's and the interviewer's weekday
    # the first proposal is selected and previewed on the week view, with its people only
    planner.proposals.select_row(min(1, count - 1))
    facts = planner.proposals.selected()
    assert facts is not None
    view = window.week.week_view

    def previewed() -> bool:
        overlay, layout = view.overlay(), view.layout_data
        return (list(overlay) == ["hanako@example.com"]
                and overlay["hanako@example.com"][0].start == facts.start
                and layout is not None
                and [r.person.email for r in layout.rows] == ["hanako@example.com"]
                and bool(view.overlay_rows()))  # drawn: the week shown holds it

    qtbot.waitUntil(previewed, timeout=20_000)
    assert _this_week(window) == "0"
    dialog = planner.book_selected()
    assert dialog is not None
    rows = dialog.rows()
    assert rows[0][0] == "Jane Doe (candidate)" and rows[1][0] == "Hanako Sato"
    assert "Thu" in rows[0][1]
    with qtbot.waitSignal(planner.booked, timeout=20_000) as booked, \
            qtbot.waitSignal(window.rosterLoaded, timeout=20_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter books
    booking = booked.args[0]  # type: ignore[index]
    assert booking.sessions[0].start == facts.start
    assert _this_week(window) == "1"  # the roster refreshed itself
    assert window.bookings.undo.can_undo()
    assert planner.proposals.model.rowCount() == 0
    assert "Booked" in planner.proposals.status.text()


def test_a_wrong_field_is_shown_beside_it(qtbot: QtBot,
                                          make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    planner = window.planner
    window.tabs.setCurrentWidget(planner)
    assert planner.find_times() is False  # no zone
    assert planner.builder.currentIndex() == 0
    assert planner.candidate.errors["zone"].isVisible()
    assert "time zone" in planner.candidate.errors["zone"].text()
    planner.candidate.zone_picker.set_zone("Asia/Tokyo")
    assert not planner.candidate.errors["zone"].isVisible()
    assert planner.find_times() is False  # no name
    assert planner.candidate.errors["name"].isVisible()
    assert window.focusWidget() is planner.candidate.name_edit
    qtbot.keyClicks(planner.candidate.name_edit, "Jane")
    assert not planner.candidate.errors["name"].isVisible()
    assert planner.find_times() is False  # no session
    assert planner.builder.currentIndex() == 1
    assert planner.sessions.sessions_error.isVisible()
    qtbot.mouseClick(planner.sessions.add_button, Qt.MouseButton.LeftButton)
    assert planner.find_times() is False  # a session nobody interviews
    assert planner.sessions.session_error.isVisible()
    assert "Session 1 needs an interviewer" in planner.sessions.session_error.text()


def test_sessions_reorder_by_keyboard_and_buttons(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    editor = window.planner.sessions
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.tabs.setCurrentWidget(window.planner)
    window.planner.builder.setCurrentIndex(1)
    for _ in range(3):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    titles = [s.title for s in editor.sessions]
    assert titles == ["Session 1", "Session 2", "Session 3"]
    editor.select_row(2)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [s.title for s in editor.sessions] == ["Session 1", "Session 3", "Session 2"]
    assert editor.current_row() == 1
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in editor.sessions] == ["Session 3", "Session 1", "Session 2"]
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [s.title for s in editor.sessions] == ["Session 1", "Session 3", "Session 2"]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in editor.sessions] == ["Session 1", "Session 2"]
