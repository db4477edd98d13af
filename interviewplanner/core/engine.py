"""The slot engine: ranked, explained panel proposals that never break a rule (SPEC §3, §7).

:func:`propose` searches every panel start on the grid (minutes since UTC midnight divisible by
``plan.grid_minutes``) inside ``[start, end)``: the whole panel must lie in the range. The search
is exact (see :mod:`interviewplanner.core.engine_search`): if any start, session order and choice
of pool members keeps every hard rule of SPEC §2 for every person, it is found, and each start
gets its best-scoring order and people. Rules per person live in
:mod:`interviewplanner.core.engine_rules`; the score and explanations in
:mod:`interviewplanner.core.ranking` (formula there and in ``docs/scoring.md``).

Ranking and diversity: feasible starts are sorted by score (highest first), then start, then
names. The top ``limit`` are taken greedily in that order, skipping any start less than
:data:`DIVERSITY_MINUTES` (60) from one already taken, so the list never holds near-duplicates of
one slot a grid step apart. Each start contributes one proposal (its best order and people).

Loops over several days (sessions with ``"day": k``) are searched block by block, exactly, by
:mod:`interviewplanner.core.engine_days`; each proposal still has one start and end per session.

Fair rotation (SPEC §11): among pool members of equal seat value, an out-of-core seat goes to
the one who carried the fewest seats of that kind (early or late) that month
(:mod:`interviewplanner.core.ledger`, from ``booked``), and equal scores rank the fairer
rotation first; the explanation says so ("Sato takes the 18:00 slot: 0 late slots this month vs
Kim's 3"). The score itself is unchanged.

Soft extras: a session's shadow seat (``shadow_pool`` or ``trainee``) is filled after ranking by
the free pool member with the fewest interviews that week (then e-mail), never breaking a rule
for them; it does not change the score.

When nothing fits, :attr:`ProposalResult.reasons` says why (:mod:`interviewplanner.core.diagnosis`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from interviewplanner.core.diagnosis import diagnose
from interviewplanner.core.engine_days import LoopSearch
from interviewplanner.core.engine_rules import (
    Span,
    candidate_calendar,
    ceil_min,
    check_person,
    floor_min,
    from_min,
    person_calendar,
)
from interviewplanner.core.engine_search import Context, Found, diverse_top, search
from interviewplanner.core.intervals import Interval
from interviewplanner.core.ledger import carried
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.plan import Plan, Proposal, ProposalResult, ProposedSession, utc_text
from interviewplanner.core.ranking import explain, score_proposal
from interviewplanner.core.reasons import Reason, ReasonCode
from interviewplanner.core.timezones import get_zone, to_local

__all__ = ["DIVERSITY_MINUTES", "propose", "result_to_json", "score_proposal"]

DIVERSITY_MINUTES = 60


def _roster(people: Mapping[str, Interviewer]) -> dict[str, Interviewer]:
    out: dict[str, Interviewer] = {}
    for key, person in people.items():
        for email in (key.lower(), *person.emails):
            out.setdefault(email, person)
    return out


def _lowered(table: Mapping[str, Sequence[Interval]]) -> dict[str, list[Sequence[Interval]]]:
    out: dict[str, list[Sequence[Interval]]] = {}
    for key, intervals in table.items():
        out.setdefault(key.lower(), []).append(intervals)
    return out


def _per_person(table: Mapping[str, list[Sequence[Interval]]], person: Interviewer) -> list[Interval]:
    return [iv for email in person.emails for part in table.get(email, ()) for iv in part]


def _primary(person: Interviewer) -> str:
    return person.email.lower()


def _pool_members(roster: Mapping[str, Interviewer], pool: str | None) -> list[str]:
    if not pool:
        return []
    wanted = pool.casefold()
    return sorted({_primary(p) for p in roster.values() if wanted in (x.casefold() for x in p.pools)})


def _named(plan: Plan, roster: Mapping[str, Interviewer]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(dict.fromkeys(_primary(roster[e.lower()]) for e in s.interviewers if e.lower() in roster))
        for s in plan.sessions
    )


def _grid(plan: Plan, start: datetime, end: datetime, span: int | None = None) -> tuple[int, int]:
    """The first grid start and how many starts leave room for ``span`` (the longest block)."""
    g = plan.grid_minutes
    t0 = -(-ceil_min(start) // g) * g
    last = floor_min(end) - (plan.span_minutes if span is None else span)
    return t0, max(0, (last - t0) // g + 1) if last >= t0 else 0


def _static_reasons(
    plan: Plan, roster: Mapping[str, Interviewer], named: Sequence[Sequence[str]], k: int
) -> list[Reason]:
    reasons = [Reason(ReasonCode.UNKNOWN_PERSON, email=e, starts=k)
               for s in plan.sessions for e in dict.fromkeys(s.interviewers) if e.lower() not in roster]
    for spec, names in zip(plan.sessions, named, strict=True):
        have = len([m for m in _pool_members(roster, spec.pool) if m not in names])
        if spec.count > have:
            reasons.append(Reason(ReasonCode.POOL_TOO_SMALL, pool=spec.pool or "",
                                  need=spec.count, have=have, starts=k))
    if k == 0:
        reasons.append(Reason(ReasonCode.HORIZON_TOO_SHORT, need=plan.span_minutes))
    return list(dict.fromkeys(reasons))


def _involved(plan: Plan, roster: Mapping[str, Interviewer]) -> dict[str, Interviewer]:
    emails = {e.lower() for s in plan.sessions for e in (*s.interviewers, s.trainee or "") if e}
    for spec in plan.sessions:
        emails.update(_pool_members(roster, spec.pool), _pool_members(roster, spec.shadow_pool))
    return {_primary(roster[e]): roster[e] for e in sorted(emails) if e in roster}


def build_context(
    plan: Plan, *, roster: Mapping[str, Interviewer], busy: Mapping[str, Sequence[Interval]],
    booked: Mapping[str, Sequence[Interval]], company: CompanySettings,
    start: datetime, end: datetime,
) -> Context:
    """Precompute every calendar a search over ``[start, end)`` needs."""
    named = _named(plan, roster)
    people = _involved(plan, roster)
    busy_by, booked_low = _lowered(busy), _lowered(booked)
    booked_by = {e: _per_person(booked_low, p) for e, p in people.items()}
    cals = {e: person_calendar(p, company, busy=_per_person(busy_by, p), booked=booked_by[e],
                               start=start, end=end)
            for e, p in people.items()}
    cand = candidate_calendar(plan.candidate, start, end)
    pools = tuple(tuple(m for m in _pool_members(roster, s.pool) if m not in names)
                  for s, names in zip(plan.sessions, named, strict=True))
    t0, _ = _grid(plan, start, end)
    shortest = min(plan.block_minutes(b) for b in plan.blocks)
    _, k = _grid(plan, start, end, shortest)
    origin = cand.day_index(floor_min(start))
    carried_by = {e: carried(p, company, booked_by[e]) for e, p in people.items()}
    return Context(plan, people, cals, cand, named, pools, t0, k, origin,
                   cand.day_index(floor_min(end) - 1) - origin, company, booked_by,
                   floor_min(end), carried_by)


def _check_range(start: datetime, end: datetime, limit: int) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("propose() needs aware datetimes for start and end")
    if limit < 1:
        raise ValueError("limit must be at least 1")


def propose(  # noqa: PLR0917 -- the positional signature is the engine's published API
    plan: Plan,
    people: Mapping[str, Interviewer],
    busy: Mapping[str, Sequence[Interval]],
    booked: Mapping[str, Sequence[Interval]],
    company: CompanySettings,
    start: datetime,
    end: datetime,
    limit: int = 10,
) -> ProposalResult:
    """Ranked, diverse proposals for ``plan`` inside ``[start, end)``, or the reasons none fits.

    ``people`` maps e-mail to interviewer (aliases are matched too); ``busy`` holds imported busy
    time plus existing bookings per e-mail; ``booked`` the existing interviews per e-mail (for
    load limits and the load-balance score). Deterministic for the same arguments.
    """
    _check_range(start, end, limit)
    roster = _roster(people)
    _, k = _grid(plan, start, end)
    static = _static_reasons(plan, roster, _named(plan, roster), k)
    if static:
        return ProposalResult((), tuple(static))
    ctx = build_context(plan, roster=roster, busy=busy, booked=booked, company=company,
                        start=start, end=end)
    if plan.multi_day:
        loop = LoopSearch(ctx)
        found = loop.run()
        if not found:
            return ProposalResult((), loop.diagnose())
    else:
        found = search(ctx)
        if not found:
            return ProposalResult((), diagnose(ctx))
    top = diverse_top(found, limit, DIVERSITY_MINUTES)
    return ProposalResult(tuple(_proposal(ctx, rank, f) for rank, f in enumerate(top, 1)))


# ---------------------------------------------------------------- building proposals


def _shadow_options(ctx: Context, idx: int, staff: Iterable[str], span: Span) -> list[str]:
    spec = ctx.plan.sessions[idx]
    if spec.trainee:
        person = next((p for p in ctx.people.values() if spec.trainee in p.emails), None)
        options = [_primary(person)] if person else []
    else:
        options = [e for e in ctx.cals if spec.shadow_pool and spec.shadow_pool.casefold()
                   in (x.casefold() for x in ctx.people[e].pools)]

    def week_count(email: str) -> int:
        """Interviews ``email`` already has that week."""
        rules = ctx.cals[email].day_of(span[0])
        return rules.booked_week if rules else 0

    return sorted((e for e in options if e not in staff), key=lambda e: (week_count(e), e))


def _fill_shadows(ctx: Context, found: Found) -> dict[int, str]:
    spans = ctx.found_spans(found)
    held: dict[str, list[Span]] = {}
    for idx, span in spans.items():
        for email in found.staffing.staff[idx]:
            held.setdefault(email, []).append(span)
    shadows: dict[int, str] = {}
    for idx in found.order:
        for email in _shadow_options(ctx, idx, found.staffing.staff[idx], spans[idx]):
            trial = [*held.get(email, ()), spans[idx]]
            if check_person(ctx.cals[email], trial) is None:
                shadows[idx], held[email] = email, trial
                break
    return shadows


def _free_alone(ctx: Context, email: str, span: Span) -> bool:
    """True when ``email`` could hold ``span`` alone (free segments first: a cheap refusal)."""
    segments = ctx.segments(email)
    i = bisect_right(segments, (span[0], float("inf"))) - 1
    if i < 0 or segments[i][1] < span[1]:
        return False
    return check_person(ctx.cals[email], [span]) is None


def _rotation_note(ctx: Context, idx: int, email: str, found: Found, span: Span) -> str | None:
    """``Sato takes the 18:00 slot: 0 late slots this month vs Kim's 3`` when a pool member who
    was free for this out-of-core seat carried more seats of its kind this month."""
    rules = ctx.cals[email].day_of(span[0])
    if rules is None or (span[0] >= rules.cs and span[1] <= rules.ce):
        return None
    staff = found.staffing.staff[idx]
    mine = ctx.rotation_key(email, span)[0]
    counts = [(ctx.rotation_key(e, span)[0], e) for e in ctx.pools[idx] if e not in staff]
    other = None
    for count, candidate in sorted(counts, key=lambda c: (-c[0], c[1])):
        if count <= mine:
            break
        if _free_alone(ctx, candidate, span):
            other = candidate
            break
    if other is None:
        return None
    theirs = ctx.rotation_key(other, span)[0]
    kind = "late" if span[1] > rules.ce else "early"
    clock = to_local(from_min(span[0]), get_zone(ctx.people[email].timezone))
    return (f"{ctx.people[email].name} takes the {clock:%H:%M} slot: {mine} {kind} "
            f"slot{'s' if mine != 1 else ''} this month vs {ctx.people[other].name}'s {theirs}")


def _rotation_notes(ctx: Context, found: Found, spans: Mapping[int, Span]) -> list[str]:
    if not ctx.rotating:
        return []
    notes = []
    for idx in found.order:
        for email in found.staffing.staff[idx]:
            if email not in ctx.named[idx]:
                note = _rotation_note(ctx, idx, email, found, spans[idx])
                if note:
                    notes.append(note)
    return notes


def _proposal(ctx: Context, rank: int, found: Found) -> Proposal:
    spans = ctx.found_spans(found)
    shadows = _fill_shadows(ctx, found)
    sessions = tuple(
        ProposedSession(ctx.plan.sessions[i].title, from_min(spans[i][0]), from_min(spans[i][1]),
                        found.staffing.staff[i], shadows.get(i))
        for i in found.order
    )
    text = explain(ctx.plan, sessions, ctx.people, ctx.booked, found.staffing.pooled,
                   company=ctx.company, rotation=_rotation_notes(ctx, found, spans))
    return Proposal(rank, found.score, text, sessions)


# ---------------------------------------------------------------- JSON (SPEC §7)


def _session_json(ps: ProposedSession) -> dict[str, Any]:
    out: dict[str, Any] = {"title": ps.title, "start": utc_text(ps.start), "end": utc_text(ps.end),
                           "interviewers": list(ps.interviewers)}
    if ps.shadow:
        out["shadow"] = ps.shadow
    return out


def _code_text(reason: Reason) -> str:
    return reason.code.value


def reason_json(reason: Reason, describe: Callable[[Reason], str] = _code_text) -> dict[str, Any]:
    """A reason as JSON: its code, ``describe(reason)`` as text, and the fields it concerns.

    The core does not word reasons: the face passes its own ``describe`` (the CLI's English).
    """
    out: dict[str, Any] = {"code": reason.code.value, "text": describe(reason),
                           "starts": reason.starts}
    for name in ("email", "pool", "detail", "country"):
        if getattr(reason, name):
            out[name] = getattr(reason, name)
    if reason.day:
        out["date"] = reason.day.isoformat()
    if reason.need or reason.have:
        out.update(need=reason.need, have=reason.have)
    return out


def result_to_json(result: ProposalResult,
                   describe: Callable[[Reason], str] = _code_text) -> dict[str, Any]:
    """The ``propose --json`` document of SPEC §7 (plus ``reasons`` with codes when empty);
    ``describe`` words each reason (the code itself by default)."""
    reasons = [reason_json(r, describe) for r in result.reasons]
    return {
        "proposals": [
            {"rank": p.rank, "score": round(p.score, 4), "explanation": p.explanation,
             "sessions": [_session_json(s) for s in p.sessions]}
            for p in result.proposals
        ],
        "reason_if_empty": "; ".join(r["text"] for r in reasons[:3]) or None,
        "reasons": reasons,
    }
