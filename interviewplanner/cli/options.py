"""Turning command-line option strings into core values (with messages naming the option)."""

from __future__ import annotations

import argparse

from interviewplanner.cli.wording import CliError
from interviewplanner.core.model import PolicyOverrides, TimeRange

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _range(option: str, text: str | None) -> TimeRange | None:
    if text is None:
        return None
    try:
        return TimeRange.parse(text)
    except ValueError as exc:
        raise CliError(f"{option}: {exc}") from exc


def _limit(option: str, text: str | None) -> tuple[int | None, bool]:
    """(limit, no_limit flag) from '3', 'none' or ''."""
    if text is None:
        return None, False
    if text.strip().lower() in ("", "none", "-"):
        return None, True
    if not text.strip().isdigit():
        raise CliError(f"{option}: expected a whole number or 'none', got {text!r}")
    return int(text), False


def parse_days(text: str | None) -> frozenset[int] | None:
    """``Mon-Fri`` or ``Mon,Tue,Thu`` to weekday numbers (Monday = 0)."""
    if text is None:
        return None
    days: set[int] = set()
    for part in text.lower().replace(" ", "").split(","):
        ends = part.split("-")
        try:
            idx = [DAY_NAMES.index(e[:3]) for e in ends]
        except ValueError as exc:
            raise CliError(f"--days: {part!r} is not a day range like Mon-Fri") from exc
        if len(idx) == 1:
            days.add(idx[0])
        else:
            days.update(range(idx[0], idx[-1] + 1))
    return frozenset(days)


def policy_overrides(args: argparse.Namespace) -> PolicyOverrides:
    """The per-interviewer policy overrides given on the command line."""
    per_day, no_day = _limit("--max-per-day", args.max_per_day)
    per_week, no_week = _limit("--max-per-week", args.max_per_week)
    for option, value in (("--lunch-minutes", args.lunch_minutes), ("--buffer", args.buffer)):
        if value is not None and value < 0:
            raise CliError(f"{option}: must be 0 or more")
    return PolicyOverrides(
        window=_range("--window", args.window), core=_range("--core", args.core),
        core_only=args.core_only, lunch_window=_range("--lunch-window", args.lunch_window),
        lunch_minutes=args.lunch_minutes, working_days=parse_days(args.days),
        max_per_day=per_day, max_per_week=per_week, buffer_minutes=args.buffer,
        no_day_limit=no_day, no_week_limit=no_week,
    )
