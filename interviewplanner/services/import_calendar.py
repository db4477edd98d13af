"""Use case: import one interviewer's .ics file as one calendar source (SPEC §4)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import ImportReport, ParsedCalendar
from interviewplanner.ics.read import NotICalendarError, read_calendar
from interviewplanner.services.errors import ErrorCode, FileError
from interviewplanner.services.roster import find_interviewer

if TYPE_CHECKING:  # SQLAlchemy loads only with a full store (import-ics runs without it)
    from interviewplanner.core.model import Interviewer
    from interviewplanner.storage.writing import WatchStore

Progress = Callable[[str, float], None]
"""Progress callback: a short step name and a fraction done in [0, 1]."""

MAX_FILE_BYTES = 64 * 1024 * 1024
BUDGET_SECONDS = 5.0
"""Time one file may spend expanding recurrences; reading the rest of it is linear and free."""


def _no_progress(step: str, fraction: float) -> None:
    """Default progress callback that ignores reports."""


def read_file(path: Path) -> bytes:
    """The bytes of ``path``, or a FileError that names the file and what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileError(ErrorCode.FILE_TOO_LARGE, str(path), mebibytes=size // 1_048_576,
                            limit_mebibytes=MAX_FILE_BYTES // 1_048_576)
        return path.read_bytes()
    except IsADirectoryError as exc:
        raise FileError(ErrorCode.FILE_IS_FOLDER, str(path)) from exc
    except FileNotFoundError as exc:
        raise FileError(ErrorCode.FILE_MISSING, str(path)) from exc
    except OSError as exc:
        raise FileError(ErrorCode.FILE_UNREADABLE, str(path), detail=exc.strerror or str(exc)) from exc


def check_usable(parsed: ParsedCalendar, path: str) -> None:
    """Raise a FileError when storing ``parsed`` would lose busy time without the file meaning it.

    A read cut short by the time budget is incomplete (IMPORT_CUT_SHORT). A read with no busy
    interval but skipped components (damage, rules too expensive, a horizon the rules cannot be
    expanded over) is no evidence that the person is free (NO_USABLE_EVENT).
    """
    if parsed.cut_short:
        raise FileError(ErrorCode.IMPORT_CUT_SHORT, path, line=parsed.cut_short[0],
                        count=len(parsed.cut_short), seconds=BUDGET_SECONDS)
    if not parsed.busy and parsed.skipped:
        first = parsed.skipped[0]
        raise FileError(ErrorCode.NO_USABLE_EVENT, path, line=first.line, reason=first.reason)


def import_calendar(
    store: WatchStore,
    interviewer_email: str,
    path: Path,
    horizon: Interval,
    *,
    keep_titles: bool = False,
    progress: Progress = _no_progress,
) -> ImportReport:
    """Read ``path`` and replace what that source gave this interviewer before, atomically.

    Nothing changes, and a FileError says why, when the file is not iCalendar (NOT_ICALENDAR),
    when the time budget cut its reading short (IMPORT_CUT_SHORT: the read is incomplete, so
    storing it would drop busy time), or when it gives no busy time while some component was
    skipped (NO_USABLE_EVENT: an empty result that is not the file's meaning). Otherwise the
    source's earlier busy time is replaced in one transaction; an empty but valid calendar (or
    one whose events are all free) replaces it too.
    """
    person = find_interviewer(store, interviewer_email)
    source = str(path.expanduser().resolve())
    progress("read", 0.0)
    data = read_file(path)
    return import_bytes(store, person, source, data, horizon, keep_titles=keep_titles,
                        label=str(path), progress=progress)


def import_bytes(
    store: WatchStore,
    person: Interviewer,
    source: str,
    data: bytes,
    horizon: Interval,
    *,
    keep_titles: bool = False,
    label: str | None = None,
    progress: Progress = _no_progress,
) -> ImportReport:
    """Read calendar ``data`` (a file's or a subscribed feed's bytes) and replace, atomically,
    what ``source`` gave ``person`` before: the one path by which busy time lands (SPEC §4, §9).

    Refuses like :func:`import_calendar` (NOT_ICALENDAR, IMPORT_CUT_SHORT, NO_USABLE_EVENT),
    naming ``label`` (default ``source``); then nothing changes and the earlier busy time of
    ``source`` is kept.
    """
    where = label or source
    progress("parse", 0.1)
    try:
        parsed = read_calendar(data, owner_emails=person.emails, owner_tz=person.timezone,
                               horizon=horizon, keep_titles=keep_titles,
                               budget_seconds=BUDGET_SECONDS,
                               progress=lambda done: progress("parse", 0.1 + 0.7 * done))
    except NotICalendarError as exc:
        raise FileError(ErrorCode.NOT_ICALENDAR, where, detail=str(exc)) from exc
    check_usable(parsed, where)
    progress("store", 0.8)
    assert person.id is not None
    with store.write() as uow:
        stored = uow.busy.replace_source(
            person.id, source, parsed.busy, parsed.titles if keep_titles else None,
            parsed.events, [note.dumps() for note in parsed.warnings])
    progress("done", 1.0)
    return ImportReport(source=source, events=parsed.events, busy_intervals=stored,
                        warnings=parsed.warnings, skipped=parsed.skipped)
