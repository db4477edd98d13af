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
    """One imported calendar source (a file path) of one interviewer."""

    __tablename__ = "calendar_sources"
    __table_args__ = (UniqueConstraint("interviewer_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interviewer_id: Mapped[int] = mapped_column(
        ForeignKey("interviewers.id", ondelete="CASCADE")
    )
    name: Mapped[str] = mapped_column(String(1024))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    events: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[list[str]] = mapped_column(JSON)
    keep_titles: Mapped[bool] = mapped_column(Boolean)


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
