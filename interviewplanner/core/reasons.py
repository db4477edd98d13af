"""Reason codes for "no proposal fits" and for a booking re-check (SPEC §3).

The core returns :class:`Reason` values and never words them: ``cli/wording.py`` gives the
English sentences of the command line, ``gui/wording/reasons.py`` translates each
:class:`ReasonCode` through ``tr()``. ``starts`` says how many panel starts on the grid the
reason blocks, so the first reason is the bottleneck.
"""

from __future__ import annotations

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
    DAYS_APART = "days_apart"  # no later block of a loop within ``need`` days of the one before
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
