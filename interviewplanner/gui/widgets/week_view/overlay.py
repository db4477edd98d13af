"""The overlay of highlighted time per person (e.g. the preview of a proposal), in row minutes.

The owner hands the view UTC intervals per e-mail; :func:`place` turns them into minute ranges
per row of the shown week (clipped to it; people not shown and time outside the week are
dropped). Pure: recomputed whenever the week or the overlay changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from interviewplanner.core.intervals import Interval, clip
from interviewplanner.gui.presenters.week_layout import WeekLayout


@dataclass(frozen=True, slots=True)
class Highlight:
    """One highlighted stretch of one row: ``[start, end)`` minutes since the week start."""

    start: float
    end: float
    interval: Interval


@dataclass(frozen=True, slots=True)
class Overlay:
    """What the owner asked to highlight: UTC intervals per e-mail, and a name for them."""

    intervals: Mapping[str, tuple[Interval, ...]]
    label: str = ""

    @classmethod
    def of(cls, highlights: Mapping[str, Sequence[Interval]], label: str = "") -> Overlay:
        """Normalise e-mails to lower case and sequences to tuples."""
        merged: dict[str, tuple[Interval, ...]] = {}
        for email, intervals in highlights.items():
            key = email.strip().lower()
            merged[key] = merged.get(key, ()) + tuple(intervals)
        return cls({k: v for k, v in merged.items() if v}, label)

    def __bool__(self) -> bool:
        return bool(self.intervals)


def place(layout: WeekLayout | None, overlay: Overlay) -> dict[int, tuple[Highlight, ...]]:
    """The overlay's highlights per row index of ``layout`` (rows without any are left out)."""
    if layout is None or not overlay:
        return {}
    week = Interval(layout.start, layout.end)
    result: dict[int, tuple[Highlight, ...]] = {}
    for index, row in enumerate(layout.rows):
        wanted = overlay.intervals.get(row.person.email.lower(), ())
        # one by one: back-to-back sessions stay two highlights
        parts = sorted(p for iv in wanted for p in clip([iv], week))
        if parts:
            result[index] = tuple(Highlight(layout.minute(p.start), layout.minute(p.end), p)
                                  for p in parts)
    return result


def first_instant(layout: WeekLayout | None, overlay: Overlay) -> Interval | None:
    """The earliest highlighted interval inside the shown week (None: nothing shown)."""
    placed = place(layout, overlay)
    found = [h.interval for parts in placed.values() for h in parts]
    return min(found, key=lambda i: i.start) if found else None
