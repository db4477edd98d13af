"""Interviewers → Remove interviewer… (Delete on the roster): confirmation naming the person,
refused with the upcoming bookings that stop it, done once they are cancelled."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.presenters.booking_rows import Scope
from interviewplanner.services import bookings as booking_service
from interviewplanner.storage.db import open_store

from .a11y import nameless
from .bookings_support import HANAKO, KEN, Booked, booked_at_now, started_window


@pytest.fixture
def booked(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Booked:
    """The three test bookings (see :mod:`.bookings_support`)."""
    return booked_at_now(db_url, monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[..., MainWindow], booked: Booked) -> MainWindow:
    """A started window showing the roster."""
    made = started_window(qtbot, make_window)
    made.tabs.setCurrentWidget(made.roster)
    return made


def _button(box: QMessageBox, name: str) -> QAbstractButton:
    (found,) = [b for b in box.buttons() if b.objectName() == name]
    return found


def _ask(window: MainWindow, email: str) -> QMessageBox:
    window.roster.select_emails([email])
    box = window.remove_interviewer()
    assert box is not None
    return box


def test_delete_on_the_roster_asks_naming_the_person(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.roster.select_emails([KEN])
    window.roster.table.setFocus()
    QTest.keyClick(window.roster.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=5000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == "RemoveInterviewerDialog"
    assert box.text() == f"Remove Ken Tanaka ({KEN}) from the roster?"
    assert box.defaultButton() is _button(box, "keepInterviewer")
    assert nameless(box) == []
    box.close()


def test_removal_is_refused_while_interviews_are_booked(qtbot: QtBot, window: MainWindow) -> None:
    box = _ask(window, HANAKO)
    with qtbot.waitSignal(window.runner.failed, timeout=20_000):
        _button(box, "confirmRemove").click()
    error = window.last_error
    assert error is not None and error.windowTitle() == "Cannot remove the interviewer"
    assert "Hanako Sato cannot be removed" in error.text()
    assert "山田 太郎" in error.text() and "Old Candidate" not in error.text()  # past: no bar
    assert "Cancel those bookings" in error.informativeText()
    assert window.roster.person(HANAKO) is not None
    error.close()


def test_removal_goes_through_once_the_booking_is_cancelled(
        qtbot: QtBot, window: MainWindow, booked: Booked, db_url: str) -> None:
    with open_store(db_url) as store:
        booking_service.cancel(store, booked.taro.id)
    box = _ask(window, HANAKO)
    with qtbot.waitSignal(window.rosterLoaded, timeout=20_000):
        _button(box, "confirmRemove").click()
    assert window.roster.person(HANAKO) is None
    assert window.statusBar().currentMessage() == "Removed Hanako Sato."
    panel = window.bookings
    panel.scope_combo.setCurrentIndex(panel.scope_combo.findData(Scope.PAST))
    (old,) = panel.visible_rows()
    assert [p.name for p in old.interviewers] == ["Hanako Sato"]  # history keeps the name
