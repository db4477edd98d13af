"""The overlap picture: the coming months, one thin row per day, hours of the display zone across.

Where the group can meet is filled green; weekends of the display zone are shaded; each Monday
starts a week, labelled with its date at the left; a clock change in one of the group's zones is
a dashed red line above the row of its date, with the city and "clocks forward/back" at the
right. The layout comes from :mod:`interviewplanner.gui.presenters.overlap_chart` (Qt-free);
this widget only paints it. It takes no focus: the panel lists the same changes as text.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from interviewplanner.core.overlap import What
from interviewplanner.gui import formatting
from interviewplanner.gui.presenters.overlap_chart import DAY_MINUTES, OverlapChart
from interviewplanner.gui.zones import zone_city

SHARED = QColor(56, 160, 90)
WEEKEND = QColor(226, 226, 232)
GRID = QColor(0, 0, 0, 30)
WEEK_LINE = QColor(150, 150, 160)
MARK = QColor(200, 30, 40)
ROW = 6
TOP = 22
BOTTOM = 8
LEFT_PAD = 8
RIGHT_MIN = 150
WIDE_DAY = date(2026, 9, 30)  # measures the week labels


class OverlapChartWidget(QWidget):
    """Paints an :class:`OverlapChart`; empty until :meth:`set_chart`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty picture."""
        super().__init__(parent)
        self.setObjectName("overlapChart")
        self.chart: OverlapChart | None = None
        self.mark_texts: dict[What, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_chart(self, chart: OverlapChart | None, mark_texts: dict[What, str]) -> None:
        """Show ``chart``; ``mark_texts`` words a clock change ("{city}: clocks forward")."""
        self.chart = chart
        self.mark_texts = mark_texts
        self.updateGeometry()
        self.update()

    # -- geometry --------------------------------------------------------------------------

    def _label_width(self) -> int:
        metrics = QFontMetrics(self._small())
        sample = formatting.format_date(WIDE_DAY, year=False)
        return metrics.horizontalAdvance(sample) + 2 * LEFT_PAD

    def _right_width(self) -> int:
        if self.chart is None or not self.chart.marks:
            return LEFT_PAD
        metrics = QFontMetrics(self._small())
        texts = [self._mark_text(m.zone, m.what) for m in self.chart.marks]
        return max(RIGHT_MIN, max(metrics.horizontalAdvance(t) for t in texts) + 2 * LEFT_PAD)

    def sizeHint(self) -> QSize:
        """Wide enough for the hours; one row per day."""
        rows = len(self.chart.rows) if self.chart else 0
        return QSize(640, TOP + rows * ROW + BOTTOM)

    def minimumSizeHint(self) -> QSize:
        """Every row shows; the hours may narrow."""
        return QSize(self._label_width() + 240 + self._right_width(), self.sizeHint().height())

    def _small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return font

    def _mark_text(self, zone: str, what: What) -> str:
        template = self.mark_texts.get(what, "{city}")
        return template.format(city=zone_city(zone))

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Hours, weekends, shared time, week labels, clock changes."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if self.chart is None or not self.chart.rows:
            painter.end()
            return
        left = self._label_width()
        width = max(1, self.width() - left - self._right_width())
        self._paint_hours(painter, left, width)
        self._paint_rows(painter, left, width)
        self._paint_marks(painter, left, width)
        painter.end()

    def _x(self, left: int, width: int, minute: int) -> float:
        return left + width * minute / DAY_MINUTES

    def _paint_hours(self, painter: QPainter, left: int, width: int) -> None:
        assert self.chart is not None
        bottom = TOP + len(self.chart.rows) * ROW
        painter.setFont(self._small())
        metrics = QFontMetrics(painter.font())
        for hour in range(0, 25, 3):
            x = self._x(left, width, hour * 60)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(int(x), TOP, int(x), bottom)
            label = formatting.format_time(time(hour % 24)) if hour < 24 else "24:00"
            painter.setPen(self.palette().text().color())
            w = metrics.horizontalAdvance(label)
            painter.drawText(QRectF(x - w / 2, 2, w + 2, TOP - 4), label)

    def _paint_rows(self, painter: QPainter, left: int, width: int) -> None:
        assert self.chart is not None
        painter.setFont(self._small())
        metrics = QFontMetrics(painter.font())
        for index, row in enumerate(self.chart.rows):
            y = TOP + index * ROW
            if row.weekend:
                painter.fillRect(QRectF(left, y, width, ROW), WEEKEND)
            for segment in row.segments:
                x0, x1 = self._x(left, width, segment.start), self._x(left, width, segment.end)
                painter.fillRect(QRectF(x0, y + 1, max(1.0, x1 - x0), ROW - 1), SHARED)
            if row.week_start or index == 0:
                painter.setPen(QPen(WEEK_LINE, 1))
                painter.drawLine(left, y, left + width, y)
                painter.setPen(self.palette().text().color())
                label = formatting.format_date(row.day, year=False)
                painter.drawText(QPointF(LEFT_PAD, y + metrics.ascent()), label)

    def _paint_marks(self, painter: QPainter, left: int, width: int) -> None:
        assert self.chart is not None
        painter.setFont(self._small())
        metrics = QFontMetrics(painter.font())
        for mark in self.chart.marks:
            index = self.chart.row_of(mark.day)
            if index is None:
                continue
            y = TOP + index * ROW
            painter.setPen(QPen(MARK, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(left, y, left + width, y)
            painter.setPen(MARK)
            text = self._mark_text(mark.zone, mark.what)
            painter.drawText(QPointF(left + width + LEFT_PAD, y + metrics.ascent() / 2), text)

