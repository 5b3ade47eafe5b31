"""The content generation (decision 0039): a number that changes whenever anything a reader
sees changes, read with one primary-key lookup.

Triggers of migration `0008_content_generation` bump it inside every write to the tables pages
are made from, so a response kept under generation G is right for as long as the generation
is G, on every worker, whichever code path (or hand-typed SQL) wrote. It only grows: a key
holding an older generation is never asked for again and ages out of its cache.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

WATCHED_TABLES = (
    "authorities",
    "chapters",
    "versions",
    "sections",
    "facts",
    "editor_corrections",
    "version_tombstones",
)
"""The tables whose writes bump the generation (the migration's triggers)."""

_SELECT = "SELECT value FROM content_generation WHERE id = 1"


def content_generation(*, engine: Engine) -> int:
    """The current generation. One plain SELECT on a pooled DBAPI connection, with no ORM and no
    transaction kept open (as `version_keys_or_raise`): tens of microseconds on SQLite."""
    connection = engine.raw_connection()
    try:
        cursor: Any = connection.cursor()
        try:
            cursor.execute(_SELECT)
            row = cursor.fetchone()
        finally:
            cursor.close()
    finally:
        connection.close()
    if row is None:
        raise RuntimeError(
            "the content_generation row is missing. To fix: start `policydiff serve` to "
            "migrate, or re-create it: INSERT INTO content_generation (id, value) VALUES (1, 1)."
        )
    return int(row[0])


__all__ = ["WATCHED_TABLES", "content_generation"]
