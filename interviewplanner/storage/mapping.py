"""Convert ORM rows to frozen core dataclasses and core dataclasses to column values.

The only place that knows both shapes. An interviewer's effective policy is the company
default with the interviewer's overrides applied (:meth:`PolicyOverrides.apply`).
"""

from __future__ import annotations

from datetime import time
from typing import Any

from interviewplanner.core.model import (
    Closure,
    CompanySettings,
    Interviewer,
    Policy,
    PolicyOverrides,
    TimeRange,
)
from interviewplanner.storage.tables import InterviewerRow, SettingsRow

_RANGES = (("window", "window"), ("core", "core"), ("lunch_window", "lunch"))


def _range(start: time | None, end: time | None) -> TimeRange | None:
    """A :class:`TimeRange` from two nullable columns (``None`` unless both are set)."""
    return None if start is None or end is None else TimeRange(start, end)


def _range_values(field: str, value: TimeRange | None) -> dict[str, time | None]:
    """Column values ``<field>_start`` / ``<field>_end`` for a nullable range."""
    return {
        f"{field}_start": None if value is None else value.start,
        f"{field}_end": None if value is None else value.end,
    }


def _days(value: list[int] | None) -> frozenset[int] | None:
    """Working days from their JSON list."""
    return None if value is None else frozenset(int(day) for day in value)


def closure_to_json(closure: Closure) -> dict[str, Any]:
    """A closure as a JSON object."""
    return {"start": list(closure.start), "end": list(closure.end), "name": closure.name}


def closure_from_json(data: dict[str, Any]) -> Closure:
    """A closure from its JSON object."""
    start, end = data["start"], data["end"]
    return Closure((int(start[0]), int(start[1])), (int(end[0]), int(end[1])), str(data["name"]))


def settings_from_row(row: SettingsRow | None) -> CompanySettings:
    """Company settings from their row; the built-in defaults when none was saved yet."""
    if row is None:
        return CompanySettings()
    policy = Policy(
        window=TimeRange(row.window_start, row.window_end),
        core=TimeRange(row.core_start, row.core_end),
        core_only=row.core_only,
        lunch_window=TimeRange(row.lunch_start, row.lunch_end),
        lunch_minutes=row.lunch_minutes,
        working_days=frozenset(row.working_days),
        max_per_day=row.max_per_day,
        max_per_week=row.max_per_week,
        buffer_minutes=row.buffer_minutes,
    )
    return CompanySettings(policy, tuple(closure_from_json(c) for c in row.closures))


def settings_values(settings: CompanySettings) -> dict[str, Any]:
    """Column values of the settings row for ``settings``."""
    policy = settings.policy
    values: dict[str, Any] = {
        "core_only": policy.core_only,
        "lunch_minutes": policy.lunch_minutes,
        "working_days": sorted(policy.working_days),
        "max_per_day": policy.max_per_day,
        "max_per_week": policy.max_per_week,
        "buffer_minutes": policy.buffer_minutes,
        "closures": [closure_to_json(c) for c in settings.closures],
    }
    for field, prefix in _RANGES:
        values.update(_range_values(prefix, getattr(policy, field)))
    return values


def overrides_from_row(row: InterviewerRow) -> PolicyOverrides:
    """An interviewer's policy overrides from the nullable columns."""
    return PolicyOverrides(
        window=_range(row.window_start, row.window_end),
        core=_range(row.core_start, row.core_end),
        core_only=row.core_only,
        lunch_window=_range(row.lunch_start, row.lunch_end),
        lunch_minutes=row.lunch_minutes,
        working_days=_days(row.working_days),
        max_per_day=row.max_per_day,
        max_per_week=row.max_per_week,
        buffer_minutes=row.buffer_minutes,
        no_day_limit=row.no_day_limit,
        no_week_limit=row.no_week_limit,
    )


def overrides_values(overrides: PolicyOverrides) -> dict[str, Any]:
    """Column values for an interviewer's overrides (``None`` keeps the company default)."""
    days = overrides.working_days
    values: dict[str, Any] = {
        "core_only": overrides.core_only,
        "lunch_minutes": overrides.lunch_minutes,
        "working_days": None if days is None else sorted(days),
        "max_per_day": overrides.max_per_day,
        "max_per_week": overrides.max_per_week,
        "buffer_minutes": overrides.buffer_minutes,
        "no_day_limit": overrides.no_day_limit,
        "no_week_limit": overrides.no_week_limit,
    }
    for field, prefix in _RANGES:
        values.update(_range_values(prefix, getattr(overrides, field)))
    return values


def interviewer_values(interviewer: Interviewer) -> dict[str, Any]:
    """Column values of the interviewer row (its effective ``policy`` is derived, not stored)."""
    return {
        "email": interviewer.email.strip(),
        "name": interviewer.name,
        "timezone": interviewer.timezone,
        "country": interviewer.country,
        **overrides_values(interviewer.overrides),
    }


def interviewer_from_row(
    row: InterviewerRow, aliases: tuple[str, ...], pools: tuple[str, ...], company: Policy
) -> Interviewer:
    """An :class:`Interviewer` with its effective policy (company default + overrides)."""
    overrides = overrides_from_row(row)
    return Interviewer(
        email=row.email,
        name=row.name,
        timezone=row.timezone,
        country=row.country,
        aliases=aliases,
        pools=pools,
        policy=overrides.apply(company),
        overrides=overrides,
        id=row.id,
    )
