"""Subscribed ICS feeds through the command line against a real HTTP server on loopback (§9).

First refresh equals ``import-ics`` of the same bytes; the second is a conditional request
answered 304 ("unchanged"); changed bytes update; a sign-in page, 404, 401, a server that never
answers and a bad certificate each fail alone, in time, keeping the busy time of the last good
refresh; the password is never printed nor stored in the database file.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from interviewplanner.config import database_url
from interviewplanner.remote.feed import FeedLimits
from interviewplanner.services.sources import RefreshOptions, refresh
from interviewplanner.storage.db import open_store
from tests import corpus_expect
from tests.cli.conftest import Cli
from tests.live_support import FeedServer, feed_server, self_signed_certificate

TOKYO = corpus_expect.CORPUS / "01_google_tokyo_standup.ics"
LONDON = corpus_expect.CORPUS / "06_nextcloud_recurrence_rules_london.ics"
WINDOW = ("--from", "2026-11-01", "--to", "2027-03-01")
SATO = "hanako.sato@example.com"
SECRET = "s3cr3t-Pa55word-never-shown"


@pytest.fixture
def store_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """The URL of the store the ``cli`` fixture writes to (SQLite file or PostgreSQL)."""
    try:
        target = str(request.getfixturevalue("db_target"))
    except pytest.FixtureLookupError:
        target = str(db_path)
    return database_url(target)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


def _add(cli: Cli, email: str = SATO, name: str = "Hanako Sato") -> None:
    assert cli("interviewer", "add", "--name", name, "--email", email, "--tz", "Asia/Tokyo").code == 0


def _busy(cli: Cli, email: str = SATO) -> list[tuple[str, str]]:
    answer = cli("busy", "--interviewer", email, *WINDOW, "--json")
    assert answer.code == 0, answer.err
    return [(b["start"], b["end"]) for b in answer.json()["busy"]]


def _subscribe(cli: Cli, url: str, *extra: str, email: str = SATO) -> dict[str, Any]:
    added = cli("source", "add", "--interviewer", email, "--url", url, *extra, "--json")
    assert added.code == 0, added.err
    return dict(added.json()["source"])


def _refresh(cli: Cli) -> tuple[int, dict[str, dict[str, Any]]]:
    answer = cli("refresh", "--json")
    return answer.code, {row["source"]: row for row in answer.json()["sources"]}


def test_first_refresh_equals_import_then_304_then_update(cli: Cli, server: FeedServer) -> None:
    _add(cli)
    assert cli("import-ics", "--interviewer", SATO, str(TOKYO)).code == 0
    imported = _busy(cli)
    (file_source,) = cli("source", "list", "--json").json()["sources"]
    assert file_source["kind"] == "file" and file_source["source"] == str(TOKYO.resolve())
    assert cli("source", "remove", str(file_source["id"])).code == 0
    assert _busy(cli) == []
    url = server.publish("/sato/basic.ics", TOKYO.read_bytes(), gzip=True)
    source = _subscribe(cli, url)
    assert source["kind"] == "feed" and source["last_refresh"] is None

    code, rows = _refresh(cli)
    assert code == 0 and rows[url]["status"] == "updated" and rows[url]["error"] is None
    assert rows[url]["interviewer"] == SATO and rows[url]["busy_intervals"] > 0
    assert _busy(cli) == imported  # the same bytes give the same busy time
    assert server.requests_to("/sato/basic.ics")[0].headers.get("accept-encoding", "").find("gzip") >= 0

    code, rows = _refresh(cli)
    assert code == 0 and rows[url]["status"] == "unchanged"
    second = server.requests_to("/sato/basic.ics")[-1]
    assert second.status == 304 and second.headers["if-none-match"].startswith('"')
    assert "if-modified-since" in second.headers
    assert _busy(cli) == imported

    server.publish("/sato/basic.ics", LONDON.read_bytes())
    code, rows = _refresh(cli)
    assert code == 0 and rows[url]["status"] == "updated"
    assert _busy(cli) != imported
    listed = cli("source", "list", "--json").json()["sources"]
    feed = next(s for s in listed if s["source"] == url)
    assert feed["status"] == "updated" and feed["last_refresh"] and feed["stale"] is False


def test_webcal_is_read_as_https_and_a_redirect_is_followed(cli: Cli, server: FeedServer) -> None:
    _add(cli)
    source = _subscribe(cli, "webcal://calendar.example.com/kim.ics")
    assert source["url"] == "https://calendar.example.com/kim.ics"
    server.publish("/moved/basic.ics", TOKYO.read_bytes())
    server.redirects["/old.ics"] = "/moved/basic.ics"
    url = server.url("/old.ics")
    _subscribe(cli, url)
    assert cli("source", "remove", str(source["id"])).code == 0
    code, rows = _refresh(cli)
    assert code == 0 and rows[url]["status"] == "updated" and rows[url]["busy_intervals"] > 0


def test_each_failure_fails_alone_and_keeps_the_last_good_busy_time(
        cli: Cli, server: FeedServer) -> None:
    _add(cli)
    good = server.publish("/good.ics", TOKYO.read_bytes())
    flaky = server.publish("/flaky.ics", LONDON.read_bytes())
    _subscribe(cli, good)
    _subscribe(cli, flaky)
    assert _refresh(cli)[0] == 0
    before = _busy(cli)
    failures = {
        "/login": "web page",
        "/gone.ics": "HTTP 404",
    }
    for path, words in failures.items():
        server.redirects["/flaky.ics"] = path
        code, rows = _refresh(cli)
        assert code == 1, path
        assert rows[flaky]["status"] == "failed" and words in rows[flaky]["error"], rows[flaky]
        assert "kept" in rows[flaky]["error"]
        assert rows[good]["status"] == "unchanged" and rows[good]["error"] is None
        assert _busy(cli) == before
        listed = {s["source"]: s for s in cli("source", "list", "--json").json()["sources"]}
        assert listed[flaky]["status"] == "failed" and words in listed[flaky]["error"]
    human = cli("refresh")
    assert human.code == 1 and "failed" in human.out and "HTTP 404" in human.out


def test_a_server_that_never_answers_fails_that_source_in_time(
        cli: Cli, server: FeedServer, store_url: str) -> None:
    _add(cli)
    good = server.publish("/good.ics", TOKYO.read_bytes())
    _subscribe(cli, good)
    _subscribe(cli, server.url("/hang"))
    assert FeedLimits().total <= 30  # the defaults: no fetch can take longer in all
    limits = FeedLimits(connect=1.0, read=1.0, deadline=1.5)
    with open_store(store_url) as store:
        started = time.monotonic()
        report = refresh(store, options=RefreshOptions(limits=limits))
        elapsed = time.monotonic() - started
    assert elapsed < limits.total + 2, elapsed
    by_url = {o.source.name: o for o in report.outcomes}
    assert by_url[good].status.value == "updated"
    hung = by_url[server.url("/hang")]
    assert hung.status.value == "failed" and hung.error is not None
    assert hung.error.code.value == "source_timeout"


def test_credentials_needed_refused_and_never_printed_or_stored(
        cli: Cli, server: FeedServer, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _add(cli)
    url = server.publish("/private.ics", TOKYO.read_bytes(), user="sato", password=SECRET)
    bare = server.url("/private.ics?bare")
    server.redirects["/private.ics?bare"] = "/private.ics"
    _subscribe(cli, bare)
    code, rows = _refresh(cli)
    assert code == 1 and "wants a user name and password" in rows[bare]["error"]
    assert "HTTP 401" in rows[bare]["error"]

    monkeypatch.setenv("SATO_CAL_PW", "wrong-password")
    _subscribe(cli, url, "--user", "sato", "--password-env", "SATO_CAL_PW")
    code, rows = _refresh(cli)
    assert code == 1 and "refused the user name and password" in rows[url]["error"]

    monkeypatch.setenv("SATO_CAL_PW", SECRET)
    answer = cli("refresh", "--json")
    rows = {row["source"]: row for row in answer.json()["sources"]}
    assert rows[url]["status"] == "updated"
    assert any(r.status == 200 and r.headers["authorization"].startswith("Basic ")
               for r in server.requests_to("/private.ics"))
    listed = cli("source", "list", "--json")
    shown = next(s for s in listed.json()["sources"] if s["source"] == url)
    assert shown["password_env"] == "SATO_CAL_PW" and shown["username"] == "sato"
    monkeypatch.delenv("SATO_CAL_PW")
    missing = cli("refresh", "--json")
    gone = {row["source"]: row for row in missing.json()["sources"]}[url]
    assert gone["status"] == "failed" and "SATO_CAL_PW is not set" in gone["error"]
    for text in (answer.out, answer.err, listed.out, missing.out, missing.err):
        assert SECRET not in text
    for path in db_path.parent.glob(db_path.name + "*"):
        assert SECRET.encode() not in path.read_bytes(), path


def test_a_password_inside_the_url_is_refused(cli: Cli) -> None:
    _add(cli)
    answer = cli("source", "add", "--interviewer", SATO, "--url",
                 f"https://sato:{SECRET}@calendar.example.com/basic.ics")
    assert answer.code == 1 and SECRET not in answer.err and "--password-env" in answer.err
    assert cli("source", "add", "--interviewer", SATO, "--url", "ftp://example.com/a.ics").code == 1
    assert "no calendar source" in cli("source", "remove", "99").err


def test_a_bad_certificate_fails_that_source(cli: Cli, tmp_path: Path) -> None:
    certificate = self_signed_certificate(tmp_path)
    if certificate is None:
        pytest.skip("openssl is not installed")
    _add(cli)
    with feed_server(certificate=certificate) as secure:
        url = secure.publish("/basic.ics", TOKYO.read_bytes())
        _subscribe(cli, url)
        code, rows = _refresh(cli)
    assert code == 1 and rows[url]["status"] == "failed"
    assert "certificate" in rows[url]["error"], rows[url]["error"]
