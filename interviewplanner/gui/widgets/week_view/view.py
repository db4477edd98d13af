"""The week view widget: state, Qt events, zoom and scrolling; the work is done elsewhere.

What it shows comes from the presenter (:mod:`interviewplanner.gui.presenters.week_layout`,
built on the worker); where things are from :mod:`.geometry`; how they look from
:mod:`.painter`; tooltips from :mod:`.tooltips`; the highlighted preview from :mod:`.overlay`;
dropping calendar files from :mod:`interviewplanner.gui.widgets.calendar_drop`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from interviewplanner.core.intervals import Interval
from interviewplanner.gui import i18n
from interviewplanner.gui.presenters.week_layout import WeekLayout, rebuild
from interviewplanner.gui.widgets.calendar_drop import CalendarDrop
from interviewplanner.gui.widgets.week_view import painter as paint
from interviewplanner.gui.widgets.week_view.geometry import (
    MAX_PX_PER_MINUTE,
    ZOOM_STEP,
    Axis,
    Frame,
    Hit,
    Metrics,
    clamp_zoom,
    fit_scale,
    hit_test,
)
from interviewplanner.gui.widgets.week_view.overlay import Highlight, Overlay, first_instant, place
from interviewplanner.gui.widgets.week_view.tooltips import tooltip

__all__ = ["MAX_PX_PER_MINUTE", "WeekView"]

MIN_LABEL_WIDTH = 170
MAX_LABEL_WIDTH = 300


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
        self._ppm = 0.0  # pixels per minute chosen by zooming; 0 = fit the week to the width
        self._fonts = paint.Fonts.from_font(self.font())
        self._cache = paint.RowCache()
        self._label_w = MIN_LABEL_WIDTH
        self._frame = Frame.build(1, 1, self._metrics(), 0)
        self._axis = Axis(((0.0, 7 * 24 * 60.0),), 1.0)
        self._overlay = Overlay({})
        self._highlights: dict[int, tuple[Highlight, ...]] = {}
        self._drop_row = -1
        self._drop = CalendarDrop[int](self._drop_row_at, self._hover_row, self._files_dropped)
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
        self._relayout()

    # -- content ---------------------------------------------------------------------------

    def show_layout(self, layout: WeekLayout, *_legacy: object) -> None:
        """Show a week built by the presenter (:func:`~interviewplanner.gui.presenters.
        week_layout.build_week`, usually on the worker). The only way to load the view.

        Older callers also pass the rows and the company settings; the layout carries both.
        """
        self._layout = layout
        self._highlights = dict(place(layout, self._overlay))
        self._measure_labels()
        self._relayout()
        self.viewport().update()

    @property
    def layout_data(self) -> WeekLayout | None:
        """The current week's geometry (None before the first :meth:`show_layout`)."""
        return self._layout

    def rebuild(self) -> None:
        """Lay the week out again in the UI language (holiday names), on this thread."""
        if self._layout is not None:
            self.show_layout(rebuild(self._layout, i18n.holidays_language()))

    # -- the overlay (a proposal's preview) -------------------------------------------------

    def set_overlay(self, highlights: Mapping[str, Sequence[Interval]], label: str = "", *,
                    reveal: bool = True) -> None:
        """Highlight UTC intervals per person (keyed by e-mail) over their rows.

        ``label`` names the highlights in tooltips ("Proposal 2"). With ``reveal``, the view
        scrolls so that the earliest highlight in the shown week is visible. People not shown
        and time outside the shown week are kept but not drawn: they appear when that week or
        person is shown.
        """
        self._overlay = Overlay.of(highlights, label)
        self._highlights = dict(place(self._layout, self._overlay))
        first = first_instant(self._layout, self._overlay)
        if reveal and first is not None:
            self._reveal(first)
        self.viewport().update()

    def clear_overlay(self) -> None:
        """Remove every highlight."""
        self.set_overlay({}, reveal=False)

    def overlay(self) -> dict[str, tuple[Interval, ...]]:
        """The highlighted intervals per (lower-case) e-mail, as last set."""
        return dict(self._overlay.intervals)

    def overlay_rows(self) -> dict[int, list[tuple[float, float]]]:
        """Highlighted minute ranges per shown row index (what is drawn)."""
        return {row: [(h.start, h.end) for h in parts] for row, parts in self._highlights.items()}

    def _reveal(self, interval: Interval) -> None:
        assert self._layout is not None
        start = self._axis.x(self._layout.minute(interval.start))
        end = self._axis.x(self._layout.minute(interval.end))
        bar = self.horizontalScrollBar()
        visible = bar.pageStep()
        if start < bar.value() or end > bar.value() + visible:
            bar.setValue(int(start - 40))
        row = min(r for r in self._highlights)
        top = row * self._frame.row_h
        vbar = self.verticalScrollBar()
        if top < vbar.value() or top + self._frame.row_h > vbar.value() + vbar.pageStep():
            vbar.setValue(top)

    # -- geometry --------------------------------------------------------------------------

    def _metrics(self) -> Metrics:
        return Metrics(self._fonts.metrics.height(), self._fonts.small_metrics.height(),
                       self._label_w)

    def _segments(self) -> tuple[tuple[float, float], ...]:
        minutes = self._layout.minutes if self._layout else 7 * 24 * 60.0
        return ((0.0, minutes),)

    def _fit(self) -> float:
        width = self.viewport().width() - self._label_w - 1
        return fit_scale(self._segments(), width)

    def _relayout(self) -> None:
        """Rebuild the frame and the axis for the current size, zoom, fonts and week."""
        rows = len(self._layout.rows) if self._layout else 0
        viewport = self.viewport()
        self._frame = Frame.build(viewport.width(), viewport.height(), self._metrics(), rows)
        scale = self._ppm if self._ppm > 0 else self._fit()
        self._axis = Axis(self._segments(), scale)
        self._update_scrollbars()

    @property
    def label_width(self) -> int:
        """Width of the sticky column with names on the left (cached per week and font)."""
        return self._label_w

    def _measure_labels(self) -> None:
        bold, small = self._fonts.bold_metrics, self._fonts.small_metrics
        rows = self._layout.rows if self._layout else ()
        names = [bold.horizontalAdvance(r.person.name) for r in rows] or [0]
        subs = [small.horizontalAdvance(f"{r.person.timezone} · UTC+00:00 · 00:00 AM")
                for r in rows] or [0]
        wanted = max(MIN_LABEL_WIDTH, max(names) + 24, max(subs) + 20)
        self._label_w = int(min(wanted, MAX_LABEL_WIDTH))

    def px_per_minute(self) -> float:
        """The current scale (pixels per minute; recomputed on resize and zoom)."""
        return self._axis.scale

    def x_for_minute(self, minute: float) -> float:
        """Viewport x of ``minute`` (since the week start) at the current zoom and scroll."""
        return self._label_w + self._axis.x(minute) - self.horizontalScrollBar().value()

    def x_for_instant(self, instant: datetime) -> float:
        """Viewport x of an aware instant."""
        assert self._layout is not None
        return self.x_for_minute(self._layout.minute(instant))

    def minute_at_x(self, x: float) -> float:
        """Minutes since the week start under viewport x."""
        return self._axis.minute_at(x - self._label_w + self.horizontalScrollBar().value())

    def rows_top(self) -> int:
        """Viewport y where the first person's row starts (before vertical scrolling)."""
        return self._frame.rows_top

    def row_rect(self, row: int) -> QRect:
        """Viewport rectangle of the bar of ``row`` (the part below its local-hour labels)."""
        return paint.qrect(self._frame.bar_rect(row, self.verticalScrollBar().value()))

    def row_at(self, y: float) -> int:
        """Index of the row under viewport y, or -1."""
        if self._layout is None:
            return -1
        return self._frame.row_at(y, self.verticalScrollBar().value())

    def hit_test(self, pos: QPoint | QPointF) -> Hit:
        """What lies under viewport ``pos``: area, row and minute."""
        return hit_test(self._frame, self._axis, (pos.x(), pos.y()),
                        (self.horizontalScrollBar().value(), self.verticalScrollBar().value()))

    def _update_scrollbars(self) -> None:
        h_max, h_page, v_max, v_page = self._frame.scroll_ranges(self._axis)
        bar = self.horizontalScrollBar()
        bar.setRange(0, h_max)
        bar.setPageStep(h_page)
        bar.setSingleStep(max(int(60 * self._axis.scale), 10))
        vbar = self.verticalScrollBar()
        vbar.setRange(0, v_max)
        vbar.setPageStep(v_page)
        vbar.setSingleStep(self._frame.row_h)

    # -- zoom ------------------------------------------------------------------------------

    def set_zoom(self, px_per_minute: float, anchor_x: float | None = None) -> None:
        """Set the scale (0 = fit the week), keeping the instant under ``anchor_x`` in place."""
        anchor = self._label_w + 1 if anchor_x is None else anchor_x
        minute = self.minute_at_x(anchor)
        self._ppm = clamp_zoom(px_per_minute, self._fit())
        self._relayout()
        self.horizontalScrollBar().setValue(
            int(self._axis.x(minute) - (anchor - self._label_w)))
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
            value = self._axis.x(self._layout.minute(instant))
            self.horizontalScrollBar().setValue(int(value - 40))

    # -- Qt events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the fit-to-width scale and the scroll ranges in step with the size."""
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        """Re-lay out after a language or font change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._cache.clear()
            if self.rebuild_on_language_change:
                self.rebuild()
            else:
                self.viewport().update()
        elif event.type() == QEvent.Type.FontChange:
            self._fonts = paint.Fonts.from_font(self.font())
            self._cache.clear()
            self._measure_labels()
            self._relayout()
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

    def _drop_row_at(self, point: QPointF) -> int | None:
        row = self.row_at(point.y())
        return row if row >= 0 else None

    def _hover_row(self, row: int | None) -> None:
        self._drop_row = -1 if row is None else row
        self.viewport().update()

    def _files_dropped(self, row: int, paths: list[Path]) -> None:
        if self._layout is not None:
            self.filesDropped.emit(self._layout.rows[row].person.email, paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local .ics files."""
        self._drop.enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Accept only over a person's row, and highlight it."""
        self._drop.move(event)

    def dragLeaveEvent(self, event: QEvent) -> None:
        """Drop the highlight."""
        self._drop.leave()

    def dropEvent(self, event: QDropEvent) -> None:
        """Emit filesDropped for the row under the drop."""
        self._drop.drop(event)

    # -- tooltips and painting -------------------------------------------------------------

    def tooltip_at(self, pos: QPoint) -> str:
        """Rich text describing what lies under viewport ``pos`` (empty when nothing)."""
        return tooltip(self._layout, self.hit_test(pos), self._highlights, self._overlay.label)

    def _scene(self) -> paint.Scene:
        assert self._layout is not None
        return paint.Scene(
            self._layout, self._frame, self._axis, self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(), self.palette(), self._fonts, self._now(),
            self._drop_row, self._highlights)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint header, strip, rows, the sticky name column, the legend and the now line."""
        painter = QPainter(self.viewport())
        try:
            painter.fillRect(self.viewport().rect(), self.palette().base())
            if self._layout is None:
                paint.paint_empty(painter, self.viewport().rect(), self.palette())
                return
            paint.paint(painter, self._scene(), self._cache)
        finally:
            painter.end()

    def legend_items(self) -> list[tuple[QColor, str]]:
        """(colour, translated name) of everything drawn, in legend order."""
        return paint.legend_items()

    def now(self) -> datetime:
        """The current instant as this view sees it."""
        return self._now()

    def week_span(self) -> tuple[datetime, datetime] | None:
        """UTC start and end of the shown week."""
        return (self._layout.start, self._layout.end) if self._layout else None
