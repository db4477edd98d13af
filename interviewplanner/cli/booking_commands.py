"""Handlers of ``propose``, ``book``, ``reschedule``, ``cancel``, ``bookings``, ``export``
and ``messages``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from interviewplanner.cli import render
from interviewplanner.cli.commands import emit, opened
from interviewplanner.cli.source_commands import conflict_json
from interviewplanner.cli.wording import reason_text
from interviewplanner.core.booking import Booking
from interviewplanner.core.conflicts import Conflict
from interviewplanner.core.engine import result_to_json
from interviewplanner.core.plan import Plan
from interviewplanner.services import bookings, messages, planning, templates
from interviewplanner.services.conflict_watch import check_if_zone_data_changed, current_conflicts
from interviewplanner.services.dates import iso_z, parse_range
from interviewplanner.services.export import export
from interviewplanner.storage.db import Store


def _sessions_json(booking: Booking) -> list[dict[str, Any]]:
    return [{"title": s.title, "start": iso_z(s.start), "end": iso_z(s.end),
             "interviewers": list(s.interviewers), "uid": s.uid,
             **({"shadows": list(s.shadows)} if s.shadows else {})} for s in booking.sessions]


def booking_json(booking: Booking) -> dict[str, Any]:
    """The JSON of one booking (``booking_id`` first, as ``book`` answers)."""
    return {"booking_id": booking.id, "status": booking.status.value,
            "sequence": booking.sequence, "candidate": booking.candidate.name,
            "sessions": _sessions_json(booking)}


def _plan(args: argparse.Namespace, store: Store) -> tuple[Plan, dict[str, Any]]:
    """The plan from ``--plan FILE`` or ``--template NAME``."""
    if args.template:
        return templates.load_template(store, args.template)
    return planning.read_plan(Path(args.plan))


def propose(args: argparse.Namespace) -> int:
    """``propose``: ranked proposals, or why none fits."""
    window = parse_range(args.start, args.end)
    with opened(args) as store:
        plan, _ = _plan(args, store)
        result = planning.propose_plan(store, plan, window, limit=args.limit)
    emit(args, result_to_json(result, reason_text), render.proposals_text(result, plan))
    return 0


def book(args: argparse.Namespace) -> int:
    """``book``: store proposal K after re-checking it."""
    window = parse_range(args.start, args.end)
    with opened(args) as store:
        plan, document = _plan(args, store)
        booking = bookings.book(store, plan, document, window, args.proposal)
    emit(args, booking_json(booking), render.booking_text(booking, "booked"))
    return 0


def reschedule(args: argparse.Namespace) -> int:
    """``reschedule``: same UIDs, SEQUENCE + 1."""
    window = parse_range(args.start, args.end)
    with opened(args) as store:
        booking = bookings.reschedule(store, args.booking_id, window, args.proposal)
    emit(args, booking_json(booking), render.booking_text(booking, "rescheduled"))
    return 0


def cancel(args: argparse.Namespace) -> int:
    """``cancel``."""
    with opened(args) as store:
        booking = bookings.cancel(store, args.booking_id)
    emit(args, booking_json(booking), render.booking_text(booking, "cancelled"))
    return 0


def list_bookings(args: argparse.Namespace) -> int:
    """``bookings``: each with its history (what changed and when)."""
    with opened(args) as store:
        check_if_zone_data_changed(store)  # the time-zone database changed since the last check
        listed = bookings.bookings_with_history(store)  # one snapshot, one history query
        found = [b for b, _events in listed]
        histories = {b.id: events for b, events in listed}
        conflicts = current_conflicts(store, found)
    doc = {"bookings": [
        {**booking_json(b), "history": [{"at": iso_z(e.at), "action": e.action, "detail": e.detail,
                                         "by": e.by} for e in histories[b.id]],
         "conflicts": _conflicts_json(b, conflicts[b.id])}
        for b in found]}
    emit(args, doc, render.bookings_table(found) + _conflicts_text(conflicts))
    return 0


def _conflicts_json(booking: Booking, found: Sequence[Conflict]) -> list[dict[str, Any]]:
    """A booking's conflicts (SPEC §9): who, which session (its title), when, the rule."""
    return [conflict_json(c, booking.sessions[c.position].title) for c in found]


def _conflicts_text(conflicts: Mapping[str, Sequence[Conflict]]) -> str:
    lines = [f"  ! booking {booking_id}: {c.interviewer} {c.start:%Y-%m-%d %H:%M}Z "
             f"breaks {c.reason.value}; find a new time with 'interviewplanner reschedule'"
             for booking_id, found in conflicts.items() for c in found]
    return "\n" + "\n".join(lines) if lines else ""


def export_files(args: argparse.Namespace) -> int:
    """``export``: invites/ and calendars/ under --out."""
    out = Path(args.out)
    with opened(args) as store:
        files, advice = export(store, args.booking_id, out,
                               candidate_sees_addresses=args.candidate_sees_addresses)
    doc = {"files": [{"path": f.path.as_posix(), "kind": f.kind, "for": list(f.for_)} for f in files],
           "advice": advice}
    emit(args, doc, render.export_text(out, files, advice))
    return 0


def booking_messages(args: argparse.Namespace) -> int:
    """``messages``: one ready-to-send text per interviewer and one for the candidate."""
    with opened(args) as store:
        found = messages.booking_messages(store, args.booking_id, args.language)
    doc = {"booking_id": args.booking_id, "language": args.language, "messages": [
        {"to": m.to, "name": m.name, "role": m.role, "timezone": m.timezone,
         "language": m.language, "subject": m.subject, "body": m.body} for m in found]}
    human = f"\n\n{'-' * 72}\n\n".join(
        f"To: {m.name} <{m.to}>\nSubject: {m.subject}\n\n{m.body}" for m in found)
    emit(args, doc, human)
    return 0


def template(args: argparse.Namespace) -> int:
    """``template save|list|show|delete``."""
    with opened(args) as store:
        if args.action == "save":
            plan, _ = planning.read_plan(Path(args.plan))
            templates.save_template(store, args.name, plan)
            emit(args, {"saved": args.name}, f"saved template {args.name!r}")
        elif args.action == "list":
            names = templates.template_names(store)
            emit(args, {"templates": names}, "\n".join(names) or "no templates yet")
        elif args.action == "show":
            _, document = templates.load_template(store, args.name)
            emit(args, document, json.dumps(document, ensure_ascii=False, indent=2))
        else:
            templates.delete_template(store, args.name)
            emit(args, {"deleted": args.name}, f"deleted template {args.name!r}")
    return 0
