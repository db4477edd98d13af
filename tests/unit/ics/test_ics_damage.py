"""Damage is contained per component, with line numbers; non-calendars are rejected clearly."""

from __future__ import annotations

import pytest
from ics_snippets import calendar, event, notes, read, reason, spans, utc, warning_texts

from interviewplanner.ics.read.pipeline import NotICalendarError

GOOD = event("DTSTART:20261210T100000Z", "DTEND:20261210T110000Z", uid="good")
GOOD_SPAN = (utc(2026, 12, 10, 10), utc(2026, 12, 10, 11))


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\r\n \r\n", "empty"),
        (b"<!DOCTYPE html>\n<html><body>Sign in</body></html>\n", "HTML"),
        (b"  <html>\n<head><title>Outlook</title>\n", "HTML"),
        (b"BEGIN:VEVENT\r\nDTSTART:20261201T000000Z\r\nEND:VEVENT\r\n", "BEGIN:VEVENT"),
        (b"PK\x03\x04\x14\x00\x00\x00binary zip", "no BEGIN:VCALENDAR"),
        (b"\xef\xbb\xbf", "empty"),
    ],
)
def test_files_that_are_not_icalendar_are_rejected(data: bytes, words: str) -> None:
    with pytest.raises(NotICalendarError, match="not an iCalendar file") as info:
        read(data)
    assert words in str(info.value)


def test_impossible_date_costs_only_that_event() -> None:
    data = calendar(*event("DTSTART:20260230T100000Z", "DURATION:PT1H", uid="bad"), *GOOD)
    parsed = read(data)
    assert spans(parsed) == [GOOD_SPAN]
    assert parsed.events == 1
    assert parsed.skipped[0].line == 4
    assert "line 7" in reason(parsed.skipped[0]) and "impossible" in reason(parsed.skipped[0])


@pytest.mark.parametrize(
    ("lines", "words"),
    [
        (("DURATION:PT1H",), "no DTSTART"),
        (("DTSTART:20261201T100000Z", "DTEND:20261201T090000Z"), "ends before it starts"),
        (("DTSTART:20261201T100000Z", "DURATION:1 hour"), "DURATION"),
        (("DTSTART;TZID=Asia/Tokyo", "DURATION:PT1H"), "DTSTART"),
        (("DTSTART:20261201T100000Z", "DURATION:PT1H", "EXDATE:tomorrow"), "EXDATE"),
        (("DTSTART:20261201T100000Z", "DURATION:PT1H", "RDATE:20261301T000000Z"), "RDATE"),
        (("DTSTART:20261201T100000Z", "RECURRENCE-ID:x", "DURATION:PT1H"), "RECURRENCE-ID"),
    ],
)
def test_broken_events_are_skipped_with_their_line(lines: tuple[str, ...], words: str) -> None:
    parsed = read(calendar(*event(*lines, uid="bad"), *GOOD))
    assert spans(parsed) == [GOOD_SPAN]
    assert len(parsed.skipped) == 1 and parsed.skipped[0].line == 4
    assert words in reason(parsed.skipped[0])


def test_garbage_line_is_ignored_with_a_warning() -> None:
    data = calendar(*event("DTSTART:20261201T100000Z", "this is not a content line",
                           "DURATION:PT1H", uid="a"), *GOOD)
    parsed = read(data)
    assert spans(parsed) == [(utc(2026, 12, 1, 10), utc(2026, 12, 1, 11)), GOOD_SPAN]
    assert warning_texts(parsed) == ("line 8: not an iCalendar content line (no 'NAME:value' form); "
                               "ignored",)


def test_missing_end_costs_the_unclosed_event_only() -> None:
    unclosed = event("DTSTART:20261201T100000Z", "DURATION:PT1H", uid="a")[:-1]
    parsed = read(calendar(*unclosed, *GOOD))
    assert spans(parsed) == [GOOD_SPAN]
    assert parsed.skipped[0].line == 4
    assert "no END:VEVENT" in reason(parsed.skipped[0])


def test_stray_end_is_ignored_with_a_warning() -> None:
    parsed = read(calendar("END:VTODO", *GOOD))
    assert spans(parsed) == [GOOD_SPAN]
    assert warning_texts(parsed) == ("line 4: END:VTODO without a matching BEGIN; ignored",)


def test_truncated_download_keeps_complete_events() -> None:
    data = calendar(*GOOD, *event("DTSTART:20261211T100000Z", "DURATION:PT1H", uid="cut"))
    cut = data[: data.index(b"DTSTART:20261211T10") + len(b"DTSTART:20261211T10")]
    parsed = read(cut)
    assert spans(parsed) == [GOOD_SPAN]
    assert "truncated" in notes(parsed)
    assert [s.line for s in parsed.skipped] == [10]


def test_malformed_parameters_cost_only_their_property() -> None:
    data = calendar(*event("DTSTART:20261201T100000Z", "DURATION:PT1H",
                           'ATTENDEE;CN="unterminated:mailto:x@example.com',
                           "SUMMARY;LANGUAGE:oops", uid="a"))
    parsed = read(data)
    assert spans(parsed) == [(utc(2026, 12, 1, 10), utc(2026, 12, 1, 11))]
    assert parsed.titles == (None,)


def test_content_outside_vcalendar_is_reported() -> None:
    data = calendar(*GOOD) + b"BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nX-JUNK:1\r\n"
    parsed = read(data)
    assert spans(parsed) == [GOOD_SPAN]
    assert "line 11: VEVENT outside VCALENDAR; ignored" in warning_texts(parsed)
    assert "line 14: X-JUNK outside any component; ignored" in warning_texts(parsed)


def test_two_calendars_in_one_file_are_both_read() -> None:
    data = calendar(*GOOD) + calendar(*event("DTSTART:20261201T000000Z", "DURATION:PT1H"))
    assert len(read(data).busy) == 2


def test_bad_owner_zone_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        read(calendar(*GOOD), tz="Mars/Olympus")
