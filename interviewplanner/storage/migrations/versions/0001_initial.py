"""Initial schema: company settings, interviewers, e-mail addresses, pools, calendar sources,
busy intervals.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Migrations are frozen in time: they use plain SQLAlchemy types, never the app's classes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

_UTC = sa.DateTime(timezone=True)  # stored as UTC by interviewplanner.storage.types.UTCDateTime


def _interviewer_fk(table: str) -> sa.ForeignKeyConstraint:
    """The cascading foreign key from ``table.interviewer_id`` to ``interviewers.id``."""
    return sa.ForeignKeyConstraint(
        ["interviewer_id"], ["interviewers.id"],
        name=op.f(f"fk_{table}_interviewer_id_interviewers"), ondelete="CASCADE",
    )


def _create_settings() -> None:
    op.create_table(
        "company_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.Time(), nullable=False),
        sa.Column("window_end", sa.Time(), nullable=False),
        sa.Column("core_start", sa.Time(), nullable=False),
        sa.Column("core_end", sa.Time(), nullable=False),
        sa.Column("core_only", sa.Boolean(), nullable=False),
        sa.Column("lunch_start", sa.Time(), nullable=False),
        sa.Column("lunch_end", sa.Time(), nullable=False),
        sa.Column("lunch_minutes", sa.Integer(), nullable=False),
        sa.Column("working_days", sa.JSON(), nullable=False),
        sa.Column("max_per_day", sa.Integer(), nullable=True),
        sa.Column("max_per_week", sa.Integer(), nullable=True),
        sa.Column("buffer_minutes", sa.Integer(), nullable=False),
        sa.Column("closures", sa.JSON(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_company_settings_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_settings")),
    )


def _create_interviewers() -> None:
    op.create_table(
        "interviewers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("window_start", sa.Time(), nullable=True),
        sa.Column("window_end", sa.Time(), nullable=True),
        sa.Column("core_start", sa.Time(), nullable=True),
        sa.Column("core_end", sa.Time(), nullable=True),
        sa.Column("core_only", sa.Boolean(), nullable=True),
        sa.Column("lunch_start", sa.Time(), nullable=True),
        sa.Column("lunch_end", sa.Time(), nullable=True),
        sa.Column("lunch_minutes", sa.Integer(), nullable=True),
        sa.Column("working_days", sa.JSON(), nullable=True),
        sa.Column("max_per_day", sa.Integer(), nullable=True),
        sa.Column("max_per_week", sa.Integer(), nullable=True),
        sa.Column("no_day_limit", sa.Boolean(), nullable=False),
        sa.Column("no_week_limit", sa.Boolean(), nullable=False),
        sa.Column("buffer_minutes", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviewers")),
        sa.UniqueConstraint("email", name=op.f("uq_interviewers_email")),
    )
    op.create_table(
        "interviewer_emails",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interviewer_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("address_key", sa.String(length=320), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        _interviewer_fk("interviewer_emails"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviewer_emails")),
        sa.UniqueConstraint("address_key", name=op.f("uq_interviewer_emails_address_key")),
    )
    op.create_index(
        op.f("ix_interviewer_emails_interviewer_id"), "interviewer_emails", ["interviewer_id"]
    )


def _create_pools() -> None:
    op.create_table(
        "pools",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pools")),
        sa.UniqueConstraint("name", name=op.f("uq_pools_name")),
    )
    op.create_table(
        "pool_members",
        sa.Column("interviewer_id", sa.Integer(), nullable=False),
        sa.Column("pool_id", sa.Integer(), nullable=False),
        _interviewer_fk("pool_members"),
        sa.ForeignKeyConstraint(
            ["pool_id"], ["pools.id"], name=op.f("fk_pool_members_pool_id_pools"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interviewer_id", "pool_id", name=op.f("pk_pool_members")),
    )
    op.create_index(op.f("ix_pool_members_pool_id"), "pool_members", ["pool_id"])


def _create_calendar() -> None:
    op.create_table(
        "calendar_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interviewer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=1024), nullable=False),
        sa.Column("imported_at", _UTC, nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("keep_titles", sa.Boolean(), nullable=False),
        _interviewer_fk("calendar_sources"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_sources")),
        sa.UniqueConstraint(
            "interviewer_id", "name", name=op.f("uq_calendar_sources_interviewer_id_name")
        ),
    )
    op.create_table(
        "busy_intervals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("interviewer_id", sa.Integer(), nullable=False),
        sa.Column("start_utc", _UTC, nullable=False),
        sa.Column("end_utc", _UTC, nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.CheckConstraint("end_utc >= start_utc", name=op.f("ck_busy_intervals_ordered")),
        _interviewer_fk("busy_intervals"),
        sa.ForeignKeyConstraint(
            ["source_id"], ["calendar_sources.id"],
            name=op.f("fk_busy_intervals_source_id_calendar_sources"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_busy_intervals")),
    )
    op.create_index(
        "ix_busy_intervals_interviewer_id_start_utc",
        "busy_intervals", ["interviewer_id", "start_utc"],
    )
    op.create_index(op.f("ix_busy_intervals_source_id"), "busy_intervals", ["source_id"])


def upgrade() -> None:
    """Create every table of the first release."""
    _create_settings()
    _create_interviewers()
    _create_pools()
    _create_calendar()


def downgrade() -> None:
    """Drop every table of the first release (children first)."""
    for table in (
        "busy_intervals", "calendar_sources", "pool_members", "pools",
        "interviewer_emails", "interviewers", "company_settings",
    ):
        op.drop_table(table)
