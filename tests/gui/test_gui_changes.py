"""Views refresh from change flags: a write announced on the bus reaches every view by itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from interviewplanner.core.intervals import Interval
from interviewplanner.gui.backend import Report
from interviewplanner.gui.changes import NOTHING, Changes
from interviewplanner.gui.main_window import MainWindow
from interviewplanner.gui.models.roster_model import Column
from interviewplanner.gui.ops import Op
from interviewplanner.gui.presenters.week_layout import Kind
from interviewplanner.storage.db import Store

from .conftest import add_people, person

PLAN = {
    "candidate": {"name": "Jane", "email": "jane@example.com", "timezone": "Asia/Tokyo"},
    "sessions": [{"title": "Coding", "minutes": 60, "interviewers": ["hanako@example.com"]}],
}


def _book(store: Store, report: Report) -> str:
    """Book the first proposal for Hanako on Thursday 2026-11-26 (the test's "this week")."""
    from interviewplanner.services import bookings
    from interviewplanner.services.planning import parse_plan

    window = Interval(datetime(2026, 11, 26, tzinfo=UTC), datetime(2026, 11, 27, tzinfo=UTC))
    return bookings.book(store, parse_plan(PLAN), PLAN, window, 1).id


def _this_week(window: MainWindow) -> str:
    model = window.roster.model
    return str(model.index(model.row_of("hanako@example.com"), Column.THIS_WEEK).data())


def _booked_blocks(window: MainWindow) -> int:
    layout = window.week.week_view.layout_data
    assert layout is not None
    return sum(1 for row in layout.rows for block in row.blocks if block.kind is Kind.BOOKED)


def test_a_booking_updates_roster_count_and_week_view_without_a_manual_refresh(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person()])
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.week.schedule()
    assert _this_week(window) == "0" and _booked_blocks(window) == 0
    with qtbot.waitSignal(window.rosterLoaded, timeout=20_000), \
            qtbot.waitSignal(window.weekShown, timeout=20_000):
        Op("book", _book, changes=Changes(bookings=True, busy=True)).run(window.runner)
    assert _this_week(window) == "1"
    assert _booked_blocks(window) == 1


def test_the_roster_filter_reaches_the_week_view(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    add_people(qtbot, window, [person(), person("Ken Kim", "ken@example.com",
                                                "America/Los_Angeles", "US")])
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.week.schedule()
    assert len(window.week.week_view.layout_data.rows) == 2  # type: ignore[union-attr]
    with qtbot.waitSignal(window.weekShown, timeout=20_000):
        window.roster.filter_edit.setText("Kim")
    rows = window.week.week_view.layout_data.rows  # type: ignore[union-attr]
    assert [row.person.email for row in rows] == ["ken@example.com"]


def test_a_read_announces_nothing(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    seen: list[Changes] = []
    window.bus.changed.connect(seen.append)
    with qtbot.waitSignal(window.rosterLoaded, timeout=20_000):
        window.roster.reload()
    assert seen == []
    window.bus.announce(NOTHING)
    assert seen == []


def test_changes_combine() -> None:
    both = Changes(roster=True) | Changes(busy=True)
    assert both == Changes(roster=True, busy=True)
    assert both.touches("busy") and not both.touches("bookings")
    assert not NOTHING and both
