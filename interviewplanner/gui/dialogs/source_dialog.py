"""Add a calendar address to an interviewer: an ICS feed or a CalDAV collection (SPEC §9).

The password (optional for a feed, needed for CalDAV) is handed to the operation, which files it
in the system keyring; the dialog keeps it only while it is open.

Signals: none beyond QDialog's; :meth:`request` gives what was entered.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.model import Interviewer
from interviewplanner.gui.build import named
from interviewplanner.gui.operations.sources import SourceRequest

FEED, CALDAV = 0, 1


class SourceDialog(QDialog):
    """Whose calendar, what kind, its address, and the sign-in for it."""

    def __init__(self, people: Sequence[Interviewer], parent: QWidget | None = None, *,
                 chosen: str | None = None) -> None:
        """Offer ``people``; ``chosen`` (an e-mail) is preselected."""
        super().__init__(parent)
        self.setObjectName("SourceDialog")
        self.person = named(QComboBox(self), "sourcePerson")
        for person in people:
            self.person.addItem(f"{person.name} <{person.email}>", person.email)
        if chosen is not None and (found := self.person.findData(chosen)) >= 0:
            self.person.setCurrentIndex(found)
        self.kind = named(QComboBox(self), "sourceKind")
        self.kind.addItems(["", ""])
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.url = named(QLineEdit(self), "sourceUrl")
        self.user = named(QLineEdit(self), "sourceUser")
        for edit in (self.url, self.user):
            edit.textChanged.connect(self._update_ok)
        self.password = named(QLineEdit(self), "sourcePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self._labels, (self.person, self.kind, self.url, self.user,
                                               self.password), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(560, self.sizeHint().height())
        self._update_ok()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Add a calendar address"))
        for label, text in zip(self._labels, (self.tr("&Interviewer:"), self.tr("&Kind:"),
                                              self.tr("&Address:"), self.tr("&User name:"),
                                              self.tr("&Password:")), strict=True):
            label.setText(text)
        self.kind.setItemText(FEED, self.tr("Calendar feed (iCal / .ics address)"))
        self.kind.setItemText(CALDAV, self.tr("CalDAV calendar"))
        self.url.setPlaceholderText("https://…")
        self.hint.setText(self.tr(
            "Google Calendar: Settings → the calendar → “Secret address in iCal format”. "
            "Outlook: Settings → Calendar → Shared calendars → Publish a calendar (ICS link). "
            "The password is kept in the system keyring, never in the database."))

    def _kind_changed(self, _index: int) -> None:
        self._update_ok()

    def _update_ok(self) -> None:
        caldav = self.kind.currentIndex() == CALDAV
        ready = bool(self.url.text().strip()) and self.person.count() > 0
        if caldav:
            ready = ready and bool(self.user.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def request(self) -> SourceRequest:
        """What the user entered."""
        return SourceRequest(str(self.person.currentData() or ""), self.url.text().strip(),
                             caldav=self.kind.currentIndex() == CALDAV,
                             username=self.user.text().strip(), password=self.password.text())
