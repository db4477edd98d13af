"""What the planner shows about a proposal, computed without Qt (on the worker, testable alone).

For each proposal of a search: every attendee with their sessions (the candidate first, then
the interviewers in order of appearance, then shadows), who would work outside core hours
("flex"), whether the candidate's time is early or late for them, and the week's interview
count of the people chosen from pools. These are the facts the engine's one-line explanation
states in English; the GUI words them itself, in the UI language.

:func:`preview` turns one proposal into what the week view highlights: each person's session
times (UTC), the people to show, and the local day (in the display zone) to jump to.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.plan import Plan, Proposal, ProposalResult, ProposedSession
from interviewplanner.core.policy import effective_policy
from interviewplanner.core.ranking import PREFERRED, week_load
from interviewplanner.core.reasons import Reason
from interviewplanner.core.timezones import at_local, get_zone, to_local


class Role(Enum):
    """What an attendee is in the panel."""

    CANDIDATE = "candidate"
    INTERVIEWER = "interviewer"
    SHADOW = "shadow"


class Tag(Enum):
    """How the candidate's local time sits against their preferred 09:00-18:00."""

    NONE = "none"
    EARLY = "early"
    EVENING = "evening"


@dataclass(frozen=True, slots=True)
class SessionTime:
    """One session an attendee is in (UTC)."""

    title: str
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Attendee:
    """A person of the proposal with the sessions they attend, and their zone."""

    name: str
    email: str
    zone: str
    role: Role
    sessions: tuple[SessionTime, ...]

    @property
    def start(self) -> datetime:
        """Their first session's start (UTC)."""
        return min(s.start for s in self.sessions)

    @property
    def end(self) -> datetime:
        """Their last session's end (UTC)."""
        return max(s.end for s in self.sessions)

    def local_start(self) -> datetime:
        """Their first start on their own wall clock."""
        return to_local(self.start, get_zone(self.zone))


@dataclass(frozen=True, slots=True)
class FlexSeat:
    """An interviewer whose session runs outside their core hours (UTC times, their zone)."""

    name: str
    zone: str
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class ProposalFacts:
    """A proposal and what the planner states about it."""

    proposal: Proposal
    attendees: tuple[Attendee, ...]
    flex: tuple[FlexSeat, ...] = ()
    candidate_tag: Tag = Tag.NONE
    loads: tuple[tuple[str, int], ...] = ()  # (name, interviews that ISO week) of pool picks

    @property
    def rank(self) -> int:
        """The proposal's rank (1 = best)."""
        return self.proposal.rank

    @property
    def start(self) -> datetime:
        """The panel's first start (UTC)."""
        return self.proposal.sessions[0].start

    @property
    def end(self) -> datetime:
        """The panel's last end (UTC)."""
        return self.proposal.sessions[-1].end

    @property
    def candidate(self) -> Attendee:
        """The candidate's row."""
        return self.attendees[0]


@dataclass(frozen=True, slots=True)
class FoundTimes:
    """The answer of one search: proposals with their facts, or the reasons why none fits."""

    plan: Plan
    window: Interval
    proposals: tuple[ProposalFacts, ...]
    reasons: tuple[Reason, ...] = ()
    people: Mapping[str, Interviewer] = field(default_factory=dict)  # lower-case e-mail
    exclude_booking: str | None = None


@dataclass(frozen=True, slots=True)
class ProposalPreview:
    """What the week view shows for one proposal."""

    rank: int
    day: date  # the first start's local date in the display zone
    emails: tuple[str, ...]  # interviewers and shadows, in order of appearance
    highlights: Mapping[str, tuple[Interval, ...]]


# ---------------------------------------------------------------- attendees


def _person(people: Mapping[str, Interviewer], email: str) -> tuple[str, str]:
    """(name, zone) of ``email``; someone off the roster is named by the address, in UTC."""
    found = people.get(email.lower())
    return (found.name, found.timezone) if found is not None else (email, "UTC")


def _sessions_of(proposal: Proposal) -> dict[str, tuple[list[SessionTime], Role]]:
    seats: dict[str, tuple[list[SessionTime], Role]] = {}
    for session in proposal.sessions:
        time = SessionTime(session.title, session.start, session.end)
        for email in session.interviewers:
            seats.setdefault(email.lower(), ([], Role.INTERVIEWER))[0].append(time)
        if session.shadow:
            seats.setdefault(session.shadow.lower(), ([], Role.SHADOW))[0].append(time)
    return seats


def attendees(plan: Plan, proposal: Proposal,
              people: Mapping[str, Interviewer]) -> tuple[Attendee, ...]:
    """The candidate (in every session) then each interviewer and shadow, with their sessions."""
    candidate = plan.candidate
    everyone = [Attendee(candidate.name, candidate.email, candidate.timezone, Role.CANDIDATE,
                         tuple(SessionTime(s.title, s.start, s.end) for s in proposal.sessions))]
    for email, (times, role) in _sessions_of(proposal).items():
        name, zone = _person(people, email)
        everyone.append(Attendee(name, email, zone, role, tuple(times)))
    return tuple(everyone)


# ---------------------------------------------------------------- explanation facts


def _core_minutes(session: ProposedSession, person: Interviewer, company: CompanySettings) -> int:
    zone = get_zone(person.timezone)
    core = effective_policy(person, company).core
    inside = 0
    day = to_local(session.start, zone).date()
    while to_local(session.end, zone).date() >= day:
        lo = max(session.start, at_local(day, core.start, zone))
        hi = min(session.end, at_local(day, core.end, zone))
        inside += max(0, int((hi - lo).total_seconds() // 60))
        day += timedelta(days=1)
    return inside


def flex_seats(proposal: Proposal, people: Mapping[str, Interviewer],
               company: CompanySettings) -> tuple[FlexSeat, ...]:
    """Each interviewer whose first session outside core hours is named once, with its times."""
    found: dict[str, FlexSeat] = {}
    for session in proposal.sessions:
        minutes = int((session.end - session.start).total_seconds() // 60)
        for email in session.interviewers:
            person = people.get(email.lower())
            if person is None or email.lower() in found:
                continue
            if _core_minutes(session, person, company) < minutes:
                found[email.lower()] = FlexSeat(person.name, person.timezone, session.start,
                                                session.end)
    return tuple(found.values())


def candidate_tag(plan: Plan, proposal: Proposal) -> Tag:
    """EARLY before the candidate's 09:00, EVENING after 18:00 (or past midnight)."""
    zone = get_zone(plan.candidate.timezone)
    first = to_local(proposal.sessions[0].start, zone)
    last = to_local(proposal.sessions[-1].end, zone)
    if first.time() < PREFERRED[0]:
        return Tag.EARLY
    if last.time() > PREFERRED[1] or last.date() > first.date():
        return Tag.EVENING
    return Tag.NONE


def _pool_picks(plan: Plan, proposal: Proposal) -> list[str]:
    named = {e.lower() for s in plan.sessions for e in s.interviewers}
    picks = (e.lower() for s in proposal.sessions for e in s.interviewers)
    return [e for e in dict.fromkeys(picks) if e not in named]


def pool_loads(plan: Plan, proposal: Proposal, people: Mapping[str, Interviewer],
               booked: Mapping[str, Sequence[Interval]]) -> tuple[tuple[str, int], ...]:
    """(name, interviews already booked that ISO week) for each person chosen from a pool."""
    loads = []
    for email in _pool_picks(plan, proposal):
        person = people.get(email)
        if person is None:
            continue
        first = min(s.start for s in proposal.sessions if email in
                    (i.lower() for i in s.interviewers))
        loads.append((person.name, week_load(person, booked.get(email, ()), first)))
    return tuple(loads)


def facts(plan: Plan, proposal: Proposal, people: Mapping[str, Interviewer],
          company: CompanySettings,
          booked: Mapping[str, Sequence[Interval]] | None = None) -> ProposalFacts:
    """Everything the planner states about ``proposal``."""
    return ProposalFacts(proposal, attendees(plan, proposal, people),
                         flex_seats(proposal, people, company), candidate_tag(plan, proposal),
                         pool_loads(plan, proposal, people, booked or {}))


def found_times(plan: Plan, window: Interval, result: ProposalResult, *,
                people: Mapping[str, Interviewer], company: CompanySettings,
                booked: Mapping[str, Sequence[Interval]] | None = None,
                exclude_booking: str | None = None) -> FoundTimes:
    """A search's answer with the facts of every proposal."""
    roster = {e.lower(): p for e, p in people.items()}
    known = {e.lower(): v for e, v in (booked or {}).items()}
    proposals = tuple(facts(plan, p, roster, company, known) for p in result.proposals)
    return FoundTimes(plan, window, proposals, result.reasons, roster, exclude_booking)


# ---------------------------------------------------------------- preview


def highlights(proposal: Proposal) -> dict[str, tuple[Interval, ...]]:
    """Each interviewer's and shadow's sessions as UTC intervals, by lower-case e-mail."""
    return {email: tuple(Interval(t.start, t.end) for t in times)
            for email, (times, _role) in _sessions_of(proposal).items()}


def preview(proposal: Proposal, display_zone: str) -> ProposalPreview:
    """What the week view shows for ``proposal`` when drawn in ``display_zone``."""
    marked = highlights(proposal)
    day = to_local(proposal.sessions[0].start, get_zone(display_zone)).date()
    return ProposalPreview(proposal.rank, day, tuple(marked), marked)


def emails_in(previews: Iterable[ProposalPreview]) -> tuple[str, ...]:
    """Every e-mail of ``previews``, once, in order."""
    return tuple(dict.fromkeys(e for p in previews for e in p.emails))
