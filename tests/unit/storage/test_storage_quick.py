"""The start-up reader (stdlib sqlite3) reads exactly what the full store (SQLAlchemy) reads,
refuses whatever only the full store can handle, and loads no SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Closure, CompanySettings, Policy, PolicyOverrides, TimeRange
from interviewplanner.services import availability, bookings, calendar_week, ledger, roster
from interviewplanner.services.demo import load_demo_data
from interviewplanner.services.planning import parse_plan
from interviewplanner.storage.db import Store, open_store
from interviewplanner.storage.errors import StoreError, StoreErrorCode
from interviewplanner.storage.quick import QuickStore, open_quick

TODAY = date(2026, 11, 30)


def _plan(emails: list[str], title: str) -> dict[str, object]:
    return {"candidate": {"name": f"Cand {title}", "email": "cand@example.com",
                          "timezone": "Asia/Tokyo"},
            "sessions": [{"title": title, "minutes": 45, "interviewers": emails}]}


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, QuickStore]]:
    """The demo team and calendars, plus every kind of value the reader converts: company
    settings with closures and limits, each kind of override, aliases, pools, and bookings
    (confirmed, cancelled, two people at once)."""
    path = tmp_path_factory.mktemp("quick") / "store.db"
    with open_store(f"sqlite:///{path}") as full:
        load_demo_data(full, path.parent / "demo", TODAY, lambda *_args: None)
        roster.save_company_settings(full, CompanySettings(
            Policy(window=TimeRange(time(9, 30), time(18, 45)), max_per_day=3, max_per_week=None,
                   buffer_minutes=10),
            (Closure(), Closure((8, 13), (8, 16), "お盆")), language="ja"))
        people = roster.list_interviewers(full)
        first, second = [p for p in people if p.timezone == "Asia/Tokyo"][:2]
        roster.update_interviewer(full, replace(
            first, aliases=("Second.Address@Example.com",), pools=("backend", "design"),
            overrides=PolicyOverrides(core=TimeRange(time(11), time(15)), core_only=True,
                                      working_days=frozenset({1, 2, 3}), no_week_limit=True,
                                      lunch_minutes=45),
            language="ja"))
        window = Interval(datetime(2026, 11, 30, tzinfo=UTC), datetime(2026, 12, 12, tzinfo=UTC))
        for rank, emails in enumerate(([first.email], [first.email, second.email],
                                       [second.email]), start=1):
            plan = _plan(emails, f"Session {rank}")
            booked = bookings.book(full, parse_plan(plan), plan, window, 1)
            if rank == 3:
                bookings.cancel(full, booked.id)
        quick = open_quick(f"sqlite:///{path}")
        assert quick is not None
        yield full, quick
        quick.close()


def test_the_roster_and_settings_read_the_same(stores: tuple[Store, QuickStore]) -> None:
    full, quick = stores
    people = roster.list_interviewers(full)
    assert roster.list_interviewers(quick) == people
    assert any(p.aliases and p.pools and p.overrides.core_only for p in people)
    assert roster.company_settings(quick) == roster.company_settings(full)
    assert roster.company_settings(full).language == "ja"
    for address in ("SECOND.address@example.com", people[1].email.upper(), "nobody@example.com"):
        with full.read() as a, quick.read() as b:
            assert b.interviewers.get_by_email(address) == a.interviewers.get_by_email(address)


def test_busy_and_booked_time_read_the_same(stores: tuple[Store, QuickStore]) -> None:
    full, quick = stores
    emails = [p.email for p in roster.list_interviewers(full)]
    for days in (0, 7, 14, 400):
        start = datetime(2026, 11, 30, tzinfo=UTC) + timedelta(days=days)
        window = Interval(start - timedelta(days=1), start + timedelta(days=8))
        assert calendar_week.calendars(quick, emails, window) == calendar_week.calendars(
            full, emails, window)
        assert availability.busy_by_person(quick, emails, window) == availability.busy_by_person(
            full, emails, window)
        assert calendar_week.interviews_this_week(quick, start) == \
            calendar_week.interviews_this_week(full, start)
        for email in emails[:3]:
            assert availability.free_intervals(quick, email, window) == \
                availability.free_intervals(full, email, window)
    found = calendar_week.calendars(full, emails, Interval(
        datetime(2026, 11, 29, tzinfo=UTC), datetime(2026, 12, 13, tzinfo=UTC)))
    assert sum(len(c.busy) for c in found.values()) > 20
    assert sum(len(c.booked) for c in found.values()) == 3  # the cancelled one is not there


def test_slots_and_the_ledger_read_the_same(stores: tuple[Store, QuickStore]) -> None:
    full, quick = stores
    ids = [p.id for p in roster.list_interviewers(full) if p.id is not None]
    start, end = datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    with full.read() as a, quick.read() as b:
        slots = a.bookings.slots_for(ids, start, end)
        assert b.bookings.slots_for(ids, start, end) == slots
        some = next(iter(slots.values()))[0].booking_id
        assert b.bookings.slots_for(ids, start, end, exclude=some) == a.bookings.slots_for(
            ids, start, end, exclude=some)
        names = a.bookings.candidate_names([some, "nope"])
        assert b.bookings.candidate_names([some, "nope"]) == names
        assert list(names) == [some] and names[some].startswith("Cand Session")
    for month in ((2026, 11), (2026, 12)):
        assert ledger.ledger(quick, month) == ledger.ledger(full, month)


def test_only_a_plain_file_at_head_is_read(tmp_path: Path, ken_file: Path) -> None:
    assert open_quick("sqlite://") is None
    assert open_quick("sqlite:///:memory:") is None
    assert open_quick("postgresql://u@localhost/db") is None
    assert open_quick(f"sqlite:///{tmp_path / 'missing.db'}") is None
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    assert open_quick(f"sqlite:///{garbage}") is None
    path = ken_file
    assert open_quick(f"sqlite:///{path}?timeout=3") is None
    found = open_quick(f"sqlite:///{path}")
    assert found is not None and [p.name for p in roster.list_interviewers(found)] == ["Ken"]
    found.close()
    import sqlite3

    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0005'")
    assert open_quick(f"sqlite:///{path}") is None  # needs a migration: the full store's job


def test_reading_loads_no_sqlalchemy(ken_file: Path) -> None:
    path = ken_file
    script = (
        "import sys\n"
        "from datetime import UTC, datetime\n"
        "from interviewplanner.core.intervals import Interval\n"
        "from interviewplanner.services import calendar_week, ledger, roster\n"
        "from interviewplanner.storage.quick import open_quick\n"
        f"store = open_quick({f'sqlite:///{path}'!r})\n"
        "people = roster.list_interviewers(store)\n"
        "ledger.ledger(store, (2026, 12))\n"
        "calendar_week.interviews_this_week(store)\n"
        "w = Interval(datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 8, tzinfo=UTC))\n"
        "calendar_week.calendars(store, [p.email for p in people], w)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == "[]"


def test_a_driver_error_while_reading_is_a_store_error(ken_file: Path) -> None:
    path = ken_file
    quick = open_quick(f"sqlite:///{path}")
    assert quick is not None
    try:
        with pytest.raises(StoreError) as failed, quick.read() as uow:
            uow.interviewers._reads.rows("no_such_table")
        assert [p.name for p in roster.list_interviewers(quick)] == ["Ken"]  # still usable
    finally:
        quick.close()
    assert failed.value.code is StoreErrorCode.OTHER
    assert "no such table" in str(failed.value.fields.get("detail", ""))
