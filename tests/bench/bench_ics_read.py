"""Benchmark: our .ics reader (parse + expand over a year) vs ``icalendar.Calendar.from_ical``.

Run: ``.venv/bin/python tests/bench/bench_ics_read.py [EVENTS]``. Generates a year-long
calendar shaped like a Google export (VTIMEZONE, folded Japanese titles, attendees, alarms,
one recurring event in twenty) and prints both timings and their ratio (lower is better;
the project requires ours, including storing, to be no slower than ``from_ical`` alone).
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import icalendar

from interviewplanner.core.intervals import Interval
from interviewplanner.ics.read import read_calendar

ZONE = (
    "BEGIN:VTIMEZONE", "TZID:America/New_York",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
)
RULES = ("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR", "RRULE:FREQ=DAILY;COUNT=30",
         "RRULE:FREQ=MONTHLY;BYDAY=2TU", "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231T000000Z")


def _event(number: int, rnd: random.Random) -> list[str]:
    start = datetime(2026, 1, 1, 8) + timedelta(days=rnd.randrange(365),  # noqa: DTZ001 - wall time
                                                minutes=30 * rnd.randrange(20))
    end = start + timedelta(minutes=30 * rnd.randint(1, 4))
    lines = [
        "BEGIN:VEVENT", f"UID:event-{number}@bench.example.com", "DTSTAMP:20251201T000000Z",
        f"DTSTART;TZID=America/New_York:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID=America/New_York:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:Meeting {number} 打ち合わせ with a long title that needs folding at 75 octets",
        r"DESCRIPTION:Join: https://meet.example.com/abc-defg-hij\nAgenda: status\, risks",
        "ORGANIZER;CN=Someone Else:mailto:someone@example.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Owner;"
        "X-NUM-GUESTS=0:mailto:owner@example.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Other;"
        "X-NUM-GUESTS=0:mailto:other@example.com",
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "LOCATION:Room 7F",
    ]
    if number % 20 == 0:
        lines.append(rnd.choice(RULES))
    return [*lines, "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT10M",
            "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT"]


def _fold(line: str) -> list[bytes]:
    raw, out = line.encode(), []
    while len(raw) > 75:
        cut = 75
        while raw[cut] & 0xC0 == 0x80:  # never split a UTF-8 character
            cut -= 1
        out.append(raw[:cut])
        raw = b" " + raw[cut:]
    return [*out, raw]


def make_calendar(events: int, seed: int = 1) -> bytes:
    """A year-long calendar with ``events`` events (about 850 bytes each)."""
    rnd = random.Random(seed)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN",
             "X-WR-TIMEZONE:America/New_York", *ZONE]
    for number in range(events):
        lines += _event(number, rnd)
    lines.append("END:VCALENDAR")
    return b"\r\n".join(part for line in lines for part in _fold(line)) + b"\r\n"


def _best(action: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    """Print the timings for the event count given on the command line (default 3000)."""
    data = make_calendar(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
    horizon = Interval(datetime(2025, 12, 2, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))

    def ours() -> object:
        return read_calendar(data, owner_emails=["owner@example.com"],
                             owner_tz="America/New_York", horizon=horizon)

    parsed = read_calendar(data, owner_emails=["owner@example.com"],
                           owner_tz="America/New_York", horizon=horizon)
    mine, theirs = _best(ours), _best(lambda: icalendar.Calendar.from_ical(data))
    print(f"{len(data)} bytes, {parsed.events} events, {len(parsed.busy)} busy intervals")
    print(f"read_calendar {mine * 1000:.0f} ms, icalendar.Calendar.from_ical "
          f"{theirs * 1000:.0f} ms, ratio {mine / theirs:.2f}")


if __name__ == "__main__":
    main()
