"""What identifies stored versions' content, read in one light query (no ORM, no bytes).

Callers that memoise representations derived from versions (the API's encoded comparisons) use
it on every request to check that the versions exist and are what the memo was made from. It is
the whole database cost of serving a cached comparison, so it runs one plain SELECT on a pooled
DBAPI connection: a Session round trip (BEGIN, SELECT, COMMIT and the event machinery around
them) costs about ten times as much, and this read needs no transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from app.errors import NotFound

_SELECT_KEYS = "SELECT id, sha256, analyzer_version, corrections_key FROM versions WHERE id IN ({})"
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
"""Positional placeholder of each DBAPI paramstyle in use (sqlite3: qmark; psycopg: pyformat)."""


@dataclass(frozen=True, slots=True)
class VersionKey:
    """The parts of a version row that determine everything derived from it."""

    version_id: int
    sha256: str
    """Hex SHA-256 of the original bytes."""
    analyzer_version: str
    """The analyser that produced the stored derived columns, sections and facts."""
    corrections_key: str = ""
    """Digest of the editors' corrections applied over that analysis ("" when none)."""


def version_keys_or_raise(*, engine: Engine, version_ids: Sequence[int]) -> dict[int, VersionKey]:
    """The keys of the given versions by id; NotFound names the first unknown id, in order."""
    wanted = sorted(set(version_ids))
    placeholder = _PLACEHOLDERS[engine.dialect.paramstyle]
    sql = _SELECT_KEYS.format(", ".join([placeholder] * len(wanted)))
    connection = engine.raw_connection()
    try:
        cursor: Any = connection.cursor()
        try:
            cursor.execute(sql, wanted)
            rows = cursor.fetchall()
        finally:
            cursor.close()
    finally:
        connection.close()
    keys = {row[0]: VersionKey(row[0], row[1], row[2], row[3]) for row in rows}
    for version_id in version_ids:
        if version_id not in keys:
            raise NotFound(
                f"no version with id {version_id}. To fix: list versions to find its id."
            )
    return keys


__all__ = ["VersionKey", "version_keys_or_raise"]
