"""One table of policy input, valid and invalid edge cases, with the core's verdict.

Each case is what a user gives for some policy fields over the default company policy: text as
typed for the typed fields, a bool for a switch, a set of days for the day buttons. ``expected``
is the verdict as (code, field) pairs in order. The core's tests check the verdict; the dialog's
test types the same input into the form and must show exactly the core's problems, worded, under
the same fields; the CLI's test gives the text cases as options.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from interviewplanner.core.policy_fields import PolicyProblemCode as Code

RANGE, BACKWARDS, NUMBER = Code.NOT_A_RANGE, Code.RANGE_BACKWARDS, Code.NOT_A_NUMBER
BOUNDS, LUNCH = Code.OUT_OF_BOUNDS, Code.LUNCH_TOO_LONG


class Case(NamedTuple):
    """Input for some fields and the core's verdict on it."""

    given: dict[str, Any]
    expected: tuple[tuple[Code, str], ...] = ()


CASES: dict[str, Case] = {
    "nothing": Case({}),
    "own hours": Case({"window": "08:00-17:00", "core": "09:00-12:00"}),
    "whole day": Case({"window": "00:00-23:59"}),
    "full-width digits": Case({"window": "０８：００-１７：００"}),
    "floating lunch": Case({"lunch_window": "11:30-14:00", "lunch_minutes": "150"}),
    "no lunch": Case({"lunch_minutes": "0"}),
    "largest buffer": Case({"buffer_minutes": "240"}),
    "zeros": Case({"buffer_minutes": "0", "max_per_day": "0", "max_per_week": "0"}),
    "largest limits": Case({"max_per_day": "50", "max_per_week": "200"}),
    "no limits": Case({"max_per_day": "none", "max_per_week": "none"}),
    "weekends, core only": Case({"working_days": frozenset({5, 6}), "core_only": True}),
    "backwards window": Case({"window": "19:00-10:00"}, ((BACKWARDS, "window"),)),
    "empty core": Case({"core": "12:00-12:00"}, ((BACKWARDS, "core"),)),
    "no such hour": Case({"window": "25:00-26:00"}, ((RANGE, "window"),)),
    "words for a range": Case({"lunch_window": "noon"}, ((RANGE, "lunch_window"),)),
    "lunch longer than its window": Case({"lunch_minutes": "61"}, ((LUNCH, "lunch_minutes"),)),
    "lunch window too short": Case({"lunch_window": "12:00-12:30"},
                                   ((LUNCH, "lunch_minutes"),)),
    "lunch over four hours": Case({"lunch_window": "08:00-16:00", "lunch_minutes": "241"},
                                  ((BOUNDS, "lunch_minutes"),)),
    "negative lunch": Case({"lunch_minutes": "-1"}, ((BOUNDS, "lunch_minutes"),)),
    "buffer too long": Case({"buffer_minutes": "241"}, ((BOUNDS, "buffer_minutes"),)),
    "negative buffer": Case({"buffer_minutes": "-5"}, ((BOUNDS, "buffer_minutes"),)),
    "buffer in words": Case({"buffer_minutes": "ten"}, ((NUMBER, "buffer_minutes"),)),
    "fractional lunch": Case({"lunch_minutes": "1.5"}, ((NUMBER, "lunch_minutes"),)),
    "too many a day": Case({"max_per_day": "51"}, ((BOUNDS, "max_per_day"),)),
    "negative week": Case({"max_per_week": "-1"}, ((BOUNDS, "max_per_week"),)),
    "limit in words": Case({"max_per_day": "two"}, ((NUMBER, "max_per_day"),)),
    "no working day": Case({"working_days": frozenset()},
                           ((Code.NO_WORKING_DAYS, "working_days"),)),
    "unreadable window hides the lunch rule": Case(
        {"lunch_window": "abc", "lunch_minutes": "90"}, ((RANGE, "lunch_window"),)),
    "two problems": Case({"window": "9-5", "buffer_minutes": "300", "max_per_day": "-2"},
                         ((RANGE, "window"), (BOUNDS, "max_per_day"),
                          (BOUNDS, "buffer_minutes"))),
}

PARAMS = [pytest.param(case, id=name) for name, case in CASES.items()]
