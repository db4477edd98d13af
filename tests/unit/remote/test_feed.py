"""The feed fetcher on its own against a loopback server: gzip, size cap, redirect limit,
webcal, credentials kept to their origin, and URL checks (SPEC §9)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from interviewplanner.remote import RemoteError, RemoteFailure, UrlProblem, clean_url
from interviewplanner.remote.feed import FeedLimits, feed_client, fetch_feed
from interviewplanner.remote.urls import without_password
from tests.live_support import FeedServer, feed_server

BODY = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + b"X-PAD:" + b"a" * 4000 + b"\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


def test_gzip_is_decoded_and_validators_come_back(server: FeedServer) -> None:
    url = server.publish("/cal.ics", BODY, gzip=True)
    with feed_client() as client:
        got = fetch_feed(client, url)
        again = fetch_feed(client, url, etag=got.etag, last_modified=got.last_modified)
    assert got.data == BODY and got.etag and got.last_modified and not got.unchanged
    assert again.unchanged and again.data is None
    assert server.seen[0].headers["accept-encoding"].startswith("gzip")


def test_the_size_cap_holds_on_the_decoded_body(server: FeedServer) -> None:
    url = server.publish("/big.ics", BODY * 40, gzip=True)  # ~160 KB decoded, tiny on the wire
    with feed_client() as client, pytest.raises(RemoteError) as failed:
        fetch_feed(client, url, limits=FeedLimits(max_bytes=64 * 1024))
    assert failed.value.code is RemoteFailure.TOO_LARGE


def test_redirect_loops_stop(server: FeedServer) -> None:
    server.redirects["/a"] = "/b"
    server.redirects["/b"] = "/a"
    with feed_client() as client, pytest.raises(RemoteError) as failed:
        fetch_feed(client, server.url("/a"))
    assert failed.value.code is RemoteFailure.TOO_MANY_REDIRECTS


def test_credentials_stay_with_their_origin(server: FeedServer) -> None:
    with feed_server() as other:
        target = other.publish("/cal.ics", BODY)
        server.redirects["/moved"] = target
        with feed_client() as client:
            got = fetch_feed(client, server.url("/moved"), auth=("kim", "pw"))
        assert got.data == BODY
        assert "authorization" in server.seen[0].headers
        assert "authorization" not in other.seen[0].headers


def test_refused_connections_are_unreachable() -> None:
    with feed_client() as client, pytest.raises(RemoteError) as failed:
        fetch_feed(client, "http://127.0.0.1:9/cal.ics", limits=FeedLimits(connect=1, read=1))
    assert failed.value.code is RemoteFailure.UNREACHABLE


@pytest.mark.parametrize(("url", "clean", "problem"), [
    ("webcal://example.com/a.ics", "https://example.com/a.ics", None),
    ("WEBCALS://example.com/a.ics", "https://example.com/a.ics", None),
    ("https://kim@example.com/a.ics", "https://kim@example.com/a.ics", None),
    ("https://kim:pw@example.com/a.ics", "https://kim:***@example.com/a.ics",
     UrlProblem.PASSWORD_IN_URL),
    ("ftp://example.com/a.ics", "ftp://example.com/a.ics", UrlProblem.SCHEME),
    ("https:///a.ics", "https:///a.ics", UrlProblem.NO_HOST),
])
def test_urls(url: str, clean: str, problem: UrlProblem | None) -> None:
    assert clean_url(url) == (clean, problem)


def test_a_caldav_collection_keeps_its_slash_and_no_webcal() -> None:
    assert clean_url("https://dav.example.com/kim/work", caldav=True) == (
        "https://dav.example.com/kim/work/", None)
    assert clean_url("webcal://dav.example.com/kim/", caldav=True)[1] is UrlProblem.SCHEME
    assert without_password("https://a:b@x.example/") == "https://a:***@x.example/"
