"""Frozen domain dataclasses that cross layers and threads.

ORM rows never leave :mod:`interviewplanner.storage`; these plain values do. Every datetime is an
aware UTC datetime; local wall-clock values are :class:`datetime.time` plus an IANA zone name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any

from interviewplanner.core.intervals import Interval
from interviewplanner.core.policy_fields import (
    FIELDS_BY_NAME,
    POLICY_FIELDS,
    PolicyError,
    PolicyProblem,
    PolicyProblemCode,
    bounded,
)
from interviewplanner.core.read_notes import ReadNote

_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def parse_clock(text: str) -> time:
    """Parse ``HH:MM`` (24 h; ``24:00`` is not allowed) into a :class:`time`."""
    match = _CLOCK.match(text)
    if not match:
        raise ValueError(f"expected a time like 10:00, got {text!r}")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"no such time of day: {text!r}")
    return time(hour, minute)


@dataclass(frozen=True, slots=True)
class TimeRange:
    """A local wall-clock range ``[start, end)`` inside one day."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"range {self} ends before it starts")

    @classmethod
    def parse(cls, text: str) -> TimeRange:
        """Parse ``10:00-19:00``."""
        parts = text.replace("–", "-").split("-")
        if len(parts) != 2:
            raise ValueError(f"expected a range like 10:00-19:00, got {text!r}")
        start, end = parse_clock(parts[0]), parse_clock(parts[1])
        if end <= start:
            raise ValueError(f"range {text!r} ends before it starts")
        return cls(start, end)

    @property
    def minutes(self) -> int:
        """Length of the range in minutes."""
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True, slots=True)
class Policy:
    """A flex-time policy (SPEC §2): the company's defaults, or someone's effective policy.

    Its fields are declared once in :data:`~interviewplanner.core.policy_fields.POLICY_FIELDS`.
    An inconsistent policy cannot be built: :class:`PolicyError` carries the problems as codes.
    """

    window: TimeRange = TimeRange(time(10), time(19))
    core: TimeRange = TimeRange(time(12), time(16))
    core_only: bool = False
    lunch_window: TimeRange = TimeRange(time(12), time(13))
    lunch_minutes: int = 60
    working_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    max_per_day: int | None = 2  # None: no limit
    max_per_week: int | None = 6  # None: no limit
    buffer_minutes: int = 0

    def __post_init__(self) -> None:
        problems = policy_problems(self)
        if problems:
            raise PolicyError(problems)


def _out_of_bounds(policy: Policy) -> list[PolicyProblem]:
    problems = []
    for spec in POLICY_FIELDS:
        value = getattr(policy, spec.name) if spec.numeric else None
        if value is None:
            continue
        if (spec.low is not None and value < spec.low) or (
                spec.high is not None and value > spec.high):
            problems.append(bounded(spec, PolicyProblemCode.OUT_OF_BOUNDS, value=value))
    return problems


def policy_problems(policy: Policy) -> list[PolicyProblem]:
    """Why ``policy`` is inconsistent, as codes in field order (empty when it is fine)."""
    problems = _out_of_bounds(policy)
    lunch_counted = all(p.field != "lunch_minutes" for p in problems)
    if lunch_counted and policy.lunch_minutes > policy.lunch_window.minutes:
        problems.append(PolicyProblem(
            PolicyProblemCode.LUNCH_TOO_LONG, "lunch_minutes", value=policy.lunch_minutes,
            high=policy.lunch_window.minutes, window=str(policy.lunch_window),
            related=("lunch_window",)))
    if not policy.working_days:
        problems.append(PolicyProblem(PolicyProblemCode.NO_WORKING_DAYS, "working_days"))
    elif not policy.working_days <= frozenset(range(7)):
        problems.append(PolicyProblem(PolicyProblemCode.NO_SUCH_WEEKDAY, "working_days",
                                      low=0, high=6))
    order = [f.name for f in POLICY_FIELDS]
    return sorted(problems, key=lambda p: order.index(p.field))


@dataclass(frozen=True, slots=True)
class PolicyOverrides:
    """One interviewer's changes to the company policy; ``None`` keeps the company default.

    A limit set to "no limit" is its ``none_flag`` (``no_day_limit``, ``no_week_limit``); the
    flag wins over a number. The effective policy is computed in one place,
    :func:`interviewplanner.core.policy.effective_policy`.
    """

    window: TimeRange | None = None
    core: TimeRange | None = None
    core_only: bool | None = None
    lunch_window: TimeRange | None = None
    lunch_minutes: int | None = None
    working_days: frozenset[int] | None = None
    max_per_day: int | None = None
    max_per_week: int | None = None
    buffer_minutes: int | None = None
    no_day_limit: bool = False
    no_week_limit: bool = False

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> PolicyOverrides:
        """Overrides setting each named field to its value (``None`` for a limit: no limit)."""
        changes: dict[str, Any] = {}
        for name, value in values.items():
            flag = FIELDS_BY_NAME[name].none_flag
            if flag and value is None:
                changes[flag] = True
            else:
                changes[name] = value
        return cls(**changes)

    @classmethod
    def of(cls, policy: Policy) -> PolicyOverrides:
        """Overrides that set every field to ``policy``'s, whatever the company's defaults."""
        return cls.from_values({f.name: getattr(policy, f.name) for f in POLICY_FIELDS})

    def values(self) -> dict[str, Any]:
        """The fields this override sets, by name (``None`` for a limit set to no limit)."""
        changes: dict[str, Any] = {}
        for spec in POLICY_FIELDS:
            if spec.none_flag and getattr(self, spec.none_flag):
                changes[spec.name] = None
            elif getattr(self, spec.name) is not None:
                changes[spec.name] = getattr(self, spec.name)
        return changes

    def apply(self, base: Policy) -> Policy:
        """``base`` with every set field replaced; raises :class:`PolicyError` if inconsistent."""
        return replace(base, **self.values())

    def problems(self, base: Policy) -> tuple[PolicyProblem, ...]:
        """What :meth:`apply` on ``base`` would refuse (empty when the result is consistent)."""
        try:
            self.apply(base)
        except PolicyError as exc:
            return exc.problems
        return ()


@dataclass(frozen=True, slots=True)
class Closure:
    """A company closure: every year from ``start`` (month, day) to ``end`` (month, day) inclusive.

    A range may wrap the year end (Dec 29 - Jan 3).
    """

    start: tuple[int, int] = (12, 29)
    end: tuple[int, int] = (1, 3)
    name: str = "New-Year closure"

    def covers(self, day: date) -> bool:
        """True when local ``day`` falls inside the closure."""
        key = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= key <= self.end
        return key >= self.start or key <= self.end


@dataclass(frozen=True, slots=True)
class CompanySettings:
    """Company-wide defaults: the default policy, the closures, and the language of readers
    whose own is not set (interviewers, candidates: their invites and messages)."""

    policy: Policy = Policy()
    closures: tuple[Closure, ...] = (Closure(),)
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Interviewer:
    """A person on the roster with their changes to the company policy.

    The effective policy is not stored here: it is the company's with ``overrides`` applied,
    :func:`interviewplanner.core.policy.effective_policy`. ``language`` ("en", "ja") is the
    language of their invites and messages; None keeps the company's (not a policy field).
    """

    email: str
    name: str
    timezone: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    pools: tuple[str, ...] = ()
    overrides: PolicyOverrides = PolicyOverrides()
    id: int | None = None
    language: str | None = None
    #: The stored version this value was read at (team mode: saving it over a newer version is
    #: refused); None for a person not stored yet. Not part of equality.
    version: int | None = field(default=None, compare=False)

    @property
    def emails(self) -> tuple[str, ...]:
        """The primary address and every alias, lower-cased."""
        return tuple(dict.fromkeys(e.lower() for e in (self.email, *self.aliases)))


@dataclass(frozen=True, slots=True)
class BusyInterval:
    """Busy time of one interviewer (UTC), from an imported source or a booking."""

    start: datetime
    end: datetime
    source: str = ""

    @property
    def interval(self) -> Interval:
        """The busy time as an :class:`Interval`."""
        return Interval(self.start, self.end)


@dataclass(frozen=True, slots=True)
class SkippedComponent:
    """A calendar component the importer could not use, with the line it starts on and why
    (a :class:`~interviewplanner.core.read_notes.ReadNote`, worded by the faces)."""

    line: int
    reason: ReadNote


@dataclass(frozen=True, slots=True)
class ParsedCalendar:
    """What the .ics reader derived from one file (SPEC §4)."""

    events: int
    busy: tuple[Interval, ...]
    titles: tuple[str | None, ...] = ()
    warnings: tuple[ReadNote, ...] = ()
    skipped: tuple[SkippedComponent, ...] = ()
    encoding: str = "utf-8"
    cut_short: tuple[int, ...] = ()
    """Lines of the components the time budget left unread (empty: the whole file was read)."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What one import landed, as the CLI and GUI report it."""

    source: str
    events: int
    busy_intervals: int
    warnings: tuple[ReadNote, ...] = ()
    skipped: tuple[SkippedComponent, ...] = field(default_factory=tuple)
