"""Ready-to-send messages: each reader's zone, weekday and language (SPEC §5, §11)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from interviewplanner.core.booking import BookedSession, Booking, BookingStatus, Party
from interviewplanner.services import bookings
from interviewplanner.services.errors import ErrorCode, UnsupportedLanguage
from interviewplanner.services.messages import Message, booking_messages, compose, format_moment
from interviewplanner.storage.db import Store
from tests.unit.services.conftest import Book


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


#: 01:00Z on Tue 8 Dec is Tue 10:00 in Tokyo, Mon 7 Dec 17:00 in Los Angeles, 01:00 in London.
BOOKING = Booking(
    id="b1", status=BookingStatus.CONFIRMED, sequence=0, stamp=_at(1, 9),
    candidate=Party("Jane Doe", "jane@example.com", "Europe/London"),
    organizer=Party("Recruiting", "recruiting@example.com"),
    interviewers=(Party("佐藤 花子", "hanako@example.com", "Asia/Tokyo"),
                  Party("Amy Lee", "amy@example.com", "America/Los_Angeles"),
                  Party("Tom Baker", "tom@example.com", "Pacific/Kiritimati")),
    sessions=(
        BookedSession("b1-1@interviewplanner", "Coding", _at(8, 1), _at(8, 2),
                      ("hanako@example.com", "amy@example.com"), ("tom@example.com",)),
        BookedSession("b1-2@interviewplanner", "Hiring manager", _at(8, 2, 10), _at(8, 2, 55),
                      ("amy@example.com",)),
    ),
    location="https://meet.example.com/abc", notes="Ask about Rust; salary band B",
)


def _by_email(messages: list[Message]) -> dict[str, Message]:
    return {m.to: m for m in messages}


def test_one_message_per_interviewer_then_the_candidate() -> None:
    found = compose(BOOKING)
    assert [(m.to, m.role, m.timezone) for m in found] == [
        ("hanako@example.com", "interviewer", "Asia/Tokyo"),
        ("amy@example.com", "interviewer", "America/Los_Angeles"),
        ("tom@example.com", "shadow", "Pacific/Kiritimati"),
        ("jane@example.com", "candidate", "Europe/London"),
    ]
    assert {m.language for m in found} == {"en"}


def test_english_times_are_in_each_readers_zone_with_the_local_weekday() -> None:
    m = _by_email(compose(BOOKING, "en"))
    tokyo, la, kiritimati, london = (m["hanako@example.com"], m["amy@example.com"],
                                     m["tom@example.com"], m["jane@example.com"])
    assert tokyo.subject == "Interview with Jane Doe: Tue, 8 Dec 2026, 10:00 (JST)"
    assert "• Tue, 8 Dec 2026, 10:00–11:00 (JST)  Coding, with Amy Lee and Tom Baker" in tokyo.body
    # across the date line the same instant is still Monday in Los Angeles
    assert la.subject == "Interview with Jane Doe: Mon, 7 Dec 2026, 17:00 (PST)"
    assert "• Mon, 7 Dec 2026, 18:10–18:55 (PST)  Hiring manager: Amy Lee" in la.body
    # ... and already Tuesday afternoon at UTC+14, which has no abbreviation of its own
    assert "• Tue, 8 Dec 2026, 15:00–16:00 (UTC+14)  Coding (shadowing)" in kiritimati.body
    assert london.subject == "Your interview: Tue, 8 Dec 2026, 01:00 (GMT)"
    assert ("• Tue, 8 Dec 2026, 01:00–02:00 (GMT)  Coding, with 佐藤 花子 and Amy Lee "
            "(Tom Baker observing)") in london.body


def test_japanese_dates_are_written_as_japanese_readers_write_them() -> None:
    m = _by_email(compose(BOOKING, "ja"))
    tokyo, la, london = m["hanako@example.com"], m["amy@example.com"], m["jane@example.com"]
    assert tokyo.subject == "面接担当のお願い: Jane Doe さん 2026年12月8日(火) 10:00（日本標準時）"
    assert tokyo.body.startswith("佐藤 花子 さん\n\nJane Doe さんの面接を担当していただきます。")
    assert "• 2026年12月8日(火) 10:00～11:00（日本標準時） Coding（同席: Amy Lee、Tom Baker）" in tokyo.body
    assert "• 2026年12月8日(火) 11:10～11:55（日本標準時） Hiring manager（面接官: Amy Lee）" in tokyo.body
    assert "• 2026年12月7日(月) 17:00～18:00（米国太平洋標準時） Coding" in la.body
    assert london.body.startswith("Jane Doe 様\n\n")
    assert ("• 2026年12月8日(火) 1:00～2:00（グリニッジ標準時） "
            "Coding（面接官: 佐藤 花子、Amy Lee）（見学: Tom Baker）") in london.body
    assert format_moment(_at(8, 1), "Asia/Tokyo", "ja") == "2026年12月8日(火) 10:00（日本標準時）"


def test_the_candidate_sees_no_addresses_and_no_internal_notes() -> None:
    for language in ("en", "ja"):
        m = _by_email(compose(BOOKING, language))
        candidate = m["jane@example.com"]
        for address in ("hanako@example.com", "amy@example.com", "tom@example.com"):
            assert address not in candidate.body and address not in candidate.subject
        assert "Rust" not in candidate.body
        assert "Ask about Rust; salary band B" in m["hanako@example.com"].body
        assert "https://meet.example.com/abc" in candidate.body


def test_every_message_tells_how_updates_replace_the_invite() -> None:
    new = compose(BOOKING)
    assert all("same event ID" in m.body for m in new)
    moved = compose(replace(BOOKING, sequence=1))
    assert all(m.subject.startswith("Updated: ") for m in moved)
    assert all("delete the old event first" in m.body for m in moved)
    cancelled = compose(replace(BOOKING, sequence=2, status=BookingStatus.CANCELLED))
    assert all(m.subject.startswith("Cancelled: ") for m in cancelled)
    assert "is cancelled" in cancelled[0].body and "by hand" in cancelled[0].body
    ja = compose(replace(BOOKING, sequence=1), "ja")
    assert all(m.subject.startswith("【日時変更】") for m in ja)
    assert all("同じ予定ID" in m.body for m in ja)


def test_a_session_across_local_midnight_shows_both_dates() -> None:
    late = replace(BOOKING, sessions=(BookedSession(
        "b1-1@interviewplanner", "Coding", _at(8, 7, 30), _at(8, 8, 30), ("amy@example.com",)),))
    la = _by_email(compose(late))["amy@example.com"]
    assert "• Mon, 7 Dec 2026, 23:30 (PST) – Tue, 8 Dec 2026, 00:30 (PST)  Coding" in la.body


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnsupportedLanguage) as caught:
        compose(BOOKING, "fr")
    assert caught.value.code is ErrorCode.UNSUPPORTED_LANGUAGE
    assert caught.value.fields == {"language": "fr", "supported": ("en", "ja")}


def test_messages_of_a_stored_booking(store: Store, book: Book) -> None:
    booked = book()
    found = booking_messages(store, booked.id, "en")
    assert [m.to for m in found] == ["hanako@example.com", "amy@example.com", "jane@example.com"]
    bookings.cancel(store, booked.id)
    assert booking_messages(store, booked.id, "ja")[0].subject.startswith("【キャンセル】")
