"""Deletion as a record: tombstones hidden from reads, restored under their id, and purged with
every cached comparison of their text, leaving no trace in any table (decision 0023)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session

from app.diff import CompareOptions
from app.errors import Conflict, NotFound
from app.store import (
    compare_versions,
    delete_version,
    get_version_or_raise,
    list_deleted_versions,
    list_versions,
    purge_deleted_versions,
    restore_version,
    search,
    sections_of,
)
from tests.store.helpers import add, chapter_text

MARKER = "quincemarmalade"
"""A word no other text holds, to look for in every table."""


def _tables_holding(engine: Engine, needle: str) -> list[str]:
    """Every table with a row whose text or bytes contain `needle`."""
    found = []
    with engine.connect() as connection:
        for table in inspect(engine).get_table_names():
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    if isinstance(value, memoryview):
                        value = bytes(value)
                    if isinstance(value, bytes):
                        value = value.decode("utf-8", "replace")
                    if needle in str(value):
                        found.append(table)
                        break
                else:
                    continue
                break
    return found


def test_delete_restore_delete_purge_leaves_no_trace(
    session: Session, migrated_engine: Engine
) -> None:
    kept = add(session, chapter_text()).version
    doomed = add(session, chapter_text(extra=f"The {MARKER} clause.")).version
    options = CompareOptions(ignore_case=True)
    compare_versions(session=session, left_id=kept.id, right_id=doomed.id, options=options)
    compare_versions(session=session, left_id=doomed.id, right_id=kept.id, options=options)

    record = delete_version(
        session=session, version_id=doomed.id, deleted_by="editor-ann", reason="wrong council"
    )

    assert (record.deleted_by, record.reason, record.version_id) == (
        "editor-ann",
        "wrong council",
        doomed.id,
    )
    with pytest.raises(NotFound):
        get_version_or_raise(session=session, version_id=doomed.id)
    assert [v.id for v in list_versions(session=session)[0]] == [kept.id]
    assert search(session=session, query=MARKER).total == 0
    assert [row.version_id for row in list_deleted_versions(session=session)] == [doomed.id]

    restored = restore_version(session=session, version_id=doomed.id)

    assert restored.id == doomed.id and restored.sha256 == doomed.sha256
    assert MARKER in restored.text
    assert "".join(s.text for s in sections_of(session=session, version_id=doomed.id)) == (
        restored.text
    )
    assert search(session=session, query=MARKER).total == 1
    assert list_deleted_versions(session=session) == []

    delete_version(session=session, version_id=doomed.id, deleted_by="editor-ann")
    assert purge_deleted_versions(session=session) == [doomed.id]

    assert _tables_holding(migrated_engine, MARKER) == []
    assert list_deleted_versions(session=session) == []
    with pytest.raises(NotFound):
        restore_version(session=session, version_id=doomed.id)
    assert get_version_or_raise(session=session, version_id=kept.id).id == kept.id


def test_a_deleted_id_is_never_given_to_a_new_version(session: Session) -> None:
    first = add(session, chapter_text(extra="First.")).version
    delete_version(session=session, version_id=first.id)

    second = add(session, chapter_text(extra="Second.")).version

    assert second.id > first.id
    assert restore_version(session=session, version_id=first.id).id == first.id


def test_restoring_beside_the_same_bytes_uploaded_again_is_a_conflict(session: Session) -> None:
    first = add(session, chapter_text()).version
    delete_version(session=session, version_id=first.id)
    again = add(session, chapter_text()).version

    with pytest.raises(Conflict, match=f"version {again.id}"):
        restore_version(session=session, version_id=first.id)
    assert [row.version_id for row in list_deleted_versions(session=session)] == [first.id]


def test_purging_an_id_that_is_no_tombstone_purges_nothing(session: Session) -> None:
    live = add(session, chapter_text()).version
    gone = add(session, chapter_text(extra="Gone.")).version
    delete_version(session=session, version_id=gone.id)

    with pytest.raises(NotFound, match=f"no deleted version with id {live.id}"):
        purge_deleted_versions(session=session, version_ids=[gone.id, live.id])
    assert [row.version_id for row in list_deleted_versions(session=session)] == [gone.id]
