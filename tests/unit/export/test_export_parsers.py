"""Independent parsers read every exported file the same way: vobject, ical, icalendar."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
import vobject
from export_ics_support import EVIL_NAME, LONG_JA_TITLE, cancelled, in_params, sample_booking
from ical.calendar_stream import IcsCalendarStream

from interviewplanner.core.booking import Booking
from interviewplanner.ics.write import ExportedFile, export_booking


@pytest.fixture(params=["confirmed", "cancelled"])
def exported(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Booking, Path, list[ExportedFile]]:
    """A full export of the sample booking (and of its cancellation)."""
    booking = sample_booking() if request.param == "confirmed" else cancelled(sample_booking())
    return booking, tmp_path, export_booking(booking, tmp_path)


def expected_events(booking: Booking, exported: ExportedFile) -> dict[str, tuple[datetime, datetime, str]]:
    """UID → (start, end, summary) that the file must hold."""
    if exported.kind == "invite":
        sessions = (booking.sessions[int(exported.path.name[:2]) - 1],)
    elif exported.path.name in {"candidate.ics", "all-sessions.ics"}:
        sessions = booking.sessions
    else:
        (email,) = exported.for_
        sessions = tuple(s for s in booking.sessions
                         if email.lower() in {e.lower() for e in (*s.interviewers, *s.shadows)})
    return {f"{s.uid}@interviewplanner": (s.start, s.end, f"{s.title} – {EVIL_NAME}") for s in sessions}


def test_vobject_reads_and_validates_every_file(exported: tuple[Booking, Path, list[ExportedFile]]) -> None:
    booking, folder, files = exported
    for item in files:
        text = (folder / item.path).read_bytes().decode("utf-8")
        (calendar,) = list(vobject.readComponents(text))
        assert calendar.validate(raiseException=True)
        for event in calendar.vevent_list:
            assert event.validate(raiseException=True)
        got = {e.uid.value: (e.dtstart.value.astimezone(UTC), e.dtend.value.astimezone(UTC), e.summary.value)
               for e in calendar.vevent_list}
        assert got == expected_events(booking, item)
        assert all(e.dtstart.value.tzinfo is not None for e in calendar.vevent_list)


def test_ical_package_reads_every_file(exported: tuple[Booking, Path, list[ExportedFile]]) -> None:
    booking, folder, files = exported
    for item in files:
        calendar = IcsCalendarStream.calendar_from_ics((folder / item.path).read_text(encoding="utf-8"))
        assert calendar.prodid.startswith("-//interviewplanner")
        for event in calendar.events:
            assert isinstance(event.dtstart, datetime) and event.dtstart.tzinfo is not None
            assert event.sequence == booking.sequence
            assert event.summary is not None and event.summary.endswith(EVIL_NAME)
            assert event.dtstamp == booking.stamp
        got = {e.uid: (e.start.astimezone(UTC), e.end.astimezone(UTC), e.summary) for e in calendar.events}
        assert got == expected_events(booking, item)
        if item.kind == "invite":
            (event,) = calendar.events
            attendees = {(a.uri, a.common_name) for a in event.attendees}
            assert ("mailto:jane@example.com", in_params(EVIL_NAME)) in attendees
            assert calendar.method == ("CANCEL" if item_cancelled(booking) else "REQUEST")


def item_cancelled(booking: Booking) -> bool:
    """True for a cancelled booking."""
    return booking.status.value == "cancelled"


def test_icalendar_reads_every_file(exported: tuple[Booking, Path, list[ExportedFile]]) -> None:
    booking, folder, files = exported
    for item in files:
        calendar = icalendar.Calendar.from_ical((folder / item.path).read_bytes())
        assert not calendar.errors
        events = calendar.walk("VEVENT")
        assert all(not e.errors for e in events)
        got = {str(e["UID"]): (e.decoded("DTSTART").astimezone(UTC), e.decoded("DTEND").astimezone(UTC),
                               str(e["SUMMARY"])) for e in events}
        assert got == expected_events(booking, item)
        tzids = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
        assert {e["DTSTART"].params.get("TZID") for e in events} <= tzids


def test_icalendar_reads_names_and_japanese_exactly(tmp_path: Path) -> None:
    booking = sample_booking()
    files = export_booking(booking, tmp_path)
    invite = next(f for f in files if f.kind == "invite")
    event = icalendar.Calendar.from_ical((tmp_path / invite.path).read_bytes()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]).encode() == f"{LONG_JA_TITLE} – {EVIL_NAME}".encode()
    cns = {str(a): a.params["CN"] for a in event["ATTENDEE"]}
    assert cns["mailto:jane@example.com"] == in_params(EVIL_NAME)
    assert cns["mailto:ken@example.com"] == "佐藤 健"
    assert len(event["ATTENDEE"]) == 3
