"""Live calendars (SPEC §9): sources with a URL, the conflict watch, and a small app state.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

Migrations are frozen in time: they use plain SQLAlchemy types, never the app's classes.
``calendar_sources`` gains how to fetch a feed or CalDAV collection (never a password: only the
name of an environment variable, or a flag saying the system keyring holds it), what the server
said last and the last attempt; ``imported_at`` becomes nullable (a subscribed source that was
never refreshed has landed nothing yet). Existing rows are files (``kind = 'file'``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

_UTC = sa.DateTime(timezone=True)  # stored as UTC by interviewplanner.storage.types.UTCDateTime


def _extend_sources() -> None:
    with op.batch_alter_table("calendar_sources") as batch:
        batch.alter_column("imported_at", existing_type=_UTC, nullable=True)
        batch.add_column(sa.Column("kind", sa.String(length=16), nullable=False,
                                   server_default="file"))
        batch.add_column(sa.Column("url", sa.Text(), nullable=True))
        batch.add_column(sa.Column("username", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("password_env", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("password_keyring", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("etag", sa.String(length=1024), nullable=True))
        batch.add_column(sa.Column("last_modified", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("checked_at", _UTC, nullable=True))
        batch.add_column(sa.Column("status", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("error", sa.JSON(), nullable=True))


def _create_conflicts() -> None:
    op.create_table(
        "booking_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("interviewer", sa.String(length=320), nullable=False),
        sa.Column("start_utc", _UTC, nullable=False),
        sa.Column("end_utc", _UTC, nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("need", sa.Integer(), nullable=False),
        sa.Column("found_at", _UTC, nullable=False),
        sa.ForeignKeyConstraint(["booking_id"], ["bookings.id"], ondelete="CASCADE",
                                name=op.f("fk_booking_conflicts_booking_id_bookings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_conflicts")),
    )
    op.create_index(op.f("ix_booking_conflicts_booking_id"), "booking_conflicts", ["booking_id"])


def upgrade() -> None:
    """Extend ``calendar_sources``; create ``booking_conflicts`` and ``app_state``."""
    _extend_sources()
    _create_conflicts()
    op.create_table(
        "app_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_state")),
    )


def downgrade() -> None:
    """Drop the new tables and columns (a never-refreshed source gets a start-of-epoch time)."""
    op.drop_table("app_state")
    op.drop_index(op.f("ix_booking_conflicts_booking_id"), table_name="booking_conflicts")
    op.drop_table("booking_conflicts")
    op.execute("UPDATE calendar_sources SET imported_at = '1970-01-01 00:00:00.000000' "
               "WHERE imported_at IS NULL")
    with op.batch_alter_table("calendar_sources") as batch:
        for column in ("error", "status", "checked_at", "last_modified", "etag",
                       "password_keyring", "password_env", "username", "url", "kind"):
            batch.drop_column(column)
        batch.alter_column("imported_at", existing_type=_UTC, nullable=False)
