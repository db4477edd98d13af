"""Bytes before text (RFC 5545 §3.1): BOM, line endings, byte-level unfolding, decoding."""

from __future__ import annotations

from ics_snippets import calendar, event, read, utc, warning_texts

from interviewplanner.ics.read.lines import physical_lines, read_lines, unfold
from interviewplanner.ics.read.tree import build_tree, split_params


def test_fold_splitting_a_japanese_character_is_joined_before_decoding() -> None:
    title = "面接: 伊藤 翔太 様".encode()
    cut = 1  # inside the 3-byte "面"
    data = calendar(
        *event("DTSTART:20261203T050000Z", "DTEND:20261203T060000Z", "SUMMARY:X")
    ).replace(b"SUMMARY:X", b"SUMMARY:" + title[:cut] + b"\r\n " + title[cut:])
    parsed = read(data)
    assert parsed.titles == ("面接: 伊藤 翔太 様",)
    assert parsed.encoding == "utf-8"
    assert not parsed.warnings


def test_only_one_blank_is_removed_by_unfolding() -> None:
    logical = unfold([b"SUMMARY:Kenji", b"  Takahashi", b"\tTab"])
    assert logical == [(1, b"SUMMARY:Kenji TakahashiTab")]


def test_logical_lines_keep_their_first_physical_line_number() -> None:
    logical = unfold([b"A:1", b"B:2", b" more", b" and more", b"C:3"])
    assert logical == [(1, b"A:1"), (2, b"B:2moreand more"), (5, b"C:3")]


def test_lf_only_and_crlf_and_lone_cr_line_endings() -> None:
    assert physical_lines(b"A:1\nB:2\n") == [b"A:1", b"B:2", b""]
    assert physical_lines(b"A:1\r\nB:2\r\n") == [b"A:1", b"B:2", b""]
    assert physical_lines(b"A:1\rB:2") == [b"A:1", b"B:2"]


def test_utf8_bom_is_stripped_and_lf_files_read() -> None:
    data = b"\xef\xbb\xbf" + calendar(
        *event("DTSTART:20261201T000000Z", "DTEND:20261201T010000Z")
    ).replace(b"\r\n", b"\n")
    parsed = read(data)
    assert [(b.start, b.end) for b in parsed.busy] == [(utc(2026, 12, 1), utc(2026, 12, 1, 1))]


def test_utf16_file_is_read_with_a_warning() -> None:
    text = calendar(*event("DTSTART:20261201T000000Z", "DURATION:PT1H", "SUMMARY:会議"))
    parsed = read(text.decode().encode("utf-16"))
    assert parsed.titles == ("会議",)
    assert any("UTF-16" in w for w in warning_texts(parsed))


def test_shift_jis_file_falls_back_to_cp932_with_a_warning() -> None:
    text = calendar(*event("DTSTART:20261201T000000Z", "DURATION:PT1H", "SUMMARY:面接 ①"))
    parsed = read(text.decode().encode("cp932"))
    assert parsed.encoding == "cp932"
    assert parsed.titles == ("面接 ①",)
    assert any(w.startswith("line 9:") and "Shift_JIS" in w for w in warning_texts(parsed))


def test_bytes_that_are_neither_utf8_nor_cp932_are_replaced_with_a_warning() -> None:
    data = calendar(*event("DTSTART:20261201T000000Z", "DURATION:PT1H", "SUMMARY:ab"))
    parsed = read(data.replace(b"SUMMARY:ab", b"SUMMARY:a\x81\xff"))
    assert len(parsed.busy) == 1
    assert any("neither UTF-8 nor Shift_JIS" in w for w in warning_texts(parsed))


def test_blank_lines_are_ignored() -> None:
    lines = read_lines(b"BEGIN:VCALENDAR\r\n\r\n   \r\nEND:VCALENDAR\r\n").lines
    assert lines == [(1, "BEGIN:VCALENDAR"), (4, "END:VCALENDAR")]


def test_quoted_parameters_may_hold_commas_colons_and_semicolons() -> None:
    params, value = split_params(
        ';VALUE=URI;X-ADDRESS="1 World Way, Los Angeles; CA";X-TITLE="LAX: T1":geo:33.9,-118.4', 1
    )
    assert params == {"VALUE": ["URI"], "X-ADDRESS": ["1 World Way, Los Angeles; CA"],
                      "X-TITLE": ["LAX: T1"]}
    assert value == "geo:33.9,-118.4"


def test_parameter_value_lists_and_caret_encoding() -> None:
    params, value = split_params(';MEMBER="a@x","b@x";CN="Ken ^\'K^\' O^^N":mailto:k@x', 3)
    assert params == {"MEMBER": ["a@x", "b@x"], "CN": ['Ken "K" O^N']}
    assert value == "mailto:k@x"


def test_names_are_case_insensitive() -> None:
    roots, warnings = build_tree([(1, "begin:vcalendar"), (2, "dtstart;tzid=X:1"),
                                  (3, "end:vcalendar")])
    assert not warnings
    assert roots[0].name == "VCALENDAR"
    assert roots[0].first("DTSTART") is not None
