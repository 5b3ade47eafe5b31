"""API fixtures: the app on the test's migrated database (SQLite, or PostgreSQL with
TEST_DATABASE_URL), the corpus loaded through the store's public loader, and a write token."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.main import create_app
from app.store import Authority, Chapter, Fact, Section, Version, create_token
from tests.conftest import REPO_ROOT

CORPUS_DIR = REPO_ROOT / "corpus"
API = "/api/v1"


@pytest.fixture
def api_settings(settings: Settings) -> Settings:
    """The test database, with no corpus loaded on start (tests load what they need)."""
    return settings.model_copy(update={"load_corpus_on_start": False})


@pytest.fixture
def app(api_settings: Settings) -> FastAPI:
    return create_app(api_settings)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """A client that sees server errors as 500 responses, as a real client would."""
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def token(session: Session) -> str:
    return create_token(session=session, name="api-tests")


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def row_counts(session_factory: sessionmaker[Session]) -> dict[str, int]:
    """How many rows each content table holds: a rejected write must leave these unchanged."""
    with session_factory() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Authority, Chapter, Version, Section, Fact)
        }
