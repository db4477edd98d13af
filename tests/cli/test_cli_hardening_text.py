"""Issue 13, item 4: control characters and lengths.

Control characters typed into names, pool names, template names and plan texts are refused
where they enter, in one line that names the field without echoing the character; texts longer
than their column are refused on both back-ends (SQLite does not enforce VARCHAR(n)); and
whatever is printed for a terminal, even text stored before these rules, has no raw control
character in it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from interviewplanner.config import database_url
from interviewplanner.core.model import Interviewer
from interviewplanner.storage.db import open_store
from tests.cli.conftest import Cli, Result

RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""What must never reach a terminal (line feeds the program writes itself aside)."""
NASTY = ["Ki\x1b[31mm", "Kim\rX", "Ki\nm", "Ki\u2028m", "Ki\x9b31mm", "Ki\u202emik", "K\x00im",
         "Ki\x7fm"]
EMAIL = "kim@example.com"
PLAN = {"candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "UTC"},
        "sessions": [{"title": "Coding", "minutes": 60, "interviewers": [EMAIL]}],
        "organizer": {"name": "Recruiting", "email": "recruiting@example.com"}}
RANGE = ("--from", "2031-03-03", "--to", "2031-03-08")


def _clean(result: Result) -> None:
    assert not RAW.search(result.out), repr(result.out)
    assert not RAW.search(result.err), repr(result.err)


def _refused(result: Result, *words: str) -> None:
    assert result.code != 0 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1, result.err
    _clean(result)
    for word in words:
        assert word in result.err, result.err


@pytest.fixture
def url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """The URL of the store ``cli`` works on (whichever back-end the suite runs it on)."""
    try:
        target = request.getfixturevalue("db_target")
    except pytest.FixtureLookupError:  # the CLI fixtures without a PostgreSQL run
        target = db_path
    return database_url(str(target))


def _add(cli: Cli, *extra: str, name: str = "Kim", email: str = EMAIL) -> Result:
    return cli("interviewer", "add", "--name", name, "--email", email, "--tz", "UTC", *extra)


@pytest.mark.parametrize("name", NASTY)
def test_control_characters_in_a_name_are_refused(cli: Cli, name: str) -> None:
    _refused(_add(cli, name=name), "--name", "control character U+")
    assert cli("interviewer", "list", "--json").json()["interviewers"] == []


@pytest.mark.parametrize("pool", NASTY)
def test_control_characters_in_a_pool_name_are_refused(cli: Cli, pool: str) -> None:
    _refused(_add(cli, "--pool", pool), "--pool", "control character U+")


@pytest.mark.parametrize("email", ["k\x1bm@example.com", "ki\u2028m@example.com",
                                   "k\x9bm@example.com"])
def test_control_characters_in_an_address_are_refused(cli: Cli, email: str) -> None:
    _refused(_add(cli, email=email), "not an e-mail address")


def test_overlong_names_pools_and_domains_are_refused(cli: Cli) -> None:
    _refused(_add(cli, name="K" * 10_000), "--name", "10000 characters", "200")
    _refused(_add(cli, "--pool", "p" * 101), "--pool", "101 characters", "100")
    _refused(_add(cli, email="kim@" + "x" * 10_000 + ".com"), "not an e-mail address")
    assert _add(cli, "--pool", "p" * 100, name="K" * 200).code == 0


@pytest.mark.parametrize("name", ["O'Neil-Sato", "佐藤 花子", "José Núñez", "👩‍💻 Kim",
                                  "\u200fשרה\u200e Levi"])
def test_unusual_printable_names_are_kept_exactly(cli: Cli, name: str) -> None:
    assert _add(cli, "--pool", "バックエンド", name=name).code == 0
    (person,) = cli("interviewer", "list", "--json").json()["interviewers"]
    assert person["name"] == name and person["pools"] == ["バックエンド"]


def test_names_stored_before_the_rules_are_escaped_on_the_terminal(cli: Cli, url: str) -> None:
    assert _add(cli).code == 0
    store = open_store(url)
    try:
        with store.write() as uow:  # bypasses the services' rules, like an older version did
            uow.interviewers.add(Interviewer(email="old@example.com", name="Old\x1b[2J\u2028\x9b1m",
                                             timezone="UTC", pools=("po\x1bol",)))
    finally:
        store.close()
    listed = cli("interviewer", "list")
    assert listed.code == 0
    _clean(listed)
    assert "Old\\x1b[2J\\u2028\\x9b1m" in listed.out
    as_json = cli("interviewer", "list", "--json")
    _clean(as_json)
    names = {p["name"] for p in as_json.json()["interviewers"]}
    assert "Old\x1b[2J\u2028\x9b1m" in names  # the JSON value is exact, only written safely
    taken = _add(cli, email="old@example.com")
    _refused(taken, "already belongs to Old\\x1b")


@pytest.fixture
def plan_file(cli: Cli, tmp_path: Path) -> Path:
    """Kim on the roster and a valid plan file to spoil."""
    assert _add(cli).code == 0
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN), encoding="utf-8")
    return path


@pytest.mark.parametrize(("path", "value", "words"), [
    (("candidate", "name"), "Jane\x1b]0;pwned\x07", ("candidate.name", "U+001B")),
    (("organizer", "name"), "Re\ncruiting", ("organizer.name", "U+000A")),
    (("candidate", "name"), "J" * 201, ("candidate.name", "longer than 200")),
    (("location",), "https://meet.example.com/\u2028x", ("location", "U+2028")),
])
def test_plan_texts_with_control_characters_or_too_long_are_refused(
        cli: Cli, plan_file: Path, path: tuple[str, ...], value: str, words: tuple[str, ...]) -> None:
    document = json.loads(plan_file.read_text(encoding="utf-8"))
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    plan_file.write_text(json.dumps(document), encoding="utf-8")
    _refused(cli("propose", "--plan", str(plan_file), *RANGE), *words)
    _refused(cli("template", "save", "t", "--plan", str(plan_file)), *words)


def test_a_session_title_with_a_control_character_is_refused(cli: Cli, plan_file: Path) -> None:
    document = json.loads(plan_file.read_text(encoding="utf-8"))
    document["sessions"][0]["title"] = "Co\x1bding"
    plan_file.write_text(json.dumps(document), encoding="utf-8")
    _refused(cli("propose", "--plan", str(plan_file), *RANGE), "sessions[0].title")


def test_a_template_name_with_a_control_character_is_refused(cli: Cli, plan_file: Path) -> None:
    _refused(cli("template", "save", "back\x1bend", "--plan", str(plan_file)),
             "template name", "U+001B")


def test_bookings_stored_before_the_rules_are_escaped_on_the_terminal(
        cli: Cli, plan_file: Path, url: str) -> None:
    booked = cli("book", "--plan", str(plan_file), *RANGE, "--proposal", "1", "--json")
    assert booked.code == 0, booked.err
    engine = create_engine(url)
    try:
        with engine.begin() as raw:  # as an older version could have stored them
            raw.execute(text("UPDATE bookings SET candidate_name = :v"),
                        {"v": "Jane\x1b[2J\r\u2028"})
            raw.execute(text("UPDATE booking_sessions SET title = :v"), {"v": "Cod\x1bing"})
    finally:
        engine.dispose()
    for args in (("bookings",), ("bookings", "--json")):
        shown = cli(*args)
        assert shown.code == 0, shown.err
        _clean(shown)
    assert "Jane\\x1b[2J\\x0d\\u2028" in cli("bookings").out
