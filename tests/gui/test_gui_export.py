"""Export from the Bookings tab: files on disk (as tests/unit/export check them), the messages
in the UI language with "Copy to clipboard", the update hint, and a worded unwritable folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from interviewplanner.gui import i18n
from interviewplanner.gui.dialogs.export_dialog import RESULT_PAGE, ExportDialog
from interviewplanner.gui.main_window import MainWindow

from .bookings_support import KEN, Booked, booked_at_now, started_window


@pytest.fixture
def booked(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Booked:
    """The three test bookings (see :mod:`.bookings_support`)."""
    return booked_at_now(db_url, monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, make_window: Callable[..., MainWindow], booked: Booked) -> MainWindow:
    """A started window on the Bookings tab."""
    return started_window(qtbot, make_window)


def _open_export(qtbot: QtBot, window: MainWindow, booking_id: str, folder: Path) -> ExportDialog:
    panel = window.bookings
    with qtbot.waitSignal(panel.detailsShown, timeout=20_000):
        assert panel.select_booking(booking_id)
    dialog = panel.export_selected()
    assert dialog is not None
    dialog.folder_edit.setText(str(folder))
    return dialog


def _export(qtbot: QtBot, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert dialog.pages.currentIndex() == RESULT_PAGE


def _calendar(path: Path) -> icalendar.Calendar:
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    return icalendar.Calendar.from_ical(raw)


def test_export_writes_invites_and_calendars(qtbot: QtBot, window: MainWindow, booked: Booked,
                                            tmp_path: Path) -> None:
    target = tmp_path / "out" / "taro"
    dialog = _open_export(qtbot, window, booked.taro.id, target)
    _export(qtbot, dialog)
    written = sorted(str(p.relative_to(target)) for p in target.rglob("*.ics"))
    assert written == ["calendars/all-sessions.ics", "calendars/candidate.ics",
                       "calendars/hanako-example-com.ics", "calendars/ken-example-com.ics",
                       "invites/01-system-design.ics", "invites/02-hiring-manager.ics"]
    invite = _calendar(target / "invites" / "01-system-design.ics")
    assert invite["METHOD"] == "REQUEST"
    (event,) = invite.walk("VEVENT")
    assert str(event["UID"]) == booked.taro.sessions[0].uid
    assert int(event["SEQUENCE"]) == 0
    attendees = sorted(str(a).lower() for a in event.get("ATTENDEE"))
    assert attendees == ["mailto:hanako@example.com", "mailto:taro@example.jp"]
    ken = _calendar(target / "calendars" / "ken-example-com.ics")
    assert ken["METHOD"] == "PUBLISH"
    assert [str(e["UID"]) for e in ken.walk("VEVENT")] == [booked.taro.sessions[1].uid]
    combined = _calendar(target / "calendars" / "all-sessions.ics")
    assert {str(e["UID"]) for e in combined.walk("VEVENT")} == {
        s.uid for s in booked.taro.sessions}
    assert "6 files" in dialog.written_label.text()
    assert "invites/" in dialog.hint_label.text()
    dialog.close()


def test_open_folder_opens_the_export_folder(qtbot: QtBot, window: MainWindow, booked: Booked,
                                             tmp_path: Path) -> None:
    opened: list[QUrl] = []
    dialog = _open_export(qtbot, window, booked.jane.id, tmp_path / "jane")
    dialog._open_url = opened.append
    _export(qtbot, dialog)
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "jane"))]
    dialog.close()


def test_messages_per_reader_and_copy_to_clipboard(qtbot: QtBot, window: MainWindow,
                                                   booked: Booked, tmp_path: Path) -> None:
    dialog = _open_export(qtbot, window, booked.taro.id, tmp_path / "taro")
    _export(qtbot, dialog)
    readers = [dialog.readers.item(i).text() for i in range(dialog.readers.count())]
    assert readers == ["Hanako Sato (interviewer, Tokyo)", "Ken Tanaka (interviewer, Tokyo)",
                       "山田 太郎 (candidate, Tokyo)"]
    dialog.readers.setCurrentRow(1)
    assert dialog.to_edit.text() == f"Ken Tanaka <{KEN}>"
    body = dialog.body_edit.toPlainText()
    assert body.startswith("Hello Ken Tanaka,") and "(JST)" in body
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == body
    dialog.copy_subject_button.click()
    assert QGuiApplication.clipboard().text() == dialog.subject_edit.text()
    assert "山田 太郎" in dialog.subject_edit.text()
    dialog.close()


def test_messages_are_in_japanese_when_the_ui_is(qtbot: QtBot, window: MainWindow,
                                                 booked: Booked, tmp_path: Path) -> None:
    i18n.install("ja")
    dialog = _open_export(qtbot, window, booked.jane.id, tmp_path / "jane")
    assert dialog.message_language() == "ja"
    _export(qtbot, dialog)
    dialog.readers.setCurrentRow(0)
    body = dialog.body_edit.toPlainText()
    assert "日本標準時" in body and "2026年11月26日(木)" in body
    dialog.readers.setCurrentRow(1)  # the candidate, in Los Angeles
    assert "米国太平洋" in dialog.body_edit.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.body_edit.toPlainText()
    assert dialog.export_button.text() != "&Export"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.body_edit.toPlainText().startswith("Dear Jane Doe,")
    dialog.close()


def test_a_cancelled_booking_exports_cancellations_and_says_what_to_tell(
        qtbot: QtBot, window: MainWindow, booked: Booked, tmp_path: Path) -> None:
    panel = window.bookings
    with qtbot.waitSignal(panel.detailsShown, timeout=20_000):
        panel.select_booking(booked.jane.id)
    box = panel.cancel_selected()
    assert box is not None
    with qtbot.waitSignal(panel.bookingsLoaded, timeout=20_000):
        next(b for b in box.buttons() if b.objectName() == "confirmCancel").click()
    dialog = _open_export(qtbot, window, booked.jane.id, tmp_path / "jane")
    _export(qtbot, dialog)
    invite = _calendar(tmp_path / "jane" / "invites" / "01-coding.ics")
    assert invite["METHOD"] == "CANCEL"
    (event,) = invite.walk("VEVENT")
    assert int(event["SEQUENCE"]) == 1 and str(event["STATUS"]) == "CANCELLED"
    assert "delete the interview from their calendar by hand" in dialog.hint_label.text()
    dialog.close()


def test_an_unwritable_folder_gives_a_worded_dialog(qtbot: QtBot, window: MainWindow,
                                                   booked: Booked, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = _open_export(qtbot, window, booked.jane.id, blocker / "out")
    job_done = qtbot.waitUntil
    dialog.export_button.click()
    job_done(lambda: dialog.last_error is not None, timeout=20_000)
    error = dialog.last_error
    assert error is not None and error.windowTitle() == "Cannot export"
    assert str(blocker / "out") in error.text()
    assert "Choose a folder you may write to" in error.informativeText()
    assert "Traceback" not in error.text() + error.informativeText()
    assert dialog.pages.currentIndex() == 0  # still choosing: pick another folder
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=20_000)
    error.close()
    dialog.close()
