"""Sections say how their kind was decided (`decided_by`: heading, cue, model, correction) and
how sure that is (`confidence`). Existing rows read as decided by their heading with confidence 1
until `policydiff reanalyse` rebuilds them.

Revision ID: 0003_section_kind_decision
Revises: 0002_fact_alternatives
Create Date: 2026-12-03 10:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_section_kind_decision"
down_revision: str | None = "0002_fact_alternatives"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sections", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("decided_by", sa.String(length=20), server_default="heading", nullable=False)
        )
        batch_op.add_column(sa.Column("confidence", sa.Float(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("sections", schema=None) as batch_op:
        batch_op.drop_column("confidence")
        batch_op.drop_column("decided_by")
