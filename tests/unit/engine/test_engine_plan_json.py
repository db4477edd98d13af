"""PLAN.json (SPEC §7): reading, writing, and errors that name the wrong field."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import pytest

from interviewplanner.core.plan import plan_from_json, plan_to_json

SPEC_EXAMPLE: dict[str, Any] = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "America/Los_Angeles",
                  "availability": [{"start": "2026-12-01T16:00:00Z", "end": "2026-12-02T01:00:00Z"}]},
    "sessions": [
        {"title": "Coding", "minutes": 60, "interviewers": [], "pool": "backend", "count": 2},
        {"title": "Hiring manager", "minutes": 45, "interviewers": ["ken@example.com"]},
    ],
    "break_minutes": 10, "same_day": True, "ordered": True, "grid_minutes": 15,
    "organizer": {"name": "Recruiting", "email": "recruiting@example.com"},
    "location": "https://meet.example.com/abc",
}


def test_spec_example_reads_and_round_trips() -> None:
    plan = plan_from_json(SPEC_EXAMPLE)
    assert plan.sessions[0].count == 2 and plan.sessions[1].interviewers == ("ken@example.com",)
    assert plan.candidate.availability[0].start == datetime(2026, 12, 1, 16, tzinfo=UTC)
    assert plan.span_minutes == 115
    assert plan_to_json(plan) == SPEC_EXAMPLE
    assert plan_from_json(plan_to_json(plan)) == plan


def test_defaults_and_optional_fields() -> None:
    plan = plan_from_json({"candidate": {"name": "A", "timezone": "Asia/Tokyo"},
                           "sessions": [{"title": "T", "minutes": 30, "pool": "x",
                                         "shadow_pool": "y", "trainee": "T@X.jp"}]})
    assert (plan.break_minutes, plan.same_day, plan.ordered, plan.grid_minutes) == (10, True, True, 15)
    assert plan.sessions[0].count == 1 and plan.sessions[0].trainee == "t@x.jp"
    assert plan_from_json(plan_to_json(plan)) == plan


def _broken(path: str, value: object) -> dict[str, Any]:
    doc = copy.deepcopy(SPEC_EXAMPLE)
    target: Any = doc
    keys = path.split("/")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is KeyError:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return doc


def test_loop_over_days_reads_and_round_trips() -> None:
    doc = copy.deepcopy(SPEC_EXAMPLE)
    doc["sessions"][1]["day"] = 2
    doc["max_days_between"] = 2
    plan = plan_from_json(doc)
    assert plan.multi_day and plan.blocks == ((0,), (1,)) and plan.max_days_between == 2
    assert plan.span_minutes == 60  # the longest block
    assert plan_to_json(plan) == doc and plan_from_json(plan_to_json(plan)) == plan
    one_day = plan_from_json(SPEC_EXAMPLE)
    assert not one_day.multi_day and one_day.max_days_between == 3
    assert "max_days_between" not in plan_to_json(one_day)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("sessions/1/minutes", 0, "sessions[1].minutes must be a positive whole number"),
        ("sessions/1/minutes", 1.5, "sessions[1].minutes must be a positive whole number"),
        ("sessions/1/minutes", True, "sessions[1].minutes must be a positive whole number"),
        ("sessions/0/minutes", KeyError, "sessions[0].minutes must be a positive whole number"),
        ("sessions/0/title", "", "sessions[0].title must be a non-empty string"),
        ("sessions/0/count", -1, "sessions[0].count must be a whole number, 0 or more"),
        ("sessions/1/interviewers", "ken@example.com", "sessions[1].interviewers must be a list"),
        ("sessions/1/interviewers", ["a@x", "A@x"], "sessions[1].interviewers names the same"),
        ("sessions/0/count", 0, "sessions[0] needs at least one interviewer"),
        ("sessions", [], "sessions must be a non-empty list"),
        ("candidate/timezone", "Mars/Base", "candidate.timezone is not a known IANA time zone"),
        ("candidate/name", KeyError, "candidate.name must be a non-empty string"),
        ("candidate/availability/0/start", "2026-12-01T16:00:00",
         "candidate.availability[0].start must include a UTC offset"),
        ("candidate/availability/0/end", "2026-12-01T15:00:00Z", "candidate.availability[0] ends before"),
        ("candidate/availability/0/end", "tomorrow", "candidate.availability[0].end is not an ISO 8601"),
        ("grid_minutes", 20, "grid_minutes must be one of 5, 10, 15, 30"),
        ("break_minutes", -5, "break_minutes must be a whole number, 0 or more"),
        ("same_day", "yes", "same_day must be true or false"),
        ("candidate", None, "candidate must be a JSON object"),
        ("sessions/1/day", 0, "sessions[1].day must be a positive whole number"),
        ("sessions/1/day", "2", "sessions[1].day must be a positive whole number"),
        ("max_days_between", 0, "max_days_between must be a positive whole number"),
    ],
)
def test_errors_name_the_field(path: str, value: object, message: str) -> None:
    with pytest.raises(ValueError, match=r"^" + message.replace("[", r"\[").replace("]", r"\]")
                       .replace(".", r"\.")):
        plan_from_json(_broken(path, value))


def test_not_an_object() -> None:
    with pytest.raises(ValueError, match="plan must be a JSON object"):
        plan_from_json([1, 2])
