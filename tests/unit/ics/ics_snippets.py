"""Small helpers for the ics tests: build .ics bytes inline and read them with sane defaults."""

from __future__ import annotations

from datetime import UTC, datetime

from interviewplanner.cli.wording_reader import skipped_text, warning_text
from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import ParsedCalendar, SkippedComponent
from interviewplanner.ics.read.pipeline import read_calendar

OWNER = "owner@example.com"
HORIZON = Interval(datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 6, 1, tzinfo=UTC))


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0,  # noqa: PLR0917
        second: int = 0) -> datetime:  # reads like datetime(...) in the tests
    """An aware UTC datetime."""
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def calendar(*lines: str, header: tuple[str, ...] = ()) -> bytes:
    """A VCALENDAR around ``lines`` (CRLF, UTF-8); ``header`` lines go before the components."""
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//tests//EN", *header, *lines,
            "END:VCALENDAR"]
    return ("\r\n".join(body) + "\r\n").encode("utf-8")


def event(*lines: str, uid: str = "e1@example.com") -> tuple[str, ...]:
    """A VEVENT with a UID and DTSTAMP around ``lines``."""
    return ("BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z", *lines, "END:VEVENT")


def read(data: bytes, *, tz: str = "Asia/Tokyo", horizon: Interval = HORIZON,
         owner: tuple[str, ...] = (OWNER,), budget: float = 5.0) -> ParsedCalendar:
    """``read_calendar`` with titles kept and test defaults."""
    return read_calendar(data, owner_emails=owner, owner_tz=tz, horizon=horizon,
                         keep_titles=True, budget_seconds=budget)


def spans(parsed: ParsedCalendar) -> list[tuple[datetime, datetime]]:
    """The busy intervals as ``(start, end)`` pairs."""
    return [(b.start, b.end) for b in parsed.busy]


def warning_texts(parsed: ParsedCalendar) -> tuple[str, ...]:
    """The warnings in the English the CLI prints (``line 8: ...``)."""
    return tuple(warning_text(w) for w in parsed.warnings)


def reason(skipped: SkippedComponent) -> str:
    """Why a component was skipped, in the English the CLI prints."""
    return skipped_text(skipped)


def notes(parsed: ParsedCalendar) -> str:
    """Warnings and skipped reasons as one text, for assertions on wording."""
    return "\n".join([*warning_texts(parsed),
                      *(f"line {s.line}: {reason(s)}" for s in parsed.skipped)])
