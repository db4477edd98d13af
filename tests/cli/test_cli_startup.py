"""Start-up (issue 13): each command imports only what it needs; the parser knows no handler.

Behaviour checks, not timings (``tests/bench/bench_cli_startup.py`` times them): a fresh
interpreter runs the command line as ``python -m interviewplanner`` does and reports which
modules it loaded.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from interviewplanner.cli.main import COMMANDS, handler
from interviewplanner.cli.parser import build_parser

MARK = "--- modules ---"
CHILD = f"""
import runpy, sys
sys.argv = ["interviewplanner", *sys.argv[1:]]
try:
    runpy.run_module("interviewplanner", run_name="__main__")
except SystemExit:
    pass
print({MARK!r}, *sorted(sys.modules), sep="\\n", file=sys.stderr)
"""

HEAVY = ("sqlalchemy", "alembic", "holidays", "babel", "httpx", "caldav", "icalendar",
         "dateutil", "email_validator", "PySide6", "psycopg")
NOT_FOR_HELP = (*HEAVY, "interviewplanner.storage.db", "interviewplanner.ics",
                "interviewplanner.remote", "interviewplanner.cli.commands",
                "interviewplanner.cli.booking_commands", "interviewplanner.cli.source_commands",
                "interviewplanner.cli.team_commands", "interviewplanner.cli.pacific",
                "interviewplanner.cli.render", "interviewplanner.gui")
"""Neither the store, the calendar readers and writers, the network nor any handler."""

NOT_FOR_READS = ("sqlalchemy", "interviewplanner.storage.db",
                 "alembic", "holidays", "babel", "httpx", "caldav", "icalendar", "dateutil",
                 "email_validator", "PySide6", "interviewplanner.ics", "interviewplanner.remote",
                 "interviewplanner.cli.booking_commands", "interviewplanner.cli.source_commands",
                 "interviewplanner.cli.pacific", "interviewplanner.gui")
"""What ``interviewer list`` and ``busy`` on an existing SQLite store at the current schema have
no use for: the standard library's sqlite3 reads it (``storage.quick``), not SQLAlchemy."""


def _loaded(*argv: str, env: dict[str, str] | None = None) -> set[str]:
    done = subprocess.run([sys.executable, "-c", CHILD, *argv], check=False, capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})
    assert MARK in done.stderr, done.stderr
    return set(done.stderr.split(MARK, 1)[1].split())


def _offending(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden))


def test_help_imports_no_store_calendar_network_or_handler() -> None:
    loaded = _loaded("--help")
    assert "interviewplanner.cli.parser" in loaded  # the child did run the command line
    assert _offending(loaded, NOT_FOR_HELP) == [], "--help imported these"


def test_a_mistyped_command_imports_no_handler() -> None:
    assert _offending(_loaded("interviewer", "lst"), NOT_FOR_HELP) == []


@pytest.fixture(scope="module")
def store_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An SQLite store, migrated and holding one interviewer, named by the environment."""
    path: Path = tmp_path_factory.mktemp("startup") / "store.db"
    env = {"INTERVIEWPLANNER_DB": str(path)}
    subprocess.run([sys.executable, "-m", "interviewplanner", "interviewer", "add", "--name",
                    "Sato", "--email", "sato@example.com", "--tz", "Asia/Tokyo"],
                   env={**os.environ, **env}, check=True, capture_output=True, timeout=120)
    return env


@pytest.mark.parametrize("argv", [
    ("interviewer", "list"),
    ("busy", "--interviewer", "sato@example.com", "--from", "2027-03-01", "--to", "2027-03-08"),
])
def test_reads_import_only_the_store(argv: tuple[str, ...], store_env: dict[str, str]) -> None:
    loaded = _loaded(*argv, env=store_env)
    assert "interviewplanner.storage.quick" in loaded
    assert _offending(loaded, NOT_FOR_READS) == [], f"{' '.join(argv)} imported these"


def _parser_commands() -> set[str]:
    """Every command the parser accepts, ``"interviewer list"`` for a grouped one."""
    def actions(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}

    found = set()
    for name, sub in actions(build_parser()).items():
        inner = actions(sub)
        found |= {f"{name} {a}" for a in inner} if inner else {name}
    return found


def test_every_command_has_a_handler_and_every_handler_a_command() -> None:
    assert set(COMMANDS) == _parser_commands()
    for command in COMMANDS:
        assert callable(handler(command)), command
