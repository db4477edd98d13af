"""Background work for the GUI: every call into the services runs on one worker thread.

The :class:`Backend` owns the store and a :class:`QThreadPool` with exactly one thread that
never expires, so all database work happens on that one thread (SQLite has a single writer, and
the GUI thread stays free). A task is a plain function ``fn(store, report)``; ``report(step,
fraction)`` is the services' progress callback. Results and errors come back to the GUI thread
through the signals of a :class:`Job`; tasks never touch widgets.

Cancelling a job sets a flag; the next progress report of the task raises :class:`Cancelled`,
so a cancelled import stops before its write transaction and leaves the store untouched.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from interviewplanner.storage.db import Store
    from interviewplanner.storage.quick import QuickStore
    from interviewplanner.storage.reading import ReadStore

__all__ = ["Backend", "Cancelled", "Job", "Progress", "ReadStore", "Report", "Store", "TaskFn",
           "expected_errors"]

log = logging.getLogger(__name__)


def expected_errors() -> tuple[type[Exception], ...]:
    """Errors a task may raise that are the user's to fix (worded for them, not a crash).

    The backend is the GUI's composition root: the only module besides ``app`` that knows
    the storage layer (an import-linter contract), so the rest of ``gui`` asks it.
    """
    from interviewplanner.services.errors import UserError
    from interviewplanner.storage.errors import StoreError

    return (UserError, StoreError)

@dataclass(frozen=True, slots=True)
class Progress:
    """How far a task is, as it crosses from the worker to the GUI thread.

    ``step`` is the service's step name, ``fraction`` the share done in [0, 1]; in a batch
    (several files) ``item`` is the 1-based number of the current one of ``items``, ``name``
    its display name (0, 0, "" outside a batch).
    """

    step: str
    fraction: float
    item: int = 0
    items: int = 0
    name: str = ""


class Report(Protocol):
    """The progress callback handed to a task (also fits the services' ``(step, fraction)``)."""

    def __call__(self, step: str, fraction: float, *, item: int = 0, items: int = 0,
                 name: str = "") -> None:
        """Report ``step`` at ``fraction``; raises :class:`Cancelled` after a cancel."""


TaskFn = Callable[["Store", Report], Any]
"""A unit of background work: receives the open store and a progress callback."""


WORKER_THREAD_NAME = "ip-db-worker"
"""The OS name of the worker thread (visible in ps/top, and to the tests' thread check)."""

_PR_SET_NAME = 15


def _name_this_thread(name: str) -> None:
    """Name the current OS thread (Linux only, best effort; Qt names pool threads generically)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(_PR_SET_NAME, name.encode()[:15], 0, 0, 0)


class Cancelled(Exception):
    """Raised inside a task (from its progress callback) when the user cancelled it."""


class Job(QObject):
    """One task submitted to the :class:`Backend`, seen from the GUI thread.

    Signals:
        progress(Progress): how far the task is, as it reports it.
        succeeded(object): the task's return value (not emitted after cancel()).
        failed(object): the exception the task raised (not emitted after cancel()).
        finished(): always last, after succeeded, failed or a cancellation.
    """

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    # Emitted on the worker thread; received by this object, which lives in the GUI thread,
    # so Qt queues them into the GUI thread's event loop.
    _worker_progress = Signal(object)
    _worker_done = Signal(bool, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        """Create a job called ``name`` (used in logs)."""
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self.done = False
        self._worker_progress.connect(self._relay_progress)
        self._worker_done.connect(self._relay_done)

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report; no result is delivered."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def report(self, step: str, fraction: float, *, item: int = 0, items: int = 0,
               name: str = "") -> None:
        """Progress callback for the task (worker thread); raises Cancelled after cancel()."""
        if self._cancel.is_set():
            raise Cancelled(self.name)
        self._worker_progress.emit(Progress(step, float(fraction), item, items, name))

    def _deliver(self, ok: bool, value: object) -> None:
        """Called on the worker thread when the task ended."""
        self._worker_done.emit(ok, value)

    @Slot(object)
    def _relay_progress(self, progress: Progress) -> None:
        if not self._cancel.is_set():
            self.progress.emit(progress)

    @Slot(bool, object)
    def _relay_done(self, ok: bool, value: object) -> None:
        self.done = True
        if not self._cancel.is_set():
            if ok:
                self.succeeded.emit(value)
            else:
                self.failed.emit(value)
        self.finished.emit()


class _Runner(QRunnable):
    """Runs one task on the pool thread and hands its outcome to the job."""

    def __init__(self, backend: Backend, job: Job, fn: TaskFn, *, needs_store: bool = True,
                 reads_only: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._backend, self._job, self._fn = backend, job, fn
        self._needs_store = needs_store
        self._reads_only = reads_only

    def run(self) -> None:
        """Open the store on first use, run the task, deliver the result or the exception."""
        job = self._job
        _name_this_thread(WORKER_THREAD_NAME)
        try:
            if job.is_cancelled():
                raise Cancelled(job.name)
            store: ReadStore | None = None
            if self._reads_only:
                store = self._backend.reader_on_worker()
            elif self._needs_store:
                store = self._backend.store_on_worker()
            # a detached task gets no store; a reading one may get the start-up reader
            result = self._fn(store, job.report)  # type: ignore[arg-type]
        except BaseException as exc:  # every failure must reach the GUI thread as a signal
            if not isinstance(exc, Cancelled):
                log.info("task %s failed: %r", job.name, exc, exc_info=exc)
            job._deliver(False, exc)
        else:
            job._deliver(True, result)


class Backend(QObject):
    """Owns the store and runs every task on one dedicated worker thread.

    Signals:
        busyChanged(bool): True while at least one job is queued or running (quiet jobs, such
            as the watch for other coordinators' changes, do not count).
    """

    busyChanged = Signal(bool)

    def __init__(self, db_url: str, parent: QObject | None = None,
                 opener: Callable[[str], Store] | None = None, *, coordinator: str = "") -> None:
        """Prepare to open ``db_url`` (with ``opener``) on the worker thread at the first task.

        The default opener is :func:`interviewplanner.services.team.open_shared` (the database
        password from the keyring when the URL has none), imported on the worker so that
        SQLAlchemy and Alembic never load on the GUI thread. ``coordinator`` is recorded with
        every change (team mode); it can change at any time.
        """
        super().__init__(parent)
        self.db_url = db_url
        self.coordinator = coordinator
        self._opener = opener
        self._store: Store | None = None
        self._quick: QuickStore | None = None
        self._tried_quick = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # one long-lived thread: the only one touching the DB
        self._jobs: set[Job] = set()
        self._closed = False

    @property
    def where(self) -> str:
        """The database as the user knows it (file path or URL without password)."""
        if self._store is not None:
            return self._store.where
        from interviewplanner.config import mask_password

        return mask_password(self.db_url)

    def store_on_worker(self) -> Store:
        """The open store; opens it on first use. Only ever called on the worker thread."""
        if self._store is None:
            opener = self._opener
            if opener is None:
                from interviewplanner.services.team import open_shared

                opener = open_shared
            self._store = opener(self.db_url)
            if self._quick is not None:  # from now on the full store serves the reads too
                self._quick.close()
                self._quick = None
        self._store.actor = self.coordinator
        return self._store

    def reader_on_worker(self) -> ReadStore:
        """A store to read from (worker thread only): the open store, else the start-up reader.

        Until a task needs the full store, tasks that only read (the first roster and week) go
        through :mod:`interviewplanner.storage.quick`: no SQLAlchemy to import before the window
        shows its data. It is tried once, only with the default opener, and only reads a SQLite
        file at the current schema; otherwise the full store opens (and words any problem).
        """
        if self._store is not None:
            return self._store
        if not self._tried_quick and self._opener is None:
            self._tried_quick = True
            from interviewplanner.storage.quick import open_quick

            self._quick = open_quick(self.db_url)
        if self._quick is not None:
            return self._quick
        return self.store_on_worker()

    def submit(self, name: str, fn: TaskFn, *, quiet: bool = False,
               reads_only: bool = False) -> Job:
        """Queue ``fn(store, report)`` on the worker thread and return its :class:`Job`.

        A ``quiet`` job does not count as work in progress (:attr:`busyChanged`); a
        ``reads_only`` one may be given the start-up reader (:meth:`reader_on_worker`).
        """
        return self._start(name, fn, quiet=quiet, needs_store=True, reads_only=reads_only)

    def submit_detached(self, name: str, fn: Callable[[Report], Any]) -> Job:
        """Queue ``fn(report)``, which needs no store (e.g. testing another database), on the
        worker thread; it runs even when the current store cannot be opened."""
        return self._start(name, lambda _store, report: fn(report), quiet=False,
                           needs_store=False)

    def switch(self, db_url: str) -> Job:
        """Use the database ``db_url`` from now on: the open store is closed on the worker after
        the tasks queued before; the next task opens the new one."""

        def close_and_switch(_report: Report) -> None:
            self.close_store_on_worker()
            self.db_url = db_url

        return self.submit_detached("switch database", close_and_switch)

    def _start(self, name: str, fn: TaskFn, *, quiet: bool, needs_store: bool,
               reads_only: bool = False) -> Job:
        if self._closed:
            raise RuntimeError("the backend is shut down")
        job = Job(name)  # no parent: dropped once finished and the caller lets go
        if not quiet:
            self._jobs.add(job)
            if len(self._jobs) == 1:
                self.busyChanged.emit(True)
            job.finished.connect(self._job_finished)
        self._pool.start(_Runner(self, job, fn, needs_store=needs_store, reads_only=reads_only))
        return job

    @Slot()
    def _job_finished(self) -> None:
        self._jobs = {job for job in self._jobs if not job.done}
        if not self._jobs:
            self.busyChanged.emit(False)

    @property
    def closed(self) -> bool:
        """True after :meth:`shutdown`: no more work is accepted."""
        return self._closed

    def is_busy(self) -> bool:
        """True while a job is queued or running."""
        return bool(self._jobs)

    def shutdown(self) -> None:
        """Cancel queued work, wait for the running task, close the store, join the thread."""
        if self._closed:
            return
        self._closed = True
        for job in list(self._jobs):
            job.cancel()
        self._pool.start(_Closer(self))
        self._pool.waitForDone()  # also joins the pool's thread: none is left running

    def close_store_on_worker(self) -> None:
        """Close the store and the start-up reader (worker thread, last task)."""
        quick, self._quick, self._tried_quick = self._quick, None, False
        if quick is not None:
            quick.close()
        if self._store is not None:
            self._store.close()
            self._store = None


class _Closer(QRunnable):
    """The last task: closes the store on the thread that used it."""

    def __init__(self, backend: Backend) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._backend = backend

    def run(self) -> None:
        """Close the store, logging (never raising) a failure."""
        try:
            self._backend.close_store_on_worker()
        except Exception:
            log.exception("closing the store failed")
