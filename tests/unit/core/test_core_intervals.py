"""core.intervals: unit tests and properties against a brute-force model of minute sets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewplanner.core.intervals import (
    Interval,
    clip,
    intersect,
    normalise,
    subtract,
    total,
)

T0 = datetime(2026, 3, 8, tzinfo=UTC)


def iv(start: int, end: int) -> Interval:
    """An interval from minute ``start`` to minute ``end`` after T0."""
    return Interval(T0 + timedelta(minutes=start), T0 + timedelta(minutes=end))


def minutes(intervals: list[Interval]) -> set[int]:
    """The brute-force model: the set of whole minutes (after T0) the intervals cover."""
    covered: set[int] = set()
    for i in intervals:
        first = int((i.start - T0) / timedelta(minutes=1))
        last = int((i.end - T0) / timedelta(minutes=1))
        covered.update(range(first, last))
    return covered


def assert_normalised(intervals: list[Interval]) -> None:
    for i in intervals:
        assert i.start < i.end, i
    for a, b in pairwise(intervals):
        assert a.end < b.start, (a, b)  # sorted, disjoint and not even touching


# --- Interval ---------------------------------------------------------------------------------


def test_interval_duration_overlaps_contains() -> None:
    a, b, c = iv(0, 60), iv(30, 90), iv(60, 120)
    assert a.duration == timedelta(hours=1)
    assert a.overlaps(b) and b.overlaps(a)
    assert not a.overlaps(c) and not c.overlaps(a)  # half-open: touching is not overlapping
    assert iv(0, 120).contains(a) and iv(0, 120).contains(c)
    assert not a.contains(b)
    assert a.contains(a)


# --- examples ---------------------------------------------------------------------------------


def test_normalise_merges_overlapping_and_touching_and_drops_empty() -> None:
    assert normalise([iv(60, 90), iv(0, 30), iv(30, 45), iv(80, 100), iv(200, 200)]) == [
        iv(0, 45), iv(60, 100),
    ]
    assert normalise([iv(10, 5)]) == []
    assert normalise([]) == []
    assert normalise([iv(0, 100), iv(10, 20)]) == [iv(0, 100)]


def test_subtract_examples() -> None:
    assert subtract([iv(0, 100)], [iv(20, 30), iv(50, 60)]) == [iv(0, 20), iv(30, 50), iv(60, 100)]
    assert subtract([iv(0, 100)], [iv(-10, 10), iv(90, 110)]) == [iv(10, 90)]
    assert subtract([iv(0, 100)], [iv(0, 100)]) == []
    assert subtract([iv(0, 10), iv(20, 30)], [iv(5, 25)]) == [iv(0, 5), iv(25, 30)]
    assert subtract([iv(0, 10)], []) == [iv(0, 10)]
    # one cut spanning several pieces of the base, the base given unsorted
    assert subtract([iv(40, 50), iv(0, 10), iv(20, 30)], [iv(5, 45)]) == [iv(0, 5), iv(45, 50)]


def test_intersect_examples() -> None:
    assert intersect([iv(0, 50), iv(60, 100)], [iv(40, 70)]) == [iv(40, 50), iv(60, 70)]
    assert intersect([iv(0, 10)], [iv(10, 20)]) == []
    assert intersect([iv(0, 100)], [iv(10, 20), iv(30, 40)]) == [iv(10, 20), iv(30, 40)]
    assert intersect([], [iv(0, 1)]) == []


def test_clip_keeps_order_and_overlaps_but_cuts_to_the_window() -> None:
    window = iv(10, 50)
    assert clip([iv(40, 60), iv(0, 20), iv(15, 18), iv(50, 70), iv(0, 10)], window) == [
        iv(40, 50), iv(10, 20), iv(15, 18),
    ]


def test_total_counts_the_union_once() -> None:
    assert total([iv(0, 60), iv(30, 90), iv(200, 210)]) == timedelta(minutes=100)
    assert total([]) == timedelta(0)


def test_mixed_utc_offsets_compare_as_instants() -> None:
    tokyo = datetime(2026, 3, 8, 9, tzinfo=UTC).astimezone(ZoneInfo("Asia/Tokyo"))
    assert tokyo.hour == 18
    assert normalise([Interval(tokyo, tokyo + timedelta(hours=1)), iv(9 * 60 + 30, 11 * 60)]) == [
        Interval(tokyo, T0 + timedelta(hours=11))
    ]


# --- properties against the minute-set model --------------------------------------------------

interval_st = st.builds(
    lambda start, length: iv(start, start + length),
    st.integers(min_value=0, max_value=300),
    st.integers(min_value=-5, max_value=120),  # some empty and reversed ones too
)
lists_st = st.lists(interval_st, max_size=12)
PROPS = settings(max_examples=200, deadline=None)


@PROPS
@given(lists_st)
def test_normalise_keeps_the_union_and_is_normalised(intervals: list[Interval]) -> None:
    result = normalise(intervals)
    assert minutes(result) == minutes(intervals)
    assert_normalised(result)
    assert normalise(result) == result


@PROPS
@given(lists_st, lists_st)
def test_subtract_is_set_difference(base: list[Interval], remove: list[Interval]) -> None:
    result = subtract(base, remove)
    assert minutes(result) == minutes(base) - minutes(remove)
    assert_normalised(result)


@PROPS
@given(lists_st, lists_st)
def test_intersect_is_set_intersection(a: list[Interval], b: list[Interval]) -> None:
    result = intersect(a, b)
    assert minutes(result) == minutes(a) & minutes(b)
    assert_normalised(result)
    assert minutes(intersect(b, a)) == minutes(result)


@PROPS
@given(lists_st, interval_st)
def test_clip_cuts_each_interval_to_the_window(
    intervals: list[Interval], window: Interval
) -> None:
    result = clip(intervals, window)
    expected = [
        minutes([i]) & minutes([window]) for i in intervals if minutes([i]) & minutes([window])
    ]
    assert [minutes([r]) for r in result] == expected
    assert all(window.contains(r) and r.start < r.end for r in result)


@PROPS
@given(lists_st)
def test_total_is_the_size_of_the_union(intervals: list[Interval]) -> None:
    assert total(intervals) == timedelta(minutes=len(minutes(intervals)))


@pytest.mark.parametrize("seconds", [1, 59])
def test_sub_minute_edges_are_not_lost(seconds: int) -> None:
    a = Interval(T0, T0 + timedelta(seconds=seconds))
    rest = Interval(T0 + timedelta(seconds=seconds), T0 + timedelta(minutes=1))
    assert subtract([iv(0, 1)], [a]) == [rest]
    assert intersect([iv(0, 1)], [a]) == [a]
