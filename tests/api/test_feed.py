"""Atom feeds of amendments: valid Atom, newest first, linking to the pages and the JSON."""

from __future__ import annotations

import feedparser
import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API

pytestmark = pytest.mark.usefixtures("corpus")

CHAPTER = "childrens-services-policies-values-and-principles"


@pytest.mark.parametrize(
    "path",
    [
        f"{API}/feeds/amendments.atom",
        f"{API}/authorities/sample-borough/feed.atom",
        f"{API}/chapters/{CHAPTER}/feed.atom",
    ],
)
def test_feeds_are_well_formed_atom(client: TestClient, path: str) -> None:
    response = client.get(path)

    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.entries


def test_entries_link_to_the_version_page_and_its_json(client: TestClient) -> None:
    feed = feedparser.parse(client.get(f"{API}/authorities/sample-borough/feed.atom").content)

    assert len(feed.entries) == 3
    for entry in feed.entries:
        links = {link["type"]: link["href"] for link in entry.links}
        page, data = links["text/html"], links["application/json"]
        version_id = page.rsplit("/", 1)[1]
        assert page.endswith(f"/versions/{version_id}")
        assert data.endswith(f"{API}/versions/{version_id}")
        assert client.get(data.removeprefix("http://testserver")).status_code == 200
        assert client.get(page.removeprefix("http://testserver")).status_code == 200
        assert "Sample Borough" in entry.title


def test_a_new_upload_is_the_first_entry(client: TestClient, auth: dict[str, str]) -> None:
    created = client.post(
        f"{API}/versions",
        params={"authority": "feedham", "authority_name": "Feedham <Council> & Co"},
        content=b"Policies\n\n1. Scope of this chapter\n\nIn May 2024, this chapter was updated.\n",
        headers={**auth, "Content-Type": "text/plain"},
    ).json()

    feed = feedparser.parse(client.get(f"{API}/feeds/amendments.atom").content)

    assert feed.bozo == 0
    assert feed.entries[0].link.endswith(f"/versions/{created['id']}")
    assert "Feedham <Council> & Co" in feed.entries[0].title


def test_public_base_url_is_used_for_links(app, client: TestClient) -> None:
    app.state.settings = app.state.settings.model_copy(
        update={"public_base_url": "https://policies.example.org/"}
    )

    feed = feedparser.parse(client.get(f"{API}/feeds/amendments.atom").content)

    assert feed.feed.id == f"https://policies.example.org{API}/feeds/amendments.atom"
    assert all(e.link.startswith("https://policies.example.org/versions/") for e in feed.entries)


def test_unknown_feed_owners_are_404(client: TestClient) -> None:
    assert client.get(f"{API}/authorities/nobody/feed.atom").status_code == 404
    assert client.get(f"{API}/chapters/nothing/feed.atom").status_code == 404
