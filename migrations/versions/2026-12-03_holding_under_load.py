"""Audited writes and revocable tokens (decision 0023): tokens get a role, an expiry date, a
revocation date and unique names (existing duplicates are renamed `NAME-ID`); versions record the
token that added them; deleted versions become tombstones that can be restored or purged.

Revision ID: 0005_holding_under_load
Revises: 0004_sources
Create Date: 2026-12-03 12:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_holding_under_load"
down_revision: str | None = "0004_sources"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE api_tokens SET name = name || '-' || CAST(id AS VARCHAR) WHERE id NOT IN "
        "(SELECT min(id) FROM api_tokens GROUP BY name)"
    )
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("role", sa.String(length=16), server_default="editor", nullable=False)
        )
        batch_op.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_api_tokens_name"), ["name"])
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("added_by", sa.String(), nullable=True))
    op.create_table(
        "version_tombstones",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("authority_id", sa.Integer(), nullable=False),
        sa.Column("chapter_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("declared_format", sa.String(length=16), nullable=True),
        sa.Column("source_url", sa.String(), nullable=True),
        sa.Column("retrieved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_by", sa.String(), nullable=False),
        sa.Column("deleted_reason", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["authority_id"],
            ["authorities.id"],
            name=op.f("fk_version_tombstones_authority_id_authorities"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["chapter_id"],
            ["chapters.id"],
            name=op.f("fk_version_tombstones_chapter_id_chapters"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_version_tombstones")),
    )
    with op.batch_alter_table("version_tombstones", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_version_tombstones_sha256"), ["sha256"], unique=False
        )
    with op.batch_alter_table("comparisons", schema=None) as batch_op:
        batch_op.create_index("ix_comparisons_created_at", ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("comparisons", schema=None) as batch_op:
        batch_op.drop_index("ix_comparisons_created_at")
    with op.batch_alter_table("version_tombstones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_version_tombstones_sha256"))
    op.drop_table("version_tombstones")
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.drop_column("added_by")
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_api_tokens_name"), type_="unique")
        batch_op.drop_column("revoked_at")
        batch_op.drop_column("expires_at")
        batch_op.drop_column("role")
