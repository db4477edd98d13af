"""Settings: the UI language (system, English, 日本語) and import defaults.

These are UI preferences kept in QSettings; company policy lives in the store, not here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from interviewplanner.gui import i18n


class SettingsDialog(QDialog):
    """Edit the UI preferences.

    Signals:
        (those of QDialog; read language() and keep_titles() after accept.)
    """

    def __init__(self, language: str, keep_titles: bool, parent: QWidget | None = None) -> None:
        """``language`` is "system", "en" or "ja"."""
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def language(self) -> str:
        """The chosen setting: "system", "en" or "ja"."""
        return str(self.language_combo.currentData())

    def keep_titles(self) -> bool:
        """Whether imports keep event titles by default."""
        return self.keep_titles_check.isChecked()
