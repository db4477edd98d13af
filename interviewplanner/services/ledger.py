"""Use case: the month's ledger of who carried the awkward hours (SPEC §11).

Read from the confirmed bookings (every interviewer and shadow seat), each on its person's own
local calendar with their current policy (:mod:`interviewplanner.core.ledger`).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from interviewplanner.core.intervals import Interval
from interviewplanner.core.ledger import LedgerRow, Month, month_bounds, month_ledger
from interviewplanner.core.timezones import UTC, utc_midnight
from interviewplanner.services.errors import InvalidDate

if TYPE_CHECKING:
    from interviewplanner.storage.reading import ReadStore

_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")


def parse_month(text: str | None, *, now: datetime | None = None) -> Month:
    """``2026-12`` as (2026, 12); None means this month (UTC). InvalidDate (field "month")."""
    if text is None:
        moment = now or datetime.now(UTC)
        return moment.year, moment.month
    match = _MONTH.match(text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise InvalidDate("month", text)
    return int(match.group(1)), int(match.group(2))


def ledger(store: ReadStore, month: Month) -> list[LedgerRow]:
    """Every interviewer's line of ``month``, by name."""
    first, after = month_bounds(month)
    start, end = utc_midnight(first) - timedelta(days=1), utc_midnight(after) + timedelta(days=1)
    with store.read() as uow:
        people = uow.interviewers.list()
        company = uow.settings.get()
        ids = {p.id: p for p in people if p.id is not None}
        slots = uow.bookings.slots_for(ids, start, end)
    booked: dict[str, list[Interval]] = {
        ids[pid].email.lower(): [s.interval for s in rows] for pid, rows in slots.items()}
    return month_ledger(people, company, booked, month)
