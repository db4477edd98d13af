"""Eight coordinators at once on one store (SPEC §10), on SQLite and on PostgreSQL.

Eight processes book, reschedule and cancel overlapping proposals of the same four people
through the command line, several rounds each, all starting at the same moment. Afterwards no
interviewer has overlapping confirmed sessions or more interviews on a day than their limit,
every booking's SEQUENCE equals the number of changes in its history, and every action that
lost a race failed with one clear line (never a driver error or a traceback).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from interviewplanner.cli.main import main

PROCESSES = 8
ROUNDS = 6
PLAN = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "Asia/Tokyo"},
    "sessions": [{"title": "Coding", "minutes": 60, "interviewers": [], "pool": "backend",
                  "count": 2}],
    "break_minutes": 10, "same_day": True, "ordered": True, "grid_minutes": 15,
}
PEOPLE = ("hanako", "ken", "yui", "sora")
LOSER = re.compile(
    r"^interviewplanner: error: (this proposal is no longer free|no proposal fits|there are only "
    r"\d+ proposals|booking \S+ (is already cancelled|was cancelled meanwhile|is cancelled; book "
    r"the panel again))")


def _cli(db: str, *args: str) -> tuple[int, str]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--db", db, *args])
    return code, out.getvalue()


@pytest.mark.slow
def test_eight_coordinators_never_double_book_and_every_loser_gets_one_line(
    store_url: str, tmp_path: Path
) -> None:
    for name in PEOPLE:
        code, _ = _cli(store_url, "interviewer", "add", "--name", name.title(), "--email",
                       f"{name}@example.com", "--tz", "Asia/Tokyo", "--country", "JP",
                       "--pool", "backend")
        assert code == 0
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN), encoding="utf-8")
    actions = _run_children(store_url, plan)
    losers = [a for a in actions if a["code"] != 0]
    assert len(actions) >= PROCESSES * ROUNDS // 2 and any(a["code"] == 0 for a in actions)
    for lost in losers:
        lines = str(lost["err"]).splitlines()
        assert len(lines) == 1 and LOSER.match(lines[0]), lost
    code, out = _cli(store_url, "bookings", "--json")
    assert code == 0
    booked = json.loads(out)["bookings"]
    _check_no_overlap_and_limits(booked)
    for booking in booked:
        assert booking["sequence"] == len(booking["history"]) - 1, booking


def _run_children(db: str, plan: Path) -> list[dict[str, object]]:
    child = Path(__file__).with_name("contention_child.py")
    root = Path(__file__).parents[2]
    procs = [subprocess.Popen(
        [sys.executable, str(child), db, str(plan), str(seed), str(ROUNDS)], cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)}, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for seed in range(PROCESSES)]
    try:
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for proc in procs:  # all go at once
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        outputs = [proc.communicate(timeout=240) for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    actions: list[dict[str, object]] = []
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        actions += json.loads(out.strip().splitlines()[-1])
    return actions


def _check_no_overlap_and_limits(booked: list[dict[str, object]]) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    held: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for booking in booked:
        if booking["status"] != "confirmed":
            continue
        assert isinstance(booking["sessions"], list)
        for session in booking["sessions"]:
            start = datetime.fromisoformat(session["start"].replace("Z", "+00:00"))
            end = datetime.fromisoformat(session["end"].replace("Z", "+00:00"))
            for person in session["interviewers"]:
                held[person].append((start, end))
    assert held, "some bookings must have survived"
    for person, spans in held.items():
        spans.sort()
        for (_, first_end), (second_start, _) in pairwise(spans):
            assert first_end <= second_start, f"{person} is double-booked: {spans}"
        per_day = Counter(start.astimezone(tokyo).date() for start, _ in spans)
        assert max(per_day.values()) <= 2, f"{person} is over the daily limit: {per_day}"
        assert len(spans) <= 6, f"{person} is over the weekly limit"
