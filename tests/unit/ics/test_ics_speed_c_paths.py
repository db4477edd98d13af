"""The reader's C-level shortcuts give exactly what the plain Python they replace gave.

* the tree built from whole runs of lines (one regex ``findall`` per run) against the tree fed
  line by line;
* :func:`~interviewplanner.ics.read.values.as_utc` against ``datetime.replace``;
* the busy intervals' sort (two stable single-key sorts) keeps ties in file order.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from ics_snippets import calendar, event, read, utc

from interviewplanner.ics.read.lines import decode
from interviewplanner.ics.read.pipeline import READ_PROPERTIES
from interviewplanner.ics.read.tree import TreeBuilder
from interviewplanner.ics.read.values import as_utc

_PIECES = ["BEGIN", "END", "begin", "VEVENT", "VCALENDAR", "VALARM", ":", ";", "=", '"', ",",
           "UID", "DTSTART", "x-Foo", "-", "9", " ", "\t", "\r", "\n", "\r\n", "\n ", "\x0b",
           "\x0c", "\x85", "\u2028", "é", "面", "TZID=A", "BEGIN:VEVENT\n", "END:VEVENT\n",
           "BEGIN:VCALENDAR\n", "END:VCALENDAR\n", "DTSTART;TZID=X:1\n", "garbage\n"]


def _tree(builder: TreeBuilder, roots: object, warnings: object) -> str:
    return repr((roots, warnings, builder.names))


@settings(max_examples=1500, deadline=None, database=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=80), st.integers(1, 30), st.booleans())
def test_tree_from_runs_matches_the_tree_fed_line_by_line(pieces: list[str], size: int,
                                                          keep: bool) -> None:
    decoded = decode("".join(pieces).encode("utf-8"))
    kept = READ_PROPERTIES if keep else None
    by_runs, by_lines = TreeBuilder(keep=kept), TreeBuilder(keep=kept)
    lines = list(decoded.lines())
    assert (_tree(by_runs, *by_runs.build_blocks(decoded.blocks(size)))
            == _tree(by_lines, *by_lines.build(lines)))
    # runs count blank lines as steps too: one step per line either way, plus the pushes
    every_line = sum(len(texts) for _, texts in decoded.chunks(size))
    assert by_runs.steps - every_line == by_lines.steps - len(lines)


@given(st.datetimes(), st.sampled_from([0, 1]))
def test_as_utc_is_replace(local: datetime, fold: int) -> None:
    local = local.replace(fold=fold)
    got, expected = as_utc(local), local.replace(tzinfo=UTC)
    assert repr(got) == repr(expected)
    assert (got.fold, got.tzinfo) == (expected.fold, expected.tzinfo)


def test_as_utc_at_the_ends_of_time() -> None:
    naive_min = datetime(1, 1, 1)  # noqa: DTZ001 - wall time
    naive_max = datetime(9999, 12, 31, 23, 59, 59, 999999)  # noqa: DTZ001 - wall time
    for local in (naive_min, naive_max, naive_max - timedelta(microseconds=1)):
        assert repr(as_utc(local)) == repr(local.replace(tzinfo=UTC))


def test_busy_intervals_that_tie_keep_their_file_order() -> None:
    lines: list[str] = []
    for number, (start, end) in enumerate([("1000", "1100"), ("0900", "1100"), ("1000", "1100"),
                                           ("1000", "1030"), ("0900", "1100")]):
        lines += event(f"DTSTART:20261201T{start}00Z", f"DTEND:20261201T{end}00Z",
                       f"SUMMARY:title {number}", uid=f"u{number}")
    parsed = read(calendar(*lines))
    assert [(b.start, b.end) for b in parsed.busy] == [
        (utc(2026, 12, 1, 9), utc(2026, 12, 1, 11)), (utc(2026, 12, 1, 9), utc(2026, 12, 1, 11)),
        (utc(2026, 12, 1, 10), utc(2026, 12, 1, 10, 30)),
        (utc(2026, 12, 1, 10), utc(2026, 12, 1, 11)), (utc(2026, 12, 1, 10), utc(2026, 12, 1, 11))]
    assert parsed.titles == ("title 1", "title 4", "title 3", "title 0", "title 2")
