"""Each reader's language (SPEC §11): an interviewer's, and the company's default.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

Migrations are frozen in time: they use plain SQLAlchemy types, never the app's classes.
``interviewers.language`` ("en", "ja"; NULL keeps the company's) and
``company_settings.language`` (NULL reads as English) are new, nullable columns: existing rows
keep writing English, as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add the two nullable language columns."""
    with op.batch_alter_table("interviewers") as batch:
        batch.add_column(sa.Column("language", sa.String(length=8), nullable=True))
    with op.batch_alter_table("company_settings") as batch:
        batch.add_column(sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    """Drop them again."""
    with op.batch_alter_table("company_settings") as batch:
        batch.drop_column("language")
    with op.batch_alter_table("interviewers") as batch:
        batch.drop_column("language")
