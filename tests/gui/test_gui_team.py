"""Team mode in the window (SPEC §10): other coordinators' changes appear without a restart,
Settings name the coordinator and the database (with "Test connection"), a stale edit is
refused with who changed it, and a password never shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from interviewplanner.gui.backend import Backend
from interviewplanner.gui.changes import Changes
from interviewplanner.gui.dialogs.settings_dialog import SettingsDialog
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.team import TeamWatch
from interviewplanner.services import bookings, roster, templates
from interviewplanner.storage.db import open_store
from tests.gui.bookings_support import booked_at_now, started_window
from tests.gui.conftest import add_people, person
from tests.gui.planner_helpers import fill_plan


def _watch(qtbot: QtBot, window: MainWindow) -> TeamWatch:
    watch = TeamWatch(window.runner, window, interval_ms=50)
    watch.noticed.connect(lambda text: window.statusBar().showMessage(text))
    with qtbot.waitSignal(window.backend.submit("ready", lambda store, report: None).finished):
        pass
    watch.start()
    qtbot.waitUntil(lambda: watch.position is not None, timeout=10_000)
    return watch


def test_another_coordinators_change_reloads_the_views_with_a_note(
    qtbot: QtBot, make_window: Callable[..., MainWindow], db_url: str
) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    watch = _watch(qtbot, window)
    seen: list[Changes] = []
    watch.announced.connect(seen.append)
    with open_store(db_url, actor="Ken") as other:
        hanako = roster.find_interviewer(other, "hanako@example.com")
        with qtbot.waitSignal(window.rosterLoaded, timeout=10_000):
            roster.update_interviewer(other, replace(hanako, name="Hanako Sato-Ito"))
    assert seen == [Changes(roster=True)]
    assert window.statusBar().currentMessage() == "Ken changed the roster."
    assert [p.name for p in window.roster.people] == ["Hanako Sato-Ito"]
    watch.stop()


def test_the_windows_own_changes_are_not_announced_again(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    watch = _watch(qtbot, window)
    seen: list[Changes] = []
    watch.announced.connect(seen.append)
    before = watch.position  # before the write: the watch may read it while add_people waits
    add_people(qtbot, window, [person()])
    qtbot.waitUntil(lambda: watch.position != before, timeout=10_000)  # it read our write
    qtbot.wait(200)
    assert seen == []
    watch.stop()


def test_settings_name_the_coordinator_recorded_with_each_change(
    qtbot: QtBot, make_window: Callable[..., MainWindow], settings: QSettings, db_url: str
) -> None:
    window = make_window()
    assert not window.team_settings.apply("Hanako", window.backend.db_url, "")  # same database
    assert settings.value("team/name") == "Hanako"
    add_people(qtbot, window, [person("Ken Ito", "ken@example.com")])
    with open_store(db_url) as store, store.read() as uow:
        ken = uow.interviewers.get_by_email("ken@example.com")
        assert ken is not None and ken.id is not None
        saved = uow.interviewers.saved(ken.id)
    assert saved is not None and saved.by == "Hanako"


def test_settings_show_the_database_and_test_it_without_showing_a_password(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.database() == str(tmp_path / "t.db")
    dialog.database_edit.clear()
    qtbot.keyClicks(dialog.database_edit, "postgresql+psycopg://planner:s3cret@127.0.0.1:1/x")
    assert dialog.database() == "postgresql+psycopg://planner@127.0.0.1:1/x"
    assert dialog.password() == "s3cret" and "s3cret" not in dialog.database_edit.text()
    dialog.test_button.click()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=20_000)
    assert dialog.test_result.text().startswith("✘ The database server for")
    assert "s3cret" not in dialog.test_result.text() and "***" in dialog.test_result.text()
    dialog.database_edit.setText(str(tmp_path / "t.db"))
    dialog.password_edit.clear()
    dialog.test_button.click()
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=20_000)
    assert dialog.test_result.text() == (f"✔ Connected to {tmp_path / 't.db'}: "
                                         "0 interviewers, 0 bookings.")
    dialog.reject()


def test_another_database_from_settings_is_used_at_once(
    qtbot: QtBot, make_window: Callable[..., MainWindow], settings: QSettings, tmp_path: Path
) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    other = tmp_path / "team.db"
    with qtbot.waitSignal(window.rosterLoaded, timeout=20_000):
        assert window.team_settings.apply("", str(other), "")
    assert window.roster.people == [] and window.db_label.text() == str(other)
    assert settings.value("db/url") == str(other)
    assert "s3cret" not in window.windowTitle()


def test_an_edit_over_someone_elses_is_refused_with_who_and_when(
    qtbot: QtBot, make_window: Callable[..., MainWindow], db_url: str
) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.roster.select_after_reload(["hanako@example.com"])
    window.roster.table.selectRow(0)
    dialog = window.edit_interviewer()
    assert dialog is not None
    with open_store(db_url, actor="Ken") as other:
        hanako = roster.find_interviewer(other, "hanako@example.com")
        roster.update_interviewer(other, replace(hanako, country="US"))
    with qtbot.waitSignal(window.rosterLoaded, timeout=20_000):
        dialog.ok_button.click()
    assert dialog.isVisible() and "was changed by Ken at" in dialog.form_error.text()
    assert window.roster.people[0].country == "US"  # the roster shows their change
    dialog.reject()


def test_the_bookings_panel_says_who_made_each_change(
    qtbot: QtBot, make_window: Callable[..., MainWindow], db_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    booked = booked_at_now(db_url, monkeypatch)  # as the OS user of the test (no name given)
    with open_store(db_url, actor="Ken Tanaka") as other:
        bookings.cancel(other, booked.jane.id)
    window = started_window(qtbot, make_window)
    panel = window.bookings
    with qtbot.waitSignal(panel.detailsShown, timeout=20_000,
                          check_params_cb=lambda shown: shown == booked.jane.id):
        assert panel.select_booking(booked.jane.id)
    qtbot.waitUntil(lambda: "Cancelled" in panel.details.toPlainText(), timeout=20_000)
    assert "by Ken Tanaka" in panel.details.toPlainText()


def test_a_template_saved_meanwhile_is_not_overwritten_from_the_plan_tab(
    qtbot: QtBot, make_window: Callable[..., MainWindow], db_url: str
) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    window.show()
    planner = window.planner
    fill_plan(qtbot, window)
    question = planner.save_template()
    assert isinstance(question, QInputDialog)
    with qtbot.waitSignal(planner.templatesLoaded, timeout=20_000,
                          check_params_cb=lambda names: names == ("panel",)):
        question.setTextValue("panel")
        question.accept()
    planner.load_template()
    qtbot.waitUntil(lambda: planner.proposals.status.text().startswith("Template"), timeout=20_000)
    with open_store(db_url, actor="Ken") as other:
        plan, _document = templates.load_template(other, "panel")
        templates.save_template(other, "panel", plan)
    question = planner.save_template()
    assert isinstance(question, QInputDialog)
    with qtbot.waitSignal(window.runner.failed, timeout=20_000) as failed:
        question.setTextValue("panel")
        question.accept()
    assert "“panel” was changed by Ken at" in str(window.last_error.text() if window.last_error
                                                   else failed.args)


def test_the_database_shows_without_its_password_before_it_opens(qapp: QApplication) -> None:
    backend = Backend("postgresql+psycopg://planner:s3cret@127.0.0.1:1/x")
    try:
        assert backend.where == "postgresql+psycopg://planner:***@127.0.0.1:1/x"
    finally:
        backend.shutdown()
