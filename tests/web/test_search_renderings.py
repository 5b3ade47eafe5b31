"""Search answers (the page and the API) are kept per state of the versions: asked again, they
are served without searching; an upload is found at once; `If-None-Match` gets 304."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.config import Settings
from app.http.params import SearchFilters
from app.main import create_app
from tests.store.helpers import add, chapter_text

PAGE = "/search?q=kinship+stipend"
API = "/api/v1/search?q=kinship%20stipend"


@pytest.fixture
def client(settings: Settings, session: Session) -> Iterator[TestClient]:
    add(session, chapter_text(extra="Kinship carers receive a weekly stipend."))
    changes = {"load_corpus_on_start": False}
    with TestClient(create_app(settings.model_copy(update=changes))) as test_client:
        yield test_client


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The query of every search that reached the store."""
    asked: list[str] = []
    original = SearchFilters.search

    def counting(self: SearchFilters, session: Session, query: str, **kwargs: Any) -> Any:
        asked.append(query)
        return original(self, session, query, **kwargs)

    monkeypatch.setattr(SearchFilters, "search", counting)
    return asked


def test_a_search_asked_again_is_served_without_searching(
    client: TestClient, searches: list[str]
) -> None:
    first_page, first_api = client.get(PAGE), client.get(API)
    again_page, again_api = client.get(PAGE), client.get(API)

    assert first_page.text == again_page.text and "weekly" in first_page.text
    assert first_api.json() == again_api.json() and first_api.json()["total"] == 1
    assert len(searches) == 2
    revalidated = client.get(API, headers={"If-None-Match": first_api.headers["etag"]})
    assert revalidated.status_code == 304


def test_an_upload_is_found_at_once(
    client: TestClient, session: Session, searches: list[str]
) -> None:
    before = client.get(API)
    add(
        session,
        chapter_text(extra="A kinship stipend is reviewed every year."),
        authority="other-council",
        name="Other Council",
    )
    after = client.get(API)

    assert before.json()["total"] == 1
    assert after.json()["total"] == 2
    assert after.headers["etag"] != before.headers["etag"]
    assert "Other Council" in client.get(PAGE).text
