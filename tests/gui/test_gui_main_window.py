"""The main window: first-run screen, adding people, import via the menu, about, errors."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from interviewplanner.gui import errors
from interviewplanner.gui.main_window import FIRST_RUN_PAGE, MAIN_PAGE, MainWindow

from .conftest import NOW, add_people, person
from .ics_samples import write_ics


def test_an_empty_store_shows_the_first_run_screen(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    assert window.stack.currentIndex() == FIRST_RUN_PAGE
    assert window.first_run.add_button.text() == "Add interviewer…"
    dialog = None
    window.first_run.add_button.click()
    dialog = window._dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name_edit.setText("Ken Tanaka")
    dialog.email_edit.setText("ken@example.com")
    dialog.zone_picker.set_zone("America/Los_Angeles")
    dialog.country_picker.set_code("US")
    with qtbot.waitSignal(window.rosterLoaded, timeout=20_000) as loaded:
        dialog.ok_button.click()
    assert loaded.args == [1]
    assert window.stack.currentIndex() == MAIN_PAGE
    assert window.roster.selected_emails() == ["ken@example.com"]
    assert window.count_label.text() == "1 interviewer"


def test_a_refused_save_keeps_the_dialog_open_with_the_reason(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    dialog = window.add_interviewer()
    dialog._taken = {}  # pretend the form did not know: the store itself must refuse
    dialog.name_edit.setText("Someone")
    dialog.email_edit.setText("hanako@example.com")
    dialog.zone_picker.set_zone("Asia/Tokyo")
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.form_error.isVisible, timeout=20_000)
    assert "hanako@example.com already belongs to Hanako Sato" in dialog.form_error.text()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    dialog.reject()


def test_import_through_the_menu_dialog(qtbot: QtBot, make_window: Callable[..., MainWindow],
                                        tmp_path: Path) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.roster.select_emails(["hanako@example.com"])
    dialog = window.import_calendar()
    assert dialog is not None
    assert dialog.person_combo.currentData() == "hanako@example.com"
    dialog.add_paths([write_ics(tmp_path / "cal.ics")])
    with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
        dialog.accept()
    assert blocker.args[0][0].report.busy_intervals == 1


def test_week_navigation_and_display_zone(qtbot: QtBot,
                                          make_window: Callable[..., MainWindow],
                                          settings: QSettings) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    assert window.week.monday == date(2026, 11, 23)
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.acts["actNextWeek"].trigger()
    assert window.week.monday == date(2026, 11, 30)
    from interviewplanner.gui.formatting import format_week_title

    title = format_week_title(date(2026, 11, 30), date(2026, 12, 6))
    assert "30" in title and "2026" in title  # the UI language's own order (en_US: Nov 30)
    assert window.week.week_label.text().startswith(title)
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.week.set_display_zone("America/New_York")
    layout = window.week.week_view.layout_data
    assert layout is not None and layout.zone == "America/New_York"
    assert settings.value("view/displayZone") == "America/New_York"
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.acts["actThisWeek"].trigger()
    assert window.week.monday == date(2026, 11, 23)


def test_about_names_the_versions(make_window: Callable[..., MainWindow]) -> None:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    from interviewplanner import __version__

    window = make_window(start=False)
    text = window.about_text()
    assert __version__ in text and qVersion() in text and pyside in text and "Python" in text
    box = window.about()
    assert box.isVisible()
    box.close()


def test_window_state_is_remembered(qtbot: QtBot, make_window: Callable[..., MainWindow],
                                    settings: QSettings) -> None:
    window = make_window(start=False)
    window.splitter.setSizes([300, 500])
    sizes = window.splitter.sizes()
    window.close()
    assert settings.value("window/geometry") == window.saveGeometry()
    again = MainWindow(window.backend, settings, now=lambda: NOW)
    qtbot.addWidget(again)
    assert again.splitter.sizes() == sizes


def test_uncaught_exceptions_become_a_dialog_and_a_log_line(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    window = make_window(start=False)
    window.show()
    errors.set_log_file(tmp_path / "interviewplanner.log")
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR):
            errors.excepthook(type(exc), exc, exc.__traceback__)
    boxes = [w for w in window.findChildren(QMessageBox) if w.objectName() == "ErrorDialog"]
    assert boxes, "no error dialog"
    box = boxes[-1]
    assert "Something unexpected went wrong: ZeroDivisionError: boom" in box.text()
    assert "interviewplanner.log" in box.informativeText()
    assert "Traceback" not in box.text() + box.informativeText()
    assert "uncaught exception" in caplog.text
    box.close()
    errors.set_log_file(None)


def test_a_user_error_reads_as_advice() -> None:
    from interviewplanner.core.read_notes import ReadCode, ReadNote
    from interviewplanner.services.errors import ErrorCode, FileError

    note = ReadNote.of(ReadCode.EVENT_ENDS_BEFORE_START, 3)
    message, advice = errors.describe(FileError(ErrorCode.NO_USABLE_EVENT, "cal.ics", line=3,
                                                reason=note))
    assert message == ("cal.ics has no event that could be read (the first problem is on line 3: "
                       "The event ends before it starts).")
    assert advice.startswith("Nothing was imported and the earlier import of this file is kept.")


def test_demo_on_a_filled_store_asks_first(qtbot: QtBot,
                                           make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    assert window.load_demo() is None
    box = window.demo_question
    assert box is not None and box.isVisible()
    assert "1 interviewer" in box.text()
    with qtbot.assertNotEmitted(window.demoLoaded, wait=100):
        box.button(QMessageBox.StandardButton.No).click()
    assert window.roster.model.rowCount() == 1


def test_ctrl_q_closes_the_window(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = make_window(start=False)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.roster.table.setFocus()
    quit_keys = [k.toString() for k in window.acts["actQuit"].shortcuts()]
    assert quit_keys.count(QKeySequence("Ctrl+Q").toString()) == 1
    QTest.keyClick(window.roster.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
