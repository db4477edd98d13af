"""Start the desktop app: QApplication, language, error hooks, the backend and the window.

``interviewplanner gui [--demo]`` (and ``interviewplanner`` alone) call :func:`run`.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from interviewplanner import __version__
from interviewplanner.config import (
    APP_NAME,
    coordinator_name,
    data_dir,
    database_url,
    mask_password,
)

if TYPE_CHECKING:
    from interviewplanner.gui.main_window import MainWindow

log = logging.getLogger("interviewplanner")


def _setup_logging() -> Path | None:
    """Log to ``interviewplanner.log`` in the user data folder (and stderr for warnings)."""
    try:
        path = data_dir() / "interviewplanner.log"
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def freeze_after_startup(window: MainWindow) -> None:
    """Once the first week is on screen, move every start-up object out of the GC's sight.

    The start-up heap (Qt wrappers, SQLAlchemy, Alembic, the ``holidays`` tables) is large and
    lives for the whole run; a full collection over it took ~100 ms, and it runs on whichever
    thread allocates — often the worker during an import, holding the GIL and stalling the
    GUI thread. ``gc.freeze()`` (Python 3.7+) moves those objects to a permanent
    generation (no collection first: that would itself pause the window once); later garbage
    is collected as usual. Measured: worst GUI stall while importing a 470 kB calendar
    93-109 ms before, 23 ms after (docs/gui.md).
    """
    import gc

    def freeze() -> None:
        window.weekShown.disconnect(freeze)
        gc.freeze()

    window.weekShown.connect(freeze)


def run(db_url: str | None, demo: bool = False, actor: str | None = None) -> int:
    """Open the main window on the store at ``db_url``; returns the exit code.

    ``db_url`` None: the database in Settings, else the default file. ``actor`` (``--as``)
    overrides the coordinator's name in Settings (default: the OS user). With ``demo`` an empty
    store is filled with the demo team and their calendars.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from interviewplanner.gui import errors, i18n
    from interviewplanner.gui.backend import Backend
    from interviewplanner.gui.main_window import MainWindow

    log_file = _setup_logging()
    from interviewplanner import holiday_cache

    holiday_cache.install()  # a warm start shows the first week without the holidays package
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("interviewplanner")
    errors.install(log_file)
    settings = QSettings()
    i18n.install(i18n.resolve(str(settings.value("ui/language", i18n.SYSTEM))))
    url = db_url or database_url(str(settings.value("db/url", "") or "") or None)
    name = actor or str(settings.value("team/name", "") or "") or coordinator_name()
    backend = Backend(url, coordinator=name)
    window = MainWindow(backend, settings, demo=demo, auto_start=True)
    freeze_after_startup(window)
    window.show()
    log.info("interviewplanner %s started on %s", __version__, mask_password(url))
    try:
        return int(app.exec())
    finally:
        backend.shutdown()
