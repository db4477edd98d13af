"""Small calendar files for the GUI tests."""

from __future__ import annotations

from pathlib import Path

ONE_MEETING = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//interviewplanner tests//EN\r
BEGIN:VEVENT\r
UID:gui-test-1@example.com\r
DTSTAMP:20261101T000000Z\r
DTSTART;TZID=Asia/Tokyo:20261125T100000\r
DTEND;TZID=Asia/Tokyo:20261125T110000\r
SUMMARY:設計レビュー\r
END:VEVENT\r
END:VCALENDAR\r
"""

NOT_A_CALENDAR = "<!DOCTYPE html><html><body>Sign in to continue</body></html>\n"


def write_ics(path: Path, text: str = ONE_MEETING) -> Path:
    """Write ``text`` to ``path`` (UTF-8) and return the path."""
    path.write_bytes(text.encode("utf-8"))
    return path
