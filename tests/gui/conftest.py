"""Qt fixtures for the GUI tests: offscreen platform, a fresh store per test, no stray threads.

``QT_QPA_PLATFORM=offscreen`` is set before Qt is imported. Every test that touches data gets
its own SQLite file (``open_store(f"sqlite:///{tmp_path}/t.db")``); the backend fixture shuts
its worker thread down and the ``no_thread_left`` fixture fails a test that leaves an OS thread
running. Qt warnings fail the test (pytest-qt's ``qt_log_level_fail``).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interviewplanner.core.model import Interviewer, PolicyOverrides, TimeRange
from interviewplanner.gui import i18n
from interviewplanner.gui.backend import Backend
from interviewplanner.gui.main_window import MainWindow

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)  # Wednesday 12:00 in Tokyo, 22:00 Tuesday in NY
QT_NOISE = ("This plugin does not support propagateSizeHints()",
            "This plugin does not support raise()",
            "This plugin does not support grabbing the keyboard")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every GUI test fails on a Qt warning (except the offscreen plugin's own notices)."""
    for item in items:
        if "tests/gui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_NOISE))


QT_HELPER = "Thread (pooled)"  # Qt's own image-conversion pool (idle helpers, not ours)


def _os_threads() -> dict[str, str]:
    """OS threads of this process: id -> name (Linux); Python's threads elsewhere."""
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return {str(t.ident): t.name for t in threading.enumerate()}
    names = {}
    for task in tasks:
        try:
            with open(f"/proc/self/task/{task}/comm", encoding="utf-8") as handle:
                names[task] = handle.read().strip()
        except OSError:
            continue  # ended meanwhile
    return names


@pytest.fixture(autouse=True)
def no_thread_left(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a thread running: our worker ("ip-db-worker"), Python threads.

    Qt starts idle helper threads for image conversion on its own pools; those are Qt's and
    are not counted (the global pool is joined, the GUI-private one cannot be).
    """
    QThreadPool.globalInstance().waitForDone()
    before = _os_threads()
    yield
    QThreadPool.globalInstance().waitForDone()
    deadline = time.monotonic() + 3.0
    while True:
        # A joined QThread may still be leaving the kernel for a few milliseconds.
        new = {tid: name for tid, name in _os_threads().items()
               if tid not in before and name != QT_HELPER}
        if not new or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    assert not new, f"thread(s) left running after the test: {sorted(new.values())}"


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends in English."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database for this test."""
    return f"sqlite:///{tmp_path}/t.db"


@pytest.fixture
def backend(db_url: str, qapp: QApplication) -> Iterator[Backend]:
    """A backend on the test's database; shut down (thread joined) afterwards."""
    instance = Backend(db_url)
    yield instance
    instance.shutdown()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """UI settings in a throw-away ini file."""
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, backend: Backend, settings: QSettings,
                tmp_path: Path) -> Callable[..., MainWindow]:
    """Build a main window on the test's store (clock pinned to :data:`NOW`)."""

    def make(*, demo: bool = False, start: bool = True) -> MainWindow:
        settings.setValue("view/displayZone", "Asia/Tokyo")
        window = MainWindow(backend, settings, demo=demo, demo_dir=tmp_path / "demo",
                            now=lambda: NOW)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        if start:
            with qtbot.waitSignal(window.rosterLoaded, timeout=20_000):
                window.start()
        return window

    return make


def person(name: str = "Hanako Sato", email: str = "hanako@example.com",
           zone: str = "Asia/Tokyo", country: str | None = "JP") -> Interviewer:
    """An unsaved interviewer with the company policy."""
    return Interviewer(email=email, name=name, timezone=zone, country=country,
                       overrides=PolicyOverrides(window=TimeRange.parse("10:00-19:00")))


def add_people(qtbot: QtBot, window: MainWindow, people: list[Interviewer]) -> None:
    """Store ``people`` through the worker (as the add dialog would) and reload the roster."""
    from interviewplanner.gui.operations import roster

    for one in people:
        job = window.backend.submit("add", roster.save_interviewer(one, new=True).task)
        with qtbot.waitSignal(job.finished, timeout=20_000):
            pass
    with qtbot.waitSignal(window.rosterLoaded, timeout=20_000):
        window.roster.reload()
