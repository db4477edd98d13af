"""The direct WEEKLY expansion gives exactly what the guarded dateutil rule gives (issue 13).

:func:`~interviewplanner.ics.read.recurrence._expand_weekly` replaces dateutil for WEEKLY
rules whose only parts are BYDAY (and WKST); any rule, start, window, COUNT, UNTIL and cap
must give the same instances or the same error as :class:`GuardedRRule` walked by ``_walk``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewplanner.ics.read import recurrence as rec
from interviewplanner.ics.read.recurrence import Budget, ExpansionError, RuleSpec
from interviewplanner.ics.read.values import wall


def _dateutil(spec: RuleSpec, dtstart: datetime, low: datetime, high: datetime,
              cap: int) -> list[datetime] | str:
    """``_expand`` as it was, through dateutil (an error as its message)."""
    budget = Budget(60)
    start, count, by = rec._rebase(spec, dtstart, low)
    if count == 0 or start >= high:
        return []
    result: list[datetime] = []
    try:
        rule = rec._make_rule(spec, start, count, by=by, high=high, budget=budget)
        result.extend(rec._walk(rule, spec, low, high, cap))
    except rec._Stop:
        pass
    except ExpansionError as exc:
        return str(exc)
    return result


def _direct(spec: RuleSpec, dtstart: datetime, low: datetime, high: datetime,
            cap: int) -> list[datetime] | str:
    try:
        return rec.expand(spec, dtstart, low, high, budget=Budget(60), cap=cap)
    except ExpansionError as exc:
        return str(exc)


_DAYS = list(rec.WEEKDAYS.values())
_weekday = st.builds(lambda day, n: day(n) if n else day, st.sampled_from(_DAYS),
                     st.sampled_from([0, 0, 0, 1, -1, 2]))
_moments = st.datetimes(min_value=wall(2020, 1, 1), max_value=wall(2030, 1, 1)).map(
    lambda moment: moment.replace(microsecond=0))


@st.composite
def _rules(draw: Any) -> RuleSpec:
    by: dict[str, Any] = {"byweekday": draw(st.lists(_weekday, min_size=1, max_size=8))}
    if draw(st.booleans()):
        by["wkst"] = draw(st.sampled_from(_DAYS))
    count = draw(st.one_of(st.none(), st.integers(1, 60)))
    until = draw(st.one_of(st.none(), _moments))
    return RuleSpec(rec.du.WEEKLY, draw(st.sampled_from([1, 1, 2, 3, 5, 52, 500])), count,
                    until, by)


@settings(max_examples=600, deadline=None)
@given(_rules(), _moments, _moments, st.integers(0, 900), st.sampled_from([3, 40, 100_000]))
def test_weekly_path_matches_dateutil(spec: RuleSpec, dtstart: datetime, low: datetime,
                                      days: int, cap: int) -> None:
    high = low + timedelta(days=days, hours=days % 24)
    assert rec._plain_weekly(spec, spec.by) is not None
    assert _direct(spec, dtstart, low, high, cap) == _dateutil(spec, dtstart, low, high, cap)


@pytest.mark.parametrize("text", [
    "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=SU",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;WKST=SU",
    "FREQ=WEEKLY;BYDAY=TH;UNTIL=20270301T000000",
    "FREQ=WEEKLY;BYDAY=SU,SA;COUNT=200",
    "FREQ=WEEKLY;INTERVAL=3;BYDAY=1MO,-1FR",
])
def test_usual_rules_match_dateutil(text: str) -> None:
    spec = rec.parse_rrule(text, lambda value, utc: value)
    dtstart, low = wall(2025, 3, 5, hour=9, minute=30), wall(2026, 10, 20)
    high = wall(2027, 12, 1)
    expected = _dateutil(spec, dtstart, low, high, 100_000)
    assert isinstance(expected, list) and expected
    assert _direct(spec, dtstart, low, high, 100_000) == expected


def test_other_rules_stay_with_dateutil() -> None:
    read = rec.parse_rrule
    for text in ("FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9", "FREQ=DAILY;BYDAY=MO",
                 "FREQ=WEEKLY;BYDAY=MO;BYSETPOS=1"):
        spec = read(text, lambda value, utc: value)
        assert rec._plain_weekly(spec, spec.by) is None
