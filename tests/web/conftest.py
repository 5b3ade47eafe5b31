"""Web fixtures: the app on the test's migrated database with the corpus loaded, a client that
sees server errors as pages (as a browser would), a write token, and an HTML parser."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy.orm import Session

from app.config import Settings
from app.families import DEFAULT_FAMILY
from app.main import create_app
from app.store import Version, create_token, list_versions, timeline
from tests.conftest import REPO_ROOT

CORPUS_DIR = REPO_ROOT / "corpus"


@pytest.fixture
def client(settings: Settings, corpus: None) -> Iterator[TestClient]:
    app = create_app(settings.model_copy(update={"load_corpus_on_start": False}))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def token(session: Session) -> str:
    return create_token(session=session, name="web-tests")


@pytest.fixture
def versions(session: Session, corpus: None) -> list[Version]:
    """Every stored version, newest effective date first."""
    rows, _total = list_versions(session=session, limit=100)
    return rows


@pytest.fixture
def sample_timeline(session: Session, versions: list[Version]) -> list[Version]:
    """The sample authority's revisions of the default chapter, oldest first (the corpus's
    chapter changing over time)."""
    sample = next(
        version
        for version in versions
        if version.authority.is_sample and version.chapter.slug == DEFAULT_FAMILY
    )
    return timeline(
        session=session,
        authority_slug=sample.authority.slug,
        chapter_slug=sample.chapter.slug,
    )


Soup = Callable[[Response], BeautifulSoup]


@pytest.fixture
def soup() -> Soup:
    """Parse an HTML response (asserting it is HTML) into a DOM."""

    def parse(response: Response) -> BeautifulSoup:
        assert response.headers["content-type"].startswith("text/html"), response.text[:500]
        return BeautifulSoup(response.text, "html.parser")

    return parse
