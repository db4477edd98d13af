"""UTCDateTime: aware in, aware UTC out, naive rejected, on the SQLite dialect and PostgreSQL's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import create_engine, literal, select
from sqlalchemy.dialects import postgresql, sqlite

from interviewplanner.storage.bulk import _utc_text
from interviewplanner.storage.types import UTCDateTime
from interviewplanner.storage.utc_text import SQLITE_TEXT_OF_SECONDS, to_text, whole_seconds

SQLITE = sqlite.base.SQLiteDialect()
POSTGRES = postgresql.base.PGDialect()


@pytest.mark.parametrize(
    "zone", ["Asia/Tokyo", "America/Los_Angeles", "Australia/Lord_Howe", "Pacific/Apia"]
)
def test_aware_input_is_stored_as_the_same_instant_in_utc(zone: str) -> None:
    local = datetime(2025, 3, 9, 10, 30, tzinfo=ZoneInfo(zone))
    stored = UTCDateTime().process_bind_param(local, SQLITE)
    assert stored == local.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    engine = create_engine("sqlite://")
    try:
        with engine.connect() as connection:
            back = connection.scalar(select(literal(local, UTCDateTime())))
    finally:
        engine.dispose()
    assert back == local
    assert back is not None and back.tzinfo is UTC


def test_postgres_keeps_the_offset_as_utc() -> None:
    value = datetime(2025, 1, 1, 9, tzinfo=timezone(timedelta(hours=9)))
    stored = UTCDateTime().process_bind_param(value, POSTGRES)
    assert stored is not None and stored.tzinfo is UTC and stored == value


def test_naive_datetime_is_rejected() -> None:
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2025, 1, 1, 9), SQLITE)  # noqa: DTZ001  # the point of the test


def test_none_passes_through() -> None:
    assert UTCDateTime().process_bind_param(None, SQLITE) is None
    assert UTCDateTime().process_result_value(None, SQLITE) is None


def test_an_aware_result_is_converted_to_utc() -> None:
    value = datetime(2025, 1, 1, 9, tzinfo=timezone(timedelta(hours=9)))
    back = UTCDateTime().process_result_value(value, POSTGRES)
    assert back == value and back is not None and back.tzinfo is UTC


NAIVE_MIN, NAIVE_MAX = datetime(1, 1, 2), datetime(9999, 12, 30)  # noqa: DTZ001  # hypothesis' bounds


@given(st.datetimes(min_value=NAIVE_MIN, max_value=NAIVE_MAX,
                    timezones=st.sampled_from([UTC, ZoneInfo("Asia/Tokyo"),
                                               ZoneInfo("America/St_Johns"),
                                               timezone(timedelta(hours=-3, minutes=-30))])))
def test_bulk_inserts_write_the_same_text(value: datetime) -> None:
    """The bulk path (storage/bulk.py) converts on its own; it must write what the type writes."""
    assert _utc_text(value) == UTCDateTime().process_bind_param(value, SQLITE)
    assert _utc_text(value) == value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f").rjust(26, "0")


def test_bulk_inserts_refuse_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        _utc_text(datetime(2025, 1, 1, 9))  # noqa: DTZ001  # naive on purpose
    assert _utc_text(None) is None


ZONES = st.sampled_from([UTC, ZoneInfo("Asia/Tokyo"), timezone(timedelta(hours=-3, minutes=-30))])


@given(st.lists(st.datetimes(min_value=NAIVE_MIN, max_value=NAIVE_MAX, timezones=ZONES),
                max_size=30), st.booleans())
def test_many_instants_get_the_texts_of_one(values: list[datetime], whole: bool) -> None:
    """SQLite's own text of second counts is what to_text writes, one by one."""
    if whole:
        values = [v.replace(microsecond=0) for v in values]
    expected = [to_text(v) for v in values]
    seconds = whole_seconds(values)
    if not values or any(v.tzinfo is not UTC or v.microsecond for v in values):
        assert seconds is None
        return
    assert seconds is not None
    import sqlite3

    with sqlite3.connect(":memory:") as raw:
        made = [raw.execute(f"SELECT {SQLITE_TEXT_OF_SECONDS}", (s,)).fetchone()[0]
                for s in seconds]
    assert made == expected
