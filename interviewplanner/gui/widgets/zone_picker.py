"""Pickers with search: IANA time zones (pytz's common zones) and holiday countries.

A zone is shown by its city in the UI language with today's UTC offset ("Los Angeles
(UTC−08:00)", "ロサンゼルス (UTC−08:00)"); the IANA id and the zone's generic name are the
secondary text, drawn at the right of each row of the list and in its tooltip. Typing filters
the list by words found in the city or generic name in English or Japanese, the IANA id, or
the country ("tokyo", "東京", "日本", "new york", "america/new_york", "pacific"); full-width
letters and hiragana match too. The chosen value is the IANA id (``zone()``) or the country
code (``code()``), or None when the text names nothing. Labels follow a language switch.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from interviewplanner.core.timezones import is_known_zone
from interviewplanner.gui import zones

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item role holding the normalised text that search reads (see :func:`zones.normalise_search`)."""
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 2
"""Item role holding the secondary text of a row (the IANA id and generic name of a zone)."""

_Index = QModelIndex | QPersistentModelIndex


class _SearchFilter(QSortFilterProxyModel):
    """Rows whose SEARCH_ROLE text contains every word of the query."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, text: str) -> None:
        """Filter by ``text`` (an empty text shows every row)."""
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10; invalidateFilter() is deprecated
            self.beginFilterChange()
            self._query = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._query = text
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """True for rows whose search text matches the query."""
        if not self._query.strip():
            return True
        key = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE)
        return isinstance(key, str) and zones.matches(self._query, key)


class _SecondaryTextDelegate(QStyledItemDelegate):
    """Draws a row's SECONDARY_ROLE text dimmed at its right edge, elided to the room left."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """The row as usual, then the secondary text."""
        super().paint(painter, option, index)
        secondary = index.data(SECONDARY_ROLE)
        if not isinstance(secondary, str) or not secondary:
            return
        metrics = option.fontMetrics
        rect = option.rect.adjusted(0, 0, -8, 0)
        used = metrics.horizontalAdvance(str(index.data(Qt.ItemDataRole.DisplayRole) or "")) + 32
        room = rect.width() - used
        if room < 40:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.save()
        painter.setPen(option.palette.color(role))
        text = metrics.elidedText(secondary, Qt.TextElideMode.ElideMiddle, room)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Wide enough for both texts."""
        size = super().sizeHint(option, index)
        secondary = index.data(SECONDARY_ROLE)
        if isinstance(secondary, str) and secondary:
            extra = option.fontMetrics.horizontalAdvance(secondary) + 40
            size.setWidth(size.width() + extra)
        return size


def _searchable(combo: QComboBox, popup_width: int) -> _SearchFilter:
    """Make an editable combo filter its list by words of the search role as the user types."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.view().setItemDelegate(_SecondaryTextDelegate(combo.view()))
    search = _SearchFilter(combo)
    search.setSourceModel(combo.model())
    completer = QCompleter(search, combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setMaxVisibleItems(12)
    popup = completer.popup()
    if popup is not None:
        popup.setItemDelegate(_SecondaryTextDelegate(popup))
        popup.setMinimumWidth(popup_width)
    combo.setCompleter(completer)
    line = combo.lineEdit()
    if line is not None:
        line.textEdited.connect(search.set_query)  # runs before the line edit asks for the popup
    return search


class ZonePicker(QComboBox):
    """A searchable combo box over pytz's common time zones, labelled in the UI language.

    Signals:
        (those of QComboBox; use activated / currentIndexChanged / editTextChanged and read
        zone().)
    """

    def __init__(self, parent: QWidget | None = None,
                 entries: Sequence[tuple[str, str]] | None = None) -> None:
        """Fill the list with the zones of ``entries`` ((label, IANA id) pairs; the labels are
        remade in the UI language) or, by default, every zone of :func:`zones.zone_catalog`."""
        super().__init__(parent)
        self._names: list[str] = []
        self._search = _searchable(self, 380)
        if entries is None:
            self.fill(zones.zone_entries())
        else:  # a few zones at start-up: labelled without loading CLDR, relabelled by fill()
            self._names = [name for _label, name in entries]
            self._relabel(quick=True)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setCurrentIndex(-1)

    def fill(self, entries: Sequence[tuple[str, str]]) -> None:
        """Replace the list with the zones of ``entries``, keeping the chosen zone."""
        self._names = [name for _label, name in entries]
        self._relabel()

    def _relabel(self, *, quick: bool = False) -> None:
        """(Re)build the rows in the current UI language, keeping the chosen zone."""
        chosen = self.zone() if self.count() else None
        self.blockSignals(True)
        self.clear()
        for entry in zones.zone_entries_for(self._names, quick=quick):
            self._add(entry)
        self.blockSignals(False)
        self.set_zone(chosen)

    def _add(self, entry: zones.ZoneEntry) -> None:
        self.addItem(entry.label, entry.zone)
        row = self.count() - 1
        self.setItemData(row, entry.search, SEARCH_ROLE)
        self.setItemData(row, entry.secondary, SECONDARY_ROLE)
        self.setItemData(row, entry.secondary, Qt.ItemDataRole.ToolTipRole)
        # the secondary text is painted, so screen readers get it through the accessible text
        self.setItemData(row, f"{entry.label}, {entry.secondary}", Qt.ItemDataRole.AccessibleTextRole)

    def _entries(self) -> list[zones.ZoneEntry]:
        return [zones.ZoneEntry(str(self.itemData(row)), self.itemText(row), "", "",
                                str(self.itemData(row, SEARCH_ROLE) or ""))
                for row in range(self.count())]

    def zone(self) -> str | None:
        """The chosen IANA zone id, or None when the text names no zone (or several)."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return zones.find_zone(text, self._entries()) if self.count() else \
            zones.find_zone(text)

    def set_zone(self, name: str | None) -> None:
        """Select ``name`` (added to the list when it is a valid zone outside the common set)."""
        if not name:
            self.setCurrentIndex(-1)
            self.setEditText("")
            return
        index = self.findData(name)
        if index < 0 and is_known_zone(name):
            self._names.append(name)
            self._add(zones.zone_entry(name))
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.setToolTip(str(self.itemData(index, SECONDARY_ROLE) or "") if index >= 0 else "")

    def changeEvent(self, event: QEvent) -> None:
        """Relabel the zones after a language switch."""
        if event.type() == QEvent.Type.LanguageChange and self._names:
            self._relabel()
        super().changeEvent(event)


def country_label(code: str) -> str:
    """``JP — Japan`` / ``JP — 日本`` in the UI language."""
    return zones.country_label(code)


class CountryPicker(QComboBox):
    """A searchable combo box of countries that have a holiday calendar, plus "no country".

    Countries are named in the UI language and found by their code or their English or
    Japanese name ("jp", "Japan", "日本").

    Signals:
        (those of QComboBox; read code().)
    """

    def __init__(self, parent: QWidget | None = None, none_text: str = "") -> None:
        """Fill the list; the first entry (``none_text``) means "no national holidays"."""
        super().__init__(parent)
        self._search = _searchable(self, 260)
        self._none_text = none_text
        self._fill()
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def _fill(self) -> None:
        chosen = self.code() if self.count() else None
        self.blockSignals(True)
        self.clear()
        self.addItem(self._none_text, None)
        self.setItemData(0, "", SEARCH_ROLE)
        for entry in zones.country_catalog():
            self.addItem(entry.label, entry.code)
            self.setItemData(self.count() - 1, entry.search, SEARCH_ROLE)
        self.blockSignals(False)
        self.set_code(chosen)

    def set_none_text(self, text: str) -> None:
        """Re-word the "no country" entry (after a language change)."""
        self._none_text = text
        self.setItemText(0, text)

    def is_valid(self) -> bool:
        """False when the typed text matches no entry."""
        text = self.currentText().strip()
        return not text or text == self.itemText(0) or self.code() is not None

    def code(self) -> str | None:
        """The chosen country code, or None (no country, or text that names no country)."""
        text = self.currentText().strip()
        if not text or text == self.itemText(0):
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        code = zones.find_country(text)
        return code if code is not None and self.findData(code) > 0 else None

    def set_code(self, code: str | None) -> None:
        """Select ``code`` (or the "no country" entry)."""
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))

    def changeEvent(self, event: QEvent) -> None:
        """Rename the countries after a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)

