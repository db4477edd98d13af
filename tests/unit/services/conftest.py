"""Fixtures for the service tests: a fresh store (built by the migrations), a roster, a plan."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from interviewplanner.core.booking import Booking
from interviewplanner.core.intervals import Interval
from interviewplanner.core.plan import plan_from_json
from interviewplanner.services import bookings, roster
from interviewplanner.storage.db import Store, open_store

#: A week far enough ahead that "upcoming" holds whenever the suite runs (Mon 3 – Fri 7 Mar).
WEEK = Interval(datetime(2031, 3, 3, tzinfo=UTC), datetime(2031, 3, 8, tzinfo=UTC))

PLAN: dict[str, Any] = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "Asia/Singapore"},
    "sessions": [
        {"title": "Coding", "minutes": 60, "interviewers": ["hanako@example.com"]},
        {"title": "Hiring manager", "minutes": 45, "interviewers": ["amy@example.com"]},
    ],
    "break_minutes": 10, "same_day": True, "ordered": True, "grid_minutes": 15,
    "organizer": {"name": "Recruiting", "email": "recruiting@example.com"},
}

ROSTER = (("Hanako Sato", "hanako@example.com", "Asia/Tokyo", "JP"),
          ("Amy Lee", "amy@example.com", "America/Los_Angeles", "US"))

Book = Callable[..., Booking]


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A fresh store (SQLite, then PostgreSQL) with Hanako (Tokyo) and Amy (Los Angeles)."""
    opened = open_store(store_url, busy_timeout=5.0)
    for name, email, zone, country in ROSTER:
        roster.add_interviewer(opened, roster.new_interviewer(
            name=name, email=email, timezone=zone, country=country))
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def book(store: Store) -> Book:
    """Book proposal ``rank`` of :data:`PLAN` (or another plan object) in :data:`WEEK`."""

    def run(rank: int = 1, document: dict[str, Any] | None = None) -> Booking:
        doc = document or PLAN
        return bookings.book(store, plan_from_json(doc), doc, WEEK, rank)

    return run
