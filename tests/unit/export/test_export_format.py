"""Byte-level rules of every written file (RFC 5545 §3.1) and the folding/escaping helpers."""

from __future__ import annotations

import re
from pathlib import Path

from export_ics_support import (
    EVIL_NAME,
    LONG_JA_TITLE,
    check_physical_lines,
    sample_booking,
    unescape,
    unfold,
)
from hypothesis import given
from hypothesis import strategies as st

from interviewplanner.ics.write import export_booking
from interviewplanner.ics.write.fold import fold, join_lines
from interviewplanner.ics.write.text import clean, escape_text, mailto, param_value


def test_every_exported_file_obeys_the_line_rules(tmp_path: Path) -> None:
    booking = sample_booking()
    files = export_booking(booking, tmp_path)
    assert len(files) == 3 + 3 + 2
    for exported in files:
        data = (tmp_path / exported.path).read_bytes()
        check_physical_lines(data)
        assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", data)


def test_control_characters_in_names_are_removed(tmp_path: Path) -> None:
    booking = sample_booking(notes="a\x00b\x1bc\x7fd\r\ne\rf\u2028g\x85h")
    candidate = booking.candidate.__class__("Ja\x07ne\tDoe\x0b", "jane@example.com", "Asia/Tokyo")
    booking = sample_booking(candidate=candidate, notes=booking.notes)
    for exported in export_booking(booking, tmp_path):
        data = (tmp_path / exported.path).read_bytes()
        check_physical_lines(data)
        text = "\n".join(unfold(data))
        assert "\x07" not in text and "\t" not in text and "\u2028" not in text
        assert "Jane Doe" in text


@given(st.text(min_size=0, max_size=400))
def test_fold_round_trips_and_respects_the_limits(value: str) -> None:
    line = "DESCRIPTION:" + escape_text(value)
    data = join_lines([line])
    check_physical_lines(data)
    assert unfold(data) == [line]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_escape_text_round_trips(value: str) -> None:
    escaped = escape_text(value)
    assert "\n" not in escaped and "\r" not in escaped
    assert unescape(escaped) == clean(value)


@given(st.text(max_size=120))
def test_param_value_is_one_safe_quoted_string(value: str) -> None:
    quoted = param_value(value)
    inner = quoted[1:-1]
    assert quoted.startswith('"') and quoted.endswith('"')
    assert '"' not in inner
    assert not re.search(r"[\x00-\x1f\x7f]", inner)


def test_fold_never_splits_a_multibyte_character() -> None:
    for prefix in range(8):
        line = "SUMMARY:" + "x" * prefix + LONG_JA_TITLE * 3 + "😀👩‍💻" * 20
        folded = fold(line)
        for physical in folded.split(b"\r\n"):
            physical.decode("utf-8")
            assert len(physical) <= 75
        assert unfold(folded + b"\r\n") == [line]


def test_fold_keeps_escape_pairs_together_and_avoids_blank_edges() -> None:
    line = "DESCRIPTION:" + escape_text(("a, b; c\\d\n" * 30) + "word " * 40)
    physical_lines = fold(line).split(b"\r\n")
    assert len(physical_lines) > 5
    for physical in physical_lines[:-1]:
        assert not physical.endswith(b" ")
        trailing = len(physical) - len(physical.rstrip(b"\\"))
        assert trailing % 2 == 0, physical


def test_mailto_cannot_carry_parameters_or_lines() -> None:
    assert mailto('evil@x\r\nATTENDEE:mailto:"a";b,c') == (
        "mailto:evil@x%0D%0AATTENDEE%3Amailto%3A%22a%22%3Bb%2Cc")
    assert EVIL_NAME not in mailto(EVIL_NAME)
