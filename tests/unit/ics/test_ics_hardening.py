"""Hostile shapes (issue 13): deep nesting reads in linear steps with a warning naming the line,
and a time budget that runs out is reported as such instead of dropping events quietly."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from ics_snippets import calendar, event, read, reason, spans, utc, warning_texts

from interviewplanner.cli.wording_reader import warning_text
from interviewplanner.core.intervals import Interval
from interviewplanner.ics.read.lines import read_lines
from interviewplanner.ics.read.recurrence import Budget
from interviewplanner.ics.read.tree import MAX_DEPTH, TreeBuilder, build_tree

GOOD_EVENT = event("DTSTART:20261210T100000Z", "DTEND:20261210T110000Z", uid="good")
RECURRING = event("DTSTART:20261201T120000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=20",
                  uid="daily")
GOOD_SPAN = (utc(2026, 12, 10, 10), utc(2026, 12, 10, 11))


def _nested(levels: int, name: str = "X-A") -> list[str]:
    return [f"BEGIN:{name}"] * levels + [f"END:{name}"] * levels


def _steps(lines: list[str]) -> tuple[int, int, list[str]]:
    logical = read_lines(calendar(*lines)).lines
    builder = TreeBuilder()
    _, warnings = builder.build(logical)
    return builder.steps, len(logical), warnings


def test_deep_nesting_is_built_in_linear_steps_with_one_warning() -> None:
    measured = {}
    for levels in (5_000, 10_000, 20_000, 40_000, 100_000):
        steps, lines, warnings = _steps(_nested(levels))
        measured[levels] = steps
        assert steps <= 2 * lines  # one step per line, one per push/pop
        assert len(warnings) == 1
        first = warning_text(warnings[0])
        assert first.startswith(f"line {4 + MAX_DEPTH - 1}: BEGIN:X-A nests deeper")
    for small, large in ((5_000, 10_000), (10_000, 20_000), (20_000, 40_000), (40_000, 100_000)):
        ratio = measured[large] / measured[small]
        assert ratio == pytest.approx(large / small, rel=0.01)


def test_unclosed_deep_nesting_costs_linear_steps_too() -> None:
    steps, lines, _ = _steps(["BEGIN:X-A"] * 50_000 + [*GOOD_EVENT])
    assert steps <= 2 * lines


def test_events_around_and_inside_deep_nesting_survive() -> None:
    inner = event("DTSTART:20261210T100000Z", "DTEND:20261210T110000Z",
                  *_nested(2_000, "X-DEEP")[:2_000], "DTSTART:20300101T000000Z",
                  *_nested(2_000, "X-DEEP")[2_000:], uid="inner")
    data = calendar(*RECURRING, *_nested(40_000), *inner,
                    *event("DTSTART:20261211T100000Z", "DURATION:PT1H", uid="after"))
    parsed = read(data)
    assert len(parsed.busy) == 20 + 2
    assert GOOD_SPAN in spans(parsed)  # the DTSTART inside the ignored nesting did not count
    assert (utc(2026, 12, 11, 10), utc(2026, 12, 11, 11)) in spans(parsed)
    assert not parsed.skipped and not parsed.cut_short
    deep = [w for w in warning_texts(parsed) if "nests deeper" in w]
    assert len(deep) == 2


def test_a_top_level_begin_ends_an_unclosed_deep_nesting() -> None:
    data = calendar("BEGIN:X-A", *["BEGIN:X-B"] * 500, *GOOD_EVENT)
    parsed = read(data)
    assert spans(parsed) == [GOOD_SPAN]


def test_an_end_inside_the_ignored_part_closes_only_that_far() -> None:
    lines = ["BEGIN:VCALENDAR", *[f"BEGIN:X-{i}" for i in range(MAX_DEPTH + 3)],
             f"END:X-{MAX_DEPTH + 1}", f"END:X-{MAX_DEPTH - 2}", "X-PROP:kept", "END:X-0",
             "END:VCALENDAR"]
    roots, _ = build_tree(list(enumerate(lines, start=1)))
    component = roots[0]
    for _ in range(MAX_DEPTH - 2):
        component = component.children[0]
    assert component.name == f"X-{MAX_DEPTH - 3}"
    assert component.text("X-PROP") == "kept"
    assert component.children[0].broken is None  # X-(MAX_DEPTH-2) closed by its own END


def test_budget_charges_only_the_time_spent_expanding() -> None:
    budget = Budget(0.05)
    time.sleep(0.08)
    assert not budget.expired()
    with budget.running(), budget.running():  # nested blocks are charged once
        time.sleep(0.08)
    assert budget.expired() and budget.ran_out
    assert 0.08 <= budget.used() < 0.5


def test_a_budget_that_runs_out_is_reported_with_the_lines_left_unread() -> None:
    data = calendar(*GOOD_EVENT, *RECURRING,
                    *event("DTSTART:20261201T150000Z", "DURATION:PT1H", "RDATE:20261202T150000Z",
                           uid="rdate"))
    parsed = read(data, budget=-1.0)
    assert spans(parsed) == [GOOD_SPAN]  # one-off events do not need the budget
    assert parsed.cut_short == (10, 17)
    assert [s.line for s in parsed.skipped] == [10, 17]
    assert all("time budget" in reason(s) for s in parsed.skipped)


def test_an_honest_read_is_not_cut_short() -> None:
    parsed = read(calendar(*GOOD_EVENT, *RECURRING))
    assert parsed.cut_short == ()
    assert len(parsed.busy) == 21


@pytest.mark.parametrize("horizon", [
    Interval(datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, tzinfo=UTC)),
    Interval(datetime(9999, 12, 1, tzinfo=UTC), datetime(9999, 12, 31, tzinfo=UTC)),
    Interval(datetime(1, 1, 1, tzinfo=UTC), datetime(1, 1, 10, tzinfo=UTC)),
])
def test_an_absurd_horizon_is_read_without_date_overflow(horizon: Interval) -> None:
    parsed = read(calendar(*GOOD_EVENT, *RECURRING), horizon=horizon)
    assert GOOD_SPAN in spans(parsed)
    assert not any("out of range" in reason(s) for s in parsed.skipped)
