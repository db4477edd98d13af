"""Every sample calendar of the corpus yields its expected busy time through ``read_calendar``.

The window of each file is used as the horizon; the judging (primary check with variants and
optional busy time, alternatives, rejection, time limit) is shared with the CLI-level test.
"""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from interviewplanner.cli.wording_reader import skipped_text, warning_text
from interviewplanner.core.intervals import Interval
from interviewplanner.ics.read.pipeline import NotICalendarError, read_calendar
from tests import corpus_expect


def _answer(name: str) -> tuple[corpus_expect.Answer, float]:
    entry = corpus_expect.expected()["files"][name]
    start, end = corpus_expect.window_of(entry)
    data = (corpus_expect.CORPUS / name).read_bytes()
    began = time.monotonic()
    try:
        parsed = read_calendar(data, owner_emails=entry["owner"]["emails"],
                               owner_tz=entry["owner"]["tz"], horizon=Interval(start, end))
    except NotICalendarError as exc:
        return corpus_expect.Answer(True, [], [], str(exc)), time.monotonic() - began
    notes = [*map(warning_text, parsed.warnings),
             *(f"line {s.line}: {skipped_text(s)}" for s in parsed.skipped)]
    busy = [(b.start, b.end) for b in parsed.busy]
    return corpus_expect.Answer(False, busy, notes), time.monotonic() - began


@pytest.mark.parametrize("name", corpus_expect.files())
def test_corpus_file(name: str) -> None:
    answer, seconds = _answer(name)
    corpus_expect.judge(name, answer)
    limit = corpus_expect.expected()["files"][name].get("time_limit_s")
    if limit is not None:
        assert seconds < limit


def test_corpus_has_the_ten_samples() -> None:
    assert len(corpus_expect.files()) == 10


def test_busy_is_aware_utc_sorted_and_positive() -> None:
    for name in corpus_expect.files():
        answer, _ = _answer(name)
        assert answer.busy == sorted(answer.busy)
        for start, end in answer.busy:
            assert start.utcoffset() == timedelta(0)
            assert end > start


def test_html_page_is_rejected_with_a_clear_message() -> None:
    answer, _ = _answer("10_malformed_html_not_ics.ics")
    assert answer.rejected
    assert "HTML" in answer.message and "line 1" in answer.message


def test_truncated_file_names_the_broken_event_and_line() -> None:
    answer, _ = _answer("09_malformed_truncated.ics")
    assert not answer.rejected
    assert any("truncated" in note and "line 42" in note for note in answer.warnings)


def test_pathological_rules_are_reported() -> None:
    answer, seconds = _answer("08_pathological_rrules.ics")
    text = "\n".join(answer.warnings)
    assert "invalid RRULE" in text and "line 25" in text
    assert "too expensive" in text and "line 12" in text
    assert seconds < 2
