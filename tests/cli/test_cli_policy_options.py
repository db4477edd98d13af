"""``interviewer add`` policy options: the same verdict as the core and the dialog, in English."""

from __future__ import annotations

import pytest

from interviewplanner.cli.main import main
from interviewplanner.cli.wording_policy import HELP, invalid_policy_text, problem_text
from interviewplanner.core.model import Policy
from interviewplanner.core.policy_fields import (
    FIELDS_BY_NAME,
    POLICY_FIELDS,
    PolicyProblem,
    PolicyProblemCode,
)
from interviewplanner.core.policy_text import field_json, read_field, read_overrides
from tests.cli.conftest import Cli
from tests.unit.core.policy_table import CASES, Case

TYPED = [pytest.param(case, id=name) for name, case in CASES.items()
         if all(isinstance(v, str) for v in case.given.values())]

READ = {PolicyProblemCode.NOT_A_RANGE, PolicyProblemCode.RANGE_BACKWARDS,
        PolicyProblemCode.NOT_A_NUMBER, PolicyProblemCode.NOT_DAYS}
PERSON = ("interviewer", "add", "--name", "A", "--email", "a@example.com", "--tz", "Asia/Tokyo")


def options(case: Case) -> list[str]:
    return [part for name, text in case.given.items()
            for part in (FIELDS_BY_NAME[name].option, text)]


@pytest.mark.parametrize("case", TYPED)
def test_the_command_line_gives_the_core_verdict(cli: Cli, case: Case) -> None:
    """Unreadable options are refused before the store is asked; then the policy's rules."""
    result = cli(*PERSON, *options(case), "--json")
    if not case.expected:
        assert result.code == 0, result.err
        policy = cli("interviewer", "list", "--json").json()["interviewers"][0]["policy"]
        for name, text in case.given.items():
            assert policy[name] == field_json(name, read_field(name, text))
        return
    problems = read_overrides(case.given, Policy())[1]
    shown = [p for p in problems if p.code in READ] or problems
    assert result.code != 0 and result.out == ""
    assert result.err == f"interviewplanner: error: {invalid_policy_text(shown)}\n"


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (("--window", "19:00-10:00"), "--window: range '19:00-10:00' ends before it starts"),
        (("--core", "9-5"), "--core: expected a range like 10:00-19:00, got '9-5'"),
        (("--max-per-day", "two"), "--max-per-day: expected a whole number or 'none', got 'two'"),
        (("--buffer", "ten"), "--buffer: expected a whole number, got 'ten'"),
        (("--days", "Mo-Fr"), "--days: 'mo-fr' is not a day range like Mon-Fri"),
        (("--lunch-minutes", "90"),
         "policy: lunch of 90 min does not fit the lunch window 12:00-13:00"),
        (("--buffer", "999"), "policy: buffer must be between 0 and 240 minutes"),
        (("--max-per-day", "-1", "--buffer", "-5"),
         "policy: max per day must be between 0 and 50; buffer must be between 0 and 240 minutes"),
    ],
)
def test_messages_name_the_option_or_the_policy(
    cli: Cli, given: tuple[str, ...], message: str
) -> None:
    result = cli(*PERSON, *given)
    assert result.err.strip() == f"interviewplanner: error: {message}"


def test_limits_and_days_from_the_command_line(cli: Cli) -> None:
    assert cli(*PERSON, "--max-per-day", "", "--days", "Sat,Sun", "--core-only").code == 0
    policy = cli("interviewer", "list", "--json").json()["interviewers"][0]["policy"]
    assert policy["max_per_day"] is None and policy["max_per_week"] == 6
    assert policy["working_days"] == [5, 6] and policy["core_only"] is True


def test_every_field_is_an_option_with_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["interviewer", "add", "--help"])
    out = capsys.readouterr().out
    for spec in POLICY_FIELDS:
        assert spec.option in out and HELP[spec.name] in out


def test_every_problem_code_has_english() -> None:
    for code in PolicyProblemCode:
        problem = PolicyProblem(code, "buffer_minutes", text="x", value=1, low=0, high=240,
                                window="12:00-13:00")
        assert problem_text(problem)
        assert invalid_policy_text([problem]).startswith(("--buffer: ", "policy: "))
