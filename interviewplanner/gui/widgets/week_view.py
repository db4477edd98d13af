"""The week view: one row per selected interviewer across a week, painted with QPainter.

Drawn in a display zone the coordinator picks; each row also carries that person's own local
hours. Working window, core hours, lunch window, busy time, booked interviews, weekends,
named holidays and company closures have distinct colours (see the legend at the bottom); a
strip under the header marks the hours when everyone shown is in core hours; a red line marks
"now". Ctrl+wheel or :meth:`zoom_in`/:meth:`zoom_out` zoom around the cursor, the scroll bars
and wheel scroll. Geometry comes from :mod:`.week_layout`, built once per week in
:meth:`WeekView.set_week`; painting only multiplies minutes by the zoom factor, so thirty
people stay smooth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLineF,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QStaticText,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from interviewplanner.core.model import CompanySettings
from interviewplanner.core.timezones import get_zone, to_local
from interviewplanner.gui import i18n
from interviewplanner.gui.widgets.week_layout import (
    Block,
    Kind,
    PersonWeek,
    RowLayout,
    WeekLayout,
    build_week,
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

MIN_PX_PER_MINUTE = 0.05
MAX_PX_PER_MINUTE = 4.0
ZOOM_STEP = 1.25


def calendar_urls_to_paths(urls: Sequence[object]) -> list[Path]:
    """Local ``.ics`` files among dropped URLs (anything else is ignored)."""
    paths: list[Path] = []
    for url in urls:
        to_local_file = getattr(url, "toLocalFile", None)
        if to_local_file is None:
            continue
        text = str(to_local_file())
        if text and text.lower().endswith((".ics", ".ical", ".ifb", ".icalendar")):
            paths.append(Path(text))
    return paths


def accept_calendar_drag(event: QDragEnterEvent) -> None:
    """Accept a drag that carries local .ics files, ignore any other."""
    if calendar_urls_to_paths(event.mimeData().urls()):
        event.acceptProposedAction()
    else:
        event.ignore()


@dataclass
class _RowGeometry:
    """One row's shapes in content coordinates (x: pixels from the week start, y: from the
    bar's top), built once per week and zoom level, then painted with a translation."""

    fills: list[tuple[QRectF, QColor]] = field(default_factory=list)
    hatches: list[QRectF] = field(default_factory=list)
    outlines: list[QRectF] = field(default_factory=list)
    named: list[tuple[QRectF, str]] = field(default_factory=list)
    hour_lines: list[QLineF] = field(default_factory=list)
    day_lines: list[QLineF] = field(default_factory=list)
    texts: list[tuple[QPointF, QStaticText, bool]] = field(default_factory=list)


class WeekView(QAbstractScrollArea):
    """Availability of several interviewers over one week, in a chosen display zone.

    Signals:
        filesDropped(str, list): e-mail of the row and the local ``.ics`` paths dropped on it.
        zoomChanged(float): the new scale in pixels per minute.
    """

    filesDropped = Signal(str, list)
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        """Create an empty view; ``now`` gives the current instant (tests pin it)."""
        super().__init__(parent)
        self._now = now
        self._layout: WeekLayout | None = None
        self._people: tuple[PersonWeek, ...] = ()
        self._company = CompanySettings()
        self._ppm = 0.0  # pixels per minute chosen by zooming; 0 = fit the week to the width
        self._scale = 1.0  # the scale in use (== _ppm, or the fit scale)
        self._label_w = 170
        self._geometry: dict[int, _RowGeometry] = {}
        self._geometry_key: tuple[object, ...] = ()
        self._static: dict[str, QStaticText] = {}
        self._drop_row = -1
        self.rebuild_on_language_change = True  # off when the owner reloads the week itself
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(160)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.viewport().update)
        self._clock.start()
        self._update_fonts()

    # -- content ---------------------------------------------------------------------------

    def set_week(self, monday: date, display_zone: str, people: Sequence[PersonWeek],
                 company: CompanySettings) -> None:
        """Show ``people`` over the week starting ``monday`` in ``display_zone``.

        This is where the geometry is computed; painting afterwards is cheap.
        """
        layout = build_week(monday, display_zone, tuple(people), company,
                            i18n.holidays_language())
        self.show_layout(layout, people, company)

    def show_layout(self, layout: WeekLayout, people: Sequence[PersonWeek],
                    company: CompanySettings) -> None:
        """Show a week whose geometry was already built (e.g. on a worker thread)."""
        self._people = tuple(people)
        self._company = company
        self._layout = layout
        self._measure_labels()
        self._update_scrollbars()
        self.viewport().update()

    @property
    def layout_data(self) -> WeekLayout | None:
        """The current week's geometry (None before the first :meth:`set_week`)."""
        return self._layout

    def rebuild(self) -> None:
        """Recompute the geometry (after a language change: holiday names)."""
        if self._layout is not None:
            self.set_week(self._layout.monday, self._layout.zone, self._people, self._company)

    # -- geometry --------------------------------------------------------------------------

    def _update_fonts(self) -> None:
        base = self.font()
        self._small = QFont(base)
        self._small.setPointSizeF(max(base.pointSizeF() * 0.8, 6.0))
        self._bold = QFont(base)
        self._bold.setBold(True)
        fm, small = QFontMetrics(base), QFontMetrics(self._small)
        self._small_metrics = small
        self._static = {}
        self._geometry_key = ()
        self._line = fm.height()
        self._small_line = small.height()
        self._header_h = self._line + self._small_line + 12
        self._strip_h = max(self._small_line + 8, 16)
        self._row_h = self._small_line + self._line + 14
        self._legend_h = self._small_line + 14
        self._measure_labels()

    @property
    def label_width(self) -> int:
        """Width of the sticky column with names on the left (cached per week and font)."""
        return self._label_w

    def _measure_labels(self) -> None:
        fm = QFontMetrics(self._bold)
        names = [fm.horizontalAdvance(e.person.name) for e in self._people] or [0]
        zones = QFontMetrics(self._small)
        subs = [zones.horizontalAdvance(f"{e.person.timezone} · UTC+00:00 · 00:00 AM")
                for e in self._people] or [0]
        self._label_w = int(min(max(170, max(names) + 24, max(subs) + 20), 300))
        self._scale = self._ppm if self._ppm > 0 else self._fit_scale()

    def px_per_minute(self) -> float:
        """The current scale (pixels per minute; cached, recomputed on resize and zoom)."""
        return self._scale

    def _fit_scale(self) -> float:
        minutes = self._layout.minutes if self._layout else 7 * 24 * 60
        width = max(self.viewport().width() - self.label_width - 1, 100)
        return max(width / minutes, MIN_PX_PER_MINUTE)

    def x_for_minute(self, minute: float) -> float:
        """Viewport x of ``minute`` (since the week start) at the current zoom and scroll."""
        return self.label_width + minute * self.px_per_minute() - self.horizontalScrollBar().value()

    def x_for_instant(self, instant: datetime) -> float:
        """Viewport x of an aware instant."""
        assert self._layout is not None
        return self.x_for_minute(self._layout.minute(instant))

    def minute_at_x(self, x: float) -> float:
        """Minutes since the week start under viewport x."""
        return (x - self.label_width + self.horizontalScrollBar().value()) / self.px_per_minute()

    def rows_top(self) -> int:
        """Viewport y where the first person's row starts (before vertical scrolling)."""
        return self._header_h + self._strip_h + 4

    def row_rect(self, row: int) -> QRect:
        """Viewport rectangle of the bar of ``row`` (the part below its local-hour labels)."""
        top = self.rows_top() + row * self._row_h - self.verticalScrollBar().value()
        bar_top = top + self._small_line + 4
        return QRect(self.label_width, bar_top, self.viewport().width() - self.label_width,
                     self._row_h - self._small_line - 8)

    def row_at(self, y: float) -> int:
        """Index of the row under viewport y, or -1."""
        if self._layout is None or y < self.rows_top() or y >= self._rows_bottom():
            return -1
        row = int((y - self.rows_top() + self.verticalScrollBar().value()) // self._row_h)
        return row if 0 <= row < len(self._layout.rows) else -1

    def _rows_bottom(self) -> int:
        return self.viewport().height() - self._legend_h

    def _update_scrollbars(self) -> None:
        minutes = self._layout.minutes if self._layout else 0
        content = int(minutes * self.px_per_minute())
        visible = max(self.viewport().width() - self.label_width, 1)
        bar = self.horizontalScrollBar()
        bar.setRange(0, max(content - visible, 0))
        bar.setPageStep(visible)
        bar.setSingleStep(max(int(60 * self.px_per_minute()), 10))
        rows = len(self._layout.rows) if self._layout else 0
        room = max(self._rows_bottom() - self.rows_top(), 1)
        vbar = self.verticalScrollBar()
        vbar.setRange(0, max(rows * self._row_h - room, 0))
        vbar.setPageStep(room)
        vbar.setSingleStep(self._row_h)

    # -- zoom ------------------------------------------------------------------------------

    def set_zoom(self, px_per_minute: float, anchor_x: float | None = None) -> None:
        """Set the scale (0 = fit the week), keeping the instant under ``anchor_x`` in place."""
        anchor = self.label_width + 1 if anchor_x is None else anchor_x
        minute = self.minute_at_x(anchor)
        fit = self._fit_scale()
        value = 0.0 if px_per_minute <= 0 else min(max(px_per_minute, fit), MAX_PX_PER_MINUTE)
        self._ppm = 0.0 if value <= fit * 1.0001 else value
        self._scale = self._ppm if self._ppm > 0 else fit
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(
            int(minute * self.px_per_minute() - (anchor - self.label_width)))
        self.zoomChanged.emit(self.px_per_minute())
        self.viewport().update()

    def zoom_in(self) -> None:
        """Zoom in one step around the left edge of the visible time."""
        self.set_zoom(self.px_per_minute() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step (never beyond the whole week)."""
        self.set_zoom(self.px_per_minute() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        """Fit the whole week to the width."""
        self.set_zoom(0)

    def scroll_to_instant(self, instant: datetime) -> None:
        """Scroll so that ``instant`` is near the left of the visible time."""
        if self._layout is not None:
            value = self._layout.minute(instant) * self.px_per_minute()
            self.horizontalScrollBar().setValue(int(value - 40))

    # -- Qt events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the fit-to-width scale and the scroll ranges in step with the size."""
        super().resizeEvent(event)
        self._scale = self._ppm if self._ppm > 0 else self._fit_scale()
        self._update_scrollbars()

    def changeEvent(self, event: QEvent) -> None:
        """Re-lay out after a language or font change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._static = {}
            self._geometry_key = ()
            if self.rebuild_on_language_change:
                self.rebuild()
            else:
                self.viewport().update()
        elif event.type() == QEvent.Type.FontChange:
            self._update_fonts()
            self._update_scrollbars()
            self.viewport().update()
        super().changeEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Repaint on scroll (everything is painted relative to the scroll position)."""
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms around the cursor; Shift+wheel scrolls in time."""
        delta = event.angleDelta().y()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and delta:
            factor = ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP
            self.set_zoom(self.px_per_minute() * factor, event.position().x())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and delta:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        """Show a tooltip for what is under the mouse."""
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- drag and drop of calendar files onto a row ----------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local .ics files."""
        accept_calendar_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Accept only over a person's row, and highlight it."""
        row = self.row_at(event.position().y())
        if row >= 0 and calendar_urls_to_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()
        if row != self._drop_row:
            self._drop_row = row
            self.viewport().update()

    def dragLeaveEvent(self, event: QEvent) -> None:
        """Drop the highlight."""
        self._drop_row = -1
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        """Emit filesDropped for the row under the drop."""
        row = self.row_at(event.position().y())
        paths = calendar_urls_to_paths(event.mimeData().urls())
        self._drop_row = -1
        self.viewport().update()
        if self._layout is None or row < 0 or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(self._layout.rows[row].person.email, paths)

    # -- tooltips --------------------------------------------------------------------------

    def _time_text(self, instant: datetime, zone: str) -> str:
        local = to_local(instant, get_zone(zone))
        return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)

    def _date_text(self, instant: datetime, zone: str) -> str:
        local = to_local(instant, get_zone(zone))
        return QLocale().toString(QDate(local.year, local.month, local.day), self.tr("ddd d MMM"))

    def _kind_name(self, kind: Kind) -> str:
        names = {
            Kind.WEEKEND: self.tr("Day off"), Kind.HOLIDAY: self.tr("Holiday"),
            Kind.CLOSURE: self.tr("Company closure"), Kind.WINDOW: self.tr("Working window"),
            Kind.CORE: self.tr("Core hours"), Kind.LUNCH: self.tr("Lunch window"),
            Kind.BUSY: self.tr("Busy"), Kind.BOOKED: self.tr("Booked interview"),
        }
        return names[kind]

    def _block_line(self, block: Block, row: RowLayout, display: str) -> str:
        own = row.person.timezone
        span = (f"{self._time_text(block.interval.start, own)}–"
                f"{self._time_text(block.interval.end, own)}")
        shown = (f"{self._time_text(block.interval.start, display)}–"
                 f"{self._time_text(block.interval.end, display)}")
        text = f"<b>{self._kind_name(block.kind)}</b>"
        if block.kind == Kind.HOLIDAY and block.label:
            return f"{text}: {block.label}"
        if block.kind == Kind.CLOSURE:
            return text
        if block.kind == Kind.WEEKEND:
            return text
        if block.kind == Kind.LUNCH:
            text += " " + self.tr("({minutes} min)").format(minutes=block.label)
        if own == display:
            return f"{text} {span}"
        return self.tr("{what} {local} local · {shown} here").format(
            what=text, local=span, shown=shown)

    def tooltip_at(self, pos: QPoint) -> str:
        """Rich text describing what lies under viewport ``pos`` (empty when nothing)."""
        layout = self._layout
        if layout is None or pos.x() < self.label_width:
            return ""
        minute = self.minute_at_x(pos.x())
        if not 0 <= minute < layout.minutes:
            return ""
        instant = layout.instant(minute)
        if self._strip_top() <= pos.y() < self.rows_top():
            return self._strip_tooltip(minute, instant)
        row_index = self.row_at(pos.y())
        if row_index < 0:
            return ""
        row = layout.rows[row_index]
        own = row.person.timezone
        head = (f"<b>{row.person.name}</b> — {self._date_text(instant, own)} "
                f"{self._time_text(instant, own)} ({own})<br>"
                + self.tr("{time} in {zone}").format(
                    time=f"{self._date_text(instant, layout.zone)} "
                         f"{self._time_text(instant, layout.zone)}", zone=layout.zone))
        lines = [self._block_line(b, row, layout.zone) for b in row.blocks_at(minute)]
        if not lines:
            lines = [self.tr("Outside working hours")]
        return head + "<br>" + "<br>".join(lines)

    def _strip_tooltip(self, minute: float, instant: datetime) -> str:
        assert self._layout is not None
        inside = [b for b in self._layout.all_core if b.start <= minute < b.end]
        if not inside:
            return self.tr("Not everyone shown is in core hours now")
        block = inside[0]
        zone = self._layout.zone
        return self.tr("Everyone shown is in core hours {start}–{end} ({zone})").format(
            start=self._time_text(block.interval.start, zone),
            end=self._time_text(block.interval.end, zone), zone=zone)

    # -- painting --------------------------------------------------------------------------

    def _strip_top(self) -> int:
        return self._header_h

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint header, strip, rows, the sticky name column, the legend and the now line."""
        painter = QPainter(self.viewport())
        try:
            painter.fillRect(self.viewport().rect(), self.palette().base())
            if self._layout is None:
                self._paint_empty(painter)
                return
            self._paint_rows(painter)
            self._paint_day_lines(painter)
            self._paint_strip(painter)
            self._paint_now(painter)
            self._paint_header(painter)
            self._paint_labels(painter)
            self._paint_legend(painter)
        finally:
            painter.end()

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Select interviewers in the roster to see their week."))

    def _visible_minutes(self) -> tuple[float, float]:
        return self.minute_at_x(self.label_width), self.minute_at_x(self.viewport().width())

    def _time_clip(self) -> QRect:
        width = self.viewport().width() - self.label_width
        return QRect(self.label_width, 0, width, self.viewport().height() - self._legend_h)

    def _paint_rows(self, painter: QPainter) -> None:
        assert self._layout is not None
        painter.save()
        width = self.viewport().width()
        rows_top, rows_bottom = self.rows_top(), self._rows_bottom()
        painter.setClipRect(QRect(0, rows_top, width, rows_bottom - rows_top))
        origin = self._label_w - self.horizontalScrollBar().value()
        scroll_y = self.verticalScrollBar().value()
        alt = self.palette().alternateBase()
        time_clip = self._time_clip()
        bar_h = self._row_h - self._small_line - 8
        for index, row in enumerate(self._layout.rows):
            top = rows_top + index * self._row_h - scroll_y
            if top > rows_bottom or top + self._row_h < rows_top:
                continue
            band = QRect(0, top, width, self._row_h)
            if index % 2:
                painter.fillRect(band, alt)
            if index == self._drop_row:
                painter.fillRect(band, self.palette().highlight().color().lighter(170))
            painter.save()
            painter.setClipRect(time_clip.intersected(band))
            bar_top = top + self._small_line + 4
            geometry = self._row_geometry(index, row, bar_h)
            painter.translate(origin, bar_top)
            self._paint_row_geometry(painter, geometry)
            painter.translate(-origin, -bar_top)
            for rect, text in geometry.named:
                self._paint_block_label(painter, rect.translated(origin, bar_top), text)
            painter.restore()
        painter.restore()

    # Vertical placement of each kind inside a bar: (top fraction, height fraction).
    _BANDS: ClassVar[dict[Kind, tuple[float, float]]] = {
        Kind.CORE: (0.25, 0.5), Kind.LUNCH: (0.15, 0.7), Kind.BUSY: (0.12, 0.76),
    }

    def _row_geometry(self, index: int, row: RowLayout, bar_h: int) -> _RowGeometry:
        """Shapes of one row in content coordinates, cached until the week or zoom changes."""
        key = (id(self._layout), self._scale, bar_h)
        if self._geometry_key != key:
            self._geometry_key = key
            self._geometry.clear()
        cached = self._geometry.get(index)
        if cached is None:
            cached = self._build_row_geometry(row, bar_h)
            self._geometry[index] = cached
        return cached

    def _build_row_geometry(self, row: RowLayout, bar_h: int) -> _RowGeometry:
        scale = self._scale
        geometry = _RowGeometry()
        for block in row.blocks:
            top_f, height_f = self._BANDS.get(block.kind, (0.0, 1.0))
            rect = QRectF(block.start * scale, bar_h * top_f,
                          max((block.end - block.start) * scale, 1.0), bar_h * height_f)
            geometry.fills.append((rect, COLORS[block.kind]))
            if block.kind == Kind.LUNCH:
                geometry.hatches.append(rect)
            elif block.kind in (Kind.HOLIDAY, Kind.CLOSURE) and block.label:
                geometry.named.append((rect, block.label))
            elif block.kind == Kind.BOOKED:
                geometry.outlines.append(rect.adjusted(0, 1, -1, -2))
        step = self._hour_step(self._small_metrics)
        label_y = -self._small_line - 2.0
        right_edge = -1e9
        for tick in row.hours:
            x = tick.minute * scale
            hour = tick.local.hour
            (geometry.day_lines if hour == 0 else geometry.hour_lines).append(
                QLineF(x, 0, x, bar_h))
            if hour % step == 0:
                text = self._static_text(f"{hour:02d}" if hour else self._short_day(tick.local))
                width = text.size().width()
                if x - width / 2 < right_edge + 3:
                    continue  # would touch the previous label (e.g. a day name at midnight)
                right_edge = x + width / 2
                geometry.texts.append((QPointF(x - width / 2, label_y), text, hour == 0))
        return geometry

    def _static_text(self, label: str) -> QStaticText:
        text = self._static.get(label)
        if text is None:
            text = QStaticText(label)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(font=self._small)
            self._static[label] = text
        return text

    def _paint_row_geometry(self, painter: QPainter, geometry: _RowGeometry) -> None:
        for rect, color in geometry.fills:
            painter.fillRect(rect, color)
        hatch = QBrush(COLORS[Kind.LUNCH].darker(130), Qt.BrushStyle.BDiagPattern)
        for rect in geometry.hatches:
            painter.fillRect(rect, hatch)
        if geometry.outlines:
            painter.setPen(QPen(COLORS[Kind.BOOKED].darker(140), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects(geometry.outlines)
        painter.setPen(QPen(HOUR_LINE, 1))
        painter.drawLines(geometry.hour_lines)
        painter.setPen(QPen(DAY_LINE, 1))
        painter.drawLines(geometry.day_lines)
        painter.setFont(self._small)
        for color, midnight in ((self.palette().text().color(), False),
                                (DAY_LINE.darker(150), True)):
            painter.setPen(color)
            for point, text, is_midnight in geometry.texts:
                if is_midnight == midnight:
                    painter.drawStaticText(point, text)

    def _paint_block_label(self, painter: QPainter, rect: QRectF, text: str) -> None:
        painter.save()
        painter.setFont(self._small)
        painter.setPen(QColor(150, 40, 40))
        visible = rect.intersected(QRectF(self._time_clip()))
        fm = QFontMetrics(self._small)
        elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(visible.width()) - 8)
        painter.drawText(visible.adjusted(4, 0, -4, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
        painter.restore()

    def _hour_step(self, fm: QFontMetrics) -> int:
        spacing = 60 * self._scale
        need = fm.horizontalAdvance("00") + 6
        for step in (1, 2, 3, 4, 6, 12, 24):
            if spacing * step >= need:
                return step
        return 24

    def _short_day(self, local: datetime) -> str:
        return QLocale().toString(QDate(local.year, local.month, local.day), "ddd")

    def _paint_day_lines(self, painter: QPainter) -> None:
        assert self._layout is not None
        painter.save()
        painter.setClipRect(self._time_clip())
        painter.setPen(QPen(DAY_LINE, 1))
        for day in self._layout.days:
            x = int(self.x_for_minute(day.start))
            painter.drawLine(x, self._header_h - self._small_line - 6, x, self._rows_bottom())
        painter.restore()

    def _paint_strip(self, painter: QPainter) -> None:
        assert self._layout is not None
        top = self._strip_top()
        painter.save()
        painter.setClipRect(self._time_clip())
        painter.fillRect(QRect(self.label_width, top, self.viewport().width(), self._strip_h),
                         self.palette().window())
        for block in self._layout.all_core:
            x1, x2 = self.x_for_minute(block.start), self.x_for_minute(block.end)
            painter.fillRect(QRectF(x1, top + 3, max(x2 - x1, 1.0), self._strip_h - 6),
                             ALL_CORE_COLOR)
        if not self._layout.all_core and len(self._layout.rows) > 1:
            painter.setFont(self._small)
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QRect(self.label_width + 8, top, self.viewport().width(),
                                   self._strip_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("No hour this week when everyone shown is in core hours"))
        painter.restore()

    def _paint_now(self, painter: QPainter) -> None:
        assert self._layout is not None
        now = self._now()
        if not self._layout.start <= now < self._layout.end:
            return
        x = self.x_for_instant(now)
        if x < self.label_width:
            return
        painter.save()
        painter.setClipRect(self._time_clip())
        painter.setPen(QPen(NOW_COLOR, 2))
        painter.drawLine(int(x), self._header_h - 4, int(x), self._rows_bottom())
        painter.restore()

    def _paint_header(self, painter: QPainter) -> None:
        assert self._layout is not None
        layout = self._layout
        width = self.viewport().width()
        painter.fillRect(QRect(0, 0, width, self._header_h), self.palette().window())
        painter.save()
        painter.setClipRect(QRect(self.label_width, 0, width - self.label_width, self._header_h))
        painter.setFont(self._bold)
        painter.setPen(self.palette().windowText().color())
        today = to_local(self._now(), get_zone(layout.zone)).date()
        for day in layout.days:
            x1, x2 = self.x_for_minute(day.start), self.x_for_minute(day.end)
            left = max(x1, self.label_width)
            rect = QRectF(left, 2, x2 - left, self._line + 2)
            text = QLocale().toString(QDate(day.day.year, day.day.month, day.day.day),
                                      self.tr("ddd d MMM"))
            if day.day == today:
                painter.fillRect(QRectF(x1, 0, x2 - x1, self._header_h),
                                 self.palette().highlight().color().lighter(185))
            fm = QFontMetrics(self._bold)
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 6)
            painter.drawText(rect.adjusted(6, 0, -2, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        self._paint_header_hours(painter)
        painter.restore()
        painter.setPen(QPen(DAY_LINE, 1))
        painter.drawLine(0, self._header_h - 1, width, self._header_h - 1)

    def _paint_header_hours(self, painter: QPainter) -> None:
        assert self._layout is not None
        fm = QFontMetrics(self._small)
        step = self._hour_step(fm)
        painter.setFont(self._small)
        painter.setPen(self.palette().placeholderText().color())
        top = self._line + 6
        for tick in self._layout.hours:
            hour = tick.local.hour
            if hour % step or hour == 0:
                continue
            x = self.x_for_minute(tick.minute)
            label = f"{hour:02d}"
            w = fm.horizontalAdvance(label)
            painter.drawText(QRectF(x - w / 2, top, w + 2, self._small_line),
                             Qt.AlignmentFlag.AlignCenter, label)

    def _paint_labels(self, painter: QPainter) -> None:
        assert self._layout is not None
        width = self.label_width
        painter.fillRect(QRect(0, 0, width, self._rows_bottom()), self.palette().window())
        painter.setPen(QPen(DAY_LINE, 1))
        painter.drawLine(width - 1, 0, width - 1, self._rows_bottom())
        painter.setFont(self._small)
        painter.setPen(self.palette().windowText().color())
        zone_text = self.tr("Shown in {zone}").format(zone=self._layout.zone)
        fm = QFontMetrics(self._small)
        painter.drawText(QRect(8, 2, width - 12, self._header_h - 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(zone_text, Qt.TextElideMode.ElideMiddle, width - 14))
        painter.drawText(QRect(8, self._strip_top(), width - 12, self._strip_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(self.tr("Everyone in core hours"),
                                       Qt.TextElideMode.ElideRight, width - 14))
        painter.save()
        painter.setClipRect(QRect(0, self.rows_top(), width, self._rows_bottom() - self.rows_top()))
        for index, row in enumerate(self._layout.rows):
            self._paint_label(painter, index, row, width)
        painter.restore()

    def _paint_label(self, painter: QPainter, index: int, row: RowLayout, width: int) -> None:
        top = self.row_rect(index).top() - self._small_line - 4
        if top > self._rows_bottom() or top + self._row_h < self.rows_top():
            return
        if index % 2:
            painter.fillRect(QRect(0, top, width - 1, self._row_h), self.palette().alternateBase())
        person = row.person
        painter.setFont(self._bold)
        painter.setPen(self.palette().windowText().color())
        fm = QFontMetrics(self._bold)
        painter.drawText(QRect(8, top + 4, width - 14, self._line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(person.name, Qt.TextElideMode.ElideRight, width - 14))
        painter.setFont(self._small)
        painter.setPen(self.palette().placeholderText().color())
        offsets = "/".join(utc_offset_text(o) for o in row.utc_offsets) or ""
        local_now = to_local(self._now(), get_zone(person.timezone))
        now_text = QLocale().toString(QTime(local_now.hour, local_now.minute),
                                      QLocale.FormatType.ShortFormat)
        sub = f"{person.timezone} · {offsets} · {now_text}"
        small = QFontMetrics(self._small)
        painter.drawText(QRect(8, top + 6 + self._line, width - 14, self._small_line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small.elidedText(sub, Qt.TextElideMode.ElideMiddle, width - 14))

    def legend_items(self) -> list[tuple[QColor, str]]:
        """(colour, translated name) of everything drawn, in legend order."""
        kinds = (Kind.WINDOW, Kind.CORE, Kind.LUNCH, Kind.BUSY, Kind.BOOKED, Kind.HOLIDAY,
                 Kind.CLOSURE, Kind.WEEKEND)
        items = [(COLORS[k], self._kind_name(k)) for k in kinds]
        items.append((ALL_CORE_COLOR, self.tr("Everyone in core hours")))
        items.append((NOW_COLOR, self.tr("Now")))
        return items

    def _paint_legend(self, painter: QPainter) -> None:
        top = self._rows_bottom()
        width = self.viewport().width()
        painter.fillRect(QRect(0, top, width, self._legend_h), self.palette().window())
        painter.setPen(QPen(DAY_LINE, 1))
        painter.drawLine(0, top, width, top)
        painter.setFont(self._small)
        fm = QFontMetrics(self._small)
        x = 8
        swatch = self._small_line - 4
        y = top + (self._legend_h - swatch) // 2
        for color, name in self.legend_items():
            text_w = fm.horizontalAdvance(name)
            if x + swatch + 6 + text_w > width - 4:
                break
            painter.fillRect(QRect(x, y, swatch, swatch), color)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRect(x + swatch + 4, top, text_w + 2, self._legend_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += swatch + 4 + text_w + 14

    def now(self) -> datetime:
        """The current instant as this view sees it."""
        return self._now()

    def week_span(self) -> tuple[datetime, datetime] | None:
        """UTC start and end of the shown week."""
        return (self._layout.start, self._layout.end) if self._layout else None

