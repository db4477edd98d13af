"""The window's first roster and week come through the start-up reader (stdlib sqlite3) when
the store is a current SQLite file, and through the full store otherwise: the same data either
way, and a store that needs migrating is still migrated."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interviewplanner.gui.backend import Backend
from interviewplanner.gui.operations import roster as roster_ops
from interviewplanner.gui.operations import views as view_ops
from interviewplanner.gui.values import RosterSnapshot, WeekData
from interviewplanner.services import roster
from interviewplanner.storage.db import open_store
from interviewplanner.storage.quick import QuickStore
from interviewplanner.storage.revisions import head_in_files
from tests.gui.conftest import NOW


def _filled(path: Path) -> str:
    url = f"sqlite:///{path}"
    with open_store(url) as store:
        roster.add_interviewer(store, roster.new_interviewer(
            name="Ken", email="ken@example.com", timezone="Asia/Tokyo", country="JP",
            aliases=["k@example.com"], pools=["backend"]))
    return url


def _first_view(qtbot: QtBot, backend: Backend) -> tuple[RosterSnapshot, WeekData]:
    """What the window's first two reads give, run the way the window runs them."""
    got: list[object] = []
    for task in (roster_ops.load_roster(NOW).task,):
        job = backend.submit("roster", task, reads_only=True)
        job.succeeded.connect(got.append)
        with qtbot.waitSignal(job.finished, timeout=20_000):
            pass
    snapshot = got[0]
    assert isinstance(snapshot, RosterSnapshot)
    week = view_ops.load_week(snapshot.people, date(2026, 11, 30), "Asia/Tokyo",
                              snapshot.company, "en_US")
    job = backend.submit("week", week.task, reads_only=True)
    job.succeeded.connect(got.append)
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    data = got[1]
    assert isinstance(data, WeekData)
    return snapshot, data


def _store_of(qtbot: QtBot, backend: Backend) -> object:
    found: list[object] = []
    job = backend.submit("which", lambda store, report: found.append(backend.reader_on_worker()),
                         reads_only=True)
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    return found[0]


def test_a_current_file_is_read_without_the_full_store(qtbot: QtBot, qapp: QApplication,
                                                       tmp_path: Path) -> None:
    url = _filled(tmp_path / "s.db")
    quick = Backend(url)
    try:
        fast = _first_view(qtbot, quick)
        assert isinstance(_store_of(qtbot, quick), QuickStore)
        assert quick._store is None  # SQLAlchemy's store was never opened
        with qtbot.waitSignal(quick.submit("write", lambda store, report: store).finished):
            pass  # a task that needs the full store opens it; reads follow it from then on
        assert not isinstance(_store_of(qtbot, quick), QuickStore)
    finally:
        quick.shutdown()
    full = Backend(url, opener=open_store)  # a given opener: the full store only
    try:
        assert _first_view(qtbot, full) == fast
    finally:
        full.shutdown()
    assert [p.name for p in fast[0].people] == ["Ken"] and fast[0].people[0].pools == ("backend",)


@pytest.mark.parametrize("damage", ["behind", "missing"])
def test_otherwise_the_full_store_opens(qtbot: QtBot, qapp: QApplication, tmp_path: Path,
                                        damage: str) -> None:
    path = tmp_path / "s.db"
    if damage == "behind":
        url = _filled(path)
        with sqlite3.connect(path) as raw:  # as if written by the release before (0005)
            raw.execute("ALTER TABLE interviewers DROP COLUMN language")
            raw.execute("ALTER TABLE company_settings DROP COLUMN language")
            raw.execute("UPDATE alembic_version SET version_num = '0005'")
    else:
        url = f"sqlite:///{path}"
    backend = Backend(url)
    try:
        snapshot, _week = _first_view(qtbot, backend)
        assert not isinstance(_store_of(qtbot, backend), QuickStore)
    finally:
        backend.shutdown()
    assert len(snapshot.people) == (1 if damage == "behind" else 0)
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_in_files(),)]
