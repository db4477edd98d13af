"""The week view's geometry: busy time lands where its local hour is drawn, across DST.

A busy block at 10:00 Tokyo must start exactly at the x of the "10" tick of the Tokyo row,
whatever the display zone, including weeks in which the display zone changes its clocks
(America/New_York on 2026-11-01 and 2027-03-14).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from interviewplanner.core.model import BusyInterval, CompanySettings, Interviewer
from interviewplanner.core.timezones import at_local, get_zone
from interviewplanner.gui import i18n
from interviewplanner.gui.presenters.week_layout import Kind, PersonWeek, build_week, local_hours
from interviewplanner.gui.widgets.week_view import COLORS, WeekView
from interviewplanner.gui.widgets.week_view import painter as paint_module

TOKYO = get_zone("Asia/Tokyo")
NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)


def tokyo_busy(day: date, start: time = time(10), minutes: int = 60) -> BusyInterval:
    """A busy hour at ``start`` Tokyo time on ``day``."""
    begin = at_local(day, start, TOKYO)
    return BusyInterval(begin, begin + timedelta(minutes=minutes), "test")


def sato() -> Interviewer:
    return Interviewer("hanako@example.com", "佐藤 花子", "Asia/Tokyo", "JP")


def make_view(qtbot: QtBot, monday: date, zone: str, rows: list[PersonWeek]) -> WeekView:
    view = WeekView(now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1400, 500)
    view.show()
    qtbot.waitExposed(view)
    view.show_layout(build_week(monday, zone, rows, CompanySettings(), i18n.holidays_language()))
    return view


CASES = [
    # (display zone, Monday of the week, Tokyo day of the busy hour, display-local expectation)
    ("Asia/Tokyo", date(2026, 11, 23), date(2026, 11, 25), (25, 10)),
    ("America/New_York", date(2026, 10, 26), date(2026, 11, 2), (1, 20)),  # fall back Nov 1
    ("America/New_York", date(2027, 3, 8), date(2027, 3, 15), (14, 21)),  # spring forward Mar 14
    ("Europe/London", date(2027, 3, 22), date(2027, 3, 28), (28, 2)),  # just after 01:00 GMT
    ("Australia/Lord_Howe", date(2027, 3, 29), date(2027, 4, 4), (4, 11)),  # 11:30 after -30 min
]


@pytest.mark.parametrize(("zone", "monday", "tokyo_day", "shown"), CASES)
def test_busy_at_ten_tokyo_lands_on_the_ten_oclock_tick(
    qtbot: QtBot, zone: str, monday: date, tokyo_day: date, shown: tuple[int, int]
) -> None:
    busy = tokyo_busy(tokyo_day)
    view = make_view(qtbot, monday, zone, [PersonWeek(sato(), (busy,))])
    view.set_all_hours(True)  # two cases are on a Sunday, outside the hours that matter
    layout = view.layout_data
    assert layout is not None
    row = layout.rows[0]
    block = next(b for b in row.blocks if b.kind == Kind.BUSY)
    ten = [t for t in row.hours if t.local.date() == tokyo_day and t.local.hour == 10]
    assert len(ten) == 1
    assert block.start == pytest.approx(ten[0].minute)
    assert view.x_for_minute(block.start) == pytest.approx(view.x_for_minute(ten[0].minute))
    # The display zone's own hour under the block is the expected wall-clock time there.
    local = busy.start.astimezone(get_zone(zone))
    assert (local.day, local.hour) == shown
    display_tick = [t for t in layout.hours if t.minute == pytest.approx(block.start)]
    if local.minute == 0:
        assert display_tick and display_tick[0].local.hour == shown[1]
    # And the pixel in the middle of the bar at that x is painted in the busy colour.
    image = view.viewport().grab().toImage()
    x = int(view.x_for_instant(busy.start + timedelta(minutes=30)))
    y = view.row_rect(0).center().y()
    assert _close(QColor(image.pixel(x, y)), COLORS[Kind.BUSY])


def _close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(p - q) <= tolerance for p, q in
               ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


def test_a_dst_week_is_an_hour_longer_or_shorter_and_days_have_real_lengths() -> None:
    people = [PersonWeek(sato())]
    fall = build_week(date(2026, 10, 26), "America/New_York", people, CompanySettings())
    spring = build_week(date(2027, 3, 8), "America/New_York", people, CompanySettings())
    plain = build_week(date(2026, 11, 23), "America/New_York", people, CompanySettings())
    assert fall.minutes == 7 * 24 * 60 + 60
    assert spring.minutes == 7 * 24 * 60 - 60
    assert plain.minutes == 7 * 24 * 60
    sunday = fall.days[6]
    assert sunday.day == date(2026, 11, 1) and sunday.end - sunday.start == 25 * 60
    ones = [t for t in fall.hours if t.local.date() == date(2026, 11, 1) and t.local.hour == 1]
    assert len(ones) == 2  # 01:00 EDT and 01:00 EST are both drawn
    twos = [t for t in spring.hours if t.local.date() == date(2027, 3, 14) and t.local.hour == 2]
    assert twos == []  # 02:00 does not exist that night


def test_half_hour_zones_get_their_own_full_hours() -> None:
    zone = get_zone("Asia/Kolkata")
    start = datetime(2026, 11, 23, tzinfo=UTC)
    hours = local_hours(zone, start, start + timedelta(days=1))
    assert len(hours) == 24
    assert all(local.minute == 0 for _u, local in hours)
    assert all(instant.minute == 30 for instant, _l in hours)


def test_rows_show_working_window_core_lunch_and_named_holidays(qtbot: QtBot) -> None:
    us = Interviewer("mike@example.com", "Michael Johnson", "America/New_York", "US")
    booked = (tokyo_busy(date(2026, 11, 25)).interval,)
    view = make_view(qtbot, date(2026, 11, 23), "Asia/Tokyo",
                     [PersonWeek(sato()), PersonWeek(us, (), booked)])
    layout = view.layout_data
    assert layout is not None
    jp_row, us_row = layout.rows
    holidays = [b for b in jp_row.blocks if b.kind == Kind.HOLIDAY]
    assert [b.label for b in holidays] == ["Labor Thanksgiving Day"]  # Mon 23 Nov in Japan
    assert [b.label for b in us_row.blocks if b.kind == Kind.HOLIDAY] == ["Thanksgiving Day"]
    assert len([b for b in jp_row.blocks if b.kind == Kind.WINDOW]) == 4  # Tue-Fri
    assert len([b for b in us_row.blocks if b.kind == Kind.BOOKED]) == 1
    core = next(b for b in jp_row.blocks if b.kind == Kind.CORE)
    assert core.interval.start.astimezone(TOKYO).hour == 12
    lunch = next(b for b in jp_row.blocks if b.kind == Kind.LUNCH)
    assert lunch.interval.duration == timedelta(hours=1)
    assert layout.all_core == ()  # Tokyo and New York core hours never meet
    i18n.install("ja")

    def japanese() -> None:
        ja = view.layout_data
        assert ja is not None
        assert [b.label for b in ja.rows[0].blocks if b.kind == Kind.HOLIDAY] == ["勤労感謝の日"]

    qtbot.waitUntil(japanese, timeout=5000)


def test_all_in_core_strip_is_the_intersection_of_core_hours(qtbot: QtBot) -> None:
    a = sato()
    b = Interviewer("ken@example.com", "Ken", "Asia/Seoul", "US")  # same offset, US holidays
    view = make_view(qtbot, date(2026, 11, 23), "Asia/Tokyo", [PersonWeek(a), PersonWeek(b)])
    layout = view.layout_data
    assert layout is not None
    days = sorted({blk.interval.start.astimezone(TOKYO).date() for blk in layout.all_core})
    # Mon 23 is a Japanese holiday and Thu 26 is Thanksgiving for Ken: Tue, Wed, Fri remain.
    assert days == [date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 27)]
    assert all(blk.interval.duration == timedelta(hours=4) for blk in layout.all_core)
    strip_y = view.rows_top() - 4
    x = int(view.x_for_instant(at_local(date(2026, 11, 25), time(13), TOKYO)))
    assert "core hours" in view.tooltip_at(QPoint(x, strip_y))


def test_tooltips_name_what_is_under_the_mouse(qtbot: QtBot) -> None:
    busy = tokyo_busy(date(2026, 11, 25), time(14))
    view = make_view(qtbot, date(2026, 11, 23), "America/New_York", [PersonWeek(sato(), (busy,))])
    x = int(view.x_for_instant(busy.start + timedelta(minutes=10)))
    text = view.tooltip_at(QPoint(x, view.row_rect(0).center().y()))
    assert "佐藤 花子" in text and "Busy" in text and "2:00" in text
    assert view.tooltip_at(QPoint(5, 5)) == ""


def test_zoom_keeps_the_instant_under_the_anchor_and_navigation_scrolls(qtbot: QtBot) -> None:
    view = make_view(qtbot, date(2026, 11, 23), "Asia/Tokyo", [PersonWeek(sato())])
    fit = view.px_per_minute()
    anchor = 700.0
    minute = view.minute_at_x(anchor)
    view.set_zoom(fit * 4, anchor)
    assert view.px_per_minute() == pytest.approx(fit * 4)
    assert view.minute_at_x(anchor) == pytest.approx(minute, abs=1.0)
    view.zoom_out()
    assert view.px_per_minute() == pytest.approx(fit * 4 / 1.25)
    view.reset_zoom()
    assert view.px_per_minute() == pytest.approx(fit)
    view.zoom_out()  # never narrower than the whole week
    assert view.px_per_minute() == pytest.approx(fit)


def test_thirty_people_repaint_from_cached_shapes(qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """What keeps a repaint cheap: each row's shapes are built once, then reused (the time
    itself is measured in tests/bench/, not asserted here)."""
    zones = ["Asia/Tokyo", "America/New_York", "America/Los_Angeles", "Europe/London",
             "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Apia"]
    start = datetime(2026, 11, 23, tzinfo=UTC)
    rows = []
    for i in range(30):
        zone = zones[i % len(zones)]
        busy = tuple(BusyInterval(start + timedelta(hours=3 * k),
                                  start + timedelta(hours=3 * k, minutes=45)) for k in range(56))
        rows.append(PersonWeek(Interviewer(f"p{i}@example.com", f"Person {i}", zone, "US"), busy))
    view = make_view(qtbot, date(2026, 11, 23), "America/New_York", rows)
    view.resize(1400, 1400)
    builds: list[str] = []
    original = paint_module.RowCache._build

    def counted(cache: paint_module.RowCache, scene: object, row: object) -> object:
        builds.append(row.person.email)  # type: ignore[attr-defined]
        return original(cache, scene, row)  # type: ignore[arg-type]

    monkeypatch.setattr(paint_module.RowCache, "_build", counted)
    view.viewport().grab()  # builds the cached geometry once
    first = len(builds)
    assert first > 0 and len(set(builds)) == first  # each painted row built once
    for _ in range(5):
        image: QImage = view.viewport().grab().toImage()
    assert not image.isNull()
    assert len(builds) == first  # repaints reuse the shapes
