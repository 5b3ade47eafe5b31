"""The sources page: each source's state for readers, and a form for signed-in editors."""

from __future__ import annotations

from bs4 import Tag
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.store.sources import add_source, record_failure
from tests.web.conftest import Soup
from tests.web.signing import sign_in
from tests.web.test_pages import assert_page_frame


def test_the_page_shows_each_source_and_marks_failing_ones(
    client: TestClient, soup: Soup, session: Session
) -> None:
    source = add_source(
        session=session,
        url="https://example.org/values.html",
        authority_slug="northshire",
        interval_minutes=24 * 60,
    )
    for _ in range(3):
        record_failure(
            session=session, source_id=source.id, error="the server answered 500", jitter_fraction=0
        )
    page = soup(client.get("/sources"))
    assert_page_frame(page)
    row = page.find("tr", id=f"source-{source.id}")
    assert isinstance(row, Tag)
    assert "failing" in row.get_text() and "the server answered 500" in row.get_text()
    alternate = page.find("link", attrs={"rel": "alternate", "type": "application/json"})
    assert isinstance(alternate, Tag) and alternate["href"] == "/api/v1/sources"


def test_adding_a_source_needs_a_signed_in_editor_and_lists_it(
    client: TestClient, soup: Soup, token: str
) -> None:
    form = {"url": "https://example.org/new.html", "authority": "westshire"}
    refused = client.post("/sources", data=form)
    assert refused.status_code == 401
    assert "signed in" in soup(refused).get_text()
    assert soup(client.get("/sources")).find("form", attrs={"action": "/sources"}) is None

    csrf = sign_in(client, token)
    form["csrf_token"] = csrf
    added = client.post("/sources", data=form, follow_redirects=False)
    assert (added.status_code, added.headers["location"]) == (303, "/sources")
    assert "https://example.org/new.html" in soup(client.get("/sources")).get_text()

    again = client.post("/sources", data=form)
    assert again.status_code == 409
    bad = client.post("/sources", data={**form, "url": "javascript:alert(1)"})
    assert bad.status_code == 422
