"""Scenarios a coordinator in Tokyo would recognise, each checked by the independent checker."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from interviewplanner.cli.wording import reason_text as describe_reason
from interviewplanner.core.engine import propose, result_to_json
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer, Policy, PolicyOverrides, TimeRange
from interviewplanner.core.plan import Candidate, Plan, ProposalResult, SessionSpec
from interviewplanner.core.reasons import ReasonCode
from tests.unit.engine.engine_reference import World, violations

TOKYO, LA, LONDON = "Asia/Tokyo", "America/Los_Angeles", "Europe/London"


def utc(*args: int) -> datetime:
    """An aware UTC datetime."""
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def person(email: str, zone: str, country: str | None, **policy: object) -> Interviewer:
    """An interviewer named after the e-mail's local part, in pool ``backend``."""
    name = email.split("@", maxsplit=1)[0].capitalize()
    overrides = PolicyOverrides.of(replace(Policy(), **policy))
    return Interviewer(email, name, zone, country, pools=("backend",), overrides=overrides)


def plan(*sessions: SessionSpec, zone: str = LA, availability: Sequence[Interval] = (), **kw: object) -> Plan:
    """A plan for candidate Jane in ``zone``."""
    return Plan(Candidate("Jane", zone, availability=tuple(availability)), sessions, **kw)  # type: ignore[arg-type]


def run(
    the_plan: Plan, people: Sequence[Interviewer], start: datetime, end: datetime, *,
    busy: Mapping[str, list[Interval]] | None = None, booked: Mapping[str, list[Interval]] | None = None,
    limit: int = 10,
) -> ProposalResult:
    """Propose, and check every proposal with the independent checker."""
    roster = {p.email: p for p in people}
    booked = dict(booked or {})
    busy = {e: [*(busy or {}).get(e, []), *booked.get(e, [])] for e in roster}
    result = propose(the_plan, roster, busy, booked, CompanySettings(), start, end, limit)
    world = World(the_plan, roster, busy, booked, CompanySettings(), start, end)
    for p in result.proposals:
        assert violations(world, p.sessions) == []
    return result


def local(instant: datetime, zone: str) -> datetime:
    """Local wall time of an instant."""
    return instant.astimezone(ZoneInfo(zone))


def test_tokyo_los_angeles_overlap_is_tokyo_morning_la_previous_afternoon() -> None:
    sato, kim = person("sato@x.jp", TOKYO, "JP"), person("kim@x.com", LA, "US")
    p = plan(SessionSpec("Pair", 45, ("sato@x.jp", "kim@x.com")))
    result = run(p, [sato, kim], utc(2026, 12, 1), utc(2026, 12, 5))
    assert result.proposals
    for prop in result.proposals:
        s = prop.sessions[0]
        tokyo, la = local(s.start, TOKYO), local(s.start, LA)
        assert 10 <= tokyo.hour < 12 and 17 <= la.hour < 19
        assert la.date() == tokyo.date() - timedelta(days=1)
        assert "JST" in prop.explanation and "PST" in prop.explanation


def test_london_candidate_with_tokyo_interviewers_meets_tokyo_evening() -> None:
    people = [person("sato@x.jp", TOKYO, "JP"), person("tanaka@x.jp", TOKYO, "JP")]
    p = plan(SessionSpec("Tech", 45, ("sato@x.jp",)), SessionSpec("HM", 45, ("tanaka@x.jp",)), zone=LONDON)
    result = run(p, people, utc(2026, 12, 1), utc(2026, 12, 5))
    assert result.proposals
    for prop in result.proposals:
        assert local(prop.sessions[0].start, LONDON).hour == 8
        end = local(prop.sessions[-1].end, TOKYO)
        assert end <= end.replace(hour=19, minute=0)
        assert "GMT" in prop.explanation and "(flex)" in prop.explanation and "(early)" in prop.explanation


@pytest.mark.parametrize(
    ("before", "after"),
    [(utc(2026, 10, 30, 17), utc(2026, 11, 2, 18)), (utc(2027, 3, 12, 18), utc(2027, 3, 15, 17))],
    ids=["fall-back", "spring-forward"],
)
def test_week_the_us_changes_clocks_keeps_ten_o_clock_local(before: datetime, after: datetime) -> None:
    kim = person("kim@x.com", LA, "US")
    availability = [Interval(before - timedelta(hours=1), before + timedelta(hours=2)),
                    Interval(after - timedelta(hours=1), after + timedelta(hours=2))]
    p = plan(SessionSpec("Tech", 60, ("kim@x.com",)), zone="UTC", availability=availability)
    result = run(p, [kim], before - timedelta(days=1), after + timedelta(days=1), limit=20)
    starts = sorted(prop.sessions[0].start for prop in result.proposals)
    assert starts[0] == before and after in starts
    assert all(local(s, LA).hour >= 10 for s in starts)


def test_japanese_new_year_closure_and_holidays() -> None:
    tanaka = person("tanaka@x.jp", TOKYO, "JP")
    p = plan(SessionSpec("Tech", 60, ("tanaka@x.jp",)), zone=TOKYO)
    result = run(p, [tanaka], utc(2026, 12, 27), utc(2027, 1, 13), limit=50)
    days = {local(prop.sessions[0].start, TOKYO).date() for prop in result.proposals}
    assert days and not days & {date(2026, 12, 29) + timedelta(days=i) for i in range(6)}
    assert date(2027, 1, 11) not in days  # Coming of Age Day
    closed = run(p, [tanaka], utc(2026, 12, 28, 15), utc(2027, 1, 3, 15))
    assert not closed.proposals
    codes = {r.code for r in closed.reasons}
    assert ReasonCode.CLOSURE in codes
    texts = [describe_reason(r) for r in closed.reasons]
    assert any("New-Year closure" in t and "Tanaka" in t for t in texts)


def test_golden_week_holiday_is_named() -> None:
    tanaka = person("tanaka@x.jp", TOKYO, "JP")
    p = plan(SessionSpec("Tech", 60, ("tanaka@x.jp",)), zone=TOKYO)
    result = run(p, [tanaka], utc(2026, 5, 3, 15), utc(2026, 5, 4, 15))
    assert not result.proposals
    top = result.reasons[0]
    assert top.code is ReasonCode.HOLIDAY and top.day == date(2026, 5, 4)
    assert describe_reason(top).startswith("Tanaka is on a JP holiday on 2026-05-04 (")


def test_us_holiday_reason_names_the_holiday() -> None:
    kim = person("kim@x.com", LA, "US")
    p = plan(SessionSpec("Tech", 60, ("kim@x.com",)))
    result = run(p, [kim], utc(2026, 12, 25, 8), utc(2026, 12, 26, 8))
    assert describe_reason(result.reasons[0]) == "Kim is on a US holiday on 2026-12-25 (Christmas Day)"


def test_core_only_interviewer_stays_in_core_hours() -> None:
    sato = person("sato@x.jp", TOKYO, "JP", core_only=True)
    p = plan(SessionSpec("Tech", 60, ("sato@x.jp",)), zone=TOKYO)
    result = run(p, [sato], utc(2026, 12, 1), utc(2026, 12, 5), limit=20)
    assert result.proposals
    for prop in result.proposals:
        s = prop.sessions[0]
        assert local(s.start, TOKYO).hour >= 13 and local(s.end, TOKYO).hour <= 16  # lunch 12-13
        assert prop.explanation.startswith("all in core hours")


def test_load_limits_reached_block_the_day_and_are_named() -> None:
    sato = person("sato@x.jp", TOKYO, "JP")
    booked = {"sato@x.jp": [Interval(utc(2026, 12, 3, 1), utc(2026, 12, 3, 2)),
                            Interval(utc(2026, 12, 3, 5), utc(2026, 12, 3, 6))]}
    p = plan(SessionSpec("Tech", 60, ("sato@x.jp",)), zone=TOKYO)
    result = run(p, [sato], utc(2026, 12, 2, 15), utc(2026, 12, 3, 15), booked=booked)
    assert not result.proposals
    assert result.reasons[0].code is ReasonCode.LOAD_LIMIT_DAY
    assert describe_reason(result.reasons[0]) == "Sato reaches 2 interviews on 2026-12-03"
    weekly = replace(sato, overrides=replace(sato.overrides, no_day_limit=True, max_per_week=2))
    other = run(p, [weekly], utc(2026, 12, 3, 15), utc(2026, 12, 4, 15), booked=booked)
    assert not other.proposals and other.reasons[0].code is ReasonCode.LOAD_LIMIT_WEEK


def test_two_sessions_with_the_same_person_count_against_the_day_limit() -> None:
    sato = person("sato@x.jp", TOKYO, "JP", max_per_day=1)
    p = plan(SessionSpec("A", 30, ("sato@x.jp",)), SessionSpec("B", 30, ("sato@x.jp",)), zone=TOKYO)
    result = run(p, [sato], utc(2026, 12, 1), utc(2026, 12, 3))
    assert not result.proposals
    assert result.reasons[0].code is ReasonCode.LOAD_LIMIT_DAY


def test_lunch_makes_a_day_impossible() -> None:
    sato = person("sato@x.jp", TOKYO, "JP")
    busy = {"sato@x.jp": [Interval(utc(2026, 12, 3, 3, 30), utc(2026, 12, 3, 3, 45))]}  # 12:30 JST
    p = plan(SessionSpec("Tech", 60, ("sato@x.jp",)), zone=TOKYO)
    result = run(p, [sato], utc(2026, 12, 2, 15), utc(2026, 12, 3, 15), busy=busy)
    assert not result.proposals
    assert result.reasons[0].code is ReasonCode.LUNCH
    assert describe_reason(result.reasons[0]) == "Sato would lose the 60-minute lunch on 2026-12-03"


def test_floating_lunch_moves_around_the_panel() -> None:
    window = TimeRange.parse("11:30-14:00")
    sato = person("sato@x.jp", TOKYO, "JP", lunch_window=window)
    p = plan(SessionSpec("Tech", 90, ("sato@x.jp",)), zone=TOKYO)
    result = run(p, [sato], utc(2026, 12, 2, 15), utc(2026, 12, 3, 15), limit=20)
    starts = {local(prop.sessions[0].start, TOKYO).strftime("%H:%M") for prop in result.proposals}
    assert "12:30" in starts or "12:00" in starts  # a core-hour slot, lunch taken before or after


def test_pool_choice_backtracks_when_the_best_first_pick_blocks_a_later_session() -> None:
    # Ann scores best (no interviews this week) but may do only one interview that day; Bob can
    # do only the first session; so the engine must give session 1 to Bob and session 2 to Ann.
    ann = person("ann@x.jp", TOKYO, "JP", max_per_day=1)
    bob = person("bob@x.jp", TOKYO, "JP")
    busy = {"bob@x.jp": [Interval(utc(2026, 12, 3, 5, 0), utc(2026, 12, 3, 10))]}
    booked = {"bob@x.jp": [Interval(utc(2026, 11, 30, 5), utc(2026, 11, 30, 6))]}
    p = plan(SessionSpec("One", 60, pool="backend", count=1), SessionSpec("Two", 60, pool="backend", count=1),
             zone=TOKYO, availability=[Interval(utc(2026, 12, 3, 4), utc(2026, 12, 3, 6, 10))])
    result = run(p, [ann, bob], utc(2026, 12, 2, 15), utc(2026, 12, 3, 15), booked=booked, busy=busy)
    assert [s.interviewers for s in result.proposals[0].sessions] == [("bob@x.jp",), ("ann@x.jp",)]


def test_any_order_finds_the_only_working_order() -> None:
    sato, kim = person("sato@x.jp", TOKYO, "JP"), person("kim@x.com", LA, "US")
    # The candidate can do 01:00-03:00Z; Sato is busy 01:00-02:00Z (10:00 JST), so Sato must go second.
    availability = [Interval(utc(2026, 12, 3, 1), utc(2026, 12, 3, 3, 0))]
    busy = {"sato@x.jp": [Interval(utc(2026, 12, 3, 1), utc(2026, 12, 3, 2))]}
    sessions = (SessionSpec("Sato", 60, ("sato@x.jp",)), SessionSpec("Kim", 60, ("kim@x.com",)))
    ordered = run(plan(*sessions, availability=availability, break_minutes=0), [sato, kim],
                  utc(2026, 12, 2), utc(2026, 12, 4), busy=busy)
    assert not ordered.proposals
    assert ordered.reasons[0].code is ReasonCode.BUSY
    free = run(plan(*sessions, availability=availability, break_minutes=0, ordered=False), [sato, kim],
               utc(2026, 12, 2), utc(2026, 12, 4), busy=busy)
    assert [s.title for s in free.proposals[0].sessions] == ["Kim", "Sato"]


def test_shadow_seat_is_filled_when_someone_is_free() -> None:
    sato, lee = person("sato@x.jp", TOKYO, "JP"), replace(person("lee@x.jp", TOKYO, "JP"), pools=("shadow",))
    p = plan(SessionSpec("Tech", 60, ("sato@x.jp",), shadow_pool="shadow"), zone=TOKYO)
    result = run(p, [sato, lee], utc(2026, 12, 1), utc(2026, 12, 3))
    assert result.proposals[0].sessions[0].shadow == "lee@x.jp"
    assert "shadow Lee" in result.proposals[0].explanation


def test_static_reasons_unknown_person_and_small_pool() -> None:
    sato = person("sato@x.jp", TOKYO, "JP")
    p = plan(SessionSpec("Tech", 60, ("nobody@x.jp",)), SessionSpec("Pool", 60, pool="backend", count=2))
    result = run(p, [sato], utc(2026, 12, 1), utc(2026, 12, 3))
    codes = [r.code for r in result.reasons]
    assert codes == [ReasonCode.UNKNOWN_PERSON, ReasonCode.POOL_TOO_SMALL]
    assert describe_reason(result.reasons[1]) == "pool 'backend' has 1 interviewer(s) for a session needing 2"
    tech = plan(SessionSpec("Tech", 60, ("sato@x.jp",)))
    short = run(tech, [sato], utc(2026, 12, 1), utc(2026, 12, 1, 0, 30))
    assert short.reasons[0].code is ReasonCode.HORIZON_TOO_SHORT


def test_result_json_shape_and_determinism() -> None:
    people = [person(f"p{i}@x.jp", TOKYO, "JP") for i in range(4)]
    sessions = (SessionSpec("Tech", 45, pool="backend", count=2), SessionSpec("HM", 30, ("p0@x.jp",)))
    p = plan(*sessions, zone=TOKYO)
    first = result_to_json(run(p, people, utc(2026, 12, 1), utc(2026, 12, 8)))
    again = result_to_json(run(p, people, utc(2026, 12, 1), utc(2026, 12, 8)))
    assert first == again
    assert first["reason_if_empty"] is None and len(first["proposals"]) == 10
    top = first["proposals"][0]
    assert top["rank"] == 1 and set(top) == {"rank", "score", "explanation", "sessions"}
    assert top["sessions"][0]["start"].endswith("Z")
    assert "interviews this week" in top["explanation"] or "interview this week" in top["explanation"]


def test_balanced_load_prefers_the_less_loaded_pool_member() -> None:
    ann, bob = person("ann@x.jp", TOKYO, "JP"), person("bob@x.jp", TOKYO, "JP")
    booked = {"ann@x.jp": [Interval(utc(2026, 11, 30, 5), utc(2026, 11, 30, 6))]}
    p = plan(SessionSpec("Tech", 60, pool="backend", count=1), zone=TOKYO)
    result = run(p, [ann, bob], utc(2026, 12, 1), utc(2026, 12, 3), booked=booked)
    assert result.proposals[0].sessions[0].interviewers == ("bob@x.jp",)
    assert "Bob 0 interviews this week" in result.proposals[0].explanation


# ---------------------------------------------------------------- loops over several days (SPEC §11)


def _pacific_loop(days: tuple[int, ...]) -> tuple[Plan, list[Interviewer]]:
    """Six sessions for a Los Angeles candidate: four need a Tokyo interviewer, two LA ones.

    Tokyo's 10:00-12:00 before its fixed lunch is the candidate's 17:00-19:00 the day before:
    120 minutes a day, while the four Tokyo sessions need 4 x 45 + 3 x 10 = 210.
    """
    tokyo = [person(f"tokyo{i}@x.jp", TOKYO, "JP") for i in range(3)]
    la = [person(f"la{i}@x.com", LA, "US") for i in range(2)]
    people = [replace(p, pools=("tokyo",)) for p in tokyo] + la
    specs = [SessionSpec("Design", 45, ("la0@x.com",)), SessionSpec("Coding 1", 45, (), "tokyo", 1),
             SessionSpec("Coding 2", 45, (), "tokyo", 1), SessionSpec("Manager", 45, ("la1@x.com",)),
             SessionSpec("System", 45, (), "tokyo", 1), SessionSpec("Values", 45, (), "tokyo", 1)]
    loop = tuple(replace(s, day=d) for s, d in zip(specs, days, strict=True))
    return plan(*loop, zone=LA), people


def test_six_session_tokyo_la_loop_that_cannot_fit_one_day_is_found_over_two() -> None:
    one_day, people = _pacific_loop((1, 1, 1, 1, 1, 1))
    assert not run(one_day, people, utc(2026, 12, 1), utc(2026, 12, 12)).proposals
    loop, _ = _pacific_loop((1, 1, 1, 2, 2, 2))
    result = run(loop, people, utc(2026, 12, 1), utc(2026, 12, 12))
    assert result.proposals
    best = result.proposals[0]
    first, second = best.sessions[:3], best.sessions[3:]
    assert [s.title for s in best.sessions] == ["Design", "Coding 1", "Coding 2", "Manager",
                                                "System", "Values"]
    day_one, day_two = local(first[0].start, LA).date(), local(second[0].start, LA).date()
    assert 1 <= (day_two - day_one).days <= 3
    assert all(local(s.start, LA).date() == day_one for s in first)
    assert "+" in best.explanation  # the candidate's two days are both named
    doc = result_to_json(result)["proposals"][0]
    assert set(doc) == {"rank", "score", "explanation", "sessions"}
    assert [set(s) for s in doc["sessions"]] == [{"title", "start", "end", "interviewers"}] * 6


def test_a_loop_counts_load_limits_across_its_days() -> None:
    """One Tokyo interviewer for every Tokyo session, at most 3 a week: four cannot be held."""
    loop, people = _pacific_loop((1, 1, 1, 2, 2, 2))
    only = [replace(p, pools=()) if p.email != "tokyo0@x.jp" else p for p in people]
    limited = [replace(p, overrides=PolicyOverrides(max_per_week=3)) if p.email == "tokyo0@x.jp"
               else p for p in only]
    result = run(loop, limited, utc(2026, 12, 1), utc(2026, 12, 12))
    assert not result.proposals
    assert result.reasons[0].code is ReasonCode.LOAD_LIMIT_WEEK
    assert "tokyo0" in describe_reason(result.reasons[0]).lower()


def test_loop_blocks_too_far_apart() -> None:
    """Day 2 needs a Wednesday the candidate has; day 1 only fits on Monday; at most 1 day apart."""
    mon = Interval(utc(2026, 11, 30, 17), utc(2026, 11, 30, 20))
    wed = Interval(utc(2026, 12, 2, 17), utc(2026, 12, 2, 20))
    kim = person("kim@x.com", LA, "US")
    p = plan(SessionSpec("One", 60, ("kim@x.com",)), SessionSpec("Two", 60, ("kim@x.com",), day=2),
             availability=[mon, wed], max_days_between=1)
    result = run(p, [kim], utc(2026, 11, 30), utc(2026, 12, 4))
    assert not result.proposals
    assert result.reasons[0].code is ReasonCode.DAYS_APART
    wider = run(replace(p, max_days_between=2), [kim], utc(2026, 11, 30), utc(2026, 12, 4))
    assert [local(s.start, LA).day for s in wider.proposals[0].sessions] == [30, 2]
