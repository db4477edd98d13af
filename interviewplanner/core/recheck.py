"""Re-check one chosen proposal against the current data (used when booking, SPEC §5).

The slot search proves a proposal feasible when it is made; by the time the coordinator books
it, someone else may have booked the same people. Booking re-runs this check inside the write
transaction, with the rules of :mod:`interviewplanner.core.engine_rules` (the same per-person
check the search uses), so a proposal is stored only if it still keeps every hard rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from interviewplanner.core.engine_rules import (
    candidate_calendar,
    ceil_min,
    check_person,
    floor_min,
    person_calendar,
)
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.plan import Plan, ProposedSession
from interviewplanner.core.reasons import Reason, ReasonCode


def _sessions_by_person(sessions: Sequence[ProposedSession]) -> dict[str, list[tuple[int, int]]]:
    held: dict[str, list[tuple[int, int]]] = {}
    for s in sessions:
        for email in (*s.interviewers, *((s.shadow,) if s.shadow else ())):
            held.setdefault(email.lower(), []).append((floor_min(s.start), ceil_min(s.end)))
    return held


def recheck(
    plan: Plan,
    sessions: Sequence[ProposedSession],
    *,
    people: Mapping[str, Interviewer],
    busy: Mapping[str, Sequence[Interval]],
    booked: Mapping[str, Sequence[Interval]],
    company: CompanySettings,
) -> list[Reason]:
    """Every hard rule the proposal ``sessions`` breaks now (empty: it can be booked).

    ``people``, ``busy`` and ``booked`` are keyed by lower-case primary e-mail, as for
    :func:`interviewplanner.core.engine.propose`.
    """
    if not sessions:
        return [Reason(ReasonCode.HORIZON_TOO_SHORT)]
    start, end = min(s.start for s in sessions), max(s.end for s in sessions)
    reasons: list[Reason] = []
    for email, spans in sorted(_sessions_by_person(sessions).items()):
        person = people.get(email)
        if person is None:
            reasons.append(Reason(ReasonCode.UNKNOWN_PERSON, email))
            continue
        cal = person_calendar(person, company, busy=busy.get(email, ()),
                              booked=booked.get(email, ()), start=start, end=end)
        block = check_person(cal, sorted(spans))
        if block is not None:
            reasons.append(Reason(block.code, email, person.name, block.day, block.detail,
                                  need=block.need))
    cand = candidate_calendar(plan.candidate, start, end)
    if not all(cand.covers(floor_min(s.start), ceil_min(s.end)) for s in sessions):
        reasons.append(Reason(ReasonCode.CANDIDATE_UNAVAILABLE, who=plan.candidate.name))
    return reasons
