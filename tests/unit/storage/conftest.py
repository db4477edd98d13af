"""Fixtures for the storage tests: a fresh database per test, built by the migrations.

``store`` runs each test on both back-ends (SQLite and PostgreSQL, ``tests/backends.py``);
``db_path`` and ``db_url`` are an SQLite file for the tests of SQLite's own behaviour.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewplanner.core.model import Interviewer
from interviewplanner.services import roster
from interviewplanner.storage import Store, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where this test's SQLite file lives."""
    return tmp_path / "planner.db"


@pytest.fixture
def db_url(db_path: Path) -> str:
    """The SQLAlchemy URL of this test's SQLite file."""
    return f"sqlite:///{db_path}"


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A fresh store on each back-end (migrations run on open), closed after the test."""
    opened = open_store(store_url, busy_timeout=5.0)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sato(store: Store) -> Interviewer:
    """One stored interviewer in Tokyo."""
    with store.write() as uow:
        return uow.interviewers.add(
            Interviewer("sato@example.com", "佐藤 花子", "Asia/Tokyo", country="JP")
        )


@pytest.fixture
def ken_file(db_path: Path) -> Path:
    """An SQLite file at the current schema holding one interviewer, Ken (Tokyo)."""
    with open_store(f"sqlite:///{db_path}") as full:
        roster.add_interviewer(full, roster.new_interviewer(
            name="Ken", email="ken@example.com", timezone="Asia/Tokyo", country="JP"))
    return db_path
