"""The week view widget: state, Qt events, zoom and scrolling; the work is done elsewhere.

What it shows comes from the presenter (:mod:`interviewplanner.gui.presenters.week_layout`,
built on the worker); where things are from :mod:`.geometry`; how they look from
:mod:`.painter`; tooltips from :mod:`.tooltips`; the highlighted preview from :mod:`.overlay`;
dropping calendar files from :mod:`interviewplanner.gui.widgets.calendar_drop`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from interviewplanner.core.intervals import Interval
from interviewplanner.gui import i18n
from interviewplanner.gui.presenters.week_layout import WeekLayout, rebuild
from interviewplanner.gui.widgets.calendar_drop import CalendarDrop, DropsCalendars
from interviewplanner.gui.widgets.week_view import painter as paint
from interviewplanner.gui.widgets.week_view.accessible import cell_text, week_summary
from interviewplanner.gui.widgets.week_view.geometry import (
    MAX_PX_PER_MINUTE,
    ROW_STRETCH,
    ZOOM_STEP,
    Area,
    Axis,
    Frame,
    Hit,
    Metrics,
    clamp_zoom,
    fit_scale,
    hit_test,
    legend_rows,
)
from interviewplanner.gui.widgets.week_view.overlay import Highlight, Overlay, first_instant, place
from interviewplanner.gui.widgets.week_view.tooltips import tooltip

__all__ = ["MAX_PX_PER_MINUTE", "WeekView"]

MIN_LABEL_WIDTH = 170
MAX_LABEL_WIDTH = 300
ROW_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
DAY_KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}


class WeekView(DropsCalendars, QAbstractScrollArea):
    """Availability of several interviewers over one week, in a chosen display zone.

    By default only the hours that matter are shown (everyone's working days and windows,
    padded); :meth:`set_all_hours` shows the whole week. The keyboard moves a selection over
    people (Up/Down) and days (Left/Right, Home/End); the accessible description is a text
    summary of the week, led by the selected person's day.

    Signals:
        filesDropped(str, list): e-mail of the row and the local ``.ics`` paths dropped on it.
        zoomChanged(float): the new scale in pixels per minute.
        currentChanged(str, object): e-mail and display-zone ``date`` of the selected day
            ("" and None when nothing is selected).
    """

    filesDropped = Signal(str, list)
    zoomChanged = Signal(float)
    currentChanged = Signal(str, object)

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
        self._overlay = Overlay({})
        self._highlights: dict[int, tuple[Highlight, ...]] = {}
        self._frame = Frame.build(1, 1, self._metrics(), 0)
        self._axis = Axis(((0.0, 7 * 24 * 60.0),), 1.0)
        self._drop_row = -1
        self._drop = CalendarDrop[int](self._drop_row_at, self._hover_row, self._files_dropped)
        self._all_hours = False
        self._cursor: tuple[int, int] | None = None  # (row, display day index)
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
        before = self.current_cell()
        self._layout = layout
        self._highlights = dict(place(layout, self._overlay))
        self._measure_labels()
        self._relayout()
        if self._cursor is not None:  # the same person and weekday, if still shown
            row = layout.row_of(before[0])
            self._cursor = (row, self._cursor[1]) if row >= 0 else None
        if self.current_cell() != before:
            self.currentChanged.emit(*self.current_cell())
        self._announce()
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
        self._relayout()  # the legend names the preview while there is one
        self._announce()
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
        swatch = self._fonts.small_metrics.height() - 3
        widths = paint.legend_widths(self._fonts, bool(self._highlights))
        lines = legend_rows(widths, self.viewport().width(), swatch)
        return Metrics(self._fonts.metrics.height(), self._fonts.small_metrics.height(),
                       self._label_w, lines)

    def _segments(self) -> tuple[tuple[float, float], ...]:
        if self._layout is None:
            return ((0.0, 7 * 24 * 60.0),)
        if self._all_hours or not self._layout.focus:
            return ((0.0, self._layout.minutes),)
        return self._layout.focus

    def set_all_hours(self, on: bool) -> None:
        """Show the whole week (``True``) or only the hours that matter (the default)."""
        if on != self._all_hours:
            self._all_hours = on
            self._ppm = 0.0
            self._relayout()
            self.horizontalScrollBar().setValue(0)
            self.zoomChanged.emit(self.px_per_minute())
            self.viewport().update()

    def all_hours(self) -> bool:
        """True when the whole week is shown, nights and weekends included."""
        return self._all_hours

    def _fit(self) -> float:
        width = self.viewport().width() - self._label_w - 1
        return fit_scale(self._segments(), width)

    def _relayout(self) -> None:
        """Rebuild the frame and the axis for the current size, zoom, fonts and week."""
        rows = len(self._layout.rows) if self._layout else 0
        viewport = self.viewport()
        self._frame = Frame.build(viewport.width(), viewport.height(), self._metrics(), rows,
                                  ROW_STRETCH)
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
        places = [small.horizontalAdvance(paint.label_lines(r, self._now())[0]) for r in rows]
        wanted = max(MIN_LABEL_WIDTH, max(names) + 24, max(places or [0]) + 24)
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
            self._measure_labels()
            self._relayout()
            if self.rebuild_on_language_change:
                self.rebuild()
            else:
                self._announce()
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

    # -- the keyboard selection and the accessible description ------------------------------

    def current_cell(self) -> tuple[str, date | None]:
        """E-mail and display-zone date of the selected day ("", None: nothing selected)."""
        if self._layout is None or self._cursor is None:
            return "", None
        row, day = self._cursor
        return self._layout.rows[row].person.email, self._layout.days[day].day

    def set_current_cell(self, row: int, day_index: int) -> None:
        """Select person ``row``'s display day ``day_index`` (clamped; scrolled into view)."""
        if self._layout is None or not self._layout.rows:
            return
        row = min(max(row, 0), len(self._layout.rows) - 1)
        day_index = min(max(day_index, 0), len(self._layout.days) - 1)
        self._set_cursor((row, day_index))
        self._ensure_visible(row, day_index)

    def current_cell_text(self) -> str:
        """The selected person's day in words (empty when nothing is selected)."""
        if self._layout is None or self._cursor is None:
            return ""
        row, day = self._cursor
        return cell_text(self._layout, row, day, self._highlights.get(row, ()))

    def summary_text(self) -> str:
        """What the view shows, in sentences (its accessible description)."""
        return week_summary(self._layout, self._highlights, self._overlay.label)

    def _set_cursor(self, cursor: tuple[int, int] | None) -> None:
        if cursor == self._cursor:
            return
        self._cursor = cursor
        email, day = self.current_cell()
        self.currentChanged.emit(email, day)
        self._announce()
        self.viewport().update()

    def _announce(self) -> None:
        """Refresh the accessible description and tell assistive technology."""
        cell = self.current_cell_text()
        self.setAccessibleDescription(f"{cell}\n{self.summary_text()}" if cell
                                      else self.summary_text())
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def _shown_days(self) -> list[int]:
        """Indexes of the display days with some time on screen (in the shown segments)."""
        if self._layout is None:
            return []
        return [i for i, d in enumerate(self._layout.days) if self._axis.pieces(d.start, d.end)]

    def _default_day(self) -> int:
        assert self._layout is not None
        shown = self._shown_days() or [0]
        now = self._layout.minute(self._now())
        today = [i for i in shown if self._layout.days[i].start <= now < self._layout.days[i].end]
        return (today or shown)[0]

    def _ensure_visible(self, row: int, day_index: int) -> None:
        assert self._layout is not None
        day = self._layout.days[day_index]
        pieces = self._axis.pieces(day.start, day.end)
        if pieces:
            start, end = pieces[0][0], pieces[-1][1]
            bar = self.horizontalScrollBar()
            if start < bar.value() or end > bar.value() + bar.pageStep():
                bar.setValue(int(start - 20))
        top = row * self._frame.row_h
        vbar = self.verticalScrollBar()
        if top < vbar.value():
            vbar.setValue(top)
        elif top + self._frame.row_h > vbar.value() + vbar.pageStep():
            vbar.setValue(top + self._frame.row_h - vbar.pageStep())

    def _step_day(self, day_index: int, step: int) -> int:
        shown = self._shown_days() or [day_index]
        if step < 0:
            return max((i for i in shown if i < day_index), default=shown[0])
        return min((i for i in shown if i > day_index), default=shown[-1])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up/Down: person; Left/Right: day; Home/End: first/last day shown."""
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self._layout is None or not self._layout.rows or not plain or not (
                key in ROW_KEYS or key in DAY_KEYS or key in (Qt.Key.Key_Home, Qt.Key.Key_End)):
            super().keyPressEvent(event)
            return
        row, day = self._cursor or (0, self._default_day())
        if self._cursor is not None:
            if key in ROW_KEYS:
                row += ROW_KEYS[Qt.Key(key)]
            elif key in DAY_KEYS:
                day = self._step_day(day, DAY_KEYS[Qt.Key(key)])
            else:
                shown = self._shown_days() or [day]
                day = shown[0] if key == Qt.Key.Key_Home else shown[-1]
        self.set_current_cell(row, day)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a person's bar selects that person's day."""
        hit = self.hit_test(event.position())
        if self._layout is not None and hit.area == Area.ROW and hit.minute is not None:
            days = self._layout.days
            day = next((i for i, d in enumerate(days) if d.start <= hit.minute < d.end), None)
            if day is not None:
                self._set_cursor((hit.row, day))
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """The release of a click that selected a day is ours too."""
        if self.hit_test(event.position()).area == Area.ROW:
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Select a day on first focus (today's, for the first person) and show the frame."""
        super().focusInEvent(event)
        if self._cursor is None and self._layout is not None and self._layout.rows:
            self._set_cursor((0, self._default_day()))
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Draw the selection quieter without focus."""
        super().focusOutEvent(event)
        self.viewport().update()

    # -- tooltips and painting -------------------------------------------------------------

    def tooltip_at(self, pos: QPoint) -> str:
        """Rich text describing what lies under viewport ``pos`` (empty when nothing)."""
        return tooltip(self._layout, self.hit_test(pos), self._highlights, self._overlay.label)

    def hour_labels(self, row: int) -> list[tuple[QRectF, str]]:
        """Where the person's own local-hour labels above ``row`` are drawn (viewport)."""
        if self._layout is None:
            return []
        return paint.hour_labels(self._scene(), self._cache, row)

    def _scene(self) -> paint.Scene:
        assert self._layout is not None
        return paint.Scene(
            self._layout, self._frame, self._axis, self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(), self.palette(), self._fonts, self._now(),
            self._drop_row, self._highlights, self._cursor, self.hasFocus())

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
