"""Each reader's language through the command line (SPEC §11): ``interviewer add --language``,
the plan's ``candidate.language``, the company's default; export and messages follow them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewplanner.core.model import CompanySettings
from interviewplanner.services import roster
from interviewplanner.storage.db import open_store
from tests.cli.conftest import Cli

PLAN = {
    "candidate": {"name": "Jane Doe", "email": "jane@example.com", "timezone": "Asia/Tokyo",
                  "language": "ja"},
    "sessions": [{"title": "Coding", "minutes": 45, "interviewers": ["sato@example.com"]},
                 {"title": "Manager", "minutes": 45, "interviewers": ["amy@example.com"]}],
    "organizer": {"name": "Recruiting", "email": "recruiting@example.com"},
}
RANGE = ("--from", "2031-03-04", "--to", "2031-03-07")


def _book(cli: Cli, tmp_path: Path) -> str:
    assert cli("interviewer", "add", "--name", "佐藤 花子", "--email", "sato@example.com",
               "--tz", "Asia/Tokyo", "--country", "JP", "--language", "ja").code == 0
    assert cli("interviewer", "add", "--name", "Amy Lee", "--email", "amy@example.com",
               "--tz", "Asia/Singapore").code == 0
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN), encoding="utf-8")
    booked = cli("book", "--plan", str(plan), *RANGE, "--proposal", "1", "--json")
    assert booked.code == 0, booked.err
    return str(booked.json()["booking_id"])


def test_interviewer_language_is_stored_and_listed(cli: Cli) -> None:
    assert cli("interviewer", "add", "--name", "A", "--email", "a@example.com", "--tz",
               "Asia/Tokyo", "--language", "ja").code == 0
    assert cli("interviewer", "add", "--name", "B", "--email", "b@example.com", "--tz",
               "Asia/Tokyo").code == 0
    listed = {p["email"]: p["language"] for p in cli("interviewer", "list", "--json").json()[
        "interviewers"]}
    assert listed == {"a@example.com": "ja", "b@example.com": "en"}
    with pytest.raises(SystemExit):  # argparse refuses it with its usage line
        cli("interviewer", "add", "--name", "C", "--email", "c@example.com", "--tz",
            "Asia/Tokyo", "--language", "fr")


def test_export_and_messages_in_each_readers_language(cli: Cli, tmp_path: Path) -> None:
    booking = _book(cli, tmp_path)
    out = tmp_path / "out"
    files = cli("export", booking, "--out", str(out), "--json").json()["files"]
    texts = {f["path"]: (out / f["path"]).read_text(encoding="utf-8") for f in files}
    sato = next(t for p, t in texts.items() if p.startswith("calendars/sato"))
    amy = next(t for p, t in texts.items() if p.startswith("calendars/amy"))
    assert "SUMMARY:【面接】Coding – Jane Doe" in sato and "日本標準時" in sato
    assert "SUMMARY:Manager – Jane Doe" in amy and "Times in Asia/Singapore" in amy
    assert "さんの面接" in texts["calendars/candidate.ics"]
    invite = next(t for p, t in texts.items() if p.startswith("invites/02"))  # Amy + Jane
    assert invite.index("Interview panel for") < invite.index("さんの面接")
    messages = {m["to"]: m for m in cli("messages", booking, "--json").json()["messages"]}
    assert messages["sato@example.com"]["language"] == "ja"
    assert messages["amy@example.com"]["language"] == "en"
    assert messages["jane@example.com"]["language"] == "ja"
    forced = cli("messages", booking, "--language", "en", "--json").json()["messages"]
    assert {m["language"] for m in forced} == {"en"}


def test_the_company_language_is_the_default(cli: Cli, db_target: str) -> None:
    cli("interviewer", "list")  # creates the store
    store = open_store(db_target if "://" in db_target else f"sqlite:///{db_target}")
    try:
        roster.save_company_settings(store, CompanySettings(language="ja"))
    finally:
        store.close()
    cli("interviewer", "add", "--name", "B", "--email", "b@example.com", "--tz", "Asia/Tokyo")
    (person,) = cli("interviewer", "list", "--json").json()["interviewers"]
    assert person["language"] == "ja"
