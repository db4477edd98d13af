"""Booked interviews reach the week view with the candidate and the session's title.

``services.calendar_week.calendars`` reads imported busy time and booked sessions (with names)
in one transaction; the presenter takes its values as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from interviewplanner.core.intervals import Interval
from interviewplanner.gui.presenters.week_layout import Kind, PersonWeek, build_week
from interviewplanner.gui.widgets.week_view import WeekView
from interviewplanner.services import bookings, calendar_week, roster
from interviewplanner.services.errors import NotFoundError
from interviewplanner.services.planning import parse_plan
from interviewplanner.storage.db import Store, open_store

PLAN = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "Asia/Tokyo"},
    "sessions": [{"title": "Coding", "minutes": 60, "interviewers": ["ken@example.com"]}],
}
WEEK = Interval(datetime(2026, 11, 29, tzinfo=UTC), datetime(2026, 12, 8, tzinfo=UTC))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store with one Tokyo interviewer and one booked interview on Tue 2026-12-01."""
    with open_store(f"sqlite:///{tmp_path / 't.db'}") as opened:
        roster.add_interviewer(opened, roster.new_interviewer(
            name="Ken", email="ken@example.com", timezone="Asia/Tokyo", country="JP"))
        window = Interval(datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 2, tzinfo=UTC))
        bookings.book(opened, parse_plan(PLAN), PLAN, window, 1)
        yield opened


def test_calendars_carry_the_candidate_and_the_session(store: Store) -> None:
    found = calendar_week.calendars(store, ["Ken@example.com"], WEEK)
    (booked,) = found["Ken@example.com"].booked
    assert (booked.candidate, booked.title) == ("Jane Doe", "Coding")
    assert booked.interval.duration == timedelta(hours=1)
    assert found["Ken@example.com"].busy == ()
    with pytest.raises(NotFoundError):
        calendar_week.calendars(store, ["nobody@example.com"], WEEK)


def test_the_week_view_names_them_in_its_tooltip(store: Store, qtbot: QtBot) -> None:
    (ken,) = roster.list_interviewers(store)
    found = calendar_week.calendars(store, [ken.email], WEEK)[ken.email]
    layout = build_week(date(2026, 11, 30), "Asia/Tokyo",
                        [PersonWeek(ken, found.busy, found.booked)], roster.company_settings(store))
    block = next(b for b in layout.rows[0].blocks if b.kind == Kind.BOOKED)
    view = WeekView(now=lambda: datetime(2026, 11, 30, tzinfo=UTC))
    qtbot.addWidget(view)
    view.resize(1280, 600)
    view.show()
    qtbot.waitExposed(view)
    view.show_layout(layout)
    x = int(view.x_for_minute((block.start + block.end) / 2))
    text = view.tooltip_at(QPoint(x, view.row_rect(0).center().y()))
    assert "Jane Doe — Coding" in text
