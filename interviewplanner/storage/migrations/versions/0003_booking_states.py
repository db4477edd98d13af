"""Each line of a booking's history keeps the state the booking was left in (for undo).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

Migrations are frozen in time: they use plain SQLAlchemy types, never the app's classes.
Existing history lines get no state (NULL): the changes they record cannot be undone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add ``booking_events.state`` (JSON, nullable)."""
    with op.batch_alter_table("booking_events") as batch:
        batch.add_column(sa.Column("state", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Drop the column again."""
    with op.batch_alter_table("booking_events") as batch:
        batch.drop_column("state")
