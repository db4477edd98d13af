"""When nothing fits: the next steps the planner offers, one click each (no Qt here).

From the engine's reasons (the bottleneck first), the plan and the roster, :func:`next_steps`
lists what the coordinator can do about it: search a week longer; let the person who
interviews only in core hours take flex time; open that person's settings; take anyone from
their pool instead of a named interviewer who is the bottleneck; ask a too-small pool for fewer
people; let the sessions spread over several days; edit the candidate's availability. The
planner words each step and carries it out; :func:`apply_to_sessions` rewrites the sessions for
the two steps that change the plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from interviewplanner.core.model import Interviewer
from interviewplanner.core.plan import Plan, SessionSpec
from interviewplanner.core.reasons import Reason, ReasonCode


class Step(Enum):
    """A kind of next step."""

    WIDEN = "widen"  # search one more week
    ALLOW_FLEX = "allow_flex"  # email: drop "core hours only" for this person
    EDIT_PERSON = "edit_person"  # email: open this interviewer's settings
    USE_POOL = "use_pool"  # session, email, pool: anyone from pool instead of this person
    FEWER_FROM_POOL = "fewer_from_pool"  # session, pool, count: ask the pool for fewer
    ALLOW_DAYS = "allow_days"  # let the sessions fall on different days
    CANDIDATE = "candidate"  # edit the candidate's availability


@dataclass(frozen=True, slots=True)
class NextStep:
    """One step with what it acts on (unused fields stay empty)."""

    step: Step
    email: str = ""
    name: str = ""
    pool: str = ""
    session: int = -1
    count: int = 0


PERSON_CODES = frozenset({
    ReasonCode.NOT_WORKING_DAY, ReasonCode.HOLIDAY, ReasonCode.CLOSURE, ReasonCode.OUTSIDE_WINDOW,
    ReasonCode.CORE_ONLY, ReasonCode.BUSY, ReasonCode.BUFFER, ReasonCode.LOAD_LIMIT_DAY,
    ReasonCode.LOAD_LIMIT_WEEK, ReasonCode.LUNCH,
})
"""Reasons that name one interviewer who blocks the panel."""


def _pool_for(person: Interviewer, spec: SessionSpec,
              people: Mapping[str, Interviewer]) -> str | None:
    """A pool of ``person`` with someone else in it (the session's own pool first)."""
    pools = sorted(person.pools, key=lambda p: (p != spec.pool, p))
    for pool in pools:
        others = [p for p in people.values() if pool in p.pools and p.email != person.email]
        if len(others) > (spec.count if spec.pool == pool else 0):
            return pool
    return None


def _use_pool(plan: Plan, person: Interviewer,
              people: Mapping[str, Interviewer]) -> NextStep | None:
    email = person.email.lower()
    for index, spec in enumerate(plan.sessions):
        if email not in spec.interviewers:
            continue
        if spec.pool is not None and person.pools and spec.pool not in person.pools:
            continue
        pool = _pool_for(person, spec, people)
        if pool is not None and spec.pool in (None, pool):
            return NextStep(Step.USE_POOL, email, person.name, pool, index)
    return None


def _person_steps(reason: Reason, plan: Plan,
                  people: Mapping[str, Interviewer]) -> list[NextStep]:
    person = people.get(reason.email.lower())
    if person is None:
        return []
    steps = []
    if reason.code is ReasonCode.CORE_ONLY:
        steps.append(NextStep(Step.ALLOW_FLEX, person.email, person.name))
    swap = _use_pool(plan, person, people)
    if swap is not None:
        steps.append(swap)
    steps.append(NextStep(Step.EDIT_PERSON, person.email, person.name))
    return steps


def _fewer(reason: Reason, plan: Plan) -> list[NextStep]:
    for index, spec in enumerate(plan.sessions):
        if spec.pool == reason.pool and 0 < reason.have < spec.count:
            return [NextStep(Step.FEWER_FROM_POOL, pool=spec.pool, session=index,
                             count=reason.have)]
    return []


def _steps_for(reason: Reason, plan: Plan, people: Mapping[str, Interviewer]) -> list[NextStep]:
    if reason.code in PERSON_CODES and reason.email:
        return _person_steps(reason, plan, people)
    if reason.code is ReasonCode.POOL_TOO_SMALL:
        return _fewer(reason, plan)
    if reason.code is ReasonCode.SAME_DAY and plan.same_day:
        return [NextStep(Step.ALLOW_DAYS)]
    if reason.code is ReasonCode.CANDIDATE_UNAVAILABLE:
        return [NextStep(Step.CANDIDATE)]
    return []


def next_steps(reasons: Sequence[Reason], plan: Plan, people: Mapping[str, Interviewer], *,
               most: int = 4) -> list[NextStep]:
    """What to offer, the bottleneck's steps first; "one more week" is always there."""
    roster = {e.lower(): p for e, p in people.items()}
    steps = [NextStep(Step.WIDEN)]
    for reason in reasons[:2]:
        for step in _steps_for(reason, plan, roster):
            if step not in steps:
                steps.append(step)
    return steps[:most]


def apply_to_sessions(step: NextStep, sessions: Sequence[SessionSpec]) -> tuple[SessionSpec, ...]:
    """The sessions after USE_POOL or FEWER_FROM_POOL (other steps leave them as they are)."""
    out = list(sessions)
    if not 0 <= step.session < len(out):
        return tuple(out)
    spec = out[step.session]
    if step.step is Step.USE_POOL:
        named = tuple(e for e in spec.interviewers if e != step.email.lower())
        count = (spec.count if spec.pool == step.pool else 0) + 1
        out[step.session] = replace(spec, interviewers=named, pool=step.pool, count=count)
    elif step.step is Step.FEWER_FROM_POOL:
        out[step.session] = replace(spec, count=step.count)
    return tuple(out)
