"""The side pane of the Bookings tab: one booking's panel, people, times and history.

A read-only :class:`QTextBrowser` (a screen reader reads it line by line, and it takes keyboard
focus for that): the candidate and status, when (in the display zone and in the candidate's
own zone), each session with its interviewers and their local time, the invites' version
(SEQUENCE), and the history newest first — booked, rescheduled, cancelled, restored — with when,
by whom (when the store records it) and what it left.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from interviewplanner.core.booking import BookingStatus, Party
from interviewplanner.gui import formatting
from interviewplanner.gui.models.booking_model import names_text
from interviewplanner.gui.presenters.booking_rows import BookingRow, HistoryEntry, newest_first


class BookingDetails(QTextBrowser):
    """Details and history of the selected booking (or a hint when none is selected).

    Signals:
        (only those of QTextBrowser.)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty pane."""
        super().__init__(parent)
        self.setObjectName("bookingDetails")
        self.setOpenLinks(False)
        self.row: BookingRow | None = None
        self.history: tuple[HistoryEntry, ...] | None = None
        self.zone = "UTC"
        self.refresh()

    def show_booking(self, row: BookingRow | None, zone: str) -> None:
        """Show ``row`` (None: nothing selected) with times in ``zone``; history follows."""
        if row is None or self.row is None or row.booking_id != self.row.booking_id:
            self.history = None
        self.row, self.zone = row, zone
        self.refresh()

    def show_history(self, booking_id: str, history: Sequence[HistoryEntry]) -> None:
        """The history of ``booking_id`` arrived (ignored when another booking is shown)."""
        if self.row is not None and self.row.booking_id == booking_id:
            self.history = tuple(history)
            self.refresh()

    def refresh(self) -> None:
        """Write the pane again (after a change of data, zone or language)."""
        if self.row is None:
            hint = self.tr("Select a booking to see its sessions, people and history.")
            self.setHtml(f"<p>{escape(hint)}</p>")
            return
        parts = [self._summary(self.row), self._sessions(self.row), self._history()]
        self.setHtml("".join(parts))

    # -- parts -----------------------------------------------------------------------------

    def _when(self, start: datetime, end: datetime, zone: str) -> str:
        return (f"{formatting.format_datetime_range(start, end, zone)} "
                f"({formatting.zone_display_name(zone)})")

    def _status(self, row: BookingRow) -> str:
        if row.status is BookingStatus.CANCELLED:
            return self.tr("Cancelled")
        return self.tr("Confirmed")

    def _summary(self, row: BookingRow) -> str:
        candidate = row.candidate
        lines = [
            (self.tr("Status"), self._status(row)),
            (self.tr("When"), self._when(row.start, row.end, self.zone)),
            (self.tr("Candidate's time"), self._when(row.start, row.end, candidate.timezone)),
            (self.tr("Candidate's e-mail"), candidate.email),
            (self.tr("Invites version"), self.tr("{number} (SEQUENCE)").format(
                number=row.sequence)),
        ]
        if row.booking.location:
            lines.insert(3, (self.tr("Where"), row.booking.location))
        cells = "".join(f"<tr><td><b>{escape(label)}</b>&nbsp;&nbsp;</td>"
                        f"<td>{escape(value)}</td></tr>" for label, value in lines)
        return f"<h3>{escape(candidate.name)}</h3><table>{cells}</table>"

    def _person(self, party: Party, start: datetime, end: datetime) -> str:
        local = formatting.format_time_range(start, end, party.timezone)
        return self.tr("{name} ({time} in {city})").format(
            name=party.name, time=local, city=formatting.zone_display_name(party.timezone))

    def _sessions(self, row: BookingRow) -> str:
        items = []
        for session in sorted(row.booking.sessions, key=lambda s: s.start):
            people = [self._person(_party(row, e), session.start, session.end)
                      for e in session.interviewers]
            shadows = [self._person(_party(row, e), session.start, session.end)
                       for e in session.shadows]
            text = f"<b>{escape(session.title)}</b> — " + escape(
                formatting.format_datetime_range(session.start, session.end, self.zone))
            text += "<br>" + escape(names_text(people))
            if shadows:
                text += "<br>" + escape(self.tr("Shadowing: {names}").format(
                    names=names_text(shadows)))
            items.append(f"<li>{text}</li>")
        title = self.tr("Sessions")
        return f"<h4>{escape(title)}</h4><ul>{''.join(items)}</ul>"

    def _action(self, entry: HistoryEntry) -> str:
        words = {"booked": self.tr("Booked"), "rescheduled": self.tr("Rescheduled"),
                 "cancelled": self.tr("Cancelled"), "restored": self.tr("Restored (undo)")}
        return words.get(entry.action, entry.action)

    def _history_line(self, entry: HistoryEntry) -> str:
        when = formatting.format_datetime(entry.at, self.zone)
        text = f"<b>{escape(self._action(entry))}</b> — {escape(when)}"
        if entry.by:
            text += " — " + escape(self.tr("by {name}").format(name=entry.by))
        span = entry.span()
        if span is not None and entry.state is not None:
            state = (self.tr("Cancelled") if entry.state.status is BookingStatus.CANCELLED
                     else self.tr("Confirmed"))
            text += "<br>" + escape(self.tr("{state}: {when}").format(
                state=state, when=self._when(span[0], span[1], self.zone)))
        return f"<li>{text}</li>"

    def _history(self) -> str:
        heading = self.tr("History")
        title = f"<h4>{escape(heading)}</h4>"
        if self.history is None:
            reading = self.tr("Reading the history…")
            return title + f"<p>{escape(reading)}</p>"
        lines = "".join(self._history_line(e) for e in newest_first(self.history))
        return title + f"<ul>{lines}</ul>"


def _party(row: BookingRow, email: str) -> Party:
    """The booked person with ``email`` (a bare address when the booking lacks them)."""
    try:
        return row.booking.party(email)
    except KeyError:
        return Party(email, email, "UTC")
