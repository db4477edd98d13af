"""core.model: clock ranges, policy validation, overrides, closures."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields
from datetime import date, time

import pytest

from interviewplanner.core.model import (
    Closure,
    CompanySettings,
    Interviewer,
    Policy,
    PolicyOverrides,
    TimeRange,
    parse_clock,
    policy_problems,
)
from interviewplanner.core.policy_fields import (
    POLICY_FIELDS,
    PolicyError,
    PolicyProblem,
    PolicyProblemCode,
)

LUNCH, BOUNDS = PolicyProblemCode.LUNCH_TOO_LONG, PolicyProblemCode.OUT_OF_BOUNDS

# --- TimeRange --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("10:00-19:00", time(10), time(19)),
        (" 9:30 - 18:05 ", time(9, 30), time(18, 5)),
        ("10:00–19:00", time(10), time(19)),  # en dash, as typed in documents
        ("00:00-23:59", time(0), time(23, 59)),
    ],
)
def test_time_range_parse(text: str, start: time, end: time) -> None:
    parsed = TimeRange.parse(text)
    assert (parsed.start, parsed.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("10:00", "expected a range"),
        ("10:00-11:00-12:00", "expected a range"),
        ("", "expected a range"),
        ("10:00-", "expected a time"),
        ("1000-1900", "expected a time"),
        ("10-19", "expected a time"),
        ("10:0-19:00", "expected a time"),
        ("ten-19:00", "expected a time"),
        ("10:00-24:00", "no such time"),
        ("25:00-26:00", "no such time"),
        ("10:60-11:00", "no such time"),
        ("19:00-10:00", "ends before it starts"),
        ("10:00-10:00", "ends before it starts"),
    ],
)
def test_time_range_parse_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TimeRange.parse(text)


def test_time_range_constructor_validates_and_measures() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        TimeRange(time(13), time(12))
    window = TimeRange(time(10), time(19, 30))
    assert window.minutes == 570
    assert str(window) == "10:00-19:30"
    assert TimeRange.parse(str(window)) == window


def test_parse_clock() -> None:
    assert parse_clock("7:05") == time(7, 5)
    with pytest.raises(ValueError, match="expected a time"):
        parse_clock("7.05")


# --- Policy -----------------------------------------------------------------------------------


def test_default_policy_is_the_company_flex_time() -> None:
    policy = Policy()
    assert str(policy.window) == "10:00-19:00"
    assert str(policy.core) == "12:00-16:00"
    assert str(policy.lunch_window) == "12:00-13:00"
    assert policy.lunch_minutes == 60
    assert policy.working_days == frozenset(range(5))
    assert (policy.max_per_day, policy.max_per_week, policy.buffer_minutes) == (2, 6, 0)
    assert policy.core_only is False
    assert policy_problems(policy) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"lunch_minutes": 61}, (LUNCH, "lunch_minutes")),
        ({"lunch_minutes": -1}, (BOUNDS, "lunch_minutes")),
        ({"lunch_window": TimeRange.parse("12:00-12:30")}, (LUNCH, "lunch_minutes")),
        ({"max_per_day": -1}, (BOUNDS, "max_per_day")),
        ({"max_per_day": 51}, (BOUNDS, "max_per_day")),
        ({"max_per_week": -1}, (BOUNDS, "max_per_week")),
        ({"max_per_week": 201}, (BOUNDS, "max_per_week")),
        ({"buffer_minutes": -5}, (BOUNDS, "buffer_minutes")),
        ({"buffer_minutes": 241}, (BOUNDS, "buffer_minutes")),
        ({"working_days": frozenset({0, 7})}, (PolicyProblemCode.NO_SUCH_WEEKDAY, "working_days")),
        ({"working_days": frozenset({-1})}, (PolicyProblemCode.NO_SUCH_WEEKDAY, "working_days")),
        ({"working_days": frozenset()}, (PolicyProblemCode.NO_WORKING_DAYS, "working_days")),
    ],
)
def test_policy_rejects(changes: dict[str, object], expected: tuple[PolicyProblemCode, str]) -> None:
    with pytest.raises(PolicyError) as caught:
        Policy(**changes)  # type: ignore[arg-type]
    assert [(p.code, p.field) for p in caught.value.problems] == [expected]
    assert isinstance(caught.value, ValueError)


def test_a_problem_carries_what_a_face_needs_to_word_it() -> None:
    with pytest.raises(PolicyError) as caught:
        Policy(lunch_window=TimeRange.parse("12:00-12:30"))
    assert caught.value.problems == (PolicyProblem(
        LUNCH, "lunch_minutes", value=60, high=30, window="12:00-12:30",
        related=("lunch_window",)),)
    with pytest.raises(PolicyError) as caught:
        Policy(buffer_minutes=241)
    assert caught.value.problems == (PolicyProblem(BOUNDS, "buffer_minutes", value=241, low=0,
                                                   high=240),)


def test_policy_reports_every_problem_at_once_in_field_order() -> None:
    with pytest.raises(PolicyError) as caught:
        Policy(buffer_minutes=999, max_per_day=-1)
    assert [p.field for p in caught.value.problems] == ["max_per_day", "buffer_minutes"]


def test_problems_are_codes_not_sentences() -> None:
    with pytest.raises(PolicyError) as caught:
        Policy(max_per_day=-1)
    assert str(caught.value) == "max_per_day: out_of_bounds"


def test_every_field_is_declared_once_in_policy_order() -> None:
    assert [f.name for f in POLICY_FIELDS] == [f.name for f in fields(Policy)]
    assert [f.name for f in POLICY_FIELDS] == [
        f.name for f in fields(PolicyOverrides) if not f.name.startswith("no_")]
    assert {f.none_flag for f in POLICY_FIELDS if f.none_flag} == {
        f.name for f in fields(PolicyOverrides) if f.name.startswith("no_")}
    assert len({f.option for f in POLICY_FIELDS}) == len(POLICY_FIELDS)


@pytest.mark.parametrize(
    "changes",
    [
        {"lunch_minutes": 0},
        {"lunch_window": TimeRange.parse("11:30-14:00"), "lunch_minutes": 150},
        {"max_per_day": 0, "max_per_week": 0},
        {"max_per_day": None, "max_per_week": None},
        {"buffer_minutes": 240},
        {"max_per_day": 50, "max_per_week": 200, "lunch_minutes": 0},
        {"working_days": frozenset({6})},
        {"working_days": frozenset(range(7))},
    ],
)
def test_policy_accepts_edges(changes: dict[str, object]) -> None:
    Policy(**changes)  # type: ignore[arg-type]


def test_policy_is_frozen() -> None:
    with pytest.raises(FrozenInstanceError):
        Policy().buffer_minutes = 5  # type: ignore[misc]


# --- PolicyOverrides --------------------------------------------------------------------------


def test_empty_overrides_keep_the_base() -> None:
    base = Policy(buffer_minutes=10, core_only=True)
    assert PolicyOverrides().apply(base) == base


def test_overrides_replace_only_what_they_set() -> None:
    base = Policy()
    result = PolicyOverrides(
        window=TimeRange.parse("08:00-17:00"),
        lunch_window=TimeRange.parse("11:30-14:00"),
        buffer_minutes=15,
        max_per_day=3,
        working_days=frozenset({1, 2, 3}),
    ).apply(base)
    assert str(result.window) == "08:00-17:00"
    assert str(result.lunch_window) == "11:30-14:00"
    assert result.buffer_minutes == 15
    assert result.max_per_day == 3
    assert result.working_days == frozenset({1, 2, 3})
    assert result.core == base.core  # untouched
    assert result.max_per_week == 6
    assert base == Policy()  # the base is not modified


def test_false_and_zero_overrides_are_applied_not_ignored() -> None:
    base = Policy(core_only=True, buffer_minutes=30, max_per_day=4)
    result = PolicyOverrides(core_only=False, buffer_minutes=0, max_per_day=0).apply(base)
    assert result.core_only is False
    assert result.buffer_minutes == 0
    assert result.max_per_day == 0


def test_no_limit_flags_clear_the_limits() -> None:
    base = Policy()
    assert PolicyOverrides(no_day_limit=True).apply(base).max_per_day is None
    assert PolicyOverrides(no_day_limit=True).apply(base).max_per_week == 6
    assert PolicyOverrides(no_week_limit=True).apply(base).max_per_week is None
    assert PolicyOverrides(no_week_limit=True).apply(base).max_per_day == 2
    # the flag wins over a number given at the same time
    both = PolicyOverrides(max_per_day=3, no_day_limit=True, max_per_week=9, no_week_limit=True)
    assert both.apply(base).max_per_day is None
    assert both.apply(base).max_per_week is None


def test_overrides_are_validated_against_their_base() -> None:
    short = PolicyOverrides(lunch_window=TimeRange.parse("12:00-12:30"))
    with pytest.raises(PolicyError):
        short.apply(Policy())
    assert [p.code for p in short.problems(Policy())] == [LUNCH]
    assert short.problems(Policy(lunch_minutes=30)) == ()
    fine = PolicyOverrides(lunch_window=TimeRange.parse("12:00-12:30"), lunch_minutes=30)
    assert fine.apply(Policy()).lunch_minutes == 30


def test_overrides_as_values_and_back() -> None:
    given = PolicyOverrides(core_only=False, buffer_minutes=0, no_week_limit=True, max_per_day=3)
    assert given.values() == {"core_only": False, "max_per_day": 3, "max_per_week": None,
                              "buffer_minutes": 0}
    assert PolicyOverrides.from_values(given.values()) == given
    odd = Policy(max_per_day=None, working_days=frozenset({5, 6}), lunch_minutes=15)
    assert PolicyOverrides.of(odd).apply(Policy(buffer_minutes=30)) == odd


# --- Closure ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "covered"),
    [
        (date(2026, 12, 28), False),
        (date(2026, 12, 29), True),
        (date(2026, 12, 31), True),
        (date(2027, 1, 1), True),
        (date(2027, 1, 2), True),
        (date(2027, 1, 3), True),
        (date(2027, 1, 4), False),
        (date(2026, 6, 15), False),
        (date(2028, 2, 29), False),
    ],
)
def test_new_year_closure_wraps_the_year_end(day: date, covered: bool) -> None:
    assert Closure().covers(day) is covered


def test_closure_inside_one_year_and_single_day() -> None:
    obon = Closure((8, 13), (8, 16), "Obon")
    assert [obon.covers(date(2026, 8, d)) for d in (12, 13, 16, 17)] == [False, True, True, False]
    assert not obon.covers(date(2026, 1, 1))
    one = Closure((2, 29), (2, 29), "leap")
    assert one.covers(date(2028, 2, 29))
    assert not one.covers(date(2028, 2, 28))
    assert not one.covers(date(2028, 3, 1))


def test_company_settings_defaults() -> None:
    company = CompanySettings()
    assert company.policy == Policy()
    assert [c.name for c in company.closures] == ["New-Year closure"]


# --- Interviewer ------------------------------------------------------------------------------


def test_interviewer_emails_are_lower_cased_and_unique() -> None:
    person = Interviewer(
        email="Ken@Example.com", name="Ken", timezone="Asia/Tokyo",
        aliases=("ken@example.com", "K.Sato@Example.JP"),
    )
    assert person.emails == ("ken@example.com", "k.sato@example.jp")
