"""Fuzzing hostile calendars (issue 13): busy time never vanishes without a reported reason.

Each generated file holds plain one-off events (UTC, opaque) and, between them and inside them,
hostile pieces: deep nesting (closed or not), long and folded lines, duplicated components,
absurd recurrence rules, garbage, stray END lines and nested calendars. Whatever the mix, the
reader raises nothing, and every plain event is either among the busy intervals or named by a
skipped component or a warning on its own line. Through the import service, a file that is
refused leaves the earlier import of that source exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import ParsedCalendar
from interviewplanner.ics.read.pipeline import read_calendar
from interviewplanner.services import availability, roster
from interviewplanner.services import import_calendar as importing
from interviewplanner.services.errors import ErrorCode, FileError
from interviewplanner.services.import_calendar import import_calendar
from interviewplanner.storage.db import Store, open_store

HORIZON = Interval(datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 11, 1, tzinfo=UTC))
FIRST = datetime(2026, 12, 1, 9, tzinfo=UTC)

ABSURD_RULES = [
    ("19700101T000000Z", "FREQ=SECONDLY"),
    ("19700101T000000Z", "FREQ=MINUTELY;BYSECOND=1,2,3"),
    ("20261201T100000Z", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"),
    ("20261201T100000Z", "FREQ=MONTHLY;BYDAY=5FR;BYMONTH=2;BYSETPOS=-1"),
    ("20261201T100000Z", "FREQ=MINUTELY;COUNT=999999999;BYSECOND=1"),
    ("20261201T100000Z", "FREQ=DAILY;INTERVAL=1000000"),
    ("00010101T000000Z", "FREQ=HOURLY;UNTIL=99991231T235959Z"),
    ("20261201T100000Z", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=0,1,2,3,4,5,6,7,8"),
    ("20261201T100000Z", "FREQ=DAILY;BYYEARDAY=366;BYWEEKNO=53"),
    ("20261201T100000Z", "FREQ=SECONDLY;COUNT=5;X-NAME=Y;BYDAY=99MO"),
]


@dataclass(frozen=True)
class Piece:
    """Hostile content: a kind and its size or choice."""

    kind: str
    size: int


PIECES = st.builds(
    Piece,
    st.sampled_from(["nest", "open_nest", "long", "folded", "dup", "rule", "garbage", "end",
                     "calendar", "unknown"]),
    st.integers(0, 1500),
)
INSIDE = st.builds(  # what may be put inside a plain event: it must not make the event vanish
    Piece, st.sampled_from(["nest", "open_nest", "long", "folded", "garbage", "end", "unknown"]),
    st.integers(0, 1500))


def _plain(index: int) -> tuple[str, Interval]:
    start = FIRST + timedelta(days=index, hours=index % 5)
    end = start + timedelta(minutes=30 + 15 * (index % 4))
    return f"plain-{index}", Interval(start, end)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _render(piece: Piece, plain_lines: list[str]) -> list[str]:  # noqa: PLR0911  # one per kind
    size = piece.size
    if piece.kind == "nest":
        return [f"BEGIN:X-N{size % 3}"] * size + [f"END:X-N{size % 3}"] * size
    if piece.kind == "open_nest":
        return [f"BEGIN:X-O{size % 2}"] * (size % 300)
    if piece.kind == "long":
        return ["X-LONG:" + "x" * (size * 100)]
    if piece.kind == "folded":
        text = "X-FOLDED:" + "ほ" * (size * 10)
        return [text[:40], *(" " + text[i:i + 40] for i in range(40, len(text), 40))]
    if piece.kind == "dup":
        return plain_lines * (1 + size % 4)
    if piece.kind == "rule":
        start, rule = ABSURD_RULES[size % len(ABSURD_RULES)]
        return ["BEGIN:VEVENT", f"UID:absurd-{size}", f"DTSTART:{start}", "DURATION:PT1M",
                f"RRULE:{rule}", "END:VEVENT"] * (1 + size % 3)
    if piece.kind == "garbage":
        return ["garbage without a colon", ":", ";x=y", "BEGIN:", "END:"][: 1 + size % 5]
    if piece.kind == "end":
        return [f"END:X-STRAY{size % 2}", "END:VALARM"]
    if piece.kind == "calendar":
        return ["BEGIN:VCALENDAR", "VERSION:2.0"]
    return ["BEGIN:X-UNKNOWN", f"X-SIZE:{size}", "END:X-UNKNOWN"]


@dataclass
class Hostile:
    """A generated file and its plain events (UID, interval)."""

    data: bytes
    plain: list[tuple[str, Interval]]


@st.composite
def hostile_calendars(draw: st.DrawFn) -> Hostile:
    """A calendar of plain events with hostile pieces between and inside them."""
    count = draw(st.integers(1, 6))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fuzz//EN"]
    plain = []
    for index in range(count):
        uid, span = _plain(index)
        plain.append((uid, span))
        head = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261101T000000Z",
                f"DTSTART:{_stamp(span.start)}", f"DTEND:{_stamp(span.end)}"]
        inside = draw(st.lists(INSIDE, max_size=2))
        event_lines = head + [line for p in inside for line in _render(p, [])] + ["END:VEVENT"]
        for piece in draw(st.lists(PIECES, max_size=3)):
            lines += _render(piece, event_lines)
        lines += event_lines
    lines += [line for p in draw(st.lists(PIECES, max_size=2)) for line in _render(p, [])]
    if draw(st.booleans()):
        lines.append("END:VCALENDAR")
    return Hostile(("\r\n".join(lines) + "\r\n").encode("utf-8"), plain)


def _begin_lines(data: bytes, uid: str) -> set[int]:
    """Line numbers of the BEGIN:VEVENT of each copy of ``uid`` (1-based, physical lines)."""
    lines = data.decode("utf-8").split("\r\n")
    found = set()
    for number, text in enumerate(lines, start=1):
        if text == f"UID:{uid}":
            found.add(number - 1)
    return found


def _explained(parsed: ParsedCalendar, lines: set[int]) -> bool:
    named = {s.line for s in parsed.skipped}
    named |= {w.line for w in parsed.warnings}
    return bool(named & lines)


def _read(data: bytes) -> ParsedCalendar:
    return read_calendar(data, owner_emails=["kim@example.com"], owner_tz="Asia/Tokyo",
                         horizon=HORIZON, budget_seconds=0.3)


def _check_plain_events(data: bytes, plain: list[tuple[str, Interval]],
                        parsed: ParsedCalendar) -> None:
    busy = set(parsed.busy)
    for uid, span in plain:
        assert span in busy or _explained(parsed, _begin_lines(data, uid)), (
            f"{uid} {span} vanished without a reason: {parsed.warnings} {parsed.skipped}")
    assert set(parsed.cut_short) <= {s.line for s in parsed.skipped}


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=hostile_calendars())
def test_plain_events_never_vanish_without_a_reported_reason(case: Hostile) -> None:
    _check_plain_events(case.data, case.plain, _read(case.data))


EARLIER = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n" + "".join(
    f"BEGIN:VEVENT\r\nUID:earlier-{i}\r\nDTSTART:202612{i + 1:02d}T031743Z\r\n"
    f"DURATION:PT7M11S\r\nEND:VEVENT\r\n" for i in range(20)) + "END:VCALENDAR\r\n").encode()
EARLIER_SPANS = {(datetime(2026, 12, i + 1, 3, 17, 43, tzinfo=UTC),
                  datetime(2026, 12, i + 1, 3, 24, 54, tzinfo=UTC)) for i in range(20)}
"""The earlier import's intervals: odd seconds that no generated piece can produce."""
RECURRING_TAIL = (b"BEGIN:VEVENT\r\nUID:tail\r\nDTSTART:20261201T200000Z\r\nDURATION:PT1H\r\n"
                  b"RRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store for every example (migrating a new one each time would dominate the run)."""
    opened = open_store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'store.db'}")
    roster.add_interviewer(opened, roster.new_interviewer(
        name="Kim", email="kim@example.com", timezone="Asia/Tokyo"))
    try:
        yield opened
    finally:
        opened.close()


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=hostile_calendars(), cut=st.booleans())
def test_a_refused_import_keeps_the_earlier_one(store: Store, tmp_path_factory: pytest.TempPathFactory,
                                                case: Hostile, cut: bool) -> None:
    """``cut``: no budget at all, so the recurring tail is left unread and the import refused."""
    path = tmp_path_factory.getbasetemp() / "fuzz-calendar.ics"
    path.write_bytes(EARLIER)
    import_calendar(store, "kim@example.com", path, HORIZON)
    before = availability.busy_time(store, "kim@example.com", HORIZON)
    assert {(b.start, b.end) for b in before} == EARLIER_SPANS
    head, _, rest = case.data.partition(b"PRODID:-//fuzz//EN\r\n")
    data = head + b"PRODID:-//fuzz//EN\r\n" + (RECURRING_TAIL if cut else b"") + rest
    path.write_bytes(data)
    budget = importing.BUDGET_SECONDS
    importing.BUDGET_SECONDS = -1.0 if cut else budget
    try:
        report = import_calendar(store, "kim@example.com", path, HORIZON)
    except FileError as exc:
        assert exc.code is (ErrorCode.IMPORT_CUT_SHORT if cut else ErrorCode.NO_USABLE_EVENT)
        assert availability.busy_time(store, "kim@example.com", HORIZON) == before
        return
    finally:
        importing.BUDGET_SECONDS = budget
    assert not cut
    after = availability.busy_time(store, "kim@example.com", HORIZON)
    assert after and report.busy_intervals >= len(after)
    assert not {(b.start, b.end) for b in after} & EARLIER_SPANS  # replaced, not merged
    _check_plain_events(data, case.plain, _read(data))
