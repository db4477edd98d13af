"""Property tests of the slot engine against the independent checker and a brute force.

Hypothesis draws rosters (zones with DST and half-hour offsets, countries with holidays, flex
policies with buffers, floating lunch, load limits, core-only), calendars, bookings and plans
(named and pool seats, shadows, breaks, unordered panels, explicit availability) around awkward
dates (US/UK clock changes, Golden Week, the New-Year closure). Then:

1. no proposal ever breaks a hard rule (checked by ``engine_reference``);
2. on these small instances a brute-force enumeration of the grid finds a valid proposal iff the
   engine returns one;
3. the engine's best score equals the brute force's best score.

The same three hold for loops over several days (SPEC §11), against a brute force that
enumerates every combination of block starts, orders and people.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewplanner.core.engine import DIVERSITY_MINUTES, propose
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer, Policy, PolicyOverrides, TimeRange
from interviewplanner.core.plan import Candidate, Plan, ProposalResult, SessionSpec
from tests.unit.engine.engine_reference import World, brute_best, score, violations

ZONES = ["Asia/Tokyo", "America/Los_Angeles", "America/New_York", "Europe/London",
         "Australia/Lord_Howe", "Asia/Kolkata"]
DAYS = [date(2026, 10, 30), date(2026, 11, 2), date(2026, 12, 24), date(2026, 12, 31),
        date(2027, 3, 12), date(2026, 4, 28), date(2026, 5, 5), date(2026, 3, 27),
        date(2026, 12, 1), date(2026, 7, 14)]
EPS = 1e-9
OVERRIDES = [PolicyOverrides(), PolicyOverrides(), PolicyOverrides(max_per_day=1, buffer_minutes=15),
             PolicyOverrides(no_day_limit=True, lunch_minutes=30)]


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    """Flex policies, from the company default to very permissive ones."""
    lunch_window = draw(st.sampled_from(["12:00-13:00", "11:30-14:00", "11:00-12:00"]))
    return Policy(
        window=TimeRange.parse(draw(st.sampled_from(["10:00-19:00", "07:00-22:00", "00:00-23:59"]))),
        core=TimeRange.parse(draw(st.sampled_from(["12:00-16:00", "09:00-17:00"]))),
        core_only=draw(st.integers(0, 4)) == 0,
        lunch_window=TimeRange.parse(lunch_window),
        lunch_minutes=draw(st.sampled_from([60, 30, 0])),
        working_days=draw(st.sampled_from([frozenset(range(5)), frozenset(range(7))])),
        max_per_day=draw(st.sampled_from([None, 1, 2, 3])),
        max_per_week=draw(st.sampled_from([None, 1, 3, 6])),
        buffer_minutes=draw(st.sampled_from([0, 0, 10, 30])),
    )


def _own(policy: Policy, extra: PolicyOverrides) -> PolicyOverrides:
    """Overrides giving ``policy`` with ``extra`` on top, whatever the company's defaults."""
    return PolicyOverrides.of(extra.apply(policy))


def _intervals(
    draw: st.DrawFn, origin: datetime, days: int, n: int, lengths: tuple[int, ...] = (15, 30, 60, 120, 300)
) -> list[Interval]:
    out = []
    for _ in range(n):
        at = origin + timedelta(minutes=5 * draw(st.integers(0, days * 288)))
        out.append(Interval(at, at + timedelta(minutes=draw(st.sampled_from(lengths)))))
    return out


@st.composite
def worlds(draw: st.DrawFn, max_people: int = 4, max_days: int = 2) -> World:
    """A roster, calendars, bookings, a plan and a search range."""
    day = draw(st.sampled_from(DAYS))
    start = datetime.combine(day, time(draw(st.sampled_from([0, 12]))), tzinfo=UTC)
    days = draw(st.integers(1, max_days))
    end = start + timedelta(days=days)
    people: dict[str, Interviewer] = {}
    busy: dict[str, list[Interval]] = {}
    booked: dict[str, list[Interval]] = {}
    for i in range(draw(st.integers(2, max_people))):
        email = f"p{i}@x.example"
        people[email] = Interviewer(
            email, f"P{i}", draw(st.sampled_from(ZONES)), draw(st.sampled_from([None, "JP", "US", "GB"])),
            pools=draw(st.sampled_from([("a",), ("a",), ("a", "b"), ("b",)])),
            overrides=_own(draw(policies()), draw(st.sampled_from(OVERRIDES))))
        calendar = _intervals(draw, start - timedelta(days=1), days + 2, draw(st.integers(0, 4)))
        interviews = _intervals(draw, start - timedelta(days=3), days + 6, draw(st.integers(0, 2)))
        busy[email], booked[email] = calendar + interviews, interviews
    zones = [p.timezone for p in people.values()]
    plan = draw(plans(sorted(people), start, end, zones))
    return World(plan, people, busy, booked, CompanySettings(), start, end)


@st.composite
def plans(draw: st.DrawFn, emails: list[str], start: datetime, end: datetime, zones: list[str]) -> Plan:
    """Plans of one to three sessions with named and pool seats."""
    sessions = []
    for i in range(draw(st.integers(1, 3))):
        named = tuple(draw(st.lists(st.sampled_from(emails), max_size=1, unique=True)))
        count = draw(st.integers(0 if named else 1, 2))
        shadow = draw(st.sampled_from([None, None, "b"]))
        sessions.append(SessionSpec(f"S{i}", draw(st.sampled_from([30, 45, 60])), named,
                                    "a" if count else None, count, shadow_pool=shadow))
    availability: tuple[Interval, ...] = ()
    if draw(st.booleans()):
        availability = tuple(_intervals(draw, start, (end - start).days, draw(st.integers(1, 2)),
                                        (240, 480, 720)))
    candidate = Candidate("Cand", draw(st.sampled_from([*ZONES, *zones, *zones])), availability=availability)
    return Plan(candidate, tuple(sessions), draw(st.sampled_from([0, 10, 15])), draw(st.booleans()),
                draw(st.booleans()), draw(st.sampled_from([15, 30])))


def _run(world: World, limit: int = 10) -> ProposalResult:
    return propose(world.plan, world.people, world.busy, world.booked, world.company,
                   world.start, world.end, limit)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds())
def test_engine_matches_brute_force(world: World) -> None:
    """Feasible iff the brute force finds a proposal, and the same best score."""
    result = _run(world)
    best = brute_best(world)
    assert bool(result.proposals) == (best is not None), result.reasons
    if best is not None:
        assert abs(result.proposals[0].score - best) < EPS
    else:
        assert result.reasons


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds(max_people=6, max_days=4))
def test_no_proposal_breaks_a_rule(world: World) -> None:
    """Every proposal passes the independent checker, is scored as documented, ranked, diverse."""
    result = _run(world)
    for p in result.proposals:
        assert violations(world, p.sessions) == []
        assert abs(p.score - score(world, p.sessions)) < EPS
        assert 0.0 <= p.score <= 1.0
    scores = [p.score for p in result.proposals]
    assert scores == sorted(scores, reverse=True)
    starts = [p.sessions[0].start for p in result.proposals]
    assert all(abs(a - b) >= timedelta(minutes=DIVERSITY_MINUTES)
               for i, a in enumerate(starts) for b in starts[i + 1:])
    assert [p.rank for p in result.proposals] == list(range(1, len(scores) + 1))


# ---------------------------------------------------------------- loops over several days


@st.composite
def loop_worlds(draw: st.DrawFn) -> World:
    """Small worlds whose plan is a loop of two or three sessions over two or three blocks.

    Everyone is in pool ``a`` and windows lean permissive, so that many loops fit and the
    interesting cases (load limits, lunch and buffers across blocks, dates too far apart) occur.
    """
    day = draw(st.sampled_from(DAYS))
    start = datetime.combine(day, time(draw(st.sampled_from([0, 12]))), tzinfo=UTC)
    days = draw(st.integers(2, 3))
    end = start + timedelta(days=days)
    people: dict[str, Interviewer] = {}
    busy: dict[str, list[Interval]] = {}
    booked: dict[str, list[Interval]] = {}
    for i in range(draw(st.integers(2, 3))):
        email = f"p{i}@x.example"
        policy = draw(policies())
        if draw(st.booleans()):
            policy = replace(policy, window=TimeRange.parse("07:00-22:00"), core_only=False,
                             working_days=frozenset(range(7)))
        people[email] = Interviewer(email, f"P{i}", draw(st.sampled_from(ZONES)),
                                    draw(st.sampled_from([None, "JP", "US"])), pools=("a",),
                                    overrides=_own(policy, draw(st.sampled_from(OVERRIDES))))
        calendar = _intervals(draw, start - timedelta(days=1), days + 2, draw(st.integers(0, 3)))
        interviews = _intervals(draw, start - timedelta(days=3), days + 6, draw(st.integers(0, 2)))
        busy[email], booked[email] = calendar + interviews, interviews
    emails = sorted(people)
    sessions = []
    count = draw(st.integers(2, 3))
    for i in range(count):
        named = tuple(draw(st.lists(st.sampled_from(emails), max_size=1)))
        seats = draw(st.integers(0 if named else 1, 1))
        sessions.append(SessionSpec(f"S{i}", draw(st.sampled_from([30, 60])), named,
                                    "a" if seats else None, seats, day=min(i + 1, 2) if count == 2
                                    else draw(st.sampled_from([1, 2, 3]))))
    if len({s.day for s in sessions}) == 1:
        sessions[-1] = replace(sessions[-1], day=sessions[0].day % 3 + 1)
    zone = draw(st.sampled_from([*ZONES, *(p.timezone for p in people.values())]))
    plan = Plan(Candidate("Cand", zone), tuple(sessions), draw(st.sampled_from([0, 10])),
                True, draw(st.booleans()), 30, max_days_between=draw(st.sampled_from([1, 2, 3])))
    return World(plan, people, busy, booked, CompanySettings(), start, end)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(loop_worlds())
def test_loops_match_brute_force(world: World) -> None:
    """Loops over days: feasible iff the brute force finds one, the same best score, no rule
    broken, one proposal per first-block start, diverse on that start."""
    result = _run(world)
    best = brute_best(world)
    assert bool(result.proposals) == (best is not None), result.reasons
    if best is None:
        assert result.reasons
        return
    assert abs(result.proposals[0].score - best) < EPS
    for p in result.proposals:
        assert violations(world, p.sessions) == []
        assert abs(p.score - score(world, p.sessions)) < EPS
    starts = [p.sessions[0].start for p in result.proposals]
    assert all(abs(a - b) >= timedelta(minutes=DIVERSITY_MINUTES)
               for i, a in enumerate(starts) for b in starts[i + 1:])
