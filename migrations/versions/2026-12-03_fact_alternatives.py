"""Facts keep the other values a version states for them (`alternatives`), so a version that
contradicts itself shows both values with their evidence. Existing rows read as [] (no
conflict) until `policydiff reanalyse` rebuilds them.

Revision ID: 0002_fact_alternatives
Revises: 0001_initial_schema
Create Date: 2026-12-03 09:26:46.961235
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0002_fact_alternatives"
down_revision: str | None = "0001_initial_schema"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("alternatives", sa.JSON(), server_default="[]", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.drop_column("alternatives")
