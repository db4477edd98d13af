"""The first-run screen shown while the roster is empty: add someone or load demo data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunPage(QWidget):
    """A welcome page with the two ways to start.

    Signals:
        addRequested(): the user wants to add the first interviewer.
        demoRequested(): the user wants the demo team and calendars.
    """

    addRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the page."""
        super().__init__(parent)
        self.setObjectName("FirstRunPage")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        self.title = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.title)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setMaximumWidth(620)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.body)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addSpacing(18)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("firstRunAdd")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.addRequested)
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("firstRunDemo")
        self.demo_button.clicked.connect(self.demoRequested)
        for button in (self.add_button, self.demo_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(180)
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)
        outer.addSpacing(8)
        outer.addWidget(self.hint)
        outer.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Plan interview panels across time zones"))
        self.body.setText(self.tr(
            "Start with your interviewers: their time zone, national holidays and flex-time "
            "policy. Then import each person's calendar (.ics) to see when they are free."))
        self.add_button.setText(self.tr("Add interviewer…"))
        self.demo_button.setText(self.tr("Load demo data"))
        self.hint.setText(self.tr(
            "The demo is a Tokyo + US team of eight with a month of calendars."))

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while something (e.g. the demo import) runs."""
        self.add_button.setDisabled(busy)
        self.demo_button.setDisabled(busy)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
