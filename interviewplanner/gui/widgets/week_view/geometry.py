"""Where things are in the week view: pure layout math and hit-testing (no Qt, no painting).

Two parts, both plain values rebuilt whenever the size, zoom, font or week changes:

* :class:`Axis` maps minutes since the week start to content x (pixels from the left of the
  time area, before horizontal scrolling). It shows a list of *segments* of the week — the
  whole week, or only the hours that matter — side by side with a small gap between them; the
  time inside a segment stays linear, so a 25-hour DST day is 25 hours wide.
* :class:`Frame` is the vertical arrangement: header, the "everyone free" strip, the rows
  (each with its own local-hour labels above its bar), the legend, and the sticky name column.

:func:`hit_test` combines both to say what lies under a viewport point.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

MIN_PX_PER_MINUTE = 0.05
MAX_PX_PER_MINUTE = 4.0
ZOOM_STEP = 1.25
ROW_STRETCH = 3.5
"""Rows grow into free height up to this many times the smallest row."""
SEGMENT_GAP = 8.0
"""Pixels between two shown segments of the week (where hidden hours would be)."""
HOUR_STEPS = (1, 2, 3, 4, 6, 12, 24)


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle in viewport pixels."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """x just past the right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """y just past the bottom edge."""
        return self.y + self.h

    def contains(self, x: float, y: float) -> bool:
        """True when ``(x, y)`` lies inside."""
        return self.x <= x < self.right and self.y <= y < self.bottom


class Axis:
    """Minutes since the week start <-> content x, over the shown segments of the week."""

    def __init__(self, segments: Sequence[tuple[float, float]], scale: float,
                 gap: float = SEGMENT_GAP) -> None:
        """Show ``segments`` (ascending, disjoint minute ranges) at ``scale`` pixels a minute."""
        self.segments = tuple((float(a), float(b)) for a, b in segments if b > a) or ((0.0, 0.0),)
        self.scale = scale
        self.gap = gap if len(self.segments) > 1 else 0.0
        self._starts = [a for a, _b in self.segments]
        self._x0: list[float] = []
        x = 0.0
        for a, b in self.segments:
            self._x0.append(x)
            x += (b - a) * scale + self.gap
        self.width = x - self.gap

    @property
    def shown_minutes(self) -> float:
        """Minutes of the week that are shown."""
        return sum(b - a for a, b in self.segments)

    def segment_x(self, index: int) -> tuple[float, float]:
        """Content x range of segment ``index``."""
        a, b = self.segments[index]
        return self._x0[index], self._x0[index] + (b - a) * self.scale

    def _index(self, minute: float) -> int:
        return bisect_right(self._starts, minute) - 1

    def shows(self, minute: float) -> bool:
        """True when ``minute`` lies in a shown segment."""
        index = self._index(minute)
        return index >= 0 and minute <= self.segments[index][1]

    def x(self, minute: float) -> float:
        """Content x of ``minute``; a hidden minute lies in the middle of its gap."""
        index = self._index(minute)
        if index < 0:
            return 0.0
        a, b = self.segments[index]
        if minute <= b:
            return self._x0[index] + (minute - a) * self.scale
        if index == len(self.segments) - 1:
            return self.width
        return self._x0[index] + (b - a) * self.scale + self.gap / 2

    def minute_at(self, x: float) -> float:
        """Minute under content ``x`` (in a gap: the end of the segment before it)."""
        index = max(bisect_right(self._x0, x) - 1, 0)
        a, b = self.segments[index]
        return min(a + (x - self._x0[index]) / self.scale, b) if self.scale > 0 else a

    def segment_bounds(self, minute: float) -> tuple[float, float] | None:
        """Content x range of the segment showing ``minute`` (None: the minute is hidden)."""
        index = self._index(minute)
        if index < 0 or minute > self.segments[index][1]:
            return None
        return self.segment_x(index)

    def in_gap(self, x: float) -> bool:
        """True when content ``x`` lies between two segments (or outside all of them)."""
        if x < 0 or x > self.width:
            return True
        index = max(bisect_right(self._x0, x) - 1, 0)
        return x > self.segment_x(index)[1]

    def pieces(self, start: float, end: float) -> list[tuple[float, float]]:
        """Content x ranges of the shown parts of ``[start, end)`` minutes."""
        result: list[tuple[float, float]] = []
        index = max(self._index(start), 0)
        while index < len(self.segments) and self.segments[index][0] < end:
            a, b = self.segments[index]
            lo, hi = max(a, start), min(b, end)
            if hi > lo:
                x0 = self._x0[index]
                result.append((x0 + (lo - a) * self.scale, x0 + (hi - a) * self.scale))
            index += 1
        return result

    def gaps(self) -> list[float]:
        """Content x of the middle of every gap between segments."""
        return [self.segment_x(i)[1] + self.gap / 2 for i in range(len(self.segments) - 1)]


def fit_scale(segments: Sequence[tuple[float, float]], width: float,
              gap: float = SEGMENT_GAP) -> float:
    """The scale at which ``segments`` fill ``width`` pixels (never below the minimum)."""
    shown = sum(b - a for a, b in segments if b > a) or 1.0
    gaps = gap * max(len([s for s in segments if s[1] > s[0]]) - 1, 0)
    return max((max(width, 100.0) - gaps) / shown, MIN_PX_PER_MINUTE)


def clamp_zoom(wanted: float, fit: float) -> float:
    """The scale to use for a wanted one: 0 (fit the width) up to :data:`MAX_PX_PER_MINUTE`."""
    if wanted <= 0:
        return 0.0
    value = min(max(wanted, fit), MAX_PX_PER_MINUTE)
    return 0.0 if value <= fit * 1.0001 else value


def legend_places(widths: Sequence[float], width: float, swatch: float,
                  spacing: float = 14) -> list[tuple[int, float]]:
    """(line, x) of each legend item of text ``widths``, wrapped to ``width`` pixels."""
    places: list[tuple[int, float]] = []
    row, x = 0, 8.0
    for text in widths:
        item = swatch + 4 + text
        if x > 8 and x + item > width - 4:
            row, x = row + 1, 8.0
        places.append((row, x))
        x += item + spacing
    return places


def legend_rows(widths: Sequence[float], width: float, swatch: float, spacing: float = 14) -> int:
    """Lines the legend needs (at least one)."""
    places = legend_places(widths, width, swatch, spacing)
    return places[-1][0] + 1 if places else 1


def hour_step(scale: float, label_width: float, spacing: float = 8.0) -> int:
    """Every how many hours a label of ``label_width`` pixels fits at ``scale``."""
    hour = 60 * scale
    for step in HOUR_STEPS:
        if hour * step >= label_width + spacing:
            return step
    return 24


@dataclass(frozen=True, slots=True)
class Metrics:
    """Text sizes the frame is built from (pixels; measured by the widget from its fonts)."""

    line: int  # height of a line in the normal font
    small_line: int  # height of a line in the small font
    label_width: int  # width of the sticky column with names
    legend_rows: int = 1  # lines the legend needs at the current width

    @property
    def header_h(self) -> int:
        """Day names and the display zone's hours."""
        return self.line + self.small_line + 12

    @property
    def strip_h(self) -> int:
        """The "everyone free in core hours" strip."""
        return max(self.small_line + 8, 16)

    @property
    def tick_h(self) -> int:
        """Room above each bar for the person's own local-hour labels."""
        return self.small_line + 4

    @property
    def min_row_h(self) -> int:
        """The smallest row: local hours, a bar, and room for two lines of name in the column."""
        return self.small_line + self.line + 14

    @property
    def legend_h(self) -> int:
        """The legend at the bottom (one or more lines of swatches)."""
        return self.legend_rows * self.legend_line + 8

    @property
    def legend_line(self) -> int:
        """Height of one line of the legend."""
        return self.small_line + 6


@dataclass(frozen=True, slots=True)
class Frame:
    """The vertical arrangement of the view and its sticky name column (viewport pixels)."""

    width: int
    height: int
    metrics: Metrics
    rows: int
    row_h: int

    @classmethod
    def build(cls, width: int, height: int, metrics: Metrics, rows: int,
              stretch: float = 1.0) -> Frame:
        """A frame for ``rows`` rows; rows grow to fill the height up to ``stretch`` times the
        smallest row (1.0: never grow)."""
        smallest = metrics.min_row_h
        room = height - metrics.legend_h - metrics.header_h - metrics.strip_h - 4
        fill = room // rows if rows else smallest
        row_h = int(min(max(fill, smallest), smallest * stretch))
        return cls(width, height, metrics, rows, row_h)

    @property
    def label_width(self) -> int:
        """Width of the sticky name column."""
        return self.metrics.label_width

    @property
    def header_h(self) -> int:
        """Height of the header."""
        return self.metrics.header_h

    @property
    def strip_top(self) -> int:
        """y of the "everyone free" strip."""
        return self.metrics.header_h

    @property
    def strip_h(self) -> int:
        """Height of the strip."""
        return self.metrics.strip_h

    @property
    def rows_top(self) -> int:
        """y where the first row starts (before vertical scrolling)."""
        return self.metrics.header_h + self.metrics.strip_h + 4

    @property
    def rows_bottom(self) -> int:
        """y where the rows end (the legend starts)."""
        return self.height - self.metrics.legend_h

    @property
    def legend_h(self) -> int:
        """Height of the legend."""
        return self.metrics.legend_h

    @property
    def content_height(self) -> int:
        """Height of all rows together."""
        return self.rows * self.row_h

    @property
    def visible_rows_height(self) -> int:
        """Height of the part of the view where rows are drawn."""
        return max(self.rows_bottom - self.rows_top, 1)

    def row_top(self, row: int, scroll_y: float) -> float:
        """Viewport y of the top of ``row`` (its local-hour labels)."""
        return self.rows_top + row * self.row_h - scroll_y

    def bar_rect(self, row: int, scroll_y: float) -> Rect:
        """Viewport rectangle of the bar of ``row`` (below its local-hour labels)."""
        top = self.row_top(row, scroll_y) + self.metrics.tick_h
        return Rect(self.label_width, top, self.width - self.label_width,
                    self.row_h - self.metrics.tick_h - 4)

    @property
    def bar_h(self) -> int:
        """Height of every bar."""
        return self.row_h - self.metrics.tick_h - 4

    def row_at(self, y: float, scroll_y: float) -> int:
        """Index of the row under viewport ``y``, or -1."""
        if y < self.rows_top or y >= self.rows_bottom:
            return -1
        row = int((y - self.rows_top + scroll_y) // self.row_h)
        return row if 0 <= row < self.rows else -1

    def time_clip(self) -> Rect:
        """Where time is drawn: right of the name column, above the legend."""
        return Rect(self.label_width, 0, self.width - self.label_width, self.rows_bottom)

    def scroll_ranges(self, axis: Axis) -> tuple[int, int, int, int]:
        """(horizontal maximum, horizontal page, vertical maximum, vertical page)."""
        visible = max(self.width - self.label_width, 1)
        room = self.visible_rows_height
        return (max(int(axis.width) - visible, 0), visible,
                max(self.content_height - room, 0), room)


class Area(Enum):
    """The parts of the view a point can fall in."""

    NONE = "none"
    NAMES = "names"
    HEADER = "header"
    STRIP = "strip"
    ROW = "row"
    LEGEND = "legend"


@dataclass(frozen=True, slots=True)
class Hit:
    """What lies under a point: the area, the row (-1: none) and the minute (None: no time)."""

    area: Area
    row: int = -1
    minute: float | None = None


def hit_test(frame: Frame, axis: Axis, point: tuple[float, float],
             scroll: tuple[float, float]) -> Hit:
    """What lies under viewport ``point`` (x, y) when scrolled by ``scroll`` (x, y)."""
    x, y = point
    scroll_x, scroll_y = scroll
    if y >= frame.rows_bottom:
        return Hit(Area.LEGEND)
    row = frame.row_at(y, scroll_y)
    if x < frame.label_width:
        return Hit(Area.NAMES, row)
    content_x = x - frame.label_width + scroll_x
    minute = None if axis.in_gap(content_x) else axis.minute_at(content_x)
    if y < frame.strip_top:
        return Hit(Area.HEADER, -1, minute)
    if y < frame.rows_top:
        return Hit(Area.STRIP, -1, minute)
    return Hit(Area.ROW if row >= 0 else Area.NONE, row, minute)
