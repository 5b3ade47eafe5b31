"""Watching sources: sources, their snapshots, the changes they brought, subscriptions and
their deliveries (decision 0021).

Revision ID: 0004_sources
Revises: 0003_section_kind_decision
Create Date: 2026-12-03 11:46:12.839074
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0004_sources"
down_revision: str | None = "0003_section_kind_decision"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table("subscriptions",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("channel", sa.String(length=16), nullable=False),
    sa.Column("target", sa.String(), nullable=False),
    sa.Column("secret", sa.String(length=128), nullable=True),
    sa.Column("authority_slug", sa.String(length=100), nullable=True),
    sa.Column("chapter_slug", sa.String(length=100), nullable=True),
    sa.Column("fact_key", sa.String(length=100), nullable=True),
    sa.Column("condition", sa.String(length=16), nullable=True),
    sa.Column("threshold", sa.Float(), nullable=True),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriptions"))
    )
    op.create_table("sources",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("url", sa.String(), nullable=False),
    sa.Column("authority_slug", sa.String(length=100), nullable=False),
    sa.Column("authority_name", sa.String(), nullable=True),
    sa.Column("chapter_slug", sa.String(length=100), nullable=False),
    sa.Column("interval_minutes", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("next_check_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("etag", sa.String(), nullable=True),
    sa.Column("last_modified", sa.String(), nullable=True),
    sa.Column("last_checked_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_changed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_error", sa.Text(), nullable=True),
    sa.Column("consecutive_failures", sa.Integer(), nullable=False),
    sa.Column("last_snapshot_sha256", sa.String(length=64), nullable=True),
    sa.Column("current_version_id", sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(["current_version_id"], ["versions.id"], name=op.f("fk_sources_current_version_id_versions"), ondelete="SET NULL"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    sa.UniqueConstraint("url", name=op.f("uq_sources_url"))
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index("ix_sources_due", ["next_check_at"], unique=False)

    op.create_table("changes",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("source_id", sa.Integer(), nullable=True),
    sa.Column("version_id", sa.Integer(), nullable=False),
    sa.Column("previous_version_id", sa.Integer(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("summary", sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(["previous_version_id"], ["versions.id"], name=op.f("fk_changes_previous_version_id_versions"), ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_changes_source_id_sources"), ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["version_id"], ["versions.id"], name=op.f("fk_changes_version_id_versions"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_changes"))
    )
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_changes_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_changes_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_changes_version_id"), ["version_id"], unique=False)

    op.create_table("snapshots",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("source_id", sa.Integer(), nullable=False),
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("url", sa.String(), nullable=False),
    sa.Column("sha256", sa.String(length=64), nullable=False),
    sa.Column("size_bytes", sa.Integer(), nullable=False),
    sa.Column("data", sa.LargeBinary(), nullable=False),
    sa.Column("headers", sa.JSON(), nullable=False),
    sa.Column("version_id", sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_snapshots_source_id_sources"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["version_id"], ["versions.id"], name=op.f("fk_snapshots_version_id_versions"), ondelete="SET NULL"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshots"))
    )
    with op.batch_alter_table("snapshots", schema=None) as batch_op:
        batch_op.create_index("ix_snapshots_source", ["source_id", "fetched_at"], unique=False)

    op.create_table("deliveries",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("subscription_id", sa.Integer(), nullable=False),
    sa.Column("change_id", sa.Integer(), nullable=False),
    sa.Column("status", sa.String(length=16), nullable=False),
    sa.Column("attempts", sa.Integer(), nullable=False),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_error", sa.Text(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(["change_id"], ["changes.id"], name=op.f("fk_deliveries_change_id_changes"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["subscription_id"], ["subscriptions.id"], name=op.f("fk_deliveries_subscription_id_subscriptions"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
    sa.UniqueConstraint("subscription_id", "change_id", name=op.f("uq_deliveries_subscription_id_change_id"))
    )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.create_index("ix_deliveries_due", ["status", "next_attempt_at"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_due")

    op.drop_table("deliveries")
    with op.batch_alter_table("snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_snapshots_source")

    op.drop_table("snapshots")
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_changes_version_id"))
        batch_op.drop_index(batch_op.f("ix_changes_source_id"))
        batch_op.drop_index(batch_op.f("ix_changes_created_at"))

    op.drop_table("changes")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index("ix_sources_due")

    op.drop_table("sources")
    op.drop_table("subscriptions")
