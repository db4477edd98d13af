"""The week view's geometry: the axis over shown segments, the frame, hit-testing (no window)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewplanner.gui.widgets.week_view.geometry import (
    MAX_PX_PER_MINUTE,
    MIN_PX_PER_MINUTE,
    Area,
    Axis,
    Frame,
    Metrics,
    Rect,
    clamp_zoom,
    fit_scale,
    hit_test,
    hour_step,
)

WEEK = 7 * 24 * 60.0
DAYS = tuple((d * 1440 + 9 * 60.0, d * 1440 + 20 * 60.0) for d in range(5))  # Mon-Fri 09-20
METRICS = Metrics(line=17, small_line=14, label_width=180)


def rounded(pieces: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(round(a, 6), round(b, 6)) for a, b in pieces]


def test_a_single_segment_is_the_linear_week() -> None:
    axis = Axis(((0.0, WEEK),), 0.1)
    assert axis.gap == 0 and axis.width == pytest.approx(WEEK * 0.1)
    assert axis.x(600) == pytest.approx(60) and axis.minute_at(60) == pytest.approx(600)
    assert rounded(axis.pieces(100, 200)) == [(10, 20)]
    assert axis.gaps() == [] and not axis.in_gap(30)


def test_segments_sit_side_by_side_with_a_gap_and_hide_what_lies_between() -> None:
    axis = Axis(DAYS, 1.0, gap=8)
    assert axis.shown_minutes == 5 * 11 * 60
    assert axis.width == pytest.approx(5 * 660 + 4 * 8)
    assert axis.x(DAYS[1][0]) == pytest.approx(668)  # Tuesday 09:00 right after Monday + gap
    assert not axis.shows(0) and not axis.shows(1440 + 3 * 60) and axis.shows(1440 + 10 * 60)
    assert axis.x(1440 + 3 * 60) == pytest.approx(664)  # a hidden minute: the gap's middle
    assert axis.in_gap(663) and not axis.in_gap(670)
    assert axis.minute_at(664) == DAYS[0][1]  # in a gap: the end of the segment before
    # a block from Monday 18:00 to Tuesday 10:00 is drawn as two pieces
    assert rounded(axis.pieces(18 * 60, 1440 + 10 * 60)) == [(540, 660), (668, 728)]
    assert axis.pieces(20 * 60, 1440 + 9 * 60) == []  # entirely in the night
    assert axis.gaps() == [pytest.approx(664 + 668 * i) for i in range(4)]


@given(st.floats(0, 5 * 660 + 32, allow_nan=False))
def test_x_and_minute_are_inverse_inside_segments(x: float) -> None:
    axis = Axis(DAYS, 1.0, gap=8)
    if not axis.in_gap(x):
        assert axis.x(axis.minute_at(x)) == pytest.approx(x)


@given(st.lists(st.floats(0, WEEK, allow_nan=False), min_size=2, max_size=2))
def test_x_never_decreases(minutes: list[float]) -> None:
    axis = Axis(DAYS, 0.7, gap=8)
    low, high = sorted(minutes)
    assert axis.x(low) <= axis.x(high)


def test_fit_scale_fills_the_width_and_zoom_stays_between_fit_and_the_maximum() -> None:
    scale = fit_scale(DAYS, 1000, gap=8)
    assert Axis(DAYS, scale, gap=8).width == pytest.approx(1000)
    assert fit_scale(((0.0, 1000.0),), 10) == pytest.approx(0.1)  # as if 100 px wide at least
    assert fit_scale(((0.0, WEEK),), 100) == MIN_PX_PER_MINUTE
    assert clamp_zoom(0, scale) == 0 and clamp_zoom(scale / 2, scale) == 0
    assert clamp_zoom(scale * 2, scale) == pytest.approx(scale * 2)
    assert clamp_zoom(100, scale) == MAX_PX_PER_MINUTE


@pytest.mark.parametrize(("scale", "step"), [(1.0, 1), (0.4, 1), (0.2, 2), (0.1, 4), (0.05, 12)])
def test_hour_labels_thin_out_as_hours_get_narrow(scale: float, step: int) -> None:
    assert hour_step(scale, 14, 8) == step


def test_rows_grow_into_the_height_up_to_the_stretch_and_never_below_the_minimum() -> None:
    tall = Frame.build(1280, 800, METRICS, 3, stretch=2.5)
    assert tall.row_h == int(METRICS.min_row_h * 2.5)
    fill = Frame.build(1280, 400, METRICS, 5, stretch=2.5)
    room = 400 - METRICS.legend_h - METRICS.header_h - METRICS.strip_h - 4
    assert fill.row_h == room // 5 and fill.content_height <= fill.visible_rows_height
    crowded = Frame.build(1280, 400, METRICS, 30, stretch=2.5)
    assert crowded.row_h == METRICS.min_row_h
    assert Frame.build(1280, 800, METRICS, 3).row_h == METRICS.min_row_h  # stretch 1: fixed


def test_rows_bars_and_scroll_ranges() -> None:
    frame = Frame.build(1000, 500, METRICS, 20)
    assert frame.row_at(frame.rows_top, 0) == 0
    assert frame.row_at(frame.rows_top + frame.row_h * 2 + 1, 0) == 2
    assert frame.row_at(frame.rows_top + 1, frame.row_h * 3) == 3
    assert frame.row_at(frame.rows_top - 1, 0) == -1 and frame.row_at(frame.rows_bottom, 0) == -1
    bar = frame.bar_rect(0, 0)
    assert bar.x == METRICS.label_width and bar.y == frame.rows_top + METRICS.tick_h
    assert bar.h == frame.bar_h and bar.contains(bar.x + 1, bar.y + 1)
    axis = Axis(((0.0, WEEK),), 0.5)
    h_max, h_page, v_max, v_page = frame.scroll_ranges(axis)
    assert h_page == 1000 - METRICS.label_width and h_max == int(WEEK * 0.5) - h_page
    assert v_page == frame.visible_rows_height and v_max == 20 * frame.row_h - v_page
    assert Rect(0, 0, 10, 10).right == 10 and Rect(0, 0, 10, 10).bottom == 10


def test_hit_test_names_the_area_row_and_minute() -> None:
    frame = Frame.build(1000, 500, METRICS, 3)
    axis = Axis(DAYS, 1.0, gap=8)
    inside = frame.bar_rect(1, 0)
    hit = hit_test(frame, axis, (frame.label_width + 10, inside.y + 2), (0, 0))
    assert (hit.area, hit.row) == (Area.ROW, 1) and hit.minute == pytest.approx(DAYS[0][0] + 10)
    assert hit_test(frame, axis, (frame.label_width + 10, inside.y + 2), (668, 0)).minute == \
        pytest.approx(DAYS[1][0] + 10)
    gap = hit_test(frame, axis, (frame.label_width + 663, inside.y), (0, 0))
    assert gap.area == Area.ROW and gap.minute is None
    assert hit_test(frame, axis, (5, inside.y), (0, 0)).area == Area.NAMES
    assert hit_test(frame, axis, (300, 2), (0, 0)).area == Area.HEADER
    assert hit_test(frame, axis, (300, frame.strip_top + 1), (0, 0)).area == Area.STRIP
    assert hit_test(frame, axis, (300, frame.rows_bottom + 1), (0, 0)).area == Area.LEGEND
    below = hit_test(frame, axis, (300, frame.rows_top + 3 * frame.row_h + 1), (0, 0))
    assert below.area == Area.NONE
