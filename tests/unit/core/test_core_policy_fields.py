"""core.policy_fields and core.policy_text: the one declaration, reading text, the verdict table."""

from __future__ import annotations

from datetime import time

import pytest

from interviewplanner.core.model import Policy, PolicyOverrides, TimeRange
from interviewplanner.core.policy_fields import (
    POLICY_FIELDS,
    FieldKind,
    PolicyError,
    PolicyProblemCode,
)
from interviewplanner.core.policy_text import (
    field_text,
    parse_days,
    policy_json,
    read_field,
    read_fields,
    read_overrides,
)
from tests.unit.core.policy_table import PARAMS, Case


@pytest.mark.parametrize("case", PARAMS)
def test_the_core_verdict_on_the_table(case: Case) -> None:
    overrides, problems = read_overrides(case.given, Policy())
    assert [(p.code, p.field) for p in problems] == list(case.expected)
    if not problems:
        overrides.apply(Policy())  # what is accepted builds a policy


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("window", "10:00-19:00", TimeRange(time(10), time(19))),
        ("window", " 9:30 – 18:05 ", TimeRange(time(9, 30), time(18, 5))),
        ("core", "１２：００〜１６：００", TimeRange(time(12), time(16))),
        ("lunch_minutes", "４５", 45),
        ("buffer_minutes", "-5", -5),  # read; the policy refuses it
        ("max_per_day", "None", None),
        ("max_per_week", "-", None),
        ("max_per_week", "+3", 3),
        ("working_days", "Mon-Fri", frozenset(range(5))),
        ("working_days", "mon,wed, Friday", frozenset({0, 2, 4})),
        ("working_days", "Sat-Sun", frozenset({5, 6})),
    ],
)
def test_read_field(name: str, text: str, value: object) -> None:
    assert read_field(name, text) == value


@pytest.mark.parametrize(
    ("name", "text", "code"),
    [
        ("window", "10-19", PolicyProblemCode.NOT_A_RANGE),
        ("window", "10:00-19:00-20:00", PolicyProblemCode.NOT_A_RANGE),
        ("window", "10:60-19:00", PolicyProblemCode.NOT_A_RANGE),
        ("window", "19:00-10:00", PolicyProblemCode.RANGE_BACKWARDS),
        ("buffer_minutes", "none", PolicyProblemCode.NOT_A_NUMBER),
        ("buffer_minutes", "", PolicyProblemCode.NOT_A_NUMBER),
        ("max_per_day", "2.5", PolicyProblemCode.NOT_A_NUMBER),
        ("working_days", "Mo-Fr", PolicyProblemCode.NOT_DAYS),
        ("working_days", "Mon-Wed-Fri", PolicyProblemCode.NOT_DAYS),
    ],
)
def test_unreadable_text_is_a_coded_problem(name: str, text: str, code: PolicyProblemCode) -> None:
    with pytest.raises(PolicyError) as caught:
        read_field(name, text)
    (problem,) = caught.value.problems
    assert (problem.code, problem.field) == (code, name)


def test_a_number_problem_carries_the_bounds_and_the_text() -> None:
    with pytest.raises(PolicyError) as caught:
        read_field("max_per_day", "two")
    problem = caught.value.problems[0]
    assert (problem.text, problem.low, problem.high) == ("two", 0, 50)


def test_read_fields_reports_every_field() -> None:
    with pytest.raises(PolicyError) as caught:
        read_fields({"window": "x", "core": "12:00-16:00", "buffer_minutes": "y"})
    assert [p.field for p in caught.value.problems] == ["window", "buffer_minutes"]


def test_every_field_reads_back_what_it_writes() -> None:
    policy = Policy(max_per_week=None, working_days=frozenset({0, 2, 3}))
    for spec in POLICY_FIELDS:
        if spec.kind is FieldKind.FLAG:
            continue
        value = getattr(policy, spec.name)
        assert read_field(spec.name, field_text(spec.name, value)) == value, spec.name
    assert field_text("working_days", frozenset(range(5))) == "Mon-Fri"


def test_policy_json_keeps_the_cli_shape() -> None:
    assert policy_json(Policy()) == {
        "window": "10:00-19:00", "core": "12:00-16:00", "core_only": False,
        "lunch_window": "12:00-13:00", "lunch_minutes": 60, "working_days": [0, 1, 2, 3, 4],
        "max_per_day": 2, "max_per_week": 6, "buffer_minutes": 0,
    }
    assert list(policy_json(Policy())) == [f.name for f in POLICY_FIELDS]


def test_read_overrides_makes_the_overrides_of_a_form() -> None:
    given = {"window": "08:00-17:00", "max_per_day": None, "core_only": True,
             "working_days": frozenset({1, 2})}
    overrides, problems = read_overrides(given, Policy())
    assert problems == ()
    assert overrides == PolicyOverrides(window=TimeRange(time(8), time(17)), no_day_limit=True,
                                        core_only=True, working_days=frozenset({1, 2}))


def test_days_text() -> None:
    assert parse_days("Tue") == frozenset({1})
    with pytest.raises(ValueError, match="xyz"):
        parse_days("xyz")
