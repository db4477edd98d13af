"""One handler per sub-command: call a service, print human text or one JSON document."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from interviewplanner.cli import render
from interviewplanner.cli.options import policy_overrides
from interviewplanner.config import chosen_database, coordinator_name, database_url
from interviewplanner.core.text import json_safe, terminal_safe
from interviewplanner.services.dates import iso_z, parse_range

if TYPE_CHECKING:
    from interviewplanner.storage.db import Store
    from interviewplanner.storage.reading import ReadStore
    from interviewplanner.storage.writing import WatchStore

# Start-up time (issue 13): the services, and through them SQLAlchemy and the calendar reader,
# are imported by the handler that uses them, because pacific, booking_commands, source_commands
# and team_commands import ``emit`` and ``opened`` from here.


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Store]:
    """The store named on the command line, closed afterwards."""
    from interviewplanner.storage.db import open_store

    store = open_store(database_url(args.db), actor=coordinator_name(getattr(args, "actor", None)))
    try:
        yield store
    finally:
        store.close()


@contextmanager
def reading(args: argparse.Namespace) -> Iterator[ReadStore]:
    """The store named on the command line, for a command that only reads it.

    A SQLite file at the current schema is read with the standard library alone
    (:mod:`interviewplanner.storage.quick`: no SQLAlchemy to import, issue 13 start-up time);
    anything else (a server, a file to create or migrate, a damaged one) goes through
    :func:`opened`, which also words what is wrong.
    """
    from interviewplanner.storage.quick import open_quick

    with _quick_or_full(open_quick(database_url(args.db)), args) as store:
        yield store


@contextmanager
def importing(args: argparse.Namespace) -> Iterator[WatchStore]:
    """The store named on the command line, for an import and the conflict watch after it.

    A SQLite file at the current schema is written with the standard library alone
    (:mod:`interviewplanner.storage.quick_write`, the same rows and change log as the full
    store, without loading SQLAlchemy: issue 13's import time); anything else goes through
    :func:`opened`.
    """
    from interviewplanner.storage.quick_write import open_quick_writer

    quick = open_quick_writer(database_url(args.db),
                              actor=coordinator_name(getattr(args, "actor", None)))
    with _quick_or_full(quick, args) as store:
        yield store


class _Closable(Protocol):
    def close(self) -> None: ...


_Quick = TypeVar("_Quick", bound=_Closable)


@contextmanager
def _quick_or_full(quick: _Quick | None, args: argparse.Namespace) -> Iterator[_Quick | Store]:
    """``quick`` (closed afterwards), or the full store when it is None."""
    if quick is None:
        with opened(args) as store:
            yield store
        return
    try:
        yield quick
    finally:
        quick.close()


def emit(args: argparse.Namespace, document: Any, human: str) -> None:
    """Print one JSON document with ``--json``, else the human text."""
    if args.json:
        print(json_safe(json.dumps(document, ensure_ascii=False, indent=2)))
    else:
        print(terminal_safe(human))


def run_gui(args: argparse.Namespace) -> int:
    """Open the desktop app (imports Qt only now)."""
    from interviewplanner.gui.app import run

    return run(chosen_database(args.db), demo=getattr(args, "demo", False), actor=args.actor)


def interviewer_add(args: argparse.Namespace) -> int:
    """``interviewer add``."""
    from interviewplanner.services import roster

    person = roster.new_interviewer(
        name=args.name, email=args.email, timezone=args.tz, country=args.country,
        aliases=args.alias, pools=args.pool, overrides=policy_overrides(args),
        language=args.language)
    with opened(args) as store:
        saved = roster.add_interviewer(store, person)
        company = roster.company_settings(store)
    emit(args, render.interviewer_json(saved, company), f"added {saved.name} <{saved.email}>")
    return 0


def interviewer_list(args: argparse.Namespace) -> int:
    """``interviewer list``."""
    from interviewplanner.services import roster

    with reading(args) as store:
        people = roster.list_interviewers(store)
        company = roster.company_settings(store)
    emit(args, {"interviewers": [render.interviewer_json(p, company) for p in people]},
          render.interviewer_table(people, company))
    return 0


def import_ics(args: argparse.Namespace) -> int:
    """``import-ics``: exit 0 when anything usable landed."""
    from interviewplanner.services.conflict_watch import check_bookings
    from interviewplanner.services.import_calendar import import_calendar

    horizon = parse_range(args.start, args.end)
    with importing(args) as store:
        report = import_calendar(store, args.interviewer, Path(args.file), horizon,
                                 keep_titles=args.keep_titles)
        check_bookings(store)  # the conflict watch: busy time changed
    emit(args, render.import_json(report), render.import_text(report))
    return 0


def busy(args: argparse.Namespace) -> int:
    """``busy``: busy time clipped to ``[from, to)``."""
    from interviewplanner.services import availability

    window = parse_range(args.start, args.end)
    with reading(args) as store:
        rows = availability.busy_time(store, args.interviewer, window)
    doc = {"interviewer": args.interviewer,
           "busy": [{"start": iso_z(b.start), "end": iso_z(b.end), "source": b.source} for b in rows]}
    emit(args, doc, render.intervals_text([(b.start, b.end) for b in rows], "busy"))
    return 0


def free(args: argparse.Namespace) -> int:
    """``free``: free time inside the policy, UTC."""
    from interviewplanner.services import availability, roster

    window = parse_range(args.start, args.end)
    with reading(args) as store:
        person = roster.find_interviewer(store, args.interviewer)
        spans = availability.free_intervals(store, args.interviewer, window)
    doc = {"interviewer": args.interviewer, "timezone": person.timezone,
           "free": [{"start": iso_z(i.start), "end": iso_z(i.end)} for i in spans]}
    emit(args, doc, render.intervals_text([(i.start, i.end) for i in spans], "free", person.timezone))
    return 0


def interviewer_remove(args: argparse.Namespace) -> int:
    """``interviewer remove``: refused while they have upcoming confirmed bookings."""
    from interviewplanner.services import removal

    with opened(args) as store:
        gone = removal.remove_interviewer(store, args.email)
    person = gone.interviewer
    doc = {"removed": {"email": person.email, "name": person.name}, "sources": gone.sources,
           "busy_intervals": gone.busy_intervals, "bookings_kept": gone.bookings_kept}
    emit(args, doc, f"removed {person.name} <{person.email}> with {gone.sources} calendar "
                    f"source(s) and {gone.busy_intervals} busy interval(s); "
                    f"{gone.bookings_kept} past or cancelled booking(s) keep their name")
    return 0
