"""Busy intervals: replace one source atomically, query overlaps, keep aware UTC datetimes."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import BusyInterval, Interviewer
from interviewplanner.storage import Store, open_store

T0 = datetime(2025, 3, 3, tzinfo=UTC)


def hours(start: int, end: int) -> Interval:
    """The interval from T0 + ``start`` hours to T0 + ``end`` hours."""
    return Interval(T0 + timedelta(hours=start), T0 + timedelta(hours=end))


def _id(person: Interviewer) -> int:
    assert person.id is not None
    return person.id


def test_replace_source_replaces_only_that_source(store: Store, sato: Interviewer) -> None:
    pid = _id(sato)
    with store.write() as uow:
        assert uow.busy.replace_source(pid, "work.ics", [hours(1, 2), hours(5, 6)], None, 2, []) == 2
        uow.busy.replace_source(pid, "home.ics", [hours(3, 4)], None, 1, [])
    with store.write() as uow:
        assert uow.busy.replace_source(pid, "work.ics", [hours(8, 9)], None, 1, ["w"]) == 1
    with store.read() as uow:
        busy = uow.busy.busy_between(pid, T0, T0 + timedelta(days=1))
    assert busy == [
        BusyInterval(T0 + timedelta(hours=3), T0 + timedelta(hours=4), "home.ics"),
        BusyInterval(T0 + timedelta(hours=8), T0 + timedelta(hours=9), "work.ics"),
    ]


def test_other_interviewers_sources_with_the_same_name_are_untouched(
    store: Store, sato: Interviewer
) -> None:
    with store.write() as uow:
        other = uow.interviewers.add(Interviewer("ito@example.com", "Ito", "Asia/Tokyo"))
        uow.busy.replace_source(_id(other), "work.ics", [hours(1, 2)], None, 1, [])
        uow.busy.replace_source(_id(sato), "work.ics", [hours(3, 4)], None, 1, [])
        uow.busy.replace_source(_id(sato), "work.ics", [], None, 0, [])
    with store.read() as uow:
        assert uow.busy.busy_between(_id(sato), T0, T0 + timedelta(days=1)) == []
        assert len(uow.busy.busy_between(_id(other), T0, T0 + timedelta(days=1))) == 1


def test_busy_between_returns_overlapping_intervals_unclipped(
    store: Store, sato: Interviewer
) -> None:
    pid = _id(sato)
    with store.write() as uow:
        uow.busy.replace_source(
            pid, "a.ics", [hours(0, 2), hours(2, 3), hours(4, 10), hours(10, 11)], None, 4, []
        )
    with store.read() as uow:
        busy = uow.busy.busy_between(pid, T0 + timedelta(hours=2), T0 + timedelta(hours=5))
    assert [b.interval for b in busy] == [hours(2, 3), hours(4, 10)]  # [0,2) and [10,11) miss


def test_non_utc_input_comes_back_as_the_same_instant_in_utc(
    store: Store, sato: Interviewer
) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    local = Interval(datetime(2025, 3, 3, 10, tzinfo=tokyo), datetime(2025, 3, 3, 11, tzinfo=tokyo))
    with store.write() as uow:
        uow.busy.replace_source(_id(sato), "a.ics", [local], None, 1, [])
    with store.read() as uow:
        (busy,) = uow.busy.busy_between(_id(sato), T0 - timedelta(days=1), T0 + timedelta(days=1))
    assert busy.start == local.start and busy.end == local.end
    assert busy.start.tzinfo is UTC and busy.start.hour == 1


def test_naive_datetimes_are_rejected(store: Store, sato: Interviewer) -> None:
    naive = datetime(2025, 3, 3, 10)  # noqa: DTZ001  # the point of the test
    with pytest.raises(ValueError, match="naive"), store.write() as uow:
        uow.busy.replace_source(_id(sato), "a.ics", [Interval(naive, naive)], None, 1, [])
    with pytest.raises(ValueError, match="naive"), store.read() as uow:
        uow.busy.busy_between(_id(sato), naive, T0)


def test_reversed_intervals_and_wrong_title_counts_are_rejected(
    store: Store, sato: Interviewer
) -> None:
    with pytest.raises(ValueError, match="ends before"), store.write() as uow:
        uow.busy.replace_source(_id(sato), "a.ics", [hours(2, 1)], None, 1, [])
    with pytest.raises(ValueError, match="titles"), store.write() as uow:
        uow.busy.replace_source(_id(sato), "a.ics", [hours(1, 2)], ["a", "b"], 1, [])


def test_unknown_interviewer_is_a_key_error(store: Store) -> None:
    with pytest.raises(KeyError), store.write() as uow:
        uow.busy.replace_source(42, "a.ics", [hours(1, 2)], None, 1, [])


def test_sources_report_the_import(store: Store, sato: Interviewer) -> None:
    at = datetime(2025, 3, 1, 9, tzinfo=ZoneInfo("America/New_York"))
    with store.write() as uow:
        uow.busy.replace_source(
            _id(sato), "b.ics", [hours(1, 2), hours(3, 4)], ["1:1 with 田中", None], 5,
            ["line 12: unknown TZID"], imported_at=at,
        )
        uow.busy.replace_source(_id(sato), "a.ics", [], None, 0, [])
    with store.read() as uow:
        first, second = uow.busy.sources(_id(sato))
    assert (first.name, first.busy_intervals, first.keep_titles) == ("a.ics", 0, False)
    assert second.name == "b.ics" and second.busy_intervals == 2 and second.events == 5
    assert second.warnings == ("line 12: unknown TZID",) and second.keep_titles
    assert second.imported_at == at and second.imported_at.tzinfo is UTC


def test_titles_are_stored_only_when_asked(store: Store, sato: Interviewer) -> None:
    with store.write() as uow:
        uow.busy.replace_source(_id(sato), "a.ics", [hours(1, 2)], ["面接"], 1, [])
        uow.busy.replace_source(_id(sato), "b.ics", [hours(3, 4)], None, 1, [])
    with store.read() as uow:
        titled = uow.busy.busy_with_titles(_id(sato), T0, T0 + timedelta(days=1))
    assert [(busy.source, title) for busy, title in titled] == [("a.ics", "面接"), ("b.ics", None)]


def test_remove_source_and_delete_interviewer_cascade(store: Store, sato: Interviewer) -> None:
    with store.write() as uow:
        uow.busy.replace_source(_id(sato), "a.ics", [hours(1, 2)], None, 1, [])
        uow.busy.replace_source(_id(sato), "b.ics", [hours(3, 4)], None, 1, [])
    with store.write() as uow:
        assert uow.busy.remove_source(_id(sato), "a.ics")
        assert not uow.busy.remove_source(_id(sato), "a.ics")
        assert [s.name for s in uow.busy.sources(_id(sato))] == ["b.ics"]
        uow.interviewers.delete(_id(sato))
    with store.read() as uow:
        assert uow.busy.busy_between(_id(sato), T0, T0 + timedelta(days=1)) == []
        assert uow.busy.sources(_id(sato)) == []


def test_busy_for_loads_several_interviewers_at_once(store: Store, sato: Interviewer) -> None:
    with store.write() as uow:
        ito = uow.interviewers.add(Interviewer("ito@example.com", "Ito", "Asia/Tokyo"))
        uow.busy.replace_source(_id(sato), "a.ics", [hours(1, 2)], None, 1, [])
        uow.busy.replace_source(_id(ito), "a.ics", [hours(2, 3), hours(4, 5)], None, 2, [])
    with store.read() as uow:
        busy = uow.busy.busy_for([_id(sato), _id(ito), 999], T0, T0 + timedelta(days=1))
    assert {k: len(v) for k, v in busy.items()} == {_id(sato): 1, _id(ito): 2}


@pytest.mark.slow
def test_a_year_of_events_for_fifty_interviewers_stores_quickly(db_url: str) -> None:
    """The measured path: a few thousand rows per import, well under a second each.

    SQLite only, to keep the suite short: PostgreSQL's bulk path (COPY) runs in every import
    test there, and tests/bench/bench_team.py measures this size on both back-ends.
    """
    with open_store(db_url) as store:
        _fifty_years(store)


def _fifty_years(store: Store) -> None:
    year = [hours(h, h + 1) for h in range(0, 365 * 24, 3)]  # 2920 intervals
    with store.write() as uow:
        ids = [
            _id(uow.interviewers.add(Interviewer(f"p{i}@example.com", f"P{i}", "UTC")))
            for i in range(50)
        ]
    slowest = 0.0
    for pid in ids:
        started = time.perf_counter()
        with store.write() as uow:
            uow.busy.replace_source(pid, "year.ics", year, None, len(year), [])
        slowest = max(slowest, time.perf_counter() - started)
    assert slowest < 1.0
    with store.read() as uow:
        assert len(uow.busy.busy_between(ids[-1], T0, T0 + timedelta(days=400))) == len(year)
