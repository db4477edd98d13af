"""Team mode in the store, on both back-ends: who saved what (versions), the change log, one
writer at a time, a newer schema refused, and passwords kept out of every error."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from interviewplanner.core.intervals import Interval
from interviewplanner.core.model import Interviewer
from interviewplanner.storage import Store, StoreError, db, open_store
from interviewplanner.storage.changes import kinds_of
from interviewplanner.storage.errors import StoreErrorCode

T0 = datetime(2031, 3, 3, tzinfo=UTC)


def _add(store: Store, email: str = "kim@example.com") -> Interviewer:
    with store.write() as uow:
        return uow.interviewers.add(Interviewer(email, "Kim", "UTC"))


def test_each_save_raises_the_version_and_names_who_saved(store_url: str) -> None:
    with open_store(store_url, actor="hanako") as hanako, open_store(store_url, actor="ken") as ken:
        kim = _add(hanako)
        assert kim.version == 1
        with ken.write() as uow:
            assert kim.id is not None
            again = uow.interviewers.update(replace(kim, name="Kim Lee"))
            saved = uow.interviewers.saved(kim.id)
        assert again.version == 2 and saved is not None
        assert (saved.version, saved.by) == (2, "ken")
        assert saved.at is not None and abs(saved.at - datetime.now(UTC)) < timedelta(minutes=1)
        with hanako.write() as uow:
            assert uow.templates.save("panel", {"sessions": []}, T0) == 1
        with ken.write() as uow:
            assert uow.templates.save("panel", {"sessions": [1]}, T0) == 2
            template = uow.templates.saved("panel")
        assert template is not None and (template.version, template.by) == (2, "ken")


def test_the_version_is_not_part_of_equality(store: Store) -> None:
    kim = _add(store)
    assert replace(kim, version=7) == kim


def test_a_committed_write_is_logged_with_its_kinds_author_and_origin(store_url: str) -> None:
    with open_store(store_url, actor="hanako") as store:
        before = _last(store)
        kim = _add(store)
        assert kim.id is not None
        with store.write() as uow:
            uow.busy.replace_source(kim.id, "work.ics", [Interval(T0, T0 + timedelta(hours=1))],
                                    None, 1, [])
        with store.write() as uow:
            uow.templates.save("panel", {}, T0)
        with store.read() as uow:
            logged = uow.log.after(before)
    assert [sorted(c.kinds) for c in logged] == [["roster"], ["busy", "sources"], ["templates"]]
    assert {c.by for c in logged} == {"hanako"} and {c.origin for c in logged} == {store.origin}
    assert [c.id for c in logged] == sorted(c.id for c in logged)


def test_rolled_back_and_empty_writes_are_not_logged(store: Store) -> None:
    before = _last(store)
    with pytest.raises(RuntimeError), store.write() as uow:
        uow.interviewers.add(Interviewer("kim@example.com", "Kim", "UTC"))
        raise RuntimeError("changed my mind")
    with store.write() as uow:
        uow.interviewers.list()
    assert _last(store) == before


def test_unknown_tables_count_as_every_kind() -> None:
    assert kinds_of({"bookings", "booking_events"}) == {"bookings"}
    assert kinds_of({"store_changes", "app_state"}) == frozenset()
    assert kinds_of({"something_new"}) == {"roster", "busy", "bookings", "settings", "templates",
                                           "sources"}


def test_a_writer_waits_for_the_other_and_then_sees_its_commit(store: Store) -> None:
    """Also on PostgreSQL: writers queue on one lock, as SQLite's BEGIN IMMEDIATE makes them."""
    inside, seen, errors = threading.Event(), [], []

    def first() -> None:
        with store.write() as uow:
            inside.set()
            time.sleep(0.3)
            uow.interviewers.add(Interviewer("first@example.com", "First", "UTC"))

    def second() -> None:
        try:
            inside.wait(10)
            with store.write() as uow:
                seen.append([p.email for p in uow.interviewers.list()])
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == [] and seen == [["first@example.com"]]


def test_a_writer_held_up_too_long_gets_busy(store_url: str, backend: str) -> None:
    with (open_store(store_url, busy_timeout=0.3) as store, store.write(),
          open_store(store_url, busy_timeout=0.3) as other):
        started = time.perf_counter()
        with pytest.raises(StoreError) as caught, other.write():
            pass
    assert caught.value.code is StoreErrorCode.BUSY, backend
    assert time.perf_counter() - started < 5


def test_a_newer_schema_is_refused_on_both_back_ends(store_url: str) -> None:
    with open_store(store_url) as store, store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError) as caught:
        open_store(store_url)
    assert caught.value.code is StoreErrorCode.NEWER_SCHEMA
    assert caught.value.fields["found"] == "9999"


def _last(store: Store) -> int:
    with store.read() as uow:
        return uow.log.last()


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://planner:s3cr%40t@127.0.0.1:1/planner",
    "postgresql+psycopg://planner:s3cr@t@127.0.0.1:1/planner",
])
def test_a_password_never_reaches_an_error(url: str) -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert caught.value.code is StoreErrorCode.UNREACHABLE
    assert "s3cr" not in str(caught.value) and "***" in caught.value.fields["where"]


def test_the_faces_mask_passwords_as_the_store_does() -> None:
    from interviewplanner.config import mask_password, split_password, with_password
    from interviewplanner.storage.errors import hide_password

    for url in ("postgresql+psycopg://u:p@ss@h:5/db", "postgresql://u:s%40x@h/db?sslmode=require",
                "postgresql://u@h/db", "sqlite:////tmp/x.db", "/tmp/x.db"):
        assert mask_password(url) == hide_password(url)
        bare, password = split_password(url)
        assert ":***@" not in bare and (password == "" or password not in mask_password(url))
        assert split_password(with_password(bare, "p@ss/word"))[1] == ("p@ss/word" if "@" in bare
                                                                        else "")


def test_an_older_database_upgrades_in_place_on_both_back_ends(
    empty_database: Callable[[], str]
) -> None:
    from alembic import command

    from interviewplanner.storage.db import alembic_config, make_engine, migration_connection

    url = empty_database()
    engine = make_engine(url)
    with migration_connection(engine) as connection:
        command.upgrade(alembic_config(connection), "0003")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO interviewers (email, name, timezone, no_day_limit, no_week_limit) "
            "VALUES ('kim@example.com', 'Kim', 'UTC', false, false)"))
        connection.execute(text(
            "INSERT INTO interviewer_emails (interviewer_id, address, address_key, is_primary) "
            "SELECT id, email, email, true FROM interviewers"))
    engine.dispose()
    with open_store(url, actor="Hanako") as store:
        assert store.schema_revision() == db.head_revision()
        kim = roster_get(store, "kim@example.com")
        assert (kim.name, kim.version) == ("Kim", 1)
        with store.write() as uow:
            assert kim.id is not None
            uow.interviewers.update(replace(kim, name="Kim Lee"))
            saved = uow.interviewers.saved(kim.id)
    assert saved is not None and (saved.version, saved.by) == (2, "Hanako")


def roster_get(store: Store, email: str) -> Interviewer:
    with store.read() as uow:
        found = uow.interviewers.get_by_email(email)
    assert found is not None
    return found
