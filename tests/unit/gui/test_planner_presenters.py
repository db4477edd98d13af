"""The planner's Qt-free presenters: a proposal's facts and preview, and the next steps."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer, PolicyOverrides
from interviewplanner.core.plan import (
    Candidate,
    Plan,
    Proposal,
    ProposalResult,
    ProposedSession,
    SessionSpec,
)
from interviewplanner.core.reasons import Reason, ReasonCode
from interviewplanner.gui.presenters.next_steps import (
    NextStep,
    Step,
    apply_to_sessions,
    next_steps,
)
from interviewplanner.gui.presenters.proposal_preview import (
    Role,
    Tag,
    attendees,
    candidate_tag,
    facts,
    flex_seats,
    found_times,
    pool_loads,
    preview,
)

HANAKO = Interviewer("hanako@example.com", "Hanako Sato", "Asia/Tokyo", "JP", pools=("backend",))
KEN = Interviewer("Ken@Example.com", "Ken Kim", "America/Los_Angeles", "US", pools=("backend",))
AMY = Interviewer("amy@example.com", "Amy Lee", "America/New_York", "US", pools=("backend",))
PEOPLE = {"hanako@example.com": HANAKO, "ken@example.com": KEN, "amy@example.com": AMY}
PLAN = Plan(Candidate("Jane Doe", "Europe/London"), (
    SessionSpec("Coding", 60, (), "backend", 1),
    SessionSpec("Manager", 30, ("hanako@example.com",), shadow_pool="backend")))


def _at(hour: int, minute: int = 0, day: int = 1) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


PROPOSAL = Proposal(1, 0.8, "…", (
    ProposedSession("Coding", _at(3), _at(4), ("ken@example.com",)),
    ProposedSession("Manager", _at(4, 10), _at(4, 40), ("hanako@example.com",),
                    shadow="amy@example.com")))


def test_attendees_put_the_candidate_first_with_every_session() -> None:
    people = attendees(PLAN, PROPOSAL, PEOPLE)
    assert [(a.name, a.role) for a in people] == [
        ("Jane Doe", Role.CANDIDATE), ("Ken Kim", Role.INTERVIEWER),
        ("Hanako Sato", Role.INTERVIEWER), ("Amy Lee", Role.SHADOW)]
    assert [s.title for s in people[0].sessions] == ["Coding", "Manager"]
    assert people[0].start == _at(3) and people[0].end == _at(4, 40)
    assert people[1].local_start() == datetime(2026, 11, 30, 19, 0, tzinfo=people[1].local_start().tzinfo)
    assert people[2].zone == "Asia/Tokyo"


def test_someone_off_the_roster_is_named_by_address_in_utc() -> None:
    people = attendees(PLAN, PROPOSAL, {})
    assert (people[1].name, people[1].zone) == ("ken@example.com", "UTC")


def test_flex_seats_name_who_works_outside_core_hours() -> None:
    seats = flex_seats(PROPOSAL, PEOPLE, CompanySettings())
    # 03:00 UTC is 19:00 in Los Angeles (outside 12-16); 04:10 UTC is 13:10 in Tokyo (inside)
    assert [s.name for s in seats] == ["Ken Kim"]
    late = replace(HANAKO, overrides=PolicyOverrides())
    inside = Proposal(1, 1.0, "", (ProposedSession("X", _at(3), _at(4), ("hanako@example.com",)),))
    assert flex_seats(inside, {"hanako@example.com": late}, CompanySettings()) == ()


def test_candidate_tag_reads_the_candidates_clock() -> None:
    assert candidate_tag(PLAN, PROPOSAL) is Tag.EARLY  # 03:00 in London
    evening = Proposal(1, 1.0, "", (ProposedSession("X", _at(17, 30), _at(18, 30), ()),))
    assert candidate_tag(PLAN, evening) is Tag.EVENING
    day = Proposal(1, 1.0, "", (ProposedSession("X", _at(10), _at(11), ()),))
    assert candidate_tag(PLAN, day) is Tag.NONE


def test_pool_loads_count_the_iso_week_of_the_pool_picks_only() -> None:
    booked = {"ken@example.com": [Interval(_at(1, day=2), _at(2, day=2)),
                                  Interval(_at(1, day=14), _at(2, day=14))]}
    assert pool_loads(PLAN, PROPOSAL, PEOPLE, booked) == (("Ken Kim", 1),)


def test_found_times_keeps_the_reasons_and_lowers_addresses() -> None:
    window = Interval(_at(0), _at(0, day=5))
    reasons = (Reason(ReasonCode.BUSY, "hanako@example.com", "Hanako Sato"),)
    found = found_times(PLAN, window, ProposalResult((), reasons), people={"Ken@Example.com": KEN},
                        company=CompanySettings())
    assert found.proposals == () and found.reasons == reasons
    assert list(found.people) == ["ken@example.com"]
    full = facts(PLAN, PROPOSAL, PEOPLE, CompanySettings())
    assert full.rank == 1 and full.candidate.role is Role.CANDIDATE


def test_preview_highlights_each_persons_sessions_on_the_display_day() -> None:
    shown = preview(PROPOSAL, "America/Los_Angeles")
    assert shown.day == date(2026, 11, 30)
    assert shown.emails == ("ken@example.com", "hanako@example.com", "amy@example.com")
    assert shown.highlights["hanako@example.com"] == (Interval(_at(4, 10), _at(4, 40)),)
    assert preview(PROPOSAL, "Asia/Tokyo").day == date(2026, 12, 1)


def test_next_steps_always_offer_one_more_week() -> None:
    assert next_steps((), PLAN, PEOPLE) == [NextStep(Step.WIDEN)]


def test_core_only_bottleneck_offers_flex_a_pool_swap_and_the_person() -> None:
    reasons = (Reason(ReasonCode.CORE_ONLY, "hanako@example.com", "Hanako Sato", starts=9),)
    steps = next_steps(reasons, PLAN, PEOPLE)
    assert [s.step for s in steps] == [Step.WIDEN, Step.ALLOW_FLEX, Step.USE_POOL,
                                       Step.EDIT_PERSON]
    swap = steps[2]
    assert (swap.session, swap.pool, swap.email) == (1, "backend", "hanako@example.com")
    sessions = apply_to_sessions(swap, PLAN.sessions)
    assert sessions[1] == replace(PLAN.sessions[1], interviewers=(), pool="backend", count=1)
    assert sessions[0] == PLAN.sessions[0]


def test_no_pool_swap_without_other_members() -> None:
    alone = {"hanako@example.com": HANAKO}
    reasons = (Reason(ReasonCode.BUSY, "hanako@example.com", "Hanako Sato"),)
    assert [s.step for s in next_steps(reasons, PLAN, alone)] == [Step.WIDEN, Step.EDIT_PERSON]


def test_pool_too_small_offers_fewer_and_plan_wide_reasons_their_step() -> None:
    plan = replace(PLAN, sessions=(SessionSpec("Coding", 60, (), "backend", 3),))
    small = Reason(ReasonCode.POOL_TOO_SMALL, pool="backend", need=3, have=2)
    steps = next_steps((small,), plan, PEOPLE)
    assert steps[1] == NextStep(Step.FEWER_FROM_POOL, pool="backend", session=0, count=2)
    assert apply_to_sessions(steps[1], plan.sessions)[0].count == 2
    assert next_steps((Reason(ReasonCode.SAME_DAY),), PLAN, PEOPLE)[1].step is Step.ALLOW_DAYS
    unavailable = Reason(ReasonCode.CANDIDATE_UNAVAILABLE)
    assert next_steps((unavailable,), PLAN, PEOPLE)[1].step is Step.CANDIDATE
    assert apply_to_sessions(NextStep(Step.WIDEN), PLAN.sessions) == PLAN.sessions
