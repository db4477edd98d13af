"""The proposal preview hook: set_overlay draws highlighted intervals per person, clear removes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import CompanySettings, Interviewer
from interviewplanner.core.timezones import at_local, get_zone
from interviewplanner.gui.presenters.week_layout import PersonWeek, build_week
from interviewplanner.gui.widgets.week_view import WeekView

TOKYO = get_zone("Asia/Tokyo")
MONDAY = date(2026, 11, 30)
NOW = datetime(2026, 12, 1, 3, tzinfo=UTC)
PEOPLE = [PersonWeek(Interviewer("hanako@example.com", "Sato", "Asia/Tokyo", "JP")),
          PersonWeek(Interviewer("ken@example.com", "Ken", "America/New_York", "US"))]


def session(day: int, hour: int) -> Interval:
    start = at_local(MONDAY + timedelta(days=day), time(hour), TOKYO)
    return Interval(start, start + timedelta(hours=1))


def view_of(qtbot: QtBot) -> WeekView:
    view = WeekView(now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1280, 500)
    view.show()
    qtbot.waitExposed(view)
    view.show_layout(build_week(MONDAY, "Asia/Tokyo", PEOPLE, CompanySettings()))
    return view


def test_set_overlay_draws_names_and_clears_the_highlight(qtbot: QtBot) -> None:
    view = view_of(qtbot)
    wanted = session(2, 14)
    x = int(view.x_for_instant(wanted.start + timedelta(minutes=30)))
    y = view.row_rect(0).center().y()
    plain = QColor(view.viewport().grab().toImage().pixel(x, y))
    view.set_overlay({"hanako@example.com": [wanted]}, "Proposal 2")
    assert view.overlay() == {"hanako@example.com": (wanted,)}
    assert list(view.overlay_rows()) == [0]
    image = view.viewport().grab().toImage()
    tinted = QColor(image.pixel(x, y))
    assert tinted != plain and tinted.red() < plain.red()  # purple laid over the bar
    edge = int(view.x_for_instant(wanted.start))
    assert any(QColor(image.pixel(edge + d, y)).blue() > 150 and
               QColor(image.pixel(edge + d, y)).red() < 160 for d in (-1, 0, 1)), "outline"
    assert "Proposal 2" in view.tooltip_at(QPoint(x, y))
    other_row = view.row_rect(1).center().y()
    assert "Proposal 2" not in view.tooltip_at(QPoint(x, other_row))
    view.clear_overlay()
    assert view.overlay() == {} and view.overlay_rows() == {}
    cleared = view.viewport().grab().toImage()
    assert QColor(cleared.pixel(x, y)) == plain


def test_set_overlay_reveals_the_first_highlight_when_zoomed_in(qtbot: QtBot) -> None:
    view = view_of(qtbot)
    view.set_zoom(2.0)
    view.horizontalScrollBar().setValue(0)
    late = session(4, 16)
    view.set_overlay({"ken@example.com": [late]})
    x = view.x_for_instant(late.start)
    assert view.label_width <= x <= view.viewport().width()
    view.set_overlay({"ken@example.com": [session(7, 10)]})  # next week: kept, not drawn
    assert view.overlay_rows() == {}


def test_the_overlay_follows_the_week_and_its_people(qtbot: QtBot) -> None:
    view = view_of(qtbot)
    view.set_overlay({"ken@example.com": [session(9, 10)]}, reveal=False)
    assert view.overlay_rows() == {}
    view.show_layout(build_week(MONDAY + timedelta(days=7), "Asia/Tokyo", PEOPLE,
                                CompanySettings()))
    assert list(view.overlay_rows()) == [1]
