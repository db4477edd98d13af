"""Busy semantics (SPEC §4): every rule on small inline calendars."""

from __future__ import annotations

import pytest
from ics_snippets import HORIZON, OWNER, calendar, event, read, spans, utc, warning_texts

from interviewplanner.ics.read.busy import normalise_address
from interviewplanner.ics.read.pipeline import read_calendar

TIMED = ("DTSTART:20261201T010000Z", "DTEND:20261201T020000Z")
ONE_HOUR = [(utc(2026, 12, 1, 1), utc(2026, 12, 1, 2))]


def _busy(*lines: str, header: tuple[str, ...] = (), owner: tuple[str, ...] = (OWNER,)) -> list:
    return spans(read(calendar(*event(*TIMED, *lines), header=header), owner=owner))


def test_plain_event_is_busy() -> None:
    assert _busy() == ONE_HOUR


@pytest.mark.parametrize("line", ["TRANSP:TRANSPARENT", "transp:transparent", "STATUS:CANCELLED"])
def test_transparent_and_cancelled_are_free(line: str) -> None:
    assert _busy(line) == []


@pytest.mark.parametrize(
    "line",
    ["TRANSP:OPAQUE", "STATUS:TENTATIVE", "STATUS:CONFIRMED", "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
     "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
     f"ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
     f"ATTENDEE;PARTSTAT=TENTATIVE:mailto:{OWNER}",
     f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{OWNER}"],
)
def test_tentative_needs_action_and_opaque_are_busy(line: str) -> None:
    assert _busy(line) == ONE_HOUR


def test_all_day_event_without_transp_is_busy() -> None:
    data = calendar(*event("DTSTART;VALUE=DATE:20261207", "DTEND;VALUE=DATE:20261208"))
    assert spans(read(data, tz="Asia/Tokyo")) == [(utc(2026, 12, 6, 15), utc(2026, 12, 7, 15))]


def test_owner_declined_is_free_matching_any_address_case_and_mailto() -> None:
    line = "ATTENDEE;CN=Hanako;PARTSTAT=DECLINED:MAILTO:Hanako.Sato@Example.COM"
    assert _busy(line, owner=("hanako@example.com", "hanako.sato@example.com")) == []


def test_declined_by_someone_else_is_busy() -> None:
    line = "ATTENDEE;PARTSTAT=DECLINED:mailto:john@example.com"
    assert _busy(line, f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{OWNER}") == ONE_HOUR


def test_owner_found_through_the_email_parameter() -> None:
    line = f'ATTENDEE;EMAIL="{OWNER}";PARTSTAT=DECLINED:urn:uuid:1234'
    assert _busy(line) == []


def test_method_cancel_adds_nothing() -> None:
    parsed = read(calendar(*event(*TIMED), header=("METHOD:CANCEL",)))
    assert parsed.busy == ()
    assert parsed.events == 1
    assert any("line 4: METHOD:CANCEL" in w for w in warning_texts(parsed))


def test_todo_journal_and_alarm_never_count() -> None:
    data = calendar(
        "BEGIN:VTODO", "UID:t1", "DTSTART:20261201T010000Z", "DUE:20261201T020000Z", "END:VTODO",
        "BEGIN:VJOURNAL", "UID:j1", "DTSTART:20261201T030000Z", "END:VJOURNAL",
        *event(*TIMED, "BEGIN:VALARM", "TRIGGER:-PT15M", "DURATION:PT10H", "END:VALARM"),
    )
    parsed = read(data)
    assert spans(parsed) == ONE_HOUR
    assert parsed.events == 1


def test_datetime_without_end_is_zero_length_and_date_without_end_one_day() -> None:
    data = calendar(*event("DTSTART:20261203T150000Z"),
                    *event("DTSTART;VALUE=DATE:20261201", uid="e2"))
    parsed = read(data, tz="America/Los_Angeles")
    assert spans(parsed) == [(utc(2026, 12, 1, 8), utc(2026, 12, 2, 8))]
    assert parsed.events == 2


def test_vfreebusy_periods() -> None:
    data = calendar(
        "BEGIN:VFREEBUSY", "DTSTART:20261130T000000Z", "DTEND:20261231T000000Z",
        "FREEBUSY;FBTYPE=BUSY:20261201T170000Z/20261201T180000Z,20261202T200000Z/PT1H30M",
        "FREEBUSY;FBTYPE=BUSY-TENTATIVE:20261203T190000Z/20261203T200000Z",
        "FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20261207T080000Z/20261209T080000Z",
        "FREEBUSY;FBTYPE=FREE:20261210T170000Z/20261210T180000Z",
        "FREEBUSY:20261211T163000Z/20261211T173000Z",
        "FREEBUSY:garbage",
        "END:VFREEBUSY",
    )
    parsed = read(data)
    assert spans(parsed) == [
        (utc(2026, 12, 1, 17), utc(2026, 12, 1, 18)),
        (utc(2026, 12, 2, 20), utc(2026, 12, 2, 21, 30)),
        (utc(2026, 12, 3, 19), utc(2026, 12, 3, 20)),
        (utc(2026, 12, 7, 8), utc(2026, 12, 9, 8)),
        (utc(2026, 12, 11, 16, 30), utc(2026, 12, 11, 17, 30)),
    ]
    assert parsed.events == 1
    assert any(w.startswith("line 12: FREEBUSY period is not valid") for w in warning_texts(parsed))


def test_titles_only_when_asked() -> None:
    data = calendar(*event(*TIMED, r"SUMMARY:Interview\, round 2"))
    assert read(data).titles == ("Interview, round 2",)
    plain = read_calendar(data, owner_emails=[OWNER], owner_tz="UTC", horizon=HORIZON)
    assert plain.titles == ()
    assert len(plain.busy) == 1


def test_one_off_events_outside_the_horizon_are_kept() -> None:
    data = calendar(*event("DTSTART:20300101T000000Z", "DURATION:PT1H"))
    assert spans(read(data)) == [(utc(2030, 1, 1), utc(2030, 1, 1, 1))]


def test_busy_is_sorted_and_overlaps_are_not_merged() -> None:
    data = calendar(*event("DTSTART:20261201T013000Z", "DURATION:PT1H"),
                    *event(*TIMED, uid="e2"))
    assert spans(read(data)) == [(utc(2026, 12, 1, 1), utc(2026, 12, 1, 2)),
                                 (utc(2026, 12, 1, 1, 30), utc(2026, 12, 1, 2, 30))]


@pytest.mark.parametrize(("raw", "clean"), [("mailto:A@B.c", "a@b.c"), (' "MAILTO:x@y" ', "x@y"),
                                            ("x@y", "x@y")])
def test_address_normalisation(raw: str, clean: str) -> None:
    assert normalise_address(raw) == clean
