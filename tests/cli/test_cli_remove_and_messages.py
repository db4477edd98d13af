"""``interviewer remove`` and ``messages`` through the command line (SPEC §5, §7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

PLAN = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "Asia/Singapore"},
    "sessions": [
        {"title": "Coding", "minutes": 60, "interviewers": ["hanako@example.com"]},
        {"title": "Hiring manager", "minutes": 45, "interviewers": ["amy@example.com"]},
    ],
    "break_minutes": 10, "grid_minutes": 15,
    "organizer": {"name": "Recruiting", "email": "recruiting@example.com"},
}
RANGE = ("--from", "2031-03-03", "--to", "2031-03-08")  # ahead of any run of the suite


@pytest.fixture
def plan_file(tmp_path: Path, cli: Cli) -> Path:
    """Hanako (Tokyo) and Amy (Los Angeles) on the roster, and the plan above."""
    for name, email, tz, cc in (("Hanako Sato", "hanako@example.com", "Asia/Tokyo", "JP"),
                                ("Amy Lee", "amy@example.com", "America/Los_Angeles", "US")):
        assert cli("interviewer", "add", "--name", name, "--email", email, "--tz", tz,
                   "--country", cc).code == 0
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN), encoding="utf-8")
    return path


def test_remove_an_interviewer_without_bookings(cli: Cli, plan_file: Path) -> None:
    done = cli("interviewer", "remove", "amy@example.com", "--json")
    assert done.code == 0, done.err
    assert done.json() == {"removed": {"email": "amy@example.com", "name": "Amy Lee"},
                           "sources": 0, "busy_intervals": 0, "bookings_kept": 0}
    people = cli("interviewer", "list", "--json").json()["interviewers"]
    assert [p["email"] for p in people] == ["hanako@example.com"]
    again = cli("interviewer", "remove", "amy@example.com")
    assert again.code != 0 and again.out == ""
    assert again.err.count("\n") == 1 and "amy@example.com" in again.err


def test_remove_is_refused_while_bookings_are_to_come(cli: Cli, plan_file: Path) -> None:
    booked = cli("book", "--plan", str(plan_file), *RANGE, "--proposal", "1", "--json").json()
    refused = cli("interviewer", "remove", "hanako@example.com", "--json")
    assert refused.code != 0 and refused.out == ""
    assert refused.err.count("\n") == 1
    assert booked["booking_id"] in refused.err and "Jane Doe" in refused.err
    assert "Traceback" not in refused.err
    assert cli("cancel", booked["booking_id"]).code == 0
    done = cli("interviewer", "remove", "hanako@example.com")
    assert done.code == 0 and "Hanako Sato" in done.out
    # the cancelled booking keeps Hanako's name: her message can still be written
    texts = cli("messages", booked["booking_id"], "--json").json()["messages"]
    assert (texts[0]["to"], texts[0]["name"]) == ("hanako@example.com", "Hanako Sato")


def test_messages_in_english_and_japanese(cli: Cli, plan_file: Path) -> None:
    booked = cli("book", "--plan", str(plan_file), *RANGE, "--proposal", "1", "--json").json()
    doc = cli("messages", booked["booking_id"], "--language", "ja", "--json").json()
    assert doc["booking_id"] == booked["booking_id"] and doc["language"] == "ja"
    assert [(m["to"], m["role"], m["timezone"]) for m in doc["messages"]] == [
        ("hanako@example.com", "interviewer", "Asia/Tokyo"),
        ("amy@example.com", "interviewer", "America/Los_Angeles"),
        ("jane@example.com", "candidate", "Asia/Singapore"),
    ]
    assert "日本標準時" in doc["messages"][0]["subject"]
    assert "年" in doc["messages"][2]["body"] and "@" not in doc["messages"][2]["body"]
    human = cli("messages", booked["booking_id"])
    assert human.code == 0
    assert human.out.count("Subject: ") == 3 and "To: Amy Lee <amy@example.com>" in human.out
    unknown = cli("messages", "no-such-booking")
    assert unknown.code != 0 and "no-such-booking" in unknown.err
