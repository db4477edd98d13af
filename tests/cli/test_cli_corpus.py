"""Every sample calendar yields its expected busy time through ``import-ics`` + ``busy --json``."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests import corpus_expect
from tests.cli.conftest import Cli


def _add_owner(cli: Cli, owner: dict[str, object]) -> str:
    emails = [str(e) for e in owner["emails"]]  # type: ignore[attr-defined]
    args = ["interviewer", "add", "--name", str(owner["name"]), "--email", emails[0],
            "--tz", str(owner["tz"])]
    for alias in emails[1:]:
        args += ["--alias", alias]
    assert cli(*args).code == 0
    return emails[0]


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize("name", corpus_expect.files())
def test_corpus_file_through_cli(cli: Cli, name: str) -> None:
    entry = corpus_expect.expected()["files"][name]
    email = _add_owner(cli, entry["owner"])
    start, end = corpus_expect.window_of(entry)
    horizon = ("--from", _iso(start - timedelta(days=30)), "--to", _iso(end + timedelta(days=30)))
    imported = cli("import-ics", "--interviewer", email, str(corpus_expect.CORPUS / name),
                   *horizon, "--json")
    if imported.code != 0:
        assert imported.out == ""
        message = imported.err.strip()
        assert len(message.splitlines()) == 1 and name in message, message
        answer = corpus_expect.Answer(True, [], [], message)
    else:
        report = imported.json()
        notes = [*report["warnings"], *(f"line {s['line']}: {s['reason']}" for s in report["skipped"])]
        busy = cli("busy", "--interviewer", email, "--from", _iso(start), "--to", _iso(end), "--json")
        assert busy.code == 0, busy.err
        spans = [(datetime.fromisoformat(b["start"].replace("Z", "+00:00")),
                  datetime.fromisoformat(b["end"].replace("Z", "+00:00"))) for b in busy.json()["busy"]]
        answer = corpus_expect.Answer(False, spans, notes)
    corpus_expect.judge(name, answer)


def test_rejected_file_leaves_earlier_import(cli: Cli) -> None:
    email = _add_owner(cli, {"name": "Sato", "emails": ["hanako.sato@example.com"], "tz": "Asia/Tokyo"})
    good = corpus_expect.CORPUS / "01_google_tokyo_standup.ics"
    window = ("--from", "2026-12-01", "--to", "2026-12-15")
    assert cli("import-ics", "--interviewer", email, str(good), *window).code == 0
    before = cli("busy", "--interviewer", email, *window, "--json").json()
    html = corpus_expect.CORPUS / "10_malformed_html_not_ics.ics"
    assert cli("import-ics", "--interviewer", email, str(html), *window).code != 0
    assert cli("busy", "--interviewer", email, *window, "--json").json() == before
    assert before["busy"]


def test_reimport_replaces_only_that_source(cli: Cli, tmp_path: object) -> None:
    email = _add_owner(cli, {"name": "Sato", "emails": ["hanako.sato@example.com"], "tz": "Asia/Tokyo"})
    window = ("--from", "2026-12-01", "--to", "2026-12-15")
    first = corpus_expect.CORPUS / "01_google_tokyo_standup.ics"
    second = corpus_expect.CORPUS / "04_apple_tokyo_allday_overnight.ics"
    assert cli("import-ics", "--interviewer", email, str(first), *window).code == 0
    assert cli("import-ics", "--interviewer", email, str(second), *window).code == 0
    both = cli("busy", "--interviewer", email, *window, "--json").json()["busy"]
    assert cli("import-ics", "--interviewer", email, str(first), *window).code == 0
    again = cli("busy", "--interviewer", email, *window, "--json").json()["busy"]
    assert again == both
    assert {b["source"] for b in both} == {str(first.resolve()), str(second.resolve())}
