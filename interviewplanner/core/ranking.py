"""The proposal score (SPEC §3) and the one-line explanation of each proposal.

A *seat* is one interviewer in one session (named or from a pool; the soft shadow seat is not a
seat). With ``S`` seats, ``M = Σ seat minutes`` and ``N = Σ session minutes``::

    score = 0.35 · core       core hours: Σ seat minutes inside the interviewer's core hours / M
          + 0.25 · candidate  candidate-friendly: Σ session minutes inside the candidate's local
                              09:00-18:00 (of the day each session starts) / N
          + 0.15 · date       earlier date: 1 - d / D, d = candidate-local days from the search
                              start to the panel, D = candidate-local days in the range (≥ 1)
          + 0.15 · load       balanced load: Σ over seats 1 / (1 + w) / S, w = interviews the
                              interviewer already has in that ISO week (local)
          + 0.10 · flex       fewer people in flex time: seats wholly inside core hours / S

Every term lies in [0, 1] and the weights sum to 1, so the score does too. All terms except
``candidate`` and ``date`` are sums over seats, which lets the engine pick each start's best
people exactly with branch and bound (:mod:`interviewplanner.core.engine`). Sums of fractions use
:func:`math.fsum`, so the score does not depend on the order of seats.

:func:`score_proposal` computes the score of any proposal from plain datetimes; the engine calls
the same :func:`combine` on the same integer parts. See also ``docs/scoring.md``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.plan import Plan, ProposedSession
from interviewplanner.core.policy import effective_policy, opening
from interviewplanner.core.timezones import at_local, get_zone, to_local

W_CORE, W_CANDIDATE, W_DATE, W_LOAD, W_FLEX = 0.35, 0.25, 0.15, 0.15, 0.10
PREFERRED = (time(9), time(18))


@dataclass(frozen=True, slots=True)
class ScoreParts:
    """The raw sums the score is made of (see the module docstring)."""

    core_minutes: int
    seat_minutes: int
    preferred_minutes: int
    session_minutes: int
    day_index: int
    horizon_days: int
    load_terms: tuple[float, ...]
    full_core_seats: int
    seats: int


def date_term(day_index: int, horizon_days: int) -> float:
    """``1 - d / D`` clipped to [0, 1]."""
    return min(1.0, max(0.0, 1.0 - day_index / max(1, horizon_days)))


def load_term(week_count: int) -> float:
    """A seat's load term: ``1 / (1 + w)``."""
    return 1.0 / (1 + week_count)


def combine(parts: ScoreParts) -> float:
    """The score in [0, 1] of the parts (the formula of the module docstring)."""
    seats = max(1, parts.seats)
    return math.fsum((
        W_CORE * parts.core_minutes / max(1, parts.seat_minutes),
        W_CANDIDATE * parts.preferred_minutes / max(1, parts.session_minutes),
        W_DATE * date_term(parts.day_index, parts.horizon_days),
        W_LOAD * math.fsum(parts.load_terms) / seats,
        W_FLEX * parts.full_core_seats / seats,
    ))


def additive_value(parts: ScoreParts, plan: Plan) -> float:
    """The share of the score that ``parts`` (some of a plan's sessions) add, without the date
    term: every other term is a sum over seats or sessions, divided by the whole plan's totals.
    A loop over several days is scored as the sum of its blocks' values plus the date term."""
    seats = max(1, sum(s.seats for s in plan.sessions))
    seat_minutes = max(1, sum(s.seats * s.minutes for s in plan.sessions))
    session_minutes = max(1, sum(s.minutes for s in plan.sessions))
    return math.fsum((
        W_CORE * parts.core_minutes / seat_minutes,
        W_CANDIDATE * parts.preferred_minutes / session_minutes,
        W_LOAD * math.fsum(parts.load_terms) / seats,
        W_FLEX * parts.full_core_seats / seats,
    ))


def seat_weight(plan: Plan) -> tuple[float, float, float]:
    """Per-seat multipliers of (core minutes, load term, full-core flag) for the plan."""
    seats = max(1, sum(s.seats for s in plan.sessions))
    minutes = max(1, sum(s.seats * s.minutes for s in plan.sessions))
    return W_CORE / minutes, W_LOAD / seats, W_FLEX / seats


# ---------------------------------------------------------------- from datetimes


def _minutes(a: datetime, b: datetime) -> int:
    return max(0, (b - a) // timedelta(minutes=1))


def _local_overlap(iv: Interval, zone_name: str, hours: tuple[time, time]) -> int:
    zone = get_zone(zone_name)
    day = to_local(iv.start, zone).date()
    lo, hi = at_local(day, hours[0], zone), at_local(day, hours[1], zone)
    return _minutes(max(iv.start, lo), min(iv.end, hi))


def _core_minutes(iv: Interval, person: Interviewer, company: CompanySettings) -> int:
    """Minutes of ``iv`` inside the person's core hours on the local day it starts."""
    zone = get_zone(person.timezone)
    day = to_local(iv.start, zone).date()
    core = effective_policy(person, company).core
    return _minutes(max(iv.start, opening(day, core.start, zone)), min(iv.end, opening(day, core.end, zone)))


def iso_week(day: date) -> tuple[int, int]:
    """ISO (year, week) of ``day``."""
    iso = day.isocalendar()
    return iso[0], iso[1]


def week_load(person: Interviewer, booked: Iterable[Interval], instant: datetime) -> int:
    """Interviews ``person`` already has in the local ISO week of ``instant``."""
    zone = get_zone(person.timezone)
    week = iso_week(to_local(instant, zone).date())
    return sum(iso_week(to_local(b.start, zone).date()) == week for b in booked)


def _candidate_days(plan: Plan, first: datetime, start: datetime, end: datetime) -> tuple[int, int]:
    zone = get_zone(plan.candidate.timezone)
    origin = to_local(start, zone).date()
    last = to_local(end - timedelta(minutes=1), zone).date()
    return (to_local(first, zone).date() - origin).days, (last - origin).days


def score_parts(
    plan: Plan, sessions: Sequence[ProposedSession], *, people: Mapping[str, Interviewer],
    booked: Mapping[str, Sequence[Interval]], company: CompanySettings, start: datetime,
    end: datetime,
) -> ScoreParts:
    """The :class:`ScoreParts` of a proposal, computed directly from its datetimes."""
    core = seat_minutes = full = 0
    loads: list[float] = []
    for ps in sessions:
        iv, length = Interval(ps.start, ps.end), _minutes(ps.start, ps.end)
        for email in ps.interviewers:
            person = people[email]
            inside = _core_minutes(iv, person, company)
            core, seat_minutes, full = core + inside, seat_minutes + length, full + (inside == length)
            loads.append(load_term(week_load(person, booked.get(email, ()), ps.start)))
    tz = plan.candidate.timezone
    preferred = sum(_local_overlap(Interval(p.start, p.end), tz, PREFERRED) for p in sessions)
    day_index, horizon = _candidate_days(plan, min(p.start for p in sessions), start, end)
    return ScoreParts(core, seat_minutes, preferred,
                      sum(_minutes(p.start, p.end) for p in sessions),
                      day_index, horizon, tuple(loads), full, len(loads))


def score_proposal(
    plan: Plan, sessions: Sequence[ProposedSession], *, people: Mapping[str, Interviewer],
    booked: Mapping[str, Sequence[Interval]], company: CompanySettings, start: datetime,
    end: datetime,
) -> float:
    """The documented score of a proposal's ``sessions`` for a search over ``[start, end)``.

    ``people`` maps each interviewer e-mail used in ``sessions`` to the person; ``booked`` holds
    their existing interviews (for the load term); ``company`` gives the policy the people's
    overrides change (for core hours). Shadows are not scored.
    """
    return combine(score_parts(plan, sessions, people=people, booked=booked, company=company,
                               start=start, end=end))


# ---------------------------------------------------------------- explanation


def _clock(instant: datetime, zone_name: str) -> datetime:
    return to_local(instant, get_zone(zone_name))


def _span_text(a: datetime, b: datetime, zone_name: str) -> str:
    la, lb = _clock(a, zone_name), _clock(b, zone_name)
    return f"{la:%H:%M}–{lb:%H:%M} {la.tzname()}"


def _flex_text(
    sessions: Sequence[ProposedSession], people: Mapping[str, Interviewer], company: CompanySettings
) -> str:
    flex: dict[str, str] = {}
    for ps in sessions:
        for email in ps.interviewers:
            person = people[email]
            inside = _core_minutes(Interval(ps.start, ps.end), person, company)
            if inside < _minutes(ps.start, ps.end) and email not in flex:
                flex[email] = f"{person.name} {_span_text(ps.start, ps.end, person.timezone)} (flex)"
    return ", ".join(flex.values()) if flex else "all in core hours"


def _candidate_block(plan: Plan, sessions: Sequence[ProposedSession]) -> str:
    tz = plan.candidate.timezone
    first, last = sessions[0].start, sessions[-1].end
    la, lb = _clock(first, tz), _clock(last, tz)
    tag = ""
    if la.time() < PREFERRED[0]:
        tag = " (early)"
    elif lb.time() > PREFERRED[1] or lb.date() > la.date():
        tag = " (evening)"
    return f"{la:%a %m-%d} {_span_text(first, last, tz)}{tag}"


def _candidate_text(plan: Plan, sessions: Sequence[ProposedSession]) -> str:
    """The candidate's local date and span; a loop over days names each day's block."""
    if not plan.multi_day:
        return f"candidate {_candidate_block(plan, sessions)}"
    zone = get_zone(plan.candidate.timezone)
    days: dict[date, list[ProposedSession]] = {}
    for ps in sessions:
        days.setdefault(to_local(ps.start, zone).date(), []).append(ps)
    return "candidate " + " + ".join(_candidate_block(plan, block) for block in days.values())


def _load_text(
    sessions: Sequence[ProposedSession], people: Mapping[str, Interviewer],
    booked: Mapping[str, Sequence[Interval]], pooled: Iterable[str],
) -> str:
    items = []
    for email in dict.fromkeys(pooled):
        person = people[email]
        first = min(ps.start for ps in sessions if email in ps.interviewers)
        count = week_load(person, booked.get(email, ()), first)
        items.append(f"{person.name} {count} interview{'s' if count != 1 else ''} this week")
    return ", ".join(items)


def explain(
    plan: Plan, sessions: Sequence[ProposedSession], people: Mapping[str, Interviewer],
    booked: Mapping[str, Sequence[Interval]], pooled: Iterable[str] = (), *,
    company: CompanySettings, rotation: Sequence[str] = (),
) -> str:
    """One line naming local times: ``all in core hours · candidate Tue 12-01 10:00–12:10 PST ·
    Sato 1 interview this week`` (load is listed for the people chosen from pools), then the
    ``rotation`` notes of fair rotation (``Sato takes the 18:00 slot: 0 late slots this month
    vs Kim's 3``)."""
    parts = [_flex_text(sessions, people, company), _candidate_text(plan, sessions)]
    load = _load_text(sessions, people, booked, pooled)
    if load:
        parts.append(load)
    parts.extend(rotation)
    shadows = [people[ps.shadow].name for ps in sessions if ps.shadow and ps.shadow in people]
    if shadows:
        parts.append("shadow " + ", ".join(dict.fromkeys(shadows)))
    return " · ".join(parts)
