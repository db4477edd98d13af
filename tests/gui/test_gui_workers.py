"""The worker path: services run on the worker thread, results and errors come back by signal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from interviewplanner.gui.backend import Backend, Cancelled
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.services.errors import NotFoundError, UserError
from interviewplanner.storage.db import Store

from .conftest import add_people, person
from .ics_samples import write_ics


def test_tasks_run_off_the_gui_thread_and_results_come_back(qtbot: QtBot,
                                                             backend: Backend) -> None:
    seen: list[int] = []

    def task(store: Store, report: Callable[[str, float], None]) -> str:
        seen.append(threading.get_ident())
        report("half", 0.5)
        return store.where

    job = backend.submit("probe", task)
    progress: list[tuple[str, float]] = []
    results: list[object] = []
    job.progress.connect(lambda p: progress.append((p.step, p.fraction)))
    job.succeeded.connect(results.append)
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    assert seen and seen[0] != threading.main_thread().ident
    assert progress == [("half", 0.5)]
    assert str(results[0]).endswith("t.db")


def test_errors_come_back_as_a_signal_not_a_traceback(qtbot: QtBot, backend: Backend) -> None:
    def task(store: Store, report: Callable[[str, float], None]) -> None:
        raise NotFoundError("interviewer", "nobody@example.com")

    job = backend.submit("fail", task)
    with qtbot.waitSignal(job.failed, timeout=20_000) as blocker:
        pass
    assert isinstance(blocker.args[0], UserError)


def test_cancel_stops_at_the_next_progress_report(qtbot: QtBot, backend: Backend) -> None:
    started = threading.Event()
    stopped: list[bool] = []

    def task(store: Store, report: Callable[[str, float], None]) -> None:
        started.set()
        try:
            for _ in range(2000):
                report("loop", 0.0)
                threading.Event().wait(0.005)
        except Cancelled:
            stopped.append(True)
            raise

    job = backend.submit("long", task)
    assert started.wait(20)
    with qtbot.assertNotEmitted(job.succeeded), qtbot.assertNotEmitted(job.failed), \
            qtbot.waitSignal(job.finished, timeout=20_000):
        job.cancel()
    assert stopped == [True]


class ThreadRecorder:
    """Wraps callables so that each call records whether it ran on the GUI thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, bool]] = []

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, threading.current_thread() is threading.main_thread()))
            return fn(*args, **kwargs)

        return wrapper

    def context(self, name: str, fn: Callable[..., AbstractContextManager[Any]]
                ) -> Callable[..., AbstractContextManager[Any]]:
        return self.wrap(name, fn)


def test_no_database_work_on_the_gui_thread(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                            make_window: Callable[..., MainWindow],
                                            tmp_path: Path) -> None:
    recorder = ThreadRecorder()
    monkeypatch.setattr(Store, "read", recorder.context("read", Store.read))
    monkeypatch.setattr(Store, "write", recorder.context("write", Store.write))
    from interviewplanner.services import import_calendar as importer

    monkeypatch.setattr(importer, "import_calendar",
                        recorder.wrap("import_calendar", importer.import_calendar))
    window = make_window()
    add_people(qtbot, window, [person()])
    path = write_ics(tmp_path / "sato.ics")
    with qtbot.waitSignal(window.importFinished, timeout=30_000) as blocker:
        window.import_dropped("hanako@example.com", [path])
    outcome = blocker.args[0][0]
    assert outcome.error is None and outcome.report.busy_intervals == 1
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.week.reload()
    names = {name for name, _gui in recorder.calls}
    assert {"read", "write", "import_calendar"} <= names
    assert not [name for name, on_gui in recorder.calls if on_gui]
