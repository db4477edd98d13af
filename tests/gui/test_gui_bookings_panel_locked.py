"""A database locked by another program: cancel and undo say so in a dialog, nothing is lost,
and the same action works once the lock is gone."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from interviewplanner.core.booking import BookingStatus
from interviewplanner.gui.backend import Backend
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.services import bookings as booking_service
from interviewplanner.storage.db import open_store

from .bookings_support import Booked, booked_at_now, started_window


@pytest.fixture
def backend(db_url: str, qapp: QApplication) -> Iterator[Backend]:
    """The conftest's backend, but giving up on a lock after a fifth of a second."""
    instance = Backend(db_url, opener=lambda url: open_store(url, busy_timeout=0.2))
    yield instance
    instance.shutdown()


@pytest.fixture
def booked(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Booked:
    """The three test bookings (see :mod:`.bookings_support`)."""
    return booked_at_now(db_url, monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[..., MainWindow], booked: Booked) -> MainWindow:
    """A started window on the Bookings tab."""
    return started_window(qtbot, make_window)


def _lock(tmp_path: Path) -> sqlite3.Connection:
    """Another program's connection holding the write lock (BEGIN IMMEDIATE)."""
    other = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def _button(box: QMessageBox, name: str) -> QAbstractButton:
    (found,) = [b for b in box.buttons() if b.objectName() == name]
    return found


def _status(db_url: str, booking_id: str) -> tuple[BookingStatus, int]:
    with open_store(db_url) as store:
        booking = booking_service.get_booking(store, booking_id)
    return booking.status, booking.sequence


def _cancel(qtbot: QtBot, window: MainWindow, booking_id: str) -> QAbstractButton:
    panel = window.bookings
    if panel.selected_id() != booking_id:
        with qtbot.waitSignal(panel.detailsShown, timeout=20_000):
            panel.select_booking(booking_id)
    box = panel.cancel_selected()
    assert box is not None
    return _button(box, "confirmCancel")


def test_cancel_on_a_locked_database_says_so_and_loses_nothing(
        qtbot: QtBot, window: MainWindow, booked: Booked, db_url: str, tmp_path: Path) -> None:
    with closing(_lock(tmp_path)) as other:
        with qtbot.waitSignal(window.runner.failed, timeout=20_000):
            _cancel(qtbot, window, booked.jane.id).click()
        other.rollback()
    error = window.last_error
    assert error is not None and error.windowTitle() == "Cannot cancel the booking"
    assert error.text() == (f"The database {tmp_path / 't.db'} is busy: another window or "
                            "program has been writing to it for too long.")
    assert error.informativeText().startswith("Nothing was changed.")
    assert _status(db_url, booked.jane.id) == (BookingStatus.CONFIRMED, 0)
    assert not window.bookings.undo.stack.canUndo()
    error.close()
    with qtbot.waitSignal(window.bookings.cancelled, timeout=20_000):  # the lock is gone
        _cancel(qtbot, window, booked.jane.id).click()
    assert _status(db_url, booked.jane.id) == (BookingStatus.CANCELLED, 1)


def test_undo_on_a_locked_database_keeps_the_history_to_try_again(
        qtbot: QtBot, window: MainWindow, booked: Booked, db_url: str, tmp_path: Path) -> None:
    undo = window.bookings.undo
    with qtbot.waitSignal(window.bookings.cancelled, timeout=20_000):
        _cancel(qtbot, window, booked.jane.id).click()
    with closing(_lock(tmp_path)) as other:
        with qtbot.waitSignal(undo.refused, timeout=20_000):
            undo.undo()
        other.rollback()
    assert undo.last_error is not None and undo.last_error.windowTitle() == "Cannot undo"
    assert "is busy" in undo.last_error.text()
    undo.last_error.close()
    assert _status(db_url, booked.jane.id) == (BookingStatus.CANCELLED, 1)
    assert undo.can_undo() and window.acts["actUndo"].text() == "&Undo cancel of Jane Doe's panel"
    with qtbot.waitSignal(undo.restored, timeout=20_000):
        undo.undo()
    assert _status(db_url, booked.jane.id) == (BookingStatus.CONFIRMED, 2)
