"""Fixtures for driving the command line in-process against a fresh database.

``cli`` runs each test on both back-ends: an SQLite file given as a path (``db_path``), and the
throw-away PostgreSQL server's database given as a URL (``tests/backends.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from interviewplanner.cli.main import main


@dataclass
class Result:
    """What one CLI call printed and returned."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        """The one JSON document on stdout."""
        return json.loads(self.out)


Cli = Callable[..., Result]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file that does not exist yet (the CLI creates it by migrating)."""
    return tmp_path / "store.db"


@pytest.fixture
def db_target(backend: str, db_path: Path, store_url: str) -> str:
    """What ``--db`` names: the SQLite file's path, or the PostgreSQL URL."""
    return str(db_path) if backend == "sqlite" else store_url


@pytest.fixture
def cli(db_target: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``interviewplanner --db <fresh db> ARGS...`` and capture its output."""

    def run(*args: str) -> Result:
        capsys.readouterr()
        code = main(["--db", db_target, *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
