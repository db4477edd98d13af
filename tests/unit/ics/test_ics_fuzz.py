"""Fuzzing: mutated corpus files never crash the reader.

Whatever the bytes, ``read_calendar`` either returns busy intervals that are aware UTC with
``end > start`` (sorted, titles parallel), or raises :class:`NotICalendarError` — nothing else,
and never slowly.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewplanner.cli.wording_reader import skipped_text, warning_text
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import ParsedCalendar
from interviewplanner.ics.read.pipeline import NotICalendarError, read_calendar

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
SAMPLES = [path.read_bytes() for path in sorted(CORPUS.glob("*.ics"))]
HORIZON = Interval(datetime(2026, 9, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC))
NASTY_LINES = [
    b"garbage without a colon", b"BEGIN:VEVENT", b"END:VEVENT", b"END:VCALENDAR",
    b"BEGIN:VCALENDAR", b"BEGIN:VTIMEZONE", b"RRULE:FREQ=SECONDLY",
    b"RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", b"RRULE:FREQ=MONTHLY;BYDAY=6TU",
    b"RRULE:FREQ=MINUTELY;COUNT=99999999;BYSECOND=1", b"DTSTART:20260230T100000Z",
    b"DTSTART;TZID=Nowhere:20261201T100000", b"DTSTART;VALUE=DATE:20261201",
    b"DURATION:P99999999W", b"DURATION:-PT1H", b"EXDATE:x,,20261201T000000Z",
    b"RDATE;VALUE=PERIOD:20261201T000000Z/PT1H,bad/worse",
    b"RECURRENCE-ID;RANGE=THISANDFUTURE:20261209T093000", b"STATUS:CANCELLED",
    b"TRANSP:TRANSPARENT", b"METHOD:CANCEL", b'ATTENDEE;CN="x:mailto:a@b', b" folded tail",
    b"TZOFFSETFROM:+9999", b"X-WR-TIMEZONE:Mars/Base", b"FREEBUSY:20261201T000000Z/PT1H",
    b"\xff\xfe\x00garbage", b"SUMMARY:\xe9\x9d", b"DTEND:99991231T235959Z",
]

_OPS = st.sampled_from(["flip", "delete", "truncate", "duplicate", "insert", "insert_random"])
_MUTATION = st.tuples(_OPS, st.integers(0, 2**31), st.binary(max_size=24))


def _mutate(data: bytes, op: str, seed: int, noise: bytes) -> bytes:
    if op == "flip":
        if not data:
            return data
        at = seed % len(data)
        return data[:at] + bytes([data[at] ^ (1 << (seed % 8))]) + data[at + 1:]
    if op == "truncate":
        return data[: seed % (len(data) + 1)]
    lines = data.split(b"\n")
    at = seed % len(lines)
    if op == "delete":
        del lines[at]
    elif op == "duplicate":
        lines.insert(at, lines[at])
    elif op == "insert":
        lines.insert(at, NASTY_LINES[seed % len(NASTY_LINES)])
    else:
        lines.insert(at, noise)
    return b"\n".join(lines)


def _check(data: bytes) -> None:
    began = time.monotonic()
    try:
        parsed = read_calendar(data, owner_emails=["hanako.sato@example.com"],
                               owner_tz="Asia/Tokyo", horizon=HORIZON, keep_titles=True,
                               budget_seconds=2.0)
    except NotICalendarError as exc:
        assert str(exc)
        return
    assert time.monotonic() - began < 10  # budget is 2 s; generous for a loaded CI machine
    _valid(parsed)


def _valid(parsed: ParsedCalendar) -> None:
    assert isinstance(parsed, ParsedCalendar)
    assert len(parsed.titles) == len(parsed.busy)
    assert list(parsed.busy) == sorted(parsed.busy, key=lambda b: (b.start, b.end))
    for busy in parsed.busy:
        assert busy.start.utcoffset() == timedelta(0) and busy.end.utcoffset() == timedelta(0)
        assert busy.end > busy.start
    assert all(warning_text(note).startswith("line ") for note in parsed.warnings)
    assert all(skipped_text(skip) for skip in parsed.skipped)


_FUZZ = settings(max_examples=2500, deadline=None, database=None)


@_FUZZ
@given(sample=st.sampled_from(SAMPLES), mutations=st.lists(_MUTATION, min_size=1, max_size=6))
def test_mutated_corpus_files_never_crash(sample: bytes,
                                          mutations: list[tuple[str, int, bytes]]) -> None:
    data = sample
    for op, seed, noise in mutations:
        data = _mutate(data, op, seed, noise)
    _check(data)


@settings(max_examples=800, deadline=None, database=None)
@given(data=st.binary(max_size=400))
def test_random_bytes_after_a_calendar_header_never_crash(data: bytes) -> None:
    _check(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + data)


@settings(max_examples=400, deadline=None, database=None)
@given(lines=st.lists(st.sampled_from(NASTY_LINES), max_size=25))
def test_shuffled_nasty_lines_never_crash(lines: list[bytes]) -> None:
    _check(b"\r\n".join([b"BEGIN:VCALENDAR", *lines, b"END:VCALENDAR"]))
