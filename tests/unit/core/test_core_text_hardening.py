"""One-line text rules (issue 13, item 4): which characters are refused, how stored text is
escaped for a terminal or JSON, and that the lengths checked in code are the store's columns."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewplanner.core import text
from interviewplanner.storage import tables


@pytest.mark.parametrize(("value", "found"), [
    ("Kim", None), ("佐藤 花子", None), ("👩‍💻", None), ("O'Neil\u00ad", None),
    ("\u200fשרה", None), ("Ki\x1bm", "U+001B"), ("\tKim", "U+0009"), ("Ki\x7fm", "U+007F"),
    ("Ki\x9bm", "U+009B"), ("Ki\u2028m", "U+2028"), ("Ki\u2029m", "U+2029"),
    ("Ki\u202em", "U+202E"), ("Ki\u2066m", "U+2066"), ("a\nb\x1b", "U+000A"),
])
def test_control_character_names_the_first_refused_one(value: str, found: str | None) -> None:
    assert text.control_character(value) == found


def test_terminal_safe_escapes_every_refused_character_visibly() -> None:
    assert text.terminal_safe("a\x1b[31mb\rc\u2028d\x9be") == "a\\x1b[31mb\\x0dc\\u2028d\\x9be"
    assert text.terminal_safe("row 1\nrow\x1b 2") == "row 1\nrow\\x1b 2"
    assert text.terminal_safe("one\nline", keep_newlines=False) == "one\\x0aline"


@given(st.text())
def test_terminal_safe_output_has_no_control_character_but_newlines(value: str) -> None:
    shown = text.terminal_safe(value)
    assert text.control_character(shown.replace("\n", "")) is None
    assert text.control_character(text.terminal_safe(value, keep_newlines=False)) is None


@given(st.recursive(st.text() | st.integers() | st.none(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_json_safe_keeps_the_value_and_leaves_no_control_character(value: object) -> None:
    document = text.json_safe(json.dumps(value, ensure_ascii=False, indent=2))
    assert json.loads(document) == value
    assert text.control_character(document.replace("\n", "")) is None


@pytest.mark.parametrize(("column", "length"), [
    (tables.InterviewerRow.__table__.c.name, text.NAME_LENGTH),
    (tables.InterviewerRow.__table__.c.email, text.EMAIL_LENGTH),
    (tables.EmailRow.__table__.c.address, text.EMAIL_LENGTH),
    (tables.PoolRow.__table__.c.name, text.POOL_LENGTH),
    (tables.PlanTemplateRow.__table__.c.name, text.NAME_LENGTH),
    (tables.BookingRow.__table__.c.candidate_name, text.NAME_LENGTH),
    (tables.BookingRow.__table__.c.candidate_email, text.EMAIL_LENGTH),
    (tables.BookingRow.__table__.c.organizer_name, text.NAME_LENGTH),
    (tables.BookingRow.__table__.c.organizer_email, text.EMAIL_LENGTH),
    (tables.BookingAttendeeRow.__table__.c.name, text.NAME_LENGTH),
], ids=str)
def test_lengths_checked_in_code_are_the_store_columns(column: object, length: int) -> None:
    assert column.type.length == length  # type: ignore[attr-defined]
