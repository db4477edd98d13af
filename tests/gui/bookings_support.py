"""Bookings for the Bookings-tab tests, made through the services on the test's SQLite file.

Three panels around :data:`~tests.gui.conftest.NOW` (Wed 2026-11-25 12:00 in Tokyo): Jane Doe
on Thu 11-26 with Ken (this week), 山田 太郎 on Wed 12-02 with Hanako and Ken (two sessions),
and Old Candidate on Fri 11-20 with Hanako (past).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from interviewplanner.core.booking import Booking
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import PolicyOverrides, TimeRange
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.services import bookings, roster
from interviewplanner.services.planning import parse_plan
from interviewplanner.storage.db import Store, open_store

from .conftest import NOW

KEN = "ken@example.com"
HANAKO = "hanako@example.com"


def _plan(candidate: str, email: str, zone: str, sessions: list[dict[str, Any]]) -> dict[str, Any]:
    return {"candidate": {"name": candidate, "email": email, "timezone": zone},
            "organizer": {"name": "Recruiting", "email": "recruiting@example.com"},
            "sessions": sessions}


JANE = _plan("Jane Doe", "jane@example.com", "America/Los_Angeles",
             [{"title": "Coding", "minutes": 60, "interviewers": [KEN]}])
TARO = _plan("山田 太郎", "taro@example.jp", "Asia/Tokyo",
             [{"title": "System design", "minutes": 60, "interviewers": [HANAKO]},
              {"title": "Hiring manager", "minutes": 45, "interviewers": [KEN]}])
OLD = _plan("Old Candidate", "old@example.com", "Europe/London",
            [{"title": "Screening", "minutes": 30, "interviewers": [HANAKO]}])


def _day(month: int, day: int) -> Interval:
    return Interval(datetime(2026, month, day, tzinfo=UTC), datetime(2026, month, day, 23, tzinfo=UTC))


@dataclass(frozen=True, slots=True)
class Booked:
    """The bookings made for a test."""

    jane: Booking
    taro: Booking
    old: Booking


def add_team(store: Store) -> None:
    """Ken and Hanako, both in Tokyo, working 10:00–19:00."""
    window = PolicyOverrides(window=TimeRange.parse("10:00-19:00"))
    for name, email in (("Ken Tanaka", KEN), ("Hanako Sato", HANAKO)):
        roster.add_interviewer(store, roster.new_interviewer(
            name=name, email=email, timezone="Asia/Tokyo", country="JP", overrides=window))


def book(store: Store, plan: dict[str, Any], window: Interval) -> Booking:
    """Book the first proposal of ``plan`` in ``window``."""
    return bookings.book(store, parse_plan(plan), plan, window, 1)


def make_bookings(db_url: str) -> Booked:
    """Add the team and book the three panels (through a second connection to the file)."""
    with open_store(db_url) as store:
        add_team(store)
        return Booked(book(store, JANE, _day(11, 26)), book(store, TARO, _day(12, 2)),
                      book(store, OLD, _day(11, 20)))


def booked_at_now(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Booked:
    """The three test bookings; the services' clock reads NOW (the roster's "This week")."""
    monkeypatch.setattr(bookings, "_now", lambda: NOW)
    return make_bookings(db_url)


def started_window(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> MainWindow:
    """A started window on the Bookings tab, bookings and week loaded."""
    made = make_window(start=False)
    with qtbot.waitSignal(made.bookings.bookingsLoaded, timeout=20_000), \
            qtbot.waitSignal(made.weekShown, timeout=20_000):
        made.start()
    made.tabs.setCurrentWidget(made.bookings)
    return made
