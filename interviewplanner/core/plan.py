"""Panel plans (PLAN.json of SPEC §7) and the proposals the slot engine returns.

A :class:`Plan` is what the coordinator describes: one candidate and an ordered list of
sessions, each staffed by named interviewers (all required) and/or ``count`` people from a pool,
with an optional soft "shadow" seat. :func:`plan_from_json` validates the JSON object field by
field and names the offending field in its :class:`ValueError`; :func:`plan_to_json` writes the
same shape back, so the two round-trip.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from interviewplanner.core.intervals import Interval
from interviewplanner.core.languages import LANGUAGES, is_language
from interviewplanner.core.reasons import Reason
from interviewplanner.core.text import (
    EMAIL_LENGTH,
    NAME_LENGTH,
    POOL_LENGTH,
    TITLE_LENGTH,
    control_character,
)
from interviewplanner.core.timezones import UTC, UnknownTimeZoneError, get_zone

GRID_CHOICES = (5, 10, 15, 30)
MAX_SESSION_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class Candidate:
    """The person interviewed: a zone and, optionally, hard availability (UTC intervals).

    Without availability the candidate's local 08:00-20:00 on weekdays is allowed and local
    09:00-18:00 is preferred (SPEC §2). ``language`` ("en", "ja") is that of their invite and
    message; empty keeps the company's.
    """

    name: str
    timezone: str
    email: str = ""
    availability: tuple[Interval, ...] = ()
    language: str = ""


@dataclass(frozen=True, slots=True)
class SessionSpec:
    """One session of a panel: named interviewers (all required) and/or ``count`` from ``pool``.

    ``shadow_pool`` or ``trainee`` (an e-mail) describe an optional extra seat, filled only when
    someone suitable is free (soft). ``day`` (1, 2, ...) groups the sessions of a loop held over
    several days into blocks (SPEC §11).
    """

    title: str
    minutes: int
    interviewers: tuple[str, ...] = ()
    pool: str | None = None
    count: int = 0
    shadow_pool: str | None = None
    trainee: str | None = None
    day: int = 1

    @property
    def seats(self) -> int:
        """Interviewers this session needs (named plus pool), the shadow seat excluded."""
        return len(self.interviewers) + self.count


@dataclass(frozen=True, slots=True)
class Plan:
    """A panel for one candidate (SPEC §3), possibly a loop over several days (SPEC §11).

    Sessions with the same ``day`` form a *block*: held on one local day of the candidate, in
    order (any order when ``ordered`` is false), back to back with exactly ``break_minutes``.
    Blocks fall on different candidate-local dates in increasing order of ``day``, consecutive
    blocks at most ``max_days_between`` calendar days apart. Days are labels for the order: 1
    and 3 without 2 are two blocks, like 1 and 2.
    """

    candidate: Candidate
    sessions: tuple[SessionSpec, ...]
    break_minutes: int = 10
    same_day: bool = True
    ordered: bool = True
    grid_minutes: int = 15
    organizer_name: str = ""
    organizer_email: str = ""
    location: str = ""
    max_days_between: int = 3

    @property
    def blocks(self) -> tuple[tuple[int, ...], ...]:
        """Session indices (plan order) of each block, in increasing order of ``day``."""
        days = sorted({s.day for s in self.sessions})
        return tuple(tuple(i for i, s in enumerate(self.sessions) if s.day == d) for d in days)

    @property
    def multi_day(self) -> bool:
        """True when the sessions are spread over more than one block."""
        return len({s.day for s in self.sessions}) > 1

    def block_minutes(self, indices: tuple[int, ...]) -> int:
        """Minutes from the first start to the last end of the sessions ``indices`` held in one
        block (sessions plus breaks)."""
        total = sum(self.sessions[i].minutes for i in indices)
        return total + self.break_minutes * max(0, len(indices) - 1)

    @property
    def span_minutes(self) -> int:
        """Minutes from the first start to the last end of the longest block (the whole panel
        when it is held on one day)."""
        return max(self.block_minutes(b) for b in self.blocks)


@dataclass(frozen=True, slots=True)
class ProposedSession:
    """One session of a proposal: UTC start and end, its interviewers, and the shadow if any."""

    title: str
    start: datetime
    end: datetime
    interviewers: tuple[str, ...]
    shadow: str | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """A ranked, explained slot for the whole panel (sessions in time order)."""

    rank: int
    score: float
    explanation: str
    sessions: tuple[ProposedSession, ...]


@dataclass(frozen=True, slots=True)
class ProposalResult:
    """What :func:`interviewplanner.core.engine.propose` returns: proposals or the reasons why none.

    ``reasons`` is empty when proposals were found; otherwise it is ordered by how many panel
    starts each reason blocks, the bottleneck first.
    """

    proposals: tuple[Proposal, ...]
    reasons: tuple[Reason, ...] = ()


# ---------------------------------------------------------------- JSON reading


class PlanFieldError(ValueError):
    """A PLAN.json ``field`` (a JSON path such as ``sessions[1].minutes``) has a ``problem``."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field} {problem}")
        self.field = field
        self.problem = problem


def _fail(field: str, problem: str) -> PlanFieldError:
    return PlanFieldError(field, problem)


def _obj(value: object, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(field, "must be a JSON object")
    return value


def _one_line(value: str, path: str, limit: int) -> str:
    """``value`` when it is one line of at most ``limit`` characters (see :mod:`.text`)."""
    bad = control_character(value)
    if bad is not None:
        raise _fail(path, f"contains the control character {bad}")
    if len(value) > limit:
        raise _fail(path, f"is longer than {limit} characters")
    return value


def _text(obj: Mapping[str, Any], key: str, field: str, *, required: bool = False,
          limit: int = TITLE_LENGTH) -> str:
    value = obj.get(key)
    path = f"{field}.{key}" if field else key
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _fail(path, "must be a non-empty string")
    return _one_line(value, path, limit)


def _optional_text(obj: Mapping[str, Any], key: str, field: str,
                   limit: int = POOL_LENGTH) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(f"{field}.{key}", "must be a non-empty string or null")
    return _one_line(value, f"{field}.{key}", limit)


def _whole(obj: Mapping[str, Any], key: str, field: str, default: int, low: int) -> int:
    value = obj.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        kind = "a positive whole number" if low > 0 else "a whole number, 0 or more"
        raise _fail(f"{field}{key}", f"must be {kind}")
    return value


def _flag(obj: Mapping[str, Any], key: str, default: bool) -> bool:
    value = obj.get(key, default)
    if not isinstance(value, bool):
        raise _fail(key, "must be true or false")
    return value


def _instant(value: object, field: str) -> datetime:
    if not isinstance(value, str):
        raise _fail(field, "must be an ISO 8601 date-time string such as 2026-12-01T16:00:00Z")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise _fail(field, f"is not an ISO 8601 date-time: {value!r}") from None
    if parsed.tzinfo is None:
        raise _fail(field, "must include a UTC offset (for example 2026-12-01T16:00:00Z)")
    return parsed.astimezone(UTC)


def _availability(value: object) -> tuple[Interval, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail("candidate.availability", "must be a list of {start, end} objects")
    result = []
    for i, item in enumerate(value):
        field = f"candidate.availability[{i}]"
        obj = _obj(item, field)
        start, end = _instant(obj.get("start"), f"{field}.start"), _instant(obj.get("end"), f"{field}.end")
        if end <= start:
            raise _fail(field, "ends before it starts")
        result.append(Interval(start, end))
    return tuple(result)


def _candidate(value: object) -> Candidate:
    obj = _obj(value, "candidate")
    zone = _text(obj, "timezone", "candidate", required=True)
    try:
        get_zone(zone)
    except UnknownTimeZoneError as exc:
        raise _fail("candidate.timezone", f"is not a known IANA time zone: {zone!r}") from exc
    language = _text(obj, "language", "candidate")
    if language and not is_language(language):
        raise _fail("candidate.language", f"must be one of {', '.join(LANGUAGES)}")
    return Candidate(
        name=_text(obj, "name", "candidate", required=True, limit=NAME_LENGTH),
        timezone=zone,
        email=_text(obj, "email", "candidate", limit=EMAIL_LENGTH),
        availability=_availability(obj.get("availability")),
        language=language,
    )


def _emails(value: object, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(field, "must be a list of e-mail addresses")
    emails = tuple(v.strip().lower() for v in value)
    if len(set(emails)) != len(emails):
        raise _fail(field, "names the same interviewer twice")
    return emails


def _session(value: object, index: int) -> SessionSpec:
    field = f"sessions[{index}]"
    obj = _obj(value, field)
    pool = _optional_text(obj, "pool", field)
    count = _whole(obj, "count", f"{field}.", 1 if pool else 0, 0)
    if count and pool is None:
        raise _fail(f"{field}.count", "needs a pool to choose from")
    spec = SessionSpec(
        title=_text(obj, "title", field, required=True),
        minutes=_whole(obj, "minutes", f"{field}.", 0, 1),
        interviewers=_emails(obj.get("interviewers"), f"{field}.interviewers"),
        pool=pool,
        count=count,
        shadow_pool=_optional_text(obj, "shadow_pool", field),
        trainee=(_optional_text(obj, "trainee", field, EMAIL_LENGTH) or "").lower() or None,
        day=_whole(obj, "day", f"{field}.", 1, 1),
    )
    if spec.minutes > MAX_SESSION_MINUTES:
        raise _fail(f"{field}.minutes", "must be at most 1440 (one day)")
    if spec.seats == 0:
        raise _fail(field, "needs at least one interviewer (interviewers, or pool with count)")
    return spec


def _sessions(value: object) -> tuple[SessionSpec, ...]:
    if not isinstance(value, list) or not value:
        raise _fail("sessions", "must be a non-empty list of sessions")
    return tuple(_session(item, i) for i, item in enumerate(value))


def plan_from_json(obj: object) -> Plan:
    """Build a :class:`Plan` from the PLAN.json object of SPEC §7.

    Raises :class:`ValueError` naming the wrong field, e.g.
    ``sessions[1].minutes must be a positive whole number``. Unknown keys are ignored.
    """
    root = _obj(obj, "plan")
    grid = _whole(root, "grid_minutes", "", 15, 1)
    if grid not in GRID_CHOICES:
        raise _fail("grid_minutes", "must be one of 5, 10, 15, 30")
    organizer = _obj(root.get("organizer") or {}, "organizer")
    return Plan(
        candidate=_candidate(root.get("candidate")),
        sessions=_sessions(root.get("sessions")),
        break_minutes=_whole(root, "break_minutes", "", 10, 0),
        same_day=_flag(root, "same_day", True),
        ordered=_flag(root, "ordered", True),
        grid_minutes=grid,
        organizer_name=_text(organizer, "name", "organizer", limit=NAME_LENGTH),
        organizer_email=_text(organizer, "email", "organizer", limit=EMAIL_LENGTH),
        location=_text(root, "location", ""),
        max_days_between=_whole(root, "max_days_between", "", 3, 1),
    )


# ---------------------------------------------------------------- JSON writing


def utc_text(instant: datetime) -> str:
    """``2026-12-01T16:00:00Z`` for an aware instant."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _candidate_json(candidate: Candidate) -> dict[str, Any]:
    out: dict[str, Any] = {"name": candidate.name, "email": candidate.email,
                           "timezone": candidate.timezone}
    if candidate.availability:
        out["availability"] = [
            {"start": utc_text(iv.start), "end": utc_text(iv.end)} for iv in candidate.availability
        ]
    if candidate.language:
        out["language"] = candidate.language
    return out


def session_to_json(spec: SessionSpec) -> dict[str, Any]:
    """One session as PLAN.json writes it (also a draft's: :func:`plan_from_json` checks it)."""
    out: dict[str, Any] = {"title": spec.title, "minutes": spec.minutes,
                           "interviewers": list(spec.interviewers)}
    if spec.pool is not None:
        out.update(pool=spec.pool, count=spec.count)
    if spec.shadow_pool is not None:
        out["shadow_pool"] = spec.shadow_pool
    if spec.trainee is not None:
        out["trainee"] = spec.trainee
    if spec.day != 1:
        out["day"] = spec.day
    return out


def plan_to_json(plan: Plan) -> dict[str, Any]:
    """The PLAN.json object of SPEC §7 for ``plan`` (inverse of :func:`plan_from_json`)."""
    out: dict[str, Any] = {
        "candidate": _candidate_json(plan.candidate),
        "sessions": [session_to_json(s) for s in plan.sessions],
        "break_minutes": plan.break_minutes,
        "same_day": plan.same_day,
        "ordered": plan.ordered,
        "grid_minutes": plan.grid_minutes,
    }
    if plan.organizer_name or plan.organizer_email:
        out["organizer"] = {"name": plan.organizer_name, "email": plan.organizer_email}
    if plan.location:
        out["location"] = plan.location
    if plan.multi_day or plan.max_days_between != 3:
        out["max_days_between"] = plan.max_days_between
    return out
