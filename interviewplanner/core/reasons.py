"""Reason codes for "no proposal fits" (SPEC §3), and their English wording.

The core returns :class:`Reason` values; the faces word them (``describe_reason`` gives the
English sentence; the GUI translates from :class:`ReasonCode`). ``starts`` says how many panel
starts on the grid the reason blocks, so the first reason is the bottleneck.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum


class ReasonCode(Enum):
    """Why a panel start (or the whole request) cannot be staffed."""

    UNKNOWN_PERSON = "unknown_person"
    POOL_TOO_SMALL = "pool_too_small"
    HORIZON_TOO_SHORT = "horizon_too_short"
    CANDIDATE_UNAVAILABLE = "candidate_unavailable"
    SAME_DAY = "same_day"
    NOT_WORKING_DAY = "not_working_day"
    HOLIDAY = "holiday"
    CLOSURE = "closure"
    OUTSIDE_WINDOW = "outside_window"
    CORE_ONLY = "core_only"
    BUSY = "busy"
    BUFFER = "buffer"
    LOAD_LIMIT_DAY = "load_limit_day"
    LOAD_LIMIT_WEEK = "load_limit_week"
    LUNCH = "lunch"
    POOL_BUSY = "pool_busy"
    POOL_CONFLICT = "pool_conflict"


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason, with the person (e-mail and display name), local date and details it concerns.

    ``detail`` holds the holiday or closure name or the working hours as appropriate;
    ``need``/``have`` are counts (pool seats, load limit, minutes).
    """

    code: ReasonCode
    email: str = ""
    who: str = ""
    day: date | None = None
    detail: str = ""
    pool: str = ""
    country: str = ""
    need: int = 0
    have: int = 0
    starts: int = 0


def _who(r: Reason) -> str:
    return r.who or r.email


_WORDING: dict[ReasonCode, Callable[[Reason], str]] = {
    ReasonCode.UNKNOWN_PERSON: lambda r: f"{r.email} is not on the roster",
    ReasonCode.POOL_TOO_SMALL: lambda r: (
        f"pool '{r.pool}' has {r.have} interviewer(s) for a session needing {r.need}"
    ),
    ReasonCode.HORIZON_TOO_SHORT: lambda r: (
        f"the panel needs {r.need} minutes, more than the search range holds"
    ),
    ReasonCode.CANDIDATE_UNAVAILABLE: lambda r: "the candidate is not available at those times",
    ReasonCode.SAME_DAY: lambda r: "the sessions would fall on different days for the candidate",
    ReasonCode.NOT_WORKING_DAY: lambda r: f"{_who(r)} does not work on {r.day:%a %Y-%m-%d}",
    ReasonCode.HOLIDAY: lambda r: (
        f"{_who(r)} is on a {r.country} holiday on {r.day} ({r.detail})"
    ),
    ReasonCode.CLOSURE: lambda r: f"the company is closed for {_who(r)} on {r.day} ({r.detail})",
    ReasonCode.OUTSIDE_WINDOW: lambda r: (
        f"{_who(r)}'s working hours ({r.detail}) do not cover those times"
    ),
    ReasonCode.CORE_ONLY: lambda r: f"{_who(r)} interviews only in core hours ({r.detail})",
    ReasonCode.BUSY: lambda r: f"{_who(r)} is busy at those times",
    ReasonCode.BUFFER: lambda r: (
        f"{_who(r)} needs a {r.need}-minute buffer between interviews"
    ),
    ReasonCode.LOAD_LIMIT_DAY: lambda r: f"{_who(r)} reaches {r.need} interviews on {r.day}",
    ReasonCode.LOAD_LIMIT_WEEK: lambda r: (
        f"{_who(r)} reaches {r.need} interviews in the week of {r.day}"
    ),
    ReasonCode.LUNCH: lambda r: f"{_who(r)} would lose the {r.need}-minute lunch on {r.day}",
    ReasonCode.POOL_BUSY: lambda r: (
        f"pool '{r.pool}' has at most {r.have} of the {r.need} interviewers needed free"
    ),
    ReasonCode.POOL_CONFLICT: lambda r: (
        f"pool '{r.pool}' cannot staff every session of the panel at once"
    ),
}


def describe_reason(reason: Reason) -> str:
    """One English sentence for ``reason`` (e.g. "Kim is on a US holiday on 2026-12-25 (...)")."""
    return _WORDING[reason.code](reason)
