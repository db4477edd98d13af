"""The coordinator's whole job in one window on a real SQLite file: build a plan, find times,
preview, book, export, reschedule, export again, undo, cancel, export the cancellation.

Each step goes through the widgets and the operations the window uses; the files on disk are
read back with icalendar as the export tests read them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from interviewplanner.core.booking import Booking, BookingStatus
from interviewplanner.gui.dialogs.export_dialog import RESULT_PAGE
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.services import bookings as booking_service
from interviewplanner.storage.db import open_store

from .conftest import add_people, person
from .planner_helpers import fill_plan, find


def _stored(db_url: str, booking_id: str) -> Booking:
    with open_store(db_url) as store:
        return booking_service.get_booking(store, booking_id)


def _button(box: QMessageBox, name: str) -> QAbstractButton:
    (found,) = [b for b in box.buttons() if b.objectName() == name]
    return found


def _select(qtbot: QtBot, window: MainWindow, booking_id: str) -> None:
    """Select ``booking_id`` on the Bookings tab once its list has it (it reloads itself)."""
    panel = window.bookings
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: any(b.booking_id == booking_id for b in panel.bookings), timeout=20_000)
    with qtbot.waitSignal(panel.detailsShown, timeout=20_000,
                          check_params_cb=lambda shown: shown == booking_id):
        assert panel.select_booking(booking_id)


def _export(qtbot: QtBot, window: MainWindow, booking_id: str, folder: Path) -> list[Path]:
    """Export ``booking_id`` through the Bookings tab; the .ics files written."""
    panel = window.bookings
    window.tabs.setCurrentWidget(panel)
    _select(qtbot, window, booking_id)
    dialog = panel.export_selected()
    assert dialog is not None
    dialog.folder_edit.setText(str(folder))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert dialog.pages.currentIndex() == RESULT_PAGE
    dialog.close()
    return sorted(folder.rglob("*.ics"))


def _invite(folder: Path) -> icalendar.Calendar:
    (path,) = sorted((folder / "invites").glob("*.ics"))
    return icalendar.Calendar.from_ical(path.read_bytes())


def _events(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    return list(calendar.walk("VEVENT"))


def test_plan_book_export_reschedule_undo_cancel(
        qtbot: QtBot, make_window: Callable[..., MainWindow], db_url: str,
        tmp_path: Path) -> None:
    window = make_window()
    add_people(qtbot, window, [person(), person("Ken Kim", "ken@example.com",
                                                "America/Los_Angeles", "US")])
    window.show()
    planner = window.planner

    # plan, find, preview, book
    fill_plan(qtbot, window, last=date(2026, 11, 27))
    assert find(qtbot, planner) >= 2
    planner.proposals.select_row(0)
    qtbot.waitUntil(lambda: bool(window.week.week_view.overlay_rows()), timeout=20_000)
    dialog = planner.book_selected()
    assert dialog is not None
    with qtbot.waitSignal(planner.booked, timeout=20_000) as booked:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    booking: Booking = booked.args[0]  # type: ignore[index]
    assert _stored(db_url, booking.id).sequence == 0

    # export: one REQUEST per session, SEQUENCE 0, the interviewer and the candidate invited
    first = tmp_path / "first"
    assert _export(qtbot, window, booking.id, first)
    invite = _invite(first)
    assert str(invite["METHOD"]) == "REQUEST"
    (event,) = _events(invite)
    assert int(event["SEQUENCE"]) == 0 and str(event["UID"]) == booking.sessions[0].uid
    attendees = {str(a).lower() for a in event.get("ATTENDEE")}  # type: ignore[union-attr]
    assert "mailto:hanako@example.com" in attendees

    # reschedule: the Bookings tab asks the planner; another time; same UID, SEQUENCE 1
    with qtbot.waitSignal(planner.proposalsShown, timeout=20_000):
        window.bookings.reschedule_selected()
    assert window.tabs.currentWidget() is planner
    model = planner.proposals.model
    other = next(r for r in range(model.rowCount())
                 if model.facts(r).start != booking.sessions[0].start)
    planner.proposals.select_row(other)
    dialog = planner.book_selected()
    assert dialog is not None
    with qtbot.waitSignal(planner.rescheduled, timeout=20_000) as moved:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    after: Booking = moved.args[1]  # type: ignore[index]
    assert after.sequence == 1 and after.sessions[0].uid == booking.sessions[0].uid
    second = tmp_path / "second"
    _export(qtbot, window, booking.id, second)
    (event,) = _events(_invite(second))
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART") == after.sessions[0].start

    # undo the move: the first time again, as a new revision (invites may be out: SEQUENCE 2)
    with qtbot.waitSignal(window.bookings.undo.restored, timeout=20_000):
        window.acts["actUndo"].trigger()
    restored = _stored(db_url, booking.id)
    assert restored.sequence == 2 and restored.status is BookingStatus.CONFIRMED
    assert restored.sessions[0].start == booking.sessions[0].start

    # cancel with confirmation, then the export says CANCEL with a higher SEQUENCE
    panel = window.bookings
    window.tabs.setCurrentWidget(panel)
    _select(qtbot, window, booking.id)
    box = panel.cancel_selected()
    assert box is not None
    with qtbot.waitSignal(panel.bookingsLoaded, timeout=20_000):
        _button(box, "confirmCancel").click()
    cancelled = _stored(db_url, booking.id)
    assert cancelled.status is BookingStatus.CANCELLED and cancelled.sequence == 3
    third = tmp_path / "third"
    _export(qtbot, window, booking.id, third)
    invite = _invite(third)
    assert str(invite["METHOD"]) == "CANCEL"
    (event,) = _events(invite)
    assert int(event["SEQUENCE"]) == 3 and str(event["STATUS"]) == "CANCELLED"
    assert window.last_error is None  # nothing on the way needed an error dialog
