"""Revision 0003: each history line keeps the booking's state; older lines upgrade to none."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic import command

from interviewplanner.core.booking import BookedSession, Booking, BookingState, BookingStatus, Party
from interviewplanner.storage import db
from interviewplanner.storage.db import Store, open_store

START = datetime(2031, 3, 4, 1, tzinfo=UTC)
BOOKING = Booking(
    id="b1", status=BookingStatus.CONFIRMED, sequence=0, stamp=datetime(2026, 11, 30, tzinfo=UTC),
    candidate=Party("Jane Doe", "jane@example.com", "Asia/Singapore"),
    organizer=Party("Recruiting", "recruiting@example.com"),
    interviewers=(Party("佐藤 花子", "hanako@example.com", "Asia/Tokyo"),),
    sessions=(BookedSession("b1-1@interviewplanner", "Coding", START, START + timedelta(hours=1),
                            ("hanako@example.com",)),),
)


def test_every_history_line_keeps_the_state_it_left(store: Store) -> None:
    with store.write() as uow:
        uow.bookings.add(BOOKING, {}, {})
        uow.bookings.record("b1", BOOKING.stamp, "booked", "")
        done = replace(BOOKING, status=BookingStatus.CANCELLED, sequence=1)
        uow.bookings.update_status(done)
        uow.bookings.record("b1", BOOKING.stamp + timedelta(seconds=1), "cancelled", "")
    with store.read() as uow:
        first, second = uow.bookings.history("b1")
    assert first.state == BookingState.of(BOOKING)
    assert second.state == BookingState(1, BookingStatus.CANCELLED, BOOKING.interviewers,
                                        BOOKING.sessions)
    assert first.state is not None and first.state.sessions[0].start == START


def test_history_written_before_0003_upgrades_with_no_state(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = db.make_engine(f"sqlite:///{path}")
    with db.migration_connection(engine) as connection:
        command.upgrade(db.alembic_config(connection), "0002")
    engine.dispose()
    with closing(sqlite3.connect(path)) as old:
        old.execute(
            "INSERT INTO bookings (id, status, sequence, created_at, stamp, plan, candidate_name, "
            "candidate_email, candidate_tz, organizer_name, organizer_email, location, notes) "
            "VALUES ('b1', 'confirmed', 0, '2026-11-30 00:00:00', '2026-11-30 00:00:00', '{}', "
            "'Jane', 'jane@example.com', 'UTC', 'R', 'r@example.com', NULL, '')")
        old.execute("INSERT INTO booking_events (booking_id, at, action, detail) "
                    "VALUES ('b1', '2026-11-30 00:00:00', 'booked', 'Coding')")
        old.commit()
    with open_store(f"sqlite:///{path}") as upgraded, upgraded.read() as uow:
        (line,) = uow.bookings.history("b1")
    assert (line.action, line.detail, line.state) == ("booked", "Coding", None)
    assert (tmp_path / "old.db.bak-0002").exists()
