"""Launch-to-painted-window time of the desktop app with the demo data (issue 9 target < 1.0 s).

Run: ``.venv/bin/python tests/bench/bench_gui_startup.py [--runs 5]``. A store is filled with
the demo data once; then each run starts a fresh Python process (offscreen Qt) that opens the
main window on it and reports, measured from the process's own start, when the roster was
loaded and when the first week was painted. Baseline in the same run: a bare process that only
creates a QApplication and shows an empty QMainWindow.

The package is byte-compiled first (as ``pip install`` and ``./run`` do), and the runs share one
cache folder (``INTERVIEWPLANNER_CACHE_DIR``), filled by the first launch like a user's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import os, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
if sys.argv[1] == "baseline":
    w = QMainWindow(); w.show(); app.processEvents(); w.grab()
    print("painted", time.perf_counter() - t0); sys.exit(0)
from interviewplanner import holiday_cache
holiday_cache.install()  # as gui.app.run does
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.backend import Backend
backend = Backend(sys.argv[2])
window = MainWindow(backend, QSettings(sys.argv[3], QSettings.Format.IniFormat),
                    demo=sys.argv[1] == "fill", auto_start=True)
window.rosterLoaded.connect(lambda n: print("roster", time.perf_counter() - t0, n, flush=True))
def shown() -> None:
    window.grab()
    print("painted", time.perf_counter() - t0, flush=True)
    app.quit()
window.weekShown.connect(shown)
window.show()
QTimer.singleShot(60000, app.quit)
app.exec()
backend.shutdown()
"""


def _child(mode: str, db: str, ini: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "INTERVIEWPLANNER_CACHE_DIR": str(Path(ini).parent / "cache")}
    out = subprocess.run([sys.executable, "-c", CHILD, mode, db, ini], env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    return {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if line.strip()}


def main() -> None:
    """Fill a store with the demo data, then time several cold launches."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    subprocess.run([sys.executable, "-m", "compileall", "-q", "interviewplanner"], check=True,
                   cwd=Path(__file__).resolve().parents[2])
    with tempfile.TemporaryDirectory() as tmp:
        db, ini = f"sqlite:///{Path(tmp) / 'demo.db'}", str(Path(tmp) / "ui.ini")
        _child("fill", db, ini)
        base = [_child("baseline", db, ini)["painted"] for _ in range(runs)]
        ours = [_child("open", db, ini) for _ in range(runs)]
    painted = [o["painted"] for o in ours]
    roster = [o["roster"] for o in ours]
    print(f"bare QMainWindow painted:         median {statistics.median(base):.2f} s")
    print(f"roster with demo data loaded:     median {statistics.median(roster):.2f} s")
    ratio = statistics.median(painted) / statistics.median(base)
    print(f"week view with demo data painted: median {statistics.median(painted):.2f} s "
          f"(max {max(painted):.2f}); ratio to bare window {ratio:.1f}x")


if __name__ == "__main__":
    main()
