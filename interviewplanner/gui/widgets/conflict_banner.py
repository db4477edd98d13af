"""The warning over a booking that the conflict watch flagged (SPEC §9): which session, who,
which rule, and a "Find a new time" button that starts a reschedule on the Plan tab.

Signals:
    findNewTime(str): the user wants new times for this booking id.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from interviewplanner.core.booking import Booking
from interviewplanner.core.conflicts import Conflict
from interviewplanner.core.reasons import Reason
from interviewplanner.gui import formatting
from interviewplanner.gui.wording.reasons import reason_text


def conflict_lines(booking: Booking, conflicts: Sequence[Conflict], zone: str) -> list[str]:
    """One translated line per conflict: the session, its time, and the rule it breaks."""
    names = {p.email.lower(): p.name for p in booking.interviewers}
    lines = []
    for conflict in conflicts:
        session = booking.sessions[conflict.position]
        who = names.get(conflict.interviewer.lower(), conflict.interviewer)
        reason = Reason(conflict.reason, conflict.interviewer, who, conflict.day,
                        conflict.detail, need=conflict.need)
        lines.append(QCoreApplication.translate("ConflictBanner", "{session}, {when}: {why}").format(
            session=session.title,
            when=formatting.format_datetime_range(session.start, session.end, zone),
            why=reason_text(reason)))
    return lines


class ConflictBanner(QFrame):
    """A framed warning with the conflicts of one booking and a button to find a new time."""

    findNewTime = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Hidden until :meth:`show_conflicts` has something to say."""
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#conflictBanner { background: #fff4e5; border: 1px solid #e0a040; }")
        self.text = QLabel(self)
        self.text.setObjectName("conflictText")
        self.text.setWordWrap(True)
        self.booking_id = ""
        self._lines: list[str] = []
        self.button = QPushButton(self)
        self.button.setObjectName("findNewTimeButton")
        self.button.clicked.connect(lambda: self.findNewTime.emit(self.booking_id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.button.setText(self.tr("Find a &new time…"))
        self.button.setToolTip(self.tr("Search new times for this panel on the Plan tab"))
        self._show_text()

    def show_conflicts(self, booking: Booking | None, conflicts: Sequence[Conflict],
                       zone: str) -> None:
        """Show ``booking``'s conflicts (hide when there are none)."""
        if booking is None or not conflicts:
            self.booking_id, self._lines = "", []
            self.hide()
            return
        self.booking_id = booking.id
        self._lines = conflict_lines(booking, conflicts, zone)
        self._show_text()
        self.show()

    def _show_text(self) -> None:
        head = self.tr("Since it was booked, this panel conflicts with new busy time or rules:")
        self.text.setText(head + "".join(f"\n• {line}" for line in self._lines))
        self.text.setAccessibleName(self.text.text())
