"""Use cases: load a plan, gather what the slot engine needs, and ask it for proposals."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from interviewplanner.core.engine import propose
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.plan import Plan, PlanFieldError, ProposalResult, plan_from_json
from interviewplanner.services.addresses import check_address
from interviewplanner.services.dates import CONTEXT_MARGIN
from interviewplanner.services.errors import ErrorCode, FileError, InvalidPlan, NumberOutOfRange
from interviewplanner.storage.db import Store
from interviewplanner.storage.unit_of_work import UnitOfWork


def read_plan(path: Path) -> tuple[Plan, dict[str, Any]]:
    """Parse a PLAN.json file: the plan and its JSON object, or a FileError/InvalidPlan."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FileError(ErrorCode.FILE_MISSING, str(path)) from exc
    except IsADirectoryError as exc:
        raise FileError(ErrorCode.FILE_IS_FOLDER, str(path)) from exc
    except json.JSONDecodeError as exc:
        raise FileError(ErrorCode.NOT_JSON, str(path), line=exc.lineno, detail=exc.msg) from exc
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise FileError(ErrorCode.FILE_UNREADABLE, str(path), detail=detail) from exc
    return parse_plan(document, "file", str(path)), document


def parse_plan(document: object, source_kind: str = "plan", source: str = "") -> Plan:
    """A :class:`Plan` from its JSON object, or an InvalidPlan that says which field is wrong.

    ``source_kind`` ("file", "template", "booking", "plan") and ``source`` (path, name, id) say
    where the plan came from, for the wording.
    """
    try:
        plan = plan_from_json(document)
    except PlanFieldError as exc:
        raise InvalidPlan(source_kind, source, exc.field, exc.problem) from exc
    except ValueError as exc:
        raise InvalidPlan(source_kind, source, "", str(exc)) from exc
    return _checked_addresses(plan)


def _checked_addresses(plan: Plan) -> Plan:
    """The plan with its candidate's and organizer's addresses as they will be sent (the one
    address rule of :mod:`.addresses`), or InvalidEmail naming the field."""
    candidate = plan.candidate
    if candidate.email.strip():
        candidate = replace(candidate, email=check_address(candidate.email, "candidate.email"))
    organizer = plan.organizer_email
    if organizer.strip():
        organizer = check_address(organizer, "organizer.email")
    return replace(plan, candidate=candidate, organizer_email=organizer)


@dataclass
class Inputs:
    """Everything the engine reads, keyed by lower-case primary e-mail."""

    people: dict[str, Interviewer]
    company: CompanySettings
    busy: dict[str, list[Interval]] = field(default_factory=dict)
    booked: dict[str, list[Interval]] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)


def whole_months(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """``[start, end)`` grown to whole UTC months, plus a day each side (for local months)."""
    first = datetime(start.year, start.month, 1, tzinfo=UTC) - timedelta(days=1)
    after = datetime(end.year + end.month // 12, end.month % 12 + 1, 1, tzinfo=UTC)
    return first, after + timedelta(days=1)


def gather(uow: UnitOfWork, window: Interval, *, exclude_booking: str | None = None) -> Inputs:
    """Load the roster, imported busy time and booked interviews around ``window`` at once.

    Bookings are read for the whole months the range touches: fair rotation reads what each
    interviewer carried that month (:mod:`interviewplanner.core.ledger`).
    """
    people = {p.email.lower(): p for p in uow.interviewers.list()}
    ids = {e: p.id for e, p in people.items() if p.id is not None}
    by_id = {i: e for e, i in ids.items()}
    start, end = window.start - CONTEXT_MARGIN, window.end + CONTEXT_MARGIN
    imported = uow.busy.busy_for(ids.values(), start, end)
    slots = uow.bookings.slots_for(ids.values(), *whole_months(start, end),
                                   exclude=exclude_booking)
    inputs = Inputs(people, uow.settings.get(), ids=ids)
    for pid, rows in imported.items():
        inputs.busy.setdefault(by_id[pid], []).extend(r.interval for r in rows)
    for pid, booked in slots.items():
        intervals = [b.interval for b in booked]
        inputs.busy.setdefault(by_id[pid], []).extend(intervals)
        inputs.booked[by_id[pid]] = intervals
    return inputs


def run_engine(plan: Plan, inputs: Inputs, window: Interval, limit: int) -> ProposalResult:
    """Call the slot engine on gathered inputs."""
    busy: Mapping[str, Sequence[Interval]] = inputs.busy
    booked: Mapping[str, Sequence[Interval]] = inputs.booked
    return propose(plan, inputs.people, busy, booked, inputs.company, window.start, window.end, limit)


MAX_LIMIT = 200
"""The most proposals one search returns."""


def check_limit(limit: int) -> int:
    """A proposal count the user asked for, or NumberOutOfRange (field "limit")."""
    if not 1 <= limit <= MAX_LIMIT:
        raise NumberOutOfRange("limit", limit, 1, MAX_LIMIT)
    return limit


def propose_plan(
    store: Store, plan: Plan, window: Interval, *, limit: int = 10,
    exclude_booking: str | None = None,
) -> ProposalResult:
    """Ranked proposals for ``plan`` inside ``window`` (or the reasons why none fits)."""
    check_limit(limit)
    with store.read() as uow:
        inputs = gather(uow, window, exclude_booking=exclude_booking)
    return run_engine(plan, inputs, window, limit)
