"""Bounded work for anonymous readers: the comparison cache stays within its size however many
new `local_names` values are asked for, and each client may have only so many comparisons
computed per period (429 with `Retry-After`), while cached ones are always served
(decision 0023)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.main import create_app
from app.store import CachedComparison
from tests.store.helpers import add, chapter_text

API = "/api/v1"


def _pair(session_factory: sessionmaker[Session]) -> tuple[int, int]:
    with session_factory() as session:
        left = add(session, chapter_text(amended="In May 2021, this chapter was revised."))
        right = add(session, chapter_text(leaving_care="until they are 25"))
        return left.version.id, right.version.id


def _cache_size(session_factory: sessionmaker[Session]) -> tuple[int, int]:
    with session_factory() as session, session.begin():
        rows = session.scalar(select(func.count()).select_from(CachedComparison)) or 0
        size = session.scalar(select(func.sum(func.length(CachedComparison.payload)))) or 0
        return rows, int(size)


def test_a_flood_of_local_names_keeps_the_cache_within_its_size(
    settings: Settings, session_factory: sessionmaker[Session]
) -> None:
    left, right = _pair(session_factory)
    limit = 60_000
    app = create_app(
        settings.model_copy(
            update={"load_corpus_on_start": False, "comparison_cache_max_bytes": limit}
        )
    )
    with TestClient(app) as client:
        one = client.get(f"{API}/comparisons?left={left}&right={right}&local_names=n0")
        assert one.status_code == 200
        for number in range(1, 40):
            flooded = client.get(
                f"{API}/comparisons?left={left}&right={right}&ignore_local_names=true"
                f"&local_names=Flood%20Name%20{number}"
            )
            assert flooded.status_code == 200
        rows, size = _cache_size(session_factory)
    assert size <= limit
    assert 0 < rows < 40


def test_too_many_local_names_are_refused(settings: Settings, client: TestClient) -> None:
    names = "&".join(f"local_names=name{number}" for number in range(21))
    refused = client.get(f"{API}/comparisons?left=1&right=2&{names}")
    assert refused.status_code == 422
    too_long = client.get(f"{API}/comparisons?left=1&right=2&local_names={'x' * 201}")
    assert too_long.status_code == 422


def test_new_comparisons_are_rate_limited_per_client_but_cached_ones_are_served(
    settings: Settings, session_factory: sessionmaker[Session]
) -> None:
    left, right = _pair(session_factory)
    app = create_app(
        settings.model_copy(
            update={"load_corpus_on_start": False, "comparison_rate_per_client": "3/minute"}
        )
    )
    base = f"{API}/comparisons?left={left}&right={right}&ignore_local_names=true"
    with TestClient(app) as client:
        for number in range(3):
            assert client.get(f"{base}&local_names=n{number}").status_code == 200

        limited = client.get(f"{base}&local_names=n3")
        page = client.get(f"/compare?left={left}&right={right}&ignore_case=true")

        assert limited.status_code == 429
        assert 1 <= int(limited.headers["Retry-After"]) <= 60
        assert limited.json()["type"].endswith("/rate-limited")
        assert page.status_code == 429
        assert page.headers["Content-Type"].startswith("text/html")
        assert client.get(f"{base}&local_names=n0").status_code == 200  # cached: not charged
    rows, _ = _cache_size(session_factory)
    assert rows == 3
