"""Use cases on calendar sources (SPEC §9): subscribe, list, remove, refresh.

A refreshed feed or collection lands exactly like an imported file: its bytes go through
:func:`~interviewplanner.services.import_calendar.import_bytes` (the same reader, the same
atomic replace), so the same bytes give the same busy time. A source that fails (unreachable,
a sign-in page, 401, a timeout, a bad certificate, nothing usable) fails alone: its busy time
of the last good refresh stays, and the error is kept with it for the window to show.

Fetching runs in a few threads at once (network waits overlap); reading and storing run on the
calling thread, one source after another, since the store has one writer. After a refresh that
changed busy time the conflict watch re-checks every booking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.core.read_notes import ReadNote
from interviewplanner.core.sources import RefreshStatus, Source, SourceKind
from interviewplanner.remote import RemoteError, RemoteFailure, clean_url
from interviewplanner.remote.collection import Credentials, read_collection
from interviewplanner.remote.feed import FeedLimits, feed_client, fetch_feed
from interviewplanner.services import secrets
from interviewplanner.services.conflict_watch import WatchReport, check_bookings
from interviewplanner.services.dates import parse_range
from interviewplanner.services.errors import (
    ErrorCode,
    InvalidUrl,
    NotFoundError,
    SourceError,
    UserError,
)
from interviewplanner.services.import_calendar import import_bytes
from interviewplanner.services.roster import find_interviewer
from interviewplanner.storage.db import Store

Progress = Callable[[str, float], None]
"""Progress callback: a short step name and a fraction done in [0, 1]."""

FETCH_THREADS = 8
"""Feeds fetched at once (network waits overlap; parsing and storing stay one at a time)."""

_REMOTE_CODES: dict[RemoteFailure, ErrorCode] = {
    RemoteFailure.HTTP_STATUS: ErrorCode.SOURCE_HTTP_STATUS,
    RemoteFailure.AUTH: ErrorCode.SOURCE_AUTH,
    RemoteFailure.TIMEOUT: ErrorCode.SOURCE_TIMEOUT,
    RemoteFailure.CERTIFICATE: ErrorCode.SOURCE_CERTIFICATE,
    RemoteFailure.UNREACHABLE: ErrorCode.SOURCE_UNREACHABLE,
    RemoteFailure.TOO_LARGE: ErrorCode.SOURCE_TOO_LARGE,
    RemoteFailure.TOO_MANY_REDIRECTS: ErrorCode.SOURCE_REDIRECTS,
    RemoteFailure.PROTOCOL: ErrorCode.SOURCE_PROTOCOL,
}


def _no_progress(step: str, fraction: float) -> None:
    """Default progress callback that ignores reports."""


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def source_error(exc: RemoteError, source: str) -> SourceError:
    """The service error for a remote failure of ``source``."""
    return SourceError(_REMOTE_CODES[exc.code], source, **exc.fields)


# ---------------------------------------------------------------- subscribe, list, remove


def add_source(store: Store, interviewer_email: str, url: str, *, caldav: bool = False,
               username: str | None = None, password_env: str | None = None,
               password_keyring: bool = False) -> Source:
    """Subscribe ``interviewer_email`` to the feed (or CalDAV collection) at ``url``.

    Nothing is fetched yet (a refresh does that). Raises InvalidUrl (a scheme other than http,
    https or webcal; a password inside the URL), NotFoundError for an unknown interviewer, or
    SourceError(SOURCE_EXISTS) when they already have that source.
    """
    clean, problem = clean_url(url, caldav=caldav)
    if problem is not None:
        raise InvalidUrl(clean, problem.value, caldav=caldav)
    person = find_interviewer(store, interviewer_email)
    assert person.id is not None
    kind = SourceKind.CALDAV if caldav else SourceKind.FEED
    with store.write() as uow:
        try:
            return uow.sources.add(person.id, kind, clean, url=clean, username=username or None,
                                   password_env=password_env or None,
                                   password_keyring=password_keyring)
        except ValueError:
            raise SourceError(ErrorCode.SOURCE_EXISTS, clean, interviewer=person.email) from None


def list_sources(store: Store, interviewer_email: str | None = None) -> list[Source]:
    """Every source (of one interviewer when given): files, feeds and collections."""
    with store.read() as uow:
        if interviewer_email is None:
            return uow.sources.list()
        person = uow.interviewers.get_by_email(interviewer_email)
        if person is None or person.id is None:
            raise NotFoundError("interviewer", interviewer_email)
        return uow.sources.list(person.id)


def get_source(store: Store, source_id: int | str) -> Source:
    """The source with ``source_id`` (as typed), or NotFoundError("source", ...)."""
    number = _source_number(source_id)
    with store.read() as uow:
        found = uow.sources.get(number) if number is not None else None
    if found is None:
        raise NotFoundError("source", str(source_id))
    return found


def remove_source(store: Store, source_id: int | str) -> Source:
    """Forget a source and the busy time it gave (its keyring password too); return it."""
    found = get_source(store, source_id)
    with store.write() as uow:
        if not uow.sources.remove(found.id):
            raise NotFoundError("source", str(source_id))
    if found.password_keyring and found.url:
        secrets.forget_password(found.url, found.username)
    check_bookings(store)
    return found


def _source_number(text: int | str) -> int | None:
    value = str(text).strip().lstrip("#")
    return int(value) if value.isdigit() else None


# ---------------------------------------------------------------- refresh


@dataclass(frozen=True, slots=True)
class SourceOutcome:
    """How one source's refresh went; ``error`` says why it failed (status FAILED)."""

    source: Source
    status: RefreshStatus
    events: int = 0
    busy_intervals: int = 0
    warnings: tuple[ReadNote, ...] = ()
    error: UserError | None = None


@dataclass(frozen=True, slots=True)
class RefreshReport:
    """Every source's outcome, in the order of :func:`list_sources`, and what the conflict
    watch found afterwards (``None`` when no busy time changed)."""

    outcomes: tuple[SourceOutcome, ...]
    watch: WatchReport | None = None

    @property
    def failed(self) -> int:
        """How many sources failed."""
        return sum(o.status is RefreshStatus.FAILED for o in self.outcomes)


@dataclass(frozen=True, slots=True)
class Fetch:
    """What fetching one source brought: new bytes, "unchanged", or an error."""

    unchanged: bool = False
    data: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: UserError | None = None


@dataclass(frozen=True, slots=True)
class RefreshOptions:
    """How to reach the servers: feed limits, certificate check, fetch threads."""

    limits: FeedLimits = field(default_factory=FeedLimits)
    verify: bool | str = True
    threads: int = FETCH_THREADS
    environ: Mapping[str, str] | None = None
    horizon: Interval | None = None


def refresh(store: Store, *, interviewer_email: str | None = None,
            source_ids: Sequence[int] | None = None, now: datetime | None = None,
            options: RefreshOptions = RefreshOptions(),
            progress: Progress = _no_progress) -> RefreshReport:
    """Refresh every subscribed source (of one interviewer, or the ``source_ids`` given).

    Each source is fetched conditionally; new bytes land through the import path; a failure is
    recorded with the source and leaves its busy time as it was. Then, when any busy time
    changed, every booking is re-checked (the conflict watch).
    """
    moment = now or _now()
    horizon = options.horizon or parse_range(None, None, now=moment)
    sources = [s for s in list_sources(store, interviewer_email) if s.subscribed
               and (source_ids is None or s.id in source_ids)]
    people = _people(store, sources)
    outcomes: dict[int, SourceOutcome] = {}
    checks: list[tuple[Source, RefreshStatus, Fetch]] = []
    progress("fetch", 0.0)
    for done, (source, fetched) in enumerate(_fetch_all(sources, horizon, options), start=1):
        outcome, recorded = _land(store, people[source.interviewer_id], source, fetched,
                                  horizon=horizon)
        outcomes[source.id] = outcome
        checks.append((source, outcome.status, recorded))
        progress("store", done / max(len(sources), 1))
    _record(store, checks, moment)  # one transaction for every source's attempt
    ordered = tuple(outcomes[s.id] for s in sources)
    changed = any(o.status is RefreshStatus.UPDATED for o in ordered)
    watch = check_bookings(store, now=moment) if changed else None
    return RefreshReport(ordered, watch)


def _people(store: Store, sources: Sequence[Source]) -> dict[int, Interviewer]:
    with store.read() as uow:
        wanted = {s.interviewer_id for s in sources}
        return {p.id: p for p in uow.interviewers.list() if p.id in wanted and p.id is not None}


def _fetch_all(sources: Sequence[Source], horizon: Interval,
               options: RefreshOptions) -> Iterator[tuple[Source, Fetch]]:
    """Fetch the sources a few at a time; yield each (source, fetch) as it completes."""
    if not sources:
        return
    passwords = {s.id: _password(s, options) for s in sources}
    with ExitStack() as stack:
        client = stack.enter_context(feed_client(options.limits, verify=options.verify))
        pool = stack.enter_context(ThreadPoolExecutor(max(1, min(options.threads, len(sources))),
                                                      thread_name_prefix="ip-fetch"))
        futures: dict[Future[Fetch], Source] = {}
        for source in sources:
            secret = passwords[source.id]
            if isinstance(secret, UserError):
                futures[_done(Fetch(error=secret))] = source
            elif source.kind is SourceKind.CALDAV:
                futures[pool.submit(_read_caldav, source, secret, horizon, options)] = source
            else:
                futures[pool.submit(_fetch_feed, client, source, secret, options)] = source
        for future in as_completed(futures):
            yield futures[future], future.result()


def _done(fetch: Fetch) -> Future[Fetch]:
    future: Future[Fetch] = Future()
    future.set_result(fetch)
    return future


def _password(source: Source, options: RefreshOptions) -> str | UserError | None:
    """The password (None: none needed), or the error that stops this source."""
    try:
        return secrets.password_for(source, options.environ)
    except UserError as exc:
        return exc


def _auth(source: Source, password: str | None) -> tuple[str, str] | None:
    if source.username is None and password is None:
        return None
    return source.username or "", password or ""


def _fetch_feed(client: Any, source: Source, password: str | None,
                options: RefreshOptions) -> Fetch:
    try:
        got = fetch_feed(client, source.url or source.name, etag=source.etag,
                         last_modified=source.last_modified, auth=_auth(source, password),
                         limits=options.limits)
    except RemoteError as exc:
        return Fetch(error=source_error(exc, source.name))
    if got.unchanged:
        return Fetch(unchanged=True, etag=got.etag or source.etag,
                     last_modified=got.last_modified or source.last_modified)
    assert got.data is not None
    if _looks_like_html(got.content_type, got.data):
        return Fetch(error=SourceError(ErrorCode.SOURCE_NOT_CALENDAR, source.name, html=True,
                                       detail=got.content_type.split(";")[0].strip()))
    return Fetch(data=got.data, etag=got.etag, last_modified=got.last_modified)


def _looks_like_html(content_type: str, data: bytes) -> bool:
    """True for a web page (a sign-in page) where a calendar was expected."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"begin:vcalendar"):
        return False
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html"))


def _read_caldav(source: Source, password: str | None, horizon: Interval,
                 options: RefreshOptions) -> Fetch:
    try:
        got = read_collection(source.url or source.name, Credentials(source.username, password),
                              horizon.start, horizon.end, token=source.etag,
                              verify=options.verify)
    except RemoteError as exc:
        return Fetch(error=source_error(exc, source.name))
    if got.unchanged:
        return Fetch(unchanged=True, etag=got.token)
    return Fetch(data=got.data or b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
                 etag=got.token)


def _land(store: Store, person: Interviewer, source: Source, fetched: Fetch, *,
          horizon: Interval) -> tuple[SourceOutcome, Fetch]:
    """Store what a fetch brought (through the import path); the outcome and what to record.

    A reader's refusal (not a calendar, nothing usable) turns the fetch into a failure: the
    busy time stays and the validators are not advanced.
    """
    if fetched.error is not None:
        return _failed(source, fetched.error), fetched
    if fetched.unchanged:
        return SourceOutcome(source, RefreshStatus.UNCHANGED, source.events,
                             source.busy_intervals,
                             tuple(ReadNote.loads(w) for w in source.warnings)), fetched
    assert fetched.data is not None
    try:
        report = import_bytes(store, person, source.name, fetched.data, horizon)
    except UserError as exc:
        error = _as_source_error(exc, source)
        return _failed(source, error), Fetch(error=error)
    return SourceOutcome(source, RefreshStatus.UPDATED, report.events, report.busy_intervals,
                         report.warnings), fetched


def _as_source_error(exc: UserError, source: Source) -> UserError:
    """A "not iCalendar" verdict of the reader, said about a feed."""
    if exc.code is ErrorCode.NOT_ICALENDAR:
        return SourceError(ErrorCode.SOURCE_NOT_CALENDAR, source.name, html=False,
                           detail=str(exc.fields.get("detail", "")))
    return exc


def _failed(source: Source, error: UserError) -> SourceOutcome:
    return SourceOutcome(source, RefreshStatus.FAILED, source.events, source.busy_intervals,
                         (), error)


def _record(store: Store, checks: Sequence[tuple[Source, RefreshStatus, Fetch]],
            now: datetime) -> None:
    """Remember every attempt (status, validators, error) in one write transaction."""
    if not checks:
        return
    with store.write() as uow:
        for source, status, fetched in checks:
            error = None
            if fetched.error is not None:
                error = {"code": fetched.error.code.value, "fields": _plain(fetched.error.fields)}
            uow.sources.record_check(source.id, now, status, etag=fetched.etag,
                                     last_modified=fetched.last_modified, error=error)


def _plain(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Fields as JSON values (the store keeps them; anything else becomes its text)."""
    return {k: v if isinstance(v, (str, int, float, bool)) or v is None else str(v)
            for k, v in fields.items()}

