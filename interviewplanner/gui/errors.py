"""Errors as dialogs that say what to do, never tracebacks; the last-resort excepthook.

:func:`describe` turns an exception into a translated message and advice: services' and the
store's errors are codes with fields, worded by :func:`interviewplanner.gui.wording.describe_error`
(never ``str(exc)``, which is for logs). Anything unexpected is logged with its traceback and
shown as a short apology that names the log file.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

log = logging.getLogger("interviewplanner.gui")

_state: dict[str, object] = {"log_file": None, "open": []}


def set_log_file(path: Path | None) -> None:
    """Remember where the log is written (named in the unexpected-error dialog)."""
    _state["log_file"] = path


def describe(exc: BaseException, *, name_only: bool = False) -> tuple[str, str]:
    """(message, advice) for the user in the UI language: what went wrong, what to do next.

    ``name_only`` names a file by its name, not its full path (rows that show the file already).
    """
    from interviewplanner.gui.wording.errors import describe_error  # loads at the first error

    known = describe_error(exc, name_only=name_only)
    if known is not None:
        return known.message, known.advice
    log_file = _state["log_file"]
    where = str(log_file) if log_file else QCoreApplication.translate("Errors", "the terminal")
    message = QCoreApplication.translate("Errors", "Something unexpected went wrong: {error}").format(
        error=f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    advice = QCoreApplication.translate(
        "Errors", "Your data is safe: every change is saved in one step or not at all. "
        "Try again; if it keeps happening, send the log file ({where}) to support.",
    ).format(where=where)
    return message, advice


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> QMessageBox:
    """Open (without blocking) a warning dialog for ``exc`` and return it."""
    message, advice = describe(exc)
    box = QMessageBox(parent)
    box.setObjectName("ErrorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    box.setInformativeText(advice)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    opened: list[QMessageBox] = _state["open"]  # type: ignore[assignment]
    opened.append(box)
    box.finished.connect(lambda _r: opened.remove(box) if box in opened else None)
    box.open()
    return box


def _main_window() -> QWidget | None:
    """The window to put a dialog over: the active one, else the visible main window."""
    active = QApplication.activeWindow()
    if active is not None:
        return active
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMainWindow) and w.isVisible()]
    return windows[0] if windows else None


def excepthook(kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """Log an uncaught exception and tell the user in a dialog (GUI thread only)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("uncaught exception", exc_info=(kind, exc, tb))
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    try:
        title = QCoreApplication.translate("Errors", "Unexpected error")
        show_error(_main_window(), title, exc)
    except Exception:  # the hook must never raise
        log.exception("could not show the error dialog")


def thread_excepthook(args: threading.ExceptHookArgs) -> None:
    """Log exceptions of Python threads (the GUI's workers catch theirs themselves)."""
    if args.exc_value is not None:
        log.error("uncaught exception in thread %s", args.thread, exc_info=args.exc_value)


def install(log_file: Path | None) -> None:
    """Install the hooks (call once, from :func:`interviewplanner.gui.app.run`)."""
    set_log_file(log_file)
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
