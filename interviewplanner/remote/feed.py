"""Fetch an ICS feed as a good HTTP citizen (SPEC §9), with httpx.

- **Conditional GET**: the ETag and Last-Modified of the last good fetch go out as
  If-None-Match and If-Modified-Since; a 304 is :attr:`Fetched.unchanged` and costs no body.
- **Bounded time**: connecting may take :attr:`FeedLimits.connect` seconds, each read
  :attr:`FeedLimits.read`; after :attr:`FeedLimits.deadline` seconds no further redirect or
  chunk is waited for, so one fetch ends within ``deadline + read`` (30 s by default) whatever
  the server does, and a server that never answers fails that feed, not the app.
- **Redirects** are followed by hand (at most :attr:`FeedLimits.max_redirects`), so the
  deadline holds across them; credentials go only to the origin they were given for.
- **Size cap** on the decoded body (:attr:`FeedLimits.max_bytes`), checked while streaming, so a
  gzip bomb stops early; gzip and deflate are decoded by httpx.
- **Errors** are :class:`~interviewplanner.remote.errors.RemoteError` codes: 401/403 (``auth``,
  saying whether credentials were sent), another status, a timeout, a certificate failure, an
  unreachable host. Whether the body is a calendar is for the reader to say.

One :class:`httpx.Client` (:func:`feed_client`) serves many feeds, in several threads at once,
reusing connections to the same host.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from interviewplanner import __version__
from interviewplanner.remote.errors import RemoteError, RemoteFailure, certificate_problem
from interviewplanner.remote.urls import clean_url

__all__ = ["FeedLimits", "Fetched", "feed_client", "fetch_feed"]

USER_AGENT = f"interviewplanner/{__version__} (calendar subscription)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FeedLimits:
    """How long and how much one fetch may take (``deadline + read`` is the most in all)."""

    connect: float = 5.0
    read: float = 10.0
    deadline: float = 20.0
    max_bytes: int = 64 * 1024 * 1024
    max_redirects: int = 5

    @property
    def total(self) -> float:
        """The longest one fetch can take, in seconds."""
        return self.deadline + self.read


@dataclass(frozen=True, slots=True)
class Fetched:
    """What a fetch brought: the body (``None`` when unchanged) and the server's validators."""

    unchanged: bool
    data: bytes | None
    etag: str | None
    last_modified: str | None
    url: str  # where the feed was in the end (after redirects)
    content_type: str = ""


@contextmanager
def feed_client(limits: FeedLimits = FeedLimits(), *, verify: bool | str = True) -> Iterator[httpx.Client]:
    """An HTTP client for fetching feeds (``verify``: a CA bundle path, or ``False``)."""
    timeout = httpx.Timeout(limits.read, connect=limits.connect)
    pool = httpx.Limits(max_connections=16, max_keepalive_connections=16)
    with httpx.Client(timeout=timeout, limits=pool, verify=verify, follow_redirects=False,
                      headers={"User-Agent": USER_AGENT, "Accept": "text/calendar, */*;q=0.5",
                               "Accept-Encoding": "gzip, deflate"}) as client:
        yield client


def fetch_feed(client: httpx.Client, url: str, *, etag: str | None = None,
               last_modified: str | None = None, auth: tuple[str, str] | None = None,
               limits: FeedLimits = FeedLimits()) -> Fetched:
    """GET ``url`` (conditionally when validators are given); raise RemoteError on failure."""
    started = time.monotonic()
    target, _ = clean_url(url)
    origin = _origin(target)
    headers = _conditions(etag, last_modified)
    for _hop in range(limits.max_redirects + 1):
        remaining = limits.deadline - (time.monotonic() - started)
        if remaining <= 0:
            raise RemoteError(RemoteFailure.TIMEOUT, seconds=limits.total)
        sent_auth = auth if _origin(target) == origin else None
        timeout = httpx.Timeout(min(limits.read, remaining), connect=min(limits.connect, remaining))
        with _guarded(limits):
            request = client.build_request("GET", target, headers=headers, timeout=timeout)
            response = client.send(request, auth=sent_auth, stream=True)
            try:
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    target = _next(target, response.headers["location"])
                    continue
                return _answer(response, target, sent_auth is not None, started, limits)
            finally:
                response.close()
    raise RemoteError(RemoteFailure.TOO_MANY_REDIRECTS, count=limits.max_redirects)


def _conditions(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


def _next(current: str, location: str) -> str:
    """The redirect target, ``webcal://`` read as ``https://``."""
    target, _ = clean_url(urljoin(current, location.strip()))
    return target


def _answer(response: httpx.Response, url: str, with_credentials: bool, started: float,
            limits: FeedLimits) -> Fetched:
    status = response.status_code
    if status == 304:
        return Fetched(True, None, response.headers.get("etag"),
                       response.headers.get("last-modified"), url)
    if status in (401, 403):
        raise RemoteError(RemoteFailure.AUTH, status=status, with_credentials=with_credentials)
    if status != 200:
        raise RemoteError(RemoteFailure.HTTP_STATUS, status=status)
    data = _body(response, started, limits)
    return Fetched(False, data, response.headers.get("etag"),
                   response.headers.get("last-modified"), url,
                   response.headers.get("content-type", ""))


def _body(response: httpx.Response, started: float, limits: FeedLimits) -> bytes:
    """The decoded body, stopping at the size cap or the deadline."""
    declared = response.headers.get("content-length", "")
    encoded = response.headers.get("content-encoding", "identity").lower() != "identity"
    if declared.isdigit() and not encoded and int(declared) > limits.max_bytes:
        raise RemoteError(RemoteFailure.TOO_LARGE, limit_mebibytes=limits.max_bytes // 1_048_576)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limits.max_bytes:
            raise RemoteError(RemoteFailure.TOO_LARGE,
                              limit_mebibytes=limits.max_bytes // 1_048_576)
        if time.monotonic() - started > limits.deadline:
            raise RemoteError(RemoteFailure.TIMEOUT, seconds=limits.total)
        chunks.append(chunk)
    return b"".join(chunks)


@contextmanager
def _guarded(limits: FeedLimits) -> Iterator[None]:
    """Turn httpx's exceptions into RemoteError codes."""
    try:
        yield
    except RemoteError:
        raise
    except httpx.TimeoutException as exc:
        raise RemoteError(RemoteFailure.TIMEOUT, seconds=limits.total) from exc
    except httpx.TooManyRedirects as exc:
        raise RemoteError(RemoteFailure.TOO_MANY_REDIRECTS, count=limits.max_redirects) from exc
    except (httpx.DecodingError, httpx.RemoteProtocolError, httpx.LocalProtocolError) as exc:
        raise RemoteError(RemoteFailure.PROTOCOL, detail=_short(exc)) from exc
    except (httpx.TransportError, httpx.InvalidURL, OSError) as exc:
        problem = certificate_problem(exc)
        if problem is not None:
            raise RemoteError(RemoteFailure.CERTIFICATE, detail=problem) from exc
        raise RemoteError(RemoteFailure.UNREACHABLE, detail=_short(exc)) from exc


def _short(exc: BaseException) -> str:
    """The first line of an exception's text (or its type), never longer than 200 characters."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
