"""``overlap`` and ``ledger`` (SPEC §11): where a group can meet, and who carried the awkward hours."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from interviewplanner.cli.commands import emit, opened
from interviewplanner.core.ledger import LedgerRow, Month
from interviewplanner.core.model import Interviewer
from interviewplanner.core.overlap import Change, Forecast
from interviewplanner.services import ledger as ledger_service
from interviewplanner.services import overlap as overlap_service
from interviewplanner.services.dates import iso_z, parse_range

# ---------------------------------------------------------------- overlap


def forecast_json(result: Forecast) -> dict[str, Any]:
    """The ``overlap --json`` document of SPEC §11."""
    return {
        "days": [{"date": d.day.isoformat(),
                  "overlap": [{"start": iso_z(w.start), "end": iso_z(w.end)} for w in d.windows],
                  "minutes": d.minutes} for d in result.days],
        "changes": [{"date": c.day.isoformat(), "minutes_before": c.minutes_before,
                     "minutes_after": c.minutes_after,
                     "because": [{"zone": b.zone, "what": b.what.value} for b in c.because]}
                    for c in result.changes],
    }


_WHAT = {"dst_start": "clocks go forward in {zone}", "dst_end": "clocks go back in {zone}",
         "holiday": "a holiday in {zone}", "closure": "the company closure in {zone}",
         "weekend": "the weekend in {zone}"}


def change_text(change: Change) -> str:
    """``2027-03-16  120 -> 60 min: clocks go forward in America/Los_Angeles``."""
    why = ", ".join(_WHAT[b.what.value].format(zone=b.zone) for b in change.because)
    return (f"{change.day.isoformat()}  {change.minutes_before} -> {change.minutes_after} min"
            + (f": {why}" if why else ""))


def forecast_text(people: Sequence[Interviewer], result: Forecast, candidate_zone: str | None) -> str:
    """The group, each day's shared time in UTC, then the changes."""
    names = ", ".join(p.name for p in people) + (f" and a candidate in {candidate_zone}"
                                                 if candidate_zone else "")
    lines = [f"shared time of {names} (UTC):"]
    for d in result.days:
        spans = ", ".join(f"{w.start:%H:%M}–{w.end:%H:%M}" for w in d.windows) or "none"
        lines.append(f"  {d.day:%a %Y-%m-%d}  {d.minutes:>4} min  {spans}")
    lines.append("changes:" if result.changes else "no changes in that range")
    lines += [f"  {change_text(c)}" for c in result.changes]
    return "\n".join(lines)


def overlap(args: argparse.Namespace) -> int:
    """``overlap``: the forecast of the group."""
    window = parse_range(args.start, args.end)
    with opened(args) as store:
        people, result = overlap_service.overlap(
            store, window, emails=args.interviewer, pools=args.pool,
            candidate_zone=args.candidate_tz, core=args.core)
    emit(args, forecast_json(result), forecast_text(people, result, args.candidate_tz))
    return 0


# ---------------------------------------------------------------- ledger


def ledger_json(month: Month, rows: Sequence[LedgerRow]) -> dict[str, Any]:
    """The ``ledger --json`` document."""
    return {"month": f"{month[0]:04d}-{month[1]:02d}", "interviewers": [
        {"email": r.email, "name": r.name, "timezone": r.timezone,
         "interviews": r.carried.interviews, "minutes": r.carried.minutes,
         "outside_core_minutes": r.carried.outside_core, "edge_minutes": r.carried.edge,
         "early": r.carried.early, "late": r.carried.late} for r in rows]}


def ledger_text(month: Month, rows: Sequence[LedgerRow]) -> str:
    """A table of the month's ledger."""
    if not rows:
        return "no interviewers yet: add one with 'interviewplanner interviewer add'"
    head = ("NAME", "INTERVIEWS", "MINUTES", "OUTSIDE CORE", "FIRST/LAST HOUR", "EARLY", "LATE")
    body = [(r.name, r.carried.interviews, r.carried.minutes, r.carried.outside_core,
             r.carried.edge, r.carried.early, r.carried.late) for r in rows]
    widths = [max(len(str(row[i])) for row in [head, *body]) for i in range(len(head))]
    lines = [f"{month[0]:04d}-{month[1]:02d}, each on the interviewer's own local calendar:"]
    for row in [head, *body]:
        cells = [str(row[0]).ljust(widths[0]), *(str(c).rjust(w) for c, w in
                                                 zip(row[1:], widths[1:], strict=True))]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def ledger(args: argparse.Namespace) -> int:
    """``ledger``: the month's ledger."""
    month = ledger_service.parse_month(args.month)
    with opened(args) as store:
        rows = ledger_service.ledger(store, month)
    emit(args, ledger_json(month, rows), ledger_text(month, rows))
    return 0
