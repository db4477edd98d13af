"""Convert ORM rows to frozen core dataclasses and core dataclasses to column values.

The start-up reader (:mod:`.quick`) passes its sqlite3 rows here too, as namespaces with the
same attribute names and values.

The only place that knows both shapes. The policy's columns follow its one declaration
(:data:`~interviewplanner.core.policy_fields.POLICY_FIELDS`: a range is ``<column>_start`` and
``<column>_end``, working days a JSON list, a limit's "no limit" its ``none_flag`` column).
An interviewer row holds only the overrides; the effective policy is computed by the core
(:func:`interviewplanner.core.policy.effective_policy`), never stored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from interviewplanner.core.booking import BookedSession, Booking, BookingStatus, Party
from interviewplanner.core.conflicts import Conflict
from interviewplanner.core.model import (
    Closure,
    CompanySettings,
    Interviewer,
    Policy,
    PolicyOverrides,
    TimeRange,
)
from interviewplanner.core.policy_fields import POLICY_FIELDS, FieldKind, PolicyField
from interviewplanner.core.reasons import ReasonCode

if TYPE_CHECKING:  # the start-up reader (.quick) maps sqlite3 rows here without SQLAlchemy
    from interviewplanner.storage.tables import (
        BookingAttendeeRow,
        BookingConflictRow,
        BookingRow,
        BookingSessionRow,
        InterviewerRow,
        SettingsRow,
    )

INTERVIEWER = "interviewer"
SHADOW = "shadow"
"""The ``role`` of a booking attendee row."""


def _range(start: time | None, end: time | None) -> TimeRange | None:
    """A :class:`TimeRange` from two nullable columns (``None`` unless both are set)."""
    return None if start is None or end is None else TimeRange(start, end)


def _read(field: PolicyField, row: InterviewerRow | SettingsRow | SimpleNamespace) -> Any:
    """The value of ``field`` from its column(s) of ``row`` (None when not set)."""
    if field.kind is FieldKind.RANGE:
        return _range(getattr(row, f"{field.column}_start"), getattr(row, f"{field.column}_end"))
    value = getattr(row, field.column)
    if field.kind is FieldKind.DAYS and value is not None:
        return frozenset(int(day) for day in value)
    return value


def _columns(field: PolicyField, value: Any) -> dict[str, Any]:
    """Column values of ``field`` holding ``value`` (None: not set)."""
    if field.kind is FieldKind.RANGE:
        return {f"{field.column}_start": None if value is None else value.start,
                f"{field.column}_end": None if value is None else value.end}
    if field.kind is FieldKind.DAYS and value is not None:
        return {field.column: sorted(value)}
    return {field.column: value}


def closure_to_json(closure: Closure) -> dict[str, Any]:
    """A closure as a JSON object."""
    return {"start": list(closure.start), "end": list(closure.end), "name": closure.name}


def closure_from_json(data: dict[str, Any]) -> Closure:
    """A closure from its JSON object."""
    start, end = data["start"], data["end"]
    return Closure((int(start[0]), int(start[1])), (int(end[0]), int(end[1])), str(data["name"]))


def settings_from_row(row: SettingsRow | SimpleNamespace | None) -> CompanySettings:
    """Company settings from their row; the built-in defaults when none was saved yet."""
    if row is None:
        return CompanySettings()
    policy = Policy(**{f.name: _read(f, row) for f in POLICY_FIELDS})
    return CompanySettings(policy, tuple(closure_from_json(c) for c in row.closures),
                           language=row.language or "en")


def settings_values(settings: CompanySettings) -> dict[str, Any]:
    """Column values of the settings row for ``settings`` (a NULL limit: no limit)."""
    values: dict[str, Any] = {"closures": [closure_to_json(c) for c in settings.closures],
                              "language": settings.language}
    for field in POLICY_FIELDS:
        values.update(_columns(field, getattr(settings.policy, field.name)))
    return values


def overrides_from_row(row: InterviewerRow | SimpleNamespace) -> PolicyOverrides:
    """An interviewer's policy overrides from the nullable columns."""
    values: dict[str, Any] = {f.name: _read(f, row) for f in POLICY_FIELDS}
    values.update({f.none_flag: bool(getattr(row, f.none_flag))
                   for f in POLICY_FIELDS if f.none_flag})
    return PolicyOverrides(**values)


def overrides_values(overrides: PolicyOverrides) -> dict[str, Any]:
    """Column values for an interviewer's overrides (``None`` keeps the company default)."""
    values: dict[str, Any] = {}
    for field in POLICY_FIELDS:
        values.update(_columns(field, getattr(overrides, field.name)))
        if field.none_flag:
            values[field.none_flag] = getattr(overrides, field.none_flag)
    return values


def interviewer_values(interviewer: Interviewer) -> dict[str, Any]:
    """Column values of the interviewer row (its overrides; the effective policy is derived)."""
    return {
        "email": interviewer.email.strip(),
        "name": interviewer.name,
        "timezone": interviewer.timezone,
        "country": interviewer.country,
        "language": interviewer.language,
        **overrides_values(interviewer.overrides),
    }


def interviewer_from_row(
    row: InterviewerRow | SimpleNamespace, aliases: tuple[str, ...], pools: tuple[str, ...]
) -> Interviewer:
    """An :class:`Interviewer` with the overrides stored on its row."""
    return Interviewer(
        email=row.email,
        name=row.name,
        timezone=row.timezone,
        country=row.country,
        aliases=aliases,
        pools=pools,
        overrides=overrides_from_row(row),
        id=row.id,
        language=row.language,
        version=row.version,
    )


def booking_from_rows(
    row: BookingRow | SimpleNamespace,
    sessions: Sequence[BookingSessionRow | SimpleNamespace],
    attendees: Mapping[int, Sequence[BookingAttendeeRow | SimpleNamespace]],
) -> Booking:
    """A :class:`Booking` from its row, its session rows (by position) and each session's
    attendee rows (by id, keyed by session id)."""
    people: dict[str, Party] = {}
    booked: list[BookedSession] = []
    for s in sessions:
        mine = attendees.get(s.id, ())
        for a in mine:
            people.setdefault(a.email.lower(), Party(a.name, a.email, a.timezone))
        booked.append(BookedSession(
            uid=s.uid, title=s.title, start=s.start_utc, end=s.end_utc,
            interviewers=tuple(a.email for a in mine if a.role == INTERVIEWER),
            shadows=tuple(a.email for a in mine if a.role == SHADOW)))
    return Booking(
        id=row.id, status=BookingStatus(row.status), sequence=row.sequence, stamp=row.stamp,
        candidate=Party(row.candidate_name, row.candidate_email, row.candidate_tz),
        organizer=Party(row.organizer_name, row.organizer_email),
        interviewers=tuple(people.values()), sessions=tuple(booked),
        location=row.location, notes=row.notes)


def booking_order(booking: Booking) -> tuple[datetime, str]:
    """How bookings are listed: by first session start (the stamp when none), then id."""
    return (booking.sessions[0].start if booking.sessions else booking.stamp, booking.id)


def conflict_from_row(row: BookingConflictRow | SimpleNamespace) -> Conflict:
    """A stored :class:`Conflict`."""
    return Conflict(row.position, row.interviewer, row.start_utc, row.end_utc,
                    ReasonCode(row.reason), date.fromisoformat(row.day) if row.day else None,
                    row.detail, row.need)


def conflict_values(booking_id: str, conflict: Conflict, found_at: datetime) -> dict[str, Any]:
    """The columns of the row that stores ``conflict`` of booking ``booking_id``."""
    return {"booking_id": booking_id, "position": conflict.position,
            "interviewer": conflict.interviewer, "start_utc": conflict.start,
            "end_utc": conflict.end, "reason": conflict.reason.value,
            "day": conflict.day.isoformat() if conflict.day else None,
            "detail": conflict.detail, "need": conflict.need, "found_at": found_at}
