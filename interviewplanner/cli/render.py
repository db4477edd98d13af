"""Human text and JSON shapes of the CLI's answers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interviewplanner.cli.wording import reason_text
from interviewplanner.cli.wording_reader import skipped_text, warning_text
from interviewplanner.core.booking import Booking
from interviewplanner.core.languages import reader_language
from interviewplanner.core.model import CompanySettings, ImportReport, Interviewer, Policy
from interviewplanner.core.plan import Plan, ProposalResult
from interviewplanner.core.policy import effective_policy
from interviewplanner.core.policy_text import policy_json
from interviewplanner.core.timezones import get_zone

if TYPE_CHECKING:  # the writer (and babel) load only for ``export`` (issue 13: start-up time)
    from interviewplanner.ics.write import ExportedFile


def policy_summary(policy: Policy) -> str:
    """``10:00-19:00, core 12:00-16:00, lunch 60 in 12:00-13:00, ≤2/day ≤6/week``."""
    parts = [str(policy.window), f"core {policy.core}" + (" only" if policy.core_only else ""),
             f"lunch {policy.lunch_minutes} in {policy.lunch_window}"]
    limits = [f"≤{policy.max_per_day}/day" if policy.max_per_day is not None else "",
              f"≤{policy.max_per_week}/week" if policy.max_per_week is not None else ""]
    parts.append(" ".join(x for x in limits if x) or "no load limit")
    if policy.buffer_minutes:
        parts.append(f"buffer {policy.buffer_minutes} min")
    return ", ".join(parts)


def interviewer_json(p: Interviewer, company: CompanySettings) -> dict[str, Any]:
    """The JSON form of an interviewer, with their effective policy."""
    return {
        "name": p.name, "email": p.email, "aliases": list(p.aliases), "timezone": p.timezone,
        "country": p.country, "pools": list(p.pools),
        "language": reader_language(p.language, company.language),
        "policy": policy_json(effective_policy(p, company)),
    }


def interviewer_table(people: Sequence[Interviewer], company: CompanySettings) -> str:
    """A plain table of the roster."""
    if not people:
        return "no interviewers yet: add one with 'interviewplanner interviewer add'"
    rows = [(p.name, p.email, p.timezone, p.country or "-", ",".join(p.pools) or "-",
             policy_summary(effective_policy(p, company))) for p in people]
    head = ("NAME", "E-MAIL", "ZONE", "CC", "POOLS", "POLICY")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head) - 1)]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1]
             for r in [head, *rows]]
    return "\n".join(lines)


def import_json(report: ImportReport) -> dict[str, Any]:
    """The JSON of SPEC §7 for ``import-ics``."""
    return {"source": report.source, "events": report.events,
            "busy_intervals": report.busy_intervals,
            "warnings": [warning_text(w) for w in report.warnings],
            "skipped": [{"line": s.line, "reason": skipped_text(s)} for s in report.skipped]}


def import_text(report: ImportReport) -> str:
    """A short human summary of an import."""
    lines = [f"imported {report.source}: {report.events} events, "
             f"{report.busy_intervals} busy intervals"]
    lines += [f"  warning: {warning_text(w)}" for w in report.warnings]
    lines += [f"  skipped line {s.line}: {skipped_text(s)}" for s in report.skipped]
    return "\n".join(lines)


def intervals_text(spans: Sequence[tuple[datetime, datetime]], what: str, zone: str | None = None) -> str:
    """One line per interval, in UTC and (when given) the person's local time."""
    if not spans:
        return f"no {what} time in that range"
    tz = get_zone(zone) if zone else None
    out = []
    for start, end in spans:
        line = f"{start:%Y-%m-%d %H:%M}Z – {end:%Y-%m-%d %H:%M}Z"
        if tz is not None:
            ls, le = start.astimezone(tz), end.astimezone(tz)
            line += f"   ({ls:%a %m-%d %H:%M}–{le:%H:%M} {ls.tzname()})"
        out.append(line)
    return "\n".join(out)


def proposals_text(result: ProposalResult, plan: Plan) -> str:
    """The ranked proposals as a small table, or why none fits."""
    if not result.proposals:
        reasons = [reason_text(r) for r in result.reasons[:5]] or ["no slot fits"]
        return "no proposal fits:\n" + "\n".join(f"  - {r}" for r in reasons)
    zone = get_zone(plan.candidate.timezone)
    lines = []
    for p in result.proposals:
        first = p.sessions[0].start.astimezone(zone)
        lines.append(f"#{p.rank}  score {p.score:.2f}  {first:%a %Y-%m-%d %H:%M} {first.tzname()} "
                     f"(candidate)  {p.explanation}")
        for s in p.sessions:
            lines.append(f"      {s.start:%m-%d %H:%M}Z–{s.end:%H:%M}Z  {s.title}: "
                         f"{', '.join(s.interviewers)}" + (f" (+ shadow {s.shadow})" if s.shadow else ""))
    return "\n".join(lines)


def booking_text(booking: Booking, verb: str) -> str:
    """One booking after ``book``/``reschedule``/``cancel``."""
    lines = [f"{verb} {booking.id} for {booking.candidate.name} (sequence {booking.sequence})"]
    lines += [f"  {s.start:%Y-%m-%d %H:%M}Z–{s.end:%H:%M}Z  {s.title}: {', '.join(s.interviewers)}"
              for s in booking.sessions]
    return "\n".join(lines)


def bookings_table(bookings: Sequence[Booking]) -> str:
    """Every booking on one line."""
    if not bookings:
        return "no bookings yet"
    return "\n".join(
        f"{b.id}  {b.status.value:<9}  {b.sessions[0].start:%Y-%m-%d %H:%M}Z  "
        f"{b.candidate.name}  ({len(b.sessions)} sessions)" for b in bookings if b.sessions)


def export_text(out: Path, files: Sequence[ExportedFile], advice: Sequence[str]) -> str:
    """Where the files went, and what to tell interviewers."""
    lines = [f"wrote {len(files)} files under {out}:"]
    lines += [f"  {f.path.as_posix()}  ({f.kind} for {', '.join(f.for_)})" for f in files]
    lines += ["", *advice] if advice else []
    return "\n".join(lines)
