"""Security headers on every response, a strict CSP that the pages pass, HEAD on every GET
route, and the full `Allow` on 405 (decision 0023)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.main import create_app
from app.security_headers import CONTENT_SECURITY_POLICY
from tests.store.helpers import CHAPTER, add, chapter_text

API = "/api/v1"


@pytest.fixture
def client(settings: Settings, session_factory: sessionmaker[Session]) -> Iterator[TestClient]:
    with session_factory() as session:
        add(session, chapter_text(amended="In May 2021, this chapter was revised."))
        add(session, chapter_text(leaving_care="until they are 25"))
    app = create_app(settings.model_copy(update={"load_corpus_on_start": False}))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


PAGES = [
    "/",
    "/versions/2",
    "/compare",
    "/compare?left=1&right=2",
    f"/chapters/{CHAPTER}/matrix",
    f"/authorities/test-council/chapters/{CHAPTER}",
    "/search?q=permanence",
    "/upload",
    "/versions/999",
]


@pytest.mark.parametrize(
    "path", [*PAGES, f"{API}/versions", f"{API}/versions/999", "/static/js/enhance.js"]
)
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_a_download_keeps_its_own_sandboxing_policy(client: TestClient) -> None:
    source = client.get(f"{API}/versions/1/source")
    assert source.headers["Content-Security-Policy"] == "sandbox; default-src 'none'"
    assert source.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", PAGES)
def test_the_pages_pass_the_policy_no_inline_script_or_style(client: TestClient, path: str) -> None:
    page = BeautifulSoup(client.get(path).text, "html.parser")
    assert all(script.get("src") for script in page.find_all("script"))
    assert page.find_all("style") == []
    for element in page.find_all(True):
        assert "style" not in element.attrs, element
        assert not [name for name in element.attrs if name.startswith("on")], element
        for attribute in ("href", "src", "action"):
            assert not str(element.get(attribute, "")).startswith("javascript:"), element


@pytest.mark.parametrize("path", ["/versions/1", f"{API}/versions/1", f"{API}/versions", "/"])
def test_head_answers_as_get_without_a_body(client: TestClient, path: str) -> None:
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["Content-Type"] == get.headers["Content-Type"]


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("OPTIONS", f"{API}/versions/1", "DELETE, GET, HEAD"),
        ("PUT", f"{API}/versions", "GET, HEAD, POST"),
        ("POST", "/upload", None),
        ("DELETE", "/upload", "GET, HEAD, POST"),
    ],
)
def test_405_lists_every_method_of_the_path(
    client: TestClient, method: str, path: str, allowed: str | None
) -> None:
    response = client.request(method, path)
    if allowed is None:
        assert response.status_code != 405
        return
    assert response.status_code == 405
    assert response.headers["Allow"] == allowed
