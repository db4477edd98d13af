"""The reader's fast paths give exactly what the plain ones give (issue 13, import speed).

* whole-file line handling (:func:`~interviewplanner.ics.read.lines.decode`) against the
  line-by-line reference built from :func:`physical_lines` and :func:`unfold`;
* chunked hand-out of lines, whatever the chunk size;
* a tree that stores only the properties the reader looks at reads the same calendar;
* cached parameter parsing (:meth:`Prop.split`) and the regex-free DATE-TIME form.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewplanner.core.intervals import Interval
from interviewplanner.core.read_notes import ReadCode, ReadNote
from interviewplanner.ics.read import pipeline
from interviewplanner.ics.read.lines import BLANKS, _strip_bom, decode, physical_lines, unfold
from interviewplanner.ics.read.tree import Prop, PropertyError, TreeBuilder, split_params
from interviewplanner.ics.read.values import _DATE_TIME, parse_date_time

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
SAMPLES = [path.read_bytes() for path in sorted(CORPUS.glob("*.ics"))]
HORIZON = Interval(datetime(2026, 9, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC))
_PIECES = [b"\r", b"\n", b"\r\n", b" ", b"\t", b"A", b":", b";", b"x", b"\xe3", b"\x81",
           b"\x82", b"\xa0", b"\xff", b"\x00", b"\x0b", b"\xef\xbb\xbf", b"\xff\xfe",
           "面".encode(), b"BEGIN:VCALENDAR"]


def _reference(data: bytes) -> tuple[list[tuple[int, str]], str, list[ReadNote]]:
    """Lines, encoding and warnings as the line-by-line reader of before computed them."""
    warnings: list[ReadNote] = []
    logical = unfold(physical_lines(_strip_bom(data, warnings)))
    if not logical:
        return [], "utf-8", warnings
    blob = b"\n".join(line for _, line in logical)
    try:
        texts, encoding = blob.decode("utf-8").split("\n"), "utf-8"
    except UnicodeDecodeError:
        bad = 1
        for number, line in logical:
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                bad = number
                break
        try:
            texts, encoding = blob.decode("cp932").split("\n"), "cp932"
            warnings.append(ReadNote.of(ReadCode.ENCODING_SHIFT_JIS, bad))
        except UnicodeDecodeError:
            texts, encoding = blob.decode("utf-8", errors="replace").split("\n"), "utf-8"
            warnings.append(ReadNote.of(ReadCode.ENCODING_REPLACED, bad))
    return [(n, t) for (n, _), t in zip(logical, texts, strict=True)], encoding, warnings


def _chunked(data: bytes, size: int) -> list[tuple[int, str]]:
    return [(number, text) for numbers, texts in decode(data).chunks(size)
            for number, text in zip(numbers, texts, strict=True) if text.strip(BLANKS)]


@settings(max_examples=1500, deadline=None, database=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.integers(1, 40))
def test_whole_file_lines_match_the_line_by_line_reference(pieces: list[bytes],
                                                           size: int) -> None:
    data = b"".join(pieces)
    decoded = decode(data)
    lines, encoding, warnings = _reference(data)
    assert list(decoded.lines()) == lines
    assert (decoded.encoding, decoded.warnings) == (encoding, warnings)
    assert _chunked(data, size) == lines


@pytest.mark.parametrize("sample", SAMPLES[:12])
@pytest.mark.parametrize("size", [1, 50, 4096])
def test_corpus_lines_match_in_any_chunk_size(sample: bytes, size: int) -> None:
    assert _chunked(sample, size) == _reference(sample)[0]


def test_folds_shift_the_line_numbers_of_later_lines() -> None:
    data = b"A:1\r\nB:2\r\n more\r\n\tand\r\n\r\nC:3\r\nD:4\r\n x\r\nE:5"
    assert _chunked(data, 3) == [(1, "A:1"), (2, "B:2moreand"), (6, "C:3"), (7, "D:4x"),
                                 (9, "E:5")]


@pytest.mark.parametrize("sample", SAMPLES)
def test_storing_only_the_read_properties_reads_the_same_calendar(
        sample: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    def read() -> object:
        try:
            return pipeline.read_calendar(sample, owner_emails=["owner@example.com"],
                                          owner_tz="Asia/Tokyo", horizon=HORIZON,
                                          keep_titles=True)
        except pipeline.NotICalendarError as exc:
            return str(exc)

    kept = read()
    monkeypatch.setattr(pipeline, "READ_PROPERTIES", None)
    assert read() == kept


_PARAM_TEXTS = [";TZID=Tokyo Standard Time", ";VALUE=DATE", ";X=a,b;Y=c", ";TZID=a^nb",
                ";BAD", ";=x", ";TZID=Asia/Tokyo;VALUE=DATE-TIME", ";X=1;", ""]


@given(st.sampled_from(_PARAM_TEXTS), st.sampled_from(["", ":", "v", "x:y", '"q"']))
def test_cached_parameter_parsing_matches_the_parser(head: str, tail: str) -> None:
    rest = head + tail
    for _ in range(2):  # first parse, then the cached one
        try:
            expected: object = split_params(rest, 7)
        except PropertyError as exc:
            expected = str(exc)
        try:
            got: object = Prop("X", 7, rest).split()
        except PropertyError as exc:
            got = str(exc)
        assert got == expected


@given(st.text(alphabet="0123456789TtZz٣ -", min_size=13, max_size=17))
def test_regex_free_date_time_matches_the_pattern(text: str) -> None:
    match = _DATE_TIME.fullmatch(text.strip())
    try:
        value, is_utc = parse_date_time.__wrapped__(text)
    except ValueError:
        if match is None:
            return
        numbers = [int(g or 0) for g in match.groups()[:6]]
        with pytest.raises(ValueError):
            datetime(*numbers[:5], min(numbers[5], 59))  # noqa: DTZ001 - wall time
        return
    assert match is not None
    assert is_utc == bool(match.group(7))
    assert value == datetime(*(int(g or 0) for g in match.groups()[:5]),  # noqa: DTZ001
                             min(int(match.group(6) or 0), 59))


def test_builder_without_keep_stores_every_property() -> None:
    lines = [(1, "BEGIN:VCALENDAR"), (2, "X-ANY:1"), (3, "END:VCALENDAR")]
    assert TreeBuilder().build(lines)[0][0].first("X-ANY") is not None
    kept = TreeBuilder(keep=frozenset({"UID"})).build(lines)[0][0]
    assert kept.first("X-ANY") is None


def test_left_out_properties_warn_like_stored_ones() -> None:
    lines = [(1, "x-foo:1"), (2, "BEGIN:VCALENDAR"), (3, "BEGIN;X=1:Y"), (4, "UID:u"),
             (5, "END:VCALENDAR"), (6, "END;X=1:Z")]
    every_root, every_warning = TreeBuilder().build(lines)
    kept_root, kept_warning = TreeBuilder(keep=frozenset({"UID"})).build(lines)
    assert kept_warning == every_warning
    assert [p.name for p in every_root[0].items] == ["BEGIN", "UID"]
    assert [p.name for p in kept_root[0].items] == ["UID"]
