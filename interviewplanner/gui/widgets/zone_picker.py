"""Pickers with search: IANA time zones (pytz's common zones) and holiday countries.

Typing any part of a name filters the list ("tokyo", "new york", "kolkata"); underscores are
shown as spaces and each zone carries its current UTC offset. The chosen value is the IANA name
(``zone()``) or the country code (``code()``), or None when the text matches nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from interviewplanner.core.timezones import is_known_zone
from interviewplanner.gui.zones import zone_entries, zone_label


def _searchable(combo: QComboBox) -> None:
    """Make an editable combo filter its list by substring, case-insensitively."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    combo.setCompleter(completer)


class ZonePicker(QComboBox):
    """A searchable combo box over pytz's common time zones.

    Signals:
        (those of QComboBox; use currentIndexChanged / editTextChanged and read zone().)
    """

    def __init__(self, parent: QWidget | None = None,
                 entries: Sequence[tuple[str, str]] | None = None) -> None:
        """Fill the list with (label, zone) ``entries`` (default: pytz's common zones)."""
        super().__init__(parent)
        self.fill(zone_entries() if entries is None else entries)
        _searchable(self)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setCurrentIndex(-1)

    def fill(self, entries: Sequence[tuple[str, str]]) -> None:
        """Replace the list, keeping the chosen zone."""
        chosen = self.zone() if self.count() else None
        self.blockSignals(True)
        self.clear()
        for label, name in entries:
            self.addItem(label, name)
        self.blockSignals(False)
        self.set_zone(chosen)

    def zone(self) -> str | None:
        """The chosen IANA zone name, or None when the text is not a zone."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        candidate = text.split("  (")[0].strip().replace(" ", "_")
        for row in range(self.count()):
            if str(self.itemData(row)).casefold() == candidate.casefold():
                return str(self.itemData(row))
        return candidate if "/" in candidate and is_known_zone(candidate) else None

    def set_zone(self, name: str | None) -> None:
        """Select ``name`` (added to the list when it is a valid zone outside the common set)."""
        if not name:
            self.setCurrentIndex(-1)
            self.setEditText("")
            return
        index = self.findData(name)
        if index < 0 and is_known_zone(name):
            self.addItem(zone_label(name), name)
            index = self.count() - 1
        self.setCurrentIndex(index)


def country_label(code: str) -> str:
    """``JP — Japan`` (the name from Qt's locale data, English)."""
    territory = QLocale.codeToTerritory(code)
    name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyCountry else ""
    return f"{code} — {name}" if name else code


class CountryPicker(QComboBox):
    """A searchable combo box of countries that have a holiday calendar, plus "no country".

    Signals:
        (those of QComboBox; read code().)
    """

    def __init__(self, parent: QWidget | None = None, none_text: str = "") -> None:
        """Fill the list; the first entry (``none_text``) means "no national holidays"."""
        super().__init__(parent)
        self.addItem(none_text, None)
        from interviewplanner.core.holidays_calendar import supported_countries  # on first use

        entries = sorted((country_label(c), c) for c in supported_countries())
        for label, code in entries:
            self.addItem(label, code)
        _searchable(self)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def set_none_text(self, text: str) -> None:
        """Re-word the "no country" entry (after a language change)."""
        self.setItemText(0, text)

    def is_valid(self) -> bool:
        """False when the typed text matches no entry."""
        text = self.currentText().strip()
        return not text or text == self.itemText(0) or self.code() is not None

    def code(self) -> str | None:
        """The chosen country code, or None (no country, or text that matches nothing)."""
        text = self.currentText().strip()
        if not text or text == self.itemText(0):
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        code = text.split(" ")[0].upper()
        index = self.findData(code)
        return code if index > 0 else None

    def set_code(self, code: str | None) -> None:
        """Select ``code`` (or the "no country" entry)."""
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))
