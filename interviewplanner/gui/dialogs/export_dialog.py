"""Export a booking to a folder, then the messages to send and what to tell interviewers.

Two pages in one dialog. First the folder (typed, or chosen with Browse…) and whether the
candidate's file names the interviewers' addresses; Export runs on the worker. An unwritable
folder opens a worded dialog and leaves this page as it was, to pick another. Then the result:
the files written (invites/ to e-mail, calendars/ to import), "Open folder", the hint of SPEC §5
on updates, and a ready-to-send message per interviewer and one for the candidate — in English
or Japanese, each in its reader's local time — with "Copy to clipboard".
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.core.booking import BookingStatus
from interviewplanner.gui import errors, formatting, i18n
from interviewplanner.gui.build import labelled, named, splitter
from interviewplanner.gui.operations import export as export_ops
from interviewplanner.gui.operations.export import ExportOutcome
from interviewplanner.gui.ops import OpRunner
from interviewplanner.gui.presenters.booking_rows import BookingRow

CHOOSE_PAGE, RESULT_PAGE = 0, 1
MESSAGE_LANGUAGES = {"en": "English", "ja": "日本語"}


class ExportDialog(QDialog):
    """Choose a folder, export, then copy the messages.

    Signals:
        exported(object): the ExportOutcome of a finished export (the result page is shown).
    """

    exported = Signal(object)

    def __init__(self, runner: OpRunner, row: BookingRow, folder: Path,
                 parent: QWidget | None = None, *,
                 open_url: Callable[[QUrl], object] = QDesktopServices.openUrl) -> None:
        """Export ``row``'s booking, proposing ``folder``; ``open_url`` opens the folder."""
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.runner = runner
        self.row = row
        self.outcome: ExportOutcome | None = None
        self.last_error: QMessageBox | None = None
        self._open_url = open_url
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_choose(folder))
        self.pages.addWidget(self._build_result())
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.export_button.setDefault(True)
        self._set_tab_order_choose()
        self.retranslate()

    # -- construction ----------------------------------------------------------------------

    def _build_choose(self, folder: Path) -> QWidget:
        page = QWidget(self)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.folder_edit = QLineEdit(str(folder), page)
        self.folder_edit.setObjectName("exportFolder")
        self.folder_edit.setMinimumWidth(420)
        self.browse_button = QPushButton(page)
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self.browse)
        self.folder_label = QLabel(page)
        self.folder_label.setBuddy(self.folder_edit)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        self.addresses_check = QCheckBox(page)
        self.addresses_check.setObjectName("candidateSeesAddresses")
        self.layout_note = QLabel(page)
        self.layout_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.folder_label, row)
        form.addRow("", self.addresses_check)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.layout_note)
        layout.addStretch(1)
        return page

    def _build_result(self) -> QWidget:
        page = QWidget(self)
        self.written_label = QLabel(page)
        self.written_label.setObjectName("writtenLabel")
        self.written_label.setWordWrap(True)
        self.written_label.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton(page)
        self.open_button.setObjectName("openFolderButton")
        self.open_button.clicked.connect(self.open_folder)
        top = QHBoxLayout()
        top.addWidget(self.written_label, 1)
        top.addWidget(self.open_button)
        self.hint_box = QGroupBox(page)
        self.hint_label = QLabel(self.hint_box)
        self.hint_label.setObjectName("updateHint")
        self.hint_label.setWordWrap(True)
        hint_layout = QVBoxLayout(self.hint_box)
        hint_layout.addWidget(self.hint_label)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.hint_box)
        layout.addWidget(self._build_messages(page), 1)
        return page

    def _build_messages(self, page: QWidget) -> QWidget:
        self.messages_box = QGroupBox(page)
        box = self.messages_box
        self.language_label, self.language_combo = labelled(QComboBox, box, "messageLanguage")
        for code, name in MESSAGE_LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(i18n.current_language()), 0))
        self.language_combo.currentIndexChanged.connect(lambda _i: self._fill_messages())
        self.readers_label, self.readers = labelled(QListWidget, box, "messageReaders")
        self.readers.currentRowChanged.connect(self._show_message)
        self.to_label, self.to_edit = labelled(QLineEdit, box, "messageTo")
        self.subject_label, self.subject_edit = labelled(QLineEdit, box, "messageSubject")
        self.copy_subject_button = named(QPushButton(box), "copySubjectButton")
        self.copy_subject_button.clicked.connect(self.copy_subject)
        self.body_label, self.body_edit = labelled(QPlainTextEdit, box, "messageBody")
        for field in (self.to_edit, self.subject_edit, self.body_edit):
            field.setReadOnly(True)
        self.copy_button = named(QPushButton(box), "copyMessageButton")
        self.copy_button.clicked.connect(self.copy_message)
        self.copied_label = named(QLabel(box), "copiedLabel")
        return self._lay_out_messages()

    def _lay_out_messages(self) -> QWidget:
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        left = QWidget(self.messages_box)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.readers_label)
        left_layout.addWidget(self.readers, 1)
        right = QWidget(self.messages_box)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        fields = QFormLayout()
        fields.addRow(self.to_label, self.to_edit)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject_edit, 1)
        subject_row.addWidget(self.copy_subject_button)
        fields.addRow(self.subject_label, subject_row)
        right_layout.addLayout(fields)
        right_layout.addWidget(self.body_label)
        right_layout.addWidget(self.body_edit, 1)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copied_label, 1)
        copy_row.addWidget(self.copy_button)
        right_layout.addLayout(copy_row)
        self.message_splitter = splitter(Qt.Orientation.Horizontal, self.messages_box,
                                         "messageSplitter", [(left, 1), (right, 3)])
        box_layout = QVBoxLayout(self.messages_box)
        box_layout.addLayout(language_row)
        box_layout.addWidget(self.message_splitter, 1)
        return self.messages_box

    def _set_tab_order_choose(self) -> None:
        order = [self.folder_edit, self.browse_button, self.addresses_check,
                 self.export_button, self.close_button]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _set_tab_order_result(self) -> None:
        order = [self.open_button, self.language_combo, self.readers, self.to_edit,
                 self.subject_edit,
                 self.copy_subject_button, self.body_edit, self.copy_button, self.close_button]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    # -- texts -----------------------------------------------------------------------------

    def _when(self) -> str:
        return formatting.format_datetime_range(self.row.start, self.row.end,
                                                self.row.candidate.timezone)

    def retranslate(self) -> None:
        """Every text in the current language."""
        name = self.row.candidate.name
        self.setWindowTitle(self.tr("Export {name}'s panel").format(name=name))
        self.intro.setText(self.tr(
            "Write the invites and calendars of {name}'s panel ({when}) into a folder.").format(
            name=name, when=self._when()))
        self.folder_label.setText(self.tr("&Folder:"))
        self.folder_edit.setAccessibleName(self.tr("Export folder"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.addresses_check.setText(
            self.tr("The candidate's file &names the interviewers' e-mail addresses"))
        self.layout_note.setText(self.tr(
            "invites/ holds one invite per session to e-mail (Accept and Decline work); "
            "calendars/ holds one file per interviewer, one for the candidate and one with "
            "every session, to import."))
        self.export_button.setText(self.tr("&Export"))
        self.open_button.setText(self.tr("&Open folder"))
        self.hint_box.setTitle(self.tr("What to tell the interviewers"))
        self.messages_box.setTitle(self.tr("Messages to send"))
        self.language_label.setText(self.tr("&Language:"))
        self.readers_label.setText(self.tr("&Recipients:"))
        self.to_label.setText(self.tr("&To:"))
        self.subject_label.setText(self.tr("&Subject:"))
        self.copy_subject_button.setText(self.tr("Copy s&ubject"))
        self.body_label.setText(self.tr("&Message:"))
        self.copy_button.setText(self.tr("&Copy to clipboard"))
        if self.outcome is not None:
            self._show_outcome(self.outcome)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- export ----------------------------------------------------------------------------

    def folder(self) -> Path:
        """The folder typed or chosen (``~`` expanded)."""
        return Path(self.folder_edit.text().strip()).expanduser()

    def browse(self) -> QFileDialog:
        """Choose the folder in a (non-blocking) folder dialog."""
        chooser = QFileDialog(self, self.tr("Export into folder"), str(self.folder().parent))
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(self.folder_edit.setText)
        chooser.open()
        return chooser

    def export(self) -> None:
        """Write the files on the worker; the result page follows, or a worded error."""
        if not self.folder_edit.text().strip():
            self.folder_edit.setFocus()
            return
        self.export_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.last_error = errors.show_error(self, self.tr("Cannot export"), exc)

        (export_ops.export_booking(self.row.booking_id, self.folder(),
                                   candidate_sees_addresses=self.addresses_check.isChecked())
         .success(self._exported).failure(failed)
         .finished(lambda: self.export_button.setEnabled(True)).run(self.runner))

    def _exported(self, outcome: ExportOutcome) -> None:
        self.outcome = outcome
        self.pages.setCurrentIndex(RESULT_PAGE)
        self.export_button.hide()
        self.close_button.setDefault(True)
        self._set_tab_order_result()
        self._show_outcome(outcome)
        self._grow()
        self.open_button.setFocus()
        self.exported.emit(outcome)

    def _grow(self) -> None:
        """Room for the messages: up to 880×660, within the screen."""
        screen = self.screen().availableGeometry()
        width = min(max(self.width(), 880), screen.width() - 40)
        height = min(max(self.height(), 660), screen.height() - 40)
        self.resize(width, height)
        self.message_splitter.setSizes([width // 3, width - width // 3])

    def _show_outcome(self, outcome: ExportOutcome) -> None:
        invites = sum(1 for f in outcome.files if f.kind == "invite")
        calendars = len(outcome.files) - invites
        self.written_label.setText(self.tr(
            "Wrote {count} files into <b>{folder}</b>: {invites} in invites/ to e-mail, "
            "{calendars} in calendars/ to import.").format(
            count=len(outcome.files), folder=escape(str(outcome.folder)), invites=invites,
            calendars=calendars))
        self.hint_label.setText(self.hint(outcome))
        self._fill_messages()

    def hint(self, outcome: ExportOutcome) -> str:
        """What to tell interviewers about these files (SPEC §5): first, update or cancel."""
        booking = outcome.booking
        if booking.status is BookingStatus.CANCELLED:
            return self.tr(
                "This booking is cancelled. E-mail the cancellation files from invites/ so that "
                "Outlook, Gmail and Apple Calendar remove the events. Importing a cancellation "
                "often leaves the old event in place: tell interviewers to delete the interview "
                "from their calendar by hand.")
        if booking.sequence > 0:
            return self.tr(
                "This is an update (version {number}): the files keep the same event IDs with a "
                "higher sequence number. E-mailed invites from invites/ replace the old event in "
                "Outlook, Gmail and Apple Calendar. An imported file may add a second copy "
                "instead (Google Calendar's import can): tell interviewers to delete the old "
                "event first, then import the new file.").format(number=booking.sequence)
        return self.tr(
            "E-mail each interviewer the invite from invites/ for their session: Outlook and "
            "Gmail then offer Accept and Decline. To import instead, use the person's file from "
            "calendars/ (it holds all of their sessions). If the booking changes later, export "
            "again: e-mailed updates replace the event, imported ones may need the old event "
            "deleted first.")

    # -- messages --------------------------------------------------------------------------

    def message_language(self) -> str:
        """The language the messages are shown in ("en" or "ja")."""
        return str(self.language_combo.currentData())

    def _role(self, role: str) -> str:
        words = {"interviewer": self.tr("interviewer"), "shadow": self.tr("shadow"),
                 "candidate": self.tr("candidate")}
        return words.get(role, role)

    def _fill_messages(self) -> None:
        if self.outcome is None:
            return
        keep = max(self.readers.currentRow(), 0)
        self.readers.blockSignals(True)
        self.readers.clear()
        for message in self.outcome.messages.get(self.message_language(), ()):
            item = QListWidgetItem(self.tr("{name} ({role}, {city})").format(
                name=message.name, role=self._role(message.role),
                city=formatting.zone_display_name(message.timezone)))
            item.setToolTip(message.to)
            self.readers.addItem(item)
        self.readers.blockSignals(False)
        self.readers.setCurrentRow(min(keep, self.readers.count() - 1))
        self._show_message(self.readers.currentRow())

    def _show_message(self, index: int) -> None:
        messages = self.outcome.messages.get(self.message_language(), ()) if self.outcome else ()
        self.copied_label.clear()
        if 0 <= index < len(messages):
            self.to_edit.setText(f"{messages[index].name} <{messages[index].to}>")
            self.to_edit.setCursorPosition(0)
            self.subject_edit.setText(messages[index].subject)
            self.subject_edit.setCursorPosition(0)
            self.body_edit.setPlainText(messages[index].body)
            self.body_edit.setAccessibleName(self.tr("Message to {name}").format(
                name=messages[index].name))
        else:
            self.to_edit.clear()
            self.subject_edit.clear()
            self.body_edit.clear()

    def copy_message(self) -> None:
        """Put the shown message's text on the clipboard."""
        QGuiApplication.clipboard().setText(self.body_edit.toPlainText())
        self.copied_label.setText(self.tr("The message is on the clipboard."))

    def copy_subject(self) -> None:
        """Put the shown message's subject on the clipboard."""
        QGuiApplication.clipboard().setText(self.subject_edit.text())
        self.copied_label.setText(self.tr("The subject is on the clipboard."))

    def open_folder(self) -> None:
        """Open the export folder in the system's file manager."""
        if self.outcome is not None:
            self._open_url(QUrl.fromLocalFile(str(self.outcome.folder)))
