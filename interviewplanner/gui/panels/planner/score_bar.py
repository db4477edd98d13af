"""A delegate that draws a proposal's score as a bar with the number on it.

The model gives the score in [0, 1] under ``ScoreRole`` and the text ("0.93") as display; a
screen reader reads the cell's ``AccessibleTextRole`` ("score 0.93 of 1"), the view carries
the list's accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from interviewplanner.gui.models.proposal_model import ScoreRole

BAR_COLOR = QColor(46, 125, 50)


class ScoreBarDelegate(QStyledItemDelegate):
    """Paints the score column: the cell's background, a bar as long as the score, the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """A delegate for one column of ``parent``'s view."""
        super().__init__(parent)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Background (selection), bar, then the number centred on it."""
        score = index.data(ScoreRole)
        if not isinstance(score, float):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = QRectF(opt.rect).adjusted(4, 5, -4, -5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(opt.palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(rect, 3, 3)
        filled = QRectF(rect)
        filled.setWidth(rect.width() * max(0.0, min(1.0, score)))
        painter.setBrush(BAR_COLOR)
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(QColor("white") if score > 0.5 else opt.palette.color(
            QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Wide enough for a readable bar."""
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 72), hint.height())
