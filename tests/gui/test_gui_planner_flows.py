"""The planner when things go wrong or change: no time fits, a time taken meanwhile, moving a
booking, templates, pasted availability, languages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer, PolicyOverrides, TimeRange
from interviewplanner.core.plan import Proposal
from interviewplanner.gui import i18n
from interviewplanner.gui.backend import Report
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.presenters.next_steps import Step
from interviewplanner.storage.db import Store

from .conftest import add_people, person
from .planner_helpers import THIS_THURSDAY, fill_plan, find

FRIDAY = date(2026, 11, 27)


def part_timer() -> Interviewer:
    """Hanako, working Monday to Wednesday only."""
    return replace(person(), overrides=PolicyOverrides(window=TimeRange.parse("10:00-19:00"),
                                                       working_days=frozenset({0, 1, 2})))


def _run(qtbot: QtBot, window: MainWindow, task: Callable[[Store, Report], object]) -> object:
    """Run ``task`` on the worker without announcing anything (another window's write)."""
    job = window.backend.submit("elsewhere", task)
    results: list[object] = []
    job.succeeded.connect(results.append)
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    return results[0] if results else None


def test_nothing_fits_says_why_and_one_more_week_finds_times(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [part_timer()])
    window.show()
    planner = window.planner
    fill_plan(qtbot, window, first=THIS_THURSDAY, last=FRIDAY)
    assert find(qtbot, planner) == 0
    box = planner.proposals.diagnosis
    assert box.isVisible()
    assert "Hanako Sato does not work on" in box.text.text()
    assert [s.step for s in box.steps][:2] == [Step.WIDEN, Step.EDIT_PERSON]
    assert box.buttons[0].text() == "Search one more week"
    with qtbot.waitSignal(planner.proposalsShown, timeout=20_000) as shown:
        qtbot.mouseClick(box.buttons[0], Qt.MouseButton.LeftButton)
    assert shown.args[0] > 0  # type: ignore[index]
    assert planner.proposals.dates() == (THIS_THURSDAY, date(2026, 12, 4))
    assert planner.proposals.table.isVisible()


def test_the_next_step_lets_a_core_only_interviewer_take_flex_time(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    strict = replace(person(), overrides=PolicyOverrides(window=TimeRange.parse("10:00-19:00"),
                                                         core_only=True))
    add_people(qtbot, window, [strict])
    window.show()
    planner = window.planner
    fill_plan(qtbot, window)
    planner.candidate.day_edit.setDate(THIS_THURSDAY)
    planner.candidate.from_edit.setTime(planner.candidate.from_edit.time().fromString("10:00"))
    planner.candidate.to_edit.setTime(planner.candidate.to_edit.time().fromString("11:00"))
    qtbot.mouseClick(planner.candidate.add_button, Qt.MouseButton.LeftButton)
    assert find(qtbot, planner) == 0
    box = planner.proposals.diagnosis
    assert "interviews only in core hours" in box.text.text()
    (flex,) = [b for b, s in zip(box.buttons, box.steps, strict=True) if s.step is Step.ALLOW_FLEX]
    assert flex.text() == "Let Hanako Sato interview outside core hours"
    with qtbot.waitSignal(planner.proposalsShown, timeout=20_000) as shown:
        qtbot.mouseClick(flex, Qt.MouseButton.LeftButton)
    assert shown.args[0] == 1  # type: ignore[index]
    facts = planner.proposals.selected()
    assert facts is not None and [seat.name for seat in facts.flex] == ["Hanako Sato"]
    why = planner.proposals.model.row(0).why
    assert why.startswith("Hanako Sato outside core hours (10:00")
    assert window.roster.person("hanako@example.com").overrides.core_only is False  # type: ignore[union-attr]


def test_edit_person_step_opens_the_interviewers_dialog(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [part_timer()])
    window.show()
    planner = window.planner
    fill_plan(qtbot, window, first=THIS_THURSDAY, last=FRIDAY)
    find(qtbot, planner)
    box = planner.proposals.diagnosis
    (edit,) = [b for b, s in zip(box.buttons, box.steps, strict=True) if s.step is Step.EDIT_PERSON]
    assert edit.text() == "Edit Hanako Sato…"
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    dialog = window._dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def _book_elsewhere(proposal: Proposal) -> Callable[[Store, Report], object]:
    def task(store: Store, report: Report) -> object:
        from interviewplanner.core.plan import plan_to_json
        from interviewplanner.services import bookings
        from interviewplanner.services.planning import parse_plan

        plan = parse_plan({
            "candidate": {"name": "Other", "timezone": "Asia/Tokyo"},
            "sessions": [{"title": "Other", "minutes": 60,
                          "interviewers": ["hanako@example.com"]}]})
        window = Interval(proposal.sessions[0].start, proposal.sessions[0].end)
        return bookings.book_proposal(store, plan, plan_to_json(plan), window, proposal)

    return task


def test_a_time_taken_meanwhile_is_worded_and_the_list_refreshes(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    planner = window.planner
    fill_plan(qtbot, window)
    find(qtbot, planner)
    facts = planner.proposals.selected()
    assert facts is not None
    _run(qtbot, window, _book_elsewhere(facts.proposal))
    dialog = planner.book_selected()
    assert dialog is not None
    with qtbot.waitSignal(planner.proposalsShown, timeout=20_000):
        dialog.accept()
    box = planner.last_question
    assert isinstance(box, QMessageBox)
    assert "no longer free" in box.text()
    assert "Hanako Sato is busy at those times." in box.text()
    starts = [planner.proposals.model.facts(r).start
              for r in range(planner.proposals.model.rowCount())]
    assert facts.start not in starts
    assert "taken meanwhile" in planner.proposals.status.text()
    box.close()


def test_a_time_taken_meanwhile_in_japanese(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    i18n.install("ja")
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    planner = window.planner
    fill_plan(qtbot, window)
    find(qtbot, planner)
    facts = planner.proposals.selected()
    assert facts is not None
    _run(qtbot, window, _book_elsewhere(facts.proposal))
    dialog = planner.book_selected()
    assert dialog is not None
    assert dialog.book_button.text().startswith("予約")
    with qtbot.waitSignal(planner.proposalsShown, timeout=20_000):
        dialog.accept()
    box = planner.last_question
    assert isinstance(box, QMessageBox)
    assert "Hanako Sato" in box.text()
    assert all(ord(c) < 128 for c in box.text()) is False  # Japanese sentences
    assert "busy" not in box.text()
    box.close()


def test_moving_a_booking_keeps_its_uids(qtbot: QtBot,
                                         make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    planner = window.planner
    fill_plan(qtbot, window, last=date(2026, 11, 27))
    find(qtbot, planner)
    dialog = planner.book_selected()
    assert dialog is not None
    with qtbot.waitSignal(planner.booked, timeout=20_000) as booked:
        dialog.accept()
    booking = booked.args[0]  # type: ignore[index]
    with qtbot.waitSignal(planner.proposalsShown, timeout=20_000):
        window.reschedule_booking(booking.id)
    assert planner.moving is not None and planner.move_banner.isVisible()
    assert planner.proposals.book_button.text() == "&Move here…"
    assert not planner.sessions.isEnabled()
    model = planner.proposals.model
    starts = [model.facts(r).start for r in range(model.rowCount())]
    assert booking.sessions[0].start in starts  # its own time is free to move to
    other = next(r for r, s in enumerate(starts) if s != booking.sessions[0].start)
    planner.proposals.select_row(other)
    dialog = planner.book_selected()
    assert dialog is not None and dialog.book_button.text() == "&Move here"
    with qtbot.waitSignal(planner.rescheduled, timeout=20_000) as moved:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    before, after = moved.args  # type: ignore[misc]
    assert after.id == booking.id and after.sequence == before.sequence + 1
    assert [s.uid for s in after.sessions] == [s.uid for s in booking.sessions]
    assert after.sessions[0].start == starts[other]
    assert planner.moving is None and not planner.move_banner.isVisible()
    assert window.bookings.undo.can_undo()


def test_templates_save_load_and_delete(qtbot: QtBot,
                                        make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    planner = window.planner
    fill_plan(qtbot, window)
    question = planner.save_template()
    assert isinstance(question, QInputDialog)
    with qtbot.waitSignal(planner.templatesLoaded, timeout=20_000,
                          check_params_cb=lambda names: names == ("backend panel",)):
        question.setTextValue("backend panel")
        question.accept()
    planner.candidate.name_edit.clear()
    planner.sessions.set_sessions([])
    planner.template_combo.setCurrentText("backend panel")
    planner.load_template()
    qtbot.waitUntil(lambda: planner.candidate.name_edit.text() == "Jane Doe", timeout=20_000)
    assert [s.title for s in planner.sessions.sessions] == ["Coding"]
    box = planner.delete_template()
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(planner.templatesLoaded, timeout=20_000,
                          check_params_cb=lambda names: names == ()):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert planner.template_combo.count() == 0


def test_pasted_availability_lists_what_it_did_not_understand(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    planner = window.planner
    window.tabs.setCurrentWidget(planner)
    form = planner.candidate
    form.zone_picker.set_zone("America/Los_Angeles")
    planner.proposals.set_dates(date(2026, 11, 30), date(2026, 12, 4))
    form.paste_edit.setText("Tue 9–12, Wed after 14:00, blah")  # pasted
    qtbot.keyClick(form.paste_edit, Qt.Key.Key_Return)
    assert form.ranges_list.count() == 2
    assert "Tue" in form.ranges_list.item(0).text()
    assert form.paste_problems.isVisible()
    assert "blah" in form.paste_problems.text()
    availability = form.to_json()["availability"]
    assert availability[0] == {"start": "2026-12-01T17:00:00Z", "end": "2026-12-01T20:00:00Z"}
    assert datetime(2026, 12, 2, 22, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ") == \
        availability[1]["start"]


def test_ctrl_return_finds_times_from_anywhere(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    fill_plan(qtbot, window)
    window.tabs.setCurrentWidget(window.roster)
    window.roster.table.setFocus()
    with qtbot.waitSignal(window.planner.proposalsShown, timeout=20_000):
        qtbot.keyClick(window.roster.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.planner
