"""Issue 13 through the command line: an import never loses busy time silently.

A re-import whose file yields no busy time because something was skipped, or whose reading the
time budget cut short, exits non-zero with one line saying why and leaves the earlier import
byte for byte; deep nesting imports in linear time with a warning naming the line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewplanner.ics.read.tree import MAX_DEPTH
from interviewplanner.services import import_calendar as importing
from tests.cli.conftest import Cli, Result

EMAIL = "kim@example.com"
WINDOW = ("--from", "2026-11-01", "--to", "2027-02-01")
HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\n"
TAIL = "END:VCALENDAR\r\n"


def _event(uid: str, *lines: str) -> str:
    return "".join(f"{line}\r\n" for line in ("BEGIN:VEVENT", f"UID:{uid}", *lines, "END:VEVENT"))


GOOD = HEAD + "".join(
    _event(f"one-{day}", f"DTSTART:202612{day:02d}T100000Z", f"DTEND:202612{day:02d}T110000Z")
    for day in range(1, 4)
) + _event("daily", "DTSTART:20261210T120000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=41") + TAIL
"""3 one-off events and 41 daily instances: 44 busy intervals."""


@pytest.fixture
def calendar_file(tmp_path: Path, cli: Cli) -> Path:
    """One source, already imported from :data:`GOOD` for Kim."""
    assert cli("interviewer", "add", "--name", "Kim", "--email", EMAIL, "--tz", "UTC").code == 0
    path = tmp_path / "kim.ics"
    path.write_text(GOOD, encoding="utf-8")
    first = cli("import-ics", "--interviewer", EMAIL, str(path), *WINDOW, "--json")
    assert first.code == 0, first.err
    assert first.json()["busy_intervals"] == 44
    return path


def _busy(cli: Cli) -> str:
    shown = cli("busy", "--interviewer", EMAIL, *WINDOW, "--json")
    assert shown.code == 0, shown.err
    return shown.out


def _refused(result: Result, *words: str) -> None:
    assert result.code != 0
    assert result.out == ""
    message = result.err.strip()
    assert len(message.splitlines()) == 1, message
    assert "earlier import is kept" in message
    for word in words:
        assert word in message, message


def test_a_reimport_of_only_an_absurd_rule_keeps_the_earlier_busy_time(
        cli: Cli, calendar_file: Path) -> None:
    before = _busy(cli)
    calendar_file.write_text(HEAD + _event("s", "DTSTART:19700101T000000Z", "DURATION:PT1S",
                                           "RRULE:FREQ=SECONDLY") + TAIL, encoding="utf-8")
    result = cli("import-ics", "--interviewer", EMAIL, str(calendar_file), "--json")
    _refused(result, "kim.ics", "line 4", "too expensive")
    assert _busy(cli) == before


def test_a_reimport_whose_events_are_all_broken_keeps_the_earlier_busy_time(
        cli: Cli, calendar_file: Path) -> None:
    before = _busy(cli)
    calendar_file.write_text(HEAD + _event("a", "DTSTART:20261230T250000Z") +
                             _event("b", "DTSTART:20261201T100000Z", "DTEND:20261130T100000Z")
                             + TAIL, encoding="utf-8")
    _refused(cli("import-ics", "--interviewer", EMAIL, str(calendar_file), *WINDOW), "line 4")
    assert _busy(cli) == before


def test_a_budget_cut_is_reported_and_keeps_the_earlier_import(
        cli: Cli, calendar_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _busy(cli)
    calendar_file.write_text(GOOD.replace("COUNT=41", "COUNT=40"), encoding="utf-8")
    monkeypatch.setattr(importing, "BUDGET_SECONDS", -1.0)  # no time at all for recurrences
    result = cli("import-ics", "--interviewer", EMAIL, str(calendar_file), *WINDOW, "--json")
    _refused(result, "left unread", "line 19")
    assert _busy(cli) == before


def test_an_empty_calendar_still_replaces_the_source(cli: Cli, calendar_file: Path) -> None:
    calendar_file.write_text(HEAD + TAIL, encoding="utf-8")
    result = cli("import-ics", "--interviewer", EMAIL, str(calendar_file), *WINDOW, "--json")
    assert result.code == 0, result.err
    assert result.json()["busy_intervals"] == 0
    assert '"busy": []' in _busy(cli)


def test_free_events_still_replace_the_source(cli: Cli, calendar_file: Path) -> None:
    calendar_file.write_text(HEAD + _event("t", "DTSTART:20261201T100000Z", "DURATION:PT1H",
                                           "TRANSP:TRANSPARENT") + TAIL, encoding="utf-8")
    result = cli("import-ics", "--interviewer", EMAIL, str(calendar_file), *WINDOW, "--json")
    assert result.code == 0, result.err
    assert result.json()["busy_intervals"] == 0


def test_one_hundred_thousand_nested_levels_import_whole_with_a_warning(
        cli: Cli, calendar_file: Path) -> None:
    levels = 100_000
    nested = "BEGIN:X-A\r\n" * levels + "END:X-A\r\n" * levels
    calendar_file.write_text(GOOD.replace(TAIL, nested + TAIL), encoding="utf-8")
    result = cli("import-ics", "--interviewer", EMAIL, str(calendar_file), *WINDOW, "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["busy_intervals"] == 44 and report["skipped"] == []
    first_nest_line = GOOD.count("\r\n")  # the line after the last event
    deep = first_nest_line + MAX_DEPTH - 1
    assert report["warnings"] == [
        f"line {deep}: BEGIN:X-A nests deeper than {MAX_DEPTH} components; "
        "ignored with everything inside it"]
