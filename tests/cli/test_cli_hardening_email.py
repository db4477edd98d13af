"""Issue 13, item 3: one e-mail rule at every entry, and invites carry exactly what is stored.

Addresses that used to be accepted and then changed on their way out (``a;b@`` became
``mailto:ab@...``, a different person) are refused in one line at ``interviewer add`` (address
and aliases), in PLAN.json (candidate and organizer) and for templates. Unusual valid addresses
(an apostrophe and a plus, internationalized domains) reach ATTENDEE and ORGANIZER exactly:
the mailto URI decodes back to the stored address.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from interviewplanner.ics.write.text import mailto
from tests.cli.conftest import Cli, Result

BAD = ["a;b@example.com", "a,b@example.com", "a:b@example.com", "a\\b@example.com",
       "a\x1bb@example.com", "<script>@example.com", "a@b@example.com", "a\r\nb@example.com",
       "ab@example", "kim@example.invalid", '"a b"@example.com', "a@[127.0.0.1]",
       "kim@" + "x" * 300 + ".com"]
UNUSUAL = ["o'neil+tag@example.com", "hanako@例え.jp", "jürgen@bücher.de", "a&b=c@example.com"]
RANGE = ("--from", "2031-03-03", "--to", "2031-03-08")
PLAN = {"candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "UTC"},
        "sessions": [{"title": "Coding", "minutes": 60, "interviewers": ["kim@example.com"]}],
        "organizer": {"name": "Recruiting", "email": "recruiting@example.com"}}


def _refused(result: Result, *words: str) -> None:
    assert result.code != 0 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert "\x1b" not in result.err and "\r" not in result.err
    assert "not an e-mail address" in result.err or "control character" in result.err
    for word in words:
        assert word in result.err, result.err


def _add(cli: Cli, email: str, *extra: str) -> Result:
    return cli("interviewer", "add", "--name", "Kim", "--email", email, "--tz", "UTC", *extra)


@pytest.mark.parametrize("address", BAD)
def test_bad_addresses_are_refused_as_address_and_alias(cli: Cli, address: str) -> None:
    _refused(_add(cli, address), "--email")
    _refused(_add(cli, "kim@example.com", "--alias", address), "--alias")
    assert cli("interviewer", "list", "--json").json()["interviewers"] == []


@pytest.fixture
def plan_file(cli: Cli, tmp_path: Path) -> Path:
    """Kim on the roster and a valid plan to spoil."""
    assert _add(cli, "kim@example.com").code == 0
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(PLAN), encoding="utf-8")
    return path


@pytest.mark.parametrize("who", ["candidate", "organizer"])
@pytest.mark.parametrize("address", BAD)
def test_bad_addresses_in_a_plan_are_refused(cli: Cli, plan_file: Path, who: str,
                                             address: str) -> None:
    document = json.loads(plan_file.read_text(encoding="utf-8"))
    document[who]["email"] = address
    plan_file.write_text(json.dumps(document), encoding="utf-8")
    _refused(cli("propose", "--plan", str(plan_file), *RANGE), f"{who}.email")
    _refused(cli("template", "save", "panel", "--plan", str(plan_file)), f"{who}.email")
    assert cli("template", "list", "--json").json().get("templates", []) == []


def _addresses(ics: str, name: str) -> list[str]:
    unfolded = re.sub(r"\r\n[ \t]", "", ics)
    return [unquote(line.split(":mailto:", 1)[1]) for line in unfolded.split("\r\n")
            if line.startswith(name) and ":mailto:" in line]


def test_unusual_valid_addresses_reach_the_invites_exactly(cli: Cli, tmp_path: Path) -> None:
    interviewer, alias, candidate, organizer = UNUSUAL
    assert _add(cli, interviewer, "--alias", alias).code == 0
    listed = cli("interviewer", "list", "--json").json()["interviewers"][0]
    assert listed["email"] == interviewer and alias in json.dumps(listed, ensure_ascii=False)
    document = {**PLAN, "candidate": {**PLAN["candidate"], "email": candidate},
                "organizer": {"name": "Recruiting", "email": organizer},
                "sessions": [{"title": "Coding", "minutes": 60, "interviewers": [interviewer]}]}
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    booked = cli("book", "--plan", str(plan), *RANGE, "--proposal", "1", "--json")
    assert booked.code == 0, booked.err
    out = tmp_path / "out"
    exported = cli("export", booked.json()["booking_id"], "--out", str(out), "--json")
    assert exported.code == 0, exported.err
    attendees: set[str] = set()
    organizers: set[str] = set()
    for entry in exported.json()["files"]:
        text = (out / entry["path"]).read_bytes().decode("utf-8")
        attendees.update(_addresses(text, "ATTENDEE"))
        organizers.update(_addresses(text, "ORGANIZER"))
    assert attendees == {interviewer, candidate}
    assert organizers == {organizer}


@pytest.mark.parametrize("address", [*UNUSUAL, "名前@example.com", "a#b/c?d%e@example.com"])
def test_mailto_is_percent_encoded_and_decodes_exactly(address: str) -> None:
    uri = mailto(address)
    assert unquote(uri.removeprefix("mailto:")) == address
    assert re.fullmatch(r"mailto:[A-Za-z0-9\-._~@!$&'()*+=%]+", uri), uri
