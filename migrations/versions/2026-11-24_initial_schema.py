"""Initial schema: authorities, chapters, versions, sections, facts, cached comparisons, tokens,
and full-text search over sections (SQLite FTS5 or a PostgreSQL GIN index on a tsvector).

Revision ID: 0001_initial_schema
Revises:
Create Date: 2026-11-24 06:31:40.521508
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0001_initial_schema"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


SQLITE_SEARCH = (
    """CREATE VIRTUAL TABLE section_search USING fts5(
        heading, text, content='sections', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER section_search_after_insert AFTER INSERT ON sections BEGIN
        INSERT INTO section_search(rowid, heading, text) VALUES (new.id, new.heading, new.text);
    END""",
    """CREATE TRIGGER section_search_after_delete AFTER DELETE ON sections BEGIN
        INSERT INTO section_search(section_search, rowid, heading, text)
        VALUES ('delete', old.id, old.heading, old.text);
    END""",
    """CREATE TRIGGER section_search_after_update AFTER UPDATE ON sections BEGIN
        INSERT INTO section_search(section_search, rowid, heading, text)
        VALUES ('delete', old.id, old.heading, old.text);
        INSERT INTO section_search(rowid, heading, text) VALUES (new.id, new.heading, new.text);
    END""",
)
SQLITE_SEARCH_DROP = (
    "DROP TRIGGER IF EXISTS section_search_after_update",
    "DROP TRIGGER IF EXISTS section_search_after_delete",
    "DROP TRIGGER IF EXISTS section_search_after_insert",
    "DROP TABLE IF EXISTS section_search",
)
# Must stay identical to app.store.search.POSTGRES_DOCUMENT so the planner uses the index.
POSTGRES_SEARCH = (
    """CREATE INDEX ix_sections_search ON sections USING gin (
        to_tsvector('english'::regconfig, coalesce(heading, '') || ' ' || text))""",
)
POSTGRES_SEARCH_DROP = ("DROP INDEX IF EXISTS ix_sections_search",)


def _search_statements(*, create: bool) -> tuple[str, ...]:
    if op.get_bind().dialect.name == "sqlite":
        return SQLITE_SEARCH if create else SQLITE_SEARCH_DROP
    return POSTGRES_SEARCH if create else POSTGRES_SEARCH_DROP


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    op.create_table(
        "authorities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("is_sample", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authorities")),
        sa.UniqueConstraint("slug", name=op.f("uq_authorities_slug")),
    )
    op.create_table(
        "chapters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chapters")),
        sa.UniqueConstraint("slug", name=op.f("uq_chapters_slug")),
    )
    op.create_table(
        "comparisons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("left_sha256", sa.String(length=64), nullable=False),
        sa.Column("right_sha256", sa.String(length=64), nullable=False),
        sa.Column("options_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("analyzer_version", sa.String(length=20), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comparisons")),
        sa.UniqueConstraint(
            "left_sha256",
            "right_sha256",
            "options_fingerprint",
            "analyzer_version",
            name="uq_comparisons_key",
        ),
    )
    op.create_table(
        "versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority_id", sa.Integer(), nullable=False),
        sa.Column("chapter_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("declared_format", sa.String(length=16), nullable=True),
        sa.Column("source_format", sa.String(length=16), nullable=False),
        sa.Column("encoding", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("family", sa.String(length=100), nullable=False),
        sa.Column("amendment_date", sa.String(length=10), nullable=True),
        sa.Column("amendment_precision", sa.String(length=5), nullable=True),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("last_updated", sa.Date(), nullable=True),
        sa.Column("version_label", sa.String(), nullable=True),
        sa.Column("source_url", sa.String(), nullable=True),
        sa.Column("retrieved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("analyzer_version", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["authority_id"],
            ["authorities.id"],
            name=op.f("fk_versions_authority_id_authorities"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["chapter_id"],
            ["chapters.id"],
            name=op.f("fk_versions_chapter_id_chapters"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_versions")),
        sa.UniqueConstraint(
            "authority_id",
            "chapter_id",
            "sha256",
            name=op.f("uq_versions_authority_id_chapter_id_sha256"),
        ),
    )
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_versions_sha256"), ["sha256"], unique=False)
        batch_op.create_index(
            "ix_versions_timeline", ["authority_id", "chapter_id", "effective_date"], unique=False
        )

    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("analyzer_version", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["versions.id"],
            name=op.f("fk_facts_version_id_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
        sa.UniqueConstraint("version_id", "key", name=op.f("uq_facts_version_id_key")),
    )
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_facts_key"), ["key"], unique=False)

    op.create_table(
        "sections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=50), nullable=False),
        sa.Column("heading", sa.Text(), nullable=True),
        sa.Column("number", sa.String(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("blocks", sa.JSON(), nullable=False),
        sa.Column("analyzer_version", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["versions.id"],
            name=op.f("fk_sections_version_id_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sections")),
        sa.UniqueConstraint("version_id", "ordinal", name=op.f("uq_sections_version_id_ordinal")),
    )
    with op.batch_alter_table("sections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sections_kind"), ["kind"], unique=False)

    for statement in _search_statements(create=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _search_statements(create=False):
        op.execute(statement)
    with op.batch_alter_table("sections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sections_kind"))

    op.drop_table("sections")
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_facts_key"))

    op.drop_table("facts")
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.drop_index("ix_versions_timeline")
        batch_op.drop_index(batch_op.f("ix_versions_sha256"))

    op.drop_table("versions")
    op.drop_table("comparisons")
    op.drop_table("chapters")
    op.drop_table("authorities")
    op.drop_table("api_tokens")
