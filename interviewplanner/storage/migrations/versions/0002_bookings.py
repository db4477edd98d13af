"""Bookings (sessions, attendees, history) and saved plan templates.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Migrations are frozen in time: they use plain SQLAlchemy types, never the app's classes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

_UTC = sa.DateTime(timezone=True)  # stored as UTC by interviewplanner.storage.types.UTCDateTime


def _create_templates() -> None:
    op.create_table(
        "plan_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("updated_at", _UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_plan_templates_name")),
    )


def _create_bookings() -> None:
    op.create_table(
        "bookings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("stamp", _UTC, nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("candidate_name", sa.String(length=200), nullable=False),
        sa.Column("candidate_email", sa.String(length=320), nullable=False),
        sa.Column("candidate_tz", sa.String(length=64), nullable=False),
        sa.Column("organizer_name", sa.String(length=200), nullable=False),
        sa.Column("organizer_email", sa.String(length=320), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
    )


def _create_sessions() -> None:
    op.create_table(
        "booking_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start_utc", _UTC, nullable=False),
        sa.Column("end_utc", _UTC, nullable=False),
        sa.CheckConstraint("end_utc > start_utc", name=op.f("ck_booking_sessions_ordered")),
        sa.ForeignKeyConstraint(["booking_id"], ["bookings.id"], ondelete="CASCADE",
                                name=op.f("fk_booking_sessions_booking_id_bookings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_sessions")),
        sa.UniqueConstraint("booking_id", "position",
                            name=op.f("uq_booking_sessions_booking_id_position")),
        sa.UniqueConstraint("uid", name=op.f("uq_booking_sessions_uid")),
    )
    op.create_index(op.f("ix_booking_sessions_start_utc"), "booking_sessions", ["start_utc"])


def _create_attendees_and_events() -> None:
    op.create_table(
        "booking_attendees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("interviewer_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["booking_sessions.id"], ondelete="CASCADE",
                                name=op.f("fk_booking_attendees_session_id_booking_sessions")),
        sa.ForeignKeyConstraint(["interviewer_id"], ["interviewers.id"], ondelete="SET NULL",
                                name=op.f("fk_booking_attendees_interviewer_id_interviewers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_attendees")),
    )
    op.create_index(op.f("ix_booking_attendees_session_id"), "booking_attendees", ["session_id"])
    op.create_index(op.f("ix_booking_attendees_interviewer_id"), "booking_attendees",
                    ["interviewer_id"])
    op.create_table(
        "booking_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.String(length=36), nullable=False),
        sa.Column("at", _UTC, nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["booking_id"], ["bookings.id"], ondelete="CASCADE",
                                name=op.f("fk_booking_events_booking_id_bookings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_events")),
    )
    op.create_index(op.f("ix_booking_events_booking_id"), "booking_events", ["booking_id"])


def upgrade() -> None:
    """Create the booking tables and the plan templates."""
    _create_templates()
    _create_bookings()
    _create_sessions()
    _create_attendees_and_events()


def downgrade() -> None:
    """Drop them again (children first)."""
    for table in ("booking_events", "booking_attendees", "booking_sessions", "bookings",
                  "plan_templates"):
        op.drop_table(table)
