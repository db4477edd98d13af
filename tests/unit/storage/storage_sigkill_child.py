"""Child process of test_storage_sigkill.py (not a test module).

Usage: ``python storage_sigkill_child.py URL FIRST SECOND [quick]``. Imports FIRST busy
intervals for one source, commits, prints ``committed`` and waits for a line on stdin; then
replaces them with SECOND intervals, prints ``ready`` while that transaction is still open (old
rows deleted, new rows written, nothing committed) and waits on stdin until the parent kills it.
With ``quick`` the second import goes through the import's writer without SQLAlchemy
(``storage.quick_write``, as ``import-ics`` uses it).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.storage import open_store
from interviewplanner.storage.quick_write import open_quick_writer

T0 = datetime(2025, 1, 6, tzinfo=UTC)


def intervals(count: int, minutes: int) -> list[Interval]:
    """``count`` intervals of ``minutes`` minutes, one per hour from T0."""
    return [
        Interval(T0 + timedelta(hours=i), T0 + timedelta(hours=i, minutes=minutes))
        for i in range(count)
    ]


def main(url: str, first: int, second: int, *, quick: bool = False) -> None:
    """Commit the first import, then hang inside the uncommitted second one."""
    store = open_store(url)
    with store.write() as uow:
        person = uow.interviewers.add(Interviewer("kill@example.com", "Kill", "UTC"))
        assert person.id is not None
        uow.busy.replace_source(person.id, "work.ics", intervals(first, 30), None, first, [])
    print("committed", flush=True)
    sys.stdin.readline()  # the parent notes the WAL size, then lets us go on
    writer = open_quick_writer(url) if quick else store
    assert writer is not None
    with writer.write() as uow:
        uow.busy.replace_source(person.id, "work.ics", intervals(second, 45), None, second, [])
        print("ready", flush=True)
        sys.stdin.read()  # the parent kills us here, before the commit
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), quick=sys.argv[4:] == ["quick"])
