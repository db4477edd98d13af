"""An independent checker of the hard rules of SPEC §2/§3, and a brute-force proposer.

Written from the spec, not from the engine: it reads local times with :mod:`zoneinfo` directly,
holidays with the ``holidays`` package, and checks everything with plain datetimes, minute by
rule. Loops over several days (SPEC §11) are enumerated block by block: every start, order and
choice of people valid for one block alone, then every combination on allowed dates is checked
whole (a valid loop's blocks are each valid alone, since removing interviews breaks no rule).
It shares only the data classes (Plan, Interviewer, ...) and, for ranking, the engine's
public ``score_proposal``. The benchmark's baseline proposer reuses it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer, Policy
from interviewplanner.core.plan import Plan, ProposedSession, SessionSpec
from interviewplanner.core.ranking import score_proposal

MIN = timedelta(minutes=1)


@dataclass(frozen=True)
class World:
    """Everything a check needs besides the proposal."""

    plan: Plan
    people: Mapping[str, Interviewer]
    busy: Mapping[str, Sequence[Interval]]
    booked: Mapping[str, Sequence[Interval]]
    company: CompanySettings
    start: datetime
    end: datetime


@cache
def _holidays(country: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, years=year))


def wall(day: date, clock: time, zone: str) -> datetime:
    """UTC instant of a local wall time (fold=0: first occurrence; gap: offset before it)."""
    return datetime.combine(day, clock, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def local_date(instant: datetime, zone: str) -> date:
    """Local calendar date of an instant."""
    return instant.astimezone(ZoneInfo(zone)).date()


def _closed(company: CompanySettings, day: date) -> bool:
    key = (day.month, day.day)
    for c in company.closures:
        inside = c.start <= key <= c.end if c.start <= c.end else key >= c.start or key <= c.end
        if inside:
            return True
    return False


def _policy(person: Interviewer, company: CompanySettings) -> Policy:
    """The effective policy: the person's overrides applied to the company's policy."""
    return person.overrides.apply(company.policy)


def _window(person: Interviewer, company: CompanySettings, day: date) -> tuple[datetime, datetime]:
    pol = _policy(person, company)
    lo, hi = wall(day, pol.window.start, person.timezone), wall(day, pol.window.end, person.timezone)
    if pol.core_only:
        lo = max(lo, wall(day, pol.core.start, person.timezone))
        hi = min(hi, wall(day, pol.core.end, person.timezone))
    return lo, hi


def _day_problems(person: Interviewer, company: CompanySettings, iv: Interval) -> list[str]:
    day = local_date(iv.start, person.timezone)
    out = []
    if day.weekday() not in _policy(person, company).working_days:
        out.append(f"{person.email} does not work on {day}")
    if person.country and day in _holidays(person.country.upper(), day.year):
        out.append(f"{person.email} holiday on {day}")
    if _closed(company, day):
        out.append(f"{person.email} closure on {day}")
    lo, hi = _window(person, company, day)
    if not (lo <= iv.start and iv.end <= hi):
        out.append(f"{person.email} outside window {iv}")
    return out


def _lunch_ok(
    person: Interviewer, company: CompanySettings, day: date, occupied: Sequence[Interval]
) -> bool:
    pol = _policy(person, company)
    if pol.lunch_minutes == 0:
        return True
    lo = wall(day, pol.lunch_window.start, person.timezone)
    hi = wall(day, pol.lunch_window.end, person.timezone)
    need = timedelta(minutes=pol.lunch_minutes)
    free_from = lo  # walk the occupied pieces in order, looking for a long enough free run
    for o in sorted(occupied, key=lambda o: o.start):
        if o.end <= lo or o.start >= hi:
            continue
        if o.start - free_from >= need:
            return True
        free_from = max(free_from, o.end)
    return hi - free_from >= need


def _load_problems(
    person: Interviewer, company: CompanySettings, booked: Sequence[Interval], ivs: Sequence[Interval]
) -> list[str]:
    pol, tz = _policy(person, company), person.timezone
    days = [local_date(b.start, tz) for b in [*booked, *ivs]]
    out = []
    for day in {local_date(iv.start, tz) for iv in ivs}:
        if pol.max_per_day is not None and days.count(day) > pol.max_per_day:
            out.append(f"{person.email} over day limit on {day}")
        week = day.isocalendar()[:2]
        if pol.max_per_week is not None and sum(d.isocalendar()[:2] == week for d in days) > pol.max_per_week:
            out.append(f"{person.email} over week limit near {day}")
    return out


def person_problems(
    person: Interviewer, company: CompanySettings, busy: Sequence[Interval],
    booked: Sequence[Interval], ivs: Sequence[Interval],
) -> list[str]:
    """Every hard rule ``person`` breaks holding the interviews ``ivs`` of one panel."""
    out: list[str] = []
    pad = timedelta(minutes=_policy(person, company).buffer_minutes)
    for iv in ivs:
        out += _day_problems(person, company, iv)
        if any(b.start < iv.end + pad and iv.start - pad < b.end for b in busy):
            out.append(f"{person.email} busy around {iv}")
        if any(o is not iv and o.start < iv.end + pad and iv.start - pad < o.end for o in ivs):
            out.append(f"{person.email} buffer between own sessions")
    out += _load_problems(person, company, booked, ivs)
    for day in {local_date(iv.start, person.timezone) for iv in ivs}:
        if not _lunch_ok(person, company, day, [*busy, *ivs]):
            out.append(f"{person.email} loses lunch on {day}")
    return out


def blocks_of(plan: Plan) -> list[list[int]]:
    """Session indices grouped by ``day``, in increasing order of day (one block per day)."""
    return [[i for i, s in enumerate(plan.sessions) if s.day == d]
            for d in sorted({s.day for s in plan.sessions})]


def _day_of(plan: Plan, title: str) -> int:
    return next(s.day for s in plan.sessions if s.title == title)


def _loop_problems(plan: Plan, sessions: Sequence[ProposedSession]) -> list[str]:
    """A loop over days: each block on one candidate date, dates increasing, gaps allowed."""
    tz, out = plan.candidate.timezone, []
    dates: dict[int, set[date]] = {}
    for ps in sessions:
        day = _day_of(plan, ps.title)
        dates.setdefault(day, set()).update({local_date(ps.start, tz), local_date(ps.end - MIN, tz)})
    firsts = []
    for day in sorted(dates):
        if len(dates[day]) != 1:
            out.append(f"block {day} is not on one candidate day")
        firsts.append(min(dates[day]))
    for a, b in itertools.pairwise(firsts):
        if not 1 <= (b - a).days <= plan.max_days_between:
            out.append(f"blocks on {a} and {b} are not 1-{plan.max_days_between} days apart")
    return out


def candidate_problems(plan: Plan, sessions: Sequence[ProposedSession]) -> list[str]:
    """Rules of the candidate: availability (or default 08-20 weekdays) and same day."""
    cand, out = plan.candidate, []
    for ps in sessions:
        if cand.availability:
            ok = _covered(ps.start, ps.end, cand.availability)
        else:
            day = local_date(ps.start, cand.timezone)
            ok = (day.weekday() < 5 and wall(day, time(8), cand.timezone) <= ps.start
                  and ps.end <= wall(day, time(20), cand.timezone))
        if not ok:
            out.append(f"candidate unavailable for {ps.title}")
    if len(blocks_of(plan)) > 1:
        out += _loop_problems(plan, sessions)
    elif plan.same_day:
        first = local_date(sessions[0].start, cand.timezone)
        if local_date(sessions[-1].end - MIN, cand.timezone) != first:
            out.append("sessions on different candidate days")
    return out


def _covered(start: datetime, end: datetime, availability: Sequence[Interval]) -> bool:
    reach = start  # extend coverage from the start through touching or overlapping intervals
    for a in sorted(availability, key=lambda a: a.start):
        if a.start <= reach < a.end:
            reach = a.end
    return reach >= end


def _expected_titles(plan: Plan, titles: list[str]) -> bool:
    """Blocks in increasing order of day; inside a block the plan's order (when ordered)."""
    days = [_day_of(plan, t) for t in titles]
    if days != sorted(days):
        return False
    if not plan.ordered:
        return True
    return titles == [plan.sessions[i].title for block in blocks_of(plan) for i in block]


def _shape_problems(world: World, sessions: Sequence[ProposedSession]) -> list[str]:
    plan, out = world.plan, []
    specs = {s.title: s for s in plan.sessions}
    titles = [s.title for s in sessions]
    if sorted(titles) != sorted(specs) or not _expected_titles(plan, titles):
        out.append(f"wrong sessions or order: {titles}")
    if sessions[0].start < world.start or sessions[-1].end > world.end:
        out.append("outside the search range")
    for i, ps in enumerate(sessions):
        first_of_block = i == 0 or _day_of(plan, sessions[i - 1].title) != _day_of(plan, ps.title)
        since_midnight = ps.start - datetime.combine(ps.start.date(), time(0), tzinfo=UTC)
        if first_of_block and since_midnight % timedelta(minutes=plan.grid_minutes):
            out.append("a block's first start is not on the grid")
    for a, b in itertools.pairwise(sessions):
        same_block = _day_of(plan, a.title) == _day_of(plan, b.title)
        if same_block and b.start - a.end != timedelta(minutes=plan.break_minutes):
            out.append("break is not exact")
    for ps in sessions:
        out += _staff_problems(world, ps, specs.get(ps.title))
    return out


def _staff_problems(world: World, ps: ProposedSession, spec: object) -> list[str]:
    if not isinstance(spec, SessionSpec):
        return [f"unknown session {ps.title}"]
    out = []
    if ps.end - ps.start != timedelta(minutes=spec.minutes):
        out.append(f"{ps.title} has the wrong length")
    people = list(ps.interviewers)
    if len(set(people)) != len(people) or ps.shadow in people:
        out.append(f"{ps.title} repeats a person")
    if not set(spec.interviewers) <= set(people):
        out.append(f"{ps.title} misses a named interviewer")
    extra = [e for e in people if e not in spec.interviewers]
    if len(extra) != spec.count or any(spec.pool not in world.people[e].pools for e in extra):
        out.append(f"{ps.title} has the wrong pool seats")
    if ps.shadow and ps.shadow != spec.trainee and spec.shadow_pool not in world.people[ps.shadow].pools:
        out.append(f"{ps.title} shadow is not from the shadow pool")
    return out


def violations(world: World, sessions: Sequence[ProposedSession]) -> list[str]:
    """Every hard rule the proposal ``sessions`` (time order) breaks; empty when it is valid."""
    out = _shape_problems(world, sessions) + candidate_problems(world.plan, sessions)
    return out + people_problems(world, sessions)


def people_problems(world: World, sessions: Sequence[ProposedSession]) -> list[str]:
    """Every rule the interviewers and shadows of ``sessions`` break holding them all."""
    out: list[str] = []
    held: dict[str, list[Interval]] = {}
    for ps in sessions:
        for email in (*ps.interviewers, *([ps.shadow] if ps.shadow else [])):
            held.setdefault(email, []).append(Interval(ps.start, ps.end))
    for email, ivs in held.items():
        person = world.people.get(email)
        if person is None:
            out.append(f"unknown person {email}")
            continue
        out += person_problems(person, world.company, world.busy.get(email, ()),
                               world.booked.get(email, ()), ivs)
    return out


# ---------------------------------------------------------------- brute force


def grid_starts(world: World) -> Iterator[datetime]:
    """Every panel start on the grid whose whole panel fits in the range."""
    plan = world.plan
    span = timedelta(minutes=plan.span_minutes)
    step = timedelta(minutes=plan.grid_minutes)
    t = datetime.combine(world.start.date(), time(0), tzinfo=UTC)
    while t + span <= world.end:
        if t >= world.start:
            yield t
        t += step


def _layout(world: World, order: Sequence[int], t: datetime) -> list[tuple[int, datetime, datetime]]:
    out = []
    for idx in order:
        spec = world.plan.sessions[idx]
        out.append((idx, t, t + timedelta(minutes=spec.minutes)))
        t += timedelta(minutes=spec.minutes + world.plan.break_minutes)
    return out


def _seat_choices(world: World, idx: int, s: datetime, e: datetime) -> list[tuple[str, ...]]:
    spec = world.plan.sessions[idx]
    members = sorted(m for m, p in world.people.items()
                     if spec.pool in p.pools and m not in spec.interviewers)
    alone = [m for m in members if not person_problems(
        world.people[m], world.company, world.busy.get(m, ()), world.booked.get(m, ()),
        [Interval(s, e)])]
    return [tuple(spec.interviewers) + c for c in itertools.combinations(alone, spec.count)]


def _block_alone(world: World, block: list[int]) -> Iterator[tuple[ProposedSession, ...]]:
    """Every choice of start, order and people for one block of a loop that is valid alone."""
    plan = world.plan
    span = sum(plan.sessions[i].minutes for i in block) + plan.break_minutes * (len(block) - 1)
    orders = [tuple(block)] if plan.ordered else list(itertools.permutations(block))
    step = timedelta(minutes=plan.grid_minutes)
    t = datetime.combine(world.start.date(), time(0), tzinfo=UTC)
    while t + timedelta(minutes=span) <= world.end:
        for order in orders if t >= world.start else ():
            layout = _layout(world, order, t)
            bare = [ProposedSession(plan.sessions[i].title, s, e, ()) for i, s, e in layout]
            alone = replace(plan, same_day=True, sessions=tuple(plan.sessions[i] for i in block))
            if candidate_problems(alone, bare):  # also: the block on one candidate day
                continue
            choices = [_seat_choices(world, i, s, e) for i, s, e in layout]
            for staff in itertools.product(*choices):
                sessions = tuple(ProposedSession(plan.sessions[i].title, s, e, people)
                                 for (i, s, e), people in zip(layout, staff, strict=True))
                if not people_problems(world, sessions):
                    yield sessions
        t += step


def _loops(world: World) -> Iterator[tuple[ProposedSession, ...]]:
    """Every valid loop over days: each block valid alone, then the whole loop checked."""
    tz, gap = world.plan.candidate.timezone, world.plan.max_days_between
    alone = [list(_block_alone(world, block)) for block in blocks_of(world.plan)]
    for combo in itertools.product(*alone):
        firsts = [local_date(b[0].start, tz) for b in combo]
        if all(1 <= (b - a).days <= gap for a, b in itertools.pairwise(firsts)):
            sessions = tuple(ps for block in combo for ps in block)
            if not violations(world, sessions):
                yield sessions


def all_feasible(world: World) -> Iterator[tuple[ProposedSession, ...]]:
    """Every valid proposal on the grid (no shadows): every start, order and choice of people."""
    if len(blocks_of(world.plan)) > 1:
        yield from _loops(world)
        return
    n = len(world.plan.sessions)
    orders = [tuple(range(n))] if world.plan.ordered else list(itertools.permutations(range(n)))
    for t in grid_starts(world):
        for order in orders:
            layout = _layout(world, order, t)
            bare = [ProposedSession(world.plan.sessions[i].title, s, e, ()) for i, s, e in layout]
            if candidate_problems(world.plan, bare):
                continue
            choices = [_seat_choices(world, i, s, e) for i, s, e in layout]
            for staff in itertools.product(*choices):
                sessions = tuple(ProposedSession(world.plan.sessions[i].title, s, e, people)
                                 for (i, s, e), people in zip(layout, staff, strict=True))
                if not violations(world, sessions):
                    yield sessions


def score(world: World, sessions: Sequence[ProposedSession]) -> float:
    """The engine's public score of a proposal."""
    return score_proposal(world.plan, sessions, people=world.people, booked=world.booked,
                          company=world.company, start=world.start, end=world.end)


def brute_best(world: World) -> float | None:
    """The best score over every valid proposal, or None when none exists."""
    return max((score(world, p) for p in all_feasible(world)), default=None)
