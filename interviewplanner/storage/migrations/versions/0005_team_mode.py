"""Team mode (SPEC §10): who changed what, version columns, and the change log other windows poll.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Migrations are frozen in time: they use plain SQLAlchemy types, never the app's classes.
``interviewers`` and ``plan_templates`` get a ``version`` (1 for existing rows, raised by every
save: a stale edit is refused) and who saved them last; ``booking_events`` gets ``by`` (the
coordinator; NULL for lines written before); ``store_changes`` is the short log of committed
writes (what kinds of data, by whom, from which process) that open windows poll.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

_UTC = sa.DateTime(timezone=True)  # stored as UTC by interviewplanner.storage.types.UTCDateTime


def upgrade() -> None:
    """Add the version and author columns; create ``store_changes``."""
    with op.batch_alter_table("interviewers") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("changed_by", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("changed_at", _UTC, nullable=True))
    with op.batch_alter_table("plan_templates") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("changed_by", sa.String(length=200), nullable=True))
    with op.batch_alter_table("booking_events") as batch:
        batch.add_column(sa.Column("by", sa.String(length=200), nullable=True))
    op.create_table(
        "store_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", _UTC, nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("kinds", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_changes")),
    )


def downgrade() -> None:
    """Drop what :func:`upgrade` added."""
    op.drop_table("store_changes")
    with op.batch_alter_table("booking_events") as batch:
        batch.drop_column("by")
    with op.batch_alter_table("plan_templates") as batch:
        batch.drop_column("changed_by")
        batch.drop_column("version")
    with op.batch_alter_table("interviewers") as batch:
        batch.drop_column("changed_at")
        batch.drop_column("changed_by")
        batch.drop_column("version")
