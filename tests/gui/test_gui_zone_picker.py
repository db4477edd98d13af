"""Zone and country pickers: labels in the UI language, search in English, Japanese and ids."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from interviewplanner.gui import i18n
from interviewplanner.gui.widgets.zone_picker import (
    SECONDARY_ROLE,
    CountryPicker,
    ZonePicker,
)

SOME_ZONES = [("", name) for name in ("America/Los_Angeles", "America/New_York", "Asia/Tokyo",
                                      "Asia/Kolkata", "Europe/London", "UTC")]


def type_into(qtbot: QtBot, edit: QLineEdit | None, text: str) -> None:
    """Type like a user (QTest only types ASCII: other text is set and announced as an edit)."""
    assert edit is not None
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.setText(text)
        edit.textEdited.emit(text)


def suggestions(picker: ZonePicker | CountryPicker) -> list[str]:
    completer = picker.completer()
    assert completer is not None
    model = completer.completionModel()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def zone_picker(qtbot: QtBot) -> ZonePicker:
    picker = ZonePicker(None, SOME_ZONES)
    qtbot.addWidget(picker)
    picker.fill(SOME_ZONES)  # as the window does once the worker has the zone list
    picker.show()
    return picker


def test_at_start_up_zones_are_labelled_from_their_ids(qtbot: QtBot) -> None:
    picker = ZonePicker(None, [("", "America/Los_Angeles")])
    qtbot.addWidget(picker)
    picker.set_zone("America/Los_Angeles")
    assert picker.currentText().startswith("Los Angeles (UTC")
    assert picker.zone() == "America/Los_Angeles"
    i18n.install("ja")
    try:
        picker.fill([("", "America/Los_Angeles"), ("", "Asia/Tokyo")])
        assert picker.currentText().startswith("ロサンゼルス (UTC")
        assert picker.zone() == "America/Los_Angeles"
    finally:
        i18n.install("en")


def test_zones_are_shown_by_city_with_the_id_as_secondary_text(qtbot: QtBot) -> None:
    picker = zone_picker(qtbot)
    picker.set_zone("America/Los_Angeles")
    assert picker.currentText().startswith("Los Angeles (UTC")
    assert "_" not in picker.currentText()
    row = picker.currentIndex()
    assert picker.itemData(row, SECONDARY_ROLE) == "America/Los_Angeles · Pacific Time"
    assert picker.itemData(row, Qt.ItemDataRole.ToolTipRole) == "America/Los_Angeles · Pacific Time"
    assert picker.itemData(row, Qt.ItemDataRole.AccessibleTextRole).endswith(
        "), America/Los_Angeles · Pacific Time")
    assert picker.zone() == "America/Los_Angeles"


@pytest.mark.parametrize(("typed", "expected"), [
    ("tokyo", ["Tokyo"]), ("東京", ["Tokyo"]), ("日本", ["Tokyo"]), ("japan", ["Tokyo"]),
    ("new york", ["New York"]), ("america/new_york", ["New York"]), ("pacific", ["Los Angeles"]),
    ("ロサンゼルス", ["Los Angeles"]), ("ろさんぜるす", ["Los Angeles"]), ("ｔｏｋｙｏ", ["Tokyo"]),
    ("インド", ["Kolkata"]), ("coordinated", ["UTC"]), ("mars", []),
])
def test_search_matches_english_japanese_ids_and_countries(qtbot: QtBot, typed: str,
                                                           expected: list[str]) -> None:
    picker = zone_picker(qtbot)
    type_into(qtbot, picker.lineEdit(), typed)
    assert [text.split(" (")[0] for text in suggestions(picker)] == expected


@pytest.mark.parametrize(("typed", "zone"), [
    ("Asia/Tokyo", "Asia/Tokyo"), ("asia/tokyo", "Asia/Tokyo"), ("東京", "Asia/Tokyo"),
    ("tokyo", "Asia/Tokyo"), ("america/new york", "America/New_York"), ("New York", "America/New_York"),
    ("Mars/Olympus", None), ("York", None), ("Europe/Paris", "Europe/Paris"),
])
def test_typed_text_names_a_zone(qtbot: QtBot, typed: str, zone: str | None) -> None:
    picker = zone_picker(qtbot)
    type_into(qtbot, picker.lineEdit(), typed)
    assert picker.zone() == zone


def test_choosing_a_suggestion_selects_that_zone(qtbot: QtBot) -> None:
    picker = zone_picker(qtbot)
    type_into(qtbot, picker.lineEdit(), "東京")
    completer = picker.completer()
    assert completer is not None
    first = completer.completionModel().index(0, 0)
    with qtbot.waitSignal(picker.activated):
        completer.activated[QModelIndex].emit(first)  # as a click on the first suggestion
    assert picker.zone() == "Asia/Tokyo"


def test_labels_follow_the_ui_language(qtbot: QtBot) -> None:
    picker = zone_picker(qtbot)
    picker.set_zone("Asia/Tokyo")
    i18n.install("ja")
    try:
        QCoreApplication.sendEvent(picker, QEvent(QEvent.Type.LanguageChange))
        assert picker.currentText().startswith("東京 (UTC+09:00)")
        assert picker.zone() == "Asia/Tokyo"
        assert picker.itemData(picker.currentIndex(), SECONDARY_ROLE) == "Asia/Tokyo · 日本時間"
    finally:
        i18n.install("en")
        QCoreApplication.sendEvent(picker, QEvent(QEvent.Type.LanguageChange))
    assert picker.currentText().startswith("Tokyo (UTC+09:00)")


def test_a_valid_zone_outside_the_list_is_added(qtbot: QtBot) -> None:
    picker = zone_picker(qtbot)
    picker.set_zone("Australia/Lord_Howe")
    assert picker.zone() == "Australia/Lord_Howe"
    assert picker.currentText().startswith("Lord Howe Island (UTC+")


def country_picker(qtbot: QtBot) -> CountryPicker:
    picker = CountryPicker(None, "(no national holidays)")
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_countries_are_found_by_code_and_english_or_japanese_name(qtbot: QtBot) -> None:
    picker = country_picker(qtbot)
    line = picker.lineEdit()
    for typed in ("JP", "jp", "Japan", "日本", "JP — Japan", "JP — 日本"):
        type_into(qtbot, line, typed)
        assert picker.code() == "JP", typed
        assert picker.is_valid()
    type_into(qtbot, line, "日本")
    assert suggestions(picker) == ["JP — Japan"]
    type_into(qtbot, line, "Atlantis")
    assert picker.code() is None and not picker.is_valid()


def test_country_names_follow_the_ui_language(qtbot: QtBot) -> None:
    picker = country_picker(qtbot)
    picker.set_code("US")
    assert picker.currentText() == "US — United States"
    i18n.install("ja")
    try:
        QCoreApplication.sendEvent(picker, QEvent(QEvent.Type.LanguageChange))
        assert picker.currentText() == "US — アメリカ合衆国"
        assert picker.code() == "US"
        type_into(qtbot, picker.lineEdit(), "united states")
        assert suggestions(picker) == ["US — アメリカ合衆国"]
    finally:
        i18n.install("en")
