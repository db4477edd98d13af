"""Shared helpers for the .ics writer tests: sample bookings and a tiny independent parser.

The parser here is deliberately separate from the app's reader: it unfolds at the byte level
(CRLF followed by one space), decodes each logical line strictly, and splits names,
parameters (respecting quotes) and values exactly as RFC 5545 §3.1 describes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from interviewplanner.core.booking import BookedSession, Booking, BookingStatus, Party

EVIL_NAME = 'Jane "JJ" O\\Doe, Jr.; x:y\nATTENDEE:mailto:evil@x'
LONG_JA_TITLE = "技術面接（コーディングとシステム設計）— 二時間の長いセッション、休憩あり"
STAMP = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
KEN = Party("佐藤 健", "ken@example.com", "Asia/Tokyo")
ANN = Party('Ann "Annie" Lee; PhD, \\MIT\\: NYC', "Ann.Lee@example.com", "America/New_York")
RAJ = Party("Raj Patel", "raj@example.com", "Asia/Kolkata")
CANDIDATE = Party(EVIL_NAME, "jane@example.com", "America/Los_Angeles")
ORGANIZER = Party("Recruiting, Tokyo", "recruiting@example.com", "Asia/Tokyo")
LOCATION = "https://meet.example.com/abc-def?pwd=1,2;3"
NOTES = "INTERNAL: strong referral; ask about the gap year"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """An aware UTC instant in December 2026."""
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


def sample_booking(**changes: Any) -> Booking:
    """A two-day panel: three interviewers in three zones, a shadow, awkward names."""
    sessions = (
        BookedSession("b1-s1", LONG_JA_TITLE, at(1, 1), at(1, 2), ("ken@example.com",),
                      ("raj@example.com",)),
        BookedSession("b1-s2", "Hiring manager, final; round", at(1, 2, 10), at(1, 2, 55),
                      ("Ann.Lee@example.com",)),
        BookedSession("b1-s3", "System design", at(2, 23), at(3, 0, 30),
                      ("raj@example.com", "ken@example.com")),
    )
    booking = Booking(
        id="b1", status=BookingStatus.CONFIRMED, sequence=0, stamp=STAMP, candidate=CANDIDATE,
        organizer=ORGANIZER, interviewers=(KEN, ANN, RAJ), sessions=sessions, location=LOCATION,
        notes=NOTES,
    )
    return replace(booking, **changes)


def rescheduled(booking: Booking, shift: timedelta) -> Booking:
    """The same booking moved by ``shift``: same UIDs, SEQUENCE + 1, a newer stamp."""
    sessions = tuple(replace(s, start=s.start + shift, end=s.end + shift) for s in booking.sessions)
    return replace(booking, sessions=sessions, sequence=booking.sequence + 1,
                   stamp=booking.stamp + timedelta(hours=1))


def cancelled(booking: Booking) -> Booking:
    """The booking cancelled: SEQUENCE + 1, a newer stamp."""
    return replace(booking, status=BookingStatus.CANCELLED, sequence=booking.sequence + 1,
                   stamp=booking.stamp + timedelta(hours=2))


@dataclass(frozen=True)
class Line:
    """One logical content line."""

    name: str
    params: dict[str, list[str]]
    value: str


@dataclass
class Comp:
    """A component with its properties and sub-components."""

    name: str
    props: list[Line]
    children: list[Comp]

    def all(self, name: str) -> list[Line]:
        """Every property called ``name``."""
        return [p for p in self.props if p.name == name]

    def one(self, name: str) -> Line:
        """The single property ``name``."""
        found = self.all(name)
        assert len(found) == 1, (name, found)
        return found[0]

    def kids(self, name: str) -> list[Comp]:
        """Sub-components called ``name``."""
        return [c for c in self.children if c.name == name]


def unfold(data: bytes) -> list[str]:
    """Logical lines: split at CRLF, join continuations (drop one leading space), decode."""
    assert data.endswith(b"\r\n")
    logical: list[bytes] = []
    for physical in data[:-2].split(b"\r\n"):
        if physical.startswith(b" "):
            logical[-1] += physical[1:]
        else:
            logical.append(physical)
    return [line.decode("utf-8") for line in logical]


_PARAM = re.compile(r';([A-Za-z0-9-]+)=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)')


def parse_line(text: str) -> Line:
    """Split one logical line into name, parameters and raw value."""
    name = re.match(r"[A-Za-z0-9-]+", text)
    assert name, text
    pos = name.end()
    params: dict[str, list[str]] = {}
    while text.startswith(";", pos):
        match = _PARAM.match(text, pos)
        assert match, text
        values = re.findall(r'"[^"]*"|[^",]+|(?<=,)(?=,)|^(?=,)', match.group(2))
        params[match.group(1).upper()] = [v[1:-1] if v.startswith('"') else v for v in values]
        pos = match.end()
    assert text[pos] == ":", text
    return Line(name.group(0).upper(), params, text[pos + 1:])


def parse(data: bytes) -> Comp:
    """The VCALENDAR of ``data`` as a tree."""
    stack = [Comp("ROOT", [], [])]
    for text in unfold(data):
        line = parse_line(text)
        if line.name == "BEGIN":
            stack.append(Comp(line.value.upper(), [], []))
        elif line.name == "END":
            done = stack.pop()
            assert done.name == line.value.upper()
            stack[-1].children.append(done)
        else:
            stack[-1].props.append(line)
    assert len(stack) == 1 and len(stack[0].children) == 1
    return stack[0].children[0]


def unescape(value: str) -> str:
    """Undo TEXT escaping (RFC 5545 §3.3.11)."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def in_params(text: str) -> str:
    """How a name appears in a quoted parameter: one line, ``"`` as ``'``."""
    return " ".join(part.strip() for part in text.split("\n") if part.strip()).replace('"', "'")


def check_physical_lines(data: bytes) -> None:
    """CRLF only, ≤ 75 octets per line, one-space continuations, valid UTF-8 on every line."""
    assert data.endswith(b"\r\n")
    body = data[:-2]
    assert b"\r" not in body.replace(b"\r\n", b""), "bare CR"
    assert b"\n" not in body.replace(b"\r\n", b""), "bare LF"
    for number, physical in enumerate(body.split(b"\r\n"), start=1):
        assert len(physical) <= 75, (number, physical)
        physical.decode("utf-8", errors="strict")
        assert physical, f"empty line {number}"
        if physical.startswith(b" "):
            assert number > 1
            assert not physical.startswith(b"  "), "continuation starting with two blanks"
            assert len(physical) > 1
