"""The paint passes of the week view, each a small function over one :class:`Scene`.

A scene is everything one paint needs (the week, the geometry, scroll, palette, fonts, the
overlay, the keyboard cursor); passes run in :data:`PASSES` order, later ones on top. Each
row's shapes are built once per week, zoom and bar height (:class:`RowCache`) in content
coordinates and painted with a translation, so scrolling and hovering do no per-block Python
work.

Text is drawn whole or not at all: an hour label that would cross the edge of its stretch of
time, or touch its neighbour, is left out (the tooltip still says the time); day titles fall
back to shorter formats before they would be cut; lines never run through labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QStaticText,
)

from interviewplanner.core.timezones import get_zone, to_local
from interviewplanner.gui import zones
from interviewplanner.gui.presenters.week_layout import Block, Kind, RowLayout, WeekLayout
from interviewplanner.gui.widgets.week_view.geometry import (
    Axis,
    Frame,
    Rect,
    hour_step,
    legend_places,
)
from interviewplanner.gui.widgets.week_view.overlay import Highlight
from interviewplanner.gui.widgets.week_view.words import (
    day_titles,
    kind_name,
    offsets_text,
    short_weekday,
    strip_name,
    time_text,
    zone_name,
)

COLORS: dict[Kind, QColor] = {
    Kind.WEEKEND: QColor(226, 226, 232),
    Kind.HOLIDAY: QColor(248, 200, 200),
    Kind.CLOSURE: QColor(218, 202, 240),
    Kind.WINDOW: QColor(214, 232, 250),
    Kind.CORE: QColor(140, 196, 240),
    Kind.LUNCH: QColor(255, 214, 140),
    Kind.BUSY: QColor(84, 96, 120),
    Kind.BOOKED: QColor(226, 96, 30),
}
ALL_FREE_COLOR = QColor(56, 160, 90)
ALL_CORE_COLOR = QColor(190, 226, 200)  # everyone in core hours, but not everyone free
NOW_COLOR = QColor(220, 30, 40)
DAY_LINE = QColor(150, 150, 160)
HOUR_LINE = QColor(0, 0, 0, 22)
OVERLAY_COLOR = QColor(120, 40, 200)
HOLIDAY_TEXT = QColor(140, 30, 30)
LABEL_GAP = 4  # pixels kept between two labels

# Vertical placement of each kind inside a bar: (top fraction, height fraction).
BANDS: dict[Kind, tuple[float, float]] = {
    Kind.CORE: (0.25, 0.5), Kind.LUNCH: (0.15, 0.7), Kind.BUSY: (0.12, 0.76),
    Kind.BOOKED: (0.08, 0.84),
}


@dataclass
class Fonts:
    """The view's fonts and their metrics (rebuilt on a font change)."""

    base: QFont
    small: QFont
    bold: QFont

    @classmethod
    def from_font(cls, base: QFont) -> Fonts:
        """Small (85 %, at least 7 pt) and bold variants of ``base``."""
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.85, 7.0))
        bold = QFont(base)
        bold.setBold(True)
        return cls(QFont(base), small, bold)

    # Cached: painting asks for these for every row on every repaint; a font change builds a
    # new Fonts (from_font), so they never go stale.
    @cached_property
    def metrics(self) -> QFontMetrics:
        """Metrics of the base font."""
        return QFontMetrics(self.base)

    @cached_property
    def small_metrics(self) -> QFontMetrics:
        """Metrics of the small font."""
        return QFontMetrics(self.small)

    @cached_property
    def bold_metrics(self) -> QFontMetrics:
        """Metrics of the bold font."""
        return QFontMetrics(self.bold)


@dataclass
class Scene:
    """Everything one paint of the view needs."""

    layout: WeekLayout
    frame: Frame
    axis: Axis
    scroll_x: int
    scroll_y: int
    palette: QPalette
    fonts: Fonts
    now: datetime
    drop_row: int = -1
    highlights: dict[int, tuple[Highlight, ...]] = field(default_factory=dict)
    cursor: tuple[int, int] | None = None  # keyboard selection: (row, display day index)
    focused: bool = False

    @property
    def origin(self) -> float:
        """Viewport x of content x 0 (the week's first shown minute)."""
        return self.frame.label_width - self.scroll_x

    def x(self, minute: float) -> float:
        """Viewport x of ``minute``."""
        return self.origin + self.axis.x(minute)

    def time_clip(self) -> QRect:
        """Where time is drawn (right of the names, above the legend)."""
        return qrect(self.frame.time_clip())

    def rows_clip(self) -> QRect:
        """Where rows are drawn (below the strip, above the legend)."""
        frame = self.frame
        return QRect(0, frame.rows_top, frame.width, frame.rows_bottom - frame.rows_top)

    def row_visible(self, index: int) -> bool:
        """True when some of row ``index`` is on screen."""
        top = self.frame.row_top(index, self.scroll_y)
        return top <= self.frame.rows_bottom and top + self.frame.row_h >= self.frame.rows_top


def qrect(rect: Rect) -> QRect:
    """A geometry :class:`Rect` as a QRect (rounded to whole pixels)."""
    return QRect(round(rect.x), round(rect.y), round(rect.w), round(rect.h))


@dataclass
class RowShapes:
    """One row's shapes in content coordinates (x: pixels from the first shown minute, y: from
    the bar's top), built once per week and zoom level, then painted with a translation."""

    fills: list[tuple[QRectF, QColor]] = field(default_factory=list)
    hatches: list[QRectF] = field(default_factory=list)
    outlines: list[QRectF] = field(default_factory=list)
    named: list[tuple[QRectF, str]] = field(default_factory=list)
    booked: list[tuple[QRectF, str]] = field(default_factory=list)
    hour_lines: list[QLineF] = field(default_factory=list)
    day_lines: list[QLineF] = field(default_factory=list)
    texts: list[tuple[QPointF, QStaticText, bool]] = field(default_factory=list)


class RowCache:
    """Rows' shapes cached until the week, the axis or the bar height changes."""

    def __init__(self) -> None:
        """Start empty."""
        self._key: tuple[object, ...] = ()
        self._rows: dict[int, RowShapes] = {}
        self._static: dict[str, QStaticText] = {}

    def clear(self) -> None:
        """Forget everything (after a font or language change)."""
        self._key = ()
        self._rows.clear()
        self._static.clear()

    def shapes(self, scene: Scene, index: int) -> RowShapes:
        """The shapes of row ``index`` of ``scene``."""
        key = (id(scene.layout), scene.axis.scale, scene.axis.segments, scene.frame.bar_h)
        if key != self._key:
            self._key = key
            self._rows.clear()
        cached = self._rows.get(index)
        if cached is None:
            cached = self._build(scene, scene.layout.rows[index])
            self._rows[index] = cached
        return cached

    def static_text(self, label: str, font: QFont) -> QStaticText:
        """A prepared plain text, shared between rows."""
        text = self._static.get(label)
        if text is None:
            text = QStaticText(label)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(font=font)
            self._static[label] = text
        return text

    def _build(self, scene: Scene, row: RowLayout) -> RowShapes:
        shapes = RowShapes()
        for block in row.blocks:
            self._add_block(scene, block, shapes)
        self._add_hours(scene, row, shapes)
        return shapes

    @staticmethod
    def _add_block(scene: Scene, block: Block, shapes: RowShapes) -> None:
        bar_h = scene.frame.bar_h
        top_f, height_f = BANDS.get(block.kind, (0.0, 1.0))
        for x1, x2 in scene.axis.pieces(block.start, block.end):
            rect = QRectF(x1, bar_h * top_f, max(x2 - x1, 1.0), bar_h * height_f)
            shapes.fills.append((rect, COLORS[block.kind]))
            if block.kind == Kind.LUNCH:
                shapes.hatches.append(rect)
            elif block.kind in (Kind.HOLIDAY, Kind.CLOSURE) and block.label:
                shapes.named.append((rect, block.label))
            elif block.kind == Kind.BOOKED:
                shapes.outlines.append(rect.adjusted(0, 0, -1, -1))
                if block.label:
                    shapes.booked.append((rect, block.label))

    def _add_hours(self, scene: Scene, row: RowLayout, shapes: RowShapes) -> None:
        """Hour and midnight lines over the bar; labels above it, whole and apart (weekday
        names at midnight first, right of their line, then the hours around them)."""
        bar_h = scene.frame.bar_h
        small = scene.fonts.small_metrics
        step = hour_step(scene.axis.scale, small.horizontalAdvance("00"), 2 * LABEL_GAP)
        label_y = -scene.frame.metrics.tick_h + 1.0
        taken: list[tuple[float, float]] = []
        hours: list[tuple[float, tuple[float, float], int]] = []
        for tick in row.hours:
            bounds = scene.axis.segment_bounds(tick.minute)
            if bounds is None:
                continue
            x = scene.axis.x(tick.minute)
            hour = tick.local.hour
            (shapes.day_lines if hour == 0 else shapes.hour_lines).append(QLineF(x, 0, x, bar_h))
            if hour == 0:
                text = self.static_text(short_weekday(tick.local), scene.fonts.small)
                _place(shapes, taken, x + 3, text, bounds=bounds, y=label_y, midnight=True)
            elif hour % step == 0:
                hours.append((x, bounds, hour))
        for x, bounds, hour in hours:
            text = self.static_text(f"{hour:02d}", scene.fonts.small)
            _place(shapes, taken, x - text.size().width() / 2, text, bounds=bounds, y=label_y,
                   midnight=False)


def _place(shapes: RowShapes, taken: list[tuple[float, float]], left: float, text: QStaticText,
           *, bounds: tuple[float, float], y: float, midnight: bool) -> None:
    """Add ``text`` at ``left`` if it lies inside ``bounds`` and touches no placed label."""
    width = text.size().width()
    if left < bounds[0] + 1 or left + width > bounds[1] - 1:
        return
    if any(left < b + LABEL_GAP and a < left + width + LABEL_GAP for a, b in taken):
        return
    taken.append((left, left + width))
    shapes.texts.append((QPointF(left, y), text, midnight))


def hour_labels(scene: Scene, cache: RowCache, index: int) -> list[tuple[QRectF, str]]:
    """Viewport rectangles and texts of the local-hour labels above row ``index``."""
    shapes = cache.shapes(scene, index)
    top = scene.frame.bar_rect(index, scene.scroll_y).y
    return [(QRectF(point.x() + scene.origin, point.y() + top, text.size().width(),
                    text.size().height()), text.text()) for point, text, _m in shapes.texts]


def paint_empty(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """The hint shown before any week is loaded."""
    painter.setPen(palette.placeholderText().color())
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                     QCoreApplication.translate(
                         "WeekView", "Select interviewers in the roster to see their week."))


def paint_rows(painter: QPainter, scene: Scene, cache: RowCache) -> None:
    """Every visible row: alternating bands, the drop highlight, then its cached shapes."""
    frame = scene.frame
    painter.save()
    painter.setClipRect(scene.rows_clip())
    clip = scene.time_clip()
    for index in range(len(scene.layout.rows)):
        if not scene.row_visible(index):
            continue
        band = QRect(0, round(frame.row_top(index, scene.scroll_y)), frame.width, frame.row_h)
        if index % 2:
            painter.fillRect(band, scene.palette.alternateBase())
        if index == scene.drop_row:
            painter.fillRect(band, scene.palette.highlight().color().lighter(170))
        painter.save()
        painter.setClipRect(clip.intersected(band))
        bar_top = frame.bar_rect(index, scene.scroll_y).y
        shapes = cache.shapes(scene, index)
        painter.translate(scene.origin, bar_top)
        _paint_shapes(painter, scene, shapes)
        painter.translate(-scene.origin, -bar_top)
        for rect, text in shapes.named:
            _paint_block_label(painter, scene, rect.translated(scene.origin, bar_top), text)
        for rect, text in shapes.booked:
            _paint_booked_label(painter, scene, rect.translated(scene.origin, bar_top), text)
        painter.restore()
    painter.restore()


def _paint_shapes(painter: QPainter, scene: Scene, shapes: RowShapes) -> None:
    for rect, color in shapes.fills:
        painter.fillRect(rect, color)
    hatch = QBrush(COLORS[Kind.LUNCH].darker(130), Qt.BrushStyle.BDiagPattern)
    for rect in shapes.hatches:
        painter.fillRect(rect, hatch)
    if shapes.outlines:
        painter.setPen(QPen(COLORS[Kind.BOOKED].darker(150), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRects(shapes.outlines)
    painter.setPen(QPen(HOUR_LINE, 1))
    painter.drawLines(shapes.hour_lines)
    painter.setPen(QPen(DAY_LINE, 1))
    painter.drawLines(shapes.day_lines)
    painter.setFont(scene.fonts.small)
    for color, midnight in ((scene.palette.text().color(), False), (DAY_LINE.darker(160), True)):
        painter.setPen(color)
        for point, text, is_midnight in shapes.texts:
            if is_midnight == midnight:
                painter.drawStaticText(point, text)


def _paint_block_label(painter: QPainter, scene: Scene, rect: QRectF, text: str) -> None:
    """A holiday's or closure's name inside its block (elided, and only when a word fits)."""
    visible = rect.intersected(QRectF(scene.time_clip()))
    fm = scene.fonts.small_metrics
    room = int(visible.width()) - 8
    if room < fm.horizontalAdvance(text[:6] + "…"):
        return
    painter.save()
    painter.setFont(scene.fonts.small)
    painter.setPen(HOLIDAY_TEXT)
    painter.drawText(visible.adjusted(4, 0, -4, 0),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                     fm.elidedText(text, Qt.TextElideMode.ElideRight, room))
    painter.restore()


def _paint_booked_label(painter: QPainter, scene: Scene, rect: QRectF, text: str) -> None:
    """A booked interview's candidate inside its block, only when the whole name fits."""
    fm = scene.fonts.small_metrics
    if fm.horizontalAdvance(text) + 8 > rect.width() or fm.height() > rect.height():
        return
    painter.save()
    painter.setFont(scene.fonts.small)
    painter.setPen(QColor(255, 255, 255))
    painter.drawText(rect.adjusted(4, 0, -4, 0),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    painter.restore()


def paint_day_lines(painter: QPainter, scene: Scene) -> None:
    """Hidden hours as bands; display-zone midnights as lines over the strip and the bars
    (never through the rows' hour labels)."""
    frame = scene.frame
    painter.save()
    painter.setClipRect(scene.time_clip())
    top = frame.header_h
    for gap in scene.axis.gaps():
        x = scene.origin + gap
        band = QRectF(x - scene.axis.gap / 2, top, scene.axis.gap, frame.rows_bottom - top)
        painter.fillRect(band, scene.palette.window())
        painter.setPen(QPen(DAY_LINE.lighter(120), 1))
        painter.drawLine(QLineF(band.left(), top, band.left(), frame.rows_bottom))
        painter.drawLine(QLineF(band.right(), top, band.right(), frame.rows_bottom))
    painter.setPen(QPen(DAY_LINE, 1))
    xs = [int(scene.x(day.start)) for day in scene.layout.days if scene.axis.shows(day.start)]
    for x in xs:
        painter.drawLine(x, top, x, frame.rows_top)
    painter.setClipRect(scene.time_clip().intersected(scene.rows_clip()))
    for index in range(len(scene.layout.rows)):
        if scene.row_visible(index):
            bar = frame.bar_rect(index, scene.scroll_y)
            for x in xs:
                painter.drawLine(QLineF(x, bar.y, x, bar.bottom))
    painter.restore()


def paint_strip(painter: QPainter, scene: Scene) -> None:
    """The strip under the header: pale where everyone shown is in core hours, green where
    everyone shown is also free (busy time, lunch and load limits counted)."""
    frame, layout = scene.frame, scene.layout
    top = frame.strip_top
    painter.save()
    painter.setClipRect(scene.time_clip())
    painter.fillRect(QRect(frame.label_width, top, frame.width, frame.strip_h),
                     scene.palette.window())
    for blocks, color in ((layout.all_core, ALL_CORE_COLOR), (layout.all_free, ALL_FREE_COLOR)):
        for block in blocks:
            for x1, x2 in scene.axis.pieces(block.start, block.end):
                painter.fillRect(QRectF(scene.origin + x1, top + 3, max(x2 - x1, 1.0),
                                        frame.strip_h - 6), color)
    if not layout.all_free and len(layout.rows) > 1:
        painter.setFont(scene.fonts.small)
        painter.setPen(scene.palette.windowText().color())
        painter.drawText(QRect(frame.label_width + 8, top, frame.width, frame.strip_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate(
                             "WeekView", "No time this week when everyone shown is free in "
                                         "core hours"))
    painter.restore()


def paint_overlay(painter: QPainter, scene: Scene) -> None:
    """The highlighted intervals (e.g. a proposal's sessions): a tinted, outlined box."""
    if not scene.highlights:
        return
    frame = scene.frame
    painter.save()
    painter.setClipRect(scene.time_clip().intersected(scene.rows_clip()))
    fill = QColor(OVERLAY_COLOR)
    fill.setAlpha(70)
    painter.setPen(QPen(OVERLAY_COLOR, 2))
    painter.setBrush(fill)
    for index, parts in scene.highlights.items():
        if not scene.row_visible(index):
            continue
        bar = frame.bar_rect(index, scene.scroll_y)
        for part in parts:
            for x1, x2 in scene.axis.pieces(part.start, part.end):
                painter.drawRect(QRectF(scene.origin + x1, bar.y - 1, max(x2 - x1, 2.0),
                                        bar.h + 2))
    painter.restore()


def paint_cursor(painter: QPainter, scene: Scene) -> None:
    """The keyboard selection: a frame around one person's day (bold when focused)."""
    if scene.cursor is None:
        return
    row, day_index = scene.cursor
    if not 0 <= row < len(scene.layout.rows) or not 0 <= day_index < len(scene.layout.days):
        return
    day = scene.layout.days[day_index]
    bar = scene.frame.bar_rect(row, scene.scroll_y)
    painter.save()
    painter.setClipRect(scene.time_clip().intersected(scene.rows_clip()))
    color = scene.palette.highlight().color()
    pen = QPen(color, 3 if scene.focused else 1)
    if not scene.focused:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for x1, x2 in scene.axis.pieces(day.start, day.end):
        painter.drawRect(QRectF(scene.origin + x1 + 1, bar.y - 2, x2 - x1 - 2, bar.h + 4))
    painter.restore()


def paint_now(painter: QPainter, scene: Scene) -> None:
    """The red "now" line."""
    layout = scene.layout
    if not layout.start <= scene.now < layout.end:
        return
    minute = layout.minute(scene.now)
    x = scene.x(minute)
    if x < scene.frame.label_width or not scene.axis.shows(minute):
        return
    painter.save()
    painter.setClipRect(scene.time_clip())
    painter.setPen(QPen(NOW_COLOR, 2))
    painter.drawLine(int(x), scene.frame.header_h - 4, int(x), scene.frame.rows_bottom)
    painter.restore()


def paint_header(painter: QPainter, scene: Scene) -> None:
    """Day names (today tinted) and the display zone's hours."""
    frame, layout = scene.frame, scene.layout
    painter.fillRect(QRect(0, 0, frame.width, frame.header_h), scene.palette.window())
    painter.save()
    painter.setClipRect(QRect(frame.label_width, 0, frame.width - frame.label_width,
                              frame.header_h))
    today = to_local(scene.now, get_zone(layout.zone)).date()
    for day in layout.days:
        pieces = [(scene.origin + a, scene.origin + b)
                  for a, b in scene.axis.pieces(day.start, day.end)]
        if day.day == today:
            for x1, x2 in pieces:
                painter.fillRect(QRectF(x1, 0, x2 - x1, frame.header_h),
                                 scene.palette.highlight().color().lighter(185))
        if pieces:
            _paint_day_title(painter, scene, day.day, max(pieces, key=lambda p: p[1] - p[0]))
    _paint_header_hours(painter, scene)
    painter.restore()
    painter.setPen(QPen(DAY_LINE, 1))
    painter.drawLine(0, frame.header_h - 1, frame.width, frame.header_h - 1)


def _paint_day_title(painter: QPainter, scene: Scene, day: date,
                     piece: tuple[float, float]) -> None:
    """The longest title of ``day`` that fits its widest stretch whole (none if none fits)."""
    fm = scene.fonts.bold_metrics
    left = max(piece[0], float(scene.frame.label_width))
    room = piece[1] - left - 10
    title = next((t for t in day_titles(day) if fm.horizontalAdvance(t) <= room), None)
    if title is None:
        return
    painter.setFont(scene.fonts.bold)
    painter.setPen(scene.palette.windowText().color())
    painter.drawText(QRectF(left + 6, 3, room + 4, fm.height()),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)


def _paint_header_hours(painter: QPainter, scene: Scene) -> None:
    fm = scene.fonts.small_metrics
    step = hour_step(scene.axis.scale, fm.horizontalAdvance("00"), 2 * LABEL_GAP)
    painter.setFont(scene.fonts.small)
    painter.setPen(scene.palette.windowText().color())
    top = scene.fonts.metrics.height() + 7
    right_edge = -1e9
    for tick in scene.layout.hours:
        hour = tick.local.hour
        bounds = scene.axis.segment_bounds(tick.minute)
        if hour % step or hour == 0 or bounds is None:
            continue
        label = f"{hour:02d}"
        w = fm.horizontalAdvance(label)
        left = scene.axis.x(tick.minute) - w / 2
        if left < bounds[0] + 1 or left + w > bounds[1] - 1 or left < right_edge + LABEL_GAP:
            continue
        x = scene.origin + left
        if x < scene.frame.label_width + 1:
            continue  # scrolled under the name column: leave it out rather than cut it
        right_edge = left + w
        painter.drawText(QRectF(x, top, w + 1, fm.height()), Qt.AlignmentFlag.AlignLeft, label)


def paint_labels(painter: QPainter, scene: Scene) -> None:
    """The sticky column: the display zone, the strip's name, and each person's name and zone."""
    frame = scene.frame
    width = frame.label_width
    painter.fillRect(QRect(0, 0, width, frame.rows_bottom), scene.palette.window())
    painter.setPen(QPen(DAY_LINE, 1))
    painter.drawLine(width - 1, 0, width - 1, frame.rows_bottom)
    painter.setFont(scene.fonts.small)
    painter.setPen(scene.palette.windowText().color())
    zone_text = QCoreApplication.translate("WeekView", "Shown in {zone}").format(
        zone=zones.zone_label(scene.layout.zone, scene.now))
    painter.drawText(QRect(8, 2, width - 14, frame.header_h - 4),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                     | Qt.TextFlag.TextWordWrap, zone_text)
    painter.drawText(QRect(8, frame.strip_top, width - 14, frame.strip_h),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     scene.fonts.small_metrics.elidedText(strip_name(), Qt.TextElideMode.ElideRight,
                                                          width - 14))
    painter.save()
    painter.setClipRect(QRect(0, frame.rows_top, width, frame.rows_bottom - frame.rows_top))
    for index, row in enumerate(scene.layout.rows):
        if scene.row_visible(index):
            _paint_label(painter, scene, index, row)
    painter.restore()


def label_lines(row: RowLayout, now: datetime) -> tuple[str, str]:
    """A person's place with this week's UTC offsets, and their local time now."""
    place = f"{zone_name(row.person.timezone)} · {offsets_text(row.utc_offsets)}"
    return place, time_text(now, row.person.timezone)


def _paint_label(painter: QPainter, scene: Scene, index: int, row: RowLayout) -> None:
    frame = scene.frame
    width = frame.label_width
    top = frame.row_top(index, scene.scroll_y)
    band = QRectF(0, top, width - 1, frame.row_h)
    if index % 2:
        painter.fillRect(band, scene.palette.alternateBase())
    if scene.cursor is not None and scene.cursor[0] == index:
        tint = QColor(scene.palette.highlight().color())
        tint.setAlpha(70 if scene.focused else 35)
        painter.fillRect(band, tint)
    line, small = scene.fonts.metrics.height(), scene.fonts.small_metrics
    step = small.lineSpacing() + 1
    place, local_now = label_lines(row, scene.now)
    three = frame.row_h >= line + 2 * step + 12
    block = line + step * (2 if three else 1) + 2
    bar = frame.bar_rect(index, scene.scroll_y)
    y = max(top + 3, bar.y + bar.h / 2 - block / 2)
    painter.setFont(scene.fonts.bold)
    painter.setPen(scene.palette.windowText().color())
    painter.drawText(QRectF(8, y, width - 14, line),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     scene.fonts.bold_metrics.elidedText(row.person.name,
                                                         Qt.TextElideMode.ElideRight, width - 14))
    painter.setFont(scene.fonts.small)
    painter.setPen(scene.palette.windowText().color().lighter(160))
    lines = [place, local_now] if three else [f"{place} · {local_now}"]
    if not three and small.horizontalAdvance(lines[0]) > width - 14:
        lines = [place]
    for number, text in enumerate(lines):
        painter.drawText(QRectF(8, y + line + 2 + number * step, width - 14, small.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small.elidedText(text, Qt.TextElideMode.ElideRight, width - 14))


@dataclass(frozen=True, slots=True)
class LegendItem:
    """One entry of the legend: its swatch and its name."""

    color: QColor
    name: str
    style: str = "fill"  # "fill", "hatch", "outline", "line", "box"


def legend(overlay: bool = False) -> list[LegendItem]:
    """Everything drawn, in legend order (the preview only while one is shown)."""
    items = [LegendItem(COLORS[Kind.WINDOW], kind_name(Kind.WINDOW)),
             LegendItem(COLORS[Kind.CORE], kind_name(Kind.CORE)),
             LegendItem(COLORS[Kind.LUNCH], kind_name(Kind.LUNCH), "hatch"),
             LegendItem(COLORS[Kind.BUSY], kind_name(Kind.BUSY)),
             LegendItem(COLORS[Kind.BOOKED], kind_name(Kind.BOOKED), "outline"),
             LegendItem(COLORS[Kind.HOLIDAY], kind_name(Kind.HOLIDAY)),
             LegendItem(COLORS[Kind.CLOSURE], kind_name(Kind.CLOSURE)),
             LegendItem(COLORS[Kind.WEEKEND], kind_name(Kind.WEEKEND)),
             LegendItem(ALL_FREE_COLOR, strip_name()),
             LegendItem(ALL_CORE_COLOR, QCoreApplication.translate(
                 "WeekView", "Everyone in core hours, not all free"))]
    if overlay:
        items.append(LegendItem(OVERLAY_COLOR, QCoreApplication.translate("WeekView", "Preview"),
                                "box"))
    items.append(LegendItem(NOW_COLOR, QCoreApplication.translate("WeekView", "Now"), "line"))
    return items


def legend_items() -> list[tuple[QColor, str]]:
    """(colour, translated name) of everything drawn, in legend order."""
    return [(item.color, item.name) for item in legend()]


def legend_widths(fonts: Fonts, overlay: bool) -> list[int]:
    """Text widths of the legend's names (to lay it out)."""
    fm = fonts.small_metrics
    return [fm.horizontalAdvance(item.name) for item in legend(overlay)]


def _paint_swatch(painter: QPainter, item: LegendItem, rect: QRect) -> None:
    if item.style == "line":
        painter.fillRect(rect.adjusted(rect.width() // 2 - 1, 0, -(rect.width() // 2 - 1), 0),
                         item.color)
        return
    fill = QColor(item.color)
    if item.style == "box":
        fill.setAlpha(70)
    painter.fillRect(rect, fill)
    if item.style == "hatch":
        painter.fillRect(rect, QBrush(item.color.darker(130), Qt.BrushStyle.BDiagPattern))
    border = item.color.darker(150 if item.style in ("outline", "box") else 125)
    painter.setPen(QPen(border, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0, 0, -1, -1))


def paint_legend(painter: QPainter, scene: Scene) -> None:
    """The legend along the bottom, wrapped onto as many lines as the frame made room for."""
    frame = scene.frame
    top, width = frame.rows_bottom, frame.width
    painter.fillRect(QRect(0, top, width, frame.legend_h), scene.palette.window())
    painter.setPen(QPen(DAY_LINE, 1))
    painter.drawLine(0, top, width, top)
    painter.setFont(scene.fonts.small)
    fm = scene.fonts.small_metrics
    swatch = fm.height() - 3
    items = legend(bool(scene.highlights))
    places = legend_places([fm.horizontalAdvance(i.name) for i in items], width, swatch)
    line_h = frame.metrics.legend_line
    for item, (line, x) in zip(items, places, strict=True):
        y = top + 4 + line * line_h
        _paint_swatch(painter, item, QRect(int(x), y + (line_h - swatch) // 2, swatch, swatch))
        painter.setPen(scene.palette.windowText().color())
        painter.drawText(QRect(int(x) + swatch + 4, y, fm.horizontalAdvance(item.name) + 2,
                               line_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, item.name)


def paint(painter: QPainter, scene: Scene, cache: RowCache) -> None:
    """Every pass, bottom to top."""
    paint_rows(painter, scene, cache)
    for step in PASSES:
        step(painter, scene)


PASSES: tuple[Callable[[QPainter, Scene], None], ...] = (
    paint_day_lines, paint_strip, paint_overlay, paint_cursor, paint_now, paint_header,
    paint_labels, paint_legend,
)
"""The passes after the rows, in painting order."""
