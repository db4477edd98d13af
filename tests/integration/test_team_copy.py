"""Moving a team's store (SPEC §10): SQLite → PostgreSQL → SQLite with ``db copy`` is lossless.

A store is filled through the command line from the import benchmark's generator (people in
Tokyo, Los Angeles, New York and London with year-long calendars shaped like real exports,
aliases, pools, policies), plus a template and bookings that were rescheduled and cancelled by
two coordinators. It is copied into PostgreSQL and back into a new SQLite file; every JSON view
of the command line reads the same from all three.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from interviewplanner.cli.main import main
from tests.backends import PostgresServer
from tests.bench.gen_calendars import generate

PEOPLE = 6
RANGE = ("--from", "2026-12-07", "--to", "2026-12-19")
HORIZON = ("--from", "2026-11-01", "--to", "2027-03-01")
PLAN = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "Europe/London"},
    "sessions": [{"title": "Coding", "minutes": 45, "interviewers": [], "pool": "backend",
                  "count": 1},
                 {"title": "Hiring manager", "minutes": 30, "interviewers": [], "pool": "leads",
                  "count": 1}],
    "break_minutes": 10, "same_day": True, "ordered": False, "grid_minutes": 15,
    "organizer": {"name": "Recruiting", "email": "recruiting@example.com"},
}


def _cli(db: str, *args: str) -> Any:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--db", db, *args])
    assert code == 0, (args, err.getvalue())
    return json.loads(out.getvalue()) if "--json" in args else out.getvalue()


def _fill(db: str, tmp_path: Path) -> list[str]:
    """The benchmark generator's people and calendars, a template and changed bookings."""
    people = generate(PEOPLE, 20261024, tmp_path / "calendars")
    for i, person in enumerate(people):
        extra = ["--pool", "leads", "--max-per-day", "3"] if i % 3 == 0 else ["--buffer", "10"]
        _cli(db, "interviewer", "add", "--name", person.name, "--email", person.email,
             "--alias", f"alias{i}@example.org", "--tz", person.timezone, "--pool", "backend",
             *extra)
        _cli(db, "import-ics", "--interviewer", person.email, str(person.path), *HORIZON,
             *(["--keep-titles"] if i % 2 else []), "--json")
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN), encoding="utf-8")
    _cli(db, "template", "save", "panel", "--plan", str(plan))
    ids = [_cli(db, "--as", "Hanako", "book", "--plan", str(plan), *RANGE, "--proposal", "1",
                "--json")["booking_id"] for _ in range(3)]
    _cli(db, "--as", "Ken", "reschedule", ids[0], *RANGE, "--proposal", "2")
    _cli(db, "--as", "Ken", "cancel", ids[1])
    return [p.email for p in people]


def _views(db: str, emails: list[str]) -> dict[str, Any]:
    """Everything the command line shows as JSON."""
    views: dict[str, Any] = {
        "interviewers": _cli(db, "interviewer", "list", "--json"),
        "bookings": _cli(db, "bookings", "--json"),
        "templates": _cli(db, "template", "list", "--json"),
        "template": _cli(db, "template", "show", "panel", "--json"),
        "sources": _cli(db, "source", "list", "--json"),
    }
    for email in emails:
        views[f"busy {email}"] = _cli(db, "busy", "--interviewer", email, *HORIZON, "--json")
        views[f"free {email}"] = _cli(db, "free", "--interviewer", email, *RANGE, "--json")
    return views


@pytest.mark.slow
def test_sqlite_to_postgresql_and_back_reads_the_same(tmp_path: Path,
                                                      postgres: PostgresServer) -> None:
    first, back = f"sqlite:///{tmp_path / 'first.db'}", f"sqlite:///{tmp_path / 'back.db'}"
    server = postgres.url(postgres.create_database(), password="s3cret")
    emails = _fill(first, tmp_path)
    copied = _cli(first, "db", "copy", "--to", server, "--json")
    assert copied["tables"]["busy_intervals"] > 1000 and copied["tables"]["bookings"] == 3
    assert "s3cret" not in json.dumps(copied) and copied["to"].count("***") == 1
    _cli(server, "db", "copy", "--to", back)
    original = _views(first, emails)
    assert len(original["bookings"]["bookings"]) == 3
    assert _views(server, emails) == original
    assert _views(back, emails) == original
