"""Reschedule and cancel: same UIDs, strictly rising SEQUENCE, fresh DTSTAMP, METHOD:CANCEL."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from export_ics_support import Comp, cancelled, parse, rescheduled, sample_booking

from interviewplanner.ics.write import export_booking


def read_all(folder: Path) -> dict[str, Comp]:
    """Every exported calendar by relative path."""
    return {str(p.relative_to(folder)): parse(p.read_bytes()) for p in sorted(folder.rglob("*.ics"))}


def uids(calendar: Comp) -> list[str]:
    """UIDs of the events of ``calendar``."""
    return [e.one("UID").value for e in calendar.kids("VEVENT")]


def stamps(calendar: Comp) -> set[tuple[str, int]]:
    """(DTSTAMP, SEQUENCE) of every event."""
    return {(e.one("DTSTAMP").value, int(e.one("SEQUENCE").value)) for e in calendar.kids("VEVENT")}


def test_reschedule_keeps_uids_and_raises_sequence_and_stamp(tmp_path: Path) -> None:
    first = sample_booking()
    second = rescheduled(first, timedelta(days=1))
    third = rescheduled(second, timedelta(hours=2))
    versions = []
    for number, booking in enumerate((first, second, third)):
        export_booking(booking, tmp_path / str(number))
        versions.append(read_all(tmp_path / str(number)))
    assert versions[0].keys() == versions[1].keys() == versions[2].keys()
    for path in versions[0]:
        assert uids(versions[0][path]) == uids(versions[1][path]) == uids(versions[2][path])
        (one,), (two,), (three,) = (stamps(v[path]) for v in versions)
        assert one[0] < two[0] < three[0]  # DTSTAMP (UTC, same format) is fresh each time
        assert (one[1], two[1], three[1]) == (0, 1, 2)
        assert versions[2][path].one("METHOD").value == versions[0][path].one("METHOD").value
    moved = versions[1]["invites/01-session.ics"].kids("VEVENT")[0]
    assert moved.one("DTSTART").value == "20261202T100000"


def test_cancel_sends_method_cancel_with_status_cancelled(tmp_path: Path) -> None:
    booking = rescheduled(sample_booking(), timedelta(days=1))
    export_booking(booking, tmp_path / "before")
    export_booking(cancelled(booking), tmp_path / "after")
    before, after = read_all(tmp_path / "before"), read_all(tmp_path / "after")
    for path, calendar in after.items():
        expected_method = "CANCEL" if path.startswith("invites/") else "PUBLISH"
        assert calendar.one("METHOD").value == expected_method
        assert uids(calendar) == uids(before[path])
        for event, old in zip(calendar.kids("VEVENT"), before[path].kids("VEVENT"), strict=True):
            assert event.one("STATUS").value == "CANCELLED"
            assert int(event.one("SEQUENCE").value) == int(old.one("SEQUENCE").value) + 1
            assert event.one("DTSTAMP").value > old.one("DTSTAMP").value
            assert event.one("DTSTART").value == old.one("DTSTART").value
        if path.startswith("invites/"):
            (event,) = calendar.kids("VEVENT")
            assert {a.value for a in event.all("ATTENDEE")} == {
                a.value for a in before[path].kids("VEVENT")[0].all("ATTENDEE")}
