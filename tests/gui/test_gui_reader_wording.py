"""Issue 9: the .ics reader's warnings and skip reasons in the user's language.

Every :class:`ReadCode` has an English and a Japanese sentence; the import summary of a calendar
with a skipped event and a warning reads in Japanese from the line label ("行 4") to the reason,
with no English sentence left.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import ImportReport, SkippedComponent
from interviewplanner.core.read_notes import ReadCode, ReadNote
from interviewplanner.gui import i18n
from interviewplanner.gui.dialogs.import_dialog import ImportSummaryDialog
from interviewplanner.gui.values import FileOutcome
from interviewplanner.gui.wording.reader import detail_text, line_label, note_text, skipped_text
from interviewplanner.ics.read import read_calendar

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
ENGLISH_WORD = re.compile(r"\b[a-z]{2,}\b")
"""A lower-case English word: iCalendar names (DTSTART, VEVENT) and field values are not."""

FIELDS: dict[str, str | int] = {
    "name": "VEVENT", "depth": 8, "opened": 3, "came": "BEGIN:VEVENT", "came_line": 9,
    "last": 40, "tzid": "Mars/Olympus", "zone": "Asia/Tokyo", "detail": "value 'XX' is bad",
    "property": "DTEND", "text": "line 3: stored long ago",
}


def _notes() -> list[ReadNote]:
    return [ReadNote.of(code, 12, **FIELDS) for code in ReadCode]


def test_every_reader_code_has_english_and_japanese() -> None:
    english = [note_text(n) for n in _notes()]
    skipped_en = [skipped_text(SkippedComponent(4, n)) for n in _notes()]
    assert all(english) and all(skipped_en)
    assert "{" not in "".join(english)  # every field is filled in
    i18n.install("ja")
    japanese = [note_text(n) for n in _notes()]
    skipped_ja = [skipped_text(SkippedComponent(4, n)) for n in _notes()]
    for code, en, ja in zip(ReadCode, english, japanese, strict=True):
        assert ja != en and JAPANESE.search(ja), (code, en, ja)
    assert all(JAPANESE.search(text) for text in skipped_ja)
    assert line_label(43) == "行 43"
    assert JAPANESE.search(detail_text(_notes()[0]))


def test_line_labels_and_details_in_english() -> None:
    assert line_label(43) == "line 43"
    assert line_label(0) == "warning"
    note = ReadNote.of(ReadCode.EVENT_BAD_TIME, 7, property="DTSTART", detail="impossible date")
    assert skipped_text(SkippedComponent(4, note)) == (
        "Skipped (line 7): DTSTART is not a valid date and time.")
    assert detail_text(note) == "Details: impossible date"
    assert detail_text(ReadNote.of(ReadCode.METHOD_CANCEL, 2)) == ""


CALENDAR = "\r\n".join([
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tests//EN",
    "BEGIN:VEVENT", "UID:a@example.com", "SUMMARY:No start", "END:VEVENT",
    "BEGIN:VEVENT", "UID:b@example.com", "DTSTART;TZID=Mars/Olympus:20261201T100000",
    "DURATION:PT1H", "END:VEVENT",
    "END:VCALENDAR", ""]).encode()


def _texts(summary: ImportSummaryDialog) -> list[str]:
    texts = [summary.headline.text()]
    top = summary.tree.topLevelItem(0)
    assert top is not None
    texts.append(top.text(1))
    for index in range(top.childCount()):
        child = top.child(index)
        assert child is not None
        texts += [child.text(0), child.text(1)]
    return texts


def test_a_japanese_summary_shows_no_english_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    parsed = read_calendar(CALENDAR, owner_emails=["kim@example.com"], owner_tz="Asia/Tokyo",
                           horizon=Interval(datetime(2026, 11, 1, tzinfo=UTC),
                                            datetime(2027, 1, 1, tzinfo=UTC)))
    assert [s.reason.code for s in parsed.skipped] == [ReadCode.EVENT_NO_DTSTART]
    assert [w.code for w in parsed.warnings] == [ReadCode.UNKNOWN_TZID]
    report = ImportReport("cal.ics", parsed.events, len(parsed.busy), parsed.warnings,
                          parsed.skipped)
    i18n.install("ja")
    summary = ImportSummaryDialog("Ken", [FileOutcome(tmp_path / "cal.ics", report)])
    qtbot.addWidget(summary)
    top = summary.tree.topLevelItem(0)
    assert top is not None and top.childCount() == 2
    labels = {child.text(0) for child in map(top.child, range(2)) if child is not None}
    assert labels == {"行 4", "行 10"}
    for text in _texts(summary):
        assert JAPANESE.search(text), text
        plain = text.replace("Mars/Olympus", "").replace("Asia/Tokyo", "")
        assert not ENGLISH_WORD.search(plain), text
