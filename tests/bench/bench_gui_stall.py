"""Longest GUI-thread stall while the app imports the largest benchmark calendar (target < 100 ms).

Run: ``.venv/bin/python tests/bench/bench_gui_stall.py [--seed 7]``. Generates the 50-person
benchmark set (seeded), takes its largest file, opens the main window (offscreen Qt) on a fresh
store with that file's owner, and drops the file on them. A 10 ms QTimer probe on the GUI thread
records the longest gap between its ticks while the import runs on the worker. Baseline in the
same run: the same probe for the same time with the window idle.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_calendars import generate
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from interviewplanner.core.model import Interviewer
from interviewplanner.gui.backend import Backend
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.operations import roster as roster_ops


class Probe:
    """Ticks every 10 ms on the GUI thread and remembers the longest gap between ticks."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        """Start measuring."""
        self.longest, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop; the longest gap in ms."""
        self._timer.stop()
        return self.longest * 1000


def _wait(signal: object, timeout_ms: int = 120_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def main() -> None:
    """Generate, open, drop, measure."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    seed = parser.parse_args().seed
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        files = generate(50, seed, Path(tmp) / "calendars")
        biggest = max(files, key=lambda f: f.size)
        backend = Backend(f"sqlite:///{Path(tmp) / 'stall.db'}")
        window = MainWindow(backend, QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat))
        window.resize(1400, 900)
        window.show()
        _wait(window.rosterLoaded)
        owner = Interviewer(email=biggest.email, name=biggest.name, timezone=biggest.timezone)
        job = backend.submit("add", roster_ops.save_interviewer(owner, new=True).task)
        _wait(job.finished)
        window.roster.reload()
        _wait(window.rosterLoaded)
        settle = time.perf_counter() + 2  # let the first week load and paint, as after launch
        while time.perf_counter() < settle:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        gc.freeze()  # what freeze_after_startup does once the first week is on screen
        outcomes: list[object] = []
        window.importFinished.connect(outcomes.extend)
        probe = Probe()
        began = time.perf_counter()
        probe.start()
        window.import_dropped(biggest.email, [biggest.path])
        _wait(window.importFinished)
        importing = probe.stop()
        took = time.perf_counter() - began
        probe.start()
        idle_until = time.perf_counter() + took
        while time.perf_counter() < idle_until:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        idle = probe.stop()
        backend.shutdown()
    (outcome,) = outcomes
    report = getattr(outcome, "report", None)
    if report is None:
        raise SystemExit(f"the import failed: {getattr(outcome, 'error', outcome)}")
    print(f"largest file: {biggest.path.name}, {biggest.size / 1024:.0f} kB, {biggest.vevents} VEVENTs,"
          f" {report.busy_intervals} busy intervals stored")
    print(f"import took {took:.2f} s; longest GUI-thread gap while importing: {importing:.0f} ms")
    print(f"baseline, idle window for as long: {idle:.0f} ms; ratio {importing / max(idle, 1):.1f}x")
    print(f"target < 100 ms: {'MET' if importing < 100 else 'MISSED'}")


if __name__ == "__main__":
    main()
