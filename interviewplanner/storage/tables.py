"""The relational schema as SQLAlchemy 2.0 typed ORM classes.

These classes never leave :mod:`interviewplanner.storage`; :mod:`.mapping` converts them to
and from the frozen core dataclasses. The migrations in ``migrations/versions`` build exactly
this schema (a test compares the two). Bookings arrive in a later migration.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from interviewplanner.storage.types import UTCDateTime

#: Deterministic constraint names, so SQLite batch migrations can find and alter them.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

EMAIL_LENGTH = 320


class Base(DeclarativeBase):
    """Declarative base carrying the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SettingsRow(Base):
    """The company settings: one row (``id = 1``) with the default policy and the closures."""

    __tablename__ = "company_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_start: Mapped[time] = mapped_column(Time)
    window_end: Mapped[time] = mapped_column(Time)
    core_start: Mapped[time] = mapped_column(Time)
    core_end: Mapped[time] = mapped_column(Time)
    core_only: Mapped[bool] = mapped_column(Boolean)
    lunch_start: Mapped[time] = mapped_column(Time)
    lunch_end: Mapped[time] = mapped_column(Time)
    lunch_minutes: Mapped[int] = mapped_column(Integer)
    working_days: Mapped[list[int]] = mapped_column(JSON)
    max_per_day: Mapped[int | None] = mapped_column(Integer)  # NULL: no limit
    max_per_week: Mapped[int | None] = mapped_column(Integer)  # NULL: no limit
    buffer_minutes: Mapped[int] = mapped_column(Integer)
    closures: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    language: Mapped[str | None] = mapped_column(String(8))  # schema 0006; NULL: English


class InterviewerRow(Base):
    """An interviewer; every policy column is an override, NULL keeps the company default."""

    __tablename__ = "interviewers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(EMAIL_LENGTH), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(8))
    window_start: Mapped[time | None] = mapped_column(Time)
    window_end: Mapped[time | None] = mapped_column(Time)
    core_start: Mapped[time | None] = mapped_column(Time)
    core_end: Mapped[time | None] = mapped_column(Time)
    core_only: Mapped[bool | None] = mapped_column(Boolean)
    lunch_start: Mapped[time | None] = mapped_column(Time)
    lunch_end: Mapped[time | None] = mapped_column(Time)
    lunch_minutes: Mapped[int | None] = mapped_column(Integer)
    working_days: Mapped[list[int] | None] = mapped_column(JSON)
    max_per_day: Mapped[int | None] = mapped_column(Integer)
    max_per_week: Mapped[int | None] = mapped_column(Integer)
    no_day_limit: Mapped[bool] = mapped_column(Boolean, default=False)
    no_week_limit: Mapped[bool] = mapped_column(Boolean, default=False)
    buffer_minutes: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(8))  # schema 0006; NULL: the company's
    # Team mode (schema 0005): raised by every save, so a stale edit is refused; who saved last.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str | None] = mapped_column(String(200))
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class EmailRow(Base):
    """Every address of an interviewer, the primary one included, unique case-insensitively.

    ``address_key`` is the lower-cased address; its unique constraint is what stops an alias
    from being another interviewer's e-mail.
    """

    __tablename__ = "interviewer_emails"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interviewer_id: Mapped[int] = mapped_column(
        ForeignKey("interviewers.id", ondelete="CASCADE"), index=True
    )
    address: Mapped[str] = mapped_column(String(EMAIL_LENGTH))
    address_key: Mapped[str] = mapped_column(String(EMAIL_LENGTH), unique=True)
    is_primary: Mapped[bool] = mapped_column(Boolean)


class PoolRow(Base):
    """A named pool of interviewers (``backend``, ``hiring-managers``…)."""

    __tablename__ = "pools"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class PoolMemberRow(Base):
    """Membership of an interviewer in a pool (many-to-many)."""

    __tablename__ = "pool_members"

    interviewer_id: Mapped[int] = mapped_column(
        ForeignKey("interviewers.id", ondelete="CASCADE"), primary_key=True
    )
    pool_id: Mapped[int] = mapped_column(
        ForeignKey("pools.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class SourceRow(Base):
    """One calendar source of one interviewer: an imported file, an ICS feed or a CalDAV
    collection (``kind``). ``name`` is the file's path or the URL (never with a password).

    Feeds and collections (schema 0004) remember how to fetch them (``url``, ``username``, where
    the password is: ``password_env`` names an environment variable, ``password_keyring`` says
    the system keyring holds it; the password itself is never stored), what the server said last
    (``etag``, ``last_modified``) and the last attempt (``checked_at``, ``status``, ``error`` as a
    code with fields). ``imported_at`` is when busy time last landed (NULL: never yet).
    """

    __tablename__ = "calendar_sources"
    __table_args__ = (UniqueConstraint("interviewer_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interviewer_id: Mapped[int] = mapped_column(
        ForeignKey("interviewers.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(1024))
    imported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    events: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[list[str]] = mapped_column(JSON)
    keep_titles: Mapped[bool] = mapped_column(Boolean)
    kind: Mapped[str] = mapped_column(String(16), default="file", server_default="file")
    url: Mapped[str | None] = mapped_column(Text)
    username: Mapped[str | None] = mapped_column(String(200))
    password_env: Mapped[str | None] = mapped_column(String(200))
    password_keyring: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    etag: Mapped[str | None] = mapped_column(String(1024))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str | None] = mapped_column(String(16))
    error: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class BusyRow(Base):
    """A busy interval from an imported source; ``interviewer_id`` is copied for fast queries."""

    __tablename__ = "busy_intervals"
    __table_args__ = (
        CheckConstraint("end_utc >= start_utc", name="ordered"),
        Index("ix_busy_intervals_interviewer_id_start_utc", "interviewer_id", "start_utc"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("calendar_sources.id", ondelete="CASCADE"), index=True
    )
    interviewer_id: Mapped[int] = mapped_column(
        ForeignKey("interviewers.id", ondelete="CASCADE")
    )
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    title: Mapped[str | None] = mapped_column(Text)


class PlanTemplateRow(Base):
    """A named, reusable panel plan (the PLAN.json object of SPEC §7)."""

    __tablename__ = "plan_templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # schema 0005
    changed_by: Mapped[str | None] = mapped_column(String(200))


class BookingRow(Base):
    """A booked panel; ``sequence`` and ``stamp`` are the RFC 5546 version of its invites."""

    __tablename__ = "bookings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    stamp: Mapped[datetime] = mapped_column(UTCDateTime())
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    candidate_name: Mapped[str] = mapped_column(String(200))
    candidate_email: Mapped[str] = mapped_column(String(EMAIL_LENGTH))
    candidate_tz: Mapped[str] = mapped_column(String(64))
    organizer_name: Mapped[str] = mapped_column(String(200))
    organizer_email: Mapped[str] = mapped_column(String(EMAIL_LENGTH))
    location: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)


class BookingSessionRow(Base):
    """One session of a booking; ``uid`` stays the same across reschedules."""

    __tablename__ = "booking_sessions"
    __table_args__ = (
        CheckConstraint("end_utc > start_utc", name="ordered"),
        UniqueConstraint("booking_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text)
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime())


class BookingAttendeeRow(Base):
    """An interviewer (or shadow) of a booked session; name and zone are kept as booked."""

    __tablename__ = "booking_attendees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("booking_sessions.id", ondelete="CASCADE"), index=True
    )
    interviewer_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviewers.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(EMAIL_LENGTH))
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))  # "interviewer" or "shadow"


class BookingEventRow(Base):
    """The history of a booking: what changed and when, and the state it left the booking in."""

    __tablename__ = "booking_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    booking_id: Mapped[str] = mapped_column(
        ForeignKey("bookings.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text)
    state: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # see storage/booking_states.py
    by: Mapped[str | None] = mapped_column(String(200))  # the coordinator (schema 0005)


class BookingConflictRow(Base):
    """A rule a confirmed booking breaks now (conflict watch, schema 0004): which session, who,
    and the core's reason code with its day and detail. Replaced whole by every re-check."""

    __tablename__ = "booking_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    booking_id: Mapped[str] = mapped_column(
        ForeignKey("bookings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # the session's index in the booking
    interviewer: Mapped[str] = mapped_column(String(EMAIL_LENGTH))
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(32))
    day: Mapped[str | None] = mapped_column(String(10))  # ISO date of the rule's local day
    detail: Mapped[str] = mapped_column(Text, default="")
    need: Mapped[int] = mapped_column(Integer, default=0)
    found_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AppStateRow(Base):
    """Small named values the app keeps between runs (schema 0004), e.g. the time-zone database
    version the bookings were last checked with."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StoreChangeRow(Base):
    """One committed write (schema 0005): which kinds of data (``roster,bookings``), by whom, from
    which process. Open windows poll this log to show other coordinators' changes; it keeps only
    the latest rows (see :mod:`interviewplanner.storage.changes`)."""

    __tablename__ = "store_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(64))
    kinds: Mapped[str] = mapped_column(String(200))
