"""The Bookings tab: listed and filtered, details with history, cancel with confirmation, undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from interviewplanner.core.booking import BookingStatus
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.models.booking_model import Column
from interviewplanner.gui.presenters.booking_rows import Scope
from interviewplanner.gui.presenters.week_layout import Kind
from interviewplanner.services import bookings as booking_service
from interviewplanner.storage.db import open_store

from .bookings_support import HANAKO, KEN, Booked, booked_at_now, started_window


@pytest.fixture
def booked(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Booked:
    """The three test bookings (see :mod:`.bookings_support`)."""
    return booked_at_now(db_url, monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[..., MainWindow], booked: Booked) -> MainWindow:
    """A started window on the Bookings tab."""
    return started_window(qtbot, make_window)


def _candidates(window: MainWindow) -> list[str]:
    return [row.candidate.name for row in window.bookings.visible_rows()]


def _select(qtbot: QtBot, window: MainWindow, booking_id: str) -> None:
    panel = window.bookings
    with qtbot.waitSignal(panel.detailsShown, timeout=20_000,
                          check_params_cb=lambda shown: shown == booking_id):
        assert panel.select_booking(booking_id)


def _button(box: QMessageBox, name: str) -> QAbstractButton:
    (found,) = [b for b in box.buttons() if b.objectName() == name]
    return found


def _booked_blocks(window: MainWindow, email: str) -> int:
    layout = window.week.week_view.layout_data
    assert layout is not None
    (row,) = [r for r in layout.rows if r.person.email == email]
    return sum(1 for block in row.blocks if block.kind is Kind.BOOKED)


def _status(db_url: str, booking_id: str) -> tuple[BookingStatus, int]:
    with open_store(db_url) as store:
        booking = booking_service.get_booking(store, booking_id)
    return booking.status, booking.sequence


def test_upcoming_and_past_bookings_are_listed(window: MainWindow) -> None:
    panel = window.bookings
    assert len(panel.bookings) == 3
    assert _candidates(window) == ["Jane Doe", "山田 太郎"]
    panel.scope_combo.setCurrentIndex(panel.scope_combo.findData(Scope.PAST))
    assert _candidates(window) == ["Old Candidate"]
    panel.scope_combo.setCurrentIndex(panel.scope_combo.findData(Scope.ALL))
    assert _candidates(window) == ["Old Candidate", "Jane Doe", "山田 太郎"]
    when = panel.model.index(1, Column.WHEN).data()
    assert when == "Thu, Nov 26, 2026, 10:00–11:00"  # Tokyo, the display zone
    assert panel.model.headerData(Column.WHEN, Qt.Orientation.Horizontal) == "When (Tokyo)"


def test_filter_by_search_text_and_by_interviewer(window: MainWindow) -> None:
    panel = window.bookings
    panel.search_edit.setText("jane")
    assert _candidates(window) == ["Jane Doe"]
    panel.search_edit.setText("design")
    assert _candidates(window) == ["山田 太郎"]
    panel.search_edit.clear()
    people = [panel.person_combo.itemData(i) for i in range(panel.person_combo.count())]
    assert people == ["", HANAKO, KEN]
    panel.person_combo.setCurrentIndex(panel.person_combo.findData(HANAKO))
    assert _candidates(window) == ["山田 太郎"]
    assert panel.count_label.text() == "1 booking shown"


def test_details_show_sessions_people_and_history(qtbot: QtBot, window: MainWindow,
                                                  booked: Booked) -> None:
    _select(qtbot, window, booked.taro.id)
    text = window.bookings.details.toPlainText()
    assert "山田 太郎" in text and "System design" in text and "Hiring manager" in text
    assert "Hanako Sato" in text and "Booked" in text
    assert "Candidate's time" in text


def test_cancel_asks_naming_candidate_and_time_then_views_follow(
        qtbot: QtBot, window: MainWindow, booked: Booked, db_url: str) -> None:
    panel = window.bookings
    ken_row = window.roster.model.row_of(KEN)
    assert window.roster.model.index(ken_row, 6).data() == "1"
    assert _booked_blocks(window, KEN) == 1
    _select(qtbot, window, booked.jane.id)
    box = panel.cancel_selected()
    assert box is not None and box.defaultButton() is _button(box, "keepBooking")
    assert box.text() == "Cancel Jane Doe's panel on Thu, Nov 26, 2026, 10:00–11:00 (Tokyo)?"
    with qtbot.waitSignal(window.rosterLoaded, timeout=20_000), \
            qtbot.waitSignal(window.weekShown, timeout=20_000), \
            qtbot.waitSignal(panel.bookingsLoaded, timeout=20_000):
        _button(box, "confirmCancel").click()
    assert _status(db_url, booked.jane.id) == (BookingStatus.CANCELLED, 1)
    assert window.roster.model.index(ken_row, 6).data() == "0"
    assert _booked_blocks(window, KEN) == 0
    assert panel.model.index(0, Column.STATUS).data() == "Cancelled"
    assert window.acts["actUndo"].text() == "&Undo cancel of Jane Doe's panel"
    assert window.acts["actUndo"].isEnabled() and not window.acts["actRedo"].isEnabled()
    assert not window.acts["actCancelBooking"].isEnabled()  # already cancelled


def test_keep_booking_changes_nothing(qtbot: QtBot, window: MainWindow, booked: Booked,
                                      db_url: str) -> None:
    _select(qtbot, window, booked.jane.id)
    box = window.bookings.cancel_selected()
    assert box is not None
    with qtbot.assertNotEmitted(window.bookings.cancelled, wait=200):
        _button(box, "keepBooking").click()
    assert _status(db_url, booked.jane.id) == (BookingStatus.CONFIRMED, 0)
    assert not window.bookings.undo.stack.canUndo()


def _cancel(qtbot: QtBot, window: MainWindow, booking_id: str) -> None:
    _select(qtbot, window, booking_id)
    box = window.bookings.cancel_selected()
    assert box is not None
    with qtbot.waitSignal(window.bookings.bookingsLoaded, timeout=20_000):
        _button(box, "confirmCancel").click()


def test_undo_restores_the_booking_as_a_new_revision_and_redo_cancels_again(
        qtbot: QtBot, window: MainWindow, booked: Booked, db_url: str) -> None:
    panel = window.bookings
    _cancel(qtbot, window, booked.jane.id)
    qtbot.waitUntil(lambda: _booked_blocks(window, KEN) == 0, timeout=20_000)
    with qtbot.waitSignal(panel.undo.restored, timeout=20_000):
        window.acts["actUndo"].trigger()
    assert _status(db_url, booked.jane.id) == (BookingStatus.CONFIRMED, 2)  # SEQUENCE + 1
    qtbot.waitUntil(lambda: _booked_blocks(window, KEN) == 1, timeout=20_000)
    assert window.acts["actRedo"].text() == "&Redo cancel of Jane Doe's panel"
    assert "version 2" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "Restored (undo)" in panel.details.toPlainText(), timeout=20_000)
    with qtbot.waitSignal(panel.undo.restored, timeout=20_000):
        window.acts["actRedo"].trigger()
    assert _status(db_url, booked.jane.id) == (BookingStatus.CANCELLED, 3)
    assert window.acts["actUndo"].text() == "&Undo cancel of Jane Doe's panel"


def test_undo_is_refused_when_the_booking_changed_meanwhile(
        qtbot: QtBot, window: MainWindow, booked: Booked, db_url: str) -> None:
    _cancel(qtbot, window, booked.jane.id)
    with open_store(db_url) as store:  # another window brings it back meanwhile
        from interviewplanner.services import restore

        restore.undo_last(store, booked.jane.id)
    with qtbot.waitSignal(window.bookings.undo.refused, timeout=20_000):
        window.bookings.undo.undo()
    error = window.bookings.undo.last_error
    assert error is not None and error.windowTitle() == "Cannot undo"
    assert "changed meanwhile" in error.text()
    assert _status(db_url, booked.jane.id) == (BookingStatus.CONFIRMED, 2)
    assert not window.acts["actUndo"].isEnabled()
    error.close()


def test_reschedule_asks_the_planner(qtbot: QtBot, window: MainWindow, booked: Booked) -> None:
    _select(qtbot, window, booked.taro.id)
    with qtbot.waitSignal(window.bookings.rescheduleRequested, timeout=2000) as asked:
        window.bookings.reschedule_button.click()
    assert asked.args == [booked.taro.id]


def test_the_model_passes_qtmodeltester(qtmodeltester: object, window: MainWindow) -> None:
    window.bookings.scope_combo.setCurrentIndex(
        window.bookings.scope_combo.findData(Scope.ALL))
    qtmodeltester.check(window.bookings.model)  # type: ignore[attr-defined]
