"""A writer killed with SIGKILL in the middle of an import leaves the first import intact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import interviewplanner
from interviewplanner.storage import open_store

CHILD = Path(__file__).with_name("storage_sigkill_child.py")
REPO_ROOT = Path(interviewplanner.__file__).resolve().parent.parent
FIRST, SECOND = 200, 30_000


def _expect(child: subprocess.Popen[str], word: str) -> None:
    """Read the child's next line; fail with its stderr unless it is ``word``."""
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != word:
        child.kill()
        _, err = child.communicate(timeout=60)
        pytest.fail(f"child said {line!r} instead of {word!r}: {err}")


def _start_child(url: str, *, quick: bool) -> subprocess.Popen[str]:
    """Start the child; it commits the first import and waits for a line on stdin."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT),
                                                                       os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), url, str(FIRST), str(SECOND), *(["quick"] if quick else [])],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    _expect(child, "committed")
    return child


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("quick", [False, True], ids=["full store", "import-ics writer"])
def test_sigkill_during_replace_source_keeps_the_first_import(db_path: Path, db_url: str,
                                                              quick: bool) -> None:
    wal = Path(f"{db_path}-wal")
    child = _start_child(db_url, quick=quick)
    committed_wal = wal.stat().st_size
    assert child.stdin is not None
    child.stdin.write("go\n")
    child.stdin.flush()
    _expect(child, "ready")  # old rows deleted, new rows written, no commit: no timing guess
    uncommitted_wal = wal.stat().st_size
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=60)  # reaps the child and closes its pipes
    assert child.returncode == -signal.SIGKILL
    assert uncommitted_wal > committed_wal  # the killed transaction had already spilled pages to the WAL

    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    with open_store(db_url) as store, store.read() as uow:
        person = uow.interviewers.get_by_email("kill@example.com")
        assert person is not None and person.id is not None
        start = datetime(2025, 1, 6, tzinfo=UTC)
        busy = uow.busy.busy_between(person.id, start, start + timedelta(days=365 * 10))
        (source,) = uow.busy.sources(person.id)
    assert len(busy) == FIRST and source.events == FIRST and source.busy_intervals == FIRST
    assert {b.end - b.start for b in busy} == {timedelta(minutes=30)}  # the first import's
