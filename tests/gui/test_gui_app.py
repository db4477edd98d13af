"""gui.app.run(): the real start-up path opens the window, loads demo data and exits cleanly."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from interviewplanner.gui import app as gui_app
from interviewplanner.gui.main_window import MainWindow


@pytest.mark.slow
def test_run_opens_the_window_with_demo_data_and_returns_zero(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen: dict[str, int] = {}
    # Closing the last window would post a Quit event that outlives run() and ends every
    # later event loop of the test session at once.
    qapp.setQuitOnLastWindowClosed(False)

    def watch() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            QTimer.singleShot(20, watch)
            return
        window = windows[0]

        def loaded(count: int) -> None:
            seen["people"] = count
            window.close()
            qapp.quit()

        window.demoLoaded.connect(loaded)

    QTimer.singleShot(0, watch)
    QTimer.singleShot(60_000, qapp.quit)  # safety net
    try:
        code = gui_app.run(f"sqlite:///{tmp_path}/t.db", demo=True)
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert code == 0
    assert seen == {"people": 8}
    assert sys.excepthook is not sys.__excepthook__
    for window in qapp.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.deleteLater()
    log = tmp_path / "data" / "interviewplanner" / "interviewplanner.log"
    assert log.is_file() and "started" in log.read_text(encoding="utf-8")
    for handler in list(gui_app.log.handlers):
        gui_app.log.removeHandler(handler)
        handler.close()
    gc.unfreeze()  # run() froze the start-up heap; give the test session its GC back
