"""Editors' corrections (decision 0032): a table of corrections of a section's kind or a fact's
value beside each version, and the digest of the corrections applied to a version's derived
rows, which caches of comparisons key on.

Revision ID: 0006_editor_corrections
Revises: 0005_holding_under_load
Create Date: 2026-12-03 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_editor_corrections"
down_revision: str | None = "0005_holding_under_load"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("corrections_key", sa.String(length=64), server_default="", nullable=False)
        )
    op.create_table(
        "editor_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("fact_key", sa.String(length=100), nullable=True),
        sa.Column("section_start", sa.Integer(), nullable=True),
        sa.Column("section_heading", sa.Text(), nullable=True),
        sa.Column("section_opening", sa.Text(), nullable=True),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("original", sa.JSON(), nullable=False),
        sa.Column("applies", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("corrected_by", sa.String(), nullable=False),
        sa.Column("corrected_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["versions.id"],
            name=op.f("fk_editor_corrections_version_id_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editor_corrections")),
    )
    with op.batch_alter_table("editor_corrections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_editor_corrections_version_id"), ["version_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("editor_corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_editor_corrections_version_id"))
    op.drop_table("editor_corrections")
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.drop_column("corrections_key")
