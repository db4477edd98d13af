"""The bookings presenter without Qt: rows, the tab's filters and order, people, history."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from interviewplanner.core.booking import (
    BookedSession,
    Booking,
    BookingState,
    BookingStatus,
    Party,
)
from interviewplanner.gui.presenters.booking_rows import (
    BookingRow,
    HistoryEntry,
    Scope,
    newest_first,
    people_in,
    select,
)

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
KEN = Party("Ken Tanaka", "Ken@Example.com", "Asia/Tokyo")
ANN = Party("Ann Lee", "ann@example.com", "America/New_York")


def _booking(booking_id: str, candidate: str, start: datetime, *people: Party,
             titles: tuple[str, ...] = ("Coding",)) -> Booking:
    sessions = tuple(
        BookedSession(f"{booking_id}-{i + 1}@interviewplanner", title,
                      start + timedelta(hours=i), start + timedelta(hours=i + 1),
                      tuple(p.email for p in people))
        for i, title in enumerate(titles))
    return Booking(booking_id, BookingStatus.CONFIRMED, 0, NOW,
                   Party(candidate, f"{booking_id}@example.com", "Europe/London"),
                   Party("Recruiting", "r@example.com"), tuple(people), sessions)


SOON = _booking("b1", "Jane Doe", NOW + timedelta(days=1), KEN)
LATER = _booking("b2", "山田 太郎", NOW + timedelta(days=7), KEN, ANN,
                 titles=("System design", "Hiring manager"))
PAST = _booking("b3", "Old Candidate", NOW - timedelta(days=5), ANN)
RUNNING = _booking("b4", "Now Candidate", NOW - timedelta(minutes=30), ANN)
ROWS = [BookingRow.from_booking(b) for b in (LATER, PAST, SOON, RUNNING)]


def _ids(rows: list[BookingRow]) -> list[str]:
    return [row.booking_id for row in rows]


def test_a_row_spans_the_first_start_to_the_last_end() -> None:
    row = BookingRow.from_booking(LATER)
    assert row.start == LATER.sessions[0].start and row.end == LATER.sessions[1].end
    assert row.titles == ("System design", "Hiring manager") and row.confirmed


def test_upcoming_soonest_first_past_latest_first() -> None:
    assert _ids(select(ROWS, Scope.UPCOMING, NOW)) == ["b4", "b1", "b2"]  # b4 is still on
    assert _ids(select(ROWS, Scope.PAST, NOW)) == ["b3"]
    assert _ids(select(ROWS, Scope.ALL, NOW)) == ["b3", "b4", "b1", "b2"]
    later_past = [BookingRow.from_booking(b) for b in (PAST, RUNNING)]
    assert _ids(select(later_past, Scope.PAST, NOW + timedelta(days=1))) == ["b4", "b3"]


def test_search_needs_every_word_anywhere_any_case() -> None:
    assert _ids(select(ROWS, Scope.ALL, NOW, text="jane")) == ["b1"]
    assert _ids(select(ROWS, Scope.ALL, NOW, text="DESIGN ann")) == ["b2"]
    assert _ids(select(ROWS, Scope.ALL, NOW, text="山田")) == ["b2"]
    assert _ids(select(ROWS, Scope.ALL, NOW, text="ken@example")) == ["b1", "b2"]
    assert select(ROWS, Scope.ALL, NOW, text="nobody") == []


def test_filter_by_interviewer_address_in_any_case() -> None:
    assert _ids(select(ROWS, Scope.UPCOMING, NOW, person="ken@example.com")) == ["b1", "b2"]
    assert _ids(select(ROWS, Scope.ALL, NOW, person="ANN@example.com")) == ["b3", "b4", "b2"]


def test_people_once_each_sorted_by_name() -> None:
    twin = replace(KEN, email="ken@example.com", name="Ken Tanaka (alias)")
    extra = BookingRow.from_booking(_booking("b5", "X", NOW, twin))
    assert people_in([*ROWS, extra]) == [ANN, KEN]


@dataclass(frozen=True)
class _Event:
    at: datetime
    action: str
    detail: str
    state: BookingState | None


def test_history_entries_copy_the_service_lines_and_sort_newest_first() -> None:
    state = BookingState.of(SOON)
    booked = HistoryEntry.from_event(_Event(NOW, "booked", "Coding …", state))
    cancelled = HistoryEntry.from_event(_Event(NOW, "cancelled", "", None))
    assert booked.by == "" and booked.span() == (SOON.sessions[0].start, SOON.sessions[0].end)
    assert cancelled.span() is None
    restored = HistoryEntry(NOW + timedelta(seconds=1), "restored")
    assert newest_first([booked, cancelled, restored]) == [restored, cancelled, booked]


def test_the_presenter_loads_without_qt() -> None:
    code = ("import sys, interviewplanner.gui.presenters.booking_rows; "
            "bad = [m for m in ('PySide6', 'sqlalchemy') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
