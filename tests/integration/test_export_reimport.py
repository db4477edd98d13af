"""What we export, our own importer reads back as exactly the booked busy time.

An interviewer who imports their calendars/ file into a calendar, then exports that calendar
back to the coordinator, must show busy exactly during their sessions, in every zone.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli

PLAN = {
    "candidate": {"name": "山田 太郎, \"Taro\"", "email": "taro@example.com",
                  "timezone": "America/New_York"},
    "sessions": [
        {"title": "コーディング面接 (Coding; pair)", "minutes": 60, "interviewers": [],
         "pool": "backend", "count": 2},
        {"title": "Hiring manager", "minutes": 45, "interviewers": ["amy@example.com"]},
    ],
    "break_minutes": 0, "grid_minutes": 15,
    "organizer": {"name": "Recruiting", "email": "recruiting@example.com"},
}
RANGE = ("--from", "2027-03-08", "--to", "2027-03-20")  # the week US clocks change


def test_exported_calendars_import_back_as_the_booked_sessions(cli: Cli, tmp_path: Path) -> None:
    for name, email, tz, cc in (("Hanako", "hanako@example.com", "America/Los_Angeles", "US"),
                                ("Ken", "ken@example.com", "America/Los_Angeles", "US"),
                                ("Amy", "amy@example.com", "America/New_York", "US")):
        assert cli("interviewer", "add", "--name", name, "--email", email, "--tz", tz,
                   "--country", cc, "--pool", "backend").code == 0
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN, ensure_ascii=False), encoding="utf-8")
    booked = cli("book", "--plan", str(plan), *RANGE, "--proposal", "1", "--json").json()
    out = tmp_path / "out"
    files = cli("export", booked["booking_id"], "--out", str(out), "--json").json()["files"]
    mine = {f["for"][0]: out / f["path"] for f in files
            if f["kind"] == "calendar" and f["path"].startswith("calendars/")
            and len(f["for"]) == 1 and f["for"][0] != "taro@example.com"}
    for email in ("hanako@example.com", "ken@example.com", "amy@example.com"):
        expected = {(s["start"], s["end"]) for s in booked["sessions"] if email in s["interviewers"]}
        if not expected:
            continue
        before = {(b["start"], b["end"]) for b in
                  cli("busy", "--interviewer", email, *RANGE, "--json").json()["busy"]}
        report = cli("import-ics", "--interviewer", email, str(mine[email]), *RANGE, "--json").json()
        assert report["warnings"] == [] and report["skipped"] == []
        after = cli("busy", "--interviewer", email, *RANGE, "--json").json()["busy"]
        imported = {(b["start"], b["end"]) for b in after if b["source"].endswith(".ics")}
        assert imported == expected
        assert before == expected
