"""propose → book → reschedule → cancel → export through the command line (SPEC §5, §7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

PLAN = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "Europe/London"},
    "sessions": [
        {"title": "Coding", "minutes": 60, "interviewers": [], "pool": "backend", "count": 2},
        {"title": "Hiring manager", "minutes": 45, "interviewers": ["ken@example.com"]},
    ],
    "break_minutes": 10, "same_day": True, "ordered": True, "grid_minutes": 15,
    "organizer": {"name": "Recruiting", "email": "recruiting@example.com"},
    "location": "https://meet.example.com/abc",
}
RANGE = ("--from", "2026-12-01", "--to", "2026-12-10")


@pytest.fixture
def plan_file(tmp_path: Path, cli: Cli) -> Path:
    """A roster of three Tokyo/LA interviewers and the plan above."""
    for name, email, tz, cc in (("Hanako Sato", "hanako@example.com", "Asia/Tokyo", "JP"),
                                ("Ken Ito", "ken@example.com", "Asia/Tokyo", "JP"),
                                ("Amy Lee", "amy@example.com", "America/Los_Angeles", "US")):
        assert cli("interviewer", "add", "--name", name, "--email", email, "--tz", tz,
                   "--country", cc, "--pool", "backend").code == 0
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN), encoding="utf-8")
    return path


def test_propose_is_deterministic_and_book_takes_rank_k(cli: Cli, plan_file: Path) -> None:
    first = cli("propose", "--plan", str(plan_file), *RANGE, "--json").json()
    again = cli("propose", "--plan", str(plan_file), *RANGE, "--json").json()
    assert first == again
    assert first["reason_if_empty"] is None and len(first["proposals"]) >= 2
    booked = cli("book", "--plan", str(plan_file), *RANGE, "--proposal", "2", "--json").json()
    chosen = first["proposals"][1]["sessions"]
    assert [(s["start"], s["end"], s["interviewers"]) for s in booked["sessions"]] == [
        (s["start"], s["end"], s["interviewers"]) for s in chosen]
    busy = cli("busy", "--interviewer", "ken@example.com", *RANGE, "--json").json()["busy"]
    assert {(b["start"], b["end"]) for b in busy} == {(s["start"], s["end"]) for s in chosen}
    after = cli("propose", "--plan", str(plan_file), *RANGE, "--json").json()["proposals"]
    taken = {s["start"] for s in chosen}
    assert not any(s["start"] in taken for p in after for s in p["sessions"])


def test_reschedule_and_cancel_keep_uids_and_raise_sequence(
    cli: Cli, plan_file: Path, tmp_path: Path
) -> None:
    booked = cli("book", "--plan", str(plan_file), *RANGE, "--proposal", "1", "--json").json()
    bid = booked["booking_id"]
    moved = cli("reschedule", bid, *RANGE, "--proposal", "2", "--json").json()
    assert [s["uid"] for s in moved["sessions"]] == [s["uid"] for s in booked["sessions"]]
    assert moved["sequence"] == booked["sequence"] + 1
    assert moved["sessions"][0]["start"] != booked["sessions"][0]["start"]
    done = cli("cancel", bid, "--json").json()
    assert done["status"] == "cancelled" and done["sequence"] == moved["sequence"] + 1
    (listed,) = cli("bookings", "--json").json()["bookings"]
    assert [h["action"] for h in listed["history"]] == ["booked", "rescheduled", "cancelled"]
    assert listed["history"][0]["at"] < listed["history"][1]["at"] < listed["history"][2]["at"]
    assert cli("busy", "--interviewer", "ken@example.com", *RANGE, "--json").json()["busy"] == []
    out = cli("export", bid, "--out", str(tmp_path / "out"), "--json").json()
    invites = [f for f in out["files"] if f["kind"] == "invite"]
    assert len(invites) == 2
    text = (tmp_path / "out" / invites[0]["path"]).read_bytes().decode("utf-8")
    assert "METHOD:CANCEL" in text and "STATUS:CANCELLED" in text and "SEQUENCE:2" in text
    assert cli("reschedule", bid, *RANGE, "--proposal", "1").code != 0


def test_no_proposal_says_why(cli: Cli, plan_file: Path) -> None:
    christmas = cli("propose", "--plan", str(plan_file), "--from", "2026-12-29", "--to",
                    "2027-01-04", "--json").json()
    assert christmas["proposals"] == []
    assert christmas["reason_if_empty"]
    failed = cli("book", "--plan", str(plan_file), "--from", "2026-12-29", "--to", "2027-01-04",
                 "--proposal", "1")
    assert failed.code != 0 and "no proposal fits" in failed.err


def test_bad_plan_names_the_field(cli: Cli, tmp_path: Path) -> None:
    bad = dict(PLAN, sessions=[{"title": "x", "minutes": -5, "interviewers": ["a@example.com"]}])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    result = cli("propose", "--plan", str(path), *RANGE)
    assert result.code != 0 and "minutes" in result.err and len(result.err.splitlines()) == 1
    path.write_text("{not json", encoding="utf-8")
    broken = cli("propose", "--plan", str(path), *RANGE)
    assert broken.code != 0 and "line 1" in broken.err


def test_two_processes_booking_the_same_proposal_end_with_one_booking(
    cli: Cli, plan_file: Path, store_url: str
) -> None:
    child = Path(__file__).with_name("booking_race_child.py")
    root = Path(__file__).parents[2]
    procs = [subprocess.Popen([sys.executable, str(child), store_url, str(plan_file)], cwd=root,
                              env={**os.environ, "PYTHONPATH": str(root)},
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for _ in range(2)]
    picked = [p.stdout.readline().split(" ", 1) for p in procs if p.stdout]
    assert [w for w, _ in picked] == ["picked", "picked"]
    assert picked[0][1] == picked[1][1], "both sides must hold the same proposal"
    for p in procs:  # both go at once: both are past their read, both try to write
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    answers = sorted(p.communicate(timeout=120)[0].split(" ", 1)[0] for p in procs)
    assert answers == ["booked", "refused"]
    assert len(cli("bookings", "--json").json()["bookings"]) == 1


def test_templates_round_trip_and_drive_propose(cli: Cli, plan_file: Path) -> None:
    assert cli("template", "save", "backend-panel", "--plan", str(plan_file)).code == 0
    assert cli("template", "list", "--json").json() == {"templates": ["backend-panel"]}
    shown = cli("template", "show", "backend-panel", "--json").json()
    assert shown["sessions"][1]["interviewers"] == ["ken@example.com"]
    from_file = cli("propose", "--plan", str(plan_file), *RANGE, "--json").json()
    from_template = cli("propose", "--template", "backend-panel", *RANGE, "--json").json()
    assert from_template == from_file
    assert cli("template", "delete", "backend-panel").code == 0
    missing = cli("propose", "--template", "backend-panel", *RANGE)
    assert missing.code != 0 and "backend-panel" in missing.err
