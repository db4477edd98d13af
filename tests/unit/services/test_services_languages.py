"""Each reader's language (SPEC §11): messages follow it unless one language is asked for."""

from __future__ import annotations

from dataclasses import replace

from interviewplanner.core.languages import in_order, reader_language
from interviewplanner.services.messages import compose
from tests.unit.services.test_services_messages import BOOKING


def _mixed() -> object:
    hanako, amy, tom = BOOKING.interviewers
    return replace(BOOKING, interviewers=(replace(hanako, language="ja"), amy, tom),
                   candidate=replace(BOOKING.candidate, language="ja"))


def test_each_message_is_in_its_readers_language() -> None:
    found = {m.to: m for m in compose(_mixed())}  # type: ignore[arg-type]
    assert found["hanako@example.com"].language == "ja"
    assert found["hanako@example.com"].body.startswith("佐藤 花子 さん")
    assert "2026年12月8日(火) 10:00～11:00（日本標準時）" in found["hanako@example.com"].body
    assert found["amy@example.com"].language == "en"
    assert found["amy@example.com"].body.startswith("Hello Amy Lee,")
    assert found["jane@example.com"].language == "ja"
    assert found["jane@example.com"].subject.startswith("面接日程のご案内")


def test_a_language_asked_for_wins() -> None:
    assert {m.language for m in compose(_mixed(), "en")} == {"en"}  # type: ignore[arg-type]
    assert {m.language for m in compose(BOOKING)} == {"en"}  # nobody set one: English


def test_reader_language_and_order() -> None:
    assert reader_language(None, "ja") == "ja"
    assert reader_language("en", "ja") == "en"
    assert reader_language("fr", "xx") == "en"
    assert in_order({"ja", "en"}) == ("en", "ja")
