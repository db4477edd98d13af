"""Settings: the UI language (system, English, 日本語), import defaults, and team mode.

These are UI preferences kept in QSettings; company policy lives in the store, not here. The
team section names the coordinator (recorded with each change) and the database: an SQLite file
or a shared PostgreSQL server, with "Test connection". A password typed into the URL moves to
the password field at once, so it is never shown; the window keeps the URL without it (the
password goes to the system keyring).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.config import split_password, to_url, with_password
from interviewplanner.gui import i18n


class SettingsDialog(QDialog):
    """Edit the UI preferences.

    Signals:
        testRequested(str): "Test connection" was pressed for this database URL (with its
            password); answer with :meth:`show_test_result`.
        (read language(), keep_titles(), coordinator(), database() and password() after accept.)
    """

    testRequested = Signal(str)

    def __init__(self, language: str, keep_titles: bool, parent: QWidget | None = None, *,
                 coordinator: str = "", default_coordinator: str = "", database: str = "",
                 default_database: str = "") -> None:
        """``language`` is "system", "en" or "ja"; ``coordinator`` and ``database`` the team
        settings ("" shows the defaults as placeholders)."""
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language")
        system_name = i18n.LANGUAGES[i18n.system_language()]
        self.language_combo.addItem(
            self.tr("Same as the system ({language})").format(language=system_name), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        form.addRow(self.tr("Language"), self.language_combo)
        self.keep_titles_check = QCheckBox(
            self.tr("Keep event titles when importing calendars"), self)
        self.keep_titles_check.setChecked(keep_titles)
        form.addRow(self.tr("Import"), self.keep_titles_check)
        layout.addLayout(form)
        note = QLabel(self.tr("Titles are private: by default only busy times are stored."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        layout.addWidget(self._team_box(coordinator, default_coordinator, database,
                                        default_database))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _team_box(self, coordinator: str, default_coordinator: str, database: str,
                  default_database: str) -> QGroupBox:
        box = QGroupBox(self.tr("Team"), self)
        form = QFormLayout(box)
        self.name_edit = QLineEdit(coordinator, box)
        self.name_edit.setObjectName("coordinator")
        self.name_edit.setPlaceholderText(default_coordinator)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        form.addRow(self.tr("Your &name"), self.name_edit)
        bare, password = split_password(database)
        self.database_edit = QLineEdit(bare, box)
        self.database_edit.setObjectName("database")
        self.database_edit.setPlaceholderText(default_database)
        self.database_edit.setAccessibleName(self.tr("Database"))
        self.database_edit.setToolTip(self.tr(
            "An SQLite file, or a shared PostgreSQL server: "
            "postgresql+psycopg://user@host/database"))
        self.database_edit.textEdited.connect(self._take_password)
        form.addRow(self.tr("&Database"), self.database_edit)
        self.password_edit = QLineEdit(password, box)
        self.password_edit.setObjectName("databasePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Database password"))
        form.addRow(self.tr("&Password"), self.password_edit)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), box)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self._test)
        self.test_result = QLabel(box)
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        form.addRow(row)
        hint = QLabel(self.tr("Your name is recorded with each change you make (booking "
                              "history). Changes take effect when you press OK."), box)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow(hint)
        return box

    def _take_password(self, text: str) -> None:
        """A password typed into the URL moves to the password field (never shown)."""
        bare, password = split_password(text)
        if password:
            self.database_edit.setText(bare)
            self.password_edit.setText(password)

    def _test(self) -> None:
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))
        self.testRequested.emit(self.database_url())

    def show_test_result(self, ok: bool, text: str) -> None:
        """Show what "Test connection" found (``ok``) or why it failed."""
        self.test_button.setEnabled(True)
        self.test_result.setText(("✔ " if ok else "✘ ") + text)

    def coordinator(self) -> str:
        """The coordinator's name as typed ("" keeps the default)."""
        return self.name_edit.text().strip()

    def database(self) -> str:
        """The database as typed, without a password ("" keeps the default file)."""
        return self.database_edit.text().strip()

    def password(self) -> str:
        """The database password typed (never stored with the settings)."""
        return self.password_edit.text()

    def database_url(self) -> str:
        """The URL to connect to: the database (default file when empty) with the password."""
        chosen = self.database() or self.database_edit.placeholderText()
        return with_password(to_url(chosen), self.password()) if chosen else ""

    def language(self) -> str:
        """The chosen setting: "system", "en" or "ja"."""
        return str(self.language_combo.currentData())

    def keep_titles(self) -> bool:
        """Whether imports keep event titles by default."""
        return self.keep_titles_check.isChecked()
