"""Team mode on the command line (SPEC §10), on both back-ends: who did what (``--as``), ``db
copy`` into an empty store and its refusals, and passwords kept out of every message."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

import pytest

from interviewplanner.cli.main import main
from tests.cli.conftest import Cli, Result
from tests.cli.test_cli_bookings import RANGE, plan_file

__all__ = ["plan_file"]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return Result(code, out, err)


def test_each_change_records_who_made_it(cli: Cli, plan_file: Path) -> None:
    booked = cli("--as", "Hanako", "book", "--plan", str(plan_file), *RANGE, "--proposal", "1",
                 "--json").json()
    assert cli("--as", "Ken", "reschedule", booked["booking_id"], *RANGE, "--proposal", "2").code == 0
    assert cli("cancel", booked["booking_id"]).code == 0
    history = cli("bookings", "--json").json()["bookings"][0]["history"]
    assert [(h["action"], h["by"]) for h in history] == [
        ("booked", "Hanako"), ("rescheduled", "Ken"), ("cancelled", getpass.getuser())]


def test_db_copy_fills_an_empty_store_and_refuses_one_with_data(
    cli: Cli, plan_file: Path, db_target: str, empty_database: Callable[[], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    cli("book", "--plan", str(plan_file), *RANGE, "--proposal", "1")
    dest = empty_database()
    copied = cli("db", "copy", "--to", dest, "--json")
    assert copied.code == 0, copied.err
    tables = copied.json()["tables"]
    assert tables["interviewers"] == 3 and tables["bookings"] == 1
    assert "copying booking_events: 1/1 rows" in copied.err
    views = [("interviewer", "list", "--json"), ("bookings", "--json")]
    for view in views:
        assert _run(capsys, "--db", dest, *view).json() == cli(*view).json()
    again = cli("db", "copy", "--to", dest)
    assert again.code != 0 and len(again.err.splitlines()) == 1
    assert "is not empty" in again.err and "nothing was copied" in again.err
    itself = cli("db", "copy", "--to", db_target)
    assert itself.code != 0 and "both the source and the destination" in itself.err


def test_a_copy_of_ids_goes_on_counting_after_them(cli: Cli, plan_file: Path,
                                                   empty_database: Callable[[], str],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    dest = empty_database()
    assert cli("db", "copy", "--to", dest).code == 0
    added = _run(capsys, "--db", dest, "interviewer", "add", "--name", "New", "--email",
                 "new@example.com", "--tz", "UTC")
    assert added.code == 0, added.err  # PostgreSQL's sequences were moved past the copied ids
    assert len(_run(capsys, "--db", dest, "interviewer", "list", "--json").json()[
        "interviewers"]) == 4


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://planner:s3cret@127.0.0.1:1/planner",
    "postgresql+psycopg://planner:s3cret@no-such-host.invalid/planner",
])
def test_a_password_in_the_url_is_never_printed(url: str, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("psycopg")
    result = _run(capsys, "--db", url, "interviewer", "list")
    assert result.code != 0 and len(result.err.splitlines()) == 1
    assert "Cannot reach the database server" in result.err
    assert "s3cret" not in result.err + result.out and "planner:***@" in result.err
    monkeypatch.setenv("INTERVIEWPLANNER_DB", url)
    from_env = _run(capsys, "bookings")
    assert from_env.code != 0 and "s3cret" not in from_env.err + from_env.out
