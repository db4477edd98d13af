"""Handlers of ``source add|list|remove``, ``refresh`` and ``publish`` (SPEC §9).

``--password-env VAR`` stores only the variable's name; the password is read from it when a
request needs it and is never printed. ``refresh`` prints its JSON (or text) whether or not a
source failed and exits 1 when one did.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from interviewplanner.cli.commands import emit, opened
from interviewplanner.cli.wording import CliError, error_message
from interviewplanner.cli.wording_reader import warning_text
from interviewplanner.core.conflicts import Conflict
from interviewplanner.core.sources import RefreshStatus, Source
from interviewplanner.services.dates import iso_z
from interviewplanner.services.errors import ErrorCode, UserError

if TYPE_CHECKING:  # the network libraries load only for the commands that use them
    from interviewplanner.services.sources import SourceOutcome


def _when(moment: datetime | None) -> str | None:
    return iso_z(moment) if moment is not None else None


def source_json(source: Source, now: datetime | None = None) -> dict[str, Any]:
    """One source as ``source list`` shows it (no password, ever: only where it comes from)."""
    error = stored_error(source)
    doc: dict[str, Any] = {
        "id": source.id, "interviewer": source.interviewer, "kind": source.kind.value,
        "source": source.name, "url": source.url, "username": source.username,
        "password_env": source.password_env, "password_in_keyring": source.password_keyring,
        "last_refresh": _when(source.imported_at), "checked_at": _when(source.checked_at),
        "status": source.status.value if source.status else None,
        "error": error_message(error) if error is not None else None,
        "events": source.events, "busy_intervals": source.busy_intervals,
    }
    if now is not None:
        doc["stale"] = source.is_stale(now)
    return doc


def stored_error(source: Source) -> UserError | None:
    """The error a source's last refresh failed with (None: none, or a code this version does
    not know)."""
    if source.error_code is None or source.error_code not in set(ErrorCode):
        return None
    return UserError(ErrorCode(source.error_code), **source.error_fields)


def _check_credentials(args: argparse.Namespace) -> None:
    if args.caldav and not (args.user and args.password_env):
        raise CliError("a CalDAV source needs --user NAME and --password-env VAR")
    if args.password_env and not args.user:
        raise CliError("--password-env needs --user NAME")


def source_add(args: argparse.Namespace) -> int:
    """``source add --interviewer EMAIL (--url URL | --caldav URL) [--user --password-env]``."""
    _check_credentials(args)
    from interviewplanner.services import sources as source_service

    with opened(args) as store:
        added = source_service.add_source(
            store, args.interviewer, args.caldav or args.url, caldav=bool(args.caldav),
            username=args.user, password_env=args.password_env)
    human = (f"added source {added.id} ({added.kind.value}) for {added.interviewer}: "
             f"{added.name}\nfetch it with 'interviewplanner refresh'")
    emit(args, {"source": source_json(added)}, human)
    return 0


def source_list(args: argparse.Namespace) -> int:
    """``source list``: every source with its last refresh and status."""
    from interviewplanner.services import sources as source_service

    now = datetime.now().astimezone()
    with opened(args) as store:
        found = source_service.list_sources(store)
    emit(args, {"sources": [source_json(s, now) for s in found]}, _table(found, now))
    return 0


def _table(found: Iterable[Source], now: datetime) -> str:
    lines = []
    for s in found:
        status = s.status.value if s.status else ("imported" if not s.subscribed else "never")
        stale = "  (stale: no good refresh for over a day)" if s.is_stale(now) else ""
        when = f"{s.imported_at:%Y-%m-%d %H:%M}Z" if s.imported_at else "-"
        lines.append(f"{s.id:>4}  {s.kind.value:<6}  {s.interviewer}  {s.name}  "
                     f"last good {when}  {status}{stale}")
        error = stored_error(s)
        if error is not None and s.status is RefreshStatus.FAILED:
            lines.append(f"        error: {error_message(error)}")
    return "\n".join(lines) or "no calendar sources yet"


def source_remove(args: argparse.Namespace) -> int:
    """``source remove SOURCE_ID``: the source and its busy time go."""
    from interviewplanner.services import sources as source_service

    with opened(args) as store:
        gone = source_service.remove_source(store, args.source_id)
    emit(args, {"removed": source_json(gone)},
         f"removed source {gone.id} of {gone.interviewer} ({gone.name}) and its busy time")
    return 0


def refresh(args: argparse.Namespace) -> int:
    """``refresh``: exit 0 when no source failed, 1 otherwise (the answer is printed anyway)."""
    from interviewplanner.services import sources as source_service

    with opened(args) as store:
        report = source_service.refresh(store, interviewer_email=args.interviewer)
    rows = [_outcome_json(o) for o in report.outcomes]
    new = list(report.watch.new) if report.watch is not None else []
    doc = {"sources": rows, "new_conflicts": [
        {"booking_id": booking_id, **conflict_json(c)} for booking_id, c in new]}
    emit(args, doc, _refresh_text(rows, new))
    return 1 if report.failed else 0


def _outcome_json(outcome: SourceOutcome) -> dict[str, Any]:
    return {"source": outcome.source.name, "interviewer": outcome.source.interviewer,
            "status": outcome.status.value, "events": outcome.events,
            "busy_intervals": outcome.busy_intervals,
            "warnings": [warning_text(w) for w in outcome.warnings],
            "error": error_message(outcome.error) if outcome.error is not None else None}


def _refresh_text(rows: list[dict[str, Any]], new: list[tuple[str, Conflict]]) -> str:
    if not rows:
        return "no subscribed sources: add one with 'interviewplanner source add'"
    lines = [f"{r['status']:<9}  {r['interviewer']}  {r['source']}"
             + (f": {r['error']}" if r["error"] else
                f"  ({r['events']} events, {r['busy_intervals']} busy intervals)")
             for r in rows]
    lines += [f"booking {booking_id} now conflicts: {c.interviewer} "
              f"{c.start:%Y-%m-%d %H:%M}Z ({c.reason.value})" for booking_id, c in new]
    return "\n".join(lines)


def conflict_json(conflict: Conflict, title: str | None = None) -> dict[str, Any]:
    """One conflict as ``bookings --json`` lists it."""
    return {"interviewer": conflict.interviewer,
            "session": title if title is not None else conflict.position + 1,
            "start": iso_z(conflict.start), "end": iso_z(conflict.end),
            "reason": conflict.reason.value}


def publish(args: argparse.Namespace) -> int:
    """``publish BOOKING_ID --caldav URL --user NAME --password-env VAR``."""
    from interviewplanner.services.publish import publish_booking

    with opened(args) as store:
        done = publish_booking(store, args.booking_id, args.caldav, username=args.user,
                               password_env=args.password_env, environ=os.environ)
    booking = done.booking
    doc = {"booking_id": booking.id, "collection": done.collection,
           "status": booking.status.value, "sequence": booking.sequence,
           "resources": list(done.uids), "created": done.created, "updated": done.updated}
    emit(args, doc, f"published {len(done.uids)} session(s) of booking {booking.id} "
                    f"({booking.status.value}, sequence {booking.sequence}) to "
                    f"{done.collection}: {done.created} new, {done.updated} replaced")
    return 0
