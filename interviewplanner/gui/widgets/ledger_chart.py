"""The ledger's chart: one horizontal bar per interviewer, the month's interview time split into
the part inside their core hours and the part outside, the most out-of-core time first.

The bars come from :func:`interviewplanner.gui.presenters.ledger_rows.ledger_bars` (Qt-free);
each is labelled with the person's name and, at its end, "3 early · 2 late". It takes no focus:
the table beside it holds the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from interviewplanner.gui.presenters.ledger_rows import LedgerBar

IN_CORE = QColor(140, 196, 240)
OUTSIDE = QColor(226, 96, 30)
BAR = 16
GAP = 6
PAD = 8


class LedgerChartWidget(QWidget):
    """Paints the bars; ``label(bar)`` words the text at a bar's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """No bars yet."""
        super().__init__(parent)
        self.setObjectName("ledgerChart")
        self.bars: list[LedgerBar] = []
        self.label: Callable[[LedgerBar], str] = lambda bar: ""
        self.legend: tuple[str, str] = ("", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[LedgerBar], label: Callable[[LedgerBar], str],
                 legend: tuple[str, str]) -> None:
        """Show ``bars``; ``legend`` names the two colours (inside, outside core hours)."""
        self.bars = list(bars)
        self.label = label
        self.legend = legend
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        """One line per bar, and the legend."""
        return QSize(480, PAD * 2 + (len(self.bars) + 1) * (BAR + GAP))

    def minimumSizeHint(self) -> QSize:
        """Every bar shows."""
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Names, bars, counts, legend."""
        del event
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = QFontMetrics(painter.font())
        names = max((metrics.horizontalAdvance(b.name) for b in self.bars), default=0) + PAD
        labels = max((metrics.horizontalAdvance(self.label(b)) for b in self.bars), default=0)
        width = max(40, self.width() - names - labels - 3 * PAD)
        text = self.palette().text().color()
        for index, bar in enumerate(self.bars):
            y = PAD + index * (BAR + GAP)
            painter.setPen(text)
            painter.drawText(QRectF(PAD, y, names, BAR), Qt.AlignmentFlag.AlignVCenter, bar.name)
            x = PAD + names
            core_w, out_w = width * bar.core_share, width * bar.outside_share
            painter.fillRect(QRectF(x, y + 2, core_w, BAR - 4), IN_CORE)
            painter.fillRect(QRectF(x + core_w, y + 2, out_w, BAR - 4), OUTSIDE)
            painter.setPen(text)
            painter.drawText(QRectF(x + core_w + out_w + PAD, y, labels + PAD, BAR),
                             Qt.AlignmentFlag.AlignVCenter, self.label(bar))
        self._paint_legend(painter, PAD + len(self.bars) * (BAR + GAP), metrics)
        painter.end()

    def _paint_legend(self, painter: QPainter, y: int, metrics: QFontMetrics) -> None:
        x = float(PAD)
        for colour, words in ((IN_CORE, self.legend[0]), (OUTSIDE, self.legend[1])):
            if not words:
                continue
            painter.fillRect(QRectF(x, y + 4, BAR, BAR - 8), colour)
            x += BAR + 4
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x, y, metrics.horizontalAdvance(words) + 2, BAR),
                             Qt.AlignmentFlag.AlignVCenter, words)
            x += metrics.horizontalAdvance(words) + 3 * PAD
