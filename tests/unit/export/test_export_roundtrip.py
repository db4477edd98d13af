"""Round trip: parse every written file after byte-level unfolding and compare with the booking."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from export_ics_support import (
    CANDIDATE,
    EVIL_NAME,
    LOCATION,
    LONG_JA_TITLE,
    NOTES,
    ORGANIZER,
    Comp,
    in_params,
    parse,
    sample_booking,
    unescape,
)

from interviewplanner.core.booking import Booking
from interviewplanner.ics.write import (
    calendar_for,
    candidate_calendar,
    combined_calendar,
    export_booking,
    invite_for_session,
)


def instant(comp: Comp, name: str) -> datetime:
    """DTSTART/DTEND of an event as an aware UTC instant (TZID resolved through zoneinfo)."""
    line = comp.one(name)
    if line.value.endswith("Z"):
        return datetime.strptime(line.value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    tzid = line.params["TZID"][0]
    local = datetime.strptime(line.value, "%Y%m%dT%H%M%S")  # noqa: DTZ007 - zone added next
    return local.replace(tzinfo=ZoneInfo(tzid)).astimezone(UTC)


def events(data: bytes) -> list[Comp]:
    """The VEVENTs of a calendar."""
    return parse(data).kids("VEVENT")


def text(comp: Comp, name: str) -> str:
    """An unescaped TEXT property."""
    return unescape(comp.one(name).value)


def test_each_invite_holds_its_session_with_exact_text() -> None:
    booking = sample_booking()
    for session in booking.sessions:
        (event,) = events(invite_for_session(booking, session))
        assert text(event, "SUMMARY") == f"{session.title} – {EVIL_NAME}"
        assert text(event, "UID") == f"{session.uid}@interviewplanner"
        assert (instant(event, "DTSTART"), instant(event, "DTEND")) == (session.start, session.end)
        assert text(event, "LOCATION") == LOCATION
        assert event.one("URL").value == LOCATION


def test_invite_attendees_roles_and_quoted_names() -> None:
    booking = sample_booking()
    session = booking.sessions[0]
    (event,) = events(invite_for_session(booking, session))
    got = {(a.value, a.params["ROLE"][0], a.params["CN"][0]) for a in event.all("ATTENDEE")}
    assert got == {
        ("mailto:ken@example.com", "REQ-PARTICIPANT", "佐藤 健"),
        ("mailto:raj@example.com", "OPT-PARTICIPANT", "Raj Patel"),
        ("mailto:jane@example.com", "REQ-PARTICIPANT", in_params(EVIL_NAME)),
    }
    for attendee in event.all("ATTENDEE"):
        assert attendee.params["PARTSTAT"] == ["NEEDS-ACTION"]
        assert attendee.params["RSVP"] == ["TRUE"]
        assert attendee.params["CUTYPE"] == ["INDIVIDUAL"]
    organizer = event.one("ORGANIZER")
    assert (organizer.value, organizer.params["CN"]) == ("mailto:recruiting@example.com", [ORGANIZER.name])


def test_quoted_cn_is_written_as_a_quoted_string() -> None:
    booking = sample_booking()
    data = invite_for_session(booking, booking.sessions[1])
    unfolded = b"".join(data.split(b"\r\n "))
    assert b'CN="Ann \'Annie\' Lee; PhD, \\MIT\\: NYC":mailto:Ann.Lee@example.com' in unfolded
    assert b'CN="Recruiting, Tokyo":mailto:recruiting@example.com' in unfolded


@pytest.mark.parametrize("kind", ["invite", "interviewer", "candidate", "combined"])
def test_injection_adds_no_property(kind: str) -> None:
    booking = sample_booking()
    data = _file(booking, kind)
    lines = b"".join(data.split(b"\r\n ")).split(b"\r\n")
    assert not any(line.startswith(b"ATTENDEE:") for line in lines)
    expected_attendees = 3 if kind == "invite" else 0
    assert sum(line.startswith(b"ATTENDEE;") for line in lines) == expected_attendees
    for event in events(data):
        assert "mailto:evil@x" not in {a.value for a in event.all("ATTENDEE")}
        assert len(event.all("SUMMARY")) == 1
        assert EVIL_NAME in text(event, "SUMMARY")
        assert EVIL_NAME in text(event, "DESCRIPTION")


def _file(booking: Booking, kind: str) -> bytes:
    """One file of the given kind."""
    if kind == "invite":
        return invite_for_session(booking, booking.sessions[0])
    if kind == "interviewer":
        return calendar_for(booking, "ken@example.com")
    if kind == "candidate":
        return candidate_calendar(booking)
    return combined_calendar(booking)


def test_japanese_title_longer_than_75_bytes_survives_byte_for_byte() -> None:
    booking = sample_booking()
    assert len(f"SUMMARY:{LONG_JA_TITLE}".encode()) > 75
    data = calendar_for(booking, "ken@example.com")
    (first, _) = events(data)
    summary = text(first, "SUMMARY")
    assert summary.encode() == f"{LONG_JA_TITLE} – {EVIL_NAME}".encode()
    assert LONG_JA_TITLE in text(first, "DESCRIPTION")


def test_interviewer_file_has_only_their_sessions_in_their_zone() -> None:
    booking = sample_booking()
    for person, expected in (("ken@example.com", {"b1-s1", "b1-s3"}),
                             ("raj@example.com", {"b1-s1", "b1-s3"}),
                             ("ann.lee@example.com", {"b1-s2"})):
        found = events(calendar_for(booking, person))
        assert {text(e, "UID").split("@")[0] for e in found} == expected
        zone = booking.party(person).timezone
        assert {e.one("DTSTART").params["TZID"][0] for e in found} == {zone}
        assert all(e.all("ATTENDEE") == [] for e in found)


def test_description_lists_whole_panel_in_the_readers_local_time() -> None:
    booking = sample_booking()
    (event, _) = events(calendar_for(booking, "ken@example.com"))
    description = text(event, "DESCRIPTION")
    assert "Times in Asia/Tokyo:" in description
    assert "▶ Tue 2026-12-01 10:00–11:00" in description  # 01:00Z in Tokyo
    assert "• Tue 2026-12-01 11:10–11:55 JST  Hiring manager, final; round" in description
    assert "Thu 2026-12-03 08:00–09:30 JST  System design" in description
    assert "佐藤 健" in description and "Raj Patel" in description and "Ann \"Annie\" Lee" in description
    (cand_event, *_) = events(candidate_calendar(booking))
    assert "Times in America/Los_Angeles:" in text(cand_event, "DESCRIPTION")
    assert "Mon 2026-11-30 17:00–18:00" in text(cand_event, "DESCRIPTION")


def test_candidate_file_hides_notes_and_interviewer_addresses() -> None:
    booking = sample_booking()
    data = candidate_calendar(booking)
    unfolded = b"".join(data.split(b"\r\n "))
    assert b"INTERNAL" not in unfolded
    for person in booking.interviewers:
        assert person.email.encode() not in unfolded
    found = events(data)
    assert len(found) == 3
    assert {e.one("DTSTART").params["TZID"][0] for e in found} == {CANDIDATE.timezone}
    assert "佐藤 健" in text(found[0], "DESCRIPTION")


def test_candidate_file_shows_addresses_when_asked() -> None:
    booking = sample_booking()
    data = candidate_calendar(booking, include_addresses=True)
    description = text(events(data)[0], "DESCRIPTION")
    assert "佐藤 健 <ken@example.com>" in description
    assert NOTES not in description


def test_combined_file_has_every_session_with_notes() -> None:
    booking = sample_booking()
    found = events(combined_calendar(booking))
    assert len(found) == len(booking.sessions)
    assert [(instant(e, "DTSTART"), instant(e, "DTEND")) for e in found] == [
        (s.start, s.end) for s in booking.sessions]
    assert NOTES in text(found[0], "DESCRIPTION")
    assert {e.one("DTSTART").params["TZID"][0] for e in found} == {ORGANIZER.timezone}


def test_utc_reader_gets_utc_times_and_no_vtimezone() -> None:
    booking = sample_booking(organizer=ORGANIZER.__class__("Recruiting", "r@example.com", "UTC"))
    calendar = parse(combined_calendar(booking))
    assert calendar.kids("VTIMEZONE") == []
    for event, session in zip(calendar.kids("VEVENT"), booking.sessions, strict=True):
        assert event.one("DTSTART").value == f"{session.start:%Y%m%dT%H%M%SZ}"


def test_every_event_carries_the_required_properties(tmp_path: Path) -> None:
    booking = sample_booking()
    for exported in export_booking(booking, tmp_path):
        calendar = parse((tmp_path / exported.path).read_bytes())
        assert calendar.one("VERSION").value == "2.0"
        assert calendar.one("PRODID").value
        assert calendar.one("METHOD").value == ("REQUEST" if exported.kind == "invite" else "PUBLISH")
        for event in calendar.kids("VEVENT"):
            assert event.one("DTSTAMP").value == "20261120T080000Z"
            assert event.one("SEQUENCE").value == "0"
            assert event.one("STATUS").value == "CONFIRMED"
            assert event.one("TRANSP").value == "OPAQUE"
            assert event.one("X-MICROSOFT-CDO-BUSYSTATUS").value == "BUSY"
            assert event.one("ORGANIZER").value == "mailto:recruiting@example.com"
            for name in ("DTSTART", "DTEND"):
                line = event.one(name)
                assert line.value.endswith("Z") or "TZID" in line.params, "floating time"


def test_a_vtimezone_for_every_tzid_used(tmp_path: Path) -> None:
    booking = sample_booking()
    for exported in export_booking(booking, tmp_path):
        calendar = parse((tmp_path / exported.path).read_bytes())
        defined = {tz.one("TZID").value for tz in calendar.kids("VTIMEZONE")}
        used = {
            tzid
            for event in calendar.kids("VEVENT")
            for name in ("DTSTART", "DTEND")
            for tzid in event.one(name).params.get("TZID", [])
        }
        assert used == defined


def test_ambiguous_wall_times_of_an_autumn_fold_are_written_in_utc() -> None:
    booking = sample_booking()
    fold = replace(booking.sessions[1], start=datetime(2026, 11, 1, 5, 30, tzinfo=UTC),
                   end=datetime(2026, 11, 1, 6, 30, tzinfo=UTC))  # 01:30 EDT – 01:30 EST
    booking = replace(booking, sessions=(booking.sessions[0], fold, booking.sessions[2]))
    (event,) = events(calendar_for(booking, "ann.lee@example.com"))
    assert event.one("DTSTART").value == "20261101T053000Z"
    assert event.one("DTEND").value == "20261101T063000Z"
    assert (instant(event, "DTSTART"), instant(event, "DTEND")) == (fold.start, fold.end)
    assert "Sun 2026-11-01 01:30 EDT–01:30 EST" in text(event, "DESCRIPTION")
    assert parse(calendar_for(booking, "ann.lee@example.com")).kids("VTIMEZONE") == []


def test_a_room_is_a_location_without_url() -> None:
    booking = sample_booking(location="Room 3F, 東京; building \"B\"")
    (event, *_) = events(combined_calendar(booking))
    assert text(event, "LOCATION") == "Room 3F, 東京; building \"B\""
    assert event.all("URL") == []
