"""What a first-time coordinator needs from the week view (issue 9), checked on the widget.

Rows use the height; working days and the hours that matter are shown by default; labels are
whole and apart; the strip shows when everyone is free in core hours (busy time counted);
booked interviews name the candidate and the session; the legend's swatches stand out; the
view is read by a screen reader (a text summary) and driven by the keyboard.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import BusyInterval, CompanySettings, Interviewer
from interviewplanner.core.timezones import at_local, get_zone
from interviewplanner.gui import i18n
from interviewplanner.gui.presenters.week_layout import (
    BookedInterview,
    Kind,
    PersonWeek,
    build_week,
)
from interviewplanner.gui.widgets.week_view import COLORS, WeekView

TOKYO = get_zone("Asia/Tokyo")
MONDAY = date(2026, 11, 30)
NOW = datetime(2026, 12, 2, 3, tzinfo=UTC)  # Wednesday 12:00 in Tokyo
SATO = Interviewer("hanako@example.com", "Sato", "Asia/Tokyo", "JP")
KEN = Interviewer("ken@example.com", "Ken", "Asia/Tokyo", "JP")
MIKE = Interviewer("mike@example.com", "Michael Johnson", "America/Los_Angeles", "US")


def tokyo(day: int, hour: int, minute: int = 0) -> datetime:
    return at_local(MONDAY + timedelta(days=day), time(hour, minute), TOKYO)


def team() -> list[PersonWeek]:
    busy = (BusyInterval(tokyo(2, 14), tokyo(2, 15), "cal"),)
    booked = (BookedInterview(Interval(tokyo(1, 15), tokyo(1, 16)), "Jane Doe", "System design"),)
    return [PersonWeek(SATO, busy), PersonWeek(KEN, (), booked)]


def make(qtbot: QtBot, people: list[PersonWeek], zone: str = "Asia/Tokyo",
         size: tuple[int, int] = (1280, 800)) -> WeekView:
    view = WeekView(now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.show_layout(build_week(MONDAY, zone, people, CompanySettings(),
                                i18n.holidays_language()))
    return view


def test_rows_use_the_height_and_working_hours_fill_the_width(qtbot: QtBot) -> None:
    view = make(qtbot, team())
    assert view.row_rect(0).height() >= 90  # was ~12 px at 1280 x 800
    assert not view.all_hours()
    monday_ten, monday_night = tokyo(0, 10), tokyo(0, 23)
    assert view.x_for_instant(monday_night) - view.x_for_instant(monday_ten) < 14 * 60 * \
        view.px_per_minute()  # the night is folded away
    saturday = view.layout_data.days[5]  # type: ignore[union-attr]
    hidden = view.x_for_minute(saturday.end) - view.x_for_minute(saturday.start)
    assert hidden < 20  # the weekend is a gap
    per_hour = view.px_per_minute() * 60
    view.set_all_hours(True)
    assert view.all_hours() and view.px_per_minute() * 60 < per_hour / 2
    view.set_all_hours(False)
    assert view.px_per_minute() * 60 == per_hour


def test_hour_labels_are_whole_apart_and_clear_of_the_name_column(qtbot: QtBot) -> None:
    mike = PersonWeek(MIKE)
    for zone, size in (("America/Los_Angeles", (1024, 700)), ("Asia/Tokyo", (1280, 800))):
        view = make(qtbot, [*team(), mike], zone, size)
        for row in range(3):
            labels = view.hour_labels(row)
            assert labels, "each row shows its local hours"
            rects = sorted((rect for rect, _text in labels), key=lambda r: r.left())
            assert rects[0].left() >= view.label_width  # none cut by the name column
            assert rects[-1].right() <= view.viewport().width()
            assert all(a.right() < b.left() for a, b in pairwise(rects))
            for rect in rects:  # none straddles a fold of hidden hours
                for x in (rect.left() + 1, rect.right() - 1):
                    assert view.hit_test(QPoint(int(x), view.row_rect(row).center().y())
                                         ).minute is not None
        i18n.install("ja")
        view.show_layout(build_week(MONDAY, zone, [*team(), mike], CompanySettings(), "ja"))
        weekdays = [t for _r, t in view.hour_labels(2) if not t.isdigit()]
        assert weekdays and all(len(t) == 1 for t in weekdays)  # 月, 火, … whole
        i18n.install("en")


def test_the_strip_counts_busy_time_and_says_who_is_not_free(qtbot: QtBot) -> None:
    view = make(qtbot, team())
    layout = view.layout_data
    assert layout is not None
    free_wed = [b for b in layout.all_free if b.interval.start.astimezone(TOKYO).day == 2]
    assert [(b.interval.start.astimezone(TOKYO).hour, b.interval.end.astimezone(TOKYO).hour)
            for b in free_wed] == [(13, 14), (15, 16)]
    strip_y = view.rows_top() - 6
    busy_x = int(view.x_for_instant(tokyo(2, 14, 30)))
    free_x = int(view.x_for_instant(tokyo(2, 13, 30)))
    assert "free in core hours" in view.tooltip_at(QPoint(free_x, strip_y))
    assert "not free: Sato" in view.tooltip_at(QPoint(busy_x, strip_y))


def test_booked_interviews_name_the_candidate_and_the_session(qtbot: QtBot) -> None:
    view = make(qtbot, team())
    x = int(view.x_for_instant(tokyo(1, 15, 30)))
    text = view.tooltip_at(QPoint(x, view.row_rect(1).center().y()))
    assert "Booked interview" in text and "Jane Doe" in text and "System design" in text


def test_light_swatches_stand_out_from_the_window(qtbot: QtBot) -> None:
    view = make(qtbot, team())
    window = view.palette().window().color()
    names = [name for _c, name in view.legend_items()]
    assert "Day off" in names and "Holiday" in names and "Company closure" in names
    for kind in (Kind.WEEKEND, Kind.HOLIDAY, Kind.CLOSURE):
        border = COLORS[kind].darker(125)
        distance = sum(abs(a - b) for a, b in zip(border.getRgb()[:3], window.getRgb()[:3],
                                                  strict=True))
        assert distance > 60, kind


def test_the_summary_is_the_accessible_description(qtbot: QtBot) -> None:
    view = make(qtbot, team())
    summary = view.summary_text()
    assert summary.startswith("Week of")
    assert "People shown: 2" in summary
    assert "Sato (Tokyo): busy Wed" in summary
    assert "Jane Doe — System design" in summary
    assert "Everyone free in core hours:" in summary
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    assert summary in interface.text(QAccessible.Text.Description)
    view.set_overlay({"ken@example.com": [Interval(tokyo(3, 10), tokyo(3, 11))]}, "Proposal 1")
    assert "Proposal 1: Ken Thu" in view.summary_text()
    i18n.install("ja")
    qtbot.waitUntil(lambda: "の週" in view.accessibleDescription(), timeout=3000)


def test_the_keyboard_moves_over_people_and_days_and_reads_the_selection(qtbot: QtBot) -> None:
    view = make(qtbot, team())
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=3000)
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert view.current_cell() == ("hanako@example.com", date(2026, 12, 2))  # today, first row
    with qtbot.waitSignal(view.currentChanged) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert changed.args == ["ken@example.com", date(2026, 12, 2)]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_cell() == ("ken@example.com", date(2026, 12, 1))
    text = view.current_cell_text()
    assert text.startswith("Ken, Tue 1 Dec") and "Jane Doe" in text
    assert view.accessibleDescription().startswith(text)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_cell()[1] == date(2026, 12, 4)  # Friday: the weekend is not shown
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_cell()[1] == date(2026, 12, 4)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # already the last person
    assert view.current_cell() == ("ken@example.com", date(2026, 11, 30))
    view.set_all_hours(True)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_cell()[1] == date(2026, 12, 6)
    view.show_layout(build_week(MONDAY, "Asia/Tokyo", list(reversed(team())), CompanySettings()))
    assert view.current_cell()[0] == "ken@example.com"  # the selection follows the person
    with qtbot.waitSignal(view.currentChanged) as moved:
        view.show_layout(build_week(MONDAY + timedelta(days=7), "Asia/Tokyo", team(),
                                    CompanySettings()))
    assert moved.args == ["ken@example.com", date(2026, 12, 13)]  # next week's Sunday


def test_a_click_selects_the_day_under_the_mouse(qtbot: QtBot) -> None:
    view = make(qtbot, team())
    point = QPoint(int(view.x_for_instant(tokyo(3, 12))), view.row_rect(1).center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.current_cell() == ("ken@example.com", date(2026, 12, 3))
