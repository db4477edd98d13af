"""Opening a store: pragmas, migrations and backups, clear errors, two writers at once."""

from __future__ import annotations

import argparse
import importlib.util
import io
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.storage import Store, StoreError, db, open_store
from interviewplanner.storage.tables import Base

SHIPPED_MIGRATIONS = db.MIGRATIONS_DIR
_SHIPPED_HEAD = db.head_revision()

_EXTRA_MIGRATION = '''"""Test-only revision: recreate the interviewers table (batch) with one more column."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("interviewers", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


def downgrade():
    with op.batch_alter_table("interviewers", recreate="always") as batch:
        batch.drop_column("nickname")
'''


def _scalar(path: Path, sql: str) -> object:
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute(sql).fetchone()
        assert row is not None
        return row[0]


def _add(store: Store, email: str) -> None:
    with store.write() as uow:
        uow.interviewers.add(Interviewer(email, email.split("@", maxsplit=1)[0], "UTC"))


def _emails(store: Store) -> list[str]:
    with store.read() as uow:
        return sorted(p.email for p in uow.interviewers.list())


@pytest.fixture
def sqlite_store(db_url: str) -> Iterator[Store]:
    """A fresh SQLite store (for what only SQLite does: pragmas, files, backups)."""
    with open_store(db_url, busy_timeout=5.0) as opened:
        yield opened


def test_pragmas_are_on_for_every_connection(sqlite_store: Store) -> None:
    store = sqlite_store
    connections = [store.engine.connect() for _ in range(2)]  # two pooled connections
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        for connection in connections:
            connection.close()


def test_migrations_build_exactly_the_orm_schema(store: Store) -> None:
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    assert store.schema_revision() == db.head_revision()


def test_reopening_keeps_the_data_and_makes_no_backup(
    sqlite_store: Store, db_url: str, db_path: Path
) -> None:
    store = sqlite_store
    _add(store, "a@example.com")
    store.close()
    with open_store(db_url) as again:
        assert _emails(again) == ["a@example.com"]
    assert list(db_path.parent.glob("*.bak-*")) == []


def test_in_memory_store_works() -> None:
    with open_store("sqlite://") as memory:
        _add(memory, "a@example.com")
        assert _emails(memory) == ["a@example.com"]


@pytest.fixture
def newer_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped migrations plus a test-only revision 9999, made the app's."""
    target = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    extra = _EXTRA_MIGRATION.replace("{head}", db.head_revision())
    (target / "versions" / "9999_test_nickname.py").write_text(extra, "utf-8")
    monkeypatch.setattr(db, "MIGRATIONS_DIR", target)
    return target


def _fill(url: str) -> None:
    """Store an interviewer with an alias, a pool and busy time (children of interviewers)."""
    start = datetime(2025, 1, 6, 1, tzinfo=UTC)
    with open_store(url) as old, old.write() as uow:
        person = uow.interviewers.add(
            Interviewer("a@example.com", "A", "UTC", aliases=("b@example.com",), pools=("sre",))
        )
        assert person.id is not None
        uow.busy.replace_source(
            person.id, "a.ics", [Interval(start, start + timedelta(hours=1))], None, 1, []
        )


def test_an_older_database_is_backed_up_then_upgraded_without_loss(
    db_url: str, db_path: Path, newer_migrations: Path
) -> None:
    with closing(sqlite3.connect(db_path)) as holder:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(db, "MIGRATIONS_DIR", SHIPPED_MIGRATIONS)
            _fill(db_url)  # written at the shipped head
            # an open reader keeps the next commit in the WAL file, not in the main file
            holder.execute("SELECT count(*) FROM sqlite_master").fetchall()
            _add_and_close(db_url, "c@example.com")
        assert Path(f"{db_path}-wal").stat().st_size > 0
        with open_store(db_url) as upgraded:  # this app knows 9999 (newer_migrations)
            _check_upgrade(upgraded, db_path)


def _add_and_close(url: str, email: str) -> None:
    with open_store(url) as store:
        _add(store, email)


def _check_upgrade(upgraded: Store, db_path: Path) -> None:
    assert upgraded.schema_revision() == "9999"
    with upgraded.read() as uow:
        person = uow.interviewers.get_by_email("b@example.com")
        assert person is not None and person.id is not None and person.pools == ("sre",)
        assert len(uow.busy.busy_between(person.id, *_year())) == 1
        assert uow.busy.sources(person.id)[0].busy_intervals == 1
    backup = db_path.with_name(f"{db_path.name}.bak-{_SHIPPED_HEAD}")
    assert _scalar(backup, "SELECT version_num FROM alembic_version") == _SHIPPED_HEAD
    assert _scalar(backup, "SELECT count(*) FROM interviewers") == 2  # WAL content included
    assert _scalar(backup, "PRAGMA integrity_check") == "ok"


def _year() -> tuple[datetime, datetime]:
    return datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)


def test_a_newer_schema_is_refused(db_url: str, db_path: Path) -> None:
    with open_store(db_url):
        pass
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    with pytest.raises(StoreError, match="newer_schema"):
        open_store(db_url)


def test_a_file_that_is_not_a_database_is_refused(db_path: Path, db_url: str) -> None:
    db_path.write_text("<html>login</html>\n" * 100, "utf-8")
    with pytest.raises(StoreError, match="not_a_database"):
        open_store(db_url)


def test_a_foreign_sqlite_database_is_refused(db_path: Path, db_url: str) -> None:
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.commit()
    with pytest.raises(StoreError, match="other_tables"):
        open_store(db_url)


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not_writable"):
        open_store(f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'x.db'}")


def test_bad_urls_and_missing_drivers_are_clear_errors() -> None:
    with pytest.raises(StoreError, match="bad_url"):
        open_store("not a url")
    if importlib.util.find_spec("psycopg") is None:
        with pytest.raises(StoreError) as caught:
            open_store("postgresql+psycopg://planner:secret@localhost/planner")
        assert "secret" not in str(caught.value)


def test_a_locked_database_raises_store_error_after_the_timeout(db_url: str, db_path: Path) -> None:
    with open_store(db_url, busy_timeout=0.2) as store:
        _add(store, "a@example.com")
        with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            started = time.monotonic()
            with pytest.raises(StoreError, match="busy"), store.write():
                pass
            assert time.monotonic() - started >= 0.15
            assert _emails(store) == ["a@example.com"]  # readers are not blocked (WAL)
            other.execute("ROLLBACK")
        _add(store, "b@example.com")


def test_opening_a_locked_new_database_raises_store_error(db_url: str, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreError, match="busy"):
            open_store(db_url, busy_timeout=0.2)
        other.execute("ROLLBACK")


def test_two_writers_at_once_both_succeed_one_after_the_other(store: Store) -> None:
    first_inside = threading.Event()
    seen_by_second: list[list[str]] = []
    errors: list[BaseException] = []

    def first() -> None:
        with store.write() as uow:
            uow.interviewers.list()  # read, then write: a lock upgrade with a plain BEGIN
            first_inside.set()
            time.sleep(0.3)  # the second writer is now waiting on BEGIN IMMEDIATE
            uow.interviewers.add(Interviewer("first@example.com", "First", "UTC"))

    def second() -> None:
        first_inside.wait(timeout=10)
        with store.write() as uow:
            seen_by_second.append([p.email for p in uow.interviewers.list()])
            uow.interviewers.add(Interviewer("second@example.com", "Second", "UTC"))

    threads = [threading.Thread(target=_recording(job, errors)) for job in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == [] and not any(thread.is_alive() for thread in threads)
    assert seen_by_second == [["first@example.com"]]  # it began after the first committed
    assert _emails(store) == ["first@example.com", "second@example.com"]


def _recording(job: Callable[[], None], errors: list[BaseException]) -> Callable[[], None]:
    """Wrap ``job`` so that an exception in its thread is kept for the test to report."""

    def run() -> None:
        try:
            job()
        except BaseException as exc:  # handed to the test's assertion
            errors.append(exc)

    return run


def test_the_migrations_render_for_postgresql() -> None:
    """Offline mode prints PostgreSQL DDL: nothing SQLite-only hides in the migrations."""
    buffer = io.StringIO()
    config = db.alembic_config()
    config.output_buffer = buffer
    config.cmd_opts = argparse.Namespace(x=["url=postgresql://planner@localhost/planner"])
    command.upgrade(config, "head", sql=True)
    sql = buffer.getvalue()
    assert "start_utc TIMESTAMP WITH TIME ZONE NOT NULL" in sql
    assert "ON DELETE CASCADE" in sql and "PRAGMA" not in sql


def test_quick_head_agrees_with_alembic() -> None:
    # open_store skips importing Alembic when the stamped revision is the head read from the
    # migration files; that shortcut must name the same head Alembic computes.
    assert db._quick_head() == db.head_revision()


def test_opening_a_current_database_does_not_import_alembic(db_path: Path) -> None:
    with open_store(f"sqlite:///{db_path}"):
        pass
    code = ("import sys; from interviewplanner.storage import open_store; "
            f"open_store({f'sqlite:///{db_path}'!r}).close(); "
            "sys.exit(1 if any(m.startswith('alembic') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
