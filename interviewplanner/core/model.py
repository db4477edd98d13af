"""Frozen domain dataclasses that cross layers and threads.

ORM rows never leave :mod:`interviewplanner.storage`; these plain values do. Every datetime is an
aware UTC datetime; local wall-clock values are :class:`datetime.time` plus an IANA zone name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from interviewplanner.core.intervals import Interval

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
    """An interviewer's effective flex-time policy (SPEC §2); defaults are the company's."""

    window: TimeRange = TimeRange(time(10), time(19))
    core: TimeRange = TimeRange(time(12), time(16))
    core_only: bool = False
    lunch_window: TimeRange = TimeRange(time(12), time(13))
    lunch_minutes: int = 60
    working_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    max_per_day: int | None = 2
    max_per_week: int | None = 6
    buffer_minutes: int = 0

    def __post_init__(self) -> None:
        problems = policy_problems(self)
        if problems:
            raise ValueError("; ".join(problems))


def policy_problems(policy: Policy) -> list[str]:
    """Human-readable reasons why ``policy`` is inconsistent (empty when it is fine)."""
    problems: list[str] = []
    if not 0 <= policy.lunch_minutes <= policy.lunch_window.minutes:
        problems.append(
            f"lunch of {policy.lunch_minutes} min does not fit the lunch window {policy.lunch_window}"
        )
    for name, limit in (("max per day", policy.max_per_day), ("max per week", policy.max_per_week)):
        if limit is not None and limit < 0:
            problems.append(f"{name} must be 0 or more")
    if not 0 <= policy.buffer_minutes <= 240:
        problems.append("buffer must be between 0 and 240 minutes")
    if not policy.working_days <= frozenset(range(7)):
        problems.append("working days must be 0 (Monday) to 6 (Sunday)")
    return problems


@dataclass(frozen=True, slots=True)
class PolicyOverrides:
    """Per-interviewer changes to the company policy; ``None`` keeps the company default."""

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

    def apply(self, base: Policy) -> Policy:
        """Return ``base`` with every set field of this override applied."""
        changes = {
            name: getattr(self, name)
            for name in (
                "window", "core", "core_only", "lunch_window", "lunch_minutes",
                "working_days", "max_per_day", "max_per_week", "buffer_minutes",
            )
            if getattr(self, name) is not None
        }
        if self.no_day_limit:
            changes["max_per_day"] = None
        if self.no_week_limit:
            changes["max_per_week"] = None
        return replace(base, **changes)


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
    """Company-wide defaults: the default policy and the closures."""

    policy: Policy = Policy()
    closures: tuple[Closure, ...] = (Closure(),)


@dataclass(frozen=True, slots=True)
class Interviewer:
    """A person on the roster with their effective policy."""

    email: str
    name: str
    timezone: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    pools: tuple[str, ...] = ()
    policy: Policy = Policy()
    overrides: PolicyOverrides = PolicyOverrides()
    id: int | None = None

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
    """A calendar component the importer could not use, with the line it starts on."""

    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class ParsedCalendar:
    """What the .ics reader derived from one file (SPEC §4)."""

    events: int
    busy: tuple[Interval, ...]
    titles: tuple[str | None, ...] = ()
    warnings: tuple[str, ...] = ()
    skipped: tuple[SkippedComponent, ...] = ()
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What one import landed, as the CLI and GUI report it."""

    source: str
    events: int
    busy_intervals: int
    warnings: tuple[str, ...] = ()
    skipped: tuple[SkippedComponent, ...] = field(default_factory=tuple)
