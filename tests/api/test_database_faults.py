"""The app under database faults and bursts: one connection per request at a time, 503 problem
details (an error page on the web) with `Retry-After` when the database cannot answer, and
recovery without a restart (decision 0023)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.main import create_app
from app.store import create_token
from tests.conftest import on_postgres
from tests.store.helpers import CHAPTER, add, chapter_text

API = "/api/v1"


def _client(settings: Settings, **changes: object) -> TestClient:
    return TestClient(
        create_app(settings.model_copy(update={"load_corpus_on_start": False, **changes})),
        raise_server_exceptions=False,
    )


@pytest.fixture
def two_versions(session_factory: sessionmaker[Session]) -> tuple[int, int]:
    with session_factory() as session:
        older = add(session, chapter_text(amended="In May 2021, this chapter was revised."))
        newer = add(session, chapter_text(leaving_care="until they are 25"))
        return older.version.id, newer.version.id


def test_every_route_needs_one_connection_at_a_time(
    settings: Settings, session: Session, two_versions: tuple[int, int]
) -> None:
    """With a pool of one connection, a request that asked for a second while holding the first
    would wait for itself and answer 503: every page and route answers without it."""
    left, right = two_versions
    token = create_token(session=session, name="one-connection")
    paths = [
        "/",
        f"/versions/{right}",
        f"/authorities/test-council/chapters/{CHAPTER}",
        f"/compare?left={left}&right={right}",
        f"/compare?left={left}&right={right}",
        f"/chapters/{CHAPTER}/matrix",
        "/search?q=permanence",
        "/upload",
        f"{API}/versions",
        f"{API}/versions/{right}",
        f"{API}/versions/{right}/sections",
        f"{API}/versions/{right}/facts",
        f"{API}/versions/{right}/source",
        f"{API}/comparisons?left={left}&right={right}&ignore_case=true",
        f"{API}/chapters/{CHAPTER}/matrix",
        f"{API}/search?q=permanence",
        f"{API}/authorities/test-council/chapters/{CHAPTER}/timeline",
    ]
    with _client(
        settings, database_pool_size=1, database_max_overflow=0, database_pool_timeout=1.0
    ) as client:
        for path in paths:
            assert client.get(path).status_code == 200, path
        uploaded = client.post(
            f"{API}/versions?authority=another-council",
            content=chapter_text(extra="A third text."),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "text/plain"},
        )
        assert uploaded.status_code == 201


def test_a_burst_of_version_pages_on_a_small_pool_gives_no_server_error(
    settings: Settings, two_versions: tuple[int, int]
) -> None:
    _, right = two_versions
    with (
        _client(
            settings, database_pool_size=2, database_max_overflow=0, database_pool_timeout=30.0
        ) as client,
        ThreadPoolExecutor(max_workers=24) as pool,
    ):
        paths = [f"/versions/{right}", f"{API}/versions/{right}"] * 24
        statuses = list(pool.map(lambda path: client.get(path).status_code, paths))
    assert statuses == [200] * len(paths)


def test_a_held_sqlite_write_lock_answers_503_within_the_timeout(
    settings: Settings, migrated_engine: Engine, session: Session
) -> None:
    if on_postgres():
        pytest.skip("SQLite's write lock")
    token = create_token(session=session, name="locked-out")
    holder = migrated_engine.raw_connection()
    with _client(settings, database_statement_timeout=0.5, retry_after_seconds=3) as client:
        try:
            holder.cursor().execute("BEGIN IMMEDIATE")
            started = time.monotonic()
            refused = client.post(
                f"{API}/versions?authority=test-council",
                content=chapter_text(),
                headers={"Authorization": f"Bearer {token}", "Content-Type": "text/plain"},
            )
            waited = time.monotonic() - started
        finally:
            holder.rollback()
            holder.close()
        assert refused.status_code == 503
        assert refused.headers["Retry-After"] == "3"
        assert refused.headers["Content-Type"] == "application/problem+json"
        assert refused.json()["type"].endswith("/database-unavailable")
        assert waited < 5
        assert client.get(f"{API}/versions").status_code == 200


@pytest.fixture
def admin_engine(migrated_engine: Engine) -> Iterator[Engine]:
    """A superuser connection to the PostgreSQL server, outside the test database."""
    if not on_postgres():
        pytest.skip("needs PostgreSQL (TEST_DATABASE_URL)")
    admin = create_engine(
        migrated_engine.url.set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    yield admin
    admin.dispose()


@pytest.mark.postgres
def test_postgres_refusing_connections_answers_503_then_recovers(
    settings: Settings, migrated_engine: Engine, admin_engine: Engine, two_versions: tuple[int, int]
) -> None:
    _, right = two_versions
    database = migrated_engine.url.database
    with _client(settings, retry_after_seconds=4) as client:
        assert client.get(f"{API}/versions/{right}").status_code == 200
        with admin_engine.connect() as admin:
            admin.exec_driver_sql(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
            admin.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
            )
        try:
            api = client.get(f"{API}/versions/{right}")
            page = client.get(f"/versions/{right}")
        finally:
            with admin_engine.connect() as admin:
                admin.exec_driver_sql(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
        assert api.status_code == 503
        assert api.headers["Retry-After"] == "4"
        assert api.json()["type"].endswith("/database-unavailable")
        assert page.status_code == 503
        assert page.headers["Retry-After"] == "4"
        assert page.headers["Content-Type"].startswith("text/html")
        assert client.get(f"{API}/versions/{right}").status_code == 200  # no restart needed


@pytest.mark.postgres
def test_a_frozen_postgres_answers_503_within_the_statement_timeout(
    settings: Settings, migrated_engine: Engine, admin_engine: Engine, two_versions: tuple[int, int]
) -> None:
    _, right = two_versions
    with _client(settings, database_statement_timeout=1.0) as client:
        with migrated_engine.connect() as locker:
            locker.exec_driver_sql("LOCK TABLE versions IN ACCESS EXCLUSIVE MODE")
            started = time.monotonic()
            frozen = client.get(f"{API}/versions/{right}")
            waited = time.monotonic() - started
            locker.rollback()
        assert frozen.status_code == 503
        assert "Retry-After" in frozen.headers
        assert waited < 5
        assert client.get(f"{API}/versions/{right}").status_code == 200
