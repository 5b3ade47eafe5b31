"""The OpenAPI document is valid, describes every route for intranet developers, and declares
errors as problem details."""

from __future__ import annotations

import shutil

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from openapi_spec_validator import validate
from sqlalchemy import make_url

from app.config import Settings
from app.main import create_app
from tests.api.conftest import API
from tests.conftest import on_postgres


@pytest.fixture(scope="module")
def document(_migrated_template: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The document as a started app serves it, fetched once for the module's read-only tests
    (building it is most of each test's time); on a migrated database of the module's own (on
    PostgreSQL the session's, which the document does not read)."""
    if on_postgres():
        url = _migrated_template
    else:
        copy = tmp_path_factory.mktemp("openapi") / "policydiff.sqlite3"
        shutil.copyfile(make_url(_migrated_template).database or "", copy)
        url = f"sqlite:///{copy}"
    settings = Settings(DATABASE_URL=url, watch_in_serve=False, load_corpus_on_start=False)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_document_is_valid_openapi(document: dict) -> None:
    validate(document)


def test_every_api_operation_is_described_and_documents_its_errors(document: dict) -> None:
    operations = [
        (path, method, operation)
        for path, item in document["paths"].items()
        if path.startswith(API)
        for method, operation in item.items()
    ]

    assert len(operations) >= 20
    for path, method, operation in operations:
        assert operation.get("summary"), f"{method} {path} has no summary"
        assert len(operation.get("description", "")) > 20, f"{method} {path} is undescribed"
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")) and "content" in response:
                assert list(response["content"]) == ["application/problem+json"], (path, status)


def test_only_the_api_is_documented_not_the_pages(document: dict) -> None:
    assert [path for path in document["paths"] if not path.startswith(API)] == []


def test_operation_ids_are_unique_function_names(document: dict) -> None:
    ids = [op["operationId"] for item in document["paths"].values() for op in item.values()]

    assert len(ids) == len(set(ids))
    assert {"read_comparison", "create_version", "read_matrix", "search_sections"} <= set(ids)


def test_schema_fields_carry_descriptions(document: dict) -> None:
    schemas = document["components"]["schemas"]
    for name in ("VersionRead", "ProblemRead", "MatrixRead", "VersionComparisonRead"):
        properties = schemas[name]["properties"]
        undescribed = [field for field, spec in properties.items() if not spec.get("description")]
        assert not undescribed, f"{name}: {undescribed}"


def test_the_docs_page_is_served(client: TestClient) -> None:
    response = client.get(f"{API}/docs")

    assert response.status_code == 200
    assert "openapi.json" in response.text


def test_the_docs_page_loads_only_assets_the_server_itself_serves(client: TestClient) -> None:
    page = client.get(f"{API}/docs").text
    soup = BeautifulSoup(page, "html.parser")
    assets = [tag["src"] for tag in soup.find_all("script", src=True)]
    assets += [tag["href"] for tag in soup.find_all("link", href=True)]

    assert "://" not in page, "no CDN or other absolute URL on an intranet's docs page"
    assert any(asset.endswith(".js") for asset in assets)
    for asset in assets:
        assert asset.startswith(f"{API}/docs/"), asset
        assert client.get(asset).status_code == 200, asset
