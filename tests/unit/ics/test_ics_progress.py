"""The reader reports progress while it works, and a caller can stop it from the callback."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from interviewplanner.core.intervals import Interval
from interviewplanner.ics.read.pipeline import read_calendar

HORIZON = Interval(datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 11, 1, tzinfo=UTC))


def _calendar(events: int) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTAMP:20261101T000000Z\r\n"
        f"DTSTART:202612{1 + i % 28:02d}T{i % 10 + 8:02d}0000Z\r\nDURATION:PT30M\r\n"
        + ("RRULE:FREQ=WEEKLY;COUNT=10\r\n" if i % 3 == 0 else "") + "END:VEVENT\r\n"
        for i in range(events))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n{body}END:VCALENDAR\r\n".encode()


class Stop(Exception):
    """Raised by the callback to cancel."""


def test_progress_rises_from_start_to_done() -> None:
    seen: list[float] = []
    parsed = read_calendar(_calendar(1000), owner_emails=[], owner_tz="UTC", horizon=HORIZON,
                           progress=seen.append)
    assert parsed.events == 1000
    assert seen == sorted(seen)
    assert seen[-1] == 1.0 and seen[0] < 0.5
    assert len(seen) >= 5  # reported while reading events, not only at the ends


def test_an_exception_from_the_callback_cancels_the_read() -> None:
    calls: list[float] = []

    def stop_half_way(done: float) -> None:
        calls.append(done)
        if done > 0.4:
            raise Stop

    with pytest.raises(Stop):
        read_calendar(_calendar(1000), owner_emails=[], owner_tz="UTC", horizon=HORIZON,
                      progress=stop_half_way)
    assert calls[-1] > 0.4 and calls[-1] < 1.0
