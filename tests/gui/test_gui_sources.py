"""The Calendars tab and the conflict watch in the window (SPEC §9), against a real HTTP server
on loopback: per-person sources with last refresh and status, "Refresh all" with progress, the
stale hint, adding an address (password to the keyring only), and a booked interview that a
refresh puts in conflict flagged on the Bookings tab with "Find a new time"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from interviewplanner.gui.dialogs.source_dialog import CALDAV, SourceDialog
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.models.booking_model import Column as BookingColumn
from interviewplanner.gui.models.source_model import Column
from interviewplanner.services import sources as source_service
from interviewplanner.storage.db import open_store
from tests.live_support import FeedServer, feed_server

from .a11y import nameless
from .bookings_support import KEN, Booked, booked_at_now, started_window

SECRET = "gui-s3cret-never-stored"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only (the tests never touch the system's)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


@pytest.fixture
def booked(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Booked:
    return booked_at_now(db_url, monkeypatch)


def _calendar(*spans: tuple[str, str]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//feed//EN"]
    for number, (start, end) in enumerate(spans):
        lines += ["BEGIN:VEVENT", f"UID:gui-{number}@example.com", "DTSTAMP:20261120T000000Z",
                  f"DTSTART:{start}", f"DTEND:{end}", "END:VEVENT"]
    return ("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n").encode()


def _refresh(qtbot: QtBot, window: MainWindow) -> object:
    panel = window.sources
    with qtbot.waitSignal(panel.refreshed, timeout=30_000) as done, \
            qtbot.waitSignal(window.bookings.bookingsLoaded, timeout=30_000):
        window.acts["actRefreshCalendars"].trigger()
    qtbot.waitUntil(lambda: not window.backend.is_busy(), timeout=30_000)
    return done.args[0]


def _status_texts(window: MainWindow) -> dict[str, str]:
    model = window.sources.model
    return {model.source(r).name: model.index(r, Column.STATUS).data() for r in range(model.rowCount())}


def test_refresh_all_flags_a_booked_interview_and_clears_it(
        qtbot: QtBot, make_window: Callable[..., MainWindow], booked: Booked, *, db_url: str,
        server: FeedServer) -> None:
    session = booked.jane.sessions[0]
    stamp = "%Y%m%dT%H%M%SZ"
    over = server.publish("/ken.ics", _calendar((f"{session.start:{stamp}}", f"{session.end:{stamp}}")))
    broken = server.url("/gone.ics")
    with open_store(db_url) as store:
        source_service.add_source(store, KEN, over)
        source_service.add_source(store, KEN, broken)
    window = started_window(qtbot, make_window)
    window.tabs.setCurrentWidget(window.sources)
    qtbot.waitUntil(lambda: len(window.sources.sources) == 2, timeout=20_000)
    assert set(_status_texts(window).values()) == {"Not refreshed yet"}
    assert window.sources.stale_label.isHidden()
    assert nameless(window.sources) == []

    result = _refresh(qtbot, window)
    assert result.failed == 1 and result.new_conflicts == 1  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _status_texts(window).get(over) == "Up to date", timeout=20_000)
    assert _status_texts(window)[broken].startswith("Failed")
    assert not window.sources.stale_label.isHidden()  # tried, never succeeded
    window.sources.table.selectRow([s.name for s in window.sources.model.rows].index(broken))
    assert "404" in window.sources.details.text()
    assert "conflict" in window.statusBar().currentMessage()

    panel = window.bookings
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: bool(panel.conflicts_of(booked.jane.id)), timeout=20_000)
    (conflict,) = panel.conflicts_of(booked.jane.id)
    assert conflict.interviewer == KEN and conflict.reason.value == "busy"
    assert panel.select_booking(booked.jane.id)
    row = panel.model.row_of(booked.jane.id)
    assert "Conflict" in panel.model.index(row, BookingColumn.STATUS).data()
    assert not panel.conflicts.isHidden() and "Coding" in panel.conflicts.text.text()
    with qtbot.waitSignal(panel.rescheduleRequested, timeout=5_000) as asked:
        panel.conflicts.button.click()
    assert asked.args == [booked.jane.id]

    server.publish("/ken.ics", _calendar())
    _refresh(qtbot, window)
    qtbot.waitUntil(lambda: not panel.conflicts_of(booked.jane.id), timeout=20_000)
    window.tabs.setCurrentWidget(panel)
    assert panel.select_booking(booked.jane.id)
    assert panel.conflicts.isHidden()


@pytest.mark.usefixtures("booked")
def test_adding_an_address_keeps_the_password_in_the_keyring_only(
        qtbot: QtBot, make_window: Callable[..., MainWindow], *, db_url: str,
        server: FeedServer, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    url = server.publish("/private.ics", _calendar(), user="ken", password=SECRET)
    window = started_window(qtbot, make_window)
    window.tabs.setCurrentWidget(window.sources)
    dialog = window.sources.add_source()
    assert isinstance(dialog, SourceDialog)
    assert nameless(dialog) == []
    dialog.person.setCurrentIndex(dialog.person.findData(KEN))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.kind.setCurrentIndex(CALDAV)
    dialog.url.setText(url)
    assert not ok.isEnabled()  # CalDAV needs a user name
    dialog.kind.setCurrentIndex(0)
    dialog.user.setText("ken")
    dialog.password.setText(SECRET)
    with qtbot.waitSignal(window.sources.refreshed, timeout=30_000) as done:
        ok.click()
    (row,) = done.args[0].rows
    assert row.status.value == "updated", row.error
    assert SECRET in memory_keyring.entries.values()
    for path in tmp_path.glob("t.db*"):
        assert SECRET.encode() not in path.read_bytes()
    with open_store(db_url) as store:
        (stored,) = [s for s in source_service.list_sources(store) if s.name == url]
    assert stored.password_keyring and stored.password_env is None


def test_a_policy_edit_puts_a_booking_in_conflict(
        qtbot: QtBot, make_window: Callable[..., MainWindow], booked: Booked) -> None:
    from dataclasses import replace

    from interviewplanner.gui.operations import roster as roster_ops

    window = started_window(qtbot, make_window)
    panel = window.bookings
    assert not panel.conflicts_of(booked.jane.id)
    ken = next(p for p in window.roster.people if p.email == KEN)
    thursday_off = replace(ken, overrides=replace(ken.overrides, working_days=frozenset({0, 1, 2, 4})))
    roster_ops.save_interviewer(thursday_off, new=False).run(window.runner)
    qtbot.waitUntil(lambda: bool(panel.conflicts_of(booked.jane.id)), timeout=20_000)
    (conflict,) = panel.conflicts_of(booked.jane.id)
    assert conflict.reason.value == "not_working_day"
    qtbot.waitUntil(lambda: not window.backend.is_busy(), timeout=20_000)
