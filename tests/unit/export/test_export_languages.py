"""Invites in each reader's language (SPEC §11): Japanese and bilingual files, read back by
our independent parser, icalendar, vobject and khal.

Ken (Tokyo) and the candidate read Japanese, Ann and Raj English. Ken's calendar is all
Japanese, with dates as Japanese readers write them; an invite for people of both languages
carries both in DESCRIPTION, English first, under a short English SUMMARY; an invite whose
readers all read English stays English.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from pathlib import Path

import icalendar
import pytest
import vobject
from export_ics_support import (
    ANN,
    CANDIDATE,
    KEN,
    LONG_JA_TITLE,
    NOTES,
    RAJ,
    parse,
    sample_booking,
    unescape,
)
from test_export_khal import KHAL, Khal

from interviewplanner.core.booking import Booking
from interviewplanner.ics.write import (
    calendar_for,
    candidate_calendar,
    export_booking,
    invite_for_session,
)
from interviewplanner.ics.write.description import SEPARATOR

JA_KEN = replace(KEN, language="ja")


def bilingual() -> Booking:
    """The sample booking with Ken and the candidate reading Japanese."""
    return sample_booking(interviewers=(JA_KEN, ANN, RAJ), candidate=replace(CANDIDATE, language="ja"))


def _description(data: bytes) -> list[str]:
    return [unescape(e.one("DESCRIPTION").value) for e in parse(data).kids("VEVENT")]


def _summaries(data: bytes) -> list[str]:
    return [unescape(e.one("SUMMARY").value) for e in parse(data).kids("VEVENT")]


def test_a_japanese_readers_calendar_is_japanese() -> None:
    booking = bilingual()
    data = calendar_for(booking, "ken@example.com")
    first = _description(data)[0]
    assert "2026年12月1日(火) 10:00～11:00（日本標準時）" in first  # 01:00Z on Tue 1 Dec
    assert "さんの面接" in first and "時刻（Asia/Tokyo）:" in first
    assert "（面接官: 佐藤 健）（見学: Raj Patel）" in first
    assert "社内メモ（候補者には送られません）:" in first and NOTES in first
    assert "Times in" not in first and SEPARATOR not in first
    assert _summaries(data)[0] == f"【面接】{LONG_JA_TITLE} – {CANDIDATE.name}"


def test_an_english_readers_calendar_stays_english() -> None:
    data = calendar_for(bilingual(), "Ann.Lee@example.com")
    (text,) = _description(data)
    assert text.startswith("Interview panel for") and "Times in America/New_York:" in text
    assert "年" not in text.replace(LONG_JA_TITLE, "")


def test_an_invite_for_both_languages_carries_both_english_first() -> None:
    booking = bilingual()
    data = invite_for_session(booking, booking.sessions[0])
    (text,) = _description(data)
    english, japanese = text.split(f"\n\n{SEPARATOR}\n\n")
    assert english.startswith("Interview panel for") and "Times in Asia/Kolkata:" in english
    assert japanese.startswith(f"{CANDIDATE.name} さんの面接")
    assert "時刻（Asia/Kolkata）:" in japanese and "時刻（America/Los_Angeles）:" in japanese
    assert _summaries(data) == [f"{LONG_JA_TITLE} – {CANDIDATE.name}"]  # short, English


def test_an_invite_whose_readers_all_read_english_stays_english() -> None:
    booking = sample_booking(interviewers=(JA_KEN, ANN, RAJ))  # the candidate reads English
    (text,) = _description(invite_for_session(booking, booking.sessions[1]))  # Ann + candidate
    assert SEPARATOR not in text and "さんの面接" not in text


def test_the_candidates_file_in_japanese_keeps_addresses_and_notes_out() -> None:
    data = candidate_calendar(bilingual())
    for text in _description(data):
        assert "さんの面接" in text and "@example.com" not in text and NOTES not in text
        assert "時刻（America/Los_Angeles）:" in text
    assert "2026年11月30日(月) 17:00～18:00（米国太平洋標準時）" in _description(data)[0]


def test_icalendar_and_vobject_read_japanese_and_bilingual_files_back(tmp_path: Path) -> None:
    booking = bilingual()
    files = export_booking(booking, tmp_path)
    checked = 0
    for item in files:
        raw = (tmp_path / item.path).read_bytes()
        ours = _description(raw)
        calendar = icalendar.Calendar.from_ical(raw)
        got = [str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")]
        assert got == ours, item.path
        (vcal,) = list(vobject.readComponents(raw.decode("utf-8")))
        assert vcal.validate(raiseException=True)
        assert [e.description.value for e in vcal.vevent_list] == ours
        assert [e.summary.value for e in vcal.vevent_list] == _summaries(raw)
        assert all(e.dtstart.value.astimezone(UTC) for e in vcal.vevent_list)
        checked += any("日本標準時" in t or "太平洋" in t for t in ours)
    assert checked >= 5  # Ken's, the candidate's and every invite he or she is on


@pytest.mark.slow
@pytest.mark.skipif(not KHAL.exists(), reason="khal is not installed")
def test_khal_lists_the_japanese_file_at_tokyo_times(tmp_path: Path) -> None:
    booking = bilingual()
    khal = Khal(tmp_path, "Asia/Tokyo")
    path = tmp_path / "ken.ics"
    path.write_bytes(calendar_for(booking, "ken@example.com"))
    khal.import_file(path)
    shown = {(e["start"], e["title"]) for e in khal.events()}
    assert ("2026-12-01 10:00", f"【面接】{LONG_JA_TITLE} – {CANDIDATE.name}") in shown
    assert ("2026-12-03 08:00", f"【面接】System design – {CANDIDATE.name}") in shown
