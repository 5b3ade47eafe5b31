"""A content generation (decision 0039): one row counting every change to what readers see,
bumped by triggers, so a worker validates every kept response with one primary-key read.

The triggers fire on every table a read page or answer is made from (authorities, chapters,
versions, sections, facts, editors' corrections, tombstones), whatever code path writes them:
an upload, a delete, a restore, a purge, a re-analysis, a correction, or SQL typed by hand. The
bump happens inside the writing transaction, so a reader sees the new generation exactly when it
sees the new rows. Cached comparisons, tokens and the watcher's tables are left out: writing
them changes no page (a comparison computed on a read is stored by that read).

SQLite has only row triggers; PostgreSQL bumps once per statement.

Revision ID: 0008_content_generation
Revises: 0007_search_index
Create Date: 2026-12-03 17:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008_content_generation"
down_revision: str | None = "0007_search_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Must stay identical to app.store.generation.WATCHED_TABLES.
WATCHED_TABLES = (
    "authorities",
    "chapters",
    "versions",
    "sections",
    "facts",
    "editor_corrections",
    "version_tombstones",
)
EVENTS = ("INSERT", "UPDATE", "DELETE")
BUMP = "UPDATE content_generation SET value = value + 1 WHERE id = 1"


def upgrade() -> None:
    op.execute("CREATE TABLE content_generation (id INTEGER NOT NULL PRIMARY KEY, value BIGINT NOT NULL)")
    op.execute("INSERT INTO content_generation (id, value) VALUES (1, 1)")
    if op.get_bind().dialect.name == "sqlite":
        for table in WATCHED_TABLES:
            for event in EVENTS:
                op.execute(
                    f"CREATE TRIGGER content_generation_{table}_{event.lower()} "
                    f"AFTER {event} ON {table} FOR EACH ROW BEGIN {BUMP}; END"
                )
        return
    op.execute(
        "CREATE FUNCTION bump_content_generation() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN {BUMP}; RETURN NULL; END $$"
    )
    for table in WATCHED_TABLES:
        op.execute(
            f"CREATE TRIGGER content_generation_{table} AFTER INSERT OR UPDATE OR DELETE "
            f"OR TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION bump_content_generation()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in WATCHED_TABLES:
            for event in EVENTS:
                op.execute(f"DROP TRIGGER IF EXISTS content_generation_{table}_{event.lower()}")
    else:
        for table in WATCHED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS content_generation_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS bump_content_generation()")
    op.execute("DROP TABLE content_generation")
