"""Booked interviews reach the roster ("this week") and the week view as booked, not as busy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from interviewplanner.core.intervals import Interval
from interviewplanner.gui.operations import views as view_ops
from interviewplanner.services import bookings, calendar_week, roster
from interviewplanner.services.planning import parse_plan
from interviewplanner.storage.db import Store, open_store

PLAN = {
    "candidate": {"name": "Jane", "email": "jane@example.com", "timezone": "Asia/Tokyo"},
    "sessions": [{"title": "Coding", "minutes": 60, "interviewers": ["ken@example.com"]}],
}


def _ignore(step: str, fraction: float) -> None:
    """A progress report nobody reads."""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh store with one Tokyo interviewer and one booked interview on Tue 2026-12-01."""
    with open_store(f"sqlite:///{tmp_path / 't.db'}") as opened:
        roster.add_interviewer(opened, roster.new_interviewer(
            name="Ken", email="ken@example.com", timezone="Asia/Tokyo", country="JP"))
        window = Interval(datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 2, tzinfo=UTC))
        bookings.book(opened, parse_plan(PLAN), PLAN, window, 1)
        yield opened


def test_week_rows_carry_bookings_apart_from_busy_time(store: Store) -> None:
    people = roster.list_interviewers(store)
    week = view_ops.load_week(people, date(2026, 11, 30), "Asia/Tokyo",
                              roster.company_settings(store), "en_US").task(store, _ignore)
    (row,) = week.rows
    assert len(row.booked) == 1 and row.busy == ()
    assert row.booked[0].interval.duration.total_seconds() == 3600  # type: ignore[union-attr]


def test_roster_counts_interviews_in_the_week_of_now(store: Store) -> None:
    monday = datetime(2026, 11, 30, 12, tzinfo=UTC)
    assert calendar_week.interviews_this_week(store, monday) == {"ken@example.com": 1}
    assert calendar_week.interviews_this_week(store, datetime(2026, 12, 8, tzinfo=UTC)) == {
        "ken@example.com": 0}
