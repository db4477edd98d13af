"""Conflict watch (SPEC §9): a refresh that puts a booked interview under a new event shows in
``bookings --json``; a refresh that frees the time again leaves the list empty."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from interviewplanner.config import database_url
from interviewplanner.services.conflict_watch import ZONE_DATA_KEY
from interviewplanner.storage.db import open_store
from tests.cli.conftest import Cli
from tests.cli.test_cli_bookings import PLAN, RANGE
from tests.live_support import FeedServer, feed_server

KEN = "ken@example.com"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


def _calendar(*events: tuple[str, str]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//feed//EN"]
    for number, (start, end) in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:busy-{number}@example.com", "DTSTAMP:20261130T000000Z",
                  f"DTSTART:{start}", f"DTEND:{end}", "SUMMARY:Dentist", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def _stamp(iso: str, minutes: int = 0) -> str:
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")) + timedelta(minutes=minutes)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def test_a_new_event_over_a_booked_session_shows_then_clears(
        cli: Cli, server: FeedServer, tmp_path: Path) -> None:
    for name, email, tz, cc in (("Hanako Sato", "hanako@example.com", "Asia/Tokyo", "JP"),
                                ("Ken Ito", KEN, "Asia/Tokyo", "JP"),
                                ("Amy Lee", "amy@example.com", "America/Los_Angeles", "US")):
        assert cli("interviewer", "add", "--name", name, "--email", email, "--tz", tz,
                   "--country", cc, "--pool", "backend").code == 0
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN), encoding="utf-8")
    booked = cli("book", "--plan", str(plan), *RANGE, "--proposal", "1", "--json").json()
    manager = next(s for s in booked["sessions"] if s["title"] == "Hiring manager")
    url = server.publish("/ken.ics", _calendar())
    assert cli("source", "add", "--interviewer", KEN, "--url", url).code == 0
    assert cli("refresh").code == 0
    (listed,) = cli("bookings", "--json").json()["bookings"]
    assert listed["conflicts"] == []

    server.publish("/ken.ics", _calendar((_stamp(manager["start"], 15),
                                          _stamp(manager["start"], 30))))
    answer = cli("refresh", "--json").json()
    assert [c["booking_id"] for c in answer["new_conflicts"]] == [booked["booking_id"]]
    (listed,) = cli("bookings", "--json").json()["bookings"]
    assert listed["conflicts"] == [{"interviewer": KEN, "session": "Hiring manager",
                                    "start": manager["start"], "end": manager["end"],
                                    "reason": "busy"}]
    assert "find a new time" in cli("bookings").out

    server.publish("/ken.ics", _calendar())
    assert cli("refresh").code == 0
    (listed,) = cli("bookings", "--json").json()["bookings"]
    assert listed["conflicts"] == []


def test_an_import_and_a_moved_booking_are_watched_too(cli: Cli, tmp_path: Path) -> None:
    for name, email, tz, cc in (("Hanako Sato", "hanako@example.com", "Asia/Tokyo", "JP"),
                                ("Ken Ito", KEN, "Asia/Tokyo", "JP"),
                                ("Amy Lee", "amy@example.com", "America/Los_Angeles", "US")):
        assert cli("interviewer", "add", "--name", name, "--email", email, "--tz", tz,
                   "--country", cc, "--pool", "backend").code == 0
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN), encoding="utf-8")
    booked = cli("book", "--plan", str(plan), *RANGE, "--proposal", "1", "--json").json()
    manager = next(s for s in booked["sessions"] if s["title"] == "Hiring manager")
    busy = tmp_path / "ken.ics"
    busy.write_bytes(_calendar((_stamp(manager["start"]), _stamp(manager["end"]))))
    assert cli("import-ics", "--interviewer", KEN, str(busy)).code == 0
    (listed,) = cli("bookings", "--json").json()["bookings"]
    assert [c["reason"] for c in listed["conflicts"]] == ["busy"]
    moved = cli("reschedule", booked["booking_id"], *RANGE, "--proposal", "1", "--json")
    assert moved.code == 0, moved.err
    (listed,) = cli("bookings", "--json").json()["bookings"]
    assert listed["conflicts"] == []  # the stored conflict was about the old times


@pytest.fixture
def store_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """The URL of the store the ``cli`` fixture writes to (SQLite file or PostgreSQL)."""
    try:
        target = str(request.getfixturevalue("db_target"))
    except pytest.FixtureLookupError:
        target = str(db_path)
    return database_url(target)


def test_a_new_time_zone_database_rechecks_at_start(cli: Cli, store_url: str) -> None:
    assert cli("bookings", "--json").json() == {"bookings": []}
    with open_store(store_url) as store:
        with store.read() as uow:
            assert uow.state.get(ZONE_DATA_KEY)
        with store.write() as uow:
            uow.state.set(ZONE_DATA_KEY, "system 1970a")
    assert cli("bookings").code == 0
    with open_store(store_url) as store, store.read() as uow:
        assert uow.state.get(ZONE_DATA_KEY) != "system 1970a"
