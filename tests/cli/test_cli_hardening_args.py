"""Issue 13, item 5: arguments are checked where they enter, never reach the catch-all, and the
one-line error names the option the user gave."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli, Result

EMAIL = "kim@example.com"
HUGE = "1180591620717411303424"  # 2**70: past SQLite's INTEGER and C's long
PLAN = {"candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "UTC"},
        "sessions": [{"title": "Coding", "minutes": 60, "interviewers": [EMAIL]}]}


@pytest.fixture
def plan(cli: Cli, tmp_path: Path) -> str:
    """Kim on the roster and a one-session plan file."""
    assert cli("interviewer", "add", "--name", "Kim", "--email", EMAIL, "--tz", "UTC").code == 0
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN), encoding="utf-8")
    return str(path)


def _one_line(result: Result, *words: str) -> str:
    assert result.code != 0
    assert result.out == ""
    message = result.err.strip()
    assert len(message.splitlines()) == 1, message
    assert "unexpected" not in message and "Traceback" not in message, message
    for word in words:
        assert word in message, message
    return message


@pytest.mark.parametrize("command", [
    ("free", "--interviewer", EMAIL), ("busy", "--interviewer", EMAIL),
    ("import-ics", "--interviewer", EMAIL, "missing.ics"), ("propose", "--plan", "PLAN"),
    ("book", "--plan", "PLAN", "--proposal", "1"),
])
def test_an_absurd_horizon_is_refused_naming_the_option(cli: Cli, plan: str,
                                                         command: tuple[str, ...]) -> None:
    args = [plan if a == "PLAN" else a for a in command]
    _one_line(cli(*args, "--from", "0001-01-01", "--to", "9999-12-31"), "--from", "0001-01-01",
              "1900-01-01")
    _one_line(cli(*args, "--from", "2026-12-01", "--to", "9999-12-31"), "--to", "9999-12-31")


def test_an_offset_that_leaves_the_calendar_is_refused(cli: Cli, plan: str) -> None:
    _one_line(cli("busy", "--interviewer", EMAIL, "--from", "0001-01-01T00:00:00+01:00",
                  "--to", "2026-12-01"), "--from")
    _one_line(cli("free", "--interviewer", EMAIL, "--from", "2026-12-01",
                  "--to", "9999-12-31T23:00:00-14:00"), "--to")


def test_a_range_of_more_than_ten_years_is_refused(cli: Cli, plan: str) -> None:
    _one_line(cli("propose", "--plan", plan, "--from", "2026-01-01", "--to", "2046-01-01"),
              "--from", "--to", "3660 days")


def test_a_ten_year_range_is_still_accepted(cli: Cli, plan: str) -> None:
    result = cli("busy", "--interviewer", EMAIL, "--from", "2026-01-01", "--to", "2035-12-31")
    assert result.code == 0, result.err


def test_empty_dates_are_not_a_default_range(cli: Cli, plan: str) -> None:
    _one_line(cli("busy", "--interviewer", EMAIL, "--from", "", "--to", ""), "--from", "''")
    _one_line(cli("free", "--interviewer", EMAIL, "--from", "2026-12-01", "--to", " "), "--to")


def test_a_huge_proposal_number_names_proposal_not_limit(cli: Cli, plan: str) -> None:
    message = _one_line(cli("book", "--plan", plan, "--from", "2026-12-01", "--to", "2026-12-15",
                            "--proposal", HUGE), "--proposal")
    assert "--limit" not in message


def test_a_huge_limit_names_limit(cli: Cli, plan: str) -> None:
    _one_line(cli("propose", "--plan", plan, "--from", "2026-12-01", "--to", "2026-12-15",
                  "--limit", HUGE), "--limit")


@pytest.mark.parametrize("option", ["--max-per-day", "--max-per-week", "--buffer",
                                    "--lunch-minutes"])
def test_huge_policy_numbers_are_refused_in_one_line(cli: Cli, option: str) -> None:
    _one_line(cli("interviewer", "add", "--name", "Kim", "--email", EMAIL, "--tz", "UTC",
                  option, HUGE))
    assert cli("interviewer", "list", "--json").json()["interviewers"] == []
