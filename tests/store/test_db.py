from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.store import (
    delete_version,
    facts_of,
    get_version_or_raise,
    list_authorities,
    search,
)
from app.store.db import read_transaction
from app.store.models import Authority
from tests.store.helpers import add, chapter_text, row_counts


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(
    migrated_engine: Engine,
) -> None:
    if migrated_engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    with migrated_engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_deleting_a_version_removes_its_derived_rows_and_search_entries(session: Session) -> None:
    kept = add(session, chapter_text(extra="Kept: the marmalade clause.")).version
    gone = add(session, chapter_text(extra="Gone: the quince clause.")).version

    delete_version(session=session, version_id=gone.id)

    with pytest.raises(NotFound):
        get_version_or_raise(session=session, version_id=gone.id)
    with pytest.raises(NotFound):
        delete_version(session=session, version_id=gone.id)
    assert facts_of(session=session, version_id=kept.id)
    assert search(session=session, query="quince").total == 0
    assert search(session=session, query="marmalade").total == 1
    counts = row_counts(session)
    assert counts["versions"] == 1
    assert counts["sections"] == len(kept.sections)
    assert counts["facts"] == len(kept.facts)
    assert [a.slug for a in list_authorities(session=session)] == ["test-council"]


def test_a_use_case_refuses_to_run_over_pending_changes(session: Session) -> None:
    session.add(Authority(slug="pending", name="Pending", is_sample=False))

    with pytest.raises(RuntimeError, match="own their transaction"):
        list_authorities(session=session)


def test_a_read_only_autobegun_transaction_is_ended_first(session: Session) -> None:
    session.execute(text("SELECT 1"))  # autobegins, as a lazy load would
    assert session.in_transaction()

    with read_transaction(session):
        pass

    assert not session.in_transaction()
