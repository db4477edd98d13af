"""The paint passes of the week view, each a small function over one :class:`Scene`.

A scene is everything one paint needs (the week, the geometry, scroll, palette, fonts, the
overlay); passes run in :data:`PASSES` order, later ones on top. Each row's shapes are built
once per week, zoom and bar height (:class:`RowCache`) in content coordinates and painted with
a translation, so scrolling and hovering do no per-block Python work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

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
from interviewplanner.gui.presenters.week_layout import Kind, RowLayout, WeekLayout
from interviewplanner.gui.widgets.week_view.geometry import Axis, Frame, Rect, hour_step
from interviewplanner.gui.widgets.week_view.overlay import Highlight
from interviewplanner.gui.widgets.week_view.words import (
    day_text,
    kind_name,
    short_weekday,
    time_text,
)
from interviewplanner.gui.zones import utc_offset_text

COLORS: dict[Kind, QColor] = {
    Kind.WEEKEND: QColor(236, 236, 240),
    Kind.HOLIDAY: QColor(253, 221, 221),
    Kind.CLOSURE: QColor(232, 222, 245),
    Kind.WINDOW: QColor(214, 232, 250),
    Kind.CORE: QColor(140, 196, 240),
    Kind.LUNCH: QColor(255, 214, 140),
    Kind.BUSY: QColor(84, 96, 120),
    Kind.BOOKED: QColor(226, 96, 30),
}
ALL_CORE_COLOR = QColor(56, 160, 90)
NOW_COLOR = QColor(220, 30, 40)
DAY_LINE = QColor(150, 150, 160)
HOUR_LINE = QColor(0, 0, 0, 22)
OVERLAY_COLOR = QColor(120, 40, 200)

# Vertical placement of each kind inside a bar: (top fraction, height fraction).
BANDS: dict[Kind, tuple[float, float]] = {
    Kind.CORE: (0.25, 0.5), Kind.LUNCH: (0.15, 0.7), Kind.BUSY: (0.12, 0.76),
}


@dataclass
class Fonts:
    """The view's fonts and their metrics (rebuilt on a font change)."""

    base: QFont
    small: QFont
    bold: QFont

    @classmethod
    def from_font(cls, base: QFont) -> Fonts:
        """Small (80 %, at least 6 pt) and bold variants of ``base``."""
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.8, 6.0))
        bold = QFont(base)
        bold.setBold(True)
        return cls(QFont(base), small, bold)

    @property
    def metrics(self) -> QFontMetrics:
        """Metrics of the base font."""
        return QFontMetrics(self.base)

    @property
    def small_metrics(self) -> QFontMetrics:
        """Metrics of the small font."""
        return QFontMetrics(self.small)

    @property
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
        bar_h = scene.frame.bar_h
        for block in row.blocks:
            top_f, height_f = BANDS.get(block.kind, (0.0, 1.0))
            for x1, x2 in scene.axis.pieces(block.start, block.end):
                rect = QRectF(x1, bar_h * top_f, max(x2 - x1, 1.0), bar_h * height_f)
                shapes.fills.append((rect, COLORS[block.kind]))
                if block.kind == Kind.LUNCH:
                    shapes.hatches.append(rect)
                elif block.kind in (Kind.HOLIDAY, Kind.CLOSURE) and block.label:
                    shapes.named.append((rect, block.label))
                elif block.kind == Kind.BOOKED:
                    shapes.outlines.append(rect.adjusted(0, 1, -1, -2))
        self._add_hours(scene, row, shapes)
        return shapes

    def _add_hours(self, scene: Scene, row: RowLayout, shapes: RowShapes) -> None:
        bar_h = scene.frame.bar_h
        small = scene.fonts.small_metrics
        step = hour_step(scene.axis.scale, small.horizontalAdvance("00"), 6)
        label_y = -small.height() - 2.0
        right_edge = -1e9
        for tick in row.hours:
            if not scene.axis.shows(tick.minute):
                continue
            x = scene.axis.x(tick.minute)
            hour = tick.local.hour
            (shapes.day_lines if hour == 0 else shapes.hour_lines).append(QLineF(x, 0, x, bar_h))
            if hour % step:
                continue
            label = f"{hour:02d}" if hour else short_weekday(tick.local)
            text = self.static_text(label, scene.fonts.small)
            width = text.size().width()
            if x - width / 2 < right_edge + 3:
                continue  # would touch the previous label (e.g. a day name at midnight)
            right_edge = x + width / 2
            shapes.texts.append((QPointF(x - width / 2, label_y), text, hour == 0))


def paint_empty(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """The hint shown before any week is loaded."""
    painter.setPen(palette.placeholderText().color())
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate(
        "WeekView", "Select interviewers in the roster to see their week."))


def _row_visible(scene: Scene, top: float) -> bool:
    frame = scene.frame
    return top <= frame.rows_bottom and top + frame.row_h >= frame.rows_top


def paint_rows(painter: QPainter, scene: Scene, cache: RowCache) -> None:
    """Every visible row: alternating bands, the drop highlight, then its cached shapes."""
    frame = scene.frame
    painter.save()
    painter.setClipRect(QRect(0, frame.rows_top, frame.width, frame.rows_bottom - frame.rows_top))
    clip = scene.time_clip()
    alt = scene.palette.alternateBase()
    for index in range(len(scene.layout.rows)):
        top = frame.row_top(index, scene.scroll_y)
        if not _row_visible(scene, top):
            continue
        band = QRect(0, round(top), frame.width, frame.row_h)
        if index % 2:
            painter.fillRect(band, alt)
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
        painter.restore()
    painter.restore()


def _paint_shapes(painter: QPainter, scene: Scene, shapes: RowShapes) -> None:
    for rect, color in shapes.fills:
        painter.fillRect(rect, color)
    hatch = QBrush(COLORS[Kind.LUNCH].darker(130), Qt.BrushStyle.BDiagPattern)
    for rect in shapes.hatches:
        painter.fillRect(rect, hatch)
    if shapes.outlines:
        painter.setPen(QPen(COLORS[Kind.BOOKED].darker(140), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRects(shapes.outlines)
    painter.setPen(QPen(HOUR_LINE, 1))
    painter.drawLines(shapes.hour_lines)
    painter.setPen(QPen(DAY_LINE, 1))
    painter.drawLines(shapes.day_lines)
    painter.setFont(scene.fonts.small)
    for color, midnight in ((scene.palette.text().color(), False), (DAY_LINE.darker(150), True)):
        painter.setPen(color)
        for point, text, is_midnight in shapes.texts:
            if is_midnight == midnight:
                painter.drawStaticText(point, text)


def _paint_block_label(painter: QPainter, scene: Scene, rect: QRectF, text: str) -> None:
    painter.save()
    painter.setFont(scene.fonts.small)
    painter.setPen(QColor(150, 40, 40))
    visible = rect.intersected(QRectF(scene.time_clip()))
    elided = scene.fonts.small_metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                  int(visible.width()) - 8)
    painter.drawText(visible.adjusted(4, 0, -4, 0),
                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
    painter.restore()


def paint_day_lines(painter: QPainter, scene: Scene) -> None:
    """A line at every display-zone midnight, and a band in every gap between segments."""
    frame = scene.frame
    painter.save()
    painter.setClipRect(scene.time_clip())
    top = frame.header_h - scene.fonts.small_metrics.height() - 6
    for gap in scene.axis.gaps():
        x = scene.origin + gap
        painter.fillRect(QRectF(x - scene.axis.gap / 2, top, scene.axis.gap,
                                frame.rows_bottom - top), scene.palette.window())
    painter.setPen(QPen(DAY_LINE, 1))
    for day in scene.layout.days:
        if scene.axis.shows(day.start):
            x = int(scene.x(day.start))
            painter.drawLine(x, top, x, frame.rows_bottom)
    painter.restore()


def paint_strip(painter: QPainter, scene: Scene) -> None:
    """The strip under the header: when everyone shown is in core hours."""
    frame = scene.frame
    top = frame.strip_top
    painter.save()
    painter.setClipRect(scene.time_clip())
    painter.fillRect(QRect(frame.label_width, top, frame.width, frame.strip_h),
                     scene.palette.window())
    for block in scene.layout.all_core:
        for x1, x2 in scene.axis.pieces(block.start, block.end):
            painter.fillRect(QRectF(scene.origin + x1, top + 3, max(x2 - x1, 1.0),
                                    frame.strip_h - 6), ALL_CORE_COLOR)
    if not scene.layout.all_core and len(scene.layout.rows) > 1:
        painter.setFont(scene.fonts.small)
        painter.setPen(scene.palette.placeholderText().color())
        painter.drawText(QRect(frame.label_width + 8, top, frame.width, frame.strip_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate(
                             "WeekView", "No hour this week when everyone shown is in core hours"))
    painter.restore()


def paint_overlay(painter: QPainter, scene: Scene) -> None:
    """The highlighted intervals (e.g. a proposal's sessions): a tinted, outlined box."""
    if not scene.highlights:
        return
    frame = scene.frame
    painter.save()
    painter.setClipRect(scene.time_clip().intersected(
        QRect(0, frame.rows_top, frame.width, frame.rows_bottom - frame.rows_top)))
    fill = QColor(OVERLAY_COLOR)
    fill.setAlpha(70)
    painter.setPen(QPen(OVERLAY_COLOR, 2))
    painter.setBrush(fill)
    for index, parts in scene.highlights.items():
        bar = frame.bar_rect(index, scene.scroll_y)
        if not _row_visible(scene, frame.row_top(index, scene.scroll_y)):
            continue
        for part in parts:
            for x1, x2 in scene.axis.pieces(part.start, part.end):
                painter.drawRect(QRectF(scene.origin + x1, bar.y - 1, max(x2 - x1, 2.0),
                                        bar.h + 2))
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
    painter.setFont(scene.fonts.bold)
    painter.setPen(scene.palette.windowText().color())
    today = to_local(scene.now, get_zone(layout.zone)).date()
    line = scene.fonts.metrics.height()
    for day in layout.days:
        for a, b in scene.axis.pieces(day.start, day.end):
            x1, x2 = scene.origin + a, scene.origin + b
            left = max(x1, frame.label_width)
            rect = QRectF(left, 2, x2 - left, line + 2)
            if day.day == today:
                painter.fillRect(QRectF(x1, 0, x2 - x1, frame.header_h),
                                 scene.palette.highlight().color().lighter(185))
            text = day_text(day.day)
            text = scene.fonts.bold_metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                       int(rect.width()) - 6)
            painter.drawText(rect.adjusted(6, 0, -2, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    _paint_header_hours(painter, scene)
    painter.restore()
    painter.setPen(QPen(DAY_LINE, 1))
    painter.drawLine(0, frame.header_h - 1, frame.width, frame.header_h - 1)


def _paint_header_hours(painter: QPainter, scene: Scene) -> None:
    fm = scene.fonts.small_metrics
    step = hour_step(scene.axis.scale, fm.horizontalAdvance("00"), 6)
    painter.setFont(scene.fonts.small)
    painter.setPen(scene.palette.placeholderText().color())
    top = scene.fonts.metrics.height() + 6
    for tick in scene.layout.hours:
        hour = tick.local.hour
        if hour % step or hour == 0 or not scene.axis.shows(tick.minute):
            continue
        x = scene.x(tick.minute)
        label = f"{hour:02d}"
        w = fm.horizontalAdvance(label)
        painter.drawText(QRectF(x - w / 2, top, w + 2, fm.height()),
                         Qt.AlignmentFlag.AlignCenter, label)


def paint_labels(painter: QPainter, scene: Scene) -> None:
    """The sticky column: the display zone, the strip's name, and each person's name and zone."""
    frame = scene.frame
    width = frame.label_width
    painter.fillRect(QRect(0, 0, width, frame.rows_bottom), scene.palette.window())
    painter.setPen(QPen(DAY_LINE, 1))
    painter.drawLine(width - 1, 0, width - 1, frame.rows_bottom)
    painter.setFont(scene.fonts.small)
    painter.setPen(scene.palette.windowText().color())
    fm = scene.fonts.small_metrics
    zone_text = QCoreApplication.translate("WeekView", "Shown in {zone}").format(
        zone=scene.layout.zone)
    painter.drawText(QRect(8, 2, width - 12, frame.header_h - 4),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     fm.elidedText(zone_text, Qt.TextElideMode.ElideMiddle, width - 14))
    strip_name = QCoreApplication.translate("WeekView", "Everyone in core hours")
    painter.drawText(QRect(8, frame.strip_top, width - 12, frame.strip_h),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     fm.elidedText(strip_name, Qt.TextElideMode.ElideRight, width - 14))
    painter.save()
    painter.setClipRect(QRect(0, frame.rows_top, width, frame.rows_bottom - frame.rows_top))
    for index, row in enumerate(scene.layout.rows):
        _paint_label(painter, scene, index, row)
    painter.restore()


def _paint_label(painter: QPainter, scene: Scene, index: int, row: RowLayout) -> None:
    frame = scene.frame
    width = frame.label_width
    top = round(frame.row_top(index, scene.scroll_y))
    if not _row_visible(scene, top):
        return
    if index % 2:
        painter.fillRect(QRect(0, top, width - 1, frame.row_h), scene.palette.alternateBase())
    person = row.person
    line = scene.fonts.metrics.height()
    painter.setFont(scene.fonts.bold)
    painter.setPen(scene.palette.windowText().color())
    painter.drawText(QRect(8, top + 4, width - 14, line),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     scene.fonts.bold_metrics.elidedText(person.name, Qt.TextElideMode.ElideRight,
                                                         width - 14))
    painter.setFont(scene.fonts.small)
    painter.setPen(scene.palette.placeholderText().color())
    small = scene.fonts.small_metrics
    painter.drawText(QRect(8, top + 6 + line, width - 14, small.height()),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     small.elidedText(zone_line(row, scene.now), Qt.TextElideMode.ElideMiddle,
                                      width - 14))


def zone_line(row: RowLayout, now: datetime) -> str:
    """A person's zone, UTC offsets this week and local time now."""
    offsets = "/".join(utc_offset_text(o) for o in row.utc_offsets)
    return f"{row.person.timezone} · {offsets} · {time_text(now, row.person.timezone)}"


def legend_items() -> list[tuple[QColor, str]]:
    """(colour, translated name) of everything drawn, in legend order."""
    kinds = (Kind.WINDOW, Kind.CORE, Kind.LUNCH, Kind.BUSY, Kind.BOOKED, Kind.HOLIDAY,
             Kind.CLOSURE, Kind.WEEKEND)
    items = [(COLORS[k], kind_name(k)) for k in kinds]
    items.append((ALL_CORE_COLOR, QCoreApplication.translate("WeekView", "Everyone in core hours")))
    items.append((NOW_COLOR, QCoreApplication.translate("WeekView", "Now")))
    return items


def paint_legend(painter: QPainter, scene: Scene) -> None:
    """The legend along the bottom (as many items as fit)."""
    frame = scene.frame
    top, width = frame.rows_bottom, frame.width
    painter.fillRect(QRect(0, top, width, frame.legend_h), scene.palette.window())
    painter.setPen(QPen(DAY_LINE, 1))
    painter.drawLine(0, top, width, top)
    painter.setFont(scene.fonts.small)
    fm = scene.fonts.small_metrics
    x = 8
    swatch = fm.height() - 4
    y = top + (frame.legend_h - swatch) // 2
    for color, name in legend_items():
        text_w = fm.horizontalAdvance(name)
        if x + swatch + 6 + text_w > width - 4:
            break
        painter.fillRect(QRect(x, y, swatch, swatch), color)
        painter.setPen(scene.palette.windowText().color())
        painter.drawText(QRect(x + swatch + 4, top, text_w + 2, frame.legend_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        x += swatch + 4 + text_w + 14


def paint(painter: QPainter, scene: Scene, cache: RowCache) -> None:
    """Every pass, bottom to top."""
    paint_rows(painter, scene, cache)
    for step in PASSES:
        step(painter, scene)


PASSES: tuple[Callable[[QPainter, Scene], None], ...] = (
    paint_day_lines, paint_strip, paint_overlay, paint_now, paint_header, paint_labels,
    paint_legend,
)
"""The passes after the rows, in painting order."""
