"""Whole responses to repeated anonymous reads are answered before routing, and every write to
what readers see, whatever its path, is shown by the very next request (decision 0039)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

import app.api.routes.versions as versions_api
from app.config import Settings
from app.http.kept_responses import KEPT_PATHS, KeptResponse, KeptResponses, NextGenerationRead
from app.main import create_app
from app.store import (
    content_generation,
    correct_fact_value,
    delete_version,
    reanalyse_versions,
    restore_version,
)
from tests.store.helpers import CHAPTER, add, chapter_text

AGE_30 = {"age": 30, "extended": []}


@pytest.fixture
def version_ids(session: Session) -> tuple[int, int]:
    older = add(session, chapter_text(amended="In May 2021, this chapter was revised."))
    newer = add(session, chapter_text(leaving_care="until they are 25"))
    return older.version.id, newer.version.id


@pytest.fixture
def client(settings: Settings, version_ids: tuple[int, int]) -> Iterator[TestClient]:
    app = create_app(settings.model_copy(update={"load_corpus_on_start": False}))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each time the API built a version's JSON (the route ran)."""
    built: list[int] = []

    def counted(version: Any) -> Any:
        built.append(version.id)
        return original(version)

    original: Callable[[Any], Any] = versions_api.detail_of
    monkeypatch.setattr(versions_api, "detail_of", counted)
    return built


def test_a_repeated_read_is_answered_without_running_the_route(
    client: TestClient, version_ids: tuple[int, int], builds: list[int]
) -> None:
    path = f"/api/v1/versions/{version_ids[1]}"
    first, second = client.get(path), client.get(path)
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert second.headers["etag"] == first.headers["etag"]
    assert second.headers["content-security-policy"] == first.headers["content-security-policy"]
    assert builds == [version_ids[1]]


def test_gzip_and_plain_answers_are_kept_apart(
    client: TestClient, version_ids: tuple[int, int]
) -> None:
    path = f"/api/v1/versions/{version_ids[1]}"
    zipped = client.get(path, headers={"Accept-Encoding": "gzip"})
    plain = client.get(path, headers={"Accept-Encoding": "identity"})
    again = client.get(path, headers={"Accept-Encoding": "identity"})
    assert zipped.headers.get("content-encoding") == "gzip"
    assert "content-encoding" not in plain.headers
    assert "content-encoding" not in again.headers
    assert plain.json() == zipped.json() == again.json()


def test_conditional_and_personal_requests_go_to_the_app(
    client: TestClient, version_ids: tuple[int, int], builds: list[int]
) -> None:
    path = f"/api/v1/versions/{version_ids[1]}"
    etag = client.get(path).headers["etag"]
    assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(path, headers={"Authorization": "Bearer x"}).status_code == 200
    assert client.get(path, headers={"Cookie": "a=b"}).status_code == 200
    assert builds == [version_ids[1]] * 3


def _writes(
    session: Session, migrated_engine: Engine, version_id: int
) -> list[tuple[str, Callable[[], object], Callable[[Any], bool]]]:
    """Writes by every path, each with what the next read of the version must show."""

    def renamed() -> None:
        with migrated_engine.begin() as connection:
            connection.execute(text("UPDATE authorities SET name = 'Renamed Council'"))

    return [
        (
            "a correction",
            lambda: correct_fact_value(
                session=session,
                version_id=version_id,
                fact_key="leaving_care_support_age",
                value=AGE_30,
                reason="the chapter says so elsewhere",
                corrected_by="an editor",
            ),
            lambda body: body["facts"]["leaving_care_support_age"]["value"] == AGE_30,
        ),
        (
            "a delete",
            lambda: delete_version(session=session, version_id=version_id),
            lambda body: body is None,
        ),
        (
            "a restore",
            lambda: restore_version(session=session, version_id=version_id),
            lambda body: body is not None and body["id"] == version_id,
        ),
        (
            "SQL typed by hand",
            renamed,
            lambda body: body["authority"]["name"] == "Renamed Council",
        ),
        (
            "a re-analysis",
            lambda: reanalyse_versions(session=session),
            lambda body: body is not None,
        ),
    ]


def test_every_write_shows_at_the_next_read(
    client: TestClient,
    session: Session,
    migrated_engine: Engine,
    version_ids: tuple[int, int],
    builds: list[int],
) -> None:
    path = f"/api/v1/versions/{version_ids[1]}"
    for what, write, shows in _writes(session, migrated_engine, version_ids[1]):
        before = client.get(path)
        assert client.get(path).content == before.content  # kept
        built = len(builds)
        write()
        after = client.get(path)
        body = after.json() if after.status_code == 200 else None
        assert shows(body), what
        assert len(builds) == built + (after.status_code == 200), what


def test_pages_and_searches_show_an_upload_at_once(
    client: TestClient, session: Session, version_ids: tuple[int, int]
) -> None:
    paths = (
        f"/chapters/{CHAPTER}/matrix",
        f"/authorities/test-council/chapters/{CHAPTER}",
        "/search?q=permanence",
        f"/api/v1/search?q=permanence&chapter={CHAPTER}",
    )
    for path in paths:
        assert client.get(path).status_code == 200
    newest = add(session, chapter_text(amended="In June 2025, this chapter was revised."))
    shown = (f"/versions/{newest.version.id}", f'"version_id":{newest.version.id},')
    for path in paths:
        assert any(marker in client.get(path).text for marker in shown), path


def test_every_watched_table_moves_the_generation_and_reads_do_not(
    session_factory: sessionmaker[Session], migrated_engine: Engine
) -> None:
    seen = [content_generation(engine=migrated_engine)]

    def moved() -> bool:
        seen.append(content_generation(engine=migrated_engine))
        return seen[-1] > seen[-2]

    with session_factory() as session:
        added = add(session, chapter_text())
    assert moved()
    with migrated_engine.begin() as connection:
        connection.execute(text("UPDATE chapters SET title = title || ' (renamed)'"))
    assert moved()
    with migrated_engine.begin() as connection:
        connection.execute(
            text("DELETE FROM facts WHERE version_id = :id"), {"id": added.version.id}
        )
    assert moved()
    with migrated_engine.begin() as connection:
        connection.execute(text("UPDATE api_tokens SET name = name"))
        connection.execute(text("SELECT count(*) FROM versions"))
    assert not moved()


def test_a_write_rolled_back_leaves_the_generation(migrated_engine: Engine) -> None:
    before = content_generation(engine=migrated_engine)
    with migrated_engine.connect() as connection:
        connection.execute(text("UPDATE chapters SET title = 'not kept'"))
        connection.execute(
            text("INSERT INTO authorities (slug, name, is_sample) VALUES ('gone', 'Gone', false)")
        )
        connection.rollback()
    assert content_generation(engine=migrated_engine) == before


@given(st.lists(st.tuples(st.sampled_from("abcdef"), st.integers(0, 40)), max_size=40))
def test_kept_responses_never_hold_more_bytes_than_their_bound(
    puts: list[tuple[str, int]],
) -> None:
    cache = KeptResponses(max_bytes=100)
    for key, size in puts:
        cache.put((key,), KeptResponse(200, (), b"x" * size))
        assert cache.size_bytes <= 100
        assert cache.get((key,)) == KeptResponse(200, (), b"x" * size)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/versions/3/source",
        "/api/v1/deleted-versions",
        "/api/v1/tokens",
        "/upload",
        "/api/v1/versions",
        "/signin",
    ],
)
def test_downloads_lists_and_forms_are_never_kept(path: str) -> None:
    assert KEPT_PATHS.match(path) is None


def test_concurrent_requests_share_one_generation_read() -> None:
    """A burst of requests on one worker costs one read of the generation, not one each."""
    reads: list[int] = []

    def read() -> int:
        reads.append(1)
        return 7

    async def burst() -> list[int]:
        next_read = NextGenerationRead(read)
        return list(await asyncio.gather(*(next_read() for _ in range(30))))

    assert asyncio.run(burst()) == [7] * 30
    assert len(reads) == 1


def test_a_request_arriving_during_a_read_waits_for_a_read_that_began_after_it() -> None:
    """A read under way may have begun before a write the newcomer must see: the newcomer gets
    the next read, never the one in flight."""
    stored = [1]
    in_flight = threading.Event()
    release = threading.Event()

    def read() -> int:
        value = stored[0]
        if value == 1:
            in_flight.set()
            release.wait(timeout=10)
        return value

    async def scenario() -> tuple[int, int]:
        next_read = NextGenerationRead(read)
        first = asyncio.create_task(next_read())
        await asyncio.to_thread(in_flight.wait, 10)
        stored[0] = 2  # a write commits while the first read is under way
        second = asyncio.create_task(next_read())
        await asyncio.sleep(0)
        release.set()
        return await first, await second

    assert asyncio.run(scenario()) == (1, 2)
