"""Holding under faults: bounded waits, `DatabaseUnavailable` instead of driver errors, and a
session that holds a pooled connection only inside a use case's transaction (decision 0023)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from app.errors import DatabaseUnavailable
from app.store import (
    DatabaseLimits,
    get_version_or_raise,
    list_authorities,
    make_engine,
    make_session_factory,
)
from tests.conftest import engine_url
from tests.store.helpers import add, chapter_text


@pytest.fixture
def one_connection(migrated_engine: Engine) -> Iterator[Engine]:
    """An engine on the test database with a pool of one connection and a short wait for it."""
    engine = make_engine(
        engine_url(migrated_engine),
        limits=DatabaseLimits(pool_size=1, max_overflow=0, pool_timeout=0.5, retry_after=7),
    )
    yield engine
    engine.dispose()


def test_lazy_loads_outside_a_use_case_return_the_connection_at_once(
    one_connection: Engine,
) -> None:
    sessions = make_session_factory(one_connection)
    with sessions() as session:
        version_id = add(session, chapter_text()).version.id
    with sessions() as session:
        version = get_version_or_raise(session=session, version_id=version_id)
        assert "Key Principles" in version.text  # a deferred column, loaded lazily
        assert version.facts  # a relationship, loaded lazily
        assert not session.in_transaction()
        assert one_connection.pool.checkedout() == 0  # type: ignore[attr-defined]
        with one_connection.connect():  # the one connection is free for the next use
            pass


def test_an_exhausted_pool_raises_database_unavailable_with_a_retry_delay(
    one_connection: Engine,
) -> None:
    with (
        one_connection.connect(),
        make_session_factory(one_connection)() as session,
        pytest.raises(DatabaseUnavailable, match="retry in 7 seconds") as raised,
    ):
        list_authorities(session=session)
    assert raised.value.extra["retry_after_seconds"] == 7


def test_a_held_write_lock_raises_database_unavailable_within_the_timeout(
    migrated_engine: Engine,
) -> None:
    if migrated_engine.dialect.name != "sqlite":
        pytest.skip("SQLite's busy timeout (PostgreSQL: tests/api/test_database_faults.py)")
    impatient = make_engine(
        engine_url(migrated_engine), limits=DatabaseLimits(statement_timeout=0.3)
    )
    holder = migrated_engine.raw_connection()
    try:
        holder.cursor().execute("BEGIN IMMEDIATE")
        with make_session_factory(impatient)() as session, pytest.raises(DatabaseUnavailable):
            add(session, chapter_text())
    finally:
        holder.rollback()
        holder.close()
        impatient.dispose()
    with make_session_factory(migrated_engine)() as session:
        assert add(session, chapter_text()).created  # nothing half-written; it recovers


def test_concurrent_use_cases_on_a_small_pool_all_finish(migrated_engine: Engine) -> None:
    small = make_engine(
        engine_url(migrated_engine), limits=DatabaseLimits(pool_size=2, max_overflow=0)
    )
    sessions = make_session_factory(small)
    with sessions() as session:
        version_id = add(session, chapter_text()).version.id
    failures: list[BaseException] = []

    def read() -> None:
        try:
            with sessions() as session:
                version = get_version_or_raise(session=session, version_id=version_id)
                assert version.text and version.facts
                list_authorities(session=session)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=read) for _ in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    small.dispose()
    assert failures == []
