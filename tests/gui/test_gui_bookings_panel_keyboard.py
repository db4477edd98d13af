"""The Bookings tab by keyboard alone, and what a screen reader hears (no nameless control)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from interviewplanner.core.booking import BookingStatus
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.services import bookings as booking_service
from interviewplanner.storage.db import open_store

from .a11y import nameless
from .bookings_support import Booked, booked_at_now, started_window


@pytest.fixture
def booked(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Booked:
    """The three test bookings (see :mod:`.bookings_support`)."""
    return booked_at_now(db_url, monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[..., MainWindow], booked: Booked) -> MainWindow:
    """A started, shown and active window on the Bookings tab."""
    made = started_window(qtbot, make_window)
    made.show()
    made.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is made, timeout=5000)
    return made


def _status(db_url: str, booking_id: str) -> tuple[BookingStatus, int]:
    with open_store(db_url) as store:
        booking = booking_service.get_booking(store, booking_id)
    return booking.status, booking.sequence


def _modal(qtbot: QtBot, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox) and widget.objectName() == name:
            found.append(widget)
            return True
        return False

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def _first_row(qtbot: QtBot, window: MainWindow) -> None:
    """Focus the table and walk to its first row with the arrow keys."""
    panel = window.bookings
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_Down)
    first = panel.model.booking_row(0).booking_id
    with qtbot.waitSignal(panel.detailsShown, timeout=20_000,
                          check_params_cb=lambda shown: shown == first):
        QTest.keyClick(panel.table, Qt.Key.Key_Up)


def test_cancel_and_undo_by_keyboard_alone(qtbot: QtBot, window: MainWindow, booked: Booked,
                                           db_url: str) -> None:
    panel = window.bookings
    _first_row(qtbot, window)
    assert panel.selected_id() == booked.jane.id  # the first upcoming booking
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    box = _modal(qtbot, "CancelBookingDialog")
    assert "Jane Doe" in box.text()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=5000)
    with qtbot.waitSignal(panel.cancelled, timeout=20_000):
        QTest.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Cancel booking
    assert _status(db_url, booked.jane.id) == (BookingStatus.CANCELLED, 1)
    window.activateWindow()  # the offscreen platform has no window manager to give it back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    with qtbot.waitSignal(panel.undo.restored, timeout=20_000):
        QTest.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _status(db_url, booked.jane.id) == (BookingStatus.CONFIRMED, 2)


def test_escape_keeps_the_booking(qtbot: QtBot, window: MainWindow, booked: Booked,
                                  db_url: str) -> None:
    panel = window.bookings
    _first_row(qtbot, window)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    box = _modal(qtbot, "CancelBookingDialog")
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert _status(db_url, booked.jane.id) == (BookingStatus.CONFIRMED, 0)


def test_enter_moves_to_the_details(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.bookings
    _first_row(qtbot, window)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.details.hasFocus, timeout=5000)


def test_tab_goes_through_the_panel_in_order(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.bookings
    _first_row(qtbot, window)
    panel.search_edit.setFocus()
    seen: list[QWidget | None] = [QApplication.focusWidget()]
    for _ in range(len(panel.tab_order()) - 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == panel.tab_order()


def test_mnemonics_reach_the_filters(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.bookings
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert panel.search_edit.hasFocus()
    QTest.keyClick(panel.search_edit, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert panel.person_combo.hasFocus()
    QTest.keyClick(panel.person_combo, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert panel.scope_combo.hasFocus()


def test_no_nameless_control_in_the_tab_and_its_dialogs(
        qtbot: QtBot, window: MainWindow, booked: Booked, tmp_path: Path) -> None:
    panel = window.bookings
    with qtbot.waitSignal(panel.detailsShown, timeout=20_000):
        panel.select_booking(booked.taro.id)
    assert nameless(window) == []
    box = panel.cancel_selected()
    assert box is not None
    assert nameless(box) == []
    box.close()
    dialog = panel.export_selected()
    assert dialog is not None
    assert nameless(dialog) == []
    dialog.folder_edit.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert nameless(dialog) == []
    dialog.close()


def test_export_and_reschedule_by_keyboard_alone(qtbot: QtBot, window: MainWindow,
                                                 booked: Booked, tmp_path: Path) -> None:
    from interviewplanner.gui.dialogs.export_dialog import RESULT_PAGE, ExportDialog

    panel = window.bookings
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    _first_row(qtbot, window)
    chosen = panel.selected_id()
    QTest.keyClick(panel.table, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # E&xport…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ExportDialog),
                    timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ExportDialog)
    dialog.activateWindow()  # offscreen Qt does not activate a new window by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.folder_edit
    QTest.keyClick(dialog.folder_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.folder_edit, str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        QTest.keyClick(dialog.folder_edit, Qt.Key.Key_Return)  # Export is the default
    assert dialog.pages.currentIndex() == RESULT_PAGE
    assert sorted((tmp_path / "out" / "invites").glob("*.ics"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    panel.table.setFocus()
    with qtbot.waitSignal(window.planner.proposalsShown, timeout=20_000):
        QTest.keyClick(panel.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Reschedule
    assert window.tabs.currentWidget() is window.planner
    assert window.planner.moving is not None and window.planner.moving.id == chosen
