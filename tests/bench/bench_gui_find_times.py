""""Find times" in the window on the slot-engine benchmark scenario: time to results, GUI stalls.

Run: ``.venv/bin/python tests/bench/bench_gui_find_times.py [--seed 7] [--runs 5]``.

Builds the scenario of ``bench_propose.py`` (pool of 20 over Tokyo, Los Angeles, New York and
London, a year of calendar each, a few booked interviews, the 4-session panel for a London
candidate, 10 business days on a 15-minute grid) in a fresh SQLite store: the people through the
roster repository, each calendar as one imported source, each booked interview as a confirmed
booking. Then it opens the main window (offscreen Qt) with its clock before the search range,
types the plan into the Plan tab's widgets and presses "Find times" ``--runs`` times.

Measured per press: the time until the ranked list is shown (``proposalsShown``), and until the
week view shows the preview of the first proposal (``weekShown`` after it); and the longest gap
of a 10 ms QTimer on the GUI thread from the press until the preview is drawn (a stall). The first
press includes the worker's first use of the engine (holiday tables); the median is over the
other presses. Targets: results under 1 s, no stall over 50 ms.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_gui_stall import Probe, _wait
from bench_propose import SEARCH_START, world
from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication

from interviewplanner.core.booking import BookedSession, Booking, BookingStatus, Party
from interviewplanner.gui.backend import Backend
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.panels.planner.sessions_editor import EmailRole
from interviewplanner.storage.db import open_store

NOW = SEARCH_START - timedelta(days=3, hours=-9)  # Friday before the search, 09:00 UTC


def build_store(url: str, seed: int) -> tuple[object, int]:
    """Store the benchmark world; returns it and the number of busy intervals stored."""
    w = world(seed, 20, 10)
    stored = 0
    with open_store(url) as store, store.write() as uow:
        ids: dict[str, int] = {}
        for email, person in w.people.items():
            added = uow.interviewers.add(person)
            assert added.id is not None
            ids[email] = added.id
        for email, busy in w.busy.items():
            stored += uow.busy.replace_source(ids[email], "bench.ics", busy, None, len(busy), [])
        for email, intervals in w.booked.items():
            for interval in intervals:
                uow.bookings.add(_booking(email, w.people[email].name, interval), {}, ids)
    return w, stored


def _booking(email: str, name: str, interval: object) -> Booking:
    booking_id = str(uuid.uuid4())
    start, end = interval.start, interval.end  # type: ignore[attr-defined]
    return Booking(
        id=booking_id, status=BookingStatus.CONFIRMED, sequence=0,
        stamp=datetime(2026, 11, 1, tzinfo=UTC), candidate=Party("Earlier", "", "UTC"),
        organizer=Party("Recruiting", "recruiting@example.com"),
        interviewers=(Party(name, email, "UTC"),),
        sessions=(BookedSession(f"{booking_id}-1@interviewplanner", "Earlier", start, end,
                                (email,)),))


def type_plan(window: MainWindow, w: object) -> None:
    """The benchmark panel, typed into the Plan tab's widgets."""
    planner = window.planner
    window.tabs.setCurrentWidget(planner)
    planner.candidate.name_edit.setText("Candidate")
    planner.candidate.zone_picker.set_zone("Europe/London")
    sessions = planner.sessions
    for spec in w.plan.sessions:  # type: ignore[attr-defined]
        sessions.add_session()
        sessions.title_edit.setText(spec.title)
        sessions.title_edit.textEdited.emit(spec.title)
        sessions.minutes_spin.setValue(spec.minutes)
        if spec.pool:
            sessions.pool_combo.setCurrentIndex(sessions.pool_combo.findData(spec.pool))
            sessions.count_spin.setValue(spec.count)
        for row in range(sessions.people_list.count()):
            item = sessions.people_list.item(row)
            if item.data(EmailRole) in spec.interviewers:
                from PySide6.QtCore import Qt

                item.setCheckState(Qt.CheckState.Checked)
    first = SEARCH_START.date()
    planner.proposals.set_dates(first, first + timedelta(days=11))  # Mon to the Friday after


def settle(app: QApplication, seconds: float) -> None:
    """Let queued work and paints finish."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def press_find(window: MainWindow) -> tuple[float, float, float, int]:
    """Seconds to the list, seconds to the preview, longest GUI-thread gap (ms), proposals."""
    planner = window.planner
    counts: list[int] = []
    planner.proposalsShown.connect(counts.append)
    probe = Probe()
    began = time.perf_counter()
    probe.start()
    planner.proposals.find_button.click()
    _wait(planner.proposalsShown)
    listed = time.perf_counter() - began
    _wait(window.weekShown)
    previewed = time.perf_counter() - began
    stall = probe.stop()
    planner.proposalsShown.disconnect(counts.append)
    return listed, previewed, stall, counts[-1]


def main() -> None:
    """Build, open, type, press, measure."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'find.db'}"
        began = time.perf_counter()
        w, stored = build_store(url, args.seed)
        print(f"store built in {time.perf_counter() - began:.1f} s: 22 people, "
              f"{stored} busy intervals, "
              f"{sum(len(v) for v in w.booked.values())} booked interviews")  # type: ignore[attr-defined]
        backend = Backend(url)
        window = MainWindow(backend, QSettings(str(Path(tmp) / "ui.ini"),
                                               QSettings.Format.IniFormat), now=lambda: NOW)
        window.resize(1280, 800)
        window.show()
        window.start()
        _wait(window.rosterLoaded)
        settle(app, 1.5)
        gc.freeze()  # what the app's freeze_after_startup does once the first week is shown
        type_plan(window, w)
        settle(app, 0.5)
        runs = [press_find(window) for _ in range(args.runs)]
        settle(app, 0.3)
        backend.shutdown()
    print("press  proposals  list shown  preview drawn  longest GUI-thread gap")
    for i, (listed, previewed, stall, count) in enumerate(runs, 1):
        print(f"{i:>5}  {count:>9}  {listed * 1000:>7.0f} ms  {previewed * 1000:>10.0f} ms"
              f"  {stall:>10.0f} ms")
    warm = runs[1:] or runs
    print(f"warm median: list {statistics.median(r[0] for r in warm) * 1000:.0f} ms, preview "
          f"{statistics.median(r[1] for r in warm) * 1000:.0f} ms, longest gap "
          f"{max(r[2] for r in warm):.0f} ms (first press: {runs[0][0] * 1000:.0f} ms, "
          f"gap {runs[0][2]:.0f} ms)")
    slowest = max(r[1] for r in runs)
    worst = max(r[2] for r in runs)
    print(f"targets: results < 1 s {'MET' if slowest < 1 else 'MISSED'} (slowest {slowest:.2f} s); "
          f"no GUI stall > 50 ms {'MET' if worst <= 50 else 'MISSED'} (worst {worst:.0f} ms)")


if __name__ == "__main__":
    main()
