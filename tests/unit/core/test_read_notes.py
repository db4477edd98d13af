"""Reader notes as data: equal notes hash equal, and they survive the store as text."""

from __future__ import annotations

from interviewplanner.core.read_notes import ReadCode, ReadNote


def test_fields_are_kept_sorted_so_equal_notes_are_equal() -> None:
    one = ReadNote.of(ReadCode.UNKNOWN_TZID, 7, tzid="Foo", zone="UTC")
    two = ReadNote.of(ReadCode.UNKNOWN_TZID, 7, zone="UTC", tzid="Foo")
    assert one == two and hash(one) == hash(two)
    assert one.fields == {"tzid": "Foo", "zone": "UTC"}


def test_a_note_round_trips_through_its_stored_text() -> None:
    note = ReadNote.of(ReadCode.NESTED_TOO_DEEP, 12, name="X-A", depth=8)
    assert ReadNote.loads(note.dumps()) == note
    assert ReadNote.loads(ReadNote.of(ReadCode.METHOD_CANCEL, 2).dumps()).fields == {}


def test_english_text_stored_by_earlier_versions_is_kept() -> None:
    old = ReadNote.loads("line 12: unknown TZID 'Foo' read as the interviewer's zone (UTC)")
    assert old.code is ReadCode.EARLIER_TEXT and old.line == 12
    assert str(old.fields["text"]).startswith("line 12: unknown TZID")
    assert ReadNote.loads("{not json").line == 0
