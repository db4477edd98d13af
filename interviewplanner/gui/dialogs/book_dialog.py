"""Confirm a booking: every attendee's local date and time (with the weekday) before it is made.

One row per person (the candidate first) with their local span and zone; under it one row per
session they attend. "Book" (or "Move here" when moving an existing booking) is the default
button, so Enter books; Escape cancels. The dialog only asks: the planner runs the booking.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.gui import formatting
from interviewplanner.gui.presenters.proposal_preview import Attendee, ProposalFacts, Role


class BookDialog(QDialog):
    """"Book this time?" with everyone's local time.

    Signals:
        (those of QDialog: ``accepted`` means book.)
    """

    def __init__(self, facts: ProposalFacts, parent: QWidget | None = None, *,
                 moving: bool = False) -> None:
        """Ask to book ``facts``' proposal (``moving``: to move an existing booking there)."""
        super().__init__(parent)
        self.setObjectName("BookDialog")
        self.facts = facts
        self.moving = moving
        self.heading = QLabel(self)
        self.heading.setObjectName("bookHeading")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("bookAttendees")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.book_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.book_button.setObjectName("bookButton")
        self.book_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill()
        self.tree.expandAll()
        self._fit()
        self.book_button.setFocus()

    def _fit(self) -> None:
        """As tall as the rows need (up to a screenful of them), wide enough for the dates."""
        rows = sum(1 + item.childCount() for item in
                   (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
                   if item is not None)
        row_h = max(self.tree.sizeHintForRow(0), self.fontMetrics().height() + 4)
        header_h = self.tree.header().sizeHint().height()
        self.tree.setMinimumHeight(min(rows * row_h + header_h + 8, 420))
        width = sum(self.tree.sizeHintForColumn(c) for c in range(3)) + 80
        self.resize(max(560, min(width, 960)), self.sizeHint().height())

    def retranslate(self) -> None:
        """Texts in the current language."""
        name = self.facts.candidate.name
        if self.moving:
            self.setWindowTitle(self.tr("Move the booking"))
            self.heading.setText(self.tr("Move {name}'s panel to this time?").format(name=name))
            self.book_button.setText(self.tr("&Move here"))
            self.note.setText(self.tr("The invites keep their identity: exported again, they "
                                      "replace the old ones."))
        else:
            self.setWindowTitle(self.tr("Book the panel"))
            self.heading.setText(self.tr("Book {name}'s panel at this time?").format(name=name))
            self.book_button.setText(self.tr("&Book"))
            self.note.setText(self.tr("The time is checked again as it is booked: if someone "
                                      "took it meanwhile, nothing is booked."))
        self.tree.setHeaderLabels([self.tr("Who"), self.tr("Their local date and time"),
                                   self.tr("Time zone")])
        self.tree.setAccessibleName(self.tr("Everyone's local time"))

    def _role(self, attendee: Attendee) -> str:
        if attendee.role is Role.CANDIDATE:
            return self.tr("{name} (candidate)").format(name=attendee.name)
        if attendee.role is Role.SHADOW:
            return self.tr("{name} (shadow)").format(name=attendee.name)
        return attendee.name

    def _fill(self) -> None:
        self.tree.clear()
        for attendee in self.facts.attendees:
            zone = attendee.zone
            top = QTreeWidgetItem(self.tree, [
                self._role(attendee),
                formatting.format_datetime_range(attendee.start, attendee.end, zone),
                formatting.zone_label(zone)])
            top.setToolTip(2, zone)
            for session in attendee.sessions:
                child = QTreeWidgetItem(top, [
                    session.title, formatting.format_time_range(session.start, session.end, zone),
                    ""])
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsSelectable
                               | Qt.ItemFlag.ItemIsEnabled)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def rows(self) -> list[tuple[str, str, str]]:
        """The person rows as shown (tests and screen readers read them)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is None:
                continue
            out.append((item.text(0), item.text(1), item.text(2)))
        return out
