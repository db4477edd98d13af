"""User actions on calendars: import .ics files, load the demo team."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from interviewplanner.gui.backend import Cancelled, Report, expected_errors
from interviewplanner.gui.changes import NOTHING, Changes
from interviewplanner.gui.ops import Op
from interviewplanner.gui.values import FileOutcome, ImportRequest

if TYPE_CHECKING:
    from interviewplanner.gui.backend import Store



def _import_changes(outcomes: tuple[FileOutcome, ...]) -> Changes:
    return Changes(busy=True) if any(o.report is not None for o in outcomes) else NOTHING


def import_files(request: ImportRequest) -> Op[tuple[FileOutcome, ...]]:
    """Import each file in turn (each import is atomic); one outcome per file.

    A file that fails (not iCalendar, unreadable, nothing usable) is reported and the others
    still run. Cancelling stops at the next progress report, before the next write.
    """

    def run(store: Store, report: Report) -> tuple[FileOutcome, ...]:
        outcomes: list[FileOutcome] = []
        count = len(request.paths)
        for index, path in enumerate(request.paths):

            outcomes.append(_import_one(store, request, path,
                                        _file_progress(report, index, count, path.name)))
        return tuple(outcomes)

    return Op("import", run, changes=_import_changes,
              failure_title=QCoreApplication.translate("Operations", "Import failed"))


def _file_progress(report: Report, index: int, count: int,
                   name: str) -> Callable[[str, float], None]:
    """The services' progress callback for file ``index`` of ``count`` in a batch."""

    def progress(step: str, fraction: float) -> None:
        report(step, (index + fraction) / count, item=index + 1, items=count, name=name)

    return progress


def _import_one(store: Store, request: ImportRequest, path: Path,
                progress: Callable[[str, float], None]) -> FileOutcome:
    """Import one file; user-facing failures become an outcome, Cancelled propagates."""
    from interviewplanner.services.import_calendar import import_calendar

    try:
        result = import_calendar(store, request.email, path, request.horizon,
                                 keep_titles=request.keep_titles, progress=progress)
    except Cancelled:
        raise
    except expected_errors() as exc:
        return FileOutcome(path, error=exc)
    return FileOutcome(path, report=result)


def load_demo(target: Path, today: date) -> Op[int]:
    """Add the demo team and import their calendars (see :mod:`interviewplanner.services.demo`)."""

    def run(store: Store, report: Report) -> int:
        from interviewplanner.services.demo import load_demo_data

        return load_demo_data(store, target, today, report)

    return Op("demo", run, changes=Changes(roster=True, busy=True),
              failure_title=QCoreApplication.translate("Operations", "Cannot load the demo data"))
