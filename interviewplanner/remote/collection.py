"""A CalDAV calendar collection, read and written with the ``caldav`` package (SPEC §9).

Reading asks the collection's ``DAV:sync-token`` first: when it is the one of the last good
read, nothing changed and no event is fetched. Otherwise a calendar-query REPORT with a time
range over the planning horizon fetches the events; a server that refuses it is read whole
(every event of the collection). The events come back as the iCalendar bytes the server holds,
each resource its own VCALENDAR, so the same reader as for files and feeds reads them.

Publishing PUTs one resource per session at a name derived from its UID, so publishing again
replaces the same resource; a server that already holds the UID under another name (a
``no-uid-conflict`` refusal) gets that resource updated instead. Nothing here bumps SEQUENCE:
the data is stored as the writer made it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast
from urllib.parse import quote

from interviewplanner.remote.errors import RemoteError, RemoteFailure, certificate_problem

__all__ = ["CollectionRead", "Credentials", "PublishResult", "publish_resources",
           "read_collection"]

TIMEOUT_SECONDS = 30
"""The most one CalDAV request may take (connect and read)."""

MAX_BYTES = 64 * 1024 * 1024
"""The most event data one read hands to the calendar reader (as for feeds and files)."""


@dataclass(frozen=True, slots=True)
class Credentials:
    """A user name and password for one collection (the password is never stored)."""

    username: str | None
    password: str | None

    def __repr__(self) -> str:
        return f"Credentials(username={self.username!r}, password=***)"


@dataclass(frozen=True, slots=True)
class CollectionRead:
    """What a read brought: the events as iCalendar bytes (``None`` when unchanged)."""

    unchanged: bool
    data: bytes | None
    token: str | None  # the collection's sync-token (None: the server has none)
    resources: int = 0
    whole: bool = False  # True when the time-range query was refused and everything was read


@dataclass(frozen=True, slots=True)
class PublishResult:
    """How many resources a publish created and how many it replaced."""

    created: int
    updated: int


def read_collection(url: str, credentials: Credentials, start: datetime, end: datetime, *,
                    token: str | None = None, verify: bool | str = True,
                    max_bytes: int = MAX_BYTES) -> CollectionRead:
    """The events of collection ``url`` overlapping ``[start, end)`` (recurring ones whole).

    More than ``max_bytes`` of event data is refused (``TOO_LARGE``), like a feed's body.
    """
    from caldav.elements import dav
    from caldav.lib import error

    with _client(url, credentials, verify) as client, _guarded():
        calendar = client.calendar(url=url)
        now = cast("str | None", calendar.get_property(dav.SyncToken()))
        if token is not None and now is not None and now == token:
            return CollectionRead(True, None, now)
        whole = False
        try:
            found = cast("list[Any]", calendar.search(event=True, start=start, end=end,
                                                      expand=False))
        except (error.ReportError, error.ResponseError):
            found, whole = cast("list[Any]", calendar.get_events()), True
        return CollectionRead(False, joined(found, max_bytes), now, len(found), whole)


def publish_resources(url: str, credentials: Credentials, resources: Mapping[str, bytes], *,
                      verify: bool | str = True) -> PublishResult:
    """PUT each ``uid -> iCalendar bytes`` into collection ``url`` (create or replace)."""
    created = updated = 0
    with _client(url, credentials, verify) as client, _guarded():
        for uid, body in resources.items():
            status = _put(client, resource_url(url, uid), body)
            if status in (403, 409, 412):  # the UID lives under another name: update that one
                status = _put(client, _existing(client, url, uid), body, replacing=True)
            _check(status)
            if status == 201:
                created += 1
            else:
                updated += 1
    return PublishResult(created, updated)


def resource_url(collection: str, uid: str) -> str:
    """Where the resource of ``uid`` lives in ``collection`` (a stable, URL-safe name)."""
    name = quote(uid.replace("@", "_at_"), safe="-_.")
    return f"{collection.rstrip('/')}/{name}.ics"


def _put(client: Any, url: str, body: bytes, *, replacing: bool = False) -> int:
    headers = {"Content-Type": "text/calendar; charset=utf-8"}
    if replacing:
        headers["If-Match"] = "*"
    response = client.put(url, body.decode("utf-8"), headers)
    return int(response.status)


def _existing(client: Any, collection: str, uid: str) -> str:
    """The URL of the resource that holds ``uid`` in ``collection``."""
    found = client.calendar(url=collection).get_event_by_uid(uid)
    return str(found.url)


def _check(status: int) -> None:
    if status in (401, 403):
        raise RemoteError(RemoteFailure.AUTH, status=status, with_credentials=True)
    if status not in (200, 201, 204):
        raise RemoteError(RemoteFailure.HTTP_STATUS, status=status)


def joined(items: list[Any], max_bytes: int) -> bytes:
    """The resources' iCalendar data as one byte string, refused past ``max_bytes``."""
    parts: list[bytes] = []
    size = 0
    for item in items:
        part = _bytes(item)
        size += len(part)
        if size > max_bytes:
            raise RemoteError(RemoteFailure.TOO_LARGE, limit_mebibytes=max_bytes // 1_048_576)
        parts.append(part)
    return b"".join(parts)


def _bytes(item: Any) -> bytes:
    data = item.data
    text = data if isinstance(data, str) else str(data or "")
    return text.encode("utf-8") if text.endswith("\n") else (text + "\r\n").encode("utf-8")


@contextmanager
def _client(url: str, credentials: Credentials, verify: bool | str) -> Iterator[Any]:
    from caldav.davclient import DAVClient

    client = DAVClient(url=url, username=credentials.username,
                       password=credentials.password, timeout=TIMEOUT_SECONDS,
                       ssl_verify_cert=verify,
                       auth_type="basic" if credentials.username else None)
    try:
        yield client
    finally:
        client.close()


@contextmanager
def _guarded() -> Iterator[None]:
    """Turn the caldav package's and the network's exceptions into RemoteError codes."""
    from caldav.lib import error

    try:
        yield
    except RemoteError:
        raise
    except error.AuthorizationError as exc:
        raise RemoteError(RemoteFailure.AUTH, status=_status(exc, 401),
                          with_credentials=True) from exc
    except error.NotFoundError as exc:
        raise RemoteError(RemoteFailure.HTTP_STATUS, status=_status(exc, 404)) from exc
    except error.DAVError as exc:
        status = _status(exc, 0)
        if status:
            raise RemoteError(RemoteFailure.HTTP_STATUS, status=status) from exc
        raise RemoteError(RemoteFailure.PROTOCOL, detail=_short(exc)) from exc
    except Exception as exc:
        raise _network(exc) from exc


def _network(exc: Exception) -> RemoteError:
    problem = certificate_problem(exc)
    if problem is not None:
        return RemoteError(RemoteFailure.CERTIFICATE, detail=problem)
    name = type(exc).__name__.lower()
    if "timeout" in name or "timedout" in name:
        return RemoteError(RemoteFailure.TIMEOUT, seconds=TIMEOUT_SECONDS)
    if isinstance(exc, (OSError, ConnectionError)) or "connection" in name:
        return RemoteError(RemoteFailure.UNREACHABLE, detail=_short(exc))
    return RemoteError(RemoteFailure.PROTOCOL, detail=_short(exc))


def _status(exc: BaseException, default: int) -> int:
    reason = str(getattr(exc, "reason", "") or "")
    for word in reason.replace(",", " ").split():
        if word.isdigit() and len(word) == 3:
            return int(word)
    return default


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
