"""CalDAV against a real Radicale server on loopback (SPEC §9), started for this module and
stopped after it: reading a collection equals importing the same events; publish → reschedule →
publish → cancel → publish leaves exactly one current resource per session."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from tests import corpus_expect
from tests.cli.conftest import Cli
from tests.cli.test_cli_bookings import PLAN, RANGE
from tests.live_support import Radicale, radicale_server

LONDON = corpus_expect.CORPUS / "06_nextcloud_recurrence_rules_london.ics"
WINDOW = ("--from", "2026-11-01", "--to", "2027-03-01")
OWNER = "oliver.bennett@example.co.uk"


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    with radicale_server(tmp_path_factory.mktemp("radicale")) as server:
        yield server


def _client(server: Radicale) -> Any:
    from caldav.davclient import DAVClient

    return DAVClient(url=server.url, username=server.user, password=server.password,
                     auth_type="basic")


def _new_collection(server: Radicale, name: str) -> str:
    url = server.collection(name)
    with _client(server) as client:
        client.principal().make_calendar(name=name, cal_id=name)
    return url


def _put_events_of(server: Radicale, collection: str, data: bytes) -> int:
    """PUT each UID of the file as its own resource (with the file's VTIMEZONEs)."""
    source = Calendar.from_ical(data)
    zones = [c for c in source.subcomponents if c.name == "VTIMEZONE"]
    by_uid: dict[str, list[Any]] = {}
    for component in source.subcomponents:
        if component.name == "VEVENT":
            by_uid.setdefault(str(component.get("UID")), []).append(component)
    with _client(server) as client:
        for number, (_uid, events) in enumerate(by_uid.items()):
            resource = Calendar()
            resource.add("PRODID", "-//test//radicale//EN")
            resource.add("VERSION", "2.0")
            for component in (*zones, *events):
                resource.add_component(component)
            response = client.put(f"{collection}event-{number}.ics", resource.to_ical().decode(),
                                  {"Content-Type": "text/calendar; charset=utf-8"})
            assert response.status in (201, 204), response.status
    return len(by_uid)


def _resources(server: Radicale, collection: str) -> list[Calendar]:
    with _client(server) as client:
        found = client.calendar(url=collection).get_events()
        return [Calendar.from_ical(item.data) for item in found]


def _busy(cli: Cli, email: str) -> list[tuple[str, str]]:
    return [(b["start"], b["end"]) for b in
            cli("busy", "--interviewer", email, *WINDOW, "--json").json()["busy"]]


def test_caldav_read_equals_import_of_the_same_events(
        cli: Cli, radicale: Radicale, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("interviewer", "add", "--name", "Oliver Bennett", "--email", OWNER,
               "--tz", "Europe/London").code == 0
    assert cli("import-ics", "--interviewer", OWNER, str(LONDON)).code == 0
    imported = _busy(cli, OWNER)
    assert imported
    (file_source,) = cli("source", "list", "--json").json()["sources"]
    assert cli("source", "remove", str(file_source["id"])).code == 0

    collection = _new_collection(radicale, f"oliver-{uuid.uuid4().hex[:8]}")
    assert _put_events_of(radicale, collection, LONDON.read_bytes()) > 1
    monkeypatch.setenv("RADICALE_PW", radicale.password)
    added = cli("source", "add", "--interviewer", OWNER, "--caldav", collection,
                "--user", radicale.user, "--password-env", "RADICALE_PW", "--json")
    assert added.code == 0, added.err
    assert added.json()["source"]["kind"] == "caldav"
    first = cli("refresh", "--json")
    assert first.code == 0, first.out
    (row,) = first.json()["sources"]
    assert row["status"] == "updated" and row["error"] is None
    assert _busy(cli, OWNER) == imported  # CalDAV read equals import of the same events
    second = cli("refresh", "--json").json()["sources"][0]
    assert second["status"] == "unchanged"  # the collection's sync-token did not move

    monkeypatch.setenv("RADICALE_PW", "not-the-password")
    refused = cli("refresh", "--json")
    assert refused.code == 1 and "refused" in refused.json()["sources"][0]["error"]
    assert _busy(cli, OWNER) == imported
    assert "not-the-password" not in refused.out + refused.err


def test_publish_reschedule_cancel_leaves_one_resource_per_session(
        cli: Cli, radicale: Radicale, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, email, tz, cc in (("Hanako Sato", "hanako@example.com", "Asia/Tokyo", "JP"),
                                ("Ken Ito", "ken@example.com", "Asia/Tokyo", "JP"),
                                ("Amy Lee", "amy@example.com", "America/Los_Angeles", "US")):
        assert cli("interviewer", "add", "--name", name, "--email", email, "--tz", tz,
                   "--country", cc, "--pool", "backend").code == 0
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN), encoding="utf-8")
    booked = cli("book", "--plan", str(plan), *RANGE, "--proposal", "1", "--json").json()
    bid, uids = booked["booking_id"], [s["uid"] for s in booked["sessions"]]
    collection = _new_collection(radicale, f"recruiting-{uuid.uuid4().hex[:8]}")
    monkeypatch.setenv("RADICALE_PW", radicale.password)
    publish = ("publish", bid, "--caldav", collection, "--user", radicale.user,
               "--password-env", "RADICALE_PW", "--json")

    def published(sequence: int, status: str) -> list[Any]:
        events = [e for cal in _resources(radicale, collection) for e in cal.walk("VEVENT")]
        assert sorted(str(e["UID"]) for e in events) == sorted(uids)  # one per session
        assert all(int(e["SEQUENCE"]) == sequence and str(e["STATUS"]) == status for e in events)
        return events

    first = cli(*publish)
    assert first.code == 0, first.err
    assert first.json()["created"] == len(uids) and first.json()["updated"] == 0
    events = published(0, "CONFIRMED")
    assert not any("METHOD" in cal for cal in _resources(radicale, collection))
    before = {str(e["UID"]): e.decoded("DTSTART") for e in events}

    moved = cli("reschedule", bid, *RANGE, "--proposal", "2", "--json")
    assert moved.code == 0, moved.err
    again = cli(*publish).json()
    assert again["created"] == 0 and again["updated"] == len(uids)
    after = {str(e["UID"]): e.decoded("DTSTART") for e in published(1, "CONFIRMED")}
    assert after != before

    assert cli("cancel", bid).code == 0
    assert cli(*publish).json()["status"] == "cancelled"
    published(2, "CANCELLED")
    last = cli(*publish)
    assert last.json()["created"] == 0
    published(2, "CANCELLED")
    assert radicale.password not in last.out + last.err
