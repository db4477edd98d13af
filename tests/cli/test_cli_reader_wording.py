"""Issue 9: the reader reports codes; the command line words them in English exactly as before.

``import-ics`` prints warnings as ``line N: <sentence>`` and skipped components as
``{"line", "reason"}`` with the same English text the reader used to build itself.
"""

from __future__ import annotations

from pathlib import Path

from interviewplanner.cli.wording_reader import NOTES, note_text, reason_text, warning_text
from interviewplanner.core.read_notes import EVENT_FAULTS, ReadCode, ReadNote
from tests.cli.conftest import Cli

EMAIL = "kim@example.com"
WINDOW = ("--from", "2026-11-01", "--to", "2027-02-01")
CALENDAR = "\r\n".join([
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tests//EN",
    "BEGIN:VEVENT", "UID:a@example.com", "END:VEVENT",
    "BEGIN:VEVENT", "UID:b@example.com", "DTSTART;TZID=Mars/Olympus:20261201T100000",
    "DURATION:PT1H", "END:VEVENT",
    "this is not a content line",
    "END:VCALENDAR", ""])
WARNINGS = ["line 9: unknown TZID 'Mars/Olympus' read as the interviewer's zone (UTC)",
            "line 12: not an iCalendar content line (no 'NAME:value' form); ignored"]
SKIPPED = [{"line": 4, "reason": "VEVENT skipped: line 4: VEVENT has no DTSTART"}]
FIELDS: dict[str, str | int] = {
    "name": "VEVENT", "depth": 8, "opened": 3, "came": "BEGIN:VEVENT", "came_line": 9,
    "last": 40, "tzid": "Foo", "zone": "UTC", "detail": "bad", "property": "DTEND",
    "text": "line 3: stored long ago",
}


def test_every_reader_code_has_an_english_sentence() -> None:
    assert set(NOTES) == set(ReadCode)
    for code in ReadCode:
        note = ReadNote.of(code, 12, **FIELDS)
        text = note_text(note)
        assert text and "{" not in text, code
        if code is not ReadCode.EARLIER_TEXT:
            assert warning_text(note) == f"line 12: {text}"
        prefix = "VEVENT skipped: line 12: " if code in EVENT_FAULTS else ""
        assert reason_text(note) == prefix + text


def test_import_ics_words_the_notes_as_before(cli: Cli, tmp_path: Path) -> None:
    assert cli("interviewer", "add", "--name", "Kim", "--email", EMAIL, "--tz", "UTC").code == 0
    path = tmp_path / "kim.ics"
    path.write_text(CALENDAR, encoding="utf-8")
    result = cli("import-ics", "--interviewer", EMAIL, str(path), *WINDOW, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["warnings"] == WARNINGS and report["skipped"] == SKIPPED
    text = cli("import-ics", "--interviewer", EMAIL, str(path), *WINDOW)
    assert text.code == 0, text.err
    assert text.out.splitlines()[1:] == [*(f"  warning: {w}" for w in WARNINGS),
                                         "  skipped line 4: VEVENT skipped: line 4: "
                                         "VEVENT has no DTSTART"]


def test_no_usable_event_names_the_first_reason(cli: Cli, tmp_path: Path) -> None:
    assert cli("interviewer", "add", "--name", "Kim", "--email", EMAIL, "--tz", "UTC").code == 0
    path = tmp_path / "kim.ics"
    path.write_text(CALENDAR.replace("DTSTART;TZID=Mars/Olympus:20261201T100000\r\n", ""),
                    encoding="utf-8")
    result = cli("import-ics", "--interviewer", EMAIL, str(path), *WINDOW)
    assert result.code != 0
    assert "no usable event (line 4: VEVENT skipped: line 4: VEVENT has no DTSTART)" in result.err
