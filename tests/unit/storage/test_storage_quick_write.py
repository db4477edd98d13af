"""The import's writer without SQLAlchemy (storage.quick_write) leaves every row of every table
as the full store does, refuses the same input the same way, waits on and words a locked file
like it, and is used only where it can be exact."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewplanner.core.intervals import Interval
from interviewplanner.services import bookings, roster
from interviewplanner.services.conflict_watch import check_bookings, current_conflicts
from interviewplanner.services.demo import load_demo_data
from interviewplanner.services.import_calendar import import_calendar
from interviewplanner.services.planning import parse_plan
from interviewplanner.storage.db import DEFAULT_BUSY_TIMEOUT, Store, open_store
from interviewplanner.storage.errors import StoreError, StoreErrorCode
from interviewplanner.storage.quick_write import (
    WRITE_BUSY_TIMEOUT,
    QuickWriteStore,
    open_quick_writer,
)
from interviewplanner.storage.writing import WatchStore

TODAY = date(2026, 11, 30)
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
HORIZON = Interval(datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 3, 1, tzinfo=UTC))
TEXT_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")
UNKNOWN_ZONE = ("BEGIN:VEVENT\r\nUID:tz@x\r\nDTSTART;TZID=Mars/Olympus:20261204T100000\r\n"
                "DTEND;TZID=Mars/Olympus:20261204T110000\r\nSUMMARY:Unknown zone\r\nEND:VEVENT")
MASKED = {("calendar_sources", "imported_at"), ("store_changes", "at"),
          ("store_changes", "origin")}
"""Columns that hold the clock or the process: compared by shape, not value."""


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _calendar(path: Path, events: list[tuple[datetime, datetime, str]], *, extra: str = "") -> Path:
    """A calendar of one-off events (UTC), plus ``extra`` VEVENT text."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//quick write//EN"]
    for index, (start, end, title) in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:{index}@{path.name}", f"DTSTAMP:{_stamp(NOW)}",
                  f"DTSTART:{_stamp(start)}", f"DTEND:{_stamp(end)}", f"SUMMARY:{title}",
                  "END:VEVENT"]
    lines += [extra] if extra else []
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[Interval]]:
    """A store with the demo team and calendars and two confirmed bookings; the e-mails of the
    booked people and the booked sessions."""
    path = tmp_path_factory.mktemp("quick_write") / "base.db"
    with open_store(f"sqlite:///{path}") as full:
        load_demo_data(full, path.parent / "demo", TODAY, lambda *_args: None)
        people = [p for p in roster.list_interviewers(full) if p.timezone == "Asia/Tokyo"][:2]
        window = Interval(datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 12, tzinfo=UTC))
        sessions = []
        for rank, person in enumerate(people, start=1):
            plan = {"candidate": {"name": f"Cand {rank}", "email": "cand@example.com",
                                  "timezone": "Asia/Tokyo"},
                    "sessions": [{"title": f"Session {rank}", "minutes": 45,
                                  "interviewers": [person.email]}]}
            booked = bookings.book(full, parse_plan(plan), plan, window, 1)
            sessions += [Interval(s.start, s.end) for s in booked.sessions]
    return path, [p.email for p in people], sessions


def _copy(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (clock and process columns checked for shape, then masked)."""
    found: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(path) as raw:
        names = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            cursor = raw.execute(f"SELECT * FROM {name} ORDER BY rowid")  # our own table names
            columns = [d[0] for d in cursor.description]
            rows = []
            for row in cursor:
                cells = list(row)
                for index, column in enumerate(columns):
                    if (name, column) in MASKED:
                        shape = r"^[0-9a-f]{32}$" if column == "origin" else TEXT_TIME.pattern
                        assert re.match(shape, str(cells[index])), (name, column, cells[index])
                        cells[index] = "*"
                rows.append(tuple(cells))
            found[name] = rows
    return found


def _open_quick(path: Path) -> QuickWriteStore:
    store = open_quick_writer(f"sqlite:///{path}", actor="Coordinator")
    assert store is not None
    return store


Steps = Callable[[WatchStore, Path], None]


def _both(base: Path, tmp_path: Path, steps: Steps) -> tuple[dict[str, list[tuple[object, ...]]],
                                                            dict[str, list[tuple[object, ...]]]]:
    """Run ``steps`` on two copies of ``base``: through the full store and the quick writer."""
    full_path = _copy(base, tmp_path / "full.db")
    quick_path = _copy(base, tmp_path / "quick.db")
    with open_store(f"sqlite:///{full_path}", actor="Coordinator") as full:
        steps(full, tmp_path / "files")
    quick = _open_quick(quick_path)
    try:
        steps(quick, tmp_path / "files")  # the same paths: a source is named by its path
    finally:
        quick.close()
    return _tables(full_path), _tables(quick_path)


def test_imports_and_the_watch_leave_every_row_as_the_full_store(
        base: tuple[Path, list[str], list[Interval]], tmp_path: Path) -> None:
    path, emails, booked = base
    first, second = emails
    hour = timedelta(hours=1)

    def steps(store: WatchStore, folder: Path) -> None:
        folder.mkdir(exist_ok=True)
        # a new source whose busy time covers the first booking: a conflict is stored
        clash = _calendar(folder / "clash.ics", [
            (booked[0].start - hour, booked[0].end + hour, "Offsite"),
            (datetime(2026, 12, 3, 1, tzinfo=UTC), datetime(2026, 12, 3, 2, tzinfo=UTC), "1:1"),
        ], extra=UNKNOWN_ZONE)
        import_calendar(store, first, clash, HORIZON, keep_titles=True)
        check_bookings(store, now=NOW)
        # the same source again, now clear of the booking: the conflict goes, the rows change
        import_calendar(store, first, _calendar(clash, [
            (datetime(2026, 12, 3, 1, tzinfo=UTC), datetime(2026, 12, 3, 2, tzinfo=UTC), "1:1")]),
            HORIZON)
        check_bookings(store, now=NOW + hour)
        # another person's source with nothing in it (a valid, empty calendar)
        import_calendar(store, second, _calendar(folder / "empty.ics", []), HORIZON)
        check_bookings(store, now=NOW + 2 * hour)
        import_calendar(store, second, _calendar(folder / "second.ics", [
            (booked[1].start, booked[1].end, "Dentist")], extra=UNKNOWN_ZONE), HORIZON,
            keep_titles=True)
        check_bookings(store, now=NOW + 3 * hour)

    full, quick = _both(path, tmp_path, steps)
    assert quick == full
    assert full["booking_conflicts"], "the last import clashes with the second booking"
    assert any("Mars/Olympus" in str(row) for row in full["calendar_sources"])  # a warning kept
    assert any("Dentist" in row for row in full["busy_intervals"])  # a title kept
    kinds = [row[-1] for row in full["store_changes"]]
    assert kinds[-8:] == ["busy,sources", "bookings"] * 4


def test_the_watch_reads_the_conflicts_the_full_store_reads(
        base: tuple[Path, list[str], list[Interval]], tmp_path: Path) -> None:
    path, emails, booked = base
    quick_path = _copy(path, tmp_path / "quick.db")
    quick = _open_quick(quick_path)
    try:
        clash = _calendar(tmp_path / "clash.ics", [(booked[0].start, booked[0].end, "Busy")])
        import_calendar(quick, emails[0], clash, HORIZON)
        report = check_bookings(quick, now=NOW)
        with quick.read() as uow:
            listed = uow.bookings.list()
        seen = current_conflicts(quick, listed)
    finally:
        quick.close()
    with open_store(f"sqlite:///{quick_path}") as full:
        with full.read() as uow:
            assert uow.bookings.list() == listed
        assert current_conflicts(full, listed) == seen
    assert [b for b, c in seen.items() if c] == list(report.conflicts)
    assert report.new and not report.cleared


aware = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),  # noqa: DTZ001  # hypothesis bounds are naive
                     timezones=st.sampled_from([UTC, timezone(timedelta(hours=9)),
                                                timezone(timedelta(hours=-7, minutes=-30))]))
spans = st.lists(st.tuples(aware, st.timedeltas(timedelta(0), timedelta(days=3)),
                           st.one_of(st.none(), st.text(max_size=12))), max_size=25)


@pytest.fixture(scope="module")
def pair(base: tuple[Path, list[str], list[Interval]], tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[tuple[Store, QuickWriteStore, Path, Path, int]]:
    path, emails, _booked = base
    folder = tmp_path_factory.mktemp("pair")
    full_path, quick_path = _copy(path, folder / "full.db"), _copy(path, folder / "quick.db")
    full = open_store(f"sqlite:///{full_path}")
    quick = _open_quick(quick_path)
    person = roster.find_interviewer(full, emails[0])
    assert person.id is not None
    yield full, quick, full_path, quick_path, person.id
    quick.close()
    full.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spans=spans, keep=st.booleans(), events=st.integers(0, 10**6),
       warnings=st.lists(st.text(max_size=20), max_size=3))
def test_any_busy_time_is_stored_as_the_full_store_stores_it(
        pair: tuple[Store, QuickWriteStore, Path, Path, int],
        spans: list[tuple[datetime, timedelta, str | None]], keep: bool, events: int,
        warnings: list[str]) -> None:
    full, quick, full_path, quick_path, person = pair
    intervals = [Interval(start, start + length) for start, length, _ in spans]
    titles = [title for _, _, title in spans] if keep else None
    at = datetime(2026, 11, 30, 12, 0, 0, 123456, tzinfo=UTC)
    for store in (full, quick):
        with store.write() as uow:
            stored = uow.busy.replace_source(person, "/calendars/p.ics", intervals, titles,
                                             events, warnings, imported_at=at)
        assert stored == len(intervals)
    both = _tables(full_path), _tables(quick_path)
    for table in ("busy_intervals", "calendar_sources"):
        assert both[1][table] == both[0][table]


@pytest.mark.parametrize(("intervals", "titles", "error"), [
    ([Interval(datetime(2026, 12, 1, 10), datetime(2026, 12, 1, 11))],  # noqa: DTZ001  # refused
     None, ValueError),
    ([Interval(datetime(2026, 12, 1, 11, tzinfo=UTC), datetime(2026, 12, 1, 10, tzinfo=UTC))],
     None, ValueError),
    ([Interval(datetime(2026, 12, 1, 10, tzinfo=UTC), datetime(2026, 12, 1, 11, tzinfo=UTC))],
     ["a", "b"], ValueError),
])
def test_bad_busy_time_is_refused_in_the_same_words_and_nothing_is_written(
        pair: tuple[Store, QuickWriteStore, Path, Path, int], intervals: list[Interval],
        titles: list[str] | None, error: type[Exception]) -> None:
    full, quick, full_path, quick_path, person = pair
    before = _tables(full_path), _tables(quick_path)
    messages = []
    for store in (full, quick):
        with pytest.raises(error) as refused, store.write() as uow:
            uow.busy.replace_source(person, "/calendars/bad.ics", intervals, titles, 1, [])
        messages.append(str(refused.value))
    assert messages[0] == messages[1]
    assert (_tables(full_path), _tables(quick_path)) == before
    for store in (full, quick):
        with pytest.raises(KeyError) as unknown, store.write() as uow:
            uow.busy.replace_source(987654, "/calendars/x.ics", [], None, 0, [])
        messages.append(str(unknown.value))
    assert messages[2] == messages[3]
    assert (_tables(full_path), _tables(quick_path)) == before


def test_a_locked_file_waits_then_is_worded_as_the_full_store_words_it(
        ken_file: Path) -> None:
    path = ken_file
    quick = open_quick_writer(f"sqlite:///{path}", busy_timeout=0.2)
    assert quick is not None
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as locked, quick.write():
            pass
        with open_store(f"sqlite:///{path}", busy_timeout=0.2) as full, \
                pytest.raises(StoreError) as full_locked, full.write():
            pass
        assert locked.value.code is full_locked.value.code is StoreErrorCode.BUSY
        released = threading.Timer(0.1, holder.execute, ("COMMIT",))
        released.start()
        slow = open_quick_writer(f"sqlite:///{path}")  # the full store's 10 s: waits its turn
        assert slow is not None
        with slow.write() as uow:
            uow.state.set("test.key", "value")
        slow.close()
        released.join()
    finally:
        holder.close()
        quick.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT value FROM app_state WHERE key = 'test.key'").fetchone() == (
            "value",)


def test_only_a_plain_file_at_head_is_written(tmp_path: Path, ken_file: Path) -> None:
    assert WRITE_BUSY_TIMEOUT == DEFAULT_BUSY_TIMEOUT
    assert open_quick_writer("sqlite://") is None
    assert open_quick_writer("sqlite:///:memory:") is None
    assert open_quick_writer("postgresql://u@localhost/db") is None
    assert open_quick_writer(f"sqlite:///{tmp_path / 'missing.db'}") is None
    assert not (tmp_path / "missing.db").exists()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    assert open_quick_writer(f"sqlite:///{garbage}") is None
    path = ken_file
    assert open_quick_writer(f"sqlite:///{path}?timeout=3") is None
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0005'")
    assert open_quick_writer(f"sqlite:///{path}") is None  # needs a migration first


def test_import_ics_loads_no_sqlalchemy_and_lands_like_the_full_store(
        tmp_path: Path, ken_file: Path) -> None:
    path = ken_file
    calendar = _calendar(tmp_path / "ken.ics", [
        (datetime(2026, 12, 3, 1, tzinfo=UTC), datetime(2026, 12, 3, 2, tzinfo=UTC), "1:1")])
    script = (
        "import sys\n"
        "from interviewplanner.cli.main import main\n"
        "code = main(['--db', sys.argv[1], 'import-ics', '--interviewer', 'ken@example.com',\n"
        "             sys.argv[2], '--from', '2026-11-01', '--to', '2027-03-01'])\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy',\n"
        "                                                                   'alembic')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path), str(calendar)],
                          capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stdout + done.stderr
    with open_store(f"sqlite:///{path}") as full, full.read() as uow:
        person = uow.interviewers.get_by_email("ken@example.com")
        assert person is not None and person.id is not None
        busy = uow.busy.busy_between(person.id, HORIZON.start, HORIZON.end)
    assert [(b.start, b.end) for b in busy] == [
        (datetime(2026, 12, 3, 1, tzinfo=UTC), datetime(2026, 12, 3, 2, tzinfo=UTC))]
    assert busy[0].source == str(calendar.resolve())
