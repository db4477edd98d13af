"""The command line's English for the flex-time policy: option help and policy problems.

The core declares the fields (:data:`~interviewplanner.core.policy_fields.POLICY_FIELDS`) and
reports problems as codes; this module words them. A problem with what was typed for one option
names the option (``--window: range '19:00-10:00' ends before it starts``); a policy that does
not hold together starts with ``policy:`` (``policy: lunch of 90 min does not fit the lunch
window 12:00-13:00``). :func:`invalid_policy_text` is what the CLI prints for ``InvalidPolicy``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from interviewplanner.core.policy_fields import (
    FIELDS_BY_NAME,
    FieldKind,
    PolicyProblem,
    PolicyProblemCode,
)

HELP: dict[str, str] = {
    "window": "working window, e.g. 10:00-19:00",
    "core": "core hours, e.g. 12:00-16:00",
    "core_only": "interview only in core hours",
    "lunch_window": "lunch window, e.g. 12:00-13:00",
    "lunch_minutes": "length of lunch (60)",
    "working_days": "working days, e.g. Mon-Fri or Mon,Tue,Thu",
    "max_per_day": "max interviews per local day ('none' = no limit)",
    "max_per_week": "max interviews per ISO week ('none' = no limit)",
    "buffer_minutes": "minutes kept free around interviews",
}
"""``--help`` text of each policy field's option."""

METAVAR: dict[FieldKind, str] = {
    FieldKind.RANGE: "HH:MM-HH:MM", FieldKind.MINUTES: "MIN", FieldKind.LIMIT: "N",
    FieldKind.DAYS: "Mon-Fri",
}

_NOUN: dict[str, str] = {
    "window": "working window", "core": "core hours", "core_only": "core hours only",
    "lunch_window": "lunch window", "lunch_minutes": "lunch", "working_days": "working days",
    "max_per_day": "max per day", "max_per_week": "max per week", "buffer_minutes": "buffer",
}


def _bounds(p: PolicyProblem) -> str:
    unit = " minutes" if FIELDS_BY_NAME[p.field].kind is FieldKind.MINUTES else ""
    if p.high is None:
        return f"{_NOUN[p.field]} must be {p.low} or more{unit}"
    return f"{_NOUN[p.field]} must be between {p.low} and {p.high}{unit}"


def _number(p: PolicyProblem) -> str:
    none = " or 'none'" if FIELDS_BY_NAME[p.field].none_flag else ""
    return f"expected a whole number{none}, got {p.text!r}"


_WORDS: dict[PolicyProblemCode, Callable[[PolicyProblem], str]] = {
    PolicyProblemCode.NOT_A_RANGE: lambda p: f"expected a range like 10:00-19:00, got {p.text!r}",
    PolicyProblemCode.RANGE_BACKWARDS: lambda p: f"range {p.text!r} ends before it starts",
    PolicyProblemCode.NOT_A_NUMBER: _number,
    PolicyProblemCode.NOT_DAYS: lambda p: f"{p.text!r} is not a day range like Mon-Fri",
    PolicyProblemCode.OUT_OF_BOUNDS: _bounds,
    PolicyProblemCode.LUNCH_TOO_LONG:
        lambda p: f"lunch of {p.value} min does not fit the lunch window {p.window}",
    PolicyProblemCode.NO_SUCH_WEEKDAY: lambda _p: "working days must be 0 (Monday) to 6 (Sunday)",
    PolicyProblemCode.NO_WORKING_DAYS: lambda _p: "choose at least one working day",
}

_TYPED = frozenset({PolicyProblemCode.NOT_A_RANGE, PolicyProblemCode.RANGE_BACKWARDS,
                    PolicyProblemCode.NOT_A_NUMBER, PolicyProblemCode.NOT_DAYS})
"""Problems with what was typed for one option (worded after the option's name)."""


def problem_text(problem: PolicyProblem) -> str:
    """One problem in English, without the option or ``policy:`` prefix."""
    return _WORDS[problem.code](problem)


def invalid_policy_text(problems: Iterable[PolicyProblem]) -> str:
    """The one-line message for policy problems: ``--window: ...; policy: a; b``."""
    given = list(problems)
    typed = [f"{FIELDS_BY_NAME[p.field].option}: {problem_text(p)}"
             for p in given if p.code in _TYPED]
    rules = [problem_text(p) for p in given if p.code not in _TYPED]
    if rules:
        typed.append("policy: " + "; ".join(rules))
    return "; ".join(typed)
