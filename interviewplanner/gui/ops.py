"""User actions as typed operations (the pattern of Anki's ``qt/aqt/operations``).

An :class:`Op` bundles a task that runs on the single worker thread with what the window does
around it: callbacks typed against the task's result, progress, the default error dialog and,
on success, the :class:`~interviewplanner.gui.changes.Changes` it announces. Functions in
:mod:`interviewplanner.gui.operations` build them (no widgets there); a view runs one::

    operations.bookings.cancel(booking_id).success(show_cancelled).run(self.runner)

The :class:`OpRunner` is the window's side: the backend, the change bus, and where dialogs go.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from interviewplanner.gui import errors
from interviewplanner.gui.backend import Backend, Job, Progress, Report
from interviewplanner.gui.changes import NOTHING, ChangeBus, Changes

if TYPE_CHECKING:
    from interviewplanner.gui.backend import Store

log = logging.getLogger(__name__)

T = TypeVar("T")


class OpRunner(QObject):
    """Runs operations for one window: worker, change bus, parent of the error dialogs.

    Signals:
        failed(str, object): an operation without its own failure handler failed (title,
            exception) and the default error dialog was opened.
    """

    failed = Signal(str, object)

    def __init__(self, backend: Backend, bus: ChangeBus, parent: QWidget) -> None:
        """Run on ``backend``, announce on ``bus``, open dialogs over ``parent``."""
        super().__init__(parent)
        self.backend = backend
        self.bus = bus
        self.window = parent
        self.last_error: QMessageBox | None = None

    def submit(self, name: str, task: Callable[[Store, Report], object], *,
               quiet: bool = False, detached: bool = False, reads_only: bool = False) -> Job:
        """Queue ``task``; once the backend is shut down, a job that never runs. A ``quiet``
        task does not show the window as busy; a ``detached`` one gets no store (None); a
        ``reads_only`` one may get the start-up reader instead of the full store."""
        if self.backend.closed:
            return Job(name)
        if detached:
            return self.backend.submit_detached(
                name, lambda report: task(cast("Store", None), report))
        return self.backend.submit(name, task, quiet=quiet, reads_only=reads_only)

    def show_error(self, title: str, exc: BaseException) -> None:
        """The default failure: log it and open the error dialog (worded, never a traceback)."""
        log.warning("%s: %r", title, exc)
        self.last_error = errors.show_error(self.window, title, exc)
        self.failed.emit(title, exc)


class Op(Generic[T]):
    """One user action: a worker task returning ``T`` and what happens around it."""

    def __init__(self, name: str, task: Callable[[Store, Report], T], *,
                 changes: Changes | Callable[[T], Changes] = NOTHING,
                 failure_title: str = "", quiet: bool = False, detached: bool = False,
                 reads_only: bool = False) -> None:
        """``task(store, report)`` runs on the worker; ``changes`` is announced on success
        (or computed from the result); ``failure_title`` heads the default error dialog; a
        ``quiet`` operation (background polling) does not show the window as busy; a
        ``detached`` one needs no store (it gets None: e.g. testing another database); a
        ``reads_only`` one only reads, through the :class:`~interviewplanner.gui.backend.
        ReadStore` protocol, so the start-up reader may serve it (the first roster and week)."""
        self.name = name
        self.reads_only = reads_only
        self.task = task
        self.quiet = quiet
        self.detached = detached
        self._changes = changes
        self.failure_title = failure_title or name
        self._on_success: list[Callable[[T], object]] = []
        self._on_failure: Callable[[BaseException], object] | None = None
        self._on_progress: list[Callable[[Progress], object]] = []
        self._on_finished: list[Callable[[], object]] = []

    def success(self, fn: Callable[[T], object]) -> Op[T]:
        """Call ``fn(result)`` on the GUI thread, before the changes are announced."""
        self._on_success.append(fn)
        return self

    def failure(self, fn: Callable[[BaseException], object]) -> Op[T]:
        """Handle a failure with ``fn`` instead of the default error dialog."""
        self._on_failure = fn
        return self

    def progress(self, fn: Callable[[Progress], object]) -> Op[T]:
        """Call ``fn(progress)`` for each progress report."""
        self._on_progress.append(fn)
        return self

    def finished(self, fn: Callable[[], object]) -> Op[T]:
        """Call ``fn()`` last, after success, failure or a cancel."""
        self._on_finished.append(fn)
        return self

    def changes_for(self, result: T) -> Changes:
        """What this operation changed, given its result."""
        return self._changes(result) if callable(self._changes) else self._changes

    def run(self, runner: OpRunner) -> Job:
        """Queue the task on the runner's worker and wire every callback; returns the job."""
        job = runner.submit(self.name, self.task, quiet=self.quiet, detached=self.detached,
                            reads_only=self.reads_only)
        job.succeeded.connect(lambda value: self._succeeded(runner, cast(T, value)))
        job.failed.connect(lambda exc: self._failed(runner, exc))
        for report in self._on_progress:
            job.progress.connect(report)
        for done in self._on_finished:
            job.finished.connect(done)
        return job

    def _succeeded(self, runner: OpRunner, value: T) -> None:
        for fn in self._on_success:
            fn(value)
        runner.bus.announce(self.changes_for(value))

    def _failed(self, runner: OpRunner, exc: BaseException) -> None:
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            runner.show_error(self.failure_title, exc)
