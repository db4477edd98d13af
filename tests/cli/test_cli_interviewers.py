"""``interviewer add`` / ``interviewer list`` and the CLI's error contract (SPEC §7)."""

from __future__ import annotations

from tests.cli.conftest import Cli


def test_add_then_list_json(cli: Cli) -> None:
    added = cli("interviewer", "add", "--name", "佐藤 花子", "--email", "Hanako@Example.com",
                "--alias", "hanako.sato@example.com", "--tz", "Asia/Tokyo", "--country", "jp",
                "--pool", "backend", "--pool", "frontend", "--max-per-day", "3",
                "--lunch-window", "11:30-14:00", "--json")
    assert added.code == 0, added.err
    listed = cli("interviewer", "list", "--json").json()["interviewers"]
    assert len(listed) == 1
    person = listed[0]
    assert person["name"] == "佐藤 花子"
    assert person["email"] == "hanako@example.com"
    assert person["aliases"] == ["hanako.sato@example.com"]
    assert person["country"] == "JP"
    assert person["pools"] == ["backend", "frontend"]
    assert person["policy"]["max_per_day"] == 3
    assert person["policy"]["max_per_week"] == 6
    assert person["policy"]["lunch_window"] == "11:30-14:00"
    assert person["policy"]["window"] == "10:00-19:00"


def test_no_limit_and_core_only(cli: Cli) -> None:
    assert cli("interviewer", "add", "--name", "Ken", "--email", "ken@example.com", "--tz",
               "America/Los_Angeles", "--max-per-week", "none", "--core-only").code == 0
    policy = cli("interviewer", "list", "--json").json()["interviewers"][0]["policy"]
    assert policy["max_per_week"] is None
    assert policy["core_only"] is True


def test_human_list_mentions_people(cli: Cli) -> None:
    cli("interviewer", "add", "--name", "Ken", "--email", "ken@example.com", "--tz", "America/New_York")
    out = cli("interviewer", "list").out
    assert "Ken" in out and "America/New_York" in out and "10:00-19:00" in out


def test_unknown_zone_is_one_clear_line(cli: Cli) -> None:
    result = cli("interviewer", "add", "--name", "X", "--email", "x@example.com", "--tz", "Mars/Olympus")
    assert result.code != 0
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1
    assert "Mars/Olympus" in lines[0] and "Traceback" not in result.err


def test_duplicate_address_rejected(cli: Cli) -> None:
    cli("interviewer", "add", "--name", "A", "--email", "a@example.com", "--tz", "Asia/Tokyo")
    again = cli("interviewer", "add", "--name", "B", "--email", "b@example.com",
                "--alias", "A@example.com", "--tz", "Asia/Tokyo")
    assert again.code != 0
    assert "a@example.com already belongs to A" in again.err


def test_bad_policy_values_name_the_option(cli: Cli) -> None:
    bad_range = cli("interviewer", "add", "--name", "A", "--email", "a@example.com", "--tz",
                    "Asia/Tokyo", "--window", "19:00-10:00")
    assert bad_range.code != 0 and "--window" in bad_range.err
    bad_lunch = cli("interviewer", "add", "--name", "A", "--email", "a@example.com", "--tz",
                    "Asia/Tokyo", "--lunch-minutes", "90")
    assert bad_lunch.code != 0 and "lunch" in bad_lunch.err
    bad_country = cli("interviewer", "add", "--name", "A", "--email", "a@example.com", "--tz",
                      "Asia/Tokyo", "--country", "XX")
    assert bad_country.code != 0 and "XX" in bad_country.err


def test_unknown_interviewer(cli: Cli) -> None:
    result = cli("busy", "--interviewer", "nobody@example.com", "--from", "2026-12-01",
                 "--to", "2026-12-02", "--json")
    assert result.code != 0
    assert "nobody@example.com" in result.err
