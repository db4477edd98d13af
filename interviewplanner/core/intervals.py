"""Interval algebra on half-open ``[start, end)`` intervals of aware UTC datetimes.

Every function takes and returns plain lists of :class:`Interval`, sorted by start and
non-overlapping unless said otherwise ("normalised"). All operations are linear after sorting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, order=True, slots=True)
class Interval:
    """A half-open interval ``[start, end)`` of aware datetimes (UTC inside the program)."""

    start: datetime
    end: datetime

    @property
    def duration(self) -> timedelta:
        """Length of the interval."""
        return self.end - self.start

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one instant."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Interval) -> bool:
        """True when ``other`` lies wholly inside this interval."""
        return self.start <= other.start and other.end <= self.end


def normalise(intervals: Iterable[Interval]) -> list[Interval]:
    """Sort, drop empty intervals, and merge overlapping or touching ones."""
    result: list[Interval] = []
    for iv in sorted(i for i in intervals if i.end > i.start):
        if result and iv.start <= result[-1].end:
            if iv.end > result[-1].end:
                result[-1] = Interval(result[-1].start, iv.end)
        else:
            result.append(iv)
    return result


def subtract(base: Iterable[Interval], remove: Iterable[Interval]) -> list[Interval]:
    """Return ``base`` minus ``remove`` (both normalised first)."""
    cuts = normalise(remove)
    result: list[Interval] = []
    j = 0
    for iv in normalise(base):
        start = iv.start
        while j < len(cuts) and cuts[j].end <= start:
            j += 1
        k = j
        while k < len(cuts) and cuts[k].start < iv.end:
            if cuts[k].start > start:
                result.append(Interval(start, cuts[k].start))
            start = max(start, cuts[k].end)
            k += 1
        if start < iv.end:
            result.append(Interval(start, iv.end))
    return result


def intersect(a: Iterable[Interval], b: Iterable[Interval]) -> list[Interval]:
    """Return the instants in both ``a`` and ``b``."""
    left, right = normalise(a), normalise(b)
    result: list[Interval] = []
    i = j = 0
    while i < len(left) and j < len(right):
        start = max(left[i].start, right[j].start)
        end = min(left[i].end, right[j].end)
        if start < end:
            result.append(Interval(start, end))
        if left[i].end < right[j].end:
            i += 1
        else:
            j += 1
    return result


def clip(intervals: Iterable[Interval], window: Interval) -> list[Interval]:
    """Cut each interval to ``window``, dropping those outside; order and overlaps are kept."""
    result: list[Interval] = []
    for iv in intervals:
        start, end = max(iv.start, window.start), min(iv.end, window.end)
        if start < end:
            result.append(Interval(start, end))
    return result


def total(intervals: Iterable[Interval]) -> timedelta:
    """Total length of the union of ``intervals``."""
    return sum((iv.duration for iv in normalise(intervals)), timedelta())
